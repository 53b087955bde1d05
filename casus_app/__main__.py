import os
import sys

from casus_app.cli.main import main

# The windowed Windows program (`casus.exe`, build.spec) has no console: print() and a usage
# message would write to None and fail. Their text goes nowhere there; the interface shows its own.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

raise SystemExit(main())
