"""The audit log's stored Dutch wording read back as templates and parameters, for the interface.

The log is a hash chain: what an entry says is part of its hash and never changes, so old
registers keep verifying. Its `details` and `reason` are Dutch sentences put together by the
services (audit_events.py, privacy/view_log.py). To show them in another language the audit-log
screen asks `parse`, which recognises the wording of the catalogue below and returns a `Text`:
the template with the parts that vary (casusnummers, counts, names) as parameters, themselves
recognised where they are sentences of their own. Wording it does not know comes back as it is.
The templates are marked for translation (scripts/translations.py, context CasusError); the
interface fills them in (ui/widgets/errors.py `text_of`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from casus_app.domain import labels
from casus_app.domain.enums import CaseKind, ContactKind, Escalation, PlanStatus, Role
from casus_app.domain.errors import Text, Texts, marked

# Most specific first: the first template that matches the whole text wins.
CATALOGUE: tuple[str, ...] = (
    # privacy/view_log.py: lists of references, "3 casussen: 2026-001, 2026-002 en nog 1"
    marked("{count} casus: {shown}"),
    marked("{count} casussen: {shown} en nog {rest}"),
    marked("{count} casussen: {shown}"),
    marked("{count} betrokkene: {shown}"),
    marked("{count} betrokkenen: {shown} en nog {rest}"),
    marked("{count} betrokkenen: {shown}"),
    marked("{count} huishouden: {shown}"),
    marked("{count} huishoudens: {shown} en nog {rest}"),
    marked("{count} huishoudens: {shown}"),
    marked("0 casussen"),
    marked("0 betrokkenen"),
    marked("0 huishoudens"),
    marked("casus geopend; {persons}"),
    marked("doorbraakplan geopend; {persons}"),
    marked("casuslijst, verder gescrold: {shown}"),
    marked("casuslijst; gezocht op {search} (zoektekst niet vastgelegd); {filter}; getoond: {shown}"),
    marked("casuslijst; {filter}; getoond: {shown}"),
    marked("filter: geen; {order}"),
    marked("filter: {parts}; {order}"),
    marked("alleen lopend"),
    marked("afspraak te laat"),
    marked("niet besproken in {weeks} weken"),
    marked("soort {kind:lower}"),
    marked("gebied {value}"),
    marked("categorie {value}"),
    marked("regie {value}"),
    marked("escalatie {level}"),
    marked("casusnummer"),
    marked("postcode"),
    marked("adres of nummer"),
    marked("naam of tekst"),
    marked("dubbele-casuscontrole op {probes}; gevonden: {shown}"),
    marked("adres"),
    marked("naam"),
    marked("Mijn gezinnen; {shown}"),
    marked("Mijn afspraken van {organisation}; {count} afspraak in {shown}"),
    marked("Mijn afspraken van {organisation}; {count} afspraken in {shown}"),
    marked("Mijn afspraken (eigen); {count} afspraak in {shown}"),
    marked("Mijn afspraken (eigen); {count} afspraken in {shown}"),
    marked("agenda; {shown}"),
    marked("verslag; {shown}"),
    marked("afsprakenlijst; {shown}"),
    marked("wachtend; {shown}"),
    marked("gezocht op naam en geboortedatum; {hits} treffer in {shown}"),
    marked("gezocht op naam en geboortedatum; {hits} treffers in {shown}"),
    # audit_events.py and the services' details
    marked("aangemeld"),
    marked("aangemaakt"),
    marked("afgesloten"),
    marked("heropend"),
    marked("toegevoegd"),
    marked("persoon vastgelegd"),
    marked("vergrendeld scherm"),
    marked("gewijzigd: {fields}"),
    marked("signaal toegevoegd: {fields}"),
    marked("toegevoegd als {role}"),
    marked("gezinscoach van {count} doorbraakplan(nen)"),
    marked("{cases} casussen, {meetings} overleggen"),
    marked("{errors} fouten"),
    marked("uitwisselbestand, {summary}"),
    marked("periode={period}; k={k}; formaat={format}"),
    marked("filter: geen"),
    marked("filter: {filters}"),
    marked("pdf; filter: geen"),
    marked("pdf; filter: {filters}"),
    marked("gewist op verzoek (AVG art. 17)"),
    marked("inzageoverzicht (AVG art. 15) gemaakt"),
    marked("herstelsleutel gebruikt; nieuw wachtwoord voor beheerder"),
    marked("verwijderd; databasesleutel vernieuwd"),
    marked("gedeactiveerd; sleutelplaats ingetrokken; databasesleutel vernieuwd"),
    marked("agenda aangevuld: {count} casussen"),
    marked("controle {document}: {hits} treffers in {count} casussen getoond"),
    marked("{document}: {kind} in {field} van casus {ref} bevestigd door de voorzitter"),
    marked("status lopend"),
    marked("status afgesloten"),
    marked("volgorde nieuwste"),
    marked("volgorde oudste"),
    marked("volgorde casusnummer"),
    marked("volgorde escalatie"),
    marked("deadline {old} → {new}"),
    marked("organisatie {old} → {new}"),
    marked("persoon gewist"),
    marked("persoon gewijzigd"),
    marked("resultaat vastgelegd"),
    marked("resultaat gewist"),
    marked("resultaat gewijzigd"),
    marked("sluimert niet meer"),
    marked("sluimert tot {until} ({days} dagen vóór de deadline)"),
    marked("weer open (was {was})"),
    marked("vervallen"),
    marked("afgerond"),
    marked("vervallen bij afsluiten"),
    marked("verslag"),
    marked("afsprakenlijst"),
    # the names of changed fields ("gewijzigd: samenvatting, risico")
    marked("soort"),
    marked("gebied"),
    marked("buurt"),
    marked("hoofdcategorie"),
    marked("categorieën"),
    marked("aangemeld door"),
    marked("regie"),
    marked("startdatum"),
    marked("samenvatting"),
    marked("risico"),
    marked("betrokkenen"),
    marked("escalatie"),
    marked("agendering"),
    marked("datum"),
    marked("tijd"),
    marked("plaats"),
    marked("voorzitter"),
    marked("notulist"),
    marked("aanwezigen"),
    marked("notitie"),
    marked("besluiten"),
    marked("besproken"),
    # the reason column
    marked("overleg {ref}"),
    # admin/reference_lists.py
    marked("naam gewijzigd"),
    marked("buiten gebruik gesteld"),
    marked("weer in gebruik genomen"),
    # meetings/overleg.py, agenda.py, waiting.py, attendance.py
    marked("geannuleerd"),
    marked("agenda: casus toegevoegd"),
    marked("agenda: volgorde gewijzigd"),
    marked("agenda: casus verwijderd"),
    marked("agenda: wachtende casus erbij genomen"),
    marked("agendagrootte: {size}"),
    marked("aanwezigen: {named} personen van {organisations} organisaties"),
    # auth and admin: users, profiles, life domains
    marked("wachtwoord gewijzigd"),
    marked("scherm ontgrendeld"),
    marked("geheractiveerd; nieuwe sleutelplaats"),
    marked("rol {role}; gebieden {codes}"),
    marked("geen"),
    marked("eigen telefoonnummer gewijzigd"),
    marked("eigen telefoonnummer verwijderd"),
    marked("telefoonnummer gewijzigd"),
    marked("telefoonnummer verwijderd"),
    marked("volgorde: plaats {count}"),
    # privacy/free_text.py: what the chair showed in presentation mode (ui: RevealButton, HiddenText)
    marked("presentatiemodus: {what} getoond ({count} casussen)"),
    marked("presentatiemodus: {what} getoond"),
    marked("mijn gezinnen"),
    marked("mijn afspraken"),
    marked("afspraken"),
    marked("open afspraken"),
    marked("notities en besluiten van besprekingen"),
    marked("tijdlijn"),
    marked("vorige keer"),
    # privacy/retention.py: a purge, with its number of cases per soort and why
    marked(
        "{cases} casussen ({per_kind}) met {people} betrokkenen, {actions} afspraken en {discussions} "
        "besprekingen verwijderd: {occasion}"
    ),
    marked("{casekind:lower} {count}"),
    marked("bewaartermijn verstreken"),
    marked("bewaartermijn verstreken, na het terugzetten van een back-up"),
    # backup/restore.py
    marked("back-up van {made_at} ({what}); {kept}; nieuwe databasesleutel"),
    marked(
        "back-up van {made_at} ({what}); {kept}; nieuwe databasesleutel; {differences} verschil(len) bevestigd"
    ),
    marked("van een ander register"),
    marked("tot auditregel {seq}"),
    marked("tot auditregel {seq}; sha256 {digest}"),
    marked("gebruikers van de back-up"),
    marked("gebruikers van vandaag behouden"),
    # plans/contacts.py: the contact log (the kind, never the note)
    marked("contact toegevoegd: {contact} op {day}"),
    marked("contact gewijzigd: {contact} op {day}; niets veranderd"),
    marked("contact gewijzigd: {contact} op {day}"),
    marked("contact verwijderd: {contact} op {day}"),
    # plans/plans.py and plans/items.py
    marked("status: {before} → {target}"),
    marked("meting {day}: {count} leefgebied(en)"),
    marked("score van {day} verwijderd"),
    marked("hulpverlener verwijderd"),
    marked("knelpunt verwijderd"),
    marked("doorbraak {ref} verwijderd"),
    marked("niets"),
    # storage/keys/unlock_checks.py and slot_records.py: the key file checked at unlock
    marked("sleutelbestand gecontroleerd: {findings}"),
    marked("inloggen geweigerd: sleutelplaats niet in het register vastgelegd; {findings}"),
    marked("sleutelbestand buiten Casus gewijzigd (het controlegetal klopte niet)"),
    marked("sleutelplaats van niet-actieve gebruiker '{who}' ingetrokken"),
    marked("sleutelplaats van '{who}' opnieuw vastgelegd (onderbroken wijziging)"),
    marked("onbekende sleutelplaats {slot} ({slotkind}) uit het sleutelbestand verwijderd"),
    marked("herstel"),
    marked("gebruiker"),
    marked("sleutelplaats van de herstelsleutel ontbreekt in het sleutelbestand"),
    marked("sleutelplaats van '{who}' ontbreekt in het sleutelbestand"),
    marked("databasesleutel vernieuwd: {reason}"),
    marked("sleuteltijdvak van sleutelbestand ({file_epoch}) en register ({epoch}) verschilden"),
    marked("sleutelplaats van een niet-actieve gebruiker gevonden"),
    marked("auditanker aangemaakt"),
    marked("kop van het auditlog hersteld na controle van de keten tegen het ondertekende controlepunt"),
    # storage/audit_anchor.py: what the checks of the anchor found ("auditlog: …", an alarm)
    marked("auditlog: {problems}"),
    marked("De publieke sleutel van het auditanker ontbreekt in het register."),
    marked(
        "Het auditanker in het register is vervangen: het past niet bij de ankersleutel in uw sleutelplaats."
    ),
    marked("Een sleutelplaats bevat een ander auditanker dan het register."),
    marked("Het controlepunt bij auditregel {seq} ({where}) is niet echt ondertekend."),
    marked("register"),
    marked("sleutelbestand"),
    marked("De herstelsleutel is vervangen sinds het ondertekende controlepunt bij auditregel {seq}."),
    marked("De kop van het auditlog ontbreekt in het sleutelbestand."),
    marked(
        "Het auditlog eindigt bij regel {last_seq}, maar de bewaarde kop staat op regel {seq}: er zijn regels "
        "verwijderd."
    ),
    marked("Auditregel {seq} past niet bij de bewaarde kop: de keten is herschreven."),
    marked("De kop van het auditlog is teruggezet van regel {checkpoint} naar regel {seq}."),
    marked("Het ondertekende controlepunt bij auditregel {seq} ontbreekt in het register."),
    marked("Er is geen ondertekend controlepunt van het auditlog (meer): ze zijn verwijderd."),
    marked(
        "Het auditlog eindigt bij regel {last_seq}, vóór het ondertekende controlepunt bij regel {seq}: er zijn "
        "regels verwijderd."
    ),
    marked("Auditregel {seq} past niet bij het ondertekende controlepunt: de keten is herschreven."),
    marked("buurten gewijzigd"),
    # monitoring/effects.py
    marked("{count} regels"),
)

# The changed fields of a doorbraakplan and its parts are logged by their column names
# ("gewijzigd: perspective, cost_years"): shown by these names.
FIELD_NAMES: dict[str, str] = {
    "drawn_up_on": marked("opgesteld op"),
    "family_coach": marked("gezinscoach"),
    "perspective": marked("perspectief"),
    "own_strength": marked("eigen kracht"),
    "next_step": marked("volgende stap"),
    "evaluation": marked("evaluatie"),
    "goal_reached": marked("doel bereikt"),
    "quality_improved": marked("kwaliteit van leven verbeterd"),
    "cost_years": marked("jaren in de kostenvergelijking"),
    "organisation_id": marked("organisatie"),
    "what": marked("wat zij doen"),
    "cost_per_year": marked("kosten per jaar"),
    "cost_after_per_year": marked("kosten per jaar na de doorbraak"),
    "life_domain_id": marked("leefgebied"),
    "description": marked("beschrijving"),
    "type_id": marked("soort doorbraak"),
    "partner_id": marked("partner"),
    "cost_eur": marked("eenmalige kosten"),
    "status": marked("stand"),
    "reached_on": marked("behaald op"),
    "legal_basis": marked("grondslag"),
    "decided_by": marked("besloten door"),
    "mandate_level": marked("mandaat"),
    "funding": marked("financiering"),
    "planned_on": marked("gepland op"),
    "payer_id": marked("betaler"),
}

_FIELD_NAMES_SHOWN = frozenset(FIELD_NAMES.values())

# Parameters that are codes: shown by their name (ui/widgets/labels.py).
_CODES: dict[str, type[StrEnum]] = {"role": Role, "kind": CaseKind, "level": Escalation}
# Parameters that are codes written by their (lowercase) Dutch name or code and nothing else: a
# template like "{casekind:lower} {count}" matches only these.
_STRICT_CODES: dict[str, type[StrEnum]] = {
    "casekind": CaseKind,
    "contact": ContactKind,
    "before": PlanStatus,
    "target": PlanStatus,
}
# Parameters that are lists ("soort doorbraak, alleen lopend"): split before anything else.
_LISTS = frozenset({"parts", "fields", "filters", "probes", "per_kind", "findings"})
# Parameters that are sentences one after the other ("Auditregel 4 … Het controlepunt …").
_SENTENCES = frozenset({"problems"})
# Parameters that are numbers, so that "{count} casussen: …" does not swallow a whole sentence.
_NUMBERS = frozenset(
    {
        "count",
        "rest",
        "hits",
        "weeks",
        "errors",
        "cases",
        "meetings",
        "k",
        "days",
        "people",
        "actions",
        "discussions",
        "differences",
        "seq",
        "last_seq",
        "checkpoint",
        "file_epoch",
        "epoch",
        "size",
        "named",
        "organisations",
    }
)
_MAX_DEPTH = 4


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in CATALOGUE:
        parts = re.split(r"\{(\w+)(?::\w+)?\}", template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_group(part)})" for i, part in enumerate(parts)
        )
        compiled.append((re.compile(regex, re.DOTALL), template))
    return tuple(compiled)


def _group(name: str) -> str:
    code = _STRICT_CODES.get(name)
    if code is not None:
        return "|".join(re.escape(word) for word in sorted(_code_words(code), key=len, reverse=True))
    return r"\d+" if name in _NUMBERS else ".+?"


def _code_words(code: type[StrEnum]) -> dict[str, StrEnum]:
    """A code's values and its Dutch names in lower case, each with the code."""
    words: dict[str, StrEnum] = {member.value: member for member in code}
    names = labels.NAMES_BY_ENUM.get(code, {})
    words.update({name.lower(): member for member, name in names.items()})
    return words


