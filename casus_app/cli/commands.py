"""One function per CLI command; each opens the register, calls a service and prints the outcome."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from casus_app.cli.console import ConsoleProgress, read_password
from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import CasusError, InvalidInput
from casus_app.services.auth import login
from casus_app.services.workspace import Workspace

MUST_CHANGE_MESSAGE = (
    "De beheerder heeft uw wachtwoord opnieuw ingesteld. Kies eerst een eigen wachtwoord: "
    "'casus-app user passwd' (het nieuwe in CASUS_NEW_PASSWORD of op de terminal), of meld u aan in "
    "het venster."
)


def _login(args: argparse.Namespace, *, changing_own_password: bool = False):
    password = read_password(args.password_file)
    ws = login.login(args.db, args.user, password)
    if ws.actor.must_change_password and not changing_own_password:
        ws.close()
        raise InvalidInput(MUST_CHANGE_MESSAGE)
    return ws


def cmd_init(args: argparse.Namespace) -> int:
    password = read_password(args.password_file, prompt="Nieuw wachtwoord: ", confirm=True)
    ws, recovery_key = login.create_register(args.db, args.user, password)
    ws.close()
    print(f"Register aangemaakt: {args.db}")
    print(f"Beheerder: {args.user}")
    print("Herstelsleutel (wordt maar één keer getoond; schrijf hem op en bewaar hem veilig):")
    print(f"  {recovery_key}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from casus_app.services.exchange.importer import import_file

    if not args.file.is_file():
        raise InvalidInput("Het bestand {file} bestaat niet.", file=args.file)
    ws = _login(args)
    progress = ConsoleProgress("Inlezen")
    try:
        counts = import_file(ws, args.file, progress)
    finally:
        progress.finish()
        ws.close()
    print(f"Ingelezen: {counts['casussen']} casussen en {counts['overleggen']} overleggen.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from casus_app.services.exchange.export import export_register

    ws = _login(args)
    try:
        summary = export_register(ws, args.file, ConsoleProgress("Exporteren"))
    finally:
        ws.close()
    print(
        f"Geëxporteerd: {summary.text} naar {args.file}. Dit bestand bevat persoonsgegevens: bewaar het veilig."
    )
    return 0


def cmd_export_counts(args: argparse.Namespace) -> int:
    from casus_app.reports.monitoring.formats import renderer_for
    from casus_app.services.monitoring.effects import DEFAULT_BASE_YEAR
    from casus_app.services.monitoring.export import export_counts

    render = renderer_for(args.format)  # services do not import reports: the front end hands it over
    base_year = DEFAULT_BASE_YEAR if args.peiljaar is None else args.peiljaar
    ws = _login(args)
    try:
        _say_joint_protection(ws, args.period)
        export_counts(
            ws,
            args.period,
            args.format,
            args.out,
            render=render,
            min_count=args.min_count,
            base_year=base_year,
        )
    finally:
        ws.close()
    print(f"Monitoringexport geschreven naar {args.out}.")
    return 0


def _say_joint_protection(ws: Workspace, period_text: str) -> None:
    """Say beforehand why a first export of an overlapping period can take minutes."""
    from casus_app.domain.periods import Period
    from casus_app.services.monitoring.releases import earlier_related

    try:
        period = Period.parse(period_text)
    except CasusError:
        return  # export_counts refuses it with its own message
    earlier = earlier_related(ws, period)
    if earlier and sys.stderr.isatty():
        print(
            f"De cijfers worden samen met {len(earlier)} eerder uitgebrachte export(s) beveiligd "
            f"({', '.join(earlier)}); dat kan enkele minuten duren.",
            file=sys.stderr,
            flush=True,
        )


def cmd_effect_import(args: argparse.Namespace) -> int:
    from casus_app.services.monitoring.effects import import_series

    if not args.file.is_file():
        raise InvalidInput("Het bestand {file} bestaat niet.", file=args.file)
    ws = _login(args)
    try:
        result = import_series(ws, args.series, args.file)
    finally:
        ws.close()
    print(
        f"Effectreeks '{result.series}' ingelezen: {result.rows} regels, {result.buurten} buurten, "
        f"{result.months} maanden."
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from casus_app.services.admin.verify import verify

    ws = _login(args)
    try:
        report = verify(ws)
    finally:
        ws.close()
    for what, ok, detail in report.checks:
        print(f"[{'in orde' if ok else 'FOUT'}] {what}: {detail}")
    if not report.ok:
        raise CasusError("De controle heeft problemen gevonden (zie hierboven).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from casus_app.services.backup.create import backup

    ws = _login(args)
    try:
        out = backup(ws, args.out)
    finally:
        ws.close()
    print(f"Versleutelde back-up geschreven naar {out}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casus_app.services.backup.create import restore

    password = read_password(args.password_file)

    def backup_secret() -> str | None:
        return read_password(
            None,
            prompt="Wachtwoord van toen of herstelsleutel voor de back-up: ",
            env="CASUS_BACKUP_PASSWORD",
        )

    result = restore(
        args.file,
        args.db,
        args.user,
        password,
        backup_secret=backup_secret,
        other_register=args.ander_register,
        confirm=args.ja or _ask_confirmation,
    )
    print(f"Back-up van {result.made_at} gecontroleerd en teruggezet in {args.db}.")
    if result.kept_as:
        print(f"Het vorige register staat ernaast als {result.kept_as}.")
    if result.purged_cases:
        print(f"{result.purged_cases} casussen over de bewaartermijn zijn meteen verwijderd.")
    return 0


def _ask_confirmation(differences: list[str]) -> bool:
    """Only on a terminal; a script must say --ja (the service then says what it would not keep)."""
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return False
    print("Let op bij het terugzetten:")
    for line in differences:
        print(f"- {line}")
    return input("Toch terugzetten? [j/N] ").strip().casefold() in ("j", "ja")


def cmd_user(args: argparse.Namespace) -> int:
    from casus_app.services.admin import user_admin, users

    if args.user_command == "recover":
        # No password can open the register here: the recovery key does.
        key = read_password(None, prompt="Herstelsleutel: ", env="CASUS_RECOVERY_KEY")
        new_password = _new_password(args.name)
        user_admin.recover_with_key(args.db, key, args.name, new_password)
        print(f"Beheerder {args.name} heeft een nieuw wachtwoord. Bewaar de herstelsleutel weer veilig.")
        return 0
    ws = _login(args, changing_own_password=args.user_command == "passwd")
    try:
        if args.user_command == "add":
            users.add_user(
                ws,
                args.name,
                _new_password(args.name),
                Role(args.role),
                areas=args.gebied,
                organisation=args.organisatie,
            )
            print(f"Gebruiker {args.name} toegevoegd als {args.role}.")
        elif args.user_command == "passwd":
            old = read_password(args.password_file)
            users.change_password(ws, old, _new_password(args.user))
            print("Uw wachtwoord is gewijzigd.")
        elif args.user_command == "deactivate":
            user_admin.deactivate(ws, args.name)
            print(f"Gebruiker {args.name} kan niet meer inloggen.")
        elif args.user_command == "remove":
            user_admin.remove(ws, args.name)
            print(f"Gebruiker {args.name} verwijderd; de databasesleutel is vernieuwd.")
    finally:
        ws.close()
    return 0


def _new_password(name: str) -> str:
    return read_password(
        None, prompt=f"Nieuw wachtwoord voor {name}: ", confirm=True, env="CASUS_NEW_PASSWORD"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from casus_app.services.demo.demo import create_demo_register

    if args.cases < 0 or args.cases > 1_000_000:
        raise InvalidInput("Geef met --cases een aantal tussen 0 en 1.000.000.")
    password = read_password(args.password_file, prompt="Nieuw wachtwoord: ", confirm=True)
    progress = ConsoleProgress("Demoregister vullen")
    try:
        ws, recovery_key = create_demo_register(Path(args.db), args.user, password, args.cases, progress)
    finally:
        progress.finish()
    ws.close()
    print(f"Demoregister met {args.cases} fictieve casussen aangemaakt: {args.db}")
    print(
        f"Beheerder: {args.user}; demogebruikers professional, wijkagent, coordinator en gezinscoach "
        "hebben hetzelfde wachtwoord."
    )
    print(f"Herstelsleutel (één keer getoond): {recovery_key}")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from casus_app.app import window_selftest

    rows = window_selftest(args.db, args.user, read_password(args.password_file))
    print(f"Hoofdvenster geopend: {rows} casussen zichtbaar in de lijst.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    import sys

    from casus_app.services.privacy import retention

    ws = _login(args)
    try:
        periods = retention.retention_periods(ws)
        if all(months is None for months in periods.values()):
            raise CasusError(
                "Er is nog geen bewaartermijn ingesteld, dus Casus verwijdert niets. Stel de termijnen uit het "
                "convenant in via Beheer › Bewaartermijnen."
            )
        for reminder in retention.retention_reminders(ws):
            if reminder.code == "not_set":
                print(f"casus-app: let op: {reminder.message}", file=sys.stderr)
        result = retention.purge(ws, dry_run=args.dry_run)
    finally:
        ws.close()
    terms = ", ".join(
        f"{retention.KIND_NAMES[kind]} " + (f"{months} maanden" if months else "niet ingesteld")
        for kind, months in periods.items()
    )
    print(f"Bewaartermijnen: {terms}.")
    if args.dry_run:
        print(f"Over de bewaartermijn: {len(result.candidates)} casussen.")
        for c in result.candidates:
            print(
                f"  {c.ref}  {retention.KIND_NAMES[CaseKind(c.kind)]}  {c.area_name}  afgesloten {c.end_date:%d-%m-%Y}  "
                f"termijn verstreken op {c.due_on:%d-%m-%Y}  {c.persons} betrokkene(n)"
            )
        print("Proefdraai: er is niets verwijderd.")
    elif result.cases:
        print(
            f"Verwijderd: {result.cases} casussen met {result.persons} betrokkenen, {result.actions} afspraken "
            f"en {result.discussions} besprekingen. Het auditlog vermeldt alleen de aantallen."
        )
        print("De monitoringcijfers blijven gelijk: alleen anonieme telgegevens zijn bewaard.")
    else:
        print("Er zijn geen casussen over de bewaartermijn; er is niets verwijderd.")
    return 0


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "export-counts": cmd_export_counts,
    "effect-import": cmd_effect_import,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "user": cmd_user,
    "demo": cmd_demo,
    "selftest": cmd_selftest,
    "purge": cmd_purge,
}


def run(args: argparse.Namespace) -> int:
    os.umask(0o077)  # every file Casus writes is for this user only
    return COMMANDS[args.command](args)
