"""Where a register is: a file, or a database on a PostgreSQL server (issue 12).

`--db` (and later the login screen) takes either a file path or an address
`postgresql://HOST:PORT/DBNAME?sslrootcert=…`. TLS with the server's certificate checked against
its name (`sslmode=verify-full`) is the default; anything weaker is accepted only for a server on
this computer (localhost, 127.0.0.1, ::1 or a Unix socket folder), with a warning. A password in
the address is refused: it would end up in the shell's history and the process list. The
password comes from CASUS_PASSWORD or the prompt, as for a file register.

Parsing only: no connection is made here, and no error repeats the address (it might hold a
password the user typed by mistake).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from casus_app.domain.errors import InvalidInput, Text

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
VERIFIED = "verify-full"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# libpq connection parameters an address may carry: TLS files and the connect timeout. Anything
# else (a password, a service file, options) is refused rather than passed on unseen.
ALLOWED_PARAMETERS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout", "host")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServerLocation:
    """A register on a PostgreSQL server. `host` is a name, an address or a Unix socket folder."""

    host: str
    port: int
    database: str
    user: str | None = None
    parameters: dict[str, str] = field(default_factory=dict)

    @property
    def sslmode(self) -> str:
        return self.parameters.get("sslmode", VERIFIED)

    @property
    def is_socket(self) -> bool:
        return self.host.startswith("/")

    @property
    def is_local(self) -> bool:
        return self.is_socket or self.host.lower() in LOCAL_HOSTS

    @property
    def warning(self) -> Text | None:
        """What to tell the user about a connection whose server is not verified (local only)."""
        if self.is_socket or self.sslmode == VERIFIED:
            return None
        return Text(
            "Let op: de verbinding met de server op deze computer is niet met een gecontroleerd "
            "TLS-certificaat beveiligd (sslmode={sslmode}). Gebruik dit alleen om te testen.",
            sslmode=self.sslmode,
        )

    def display(self) -> str:
        """The address without anything secret, for messages: `postgresql://host:port/db`."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        if self.is_socket:
            return f"postgresql:///{self.database}?host={self.host}"
        return f"postgresql://{host}:{self.port}/{self.database}"

    def libpq_parameters(self) -> dict[str, str]:
        """host, port, dbname and the TLS parameters for libpq (psycopg); no user, no password."""
        params = {k: v for k, v in self.parameters.items() if k != "host"}
        params["sslmode"] = self.sslmode
        return {"host": self.host, "port": str(self.port), "dbname": self.database, **params}


def is_server_address(text: str) -> bool:
    return text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse_location(text: str) -> Path | ServerLocation:
    """A file path as before, or a checked server address."""
    if not is_server_address(text):
        return Path(text)
    return parse_server_address(text)


def parse_server_address(text: str, *, default_database: str | None = None) -> ServerLocation:
    """A checked server address; without a database name, `default_database` (None: refused)."""
    try:
        parts = urlsplit(text)
        port_text = parts.port
    except ValueError as exc:
        raise InvalidInput(
            "Het serveradres is ongeldig. Gebruik de vorm postgresql://SERVER:POORT/DATABASE."
        ) from exc
    if parts.password is not None or ":" in parts.netloc.rpartition("@")[0]:
        raise InvalidInput(
            "Zet geen wachtwoord in het serveradres: het komt dan in de geschiedenis van de opdrachtregel "
            "en in de proceslijst. Casus vraagt het wachtwoord, of leest het uit CASUS_PASSWORD."
        )
    if parts.fragment:
        raise InvalidInput("Het serveradres is ongeldig. Gebruik de vorm postgresql://SERVER:POORT/DATABASE.")
    parameters: dict[str, str] = {}
    try:
        pairs = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError as exc:
        raise InvalidInput(
            "Het serveradres is ongeldig. Gebruik de vorm postgresql://SERVER:POORT/DATABASE."
        ) from exc
    for name, value in pairs:
        if name in ("password", "passfile"):
            raise InvalidInput(
                "Zet geen wachtwoord in het serveradres: het komt dan in de geschiedenis van de opdrachtregel "
                "en in de proceslijst. Casus vraagt het wachtwoord, of leest het uit CASUS_PASSWORD."
            )
        if name not in ALLOWED_PARAMETERS:
            raise InvalidInput(
                "Het serveradres bevat de onbekende parameter {name}. Toegestaan zijn: {allowed}.",
                name=name,
                allowed=", ".join(ALLOWED_PARAMETERS),
            )
        if name in parameters:
            raise InvalidInput("De parameter {name} staat twee keer in het serveradres.", name=name)
        parameters[name] = value
    host = parameters.get("host") or unquote(parts.hostname or "")
    if parts.hostname and "host" in parameters:
        raise InvalidInput(
            "Het serveradres noemt twee servers. Geef de server voor de / of als host=…, niet allebei."
        )
    if not host or "," in host:
        raise InvalidInput(
            "Het serveradres noemt geen server (of meer dan één). Gebruik de vorm postgresql://SERVER:POORT/DATABASE."
        )
    if not host.startswith("/") and "/" in host:
        raise InvalidInput("Het serveradres is ongeldig. Gebruik de vorm postgresql://SERVER:POORT/DATABASE.")
    database = unquote(parts.path.removeprefix("/")) or (default_database or "")
    if not database or "/" in database:
        raise InvalidInput(
            "Het serveradres noemt geen database. Gebruik de vorm postgresql://SERVER:POORT/DATABASE."
        )
    sslmode = parameters.get("sslmode", VERIFIED)
    if sslmode not in SSL_MODES:
        raise InvalidInput(
            "sslmode={sslmode} bestaat niet. Gebruik sslmode=verify-full (de standaard).", sslmode=sslmode
        )
    timeout = parameters.get("connect_timeout")
    if timeout is not None and not timeout.isdigit():
        raise InvalidInput("connect_timeout moet een aantal seconden zijn.")
    location = ServerLocation(
        host=host,
        port=port_text or DEFAULT_PORT,
        database=database,
        user=unquote(parts.username) if parts.username else None,
        parameters=parameters,
    )
    if sslmode != VERIFIED and not location.is_local:
        raise InvalidInput(
            "Een register op een andere computer vraagt een verbinding met een gecontroleerd "
            "TLS-certificaat (sslmode=verify-full). sslmode={sslmode} is alleen toegestaan voor een server "
            "op deze computer (localhost, 127.0.0.1 of een Unix-socket).",
            sslmode=sslmode,
        )
    return location
