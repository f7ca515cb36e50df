"""Summary rows of the visits, kept by triggers, so the report's longer periods read thousands of rows.

Four tables (``dropin/models/rollups.py``) filled from the records already
there, then kept by triggers in the transaction of every write to
``visits``, ``visit_services`` and ``clients`` (new visits and lines, voids,
corrections of date, channel, client or age band, changes of quantity,
back-dated entries, a client's gender):

- ``visit_day_services``: per day and service, the live lines of live visits and their quantities;
- ``visit_day_channels``: per day and channel, the live visits and the anonymous ones among them;
- ``visit_client_years``: per client, year and age band, the live visits, the first of them and the
  client's gender;
- ``visit_client_services``: per client, year and service, the live lines of live visits and the first day.

A row whose count falls to zero is removed. The same logic is written twice,
as SQLite triggers and as PostgreSQL trigger functions. Nothing else changes.

Revision ID: 0011_weekfast_visit_rollups
Revises: 0010_reportspeed_visit_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_weekfast_visit_rollups"
down_revision = "0010_reportspeed_visit_indexes"
branch_labels = None
depends_on = None

TABLES = ("visit_day_services", "visit_day_channels", "visit_client_years", "visit_client_services")

# ----------------------------------------------------------------------------- SQLite
_LIVE = "{r}.voided_at IS NULL"
_YEAR = "CAST(substr({r}.visit_date, 1, 4) AS INTEGER)"
_BAND = "coalesce({r}.age_band, '')"


def _sqlite_visit_add(r: str) -> list[str]:
    """The statements that count visit ``r`` (``NEW`` or ``OLD``) in: its day and channel, its client's year."""
    live, year, band = _LIVE.format(r=r), _YEAR.format(r=r), _BAND.format(r=r)
    return [
        f"""INSERT INTO visit_day_channels (day, channel, visits, anonymous)
        SELECT {r}.visit_date, {r}.channel, 1, {r}.client_id IS NULL WHERE {live}
        ON CONFLICT (day, channel) DO UPDATE SET visits = visits + 1, anonymous = anonymous + excluded.anonymous""",
        f"""INSERT INTO visit_client_years (year, client_id, age_band, gender, first_on, visits)
        SELECT {year}, {r}.client_id, {band}, (SELECT gender FROM clients WHERE id = {r}.client_id),
        {r}.visit_date, 1 WHERE {live} AND {r}.client_id IS NOT NULL
        ON CONFLICT (year, client_id, age_band) DO UPDATE
        SET visits = visits + 1, first_on = min(first_on, excluded.first_on)""",
        f"""INSERT INTO visit_day_services (day, service_id, lines, quantity)
        SELECT {r}.visit_date, l.service_id, count(*), sum(l.quantity) FROM visit_services l
        WHERE l.visit_id = {r}.id AND l.voided_at IS NULL AND {live} GROUP BY l.service_id
        ON CONFLICT (day, service_id) DO UPDATE
        SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity""",
        f"""INSERT INTO visit_client_services (year, client_id, service_id, first_on, lines)
        SELECT {year}, {r}.client_id, l.service_id, {r}.visit_date, count(*) FROM visit_services l
        WHERE l.visit_id = {r}.id AND l.voided_at IS NULL AND {live} AND {r}.client_id IS NOT NULL
        GROUP BY l.service_id
        ON CONFLICT (year, client_id, service_id) DO UPDATE
        SET lines = lines + excluded.lines, first_on = min(first_on, excluded.first_on)""",
    ]


def _first_with_service(client: str, day: str, service: str) -> str:
    """The first day of ``day``'s year on which ``client`` had a live line of ``service`` on a live visit."""
    return f"""(SELECT min(x.visit_date) FROM visits x JOIN visit_services y ON y.visit_id = x.id
        AND y.voided_at IS NULL AND y.service_id = {service} WHERE x.client_id = {client} AND x.voided_at IS NULL
        AND x.visit_date >= substr({day}, 1, 4) || '-01-01' AND x.visit_date <= substr({day}, 1, 4) || '-12-31')"""


