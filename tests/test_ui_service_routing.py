"""Every call a widget makes to a service goes through ``run_action`` (or ``run_read``), so errors are shown one way.

The check reads the source of ``dropin/ui``: a call on a service object (an attribute or name bound to
``SomethingService(...)``) must sit inside a lambda or function handed to ``run_action``/``run_read``, to a
helper that hands its argument to them (``self._do(lambda: ...)``), to a worker (``run_in_thread``,
``run_form_task``), or to a lazy table model (``set_fetch``: the model fetches through ``run_action``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import dropin

UI = Path(dropin.__file__).parent / "ui"
ROUTERS = {"run_action", "run_read", "run_in_thread", "run_form_task", "set_fetch"}
#: calls that may stay outside, with the reason
ALLOWED = {
    # the idle-lock minutes are read while the window is built; a failure falls back to the default policy (logged)
    ("shell/main_window.py", "idle_lock_minutes"),
}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _trees() -> dict[str, ast.Module]:
    return {str(p.relative_to(UI)): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))}


def _routers_and_handed(trees) -> tuple[set[str], set[str]]:
    """Helpers that hand a parameter to a router, and every function/method name handed to a router."""
    routers = set(ROUTERS)
    for _ in range(2):  # a helper calling a helper
        for tree in trees.values():
            for fn in ast.walk(tree):
                if not isinstance(fn, ast.FunctionDef):
                    continue
                params = {a.arg for a in fn.args.args}
                for call in ast.walk(fn):
                    if isinstance(call, ast.Call) and _name(call.func) in routers:
                        if any(isinstance(a, ast.Name) and a.id in params for a in call.args):
                            routers.add(fn.name)
    handed = set()
    for tree in trees.values():
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _name(call.func) in routers:
                for arg in [*call.args, *(k.value for k in call.keywords)]:
                    if isinstance(arg, ast.Lambda) and isinstance(arg.body, ast.Call):
                        arg = arg.body.func  # lambda: self._fill(session_id)
                    if isinstance(arg, ast.Name | ast.Attribute):
                        handed.add(_name(arg))
    return routers, handed - {"refresh"}  # a page's refresh is also called from signals, outside run_action


def _service_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            value = node.value.body if isinstance(node.value, ast.IfExp) else node.value
            made = isinstance(value, ast.Call) and _name(value.func).endswith("Service")
            copied = isinstance(value, ast.Attribute) and value.attr == "service"
            if made or copied:
                names.update(_name(t) for t in node.targets)
    return names


def bypasses() -> list[str]:
    trees = _trees()
    routers, handed = _routers_and_handed(trees)
    found = []
    for path, tree in trees.items():
        services = _service_names(tree)
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            target = call.func.value
            on_service = (isinstance(target, ast.Call) and _name(target.func).endswith("Service")) or (
                isinstance(target, ast.Name | ast.Attribute) and _name(target) in services
            )
            if not on_service or (path, call.func.attr) in ALLOWED:
                continue
            node, routed = call, False
            while node in parents and not routed:
                parent = parents[node]
                if isinstance(parent, ast.Call) and _name(parent.func) in routers:
                    routed = True
                elif isinstance(parent, ast.FunctionDef) and parent.name in handed:
                    routed = True
                elif isinstance(parent, ast.Assign) and any(_name(t) in handed for t in parent.targets):
                    routed = True  # action = lambda: ...; run_action(self, action)
                node = parent
            if not routed:
                found.append(f"{path}:{call.lineno}: {ast.unparse(call)[:90]}")
    return found


def test_every_service_call_in_the_ui_goes_through_run_action():
    assert bypasses() == []
