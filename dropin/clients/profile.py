"""Sections other areas add to the client profile, each shown only to roles allowed to see it.

Each area's ``profile`` part (:mod:`dropin.areas`) offers ``summary(ctx, client_id) -> list[tuple[str, str]]``
(label, value pairs, already translated) and may define ``TITLE`` (marked with
``QT_TRANSLATE_NOOP("Profile", ...)``). Modules are loaded only when a profile
is opened; a module that does not exist (area not installed) is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from dropin.areas import AREAS, installed
from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.security.permissions import Permission

log = logging.getLogger(__name__)

# (module, permission) of every area's profile part (:mod:`dropin.areas`), in the registry's order
PROFILE_SECTIONS: list[tuple[str, Permission]] = [(a.profile.module, a.profile.permission) for a in AREAS if a.profile]

DEFAULT_TITLES = {a.profile.module: a.profile.title for a in AREAS if a.profile}


@dataclass(frozen=True)
class ProfileSection:
    module: str
    title: str
    rows: list[tuple[str, str]]
    error: str | None = None


def sections(ctx: ServiceContext, client_id: int) -> list[ProfileSection]:
    """The other areas' summaries the logged-in role may see (missing areas are left out)."""
    out = []
    for module_name, permission in PROFILE_SECTIONS:
        if not ctx.can(permission):
            continue
        module = installed(module_name)
        if module is None:
            continue
        summary = getattr(module, "summary", None)
        if summary is None:
            continue
        title = translate("Profile", getattr(module, "TITLE", DEFAULT_TITLES.get(module_name, module_name)))
        try:
            rows = list(summary(ctx, client_id))
        except Exception as error:  # noqa: BLE001 - one broken section must not hide the profile
            from dropin.errors import DropinError

            if not isinstance(error, DropinError):
                log.exception("profile section %s failed", module_name)
            message = (
                error.message
                if isinstance(error, DropinError)
                else translate("Profile", "This section could not be loaded.")
            )
            out.append(ProfileSection(module_name, title, [], message))
            continue
        out.append(ProfileSection(module_name, title, rows))
    return out