def _sqlite_client_service_out(client: str, day: str, service: str, lines: str) -> list[str]:
    """``lines`` lines of ``service`` counted out of ``client``'s year of ``day`` (the first day found again)."""
    year = f"CAST(substr({day}, 1, 4) AS INTEGER)"
    return [
        f"""UPDATE visit_client_services SET lines = lines - {lines}, first_on = CASE WHEN first_on = {day}
        THEN coalesce({_first_with_service(client, day, service)}, first_on) ELSE first_on END
        WHERE year = {year} AND client_id = {client} AND service_id = {service}""",
        f"""DELETE FROM visit_client_services WHERE year = {year} AND client_id = {client}
        AND service_id = {service} AND lines <= 0""",
    ]


def _sqlite_visit_remove(r: str) -> list[str]:
    """The statements that count visit ``r`` out (the table already holds the row's new state, if any)."""
    live, year, band = _LIVE.format(r=r), _YEAR.format(r=r), _BAND.format(r=r)
    first = f"""(SELECT min(x.visit_date) FROM visits x WHERE x.client_id = {r}.client_id
        AND x.voided_at IS NULL AND x.id != {r}.id AND x.visit_date >= substr({r}.visit_date, 1, 4) || '-01-01'
        AND x.visit_date <= substr({r}.visit_date, 1, 4) || '-12-31' AND coalesce(x.age_band, '') = {band})"""
    return [
        f"""UPDATE visit_day_channels SET visits = visits - 1, anonymous = anonymous - ({r}.client_id IS NULL)
        WHERE day = {r}.visit_date AND channel = {r}.channel AND {live}""",
        f"""DELETE FROM visit_day_channels WHERE day = {r}.visit_date AND channel = {r}.channel AND visits <= 0""",
        f"""UPDATE visit_client_years SET visits = visits - 1,
        first_on = CASE WHEN first_on = {r}.visit_date THEN coalesce({first}, first_on) ELSE first_on END
        WHERE year = {year} AND client_id = {r}.client_id AND age_band = {band} AND {live}""",
        f"""DELETE FROM visit_client_years WHERE year = {year} AND client_id = {r}.client_id AND age_band = {band}
        AND visits <= 0""",
        f"""INSERT INTO visit_day_services (day, service_id, lines, quantity)
        SELECT {r}.visit_date, l.service_id, -count(*), -sum(l.quantity) FROM visit_services l
        WHERE l.visit_id = {r}.id AND l.voided_at IS NULL AND {live} GROUP BY l.service_id
        ON CONFLICT (day, service_id) DO UPDATE
        SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity""",
        f"""DELETE FROM visit_day_services WHERE day = {r}.visit_date AND lines <= 0""",
        f"""UPDATE visit_client_services SET lines = lines - (SELECT count(*) FROM visit_services l
        WHERE l.visit_id = {r}.id AND l.voided_at IS NULL AND l.service_id = visit_client_services.service_id),
        first_on = CASE WHEN first_on = {r}.visit_date
        THEN coalesce({_first_with_service(f"{r}.client_id", f"{r}.visit_date", "visit_client_services.service_id")},
        first_on) ELSE first_on END
        WHERE year = {year} AND client_id = {r}.client_id AND {live} AND service_id IN (SELECT l.service_id
        FROM visit_services l WHERE l.visit_id = {r}.id AND l.voided_at IS NULL)""",
        f"""DELETE FROM visit_client_services WHERE year = {year} AND client_id = {r}.client_id AND lines <= 0""",
    ]


def _sqlite_line(r: str, sign: str) -> list[str]:
    """Line ``r`` counted in (``sign`` ``+``) or out (``-``) of its visit's day, when both are live."""
    live = _LIVE.format(r=r)
    out = [
        f"""INSERT INTO visit_day_services (day, service_id, lines, quantity)
        SELECT v.visit_date, {r}.service_id, {sign}1, {sign}{r}.quantity FROM visits v
        WHERE v.id = {r}.visit_id AND v.voided_at IS NULL AND {live}
        ON CONFLICT (day, service_id) DO UPDATE
        SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity"""
    ]
    visit = f"(SELECT {{c}} FROM visits WHERE id = {r}.visit_id AND voided_at IS NULL AND {live})"
    client, day = visit.format(c="client_id"), visit.format(c="visit_date")
    if sign == "-":
        out.append(
            f"""DELETE FROM visit_day_services WHERE service_id = {r}.service_id AND lines <= 0
            AND day = (SELECT visit_date FROM visits WHERE id = {r}.visit_id)"""
        )
        out += _sqlite_client_service_out(client, day, f"{r}.service_id", "1")
    else:
        out.append(
            f"""INSERT INTO visit_client_services (year, client_id, service_id, first_on, lines)
            SELECT CAST(substr(v.visit_date, 1, 4) AS INTEGER), v.client_id, {r}.service_id, v.visit_date, 1
            FROM visits v WHERE v.id = {r}.visit_id AND v.voided_at IS NULL AND v.client_id IS NOT NULL AND {live}
            ON CONFLICT (year, client_id, service_id) DO UPDATE
            SET lines = lines + 1, first_on = min(first_on, excluded.first_on)"""
        )
    return out


