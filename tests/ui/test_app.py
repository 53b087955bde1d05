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
