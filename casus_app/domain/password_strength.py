"""Is a new password hard enough to guess? Judged by zxcvbn, not by length alone.

The key slots make every guess cost half a second of Argon2, but a register copied off a laptop
can be attacked for months: "wachtwoord1!" and "aaaaaaaaaa" are ten characters and fall in the
first thousand guesses. zxcvbn estimates the guesses an attacker with word lists and the usual
tricks (leet, years, repeats, keyboard walks) needs; its lists are English, so the Dutch words
people reach for in this programme are added. A phrase of a few unrelated words passes easily.
"""

from __future__ import annotations

from collections.abc import Iterable

from casus_app.domain.errors import Text, Texts

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's scale 0–4; 3 is at least 10^8 guesses
# zxcvbn only looks at the first 100 characters; a longer passphrase is judged on those.
_CHECKED_LENGTH = 100

DUTCH_WORDS = (
    "wachtwoord",
    "paswoord",
    "welkom",
    "geheim",
    "hallo",
    "casus",
    "casussen",
    "heerlen",
    "heerlen-noord",
    "hoensbroek",
    "vrieheide",
    "heerlerheide",
    "limburg",
    "sociaal",
    "veilig",
    "gemeente",
    "politie",
    "buurtteam",
    "doorbraak",
    "overleg",
    "maandag",
    "zondag",
    "januari",
    "december",
    "voorjaar",
    "zomer",
    "najaar",
    "herfst",
    "winter",
    "voetbal",
    "liefde",
    "schat",
)

HINTS = {
    "repeat": Text("herhaalde tekens of stukken"),
    "sequence": Text("een reeks zoals abcd of 1234"),
    "spatial": Text("een rij toetsen naast elkaar"),
    "date": Text("een datum"),
    "dictionary": Text("een bekend woord of een bekende naam"),
}


def weakness(password: str, personal: Iterable[str] = ()) -> Text | None:
    """Why `password` is too weak, in Dutch, or None when it is strong enough.

    `personal`: words an attacker knows about this user (the user name, the organisation).
    """
    if len(password) < MIN_LENGTH:
        return Text(
            "Het wachtwoord is te kort: kies er een van minstens {length} tekens "
            "(een zin van een paar woorden is sterk en goed te onthouden).",
            length=MIN_LENGTH,
        )
    from zxcvbn import zxcvbn  # loaded when a password is judged, not by every command that logs in

    words = [*(word.casefold() for word in personal if word), *DUTCH_WORDS]  # first: fewest guesses
    result = zxcvbn(password[:_CHECKED_LENGTH], user_inputs=words)
    if result["score"] >= MIN_SCORE:
        return None
    found = [HINTS[match["pattern"]] for match in result["sequence"] if match["pattern"] in HINTS]
    if not found:
        return Text(
            "Dit wachtwoord is te makkelijk te raden. Kies een zin van een paar woorden die niet bij "
            "elkaar horen, zoals 'fiets onder de appelboom'; die is sterk en goed te onthouden."
        )
    return Text(
        "Dit wachtwoord is te makkelijk te raden. Het bevat {hints}. Kies een zin van een paar woorden "
        "die niet bij elkaar horen, zoals 'fiets onder de appelboom'; die is sterk en goed te onthouden.",
        hints=Texts(dict.fromkeys(found), ", ", last=" en "),
    )
