"""The PyInstaller bundle starts on a clean environment: demo register, verify, main window.

Run by `make bundle-test` (which builds the bundle first); CASUS_BUNDLE names the executable.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle
PASSWORD = "een lang wachtwoord"


@pytest.fixture
def bundle() -> Path:
    default = "dist/casus-app/casus-app" + (".exe" if os.name == "nt" else "")
    path = Path(os.environ.get("CASUS_BUNDLE", default))
    if not path.exists():
        pytest.fail(f"Geen bundel op {path}: bouw hem eerst met 'make bundle'.")
    return path.resolve()


def _run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "CASUS_PASSWORD": PASSWORD,
        "CASUS_KDF_TARGET_SECONDS": "0",
        "LANG": "C.UTF-8",
    }
    if os.name == "nt":  # Windows programs need their system folders and a profile
        names = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA")
        env.update({name: os.environ[name] for name in names if name in os.environ})
    return subprocess.run(
        [str(bundle), "--db", str(tmp_path / "demo.db"), "--user", "beheer", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_bundle_runs_demo_verify_and_window(bundle: Path, tmp_path: Path):
    interface = bundle.with_name("casus" + bundle.suffix)  # the windowed program beside the command line
    assert interface.exists(), interface
    version = _run(bundle, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("casus-app "), version.stderr
    demo = _run(bundle, tmp_path, "demo", "--cases", "250")
    assert demo.returncode == 0, demo.stderr
    verify = _run(bundle, tmp_path, "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "FOUT" not in verify.stdout
    window = _run(bundle, tmp_path, "selftest")
    assert window.returncode == 0, window.stderr
    assert "200 casussen zichtbaar" in window.stdout
