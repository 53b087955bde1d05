"""Interventietypen, focusbuurten and external effect series (issue 13).

- `intervention_types`, a reference list, and `actions.intervention_type_id` (optional), with the
  covering index `ix_actions_agreed_type` for `afspraken_naar_type` (agreed in the period, per
  gebied via the case, per type), and the same column and index on `stub_actions`;
- `focus_areas` and `focus_area_neighbourhoods`: focusbuurten as groups of buurten;
- `effect_series` and `effect_counts`: monthly counts per buurt imported from a partner.

A register that already has its reference lists gets the default interventietypen and
focusbuurten here (a new one gets them from db/reference/defaults.yaml after its migrations).
The defaults are written out below, not read from the file: a migration never changes.

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_actions_intervention_type_id_intervention_types"
INDEX = "ix_actions_agreed_type"
STUB_FOREIGN_KEY = "fk_stub_actions_intervention_type_id_intervention_types"
STUB_INDEX = "ix_stub_actions_agreed_type"
INTERVENTION_TYPES = (
    ("huisbezoek", "Huisbezoek"),
    ("integrale_controle", "Integrale controle/flexactie"),
    ("buurtschouw", "Buurtschouw"),
    ("camera", "Camera"),
    ("opschoondag", "Opschoondag"),
    ("buurtbemiddeling", "Buurtbemiddeling"),
    ("doorverwijzing", "Doorverwijzing"),
    ("overig", "Overig"),
)
FOCUS_AREAS = (
    ("KASTEELBUURT", "Kasteelbuurt/Hoofdstraat-West", "HSB", ("Kasteelbuurt", "Hoofdstraat-West")),
    ("GMS", "Maria Gewanden–Terschuren (GMS)", "HSB", ("Maria Gewanden", "Terschuren")),
    ("VRIEHEIDE", "Vrieheide", "VRH", ("Vrieheide-De Stack",)),
)


def upgrade() -> None:
    op.create_table(
        "intervention_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intervention_types")),
        sa.UniqueConstraint("code", name=op.f("uq_intervention_types_code")),
    )
    op.create_table(
        "focus_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_areas")),
        sa.UniqueConstraint("code", name=op.f("uq_focus_areas_code")),
    )
    op.create_table(
        "focus_area_neighbourhoods",
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.Column("neighbourhood_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_areas.id"],
            name=op.f("fk_focus_area_neighbourhoods_focus_area_id_focus_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id"],
            ["neighbourhoods.id"],
            name=op.f("fk_focus_area_neighbourhoods_neighbourhood_id_neighbourhoods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "focus_area_id", "neighbourhood_id", name=op.f("pk_focus_area_neighbourhoods")
        ),
    )
    op.create_table(
        "effect_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effect_series")),
        sa.UniqueConstraint("name", name=op.f("uq_effect_series_name")),
    )
    op.create_table(
        "effect_counts",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("neighbourhood_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint("count >= 0", name=op.f("ck_effect_counts_count")),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["effect_series.id"],
            name=op.f("fk_effect_counts_series_id_effect_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id"],
            ["neighbourhoods.id"],
            name=op.f("fk_effect_counts_neighbourhood_id_neighbourhoods"),
        ),
        sa.PrimaryKeyConstraint("series_id", "neighbourhood_id", "month", name=op.f("pk_effect_counts")),
    )
    # A plain ADD COLUMN, as 0013 does: batch mode would copy the table for nothing.
    op.execute(
        "ALTER TABLE actions ADD COLUMN intervention_type_id INTEGER "
        f"CONSTRAINT {FOREIGN_KEY} REFERENCES intervention_types (id)"
    )
    op.create_index(INDEX, "actions", ["agreed_on", "case_id", "intervention_type_id"], unique=False)
    # The stub of a purged afspraak keeps its type, so a purge changes no afspraken_naar_type figure.
    op.execute(
        "ALTER TABLE stub_actions ADD COLUMN intervention_type_id INTEGER "
        f"CONSTRAINT {STUB_FOREIGN_KEY} REFERENCES intervention_types (id)"
    )
    op.create_index(
        STUB_INDEX, "stub_actions", ["agreed_on", "stub_case_id", "intervention_type_id"], unique=False
    )
    _seed(op.get_bind())


def _seed(bind: sa.Connection) -> None:
    """The defaults, in a register that has its reference lists already (not in a new, empty one)."""
    if not bind.execute(sa.text("SELECT count(*) FROM areas")).scalar():
        return
    bind.execute(
        sa.text("INSERT INTO intervention_types (code, name, retired) VALUES (:code, :name, :retired)"),
        [{"code": code, "name": name, "retired": False} for code, name in INTERVENTION_TYPES],
    )
    for code, name, area, buurten in FOCUS_AREAS:
        bind.execute(
            sa.text("INSERT INTO focus_areas (code, name, retired) VALUES (:code, :name, :retired)"),
            {"code": code, "name": name, "retired": False},
        )
        focus_id = bind.execute(
            sa.text("SELECT id FROM focus_areas WHERE code = :code"), {"code": code}
        ).scalar()
        for buurt in buurten:
            found = bind.execute(
                sa.text(
                    "SELECT n.id FROM neighbourhoods n JOIN areas a ON a.id = n.area_id "
                    "WHERE a.code = :area AND n.name = :name"
                ),
                {"area": area, "name": buurt},
            ).scalar()
            if found is not None:
                bind.execute(
                    sa.text("INSERT INTO focus_area_neighbourhoods VALUES (:focus, :buurt)"),
                    {"focus": focus_id, "buurt": found},
                )


def downgrade() -> None:
    op.drop_index(STUB_INDEX, table_name="stub_actions")
    op.execute("ALTER TABLE stub_actions DROP COLUMN intervention_type_id")
    op.drop_index(INDEX, table_name="actions")
    op.execute("ALTER TABLE actions DROP COLUMN intervention_type_id")
    op.drop_table("effect_counts")
    op.drop_table("effect_series")
    op.drop_table("focus_area_neighbourhoods")
    op.drop_table("focus_areas")
    op.drop_table("intervention_types")
