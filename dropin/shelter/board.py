"""The bed board: every bed as free, occupied, reserved or out of service.

Tiles never carry admission reasons, notes or goals, whoever asks: the board
is what the front desk sees.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dropin.context import ServiceContext
from dropin.errors import DropinError
from dropin.models.clients import Client
from dropin.models.shelter import ShelterBedNight, ShelterStay
from dropin.security.permissions import Permission
from dropin.settings import get_setting, set_setting
from dropin.shelter import nights
from dropin.shelter.beds import list_beds
from dropin.shelter.records import BoardTile

LOOKAHEAD_DAYS = 30
#: centre setting: show client codes and dates on the bed board to roles that only see the board
BOARD_CODES_SETTING = "shelter_board_codes"


class BoardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def board(self, on: dt.date | None = None) -> list[BoardTile]:
        self.ctx.require(Permission.SHELTER_BOARD)
        today = self.ctx.today()
        on = on or today
        show_children = self.ctx.can(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            details = show_children or bool(get_setting(s, BOARD_CODES_SETTING))
            beds = list_beds(s, on)
            tonight = {
                r.bed_id: r
                for r in s.execute(
                    select(
                        ShelterBedNight.bed_id,
                        ShelterStay.id,
                        ShelterStay.status,
                        ShelterStay.admitted_on,
                        ShelterStay.planned_end,
                        ShelterStay.children_count,
                        Client.code,
                    )
                    .join(ShelterStay, ShelterStay.id == ShelterBedNight.stay_id)
                    .join(Client, Client.id == ShelterStay.client_id)
                    .where(ShelterBedNight.night == on)
                )
            }
            # someone still in a bed past their planned end: tonight's night may not be written yet (a read writes
            # nothing), or it is held by another booking; on an earlier day, only the nights not yet written
            lingering = (
                {
                    r.bed_id: r
                    for r in s.execute(
                        select(
                            ShelterStay.bed_id,
                            ShelterStay.id,
                            ShelterStay.status,
                            ShelterStay.admitted_on,
                            ShelterStay.planned_end,
                            ShelterStay.children_count,
                            Client.code,
                        )
                        .join(Client, Client.id == ShelterStay.client_id)
                        .where(
                            ShelterStay.status == "active",
                            ShelterStay.voided_at.is_(None),
                            ShelterStay.admitted_on <= on,
                            ShelterStay.planned_end <= on,
                        )
                    )
                }
                if on <= today
                else {}
            )
            if on < today:
                pending = {r["stay_id"] for r in nights.pending_nights(s, today) if r["night"] == on}
                lingering = {bed_id: r for bed_id, r in lingering.items() if r.id in pending}
            upcoming: dict[int, dt.date] = {}
            for bed_id, night in s.execute(
                select(ShelterBedNight.bed_id, ShelterBedNight.night)
                .join(ShelterStay, ShelterStay.id == ShelterBedNight.stay_id)
                .where(
                    ShelterStay.status == "reserved",
                    ShelterBedNight.night > on,
                    ShelterBedNight.night <= on + dt.timedelta(days=LOOKAHEAD_DAYS),
                )
                .order_by(ShelterBedNight.night)
            ):
                upcoming.setdefault(bed_id, night)
            tiles = []
            for bed in beds:
                row = tonight.get(bed.id)
                if row is not None and row.status == "reserved" and bed.id in lingering:
                    row = lingering[bed.id]
                elif row is None:
                    row = lingering.get(bed.id)
                if row is not None and row.status == "active":
                    tiles.append(
                        BoardTile(
                            bed.id,
                            bed.room,
                            bed.label,
                            "occupied",
                            stay_id=row.id,
                            client_code=row.code if details else None,
                            since=row.admitted_on if details else None,
                            nights=max(0, (on - row.admitted_on).days) if details else None,
                            planned_end=row.planned_end if details else None,
                            overstay=row.planned_end < on,
                            next_reservation=upcoming.get(bed.id),
                            children=row.children_count if show_children else None,
                            details=details,
                        )
                    )
                elif row is not None:
                    tiles.append(
                        BoardTile(
                            bed.id,
                            bed.room,
                            bed.label,
                            "reserved",
                            stay_id=row.id,
                            client_code=row.code if details else None,
                            since=row.admitted_on if details else None,
                            planned_end=row.planned_end if details else None,
                            children=row.children_count if show_children else None,
                            details=details,
                        )
                    )
                elif bed.out_of_service:
                    tiles.append(
                        BoardTile(
                            bed.id,
                            bed.room,
                            bed.label,
                            "out_of_service",
                            out_of_service_reason=bed.out_of_service_reason,
                        )
                    )
                else:
                    tiles.append(
                        BoardTile(
                            bed.id, bed.room, bed.label, "free", next_reservation=upcoming.get(bed.id), details=details
                        )
                    )
            return tiles

    def board_codes(self) -> bool:
        """Whether roles that only see the board are shown client codes and dates (off by default)."""
        self.ctx.require(Permission.SHELTER_BOARD)
        with self.ctx.transaction() as s:
            return bool(get_setting(s, BOARD_CODES_SETTING))

    def set_board_codes(self, on: bool) -> None:
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        with self.ctx.transaction() as s:
            set_setting(s, BOARD_CODES_SETTING, bool(on), user_id=self.ctx.acting.id, when=self.ctx.now())
            self.ctx.audit(s, "setting", "settings", BOARD_CODES_SETTING, {"value": bool(on)})

    def free_beds(self, start: dt.date, end: dt.date, *, stay_id: int | None = None) -> list[tuple[int, str]]:
        """Beds free (and in service) on every night from ``start`` up to ``end``.

        With ``stay_id``, nights that stay already holds count as free (a move within one's own nights).
        """
        self.ctx.require(Permission.SHELTER_BOARD)
        with self.ctx.transaction() as s:
            lingering = set(
                s.scalars(
                    select(ShelterStay.bed_id).where(
                        ShelterStay.status == "active",
                        ShelterStay.voided_at.is_(None),
                        ShelterStay.planned_end <= self.ctx.today(),
                    )
                )
            )
            out = []
            for bed in list_beds(s, start):
                if bed.id in lingering:
                    continue
                try:
                    nights.check_bed_free(s, bed.id, start, max(end, start + dt.timedelta(days=1)), stay_id=stay_id)
                except DropinError:
                    continue
                out.append((bed.id, bed.full_label))
            return out
