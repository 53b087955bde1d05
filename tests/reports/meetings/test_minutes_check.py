"""The verslag and afsprakenlijst are checked for betrokkenen named in their free text: a hit reaches the
PDF only when the chair confirmed it (logged), or as the chair's own words; otherwise it is masked."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.reports.meetings import action_list, minutes
from casus_app.services import documents
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.meetings.agenda import add_to_agenda
from casus_app.services.meetings.overleg import MeetingInput, create_meeting, record_discussion
from casus_app.services.privacy import document_check
from casus_app.services.privacy.document_check import Decision
from casus_app.storage.models import AuditEntry

NOTE = "Mevr. Brüel (Akerstraat 77) belt vaak; zoon Kevin Bruel is bekend bij politie, geb. 23-11-2006."


def write_minutes(ws, meeting_id, path, **options):
    """The verslag as the front ends write it: services/documents with the renderer from reports."""
    return documents.write_minutes(ws, meeting_id, path, minutes.render, **options)


def write_action_list(ws, meeting_id, path, **options):
    """The afsprakenlijst as the front ends write it."""
    return documents.write_action_list(ws, meeting_id, path, action_list.render, **options)


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def bruel_meeting(ws) -> tuple[int, int]:
    today = clock.today()
    case_id = register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            main_category="woonoverlast",
            reported_by="POLITIE",
            lead="BUURTTEAM",
            start_date=today - dt.timedelta(days=30),
            neighbourhood="Mariarade",
            street="Akerstraat",
            house_number="77",
            postcode="6431HX",
            persons=(
                PersonInput("Brüel", "bewoner", first_name="Anna"),
                PersonInput("Brüel", "kind", first_name="Kevin", birth_date=dt.date(2006, 11, 23)),
            ),
        ),
        allow_duplicate=True,
    )
    meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", today, chair="Anja Smeets"))
    discussion = add_to_agenda(ws, meeting, case_id)
    record_discussion(ws, discussion, note=NOTE, decisions="Wijkagent spreekt Kevin aan.")
    add_action(
        ws,
        case_id,
        ActionInput("Huisbezoek bij fam. Brüel, Akerstraat 77", "BUURTTEAM", "Ellen de Wit"),
        meeting_id=meeting,
    )
    return meeting, case_id


def test_no_name_or_address_reaches_the_verslag_unless_confirmed(example_ws, tmp_path):
    ws = example_ws
    meeting, _case = bruel_meeting(ws)

    whole = text_of(write_minutes(ws, meeting, tmp_path / "verslag.pdf"))
    for forbidden in ("Brüel", "Bruel", "Kevin", "Akerstraat 77", "23-11-2006"):
        assert forbidden not in whole, forbidden
    assert (
        "Mevr. [naam] ([adres]) belt vaak; zoon [naam] is bekend bij politie, geb. [geboortedatum]." in whole
    )
    assert "Wijkagent spreekt [naam] aan." in whole
    assert "Huisbezoek bij fam. [naam], [adres]" in whole and "Ellen de Wit" in whole

    check = document_check.check_minutes(ws, meeting)
    assert [(h.field, h.kind, h.found) for h in check.hits] == [
        ("notitie", "naam", "Brüel"),
        ("notitie", "adres", "Akerstraat 77"),
        ("notitie", "naam", "Kevin Bruel"),
        ("notitie", "geboortedatum", "23-11-2006"),
        ("besluiten", "naam", "Kevin"),
        ("afspraak", "naam", "Brüel"),
        ("afspraak", "adres", "Akerstraat 77"),
    ]
    assert check.hits[1].context == "Mevr. [naam] (»Akerstraat 77«) belt vaak; zoon [naam] is bekend…"
    # The chair keeps the street in the note, rewrites Kevin in the decisions; the rest stays masked.
    decisions = {check.hits[1].key: Decision(keep=True), check.hits[4].key: Decision(replacement="de zoon")}
    whole = text_of(write_minutes(ws, meeting, tmp_path / "verslag2.pdf", decisions=decisions))
    assert "Mevr. [naam] (Akerstraat 77) belt vaak" in whole and "Wijkagent spreekt de zoon aan." in whole
    assert "Huisbezoek bij fam. [naam], [adres]" in whole and "Brüel" not in whole

    with ws.register.read_session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "meeting").order_by(AuditEntry.seq)
        ).all()
    details = [(e.action, e.details) for e in entries if e.action in ("print", "view")]
    ref = check.hits[1].case_ref
    # The check shown, then per confirmed hit one entry (kind, field, case: never the words), then the print.
    assert [(action, text.split(";")[0]) for action, text in details[-4:]] == [
        ("print", "verslag"),
        ("view", "controle verslag: 7 treffers in 1 casussen getoond"),
        ("print", f"verslag: adres in notitie van casus {ref} bevestigd door de voorzitter"),
        ("print", "verslag"),
    ]
    assert all("Akerstraat" not in (e.details or "") for e in entries)  # the log names no content


def test_a_replacement_that_names_a_betrokkene_is_masked_too(example_ws, tmp_path):
    ws = example_ws
    meeting, _case = bruel_meeting(ws)
    hit = document_check.check_minutes(ws, meeting).hits[0]
    assert document_check.replacement_problem(ws, hit, "mevrouw Anna") is not None
    assert document_check.replacement_problem(ws, hit, "de moeder") is None
    whole = text_of(
        write_minutes(
            ws, meeting, tmp_path / "v.pdf", decisions={hit.key: Decision(replacement="mevrouw Anna")}
        )
    )
    assert "Anna" not in whole and "Mevr. [naam] ([adres])" in whole


def test_the_afsprakenlijst_masks_unconfirmed_hits(example_ws, tmp_path):
    ws = example_ws
    meeting, _case = bruel_meeting(ws)
    whole = text_of(write_action_list(ws, meeting, tmp_path / "a.pdf"))
    assert (
        "Huisbezoek bij fam. [naam], [adres]" in whole and "Brüel" not in whole and "Akerstraat" not in whole
    )

    check = document_check.check_action_list(ws, meeting)
    assert [(h.field, h.found) for h in check.hits] == [("afspraak", "Brüel"), ("afspraak", "Akerstraat 77")]
    kept = {h.key: Decision(keep=True) for h in check.hits}
    whole = text_of(write_action_list(ws, meeting, tmp_path / "b.pdf", decisions=kept))
    assert "Huisbezoek bij fam. Brüel, Akerstraat 77" in whole
