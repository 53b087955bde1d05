"""Screenshots of the main screens, from a fresh demo register, for docs and review.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--cases 2000] [--out docs/screenshots]

Everything happens in a temporary folder that is removed afterwards; the demo data is fictitious.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The register is thrown away: key derivation at the fast floor keeps the script quick.
os.environ.setdefault("CASUS_KDF_TARGET_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from casus_app.app import create_application  # noqa: E402
from casus_app.domain import clock  # noqa: E402
from casus_app.services.auth.login import login  # noqa: E402
from casus_app.services.cases import queries as cases
from casus_app.services.demo.demo import create_demo_register  # noqa: E402
from casus_app.services.plans import (
    families,
    plans,  # noqa: E402
)
from casus_app.ui.session.first_run import FirstRunDialog  # noqa: E402
from casus_app.ui.session.login import LoginDialog  # noqa: E402
from casus_app.ui.session.recovery_key import RecoveryKeyDialog  # noqa: E402
from casus_app.ui.shell.main_window import MainWindow  # noqa: E402

SCREEN = (1366, 768)
PLAN_TABS = ("text", "issues", "helpers", "breakthroughs", "costs", "progress", "evaluation")
USER, PASSWORD = "beheer", "een lang demowachtwoord"


def settle(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save_window(window: QWidget, out: Path, name: str, size: tuple[int, int] = SCREEN) -> None:
    window.resize(*size)
    window.show()
    settle()
    window.grab().save(str(out / f"{name}.png"))
    print(f"  {out / name}.png")


def save_dialog(dialog: QWidget, out: Path, name: str) -> None:
    """A dialog at its own size, centred on a 1366×768 desktop, as a user would see it."""
    dialog.show()
    settle()
    shot = dialog.grab()
    canvas = QPixmap(*SCREEN)
    canvas.fill(QColor("#5b6470"))
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint((SCREEN[0] - shot.width()) // 2, (SCREEN[1] - shot.height()) // 2), shot)
    painter.end()
    canvas.save(str(out / f"{name}.png"))
    print(f"  {out / name}.png  (dialog {shot.width()}×{shot.height()})")
    # reject(): closed unsaved without the question a filled-in form asks on closing.
    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


def telling_case(ws) -> tuple[int, str]:
    """A case that shows every part of the case view: people, overdue afspraken, besprekingen, escalation."""
    today = clock.today()
    best: tuple[int, int, str] | None = None
    for row in cases.list_cases(ws, cases.CaseFilter(kind="casuistiek", open_only=True), limit=300):
        detail = cases.get_case(ws, row.id, reason="schermafbeeldingen (demo)")
        if not detail.persons:
            continue
        score = (
            4 * any(a.is_overdue(today) for a in detail.actions)
            + 4 * bool(detail.discussions)
            + 2 * (detail.escalation != "groen")
            + (len(detail.actions) > 2)
        )
        if best is None or score > best[0]:
            best = (score, detail.id, detail.persons[0].last_name)
        if score == 11:
            break
    assert best is not None, "no demo case with people"
    return best[1], best[2]


def dress_plan(ws) -> int:
    """The demo gezinscoach's household with the most measurements, its plan filled in as a coach
    would (the demo data has no helpers, knelpunten or decision details); returns its case id."""
    best: tuple[int, int] | None = None
    for row in families.my_families(ws):
        if row.plan_id is not None and row.plan_status == "concept":
            plan = plans.get_plan(ws, row.plan_id, reason="schermafbeeldingen (demo)")
            dates = len({s.measured_on for s in plan.scores})
            if best is None or dates > best[0]:
                best = (dates, row.plan_id)
    assert best is not None, "the demo gezinscoach has no household with a plan"
    plan_id = best[1]
    plan = plans.get_plan(ws, plan_id)
    domains = {name: i for i, name in plans.plan_choices(ws).life_domains}
    plans.update_text(
        ws,
        plan_id,
        plans.PlanText(
            plan.drawn_up_on,
            plan.family_coach,
            plan.perspective,
            "Ik open elke week samen met mijn zus de post. De kinderen gaan elke dag naar school.",
            "Woensdag samen naar het woonloket; de gezinscoach belt vooraf met de corporatie.",
        ),
    )
    for domain, text in (
        ("Schulden", "De huurachterstand groeit elke maand; er dreigt ontruiming."),
        ("Geld en inkomen", "De uitkering is gestopt na een gemiste afspraak."),
        ("Opvoeding en kinderen", "De oudste zoon gaat vaak niet naar school."),
    ):
        plans.save_issue(ws, plan_id, None, plans.IssueInput(domains[domain], text))
    for code, what, now, after in (
        ("WOONPUNT", "Incasso en deurwaarder voor de huurschuld", 6_500, 0),
        ("BUURTTEAM", "Ambulante begeleiding thuis", 14_000, 4_000),
        ("JENS", "Jeugdhulp voor de oudste zoon", 9_500, 9_500),
        ("GEMEENTE", "Bijzondere bijstand en herbeoordeling", 3_200, None),
    ):
        plans.save_helper(ws, plan_id, None, plans.HelperInput(code, what, now, after))
    for b in plans.get_plan(ws, plan_id).breakthroughs:
        if b.status != "niet_haalbaar":
            plans.save_breakthrough(
                ws,
                plan_id,
                b.id,
                plans.BreakthroughInput(
                    b.description,
                    b.type_code,
                    b.partner,
                    b.cost_eur,
                    b.status,
                    b.reached_on,
                    "Participatiewet art. 49 (hardheidsclausule)",
                    "Wethouder sociaal domein",
                    "bestuurder",
                    "Doorbraakfonds Heerlen-Noord",
                ),
            )
    return plans.change_status(ws, plan_id, "ter_besluit").case_id


def privacy_screens(db: Path, out: Path, case_id: int) -> None:
    """The Beheer screens (issue 6): users, audit trail (also with a break), retention, inzage."""
    from PySide6.QtCore import QDate
    from sqlalchemy import text

    from casus_app.domain.enums import CaseKind
    from casus_app.services.privacy import retention
    from casus_app.ui.privacy.inzage import InzageDialog

    window = MainWindow(login(db, USER, PASSWORD))
    ws, screens = window.ws, window.admin_screens
    retention.set_retention_period(ws, CaseKind.CASEWORK, 24)
    retention.set_retention_period(ws, CaseKind.BREAKTHROUGH, 36)
    screens.refresh_reminder()
    screens.show_users()
    screens.users_view.select_user("wijkagent")
    save_window(window, out, "admin_users")
    screens.show_retention()
    save_window(window, out, "admin_retention")
    person = next(p for p in cases.get_case(ws, case_id).persons if p.birth_date)
    dialog = InzageDialog(ws, window)
    dialog.name_edit.setText(person.full_name)
    dialog.birth_edit.setDate(QDate(person.birth_date))
    dialog.search()
    save_dialog(dialog, out, "admin_inzage")
    screens.show_audit()
    screens.audit_view.verify()
    while screens.audit_view.check is None:  # checked off the UI thread
        settle(0.05)
    save_window(window, out, "admin_audit")
    # A demo register is thrown away: change one entry to show how a break is pointed out.
    with ws.register.session() as session:
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text("UPDATE audit_log SET user_name = 'iemand' WHERE seq = 40"))
    screens.audit_view.verify()
    while screens.audit_view.check.ok:
        settle(0.05)
    screens.audit_view.show_break()
    save_window(window, out, "admin_audit_break")
    window.close()


def meeting_screens(db: Path, out: Path, tmp: Path) -> None:
    """Issue 3: the case list filters, a new case, an overleg with its agenda (also as projected),
    the verslag, and my afspraken."""
    import shutil
    import subprocess

    from casus_app.reports.meetings import agenda_sheet
    from casus_app.services import documents
    from casus_app.services.cases.timeline import case_timeline
    from casus_app.services.meetings.agenda import build_agenda
    from casus_app.services.meetings.overleg import MeetingInput, create_meeting
    from casus_app.ui.cases.case_close import CaseCloseDialog
    from casus_app.ui.cases.case_form import CaseFormDialog
    from casus_app.ui.cases.case_timeline import CaseTimelineDialog

    window = MainWindow(login(db, USER, PASSWORD))
    screens, case_list = window.meeting_screens, window.case_list
    case_list.overdue_box.setChecked(True)
    case_list.sort_combo.setCurrentIndex(case_list.sort_combo.findData(cases.SORT_OLDEST))
    save_window(window, out, "case_list_filters")
    case_list.overdue_box.setChecked(False)
    case_list.sort_combo.setCurrentIndex(0)
    form = CaseFormDialog(window.ws, parent=window)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("casuistiek"))
    form.category_combo.setCurrentIndex(form.category_combo.findData("woonoverlast"))
    form.reporter_combo.setCurrentIndex(form.reporter_combo.findData("POLITIE"))
    form.area_combo.setCurrentIndex(form.area_combo.findData("HSB"))
    form.street_edit.setText("Mijnwerkersstraat")
    form.number_edit.setText("14")
    form.postcode_edit.setText("6432 b")
    form.summary_edit.setPlainText("Buren melden harde muziek en ruzie na middernacht.")
    form.persons_table.item(form.add_person_row(), 0).setText("Ans")
    form.save()  # shows how a wrong postcode and a missing last name are pointed out
    save_dialog(form, out, "case_form")

    screens.new_meeting()
    setup = screens.setup_view
    setup.area_combo.setCurrentIndex(setup.area_combo.findData("HSB"))
    setup.minute_taker_edit.setText("Kees Notulist")
    setup.time_edit.setText("14:00")
    setup.place_edit.setText("Buurthuis Mariarade")
    for name, organisation in (("Ellen de Wit", "BUURTTEAM"), ("Rob Pieters", "POLITIE")):
        setup.attendance.name_edit.setText(name)
        setup.attendance.organisation_combo.setCurrentIndex(
            setup.attendance.organisation_combo.findData(organisation)
        )
        setup.attendance.add_person()
    save_window(window, out, "meeting_setup")
    planned = create_meeting(
        window.ws,
        MeetingInput(
            "casuistiekoverleg",
            "HSB",
            clock.today() + dt.timedelta(days=28),
            chair="Anja Smeets",
            minute_taker="Kees Notulist",
            start_time=dt.time(14, 0),
            place="Buurthuis Mariarade",
        ),
    )
    build_agenda(window.ws, planned)
    agenda_pdf = documents.write_agenda_sheet(window.ws, planned, tmp / "agenda.pdf", agenda_sheet.render)
    if shutil.which("pdftoppm"):  # the agenda sent beforehand, its first page
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-singlefile", str(agenda_pdf), str(out / "agenda_pdf")],
            check=True,
        )
        print(f"  {out / 'agenda_pdf'}.png")
    setup.submit()
    view = screens.meeting_view
    view.go(next((i for i, item in enumerate(view.items) if item.overdue_actions), 0))
    view.panel.note_edit.setPlainText("Huisbezoek heeft plaatsgevonden; de bewoner werkt mee.")
    view.panel.decisions_edit.setPlainText("Buurtteam houdt de regie; escalatie blijft oranje.")
    view.panel.actions_box.description_edit.setText("Aanmelden bij schuldhulpverlening")
    save_window(window, out, "meeting_mode")
    # The smallest laptop screen it must fit, and a full HD screen whose room goes to the editors.
    save_window(window, out, "meeting_mode_1280", (1280, 720))
    save_window(window, out, "meeting_mode_1920", (1920, 1080))
    view.panel.actions_box.add()
    screens.presentation.set_on(True)
    save_window(window, out, "meeting_presentation")
    screens.presentation.set_on(False)
    detail = view.panel.detail
    save_dialog(
        CaseCloseDialog(window.ws, detail.id, detail.ref, len(view.panel.actions_box.items), window),
        out,
        "case_close",
    )
    save_dialog(
        CaseTimelineDialog(detail.ref, case_timeline(window.ws, detail.id), window), out, "case_timeline"
    )
    view.go(view.index + 1)
    pdf = view.write_document("verslag", tmp / "verslag.pdf")
    if shutil.which("pdftoppm"):  # the verslag's first page as a picture, where poppler is installed
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / "meeting_verslag"),
            ],
            check=True,
        )
        print(f"  {out / 'meeting_verslag'}.png")
    window.close()

    agent = MainWindow(login(db, "wijkagent", PASSWORD))
    agent.meeting_screens.show_my_actions()
    save_window(agent, out, "my_actions")
    agent.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the day the screenshots show (JJJJ-MM-DD); the same day gives the same pictures",
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    args = parser.parse_args()
    if args.today is not None:
        clock.install(clock.DayClock(dt.datetime.combine(args.today, dt.time(10, 0), dt.UTC)))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])

    with tempfile.TemporaryDirectory(prefix="casus-screens-") as tmp:
        db = Path(tmp) / "demo.db"
        print(f"Demoregister met {args.cases} casussen maken…")
        started = time.monotonic()
        ws, recovery_key = create_demo_register(db, USER, PASSWORD, n_cases=args.cases)
        print(f"  klaar in {time.monotonic() - started:.1f} s")
        case_id, surname = telling_case(ws)
        ws.close()
        coach_ws = login(db, "gezinscoach", PASSWORD)
        plan_case_id = dress_plan(coach_ws)
        coach_ws.close()

        first_run = FirstRunDialog(Path(tmp) / "nieuw.db")
        first_run.name_edit.setText("j.jansen")
        first_run.display_name_edit.setText("Jolanda Jansen")
        first_run.password_edit.setText("wijkteam")
        save_dialog(first_run, out, "first_run")
        save_dialog(RecoveryKeyDialog(recovery_key), out, "recovery_key")

        dialog = LoginDialog(db, user_name=USER)
        dialog.password_edit.setText("verkeerd wachtwoord")
        dialog.submit()
        while dialog.error_label.isHidden():
            settle(0.05)
        save_dialog(dialog, out, "login")

        window = MainWindow(login(db, USER, PASSWORD))
        save_window(window, out, "case_list")
        assert window.case_list is not None
        window.case_list.focus_search()
        window.case_list.search_edit.setText(surname)
        window.case_list.query.flush()
        save_window(window, out, "case_list_search")
        window.open_case(case_id)
        save_window(window, out, "case_view")
        window.lock()
        window.lock_view.password_edit.setText("abc")
        save_window(window, out, "lock")
        window.close()

        coach = MainWindow(login(db, "gezinscoach", PASSWORD))
        save_window(coach, out, "families")
        coach.open_plan_for_case(plan_case_id)
        assert coach.plan_editor is not None
        for index, name in enumerate(PLAN_TABS):
            coach.plan_editor.tabs.setCurrentIndex(index)
            save_window(coach, out, f"plan_{name}")
        coach.plan_editor.breakthroughs_tab.table.selectRow(0)
        coach.plan_editor.breakthroughs_tab.edit_button.click()
        save_dialog(coach.plan_editor.breakthroughs_tab.dialog, out, "plan_breakthrough_dialog")
        coach.close()

        coordinator = MainWindow(login(db, "coordinator", PASSWORD))
        monitoring_page = coordinator.content.widget(0)
        while monitoring_page.overview is None:  # counted off the UI thread
            settle(0.05)
        save_window(coordinator, out, "coordinator")
        monitoring_page.indicator_list.setCurrentRow(1)  # per category: the widest table
        save_window(coordinator, out, "coordinator_categories")
        coordinator.close()

        privacy_screens(db, out, case_id)
        meeting_screens(db, out, Path(tmp))
    QCoreApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    status = main()
    # Every image is on disk; skip Python's teardown, where PySide6 may destroy Qt objects in an
    # order Qt does not survive (a crash after the work is done would fail `make screenshots`).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