#: what a visit's change can move: its day, channel, client, band and whether it is live
_VISIT_COLUMNS = "visit_date, voided_at, client_id, channel, age_band"


def _sqlite_triggers() -> dict[str, str]:
    def body(statements: list[str]) -> str:
        return "BEGIN\n" + ";\n".join(statements) + ";\nEND"

    return {
        "trg_visits_rollup_insert": "AFTER INSERT ON visits FOR EACH ROW " + body(_sqlite_visit_add("NEW")),
        "trg_visits_rollup_update": f"AFTER UPDATE OF {_VISIT_COLUMNS} ON visits FOR EACH ROW "
        + body(_sqlite_visit_remove("OLD") + _sqlite_visit_add("NEW")),
        "trg_visits_rollup_delete": "AFTER DELETE ON visits FOR EACH ROW " + body(_sqlite_visit_remove("OLD")),
        "trg_visit_services_rollup_insert": "AFTER INSERT ON visit_services FOR EACH ROW "
        + body(_sqlite_line("NEW", "+")),
        "trg_visit_services_rollup_update": "AFTER UPDATE OF visit_id, service_id, quantity, voided_at "
        "ON visit_services FOR EACH ROW " + body(_sqlite_line("OLD", "-") + _sqlite_line("NEW", "+")),
        "trg_visit_services_rollup_delete": "AFTER DELETE ON visit_services FOR EACH ROW "
        + body(_sqlite_line("OLD", "-")),
        "trg_clients_rollup_gender": "AFTER UPDATE OF gender ON clients FOR EACH ROW "
        + body(["UPDATE visit_client_years SET gender = NEW.gender WHERE client_id = NEW.id"]),
    }