def parse(text: str | None) -> Text | None:
    """The stored wording as a template with its parameters; None when it is not in the catalogue
    (show it as stored)."""
    if not text:
        return None
    value = _parse(text, 0)
    return value if isinstance(value, Text) else None


def _parse(text: str, depth: int) -> object:
    if depth > _MAX_DEPTH:
        return text
    field = FIELD_NAMES.get(text)
    if field is not None:
        return Text(field)
    if text in _FIELD_NAMES_SHOWN:  # what presentation mode showed of a plan ("perspectief")
        return Text(text)
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match:
            params = {name: _param(name, value, depth) for name, value in match.groupdict().items()}
            return Text(template, **params)
    return text


def _param(name: str, value: str, depth: int) -> object:
    strict = _STRICT_CODES.get(name)
    if strict is not None:
        return _code_words(strict)[value]
    if name in _SENTENCES:
        sentences = [_parse(part, depth + 1) for part in re.split(r"(?<=\.) (?=[A-Z])", value)]
        return Texts(sentences, " ") if any(isinstance(item, Text) for item in sentences) else value
    code = _CODES.get(name)
    if code is not None:
        try:
            return code(value)
        except ValueError:
            return value
    parsed = _parse(value, depth + 1) if name not in _LISTS else value
    if isinstance(parsed, Text):
        return parsed
    for separator in ("; ", ", ", " en "):
        items: Sequence[str] = value.split(separator)
        if len(items) > 1:
            found = [_parse(item, depth + 1) for item in items]
            if any(isinstance(item, Text) for item in found):
                return Texts(found, separator)
    return _parse(value, depth + 1) if name in _LISTS else value
