"""The afsprakenlijst read back by text position: one line per afspraak, casusnummer and "TE LAAT
(12 d)" unbroken, and a "Wie" in every row."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from pypdf import PdfReader

from casus_app.domain.enums import Role
from casus_app.reports.meetings import action_list
from casus_app.services import documents
from casus_app.services.admin.users import add_user
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings.overleg import MeetingInput, create_meeting
from tests.conftest import TEST_DAY

TODAY = TEST_DAY

DESCRIPTIONS = (
    "Brief sturen over de overlast en het gesprek met de verhuurder",
    "Huisbezoek afleggen samen met de wijkagent en de woningcorporatie, daarna terugkoppelen",
    "Zorgmelding doen",
    "Buurtonderzoek",
)


def new_case(ws, neighbourhood: str) -> int:
    return register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=TODAY - dt.timedelta(days=60),
            neighbourhood=neighbourhood,
        ),
    )


def lines(path) -> list[list[tuple[float, str]]]:
    """Per page, the text pieces with the height they stand at (PDF points from the bottom)."""
    pages = []
    for page in PdfReader(str(path)).pages:
        pieces: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, _size, pieces=pieces):
            if text.strip():
                pieces.append((round(tm[5] * cm[3] + cm[5], 1), text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(pieces)
    return pages


def test_one_line_per_afspraak_with_its_casusnummer_stand_and_wie(example_ws, tmp_path):
    ws = example_ws
    meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY))
    agent = add_user(
        ws,
        "agent",
        "wijkagent wachtwoord",
        Role.PROFESSIONAL,
        areas=["HSB"],
        organisation="POLITIE",
        display_name="Karin Jansen",
    )
    first, second = new_case(ws, "Mariarade"), new_case(ws, "Hoensbroek-Centrum")
    late = add_action(
        ws,
        first,
        ActionInput(DESCRIPTIONS[0], "POLITIE", deadline=TODAY - dt.timedelta(days=12)),
        today=TODAY - dt.timedelta(days=30),
    )
    add_action(ws, first, ActionInput(DESCRIPTIONS[1], "POLITIE", owner_user_id=agent), meeting_id=meeting)
    add_action(ws, second, ActionInput(DESCRIPTIONS[2], "POLITIE", "Sem de Vries"), meeting_id=meeting)
    add_action(ws, second, ActionInput(DESCRIPTIONS[3], "POLITIE"), meeting_id=meeting)
    assert late

    path = documents.write_action_list(ws, meeting, tmp_path / "afspraken.pdf", action_list.render)
    (page,) = lines(path)
    by_height: dict[float, list[str]] = defaultdict(list)
    for y, piece in page:
        by_height[y].append(piece)
    rows = {y: " ".join(pieces) for y, pieces in by_height.items()}

    def row_of(text: str) -> tuple[float, str]:
        found = [(y, line) for y, line in rows.items() if text in line]
        assert len(found) == 1, (text, found)
        return found[0]

    refs = {}
    for description in DESCRIPTIONS:
        y, line = row_of(description)  # the whole afspraak on one line, nothing of it elsewhere
        refs[description] = line.split()[0]
        assert refs[description].startswith(f"{TODAY.year}-"), line  # the casusnummer, unbroken
    overdue_y, overdue_line = row_of("TE LAAT (12 d)")
    assert DESCRIPTIONS[0] in overdue_line and "Mariarade" in overdue_line
    assert "Karin Jansen" in row_of(DESCRIPTIONS[1])[1]
    assert "Sem de Vries" in row_of(DESCRIPTIONS[2])[1]
    assert "Politie" in row_of(DESCRIPTIONS[3])[1]  # no person: the organisation, not an empty cell
    # Four afspraken, four lines between the header and the foot of the table.
    header_y = row_of("Casus Buurt Afspraak Wie Deadline Stand")[0]
    body = [y for y, line in rows.items() if y < header_y and any(d in line for d in DESCRIPTIONS)]
    assert len(body) == 4
    assert len([y for y in rows if body and min(body) <= y < header_y]) == 4
