"""`python tests/clocked_cli.py <ISO time> <casus-app arguments>`: the command line with the app's
clock starting at <ISO time> (see `casus_command` in conftest.py), so a CLI test run as a separate
process sees the same day as the test itself."""

from __future__ import annotations

import datetime as dt
import sys

from casus_app.domain import clock

if __name__ == "__main__":
    clock.install(clock.DayClock(dt.datetime.fromisoformat(sys.argv[1])))
    from casus_app.cli.main import main

    raise SystemExit(main(sys.argv[2:]))
