"""The application shell: names, stylesheet, and which dialog a start leads to."""

from __future__ import annotations

from casus_app import app


def test_the_application_is_named_and_styled(qapp):
    assert app.create_application() is qapp
    assert qapp.applicationName() == "Casus"
    assert qapp.organizationName() == "Heerlen-Noord"
    assert "QLabel#heading" in qapp.styleSheet()


def test_a_start_without_register_leads_to_the_first_run_and_with_one_to_sign_in(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    for dialog in (app.FirstRunDialog, app.LoginDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    path = tmp_path / "casus.db"
    assert app.open_workspace(path) is None  # cancelled
    path.with_name("casus.db.keys").write_text("{}")  # a key file alone still counts: never overwrite
    assert app.open_workspace(path) is None
    assert shown == ["FirstRunDialog", "LoginDialog"]


def test_a_demo_of_an_earlier_start_leads_to_signing_in_there(qapp, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []

    def first_run_exec(self):
        self.existing_demo = tmp_path / "oefenregister.db"  # as when the demo radio finds one
        shown.append(("FirstRunDialog", self.db_path.name))
        return app.QDialog.DialogCode.Accepted

    monkeypatch.setattr(app.FirstRunDialog, "exec", first_run_exec)
    monkeypatch.setattr(
        app.LoginDialog, "exec", lambda self: shown.append(("LoginDialog", self.db_path.name)) or 0
    )
    (tmp_path / "oefenregister.db").write_bytes(b"x")
    assert app.open_workspace(tmp_path / "casus.db") is None
    assert shown == [("FirstRunDialog", "casus.db"), ("LoginDialog", "oefenregister.db")]
