"""The inzageverzoek dialog: search by name and birth date, tick what belongs, make the PDF, erase."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from casus_app.services.auth import login
from casus_app.services.exchange.importer import import_file
from casus_app.ui.privacy.inzage import InzageDialog
from tests.services.privacy.privacy_data import case, person, write_exchange
from tests.ui.conftest import PASSWORD, USER


def test_search_tick_overview_and_erase(qtbot, tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD)
    try:
        cases = [
            case(
                "A-1",
                start="2025-01-01",
                persons=[
                    person("B1", "Wendela", "Oostwoud", "1991-02-03"),
                    person("B2", "Kees", "Dijkhof", "1990-01-01"),
                ],
            ),
            case("A-2", start="2025-06-01", persons=[person("B1", "Wendela", "Oostwoud", "1991-02-03")]),
            case(
                "A-3", start="2025-07-01", persons=[person("B1", "Wendela", "Oostwoud", None, role="melder")]
            ),
        ]
        import_file(ws, write_exchange(tmp_path / "x.json", cases))
        dialog = InzageDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, "Wendela Oostwoud")
        dialog.birth_edit.setDate(QDate(1991, 2, 3))
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)

        assert dialog.table.rowCount() == 3
        ticked = {dialog.table.item(r, 3).text(): dialog.table.item(r, 0).checkState() for r in range(3)}
        assert ticked == {
            "A-1": Qt.CheckState.Checked,
            "A-2": Qt.CheckState.Checked,
            "A-3": Qt.CheckState.Unchecked,
        }
        assert dialog.table.item(2, 1).text() == "onbekend – controleer"
        assert "1 regel(s) met deze naam zonder geboortedatum" in dialog.found_label.text()

        out = tmp_path / "inzage.pdf"
        dialog.make_pdf(out)
        assert "Overzicht van 2 casus(sen) opgeslagen" in dialog.message_label.text()
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
        assert "Casus A-1" in text and "Casus A-2" in text and "A-3" not in text and "Dijkhof" not in text

        dialog.erase(confirmed=True)
        assert "2 regel(s) gewist" in dialog.message_label.text()
        assert [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())] == ["A-3"]
        assert not dialog.pdf_button.isEnabled()  # the remaining record is not ticked
    finally:
        ws.close()
