"""The command line's argument parser: a mistake in the arguments is one translated line, exit code 2.

argparse prints its usage and an English line for every mistake; :class:`Parser` instead raises
:class:`ArgumentsError` (a ``UserError``) with a whole sentence, which ``dropin.cli`` prints as
``dropin: …`` on stderr. ``--help`` and ``--version`` are unchanged.
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

from dropin.i18n import translate


class ArgumentsError(Exception):
    """The command line could not be understood; the message is one translated sentence."""


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def _unquote(text: str) -> str:
    return text.strip().strip("'\"")


def explain(message: str) -> str:
    """argparse's English error ``message`` as one translated sentence."""
    argument = ""
    match = re.fullmatch(r"argument (\S+?): (.*)", message, re.S)
    if match:
        argument, message = match[1], match[2]
    if argument and not argument.startswith("-"):
        argument = argument.strip("{}")
    if m := re.fullmatch(r"the following arguments are required: (.+)", message, re.S):
        names = _names(m[1])
        options = [n for n in names if n.startswith("-")]
        if len(options) < len(names):
            return translate("CLI", "Please name what to do: {choices}.").format(
                choices=", ".join(n.strip("{}") for n in names if not n.startswith("-"))
            )
        if len(options) == 1:
            return translate("CLI", "The option {option} is required.").format(option=options[0])
        return translate("CLI", "The options {options} are required.").format(options=", ".join(options))
    if m := re.fullmatch(r"unrecognized arguments: (.+)", message, re.S):
        return translate("CLI", "This command does not take {arguments}. See dropin --help.").format(
            arguments=m[1].strip()
        )
    if m := re.fullmatch(r"invalid choice: (.+?) \(choose from (.+)\)", message, re.S):
        choices = ", ".join(_unquote(c) for c in m[2].split(","))
        if argument.startswith("-"):
            return translate("CLI", "The option {option} cannot be “{value}”; choose one of: {choices}.").format(
                option=argument, value=_unquote(m[1]), choices=choices
            )
        return translate("CLI", "“{value}” is not a dropin command; choose one of: {choices}.").format(
            value=_unquote(m[1]), choices=choices
        )
    if m := re.fullmatch(r"invalid (\w+) value: (.+)", message, re.S):
        if m[1] == "int":
            return translate("CLI", "The option {option} needs a whole number, not “{value}”.").format(
                option=argument, value=_unquote(m[2])
            )
        return translate("CLI", "The option {option} cannot be “{value}”.").format(
            option=argument, value=_unquote(m[2])
        )
    if re.fullmatch(r"expected (one|at least one|\d+) arguments?", message):
        return translate("CLI", "The option {option} needs a value.").format(option=argument)
    if re.fullmatch(r"ignored explicit argument .+", message, re.S):
        return translate("CLI", "The option {option} takes no value.").format(option=argument)
    if m := re.fullmatch(r"ambiguous option: (\S+) could match (.+)", message, re.S):
        return translate("CLI", "The option {option} is ambiguous: it could mean {matches}.").format(
            option=m[1].split("=")[0], matches=m[2].strip()
        )
    detail = " ".join(f"{argument}: {message}".split()) if argument else " ".join(message.split())
    return translate("CLI", "The command line could not be understood ({detail}). See dropin --help.").format(
        detail=detail.rstrip(".")
    )


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are raised as :class:`ArgumentsError` (sub-commands too)."""

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse's hook
        raise ArgumentsError(explain(self._choices_for_names(message)))

    def _choices_for_names(self, message: str) -> str:
        """A missing sub-command is named by its choices ({verify,seal}), never by its internal name."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction) and action.dest and action.choices:
                choices = "{" + ",".join(action.choices) + "}"
                message = re.sub(rf"(?<![\w-]){re.escape(action.dest)}(?![\w-])", choices, message)
        return message


__all__ = ["ArgumentsError", "Parser", "explain"]
