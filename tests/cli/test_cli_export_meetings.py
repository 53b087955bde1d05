"""`casus-app export` says how many overleggen the exchange format had no place for."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

from casus_app.services.auth import login
from casus_app.services.exchange.importer import import_file
from casus_app.services.meetings.overleg import MeetingInput, cancel_meeting, create_meeting
from tests.conftest import ADMIN, EXAMPLE, PASSWORD, REPO, TEST_DAY, casus_command


def test_export_leaves_out_the_jpp_and_cancelled_meetings_and_says_so(tmp_path: Path):
    db = tmp_path / "casus.db"
    ws, _ = login.create_register(db, ADMIN, PASSWORD)
    try:
        import_file(ws, EXAMPLE)
        for days in (1, 8):
            create_meeting(
                ws, MeetingInput("jeugdpreventieplatform", "HSB", TEST_DAY + dt.timedelta(days=days))
            )
        cancel_meeting(ws, create_meeting(ws, MeetingInput("casuistiekoverleg", "VRH", TEST_DAY)))
        create_meeting(ws, MeetingInput("doorbraakteam", "VRH", TEST_DAY))
    finally:
        ws.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {
            "CASUS_KDF_TARGET_SECONDS": "0",
            "CASUS_DB": str(db),
            "CASUS_USER": ADMIN,
            "CASUS_PASSWORD": PASSWORD,
        }
    )
    out = tmp_path / "export.json"
    done = subprocess.run(
        casus_command("export", str(out)),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "3 casussen, 2 overleggen" in done.stdout
    assert "2 van het Jeugd Preventie Platform, 1 geannuleerd" in done.stdout
    kinds = sorted(m["soort"] for m in json.loads(out.read_text("utf-8"))["overleggen"])
    assert kinds == ["casuistiekoverleg", "doorbraakteam"]
