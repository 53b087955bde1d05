"""Streaming reader of one large JSON object: top-level values whole, the big arrays item by item.

Why not ijson: an exchange file keeps its reference lists anywhere in the top-level object, and
ijson (C backend) reads one prefix per pass — about 0.8 s per 100 MB per prefix, seven prefixes in
all. Here the standard library's C scanner (`JSONDecoder.raw_decode`) decodes one item at a time
from a sliding text buffer, so a single pass sees every top-level key, in under a second per
100 MB, and syntax errors come with an exact line and column.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

CHUNK = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# A truncation shows as an error this close to the end of the text read so far (or as an
# unterminated string): read on and try again before calling the file broken.
_TAIL = 64

_DUTCH = (
    ("Expecting value", "hier wordt een waarde verwacht"),
    ("Expecting ',' delimiter", "hier wordt een komma verwacht"),
    ("Expecting ':' delimiter", "hier wordt een dubbele punt (:) verwacht"),
    ("Expecting property name", "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht"),
    ("Unterminated string", "een tekst wordt niet afgesloten met een aanhalingsteken"),
    ("Invalid control character", "een tekst bevat een ongeldig teken, zoals een regeleinde of tab"),
    ("Invalid \\uXXXX escape", "een tekst bevat een ongeldige \\u-code"),
    ("Invalid \\escape", "een tekst bevat een ongeldige backslash-code"),
)


class StreamProblem(Exception):
    """The file cannot be read as one JSON object; `message` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _NotJson(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotJson(name)


class _Objects:
    """Builds every JSON object as a dict and remembers those in which a key occurs more than once.

    The standard decoder silently keeps the last of two equal keys, so a case with two `achternaam`
    fields would be imported with one of them lost. The hook only collects; the reader turns each
    into an error with its place, after the item it belongs to is decoded.
    """

    def __init__(self) -> None:
        self.repeated: list[tuple[dict, list[str]]] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice: dict[str, None] = {}
            for key, _ in pairs:
                if key in seen:
                    twice[key] = None
                seen.add(key)
            self.repeated.append((obj, list(twice)))
        return obj


def _truncated(where: str) -> StreamProblem:
    return StreamProblem(
        f"Het bestand is onvolledig: het houdt midden in de gegevens op ({where}). "
        "Mogelijk is het niet helemaal gekopieerd of opgeslagen."
    )


class JsonSource:
    """Text of a UTF-8 file in a sliding buffer, with the position of every character kept as line and column."""

    def __init__(self, fh: BinaryIO, on_read: Callable[[int], None] | None = None) -> None:
        self._fh = fh
        self._objects = _Objects()
        self._decoder = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=self._objects)
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._on_read = on_read
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self._lines = 0  # newlines in the text already dropped from the buffer
        self._column = 0  # characters after the last of them

    def fill(self) -> bool:
        """Drop the consumed text and read more; False when the file was already read to its end."""
        if self.eof:
            return False
        dropped = self.pos
        newlines = self.buf.count("\n", 0, dropped)
        if newlines:
            self._lines += newlines
            self._column = dropped - self.buf.rfind("\n", 0, dropped) - 1
        else:
            self._column += dropped
        data = self._fh.read(max(CHUNK, 2 * (len(self.buf) - dropped)))
        start = self.bytes_read
        self.bytes_read += len(data)
        try:
            text = self._text.decode(data, final=not data)
        except UnicodeDecodeError as e:
            raise StreamProblem(
                f"Het bestand is geen geldige UTF-8-tekst (fout rond byte {start + max(e.start, 0) + 1}). "
                "Sla het op als UTF-8 en probeer het opnieuw."
            ) from None
        self.buf = self.buf[dropped:] + text
        self.pos = 0
        self.eof = not data
        if self._on_read is not None:
            self._on_read(self.bytes_read)
        return True

    def where(self, p: int) -> str:
        """'regel L, kolom K' of buffer position p."""
        line = self._lines + self.buf.count("\n", 0, p) + 1
        last = self.buf.rfind("\n", 0, p)
        column = p - last if last >= 0 else self._column + p + 1
        return f"regel {line}, kolom {column}"

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end of the file); `pos` points at it."""
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.fill():
                return ""

    def value(self) -> Any:
        """Decode the JSON value at `pos` (after `peek`)."""
        while True:
            try:
                obj, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                if not self.eof and (
                    e.pos >= len(self.buf) - _TAIL or e.msg.startswith("Unterminated string")
                ):
                    self.fill()
                    continue
                raise self._syntax(e.msg, e.pos) from None
            except RecursionError:
                raise StreamProblem(
                    "Het bestand kan niet worden gelezen: de gegevens zijn te diep in elkaar genest "
                    f"(in de waarde die begint op {self.where(self.pos)})."
                ) from None
            except _NotJson as e:
                raise StreamProblem(
                    f"Het bestand is geen geldige JSON: {e.args[0]} is geen toegestane waarde "
                    f"(in de waarde die begint op {self.where(self.pos)})."
                ) from None
            except ValueError:
                # The only other ValueError of the decoder: an integer of more than 4,300 digits
                # (Python's guard against quadratic int parsing). No field of the format needs one.
                raise StreamProblem(
                    "Het bestand bevat een getal dat te lang is (meer dan 4300 cijfers) "
                    f"in de waarde die begint op {self.where(self.pos)}. Controleer die waarde."
                ) from None
            if end >= len(self.buf) and not self.eof:
                # a number may go on in the text not yet read
                self.fill()
                continue
            self.pos = end
            return obj

    def take_repeated_keys(self) -> list[tuple[dict, list[str]]]:
        """The objects decoded since the last call in which a key occurs twice, with those keys."""
        found, self._objects.repeated = self._objects.repeated, []
        return found

    def expected(self, what: str) -> StreamProblem:
        if self.peek() == "":
            return _truncated(self.where(self.pos))
        return StreamProblem(
            f"Het bestand is geen geldige JSON: hier wordt {what} verwacht ({self.where(self.pos)})."
        )

    def _syntax(self, msg: str, p: int) -> StreamProblem:
        rest = self.buf[p:].strip()
        if self.eof and (
            not rest
            or msg.startswith("Unterminated string")
            or "true".startswith(rest)
            or "false".startswith(rest)
            or "null".startswith(rest)
        ):
            return _truncated(self.where(p))
        text = next((dutch for english, dutch in _DUTCH if msg.startswith(english)), "onverwacht teken")
        return StreamProblem(f"Het bestand is geen geldige JSON: {text} ({self.where(p)}).")


def walk(source: JsonSource, streamed: frozenset[str]) -> Iterator[tuple[str, str, Any]]:
    """The top-level object as events, in file order:
    ("value", key, value) for a key's whole value; for a key in `streamed` whose value is an array
    ("start", key, None), then ("item", key, item) per item, then ("end", key, None)."""
    c = source.peek()
    if c == "":
        raise StreamProblem("Het bestand is leeg.")
    if c != "{":
        if c in '["-0123456789tfn':
            raise StreamProblem(
                "Het bestand bevat geen JSON-object; verwacht wordt een object met 'formaat', 'versie' en 'casussen'."
            )
        raise StreamProblem(
            f"Het bestand is geen JSON-bestand: het begint niet met '{{' ({source.where(source.pos)})."
        )
    source.pos += 1
    c = source.peek()
    if c == "}":
        source.pos += 1
    else:
        while True:
            if c != '"':
                raise source.expected("een veldnaam tussen dubbele aanhalingstekens")
            key = source.value()
            if source.peek() != ":":
                raise source.expected("een dubbele punt (:)")
            source.pos += 1
            c = source.peek()
            if c == "":
                raise source.expected("een waarde")
            if c == "[" and key in streamed:
                source.pos += 1
                yield "start", key, None
                yield from _items(source, key)
                yield "end", key, None
            else:
                yield "value", key, source.value()
            c = source.peek()
            if c == "}":
                source.pos += 1
                break
            if c != ",":
                raise source.expected("een komma of '}'")
            source.pos += 1
            c = source.peek()
    if source.peek() != "":
        raise StreamProblem(
            f"Het bestand is geen geldige JSON: na het einde van de gegevens staat nog tekst ({source.where(source.pos)})."
        )


def path_to(value: Any, target: dict) -> str | None:
    """The place of `target` (found by identity) inside `value`, as `.key[2].other`; "" for `value` itself.

    Iterative: a file may nest as deep as the decoder allows, deeper than Python's own recursion.
    """
    stack: list[tuple[Any, tuple]] = [(value, ())]
    while stack:
        node, steps = stack.pop()
        if node is target:
            return "".join(_step(step) for step in steps)
        children = node.items() if type(node) is dict else enumerate(node) if type(node) is list else ()
        stack.extend((child, (*steps, key)) for key, child in children if type(child) in (dict, list))
    return None


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _step(key: int | str) -> str:
    if type(key) is int:
        return f"[{key}]"
    if _PLAIN_KEY.fullmatch(key):  # type: ignore[arg-type]
        return f".{key}"
    # A key of the file's own making: shown escaped, so no control or direction character reaches a terminal.
    return f"[{json.dumps(key)}]"


def _items(source: JsonSource, key: str) -> Iterator[tuple[str, str, Any]]:
    c = source.peek()
    if c == "]":
        source.pos += 1
        return
    while True:
        if c == "":
            raise source.expected("een waarde")
        yield "item", key, source.value()
        c = source.peek()
        if c == "]":
            source.pos += 1
            return
        if c != ",":
            raise source.expected("een komma of ']'")
        source.pos += 1
        c = source.peek()
