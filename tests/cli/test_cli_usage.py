"""Wrong usage: exit status 2 and a Dutch message, help in Dutch, and `--version` (spec/cli.md)."""

from __future__ import annotations

import re

import pytest

from casus_app import __version__
from casus_app.cli.dutch_argparse import dutch_error
from casus_app.cli.main import main

ENGLISH = re.compile(
    r"\b(usage|unrecognized|required|invalid|choose|expected|argument|options|positional|show this)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["--bogus"], "onbekend: --bogus"),
        (["user"], "dit ontbreekt nog: OPDRACHT"),
        (["user", "add"], "dit ontbreekt nog"),
        (["export-counts", "--period", "2026Q3", "--format", "docx", "--out", "x"], "ongeldige keuze 'docx'"),
        (["demo", "--cases", "veel"], "bij --cases: ongeldige waarde 'veel'"),
        (["import"], "dit ontbreekt nog: file"),
        (["verify", "--db"], "bij --db: hier hoort één waarde bij"),
    ],
)
def test_wrong_usage_is_said_in_dutch_with_status_2(args, dutch, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "onjuist gebruik" in err and dutch in err
    assert err.startswith("gebruik: casus-app")
    assert not ENGLISH.search(err.replace("argumenten", "")), err


@pytest.mark.parametrize("args", [["--help"], ["user", "--help"], ["export-counts", "--help"]])
def test_help_is_dutch(args, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: casus-app") and "opties:" in out and "toon deze hulp" in out
    assert not ENGLISH.search(out.replace("argumenten", "")), out


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"casus-app {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_an_unknown_sentence_is_kept_rather_than_lost():
    assert dutch_error("something argparse may say one day") == "something argparse may say one day"