# ------------------------------------------------------------------------- PostgreSQL
_PG_FUNCTIONS = """
CREATE FUNCTION dropin_rollup_client_service(client integer, d date, service integer, n integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    y integer := extract(year FROM d)::integer;
BEGIN
    IF n > 0 THEN
        INSERT INTO visit_client_services AS r (year, client_id, service_id, first_on, lines)
        VALUES (y, client, service, d, n)
        ON CONFLICT (year, client_id, service_id) DO UPDATE
        SET lines = r.lines + excluded.lines, first_on = least(r.first_on, excluded.first_on);
        RETURN;
    END IF;
    UPDATE visit_client_services r SET lines = r.lines + n,
        first_on = CASE WHEN r.first_on = d THEN coalesce((SELECT min(x.visit_date) FROM visits x
            JOIN visit_services l ON l.visit_id = x.id AND l.voided_at IS NULL AND l.service_id = service
            WHERE x.client_id = client AND x.voided_at IS NULL
            AND x.visit_date >= make_date(y, 1, 1) AND x.visit_date < make_date(y + 1, 1, 1)), r.first_on)
            ELSE r.first_on END
    WHERE r.year = y AND r.client_id = client AND r.service_id = service;
    DELETE FROM visit_client_services WHERE year = y AND client_id = client AND service_id = service AND lines <= 0;
END $$;

CREATE FUNCTION dropin_rollup_visit(v visits, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    y integer := extract(year FROM v.visit_date)::integer;
    band text := coalesce(v.age_band, '');
    s record;
BEGIN
    IF v.voided_at IS NOT NULL THEN
        RETURN;
    END IF;
    INSERT INTO visit_day_channels AS r (day, channel, visits, anonymous)
    VALUES (v.visit_date, v.channel, sign, CASE WHEN v.client_id IS NULL THEN sign ELSE 0 END)
    ON CONFLICT (day, channel) DO UPDATE
    SET visits = r.visits + excluded.visits, anonymous = r.anonymous + excluded.anonymous;
    DELETE FROM visit_day_channels WHERE day = v.visit_date AND channel = v.channel AND visits <= 0;
    INSERT INTO visit_day_services AS r (day, service_id, lines, quantity)
    SELECT v.visit_date, l.service_id, sign * count(*), sign * sum(l.quantity) FROM visit_services l
    WHERE l.visit_id = v.id AND l.voided_at IS NULL GROUP BY l.service_id
    ON CONFLICT (day, service_id) DO UPDATE
    SET lines = r.lines + excluded.lines, quantity = r.quantity + excluded.quantity;
    DELETE FROM visit_day_services WHERE day = v.visit_date AND lines <= 0;
    IF v.client_id IS NULL THEN
        RETURN;
    END IF;
    FOR s IN SELECT l.service_id AS id, count(*) AS n FROM visit_services l
        WHERE l.visit_id = v.id AND l.voided_at IS NULL GROUP BY l.service_id LOOP
        PERFORM dropin_rollup_client_service(v.client_id, v.visit_date, s.id, sign * s.n::integer);
    END LOOP;
    IF sign > 0 THEN
        INSERT INTO visit_client_years AS r (year, client_id, age_band, gender, first_on, visits)
        VALUES (y, v.client_id, band, (SELECT gender FROM clients WHERE id = v.client_id), v.visit_date, 1)
        ON CONFLICT (year, client_id, age_band) DO UPDATE
        SET visits = r.visits + 1, first_on = least(r.first_on, excluded.first_on);
    ELSE
        UPDATE visit_client_years r SET visits = r.visits - 1,
            first_on = CASE WHEN r.first_on = v.visit_date THEN coalesce((SELECT min(x.visit_date) FROM visits x
                WHERE x.client_id = v.client_id AND x.voided_at IS NULL AND x.id <> v.id
                AND x.visit_date >= make_date(y, 1, 1) AND x.visit_date < make_date(y + 1, 1, 1)
                AND coalesce(x.age_band, '') = band), r.first_on) ELSE r.first_on END
        WHERE r.year = y AND r.client_id = v.client_id AND r.age_band = band;
        DELETE FROM visit_client_years WHERE year = y AND client_id = v.client_id AND age_band = band AND visits <= 0;
    END IF;
END $$;

CREATE FUNCTION dropin_rollup_line(l visit_services, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d date;
    client integer;
BEGIN
    IF l.voided_at IS NOT NULL THEN
        RETURN;
    END IF;
    SELECT visit_date, client_id INTO d, client FROM visits WHERE id = l.visit_id AND voided_at IS NULL;
    IF d IS NULL THEN
        RETURN;
    END IF;
    IF client IS NOT NULL THEN
        PERFORM dropin_rollup_client_service(client, d, l.service_id, sign);
    END IF;
    INSERT INTO visit_day_services AS r (day, service_id, lines, quantity) VALUES (d, l.service_id, sign, sign * l.quantity)
    ON CONFLICT (day, service_id) DO UPDATE
    SET lines = r.lines + excluded.lines, quantity = r.quantity + excluded.quantity;
    DELETE FROM visit_day_services WHERE day = d AND service_id = l.service_id AND lines <= 0;
END $$;

{dispatch}
CREATE FUNCTION dropin_rollup_gender() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE visit_client_years SET gender = NEW.gender WHERE client_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER trg_visits_rollup AFTER INSERT OR DELETE OR UPDATE OF visit_date, voided_at, client_id, channel, age_band
    ON visits FOR EACH ROW EXECUTE FUNCTION dropin_rollup_visits();
CREATE TRIGGER trg_visit_services_rollup AFTER INSERT OR DELETE OR UPDATE OF visit_id, service_id, quantity, voided_at
    ON visit_services FOR EACH ROW EXECUTE FUNCTION dropin_rollup_lines();
CREATE TRIGGER trg_clients_rollup_gender AFTER UPDATE OF gender ON clients
    FOR EACH ROW WHEN (OLD.gender IS DISTINCT FROM NEW.gender) EXECUTE FUNCTION dropin_rollup_gender();
"""

#: a row trigger counting its old row out and its new row in (``{table}s``: the trigger, ``{table}``: one row)
_PG_DISPATCH = """CREATE FUNCTION dropin_rollup_{table}s() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dropin_rollup_{table}(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dropin_rollup_{table}(NEW, 1);
    END IF;
    RETURN NULL;
END $$;
"""

