"""argparse in Dutch: usage, help headings and the usage errors (spec/cli.md: exit status 2).

argparse writes its own texts in English. Its headings are set here on every parser, and its
error messages, which it builds from a fixed set of sentences, are rewritten by pattern; a
sentence this table does not know is shown as it is rather than lost.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

# (argparse's sentence as a pattern, the Dutch sentence) — Python 3.11 to 3.13 wordings.
ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"^unrecognized arguments: (?P<a>.*)$", r"onbekend: \g<a>"),
        (r"^the following arguments are required: (?P<a>.*)$", r"dit ontbreekt nog: \g<a>"),
        (r"^one of the arguments (?P<a>.*) is required$", r"geef een van deze: \g<a>"),
        (r"^argument (?P<n>[^:]+): (?P<m>.*)$", r"bij \g<n>: \g<m>"),
        (
            r"^invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)$",
            r"ongeldige keuze \g<v> (kies uit \g<c>)",
        ),
        (r"^invalid (?P<t>\S+) value: (?P<v>.*)$", r"ongeldige waarde \g<v>"),
        (r"^expected one argument$", "hier hoort één waarde bij"),
        (r"^expected at least one argument$", "hier hoort minstens één waarde bij"),
        (r"^expected at most one argument$", "hier hoort hoogstens één waarde bij"),
        (r"^expected (?P<n>\d+) arguments?$", r"hier horen \g<n> waarden bij"),
        (r"^not allowed with argument (?P<a>.*)$", r"niet samen met \g<a>"),
        (r"^ignored explicit argument (?P<a>.*)$", r"hier hoort geen waarde bij: \g<a>"),
        (r"^ambiguous option: (?P<o>\S+) could match (?P<m>.*)$", r"\g<o> kan meerdere opties zijn: \g<m>"),
    )
)


def dutch_error(message: str) -> str:
    """argparse's error sentence in Dutch; `argument X: <inner>` has its inner sentence done too."""
    for pattern, dutch in ERRORS:
        match = pattern.match(message)
        if match:
            translated = match.expand(dutch)
            if "m" in pattern.groupindex:
                inner = match.group("m")
                translated = translated.removesuffix(inner) + dutch_error(inner)
            return translated
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--password x" must never be read as "--password-file x".
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # added below with a Dutch help text
        super().__init__(*args, **kwargs)
        self._positionals.title = "opdrachten en argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:  # argparse exits 2 on usage errors, as the contract says
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: onjuist gebruik: {dutch_error(message)}\n")
