"""Small exchange files for the privacy tests: cases with people whose names occur nowhere else."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

REFERENCE = json.loads(
    (Path(__file__).resolve().parents[2] / "fixtures" / "voorbeeld.json").read_text(encoding="utf-8")
)
CATEGORY = {"casuistiek": "woonoverlast", "leefbaarheid": "zwerfafval", "doorbraak": "multiprobleem"}


def person(
    ref: str, first: str, last: str, born: str | None, role: str = "bewoner", infix: str | None = None
) -> dict:
    item = {"ref": ref, "voornaam": first, "achternaam": last, "rol": role}
    if infix:
        item["tussenvoegsel"] = infix
    if born:
        item["geboortedatum"] = born
    return item


def case(
    ref: str,
    kind: str = "casuistiek",
    *,
    start: str,
    end: str | None = None,
    persons: list[dict] = (),
    summary: str | None = None,
    street: str | None = None,
    actions: list[dict] = (),
    plan: dict | None = None,
    area: str = "HSB",
) -> dict:
    item = {
        "ref": ref,
        "soort": kind,
        "gebied": area,
        "hoofdcategorie": CATEGORY[kind],
        "aangemeld_door": "WONING",
        "regie": "BUURTTEAM",
        "startdatum": start,
        "einddatum": end,
        "afsluitreden": "doel_bereikt" if end else None,
        "betrokkenen": list(persons),
        "afspraken": list(actions),
    }
    if summary:
        item["samenvatting"] = summary
    if street:
        item["adres"] = {"straat": street, "huisnummer": "7", "postcode": "6431 AB", "plaats": "Hoensbroek"}
    if plan:
        item["doorbraakplan"] = plan
    return item


def action(
    ref: str, text: str, agreed: str, deadline: str, done: str | None = None, owner: str = "WONING"
) -> dict:
    return {
        "ref": ref,
        "omschrijving": text,
        "eigenaar": owner,
        "afgesproken_op": agreed,
        "deadline": deadline,
        "afgerond_op": done,
        "vervallen_op": None,
    }


def meeting(ref: str, date: str, discussed: list[tuple[str, str]], area: str = "HSB") -> dict:
    return {
        "ref": ref,
        "soort": "casuistiekoverleg",
        "gebied": area,
        "datum": date,
        "aanwezig": ["POLITIE", "WONING", "BUURTTEAM", "GGD"],
        "besproken": [{"casus": c, "notitie": note} for c, note in discussed],
    }


def write_exchange(path: Path, cases: list[dict], meetings: list[dict] = ()) -> Path:
    data = {
        key: REFERENCE[key]
        for key in (
            "formaat",
            "versie",
            "gebieden",
            "organisaties",
            "categorieen",
            "afsluitredenen",
            "doorbraaktypen",
        )
    }
    data["casussen"] = cases
    data["overleggen"] = list(meetings)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- reading an encrypted register page by page, as an attacker holding the key would -------------

PAGE, RESERVE, SALT = 4096, 80, 16  # SQLCipher 4 defaults: IV 16 + HMAC-SHA512 64 bytes per page


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[SALT if first else 0 : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_database(path: Path, key: bytes) -> bytes:
    """Every page of the file, free pages included, decrypted with the raw key."""
    data = path.read_bytes()
    return b"".join(_decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data), PAGE))


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame of the write-ahead log (32-byte header, then 24-byte frame header + page)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return b""
    data = wal.read_bytes()
    pages = []
    for offset in range(32, len(data) - PAGE + 1, 24 + PAGE):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        pages.append(_decrypt_page(data[offset + 24 : offset + 24 + PAGE], key, page_number == 1))
    return b"".join(pages)


def traces(plain: bytes, words: list[str]) -> list[str]:
    """Which words occur in `plain` as typed, in lower case (search-index terms) or as UTF-16."""
    lower = plain.lower()
    return [
        w
        for w in words
        if w.encode() in plain or w.lower().encode() in lower or w.encode("utf-16-le") in plain
    ]
