"""`python -m tests.perf.peak MODULE ARGS…` (or `-c CODE ARGS…`): run it as `__main__` and, at exit,
write the process's peak resident memory in KiB to the file named by CASUS_BENCH_PEAK_FILE.

The peak is the new program's own (`VmHWM` in /proc/self/status): a child's `ru_maxrss`
also counts the parent's memory at the fork, which in a benchmark holding a large file dwarfs
the child's."""

from __future__ import annotations

import atexit
import os
import resource
import runpy
import sys


def _report() -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # where there is no /proc
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        pass
    with open(os.environ["CASUS_BENCH_PEAK_FILE"], "w", encoding="ascii") as out:
        out.write(str(peak_kib))


if __name__ == "__main__":
    atexit.register(_report)
    if sys.argv[1] == "-c":
        code, sys.argv = sys.argv[2], ["-c", *sys.argv[3:]]
        exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})
    else:
        module, sys.argv = sys.argv[1], [sys.argv[1], *sys.argv[2:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
