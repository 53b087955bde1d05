"""Reading and validating an exchange file (`casus-uitwisseling` v1) without loading it whole.

`validate_file` checks everything and lists every error with its place; the importer then reads
the records with `iter_cases` and `iter_meetings`. The rules themselves live in
`casus_app.domain.exchange.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casus_app.domain import clock
from casus_app.domain.errors import ImportRejected
from casus_app.domain.exchange import rules
from casus_app.domain.exchange.fields import REQUIRED, Errors, describe, quote
from casus_app.services.exchange.stream import JsonSource, StreamProblem, path_to, walk

MAX_ERRORS = 1000
CASES = "casussen"
MEETINGS = "overleggen"
_STREAMED = frozenset((CASES, MEETINGS))
_TOO_MANY = f"… en meer fouten; het bestand is na {MAX_ERRORS} fouten niet verder gecontroleerd"


@dataclass
class KnownInDatabase:
    """What the database already holds, as far as an exchange file may refer to it."""

    gebieden: dict[str, set[str]] = field(default_factory=dict)  # gebied code -> its buurten
    organisaties: set[str] = field(default_factory=set)
    categorieen: set[str] = field(default_factory=set)
    afsluitredenen: set[str] = field(default_factory=set)
    doorbraaktypen: set[str] = field(default_factory=set)
    case_refs: set[str] = field(default_factory=set)
    meeting_refs: set[str] = field(default_factory=set)
    category_kinds: dict[str, str] = field(default_factory=dict)  # category code -> case kind
    case_areas: dict[str, str] = field(default_factory=dict)  # case ref -> gebied code


@dataclass
class ReferenceLists:
    """The reference lists of the file (their items as parsed)."""

    gebieden: list[dict] = field(default_factory=list)
    organisaties: list[dict] = field(default_factory=list)
    categorieen: list[dict] = field(default_factory=list)
    afsluitredenen: list[dict] = field(default_factory=list)
    doorbraaktypen: list[dict] = field(default_factory=list)


@dataclass
class ValidationReport:
    errors: list[tuple[str, str]]  # (place, Dutch message), in file order
    references: ReferenceLists
    case_count: int
    meeting_count: int

    @property
    def ok(self) -> bool:
        return not self.errors


def validate_file(
    path: Path, known: KnownInDatabase, progress: Callable[[int, int], None] | None = None
) -> ValidationReport:
    """Check an exchange file against the format and the database; every error is reported, none raised.

    Reads the file once, in bounded memory. Only when the file puts a reference list after the cases
    or meetings (or the meetings before the cases) is it read a second time with everything known,
    so `progress(bytes_read, total_bytes)` then runs from 0 to the total twice.
    """
    path = Path(path)
    try:
        total = path.stat().st_size
        first = _Pass(known, None)
        first.run(path, total, progress)
        if first.late and not first.stopped:
            second = _Pass(known, first)
            second.run(path, total, progress)
            return second.report()
        return first.report()
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return ValidationReport(
            [("", f"Het bestand '{path.name}' kan niet worden gelezen: {reason}.")], ReferenceLists(), 0, 0
        )


def iter_cases(path: Path) -> Iterator[dict]:
    """The items of `casussen`, one parsed dict at a time. Raises ImportRejected if the JSON is broken."""
    return _iter_items(Path(path), CASES)


def iter_meetings(path: Path) -> Iterator[dict]:
    """The items of `overleggen`, one parsed dict at a time. Raises ImportRejected if the JSON is broken."""
    return _iter_items(Path(path), MEETINGS)


def iter_records(path: Path) -> Iterator[tuple[str, dict]]:
    """The items of `casussen` and `overleggen` in file order, in one reading: (CASES or MEETINGS, item).

    The import writes from this: each reading of a 100,000-case file decodes every case again.
    Raises ImportRejected if the JSON is broken."""
    with Path(path).open("rb") as fh:
        try:
            for event, key, value in walk(JsonSource(fh), _STREAMED):
                if event == "item":
                    yield key, value
        except StreamProblem as problem:
            raise ImportRejected([("", problem.message)]) from None


def _iter_items(path: Path, wanted: str) -> Iterator[dict]:
    return (item for key, item in iter_records(path) if key == wanted)


class _Pass:
    """One reading of the file. `first` is an earlier pass that collected all codes and case refs."""

    def __init__(self, known: KnownInDatabase, first: _Pass | None) -> None:
        self.errors: Errors = []
        self.references = ReferenceLists()
        self.codes = rules.CodeBook(
            gebieden={code: set(buurten) for code, buurten in known.gebieden.items()},
            organisaties=set(known.organisaties),
            categorieen=set(known.categorieen),
            afsluitredenen=set(known.afsluitredenen),
            doorbraaktypen=set(known.doorbraaktypen),
            category_kinds=dict(known.category_kinds),
            today=clock.today().isoformat(),
        )
        self.refs = rules.RefRegistry(
            known_cases=known.case_refs, known_meetings=known.meeting_refs, case_areas=dict(known.case_areas)
        )
        if first is not None:
            self.codes = first.codes
            self.refs.all_cases = set(first.refs.cases)
            self.refs.case_areas = dict(first.refs.case_areas)
        self.checking = True  # False after MAX_ERRORS: read on only to collect codes and refs
        self.stopped = False  # a fatal error: the report is final
        self.late = False  # something a record may refer to came after the records
        self.seen: set[str] = set()
        self.case_count = 0
        self.meeting_count = 0
        self._first = first

    def run(self, path: Path, total: int, progress: Callable[[int, int], None] | None) -> None:
        on_read = (lambda done: progress(done, total)) if progress is not None else None
        with path.open("rb") as fh:
            source = JsonSource(fh, on_read)
            try:
                for event, key, value in walk(source, _STREAMED):
                    repeated = source.take_repeated_keys()
                    if repeated and self.checking:
                        self._repeated_keys(event, key, value, repeated)
                    if event == "item":
                        self._item(key, value)
                    elif event == "value":
                        self._value(key, value)
                    elif event == "start":
                        self._start(key)
                    if self.stopped:
                        return
                    if self.checking and len(self.errors) >= MAX_ERRORS:
                        self._cap()
                        if self._first is not None:
                            break  # the first pass has collected everything already
            except StreamProblem as problem:
                self.errors = [("", problem.message)]
                self.stopped = True
                return
        self._missing_keys()
        if progress is not None:
            progress(total, total)

    def report(self) -> ValidationReport:
        return ValidationReport(self.errors, self.references, self.case_count, self.meeting_count)

    def _item(self, key: str, value: Any) -> None:
        if key == CASES:
            index = self.case_count
            self.case_count += 1
            if self.checking:
                rules.check_case(value, index, self.codes, self.refs, self.errors)
            elif type(value) is dict and type(value.get("ref")) is str:
                self.refs.cases.setdefault(value["ref"], index)
                if type(value.get("gebied")) is str:
                    self.refs.case_areas.setdefault(value["ref"], value["gebied"])
        else:
            index = self.meeting_count
            self.meeting_count += 1
            if self.checking:
                rules.check_meeting(value, index, self.codes, self.refs, self.errors)

    def _repeated_keys(
        self, event: str, key: str, value: Any, repeated: list[tuple[dict, list[str]]]
    ) -> None:
        """An object with a key twice: the decoder would keep only the last value, so it is refused."""
        index = self.case_count if key == CASES else self.meeting_count
        base = f"{key}[{index}]" if event == "item" else key
        for obj, keys in repeated:
            inner = path_to(value, obj)
            if inner is None:  # an object of an earlier, incomplete read of the same text
                continue
            names = ", ".join(quote(k) for k in keys)
            self.errors.append(
                (
                    base + inner,
                    f"het veld {names} komt meer dan één keer voor in dit object; houd er één over",
                )
            )

    def _start(self, key: str) -> None:
        self._first_time(key)
        if key == CASES and self.meeting_count:
            self.late = True

    def _value(self, key: str, value: Any) -> None:
        if key in rules.REFERENCE_KEYS:
            self._first_time(
                key
            )  # a repeated list is an error, but its codes still count: no knock-on errors
            self.late |= bool(self.case_count or self.meeting_count)
            items = rules.check_reference_list(key, value, self.errors if self.checking else [])
            getattr(self.references, key).extend(items)
            for item in items:
                self.codes.add(key, item)
        elif key == "formaat":
            if self._first_time(key) and self.checking:
                rules.check_format(value, self.errors)
        elif key == "versie":
            if not self._first_time(key):
                return
            problem = rules.version_problem(value)
            if problem is not None:
                message, fatal = problem
                if fatal:
                    self.errors = [("versie", message)]
                    self.stopped = True
                elif self.checking:
                    self.errors.append(("versie", message))
        elif key in _STREAMED:
            self._first_time(key)
            if self.checking:
                self.errors.append((key, f"moet een lijst zijn, maar is {describe(value)}"))

    def _first_time(self, key: str) -> bool:
        if key in self.seen:
            if self.checking:
                self.errors.append(
                    (key, f"'{key}' komt meer dan één keer voor in het bestand; houd er één over")
                )
            return False
        self.seen.add(key)
        return True

    def _cap(self) -> None:
        del self.errors[MAX_ERRORS:]
        self.errors.append(("", _TOO_MANY))
        self.checking = False

    def _missing_keys(self) -> None:
        seen = self._first.seen if self._first is not None else self.seen
        missing = [(key, REQUIRED) for key in ("formaat", "versie", CASES) if key not in seen]
        self.errors[:0] = missing
