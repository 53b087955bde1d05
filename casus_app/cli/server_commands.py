"""The command line for a register on a PostgreSQL server (issue 12). Only `init` works yet."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from casus_app.cli.console import read_password
from casus_app.domain.errors import InvalidInput
from casus_app.domain.register_location import ServerLocation

ADMIN_PASSWORD_ENV = "CASUS_ADMIN_PASSWORD"


def _warn(location: ServerLocation) -> None:
    if location.warning is not None:
        print(f"casus-app: {location.warning}", file=sys.stderr)


def _admin_password() -> str | None:
    """CASUS_ADMIN_PASSWORD, else asked on a terminal (empty: none, for peer or .pgpass sign-in)."""
    from_env = os.environ.get(ADMIN_PASSWORD_ENV)
    if from_env:
        return from_env
    if sys.stdin and sys.stdin.isatty():
        return (
            getpass.getpass("Wachtwoord van de serverbeheerder (leeg als de server het niet vraagt): ")
            or None
        )
    return None


def cmd_init(args: argparse.Namespace) -> int:
    location, admin = args.db, args.admin_url
    if not isinstance(location, ServerLocation):
        raise InvalidInput(
            "--admin-url hoort alleen bij een register op een server: geef met --db een adres "
            "postgresql://SERVER:POORT/DATABASE."
        )
    if admin is None:
        raise InvalidInput(
            "Een register op een server wordt ingericht door de serverbeheerder: geef ook "
            "--admin-url postgresql://BEHEERDER@SERVER:POORT/ (wachtwoord in CASUS_ADMIN_PASSWORD)."
        )
    if location.user is not None and location.user != args.user:
        raise InvalidInput(
            "Het adres noemt gebruiker {in_address}, maar u bent {user}. Laat de naam uit het adres weg en "
            "gebruik --user.",
            in_address=location.user,
            user=args.user,
        )
    _warn(location)
    _warn(admin)
    password = read_password(args.password_file, prompt="Nieuw wachtwoord: ", confirm=True)
    from casus_app.services.admin.server_register import create_server_register

    setup = create_server_register(location, args.user, password, admin, _admin_password())
    print(
        f"Register aangemaakt op {location.display()}"
        + (" (nieuwe database)" if setup.database_created else "")
    )
    print(f"Beheerder: {args.user} (een gebruiker op de server, met het gekozen wachtwoord)")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "init":
        return cmd_init(args)
    location = args.db
    raise InvalidInput(
        "Een register op een server ({server}) kan Casus nog niet openen: alleen 'casus-app init "
        "--admin-url …' werkt al. Gebruik voorlopig een registerbestand.",
        server=location.display() if isinstance(location, ServerLocation) else location,
    )
