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

from casus_app.domain.enums import CaseKind, Escalation, Role
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
    marked("buurten gewijzigd"),
    # monitoring/effects.py
    marked("{count} regels"),
)

# Parameters that are codes: shown by their name (ui/widgets/labels.py).
_CODES: dict[str, type[StrEnum]] = {"role": Role, "kind": CaseKind, "level": Escalation}
# Parameters that are lists ("soort doorbraak, alleen lopend"): split before anything else.
_LISTS = frozenset({"parts", "fields", "filters", "probes"})
# Parameters that are numbers, so that "{count} casussen: …" does not swallow a whole sentence.
_NUMBERS = frozenset({"count", "rest", "hits", "weeks", "errors", "cases", "meetings", "k", "days"})
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
    return r"\d+" if name in _NUMBERS else ".+?"


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
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match:
            params = {name: _param(name, value, depth) for name, value in match.groupdict().items()}
            return Text(template, **params)
    return text


def _param(name: str, value: str, depth: int) -> object:
    code = _CODES.get(name)
    if code is not None:
        try:
            return code(value)
        except ValueError:
            return value
    parsed = _parse(value, depth + 1) if name not in _LISTS else value
    if isinstance(parsed, Text):
        return parsed
    for separator in (", ", " en "):
        items: Sequence[str] = value.split(separator)
        if len(items) > 1:
            found = [_parse(item, depth + 1) for item in items]
            if any(isinstance(item, Text) for item in found):
                return Texts(found, separator)
    return _parse(value, depth + 1) if name in _LISTS else value
