"""The demo database: no visit later than the moment it was built, parents older than their children."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from dropin.demo import DEMO_PASSPHRASE, build_demo
from dropin.models.children import Child
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.models.shelter import ShelterStay
from dropin.models.visits import Visit
from tests.conftest import TEST_KDF_ITER


def test_demo_has_no_future_visits_and_parents_older_than_children(tmp_path):
    path = tmp_path / "demo.db"
    before = dt.datetime.now()
    build_demo(path, weeks=3, seed=5, kdf_iter=TEST_KDF_ITER)
    after = dt.datetime.now()
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        from dropin.demo import DEMO_PASSWORD
        from dropin.security.auth import AuthService

        AuthService(db).login("manager", DEMO_PASSWORD)  # the manager's login holds every store
        with db.session() as s:
            latest = s.scalar(select(func.max(Visit.visited_at)))
            assert latest is not None and latest <= after
            assert s.scalar(select(func.count()).where(Visit.visit_date > before.date())) == 0
            pairs = s.execute(
                select(Child.birth_year, Child.age_band, Client.birth_year).join(
                    Client, Client.id == Child.parent_client_id
                )
            ).all()
            assert pairs
            for child_year, band, parent_year in pairs:
                assert parent_year is not None
                child_year = child_year or before.year - int(band.split("-")[1])
                assert child_year - parent_year >= 16, (child_year, parent_year)
            for ages, parent_year in s.execute(
                select(ShelterStay.children_ages, Client.birth_year)
                .join(Client, Client.id == ShelterStay.client_id)
                .where(ShelterStay.children_ages.is_not(None))
            ):
                if parent_year:
                    assert all(before.year - int(a) - parent_year >= 16 for a in ages.split(","))
    finally:
        db.close()
