"""The command line: parses, calls the same services as the interface, prints in Dutch.

Exit status: 0 success, 1 a user error (message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casus_app import __version__
from casus_app.cli.console import admin_location, db_location, default_db_location, default_user
from casus_app.cli.dutch_argparse import DutchArgumentParser
from casus_app.domain.enums import Role
from casus_app.domain.errors import CasusError


def _common_options(default: object) -> DutchArgumentParser:
    # A parent only lends its options; the same class as the subparsers, as argparse's types ask.
    common = DutchArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument(
        "--db",
        type=db_location,
        default=default,
        help="het register: een bestand, of een server als postgresql://SERVER:POORT/DATABASE "
        "(standaard: CASUS_DB of de gegevensmap)",
    )
    common.add_argument(
        "--user", default=default, help="gebruikersnaam (standaard: CASUS_USER of uw inlognaam)"
    )
    common.add_argument(
        "--password-file", type=Path, default=default, help="lees het wachtwoord uit dit bestand"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    top_level = _common_options(default=None)
    # On a subcommand the same options must not reset what was given before the subcommand.
    common = _common_options(default=argparse.SUPPRESS)

    parser = DutchArgumentParser(
        prog="casus-app", description="Casus: casusregister voor Heerlen-Noord.", parents=[top_level]
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"casus-app {__version__}",
        help="toon het versienummer en stop",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    p = sub.add_parser("init", parents=[common], help="maak een nieuw versleuteld register")
    p.add_argument(
        "--admin-url",
        type=admin_location,
        default=None,
        metavar="postgresql://BEHEERDER@SERVER/",
        help="alleen voor een register op een server: de serverbeheerder die de database en de rollen "
        "aanmaakt (wachtwoord uit CASUS_ADMIN_PASSWORD of de terminal)",
    )
    p = sub.add_parser("import", parents=[common], help="lees een uitwisselbestand in (alles of niets)")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", parents=[common], help="exporteer het hele register (beheerder)")
    p.add_argument("file", type=Path)
    p = sub.add_parser(
        "export-counts", parents=[common], help="monitoringexport met geanonimiseerde aantallen"
    )
    p.add_argument(
        "--period",
        required=True,
        help="een kwartaal (2026Q3), halfjaar (2026H1), jaar (2026), datum tot datum "
        "(2021-05-01..2024-04-30) of sinds de start tot en met een datum (..2024-04-30)",
    )
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--min-count", type=int, default=None)
    p.add_argument(
        "--peiljaar",
        type=int,
        default=None,
        help="het jaar waartegen de effectreeksen worden vergeleken (2020)",
    )
    p = sub.add_parser(
        "effect-import",
        parents=[common],
        help="lees een effectreeks in: CSV met buurt;maand;aantal (alles of niets)",
    )
    p.add_argument(
        "--series", required=True, metavar="NAAM", help="de naam van de reeks, bijvoorbeeld politie-meldingen"
    )
    p.add_argument("file", type=Path)
    sub.add_parser("verify", parents=[common], help="controleer versleuteling, database en auditlog")
    p = sub.add_parser("backup", parents=[common], help="maak een versleutelde back-up")
    p.add_argument("--out", required=True, type=Path)
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="zet een back-up terug, na controle (beheerder van het huidige register, met het huidige wachtwoord)",
        description="Zet een back-up terug. De gegevens komen uit de back-up; de gebruikers, verwijderingen, "
        "wachtwoorden, instellingen en het auditlog van het huidige register blijven. Opent uw huidige "
        "wachtwoord de back-up niet, dan vraagt Casus het wachtwoord van toen of de herstelsleutel "
        "(of lees die uit CASUS_BACKUP_PASSWORD).",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--ander-register",
        action="store_true",
        help="zet ook een back-up van een ander register (ander register-id) terug; dat register vervangt dit "
        "register, met de gebruikers en wachtwoorden uit de back-up",
    )
    p.add_argument(
        "--ja",
        action="store_true",
        help="bevestig de gemelde verschillen (bijvoorbeeld gebruikers die niet behouden kunnen worden) zonder te vragen",
    )
    p = sub.add_parser("user", parents=[common], help="gebruikersbeheer")
    user_sub = p.add_subparsers(
        dest="user_command", metavar="OPDRACHT", required=True, parser_class=DutchArgumentParser
    )
    add = user_sub.add_parser("add", parents=[common], help="voeg een gebruiker toe (beheerder)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--gebied", action="append", default=[], metavar="CODE")
    add.add_argument("--organisatie", default=None, metavar="CODE")
    user_sub.add_parser(
        "passwd", parents=[common], help="wijzig uw eigen wachtwoord (nieuw: CASUS_NEW_PASSWORD)"
    )
    for verb, text in (
        ("deactivate", "zet een gebruiker op niet-actief (beheerder)"),
        ("remove", "verwijder een gebruiker en vernieuw de databasesleutel (beheerder)"),
        ("recover", "geef een beheerder een nieuw wachtwoord met de herstelsleutel"),
    ):
        user_sub.add_parser(verb, parents=[common], help=text).add_argument("name")
    sub.add_parser(
        "selftest", parents=[common], help="open het hoofdvenster zonder interactie (installatiecontrole)"
    )
    p = sub.add_parser(
        "purge", parents=[common], help="verwijder afgesloten casussen na hun bewaartermijn (beheerder)"
    )
    p.add_argument("--dry-run", action="store_true", help="toon alleen wat verwijderd zou worden")
    p = sub.add_parser("demo", parents=[common], help="maak een nieuw register met fictieve gegevens")
    p.add_argument("--cases", type=int, default=2000)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.user = args.user or default_user()
    try:
        args.db = args.db or default_db_location()
    except CasusError as exc:
        print(f"casus-app: {exc.message}", file=sys.stderr)
        return 1
    if not isinstance(args.db, Path) or getattr(args, "admin_url", None) is not None:
        return _on_server(args)
    if args.command is None:
        from casus_app.app import run_gui

        return run_gui(args.db)
    from casus_app.cli import commands

    try:
        return commands.run(args)
    except CasusError as exc:
        print(f"casus-app: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casus-app: afgebroken.", file=sys.stderr)
        return 1


def _on_server(args: argparse.Namespace) -> int:
    """A register on a PostgreSQL server: only `init` works yet (issue 12)."""
    from casus_app.cli import server_commands

    try:
        return server_commands.run(args)
    except CasusError as exc:
        print(f"casus-app: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casus-app: afgebroken.", file=sys.stderr)
        return 1
