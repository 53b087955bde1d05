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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from casus_app.app import create_application  # noqa: E402
from casus_app.services import cases  # noqa: E402
from casus_app.services.auth import login  # noqa: E402
from casus_app.services.demo import create_demo_register  # noqa: E402
from casus_app.ui.dialogs.first_run import FirstRunDialog  # noqa: E402
from casus_app.ui.dialogs.login import LoginDialog  # noqa: E402
from casus_app.ui.dialogs.recovery_key import RecoveryKeyDialog  # noqa: E402
from casus_app.ui.main_window import MainWindow  # noqa: E402

SCREEN = (1366, 768)
USER, PASSWORD = "beheer", "een lang demowachtwoord"


def settle(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save_window(window: QWidget, out: Path, name: str) -> None:
    window.resize(*SCREEN)
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
    dialog.close()


def telling_case(ws) -> tuple[int, str]:
    """A case that shows every part of the case view: people, overdue afspraken, besprekingen, escalation."""
    today = dt.date.today()
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    args = parser.parse_args()
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

        coordinator = MainWindow(login(db, "coordinator", PASSWORD))
        save_window(coordinator, out, "coordinator")
        coordinator.close()
    QCoreApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
