"""What every CLI command needs: where the register is, who is acting, and their password."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from casus_app.domain.errors import InvalidInput
from casus_app.domain.register_location import ServerLocation, is_server_address, parse_server_address


def default_db_path() -> Path:
    from_env = os.environ.get("CASUS_DB")
    if from_env:
        return Path(from_env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casus", "Heerlen-Noord")) / "casus.db"


def db_location(text: str) -> Path | ServerLocation:
    """`--db`: a file path as ever, or a server address checked now (an error never repeats it)."""
    if not is_server_address(text):
        return Path(text)
    try:
        return parse_server_address(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def admin_location(text: str) -> ServerLocation:
    """`--admin-url`: the server administrator's address; without a database, `postgres`."""
    if not is_server_address(text):
        raise argparse.ArgumentTypeError("geef een serveradres: postgresql://BEHEERDER@SERVER:POORT/")
    try:
        return parse_server_address(text, default_database="postgres")
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def default_db_location() -> Path | ServerLocation:
    """CASUS_DB (a file or a server address), else the file in the data folder."""
    from_env = os.environ.get("CASUS_DB")
    if from_env and is_server_address(from_env):
        return parse_server_address(from_env)
    return default_db_path()


def default_user() -> str:
    return os.environ.get("CASUS_USER") or getpass.getuser()


def read_password(
    password_file: Path | None,
    *,
    prompt: str = "Wachtwoord: ",
    confirm: bool = False,
    env: str = "CASUS_PASSWORD",
) -> str:
    """From --password-file, the environment, or the terminal; never from the command line."""
    if password_file is not None:
        try:
            text = Path(password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(
                "Het wachtwoordbestand {password_file} kan niet worden gelezen.", password_file=password_file
            ) from exc
        return text.rstrip("\r\n")
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(
            "Geen wachtwoord: typ het op een terminal, of geef het via de omgevingsvariabele {env} of "
            "met --password-file BESTAND.",
            env=env,
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise InvalidInput("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.")
    return first


class ConsoleProgress:
    """A one-line percentage on stderr, only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.last = -1
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if self.enabled and percent != self.last:
            self.last = percent
            print(f"\r{self.label}: {percent}%", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.enabled and self.last >= 0:
            print(file=sys.stderr)
