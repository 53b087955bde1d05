"""The agenda sent before an overleg, read back: casusnummers, buurt, street and open afspraken;
never a name or a house number."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader
from sqlalchemy import select

from casus_app.reports.meetings import agenda_sheet
from casus_app.services import documents
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.meetings.agenda import build_agenda
from casus_app.services.meetings.attendance import Attendee
from casus_app.services.meetings.overleg import MeetingInput, create_meeting, get_meeting
from casus_app.storage.models import AuditEntry
from tests.conftest import TEST_DAY

TODAY = TEST_DAY


def flat_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_agenda_pdf_names_cases_by_number_buurt_and_street_only(example_ws, tmp_path):
    ws = example_ws
    cases = [
        register_case(
            ws,
            CaseInput(
                kind="casuistiek",
                area="HSB",
                main_category="woonoverlast",
                reported_by="POLITIE",
                start_date=TODAY - dt.timedelta(days=3 + n),
                neighbourhood="Kasteelbuurt",
                street=f"Lampistenstraat{n}",
                house_number=f"{4711 + n}",
                house_suffix="B",
                postcode="6432AB",
                persons=(PersonInput("Vermeulen", "bewoner", first_name=f"Griet{n}"),),
            ),
            allow_duplicate=True,
        )
        for n in range(3)
    ]
    add_action(
        ws,
        cases[0],
        ActionInput(
            "Huisbezoek bij Griet0 Vermeulen",
            "BUURTTEAM",
            "Ellen de Wit",
            deadline=TODAY - dt.timedelta(days=2),
        ),
        today=TODAY - dt.timedelta(days=9),
    )
    add_action(
        ws,
        cases[1],
        ActionInput("Brief over de overlast sturen", "WONING", deadline=TODAY + dt.timedelta(days=20)),
    )
    day = TODAY + dt.timedelta(days=7)
    meeting_id = create_meeting(
        ws,
        MeetingInput(
            "casuistiekoverleg",
            "HSB",
            day,
            chair="Anja Smeets",
            start_time=dt.time(9, 30),
            place="Buurthuis De Koumen",
            attendees=(Attendee("Rob Pieters", "POLITIE"), Attendee("Mia Claessens", "GGD")),
        ),
    )
    refs = [item.ref for item in build_agenda(ws, meeting_id)]
    assert len(refs) >= 3

    out = documents.write_agenda_sheet(ws, meeting_id, tmp_path / "agenda.pdf", agenda_sheet.render)
    text = flat_text(out)
    for expected in (
        "VERTROUWELIJK",
        "Agenda casuïstiekoverleg Hoensbroek",
        "09:30 uur",
        "Buurthuis De Koumen",
        "Anja Smeets",
        "Politie, basisteam Heerlen",
        "Kasteelbuurt",
        "Lampistenstraat0",
        "Lampistenstraat2",
        "Huisbezoek bij [naam]",  # the betrokkene in the afspraak is masked
        "Brief over de overlast sturen",
        "Buurtteams Heerlen",
        "TE LAAT (9 d)",
        "Geen open afspraken.",
    ):
        assert expected in text, expected
    for ref in refs:
        assert ref in text
    for never in (
        "Vermeulen",
        "Griet",
        "4711",
        "4712",
        "4713",
        "6432",
        "Ellen de Wit",
        "Rob Pieters",
        "Mia Claessens",
    ):
        assert never not in text, never
    assert not re.search(r"Lampistenstraat\d \d", text)  # no house number after a street

    with ws.register.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (entry.action, entry.object_id) == ("print", get_meeting(ws, meeting_id).ref)
    assert entry.details.startswith("agenda; ") and all(ref in entry.details for ref in refs)
    assert f"auditregel {entry.seq}" in text  # the footer carries the head after its own entry
