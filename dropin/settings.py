"""Centre-wide settings with defaults, stored as JSON in the ``settings`` table."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from dropin.models.security import Setting
from dropin.validation import LONG_MAX, clean_text

DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 5,
    "small_count_threshold": 5,
    "client_code_recipe": "default",
    "theme": "light",
    "report_language": None,  # None: the report follows the interface language
    "referral_due_days": 7,
    "followup_max_attempts": 5,  # unsuccessful contact attempts before a follow-up may be closed as lost
    "followup_lost_days": 28,  # days past the due date before a follow-up may be closed as lost
    "indeterminate_retest_days": 14,  # an indeterminate confirmatory result: retest after this many days
    "shelter_board_codes": False,  # the front desk's bed board shows codes and dates only when True
    # reports: the centre's own name and logo, targets per indicator for the year, the KP_PREV-style package
    "centre_name": None,
    "report_logo_path": None,
    "indicator_targets": {},
    "prevention_package": {
        "service_groups": [["male_condoms", "female_condoms"], ["leaflets"]],
        "hiv_test_offered": True,
    },
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(
    session: Session, key: str, value: Any, *, user_id: int | None = None, when: dt.datetime | None = None
) -> None:
    if isinstance(value, str):
        clean_text(value, "setting", LONG_MAX, strip=False)
    row = session.get(Setting, key)
    payload = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=payload, changed_at=when, changed_by_id=user_id))
    else:
        row.value = payload
        row.changed_at = when
        row.changed_by_id = user_id
