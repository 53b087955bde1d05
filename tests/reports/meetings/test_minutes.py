"""The verslag and the afsprakenlijst as PDF, read back: what they say, and what they never say."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader
from sqlalchemy import select

from casus_app.domain.periods import dutch_date
from casus_app.reports.meetings import action_list, minutes
from casus_app.services import documents
from casus_app.services.cases.actions import ActionInput, add_action, mark_done
from casus_app.services.cases.editing import close_case, register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.meetings.agenda import add_to_agenda, agenda
from casus_app.services.meetings.overleg import MeetingInput, create_meeting, record_discussion
from casus_app.storage.models import AuditEntry
from tests.conftest import TEST_DAY

TODAY = TEST_DAY  # the day tests/conftest.py fixes the app's clock on


def write_minutes(ws, meeting_id, path, **options):
    """The verslag as the front ends write it: services/documents with the renderer from reports."""
    return documents.write_minutes(ws, meeting_id, path, minutes.render, **options)


def write_action_list(ws, meeting_id, path, **options):
    """The afsprakenlijst as the front ends write it."""
    return documents.write_action_list(ws, meeting_id, path, action_list.render, **options)


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def new_case(ws, n: int, **extra) -> int:
    data = dict(
        kind="casuistiek",
        area="HSB",
        main_category="woonoverlast",
        reported_by="POLITIE",
        lead="BUURTTEAM",
        start_date=TODAY - dt.timedelta(days=60),
        neighbourhood="Mariarade",
        street="Lampistenstraat",
        house_number=str(100 + n),
        postcode="6432AB",
        persons=(
            PersonInput(
                f"Achternaam{n}",
                "bewoner",
                first_name="Voornaam",
                birth_date=dt.date(1970, 1, 1) + dt.timedelta(days=n),
            ),
        ),
    )
    data.update(extra)
    return register_case(ws, CaseInput(**data), allow_duplicate=True)


def test_the_verslag_lists_decisions_and_afspraken_per_case_and_nothing_personal(example_ws, tmp_path):
    ws = example_ws
    meeting = create_meeting(
        ws,
        MeetingInput(
            "casuistiekoverleg",
            "HSB",
            TODAY,
            chair="Anja Smeets",
            minute_taker="Kees Notulist",
            organisations=("POLITIE", "GGD"),
        ),
    )
    # Enough cases for more than one page.
    case_ids = [new_case(ws, n) for n in range(14)]
    overdue = add_action(
        ws,
        case_ids[0],
        ActionInput("Brief sturen", "WONING", deadline=TODAY - dt.timedelta(days=5)),
        today=TODAY - dt.timedelta(days=20),
    )
    earlier = add_action(
        ws, case_ids[1], ActionInput("Buurtschouw houden", "GEMEENTE"), today=TODAY - dt.timedelta(days=7)
    )
    for n, case_id in enumerate(case_ids):
        discussion = add_to_agenda(ws, meeting, case_id)
        if n < 12:
            record_discussion(ws, discussion, note=f"Stand van zaken {n}.", decisions=f"Besluit nummer {n}.")
    add_action(
        ws, case_ids[0], ActionInput("Huisbezoek afleggen", "BUURTTEAM", "Ellen de Wit"), meeting_id=meeting
    )
    mark_done(ws, earlier)
    close_case(ws, case_ids[2], "doel_bereikt", result="Overlast gestopt")

    out = write_minutes(ws, meeting, tmp_path / "verslag.pdf")
    texts = pages(out)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert "VERTROUWELIJK" in text and f"pagina {number} van {len(texts)}" in text
    whole = flat(" ".join(texts))
    refs = {item.case_id: item.ref for item in agenda(ws, meeting)}
    for expected in (
        "Verslag casuïstiekoverleg Hoensbroek",
        dutch_date(TODAY),
        "Anja Smeets",
        "Kees Notulist",
        "GGD",
        "Politie, basisteam Heerlen",
        "Besproken: 12 casussen",
        "Besluit nummer 0.",
        "Stand van zaken 11.",
        f"{refs[case_ids[0]]} · Casuïstiek · Mariarade · Woonoverlast",
        "Huisbezoek afleggen",
        "Buurtteams Heerlen – Ellen de Wit",
        "Casus afgesloten: Doel bereikt (Overlast gestopt)",
        "Afspraak afgerond: Buurtschouw houden",
        "Niet besproken",
        refs[case_ids[12]],
        refs[case_ids[13]],
        "Openstaande afspraken",
        "TE LAAT (5 d)",
    ):
        assert expected in whole, expected
    assert re.search(r"\d{2}-\d{2}-\d{4}", whole)  # deadlines in Dutch notation
    assert (TODAY + dt.timedelta(days=14)).strftime("%d-%m-%Y") in whole
    # Only what the note says: no names, birth dates, streets or house numbers of the people concerned.
    for forbidden in ("Achternaam", "Voornaam", "Lampistenstraat", "6432AB", "01-01-1970", "Voorbeeld"):
        assert forbidden not in whole, forbidden
    assert overdue

    with ws.register.read_session() as session:
        printed = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
    # One entry for this output, naming the cases in it (discussed and not reached).
    named = ", ".join(refs[case_id] for case_id in case_ids)
    assert [(e.object_type, e.details, e.reason) for e in printed] == [
        ("meeting", f"verslag; 14 casussen: {named}", f"overleg OV-{TODAY.isoformat()}-HSB-C")
    ]
    # The document carries the audit entry of its printing, so a rewritten log would not match it.
    assert f"auditregel {printed[0].seq} ({printed[0].row_hash[:12]})" in whole


def test_the_afsprakenlijst_gives_each_partner_its_own_page(example_ws, tmp_path):
    ws = example_ws
    meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY))
    create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY + dt.timedelta(days=21)))
    first, second = new_case(ws, 1), new_case(ws, 2)
    add_action(
        ws,
        first,
        ActionInput("Brief sturen", "WONING", deadline=TODAY - dt.timedelta(days=2)),
        today=TODAY - dt.timedelta(days=10),
    )
    add_action(ws, second, ActionInput("Zorgmelding doen", "GGD", "Sem"), meeting_id=meeting)
    add_action(ws, second, ActionInput("Overleg met huisarts", "GGD"), meeting_id=meeting)
    other_area = new_case(ws, 3, area="VRH", neighbourhood=None)
    add_action(ws, other_area, ActionInput("Niet voor dit overleg", "GGD"))

    texts = pages(write_action_list(ws, meeting, tmp_path / "afspraken.pdf"))
    assert len(texts) == 2
    ggd, woning = (flat(t) for t in texts)
    assert "Afspraken voor GGD" in ggd and "Zorgmelding doen" in ggd and "Overleg met huisarts" in ggd
    assert f"vóór het volgende overleg op {dutch_date(TODAY + dt.timedelta(days=21))}" in ggd
    assert "2 open, waarvan 0 te laat" in ggd and "Niet voor dit overleg" not in ggd
    assert "Afspraken voor Woningcorporatie" in woning and "TE LAAT (2 d)" in woning
    assert "1 open, waarvan 1 te laat" in woning and "pagina 2 van 2" in woning

    only = pages(write_action_list(ws, meeting, tmp_path / "ggd.pdf", organisations=["GGD"]))
    assert len(only) == 1 and "Afspraken voor GGD" in only[0]