_PG_DROP = """
DROP TRIGGER IF EXISTS trg_clients_rollup_gender ON clients;
DROP TRIGGER IF EXISTS trg_visit_services_rollup ON visit_services;
DROP TRIGGER IF EXISTS trg_visits_rollup ON visits;
DROP FUNCTION IF EXISTS dropin_rollup_gender();
DROP FUNCTION IF EXISTS dropin_rollup_lines();
DROP FUNCTION IF EXISTS dropin_rollup_visits();
DROP FUNCTION IF EXISTS dropin_rollup_line(visit_services, integer);
DROP FUNCTION IF EXISTS dropin_rollup_visit(visits, integer);
DROP FUNCTION IF EXISTS dropin_rollup_client_service(integer, date, integer, integer);
"""

# -------------------------------------------------------------------------- backfill
_YEAR_OF = {"sqlite": "CAST(substr(visit_date, 1, 4) AS INTEGER)", "postgresql": "extract(year FROM visit_date)"}
BACKFILL = (
    """INSERT INTO visit_day_services (day, service_id, lines, quantity)
    SELECT v.visit_date, l.service_id, count(*), sum(l.quantity) FROM visits v
    JOIN visit_services l ON l.visit_id = v.id AND l.voided_at IS NULL
    WHERE v.voided_at IS NULL GROUP BY v.visit_date, l.service_id""",
    """INSERT INTO visit_day_channels (day, channel, visits, anonymous)
    SELECT visit_date, channel, count(*), sum(CASE WHEN client_id IS NULL THEN 1 ELSE 0 END) FROM visits
    WHERE voided_at IS NULL GROUP BY visit_date, channel""",
    """INSERT INTO visit_client_years (year, client_id, age_band, gender, first_on, visits)
    SELECT x.year, x.client_id, x.band, c.gender, x.first_on, x.n FROM (SELECT {year} AS year, client_id,
    coalesce(age_band, '') AS band, min(visit_date) AS first_on, count(*) AS n FROM visits
    WHERE voided_at IS NULL AND client_id IS NOT NULL GROUP BY 1, 2, 3) x JOIN clients c ON c.id = x.client_id""",
    """INSERT INTO visit_client_services (year, client_id, service_id, first_on, lines)
    SELECT {vyear}, v.client_id, l.service_id, min(v.visit_date), count(*) FROM visits v
    JOIN visit_services l ON l.visit_id = v.id AND l.voided_at IS NULL
    WHERE v.voided_at IS NULL AND v.client_id IS NOT NULL GROUP BY 1, 2, 3""",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    keep = {} if dialect != "sqlite" else {"sqlite_with_rowid": False}
    op.create_table(
        "visit_day_services",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service_items.id"], name=op.f("fk_visit_day_services_service_id_service_items")
        ),
        sa.PrimaryKeyConstraint("day", "service_id", name=op.f("pk_visit_day_services")),
        **keep,
    )
    op.create_table(
        "visit_day_channels",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("anonymous", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel", name=op.f("pk_visit_day_channels")),
        **keep,
    )
    op.create_table(
        "visit_client_years",
        sa.Column("year", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("gender", sa.String(length=24), nullable=True),
        sa.Column("first_on", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_visit_client_years_client_id_clients")),
        sa.PrimaryKeyConstraint("year", "client_id", "age_band", name=op.f("pk_visit_client_years")),
        **keep,
    )
    op.create_index("ix_visit_client_years_client", "visit_client_years", ["client_id", "year"])
    op.create_table(
        "visit_client_services",
        sa.Column("year", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("first_on", sa.Date(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_visit_client_services_client_id_clients")),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service_items.id"], name=op.f("fk_visit_client_services_service_id_service_items")
        ),
        sa.PrimaryKeyConstraint("year", "client_id", "service_id", name=op.f("pk_visit_client_services")),
        **keep,
    )
    for statement in BACKFILL:
        op.execute(
            statement.format(year=_YEAR_OF[dialect], vyear=_YEAR_OF[dialect].replace("visit_date", "v.visit_date"))
        )
    if dialect == "sqlite":
        for name, trigger in _sqlite_triggers().items():
            op.execute(f"CREATE TRIGGER {name} {trigger}")
    else:
        dispatch = "\n".join(_PG_DISPATCH.format(table=table) for table in ("visit", "line"))
        op.execute(_PG_FUNCTIONS.replace("{dispatch}", dispatch))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute(_PG_DROP)
    op.drop_index("ix_visit_client_years_client", table_name="visit_client_years")
    for table in reversed(TABLES):
        op.drop_table(table)
