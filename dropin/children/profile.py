"""The children's lines on a parent's profile: which children are linked and how often they came."""

from __future__ import annotations

from sqlalchemy import func, select

from dropin.children.service import ChildrenService
from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.models.children import STATUS_HELD, ActivitySession, AdultAttendance
from dropin.security.permissions import Permission


def summary(ctx: ServiceContext, client_id: int) -> list[tuple[str, str]]:
    """``[(label, value)]`` for the client's profile; needs CHILDREN_VIEW."""
    ctx.require(Permission.CHILDREN_VIEW)
    children = ChildrenService(ctx).list_children(parent_client_id=client_id)
    lines: list[tuple[str, str]] = []
    for child in children:
        label = (
            translate("Children", "{name} (born {age})").format(name=child.first_name, age=child.birth_year)
            if child.birth_year
            else translate("Children", "{name} (age {age})").format(name=child.first_name, age=child.age_band or "")
        )
        lines.append((label, translate("Children", "%n attendance(s)", None, child.attendances)))
    with ctx.transaction() as s:
        workshops = (
            s.scalar(
                select(func.count(AdultAttendance.id))
                .join(ActivitySession, ActivitySession.id == AdultAttendance.session_id)
                .where(
                    AdultAttendance.client_id == client_id,
                    AdultAttendance.present.is_(True),
                    AdultAttendance.voided_at.is_(None),
                    ActivitySession.voided_at.is_(None),
                    ActivitySession.status == STATUS_HELD,
                )
            )
            or 0
        )
    if workshops:
        lines.append((translate("Children", "Parents' workshops and sessions attended"), str(workshops)))
    if not lines:
        lines.append((translate("Children", "Children"), translate("Children", "No children registered.")))
    return lines
