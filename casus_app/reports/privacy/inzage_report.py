"""The inzage overview as PDF: what Casus holds about one person, in plain Dutch, for that person."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from casus_app.domain.periods import dutch_date
from casus_app.reports.pdf_style import date_time, short_date, text
from casus_app.reports.privacy.privacy_style import content_width, pdf_bytes, styles, table
from casus_app.services.privacy.inzage import InzageCase, InzageOverview

ROLE_WORDS = {
    "bewoner": "bewoner",
    "gezinslid": "gezinslid",
    "eigenaar": "eigenaar",
    "melder": "melder",
    "ouder": "ouder",
    "kind": "kind",
}


def render(overview: InzageOverview) -> bytes:
    """The overview as PDF (services.inzage.write_inzage_pdf logs and writes it)."""
    s = styles()
    width = content_width()
    story: list = [
        Paragraph("Uw gegevens in Casus", s["title"]),
        Paragraph(
            f"Overzicht voor {text(overview.name)}"
            + (f", geboren op {dutch_date(overview.birth_date)}" if overview.birth_date else ""),
            s["h3"],
        ),
        Paragraph(f"Gemaakt op {dutch_date(overview.made_on)} door {text(overview.made_by)}.", s["muted"]),
        Spacer(0, 4 * mm),
        Paragraph(
            "U heeft gevraagd welke gegevens over u zijn vastgelegd in Casus. Casus is het register dat "
            "de partners van Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord samen gebruiken om "
            "afspraken te maken over hulp en veiligheid in de wijk. In dit overzicht staat per casus "
            "welke gegevens over u zijn vastgelegd, welke organisaties erbij betrokken zijn, welke "
            "afspraken zijn gemaakt, en wie uw gegevens heeft bekeken of gewijzigd, en wanneer.",
            s["body"],
        ),
        Spacer(0, 2 * mm),
        Paragraph(
            "Gegevens over andere personen staan niet in dit overzicht. Waar hun naam in een notitie "
            f"voorkwam, staat nu {text('[andere persoon]')}. Zo beschermen we ook hun privacy "
            "(artikel 15, lid 4 van de AVG).",
            s["body"],
        ),
        Spacer(0, 2 * mm),
        Paragraph(_count_sentence(len(overview.cases)), s["body"]),
    ]
    if overview.cases:
        story.append(Paragraph("Casussen in dit overzicht", s["h2"]))
        story.append(
            table(
                ["Casus", "Soort", "Gebied", "Begonnen", "Afgesloten"],
                [
                    [c.ref, c.kind, c.area, short_date(c.start_date), short_date(c.end_date) or "loopt nog"]
                    for c in overview.cases
                ],
                [width * f for f in (0.2, 0.2, 0.25, 0.17, 0.18)],
            )
        )
    for case in overview.cases:
        story += _case_section(case, width)
    story += _events_section(overview, width)
    story += _rights_section()
    seq, row_hash = overview.audit_head
    footer = f"Inzageoverzicht Casus · {overview.made_on.strftime('%d-%m-%Y')} · auditlog t/m regel {seq} ({row_hash[:12]})"
    return pdf_bytes(story, title="Uw gegevens in Casus", footer=footer)


def _count_sentence(n: int) -> str:
    if n == 0:
        return "Er zijn in Casus geen gegevens over u gevonden."
    return "Uw gegevens staan in 1 casus." if n == 1 else f"Uw gegevens staan in {n} casussen."


def _case_section(case: InzageCase, width: float) -> list:
    s = styles()
    person = case.person
    about = [
        ("Naam", person.full_name),
        ("Geboortedatum", dutch_date(person.birth_date) if person.birth_date else "niet vastgelegd"),
        ("Uw rol in de casus", ROLE_WORDS.get(person.role, person.role)),
        ("Adres van de casus", case.address or "niet vastgelegd"),
        ("Gebied en buurt", ", ".join(p for p in (case.area, case.neighbourhood) if p)),
        ("Onderwerp", case.category),
        ("Begonnen op", dutch_date(case.start_date)),
        ("Afgesloten op", dutch_date(case.end_date) if case.end_date else "de casus loopt nog"),
    ]
    if case.closing_reason:
        about.append(("Reden van afsluiten", case.closing_reason))
    about += case.facts
    part: list = [
        CondPageBreak(60 * mm),
        Paragraph(f"Casus {text(case.ref)}", s["h2"]),
        Paragraph("Wat over u is vastgelegd", s["h3"]),
        table(["Gegeven", "Inhoud"], [list(row) for row in about], [width * 0.3, width * 0.7]),
    ]
    if case.others:
        other = "1 andere persoon" if case.others == 1 else f"{case.others} andere personen"
        part.append(
            Paragraph(f"In deze casus staan ook gegevens van {other}. Die zijn weggelaten.", s["muted"])
        )
    part.append(Paragraph("Organisaties die bij deze casus betrokken zijn", s["h3"]))
    part.append(
        table(["Organisatie", "Waarom"], [list(r) for r in case.organisations], [width * 0.35, width * 0.65])
        if case.organisations
        else Paragraph("Geen.", s["body"])
    )
    part.append(Paragraph("Afspraken", s["h3"]))
    part.append(
        table(
            ["Afspraak", "Wie", "Uiterlijk", "Stand"],
            [list(r) for r in case.actions],
            [width * 0.46, width * 0.2, width * 0.12, width * 0.22],
        )
        if case.actions
        else Paragraph("Er zijn geen afspraken gemaakt.", s["body"])
    )
    if case.discussions:
        part.append(Paragraph("Besprekingen in een overleg", s["h3"]))
        part.append(
            table(
                ["Datum", "Overleg", "Notitie"],
                [list(r) for r in case.discussions],
                [width * 0.14, width * 0.2, width * 0.66],
            )
        )
    if case.plan:
        part.append(
            KeepTogether(
                [
                    Paragraph("Doorbraakplan", s["h3"]),
                    table(["Onderdeel", "Inhoud"], [list(r) for r in case.plan], [width * 0.3, width * 0.7]),
                ]
            )
        )
    return part


def _events_section(overview: InzageOverview, width: float) -> list:
    s = styles()
    part: list = [
        CondPageBreak(50 * mm),
        Paragraph("Wie heeft uw gegevens bekeken of gewijzigd?", s["h2"]),
        Paragraph(
            "Casus houdt bij wie gegevens bekijkt of wijzigt. Hieronder staat per keer de organisatie en "
            "de rol van de medewerker. Wilt u weten welke medewerker het was, vraag dit dan na bij de "
            "functionaris gegevensbescherming van die organisatie.",
            s["body"],
        ),
        Spacer(0, 2 * mm),
    ]
    if not overview.events:
        part.append(Paragraph("Niemand heeft uw gegevens bekeken of gewijzigd.", s["body"]))
        return part
    rows = [[date_time(e.at), e.organisation, e.action, e.case_ref, e.reason or ""] for e in overview.events]
    part.append(
        table(
            ["Wanneer", "Wie", "Wat", "Casus", "Reden"],
            rows,
            [width * f for f in (0.15, 0.27, 0.22, 0.13, 0.23)],
        )
    )
    return part


def _rights_section() -> list:
    s = styles()
    return [
        CondPageBreak(40 * mm),
        Paragraph("Wat kunt u nu doen?", s["h2"]),
        Paragraph(
            "Klopt er iets niet, dan kunt u vragen om het te verbeteren (artikel 16 AVG). Staan er gegevens "
            "in die er niet (meer) in horen, dan kunt u vragen om ze te wissen (artikel 17 AVG). Stuur uw "
            "verzoek naar de organisatie die u dit overzicht gaf. U krijgt binnen een maand antwoord. "
            "Bent u het niet eens met hoe met uw gegevens is omgegaan, dan kunt u een klacht indienen bij "
            "de Autoriteit Persoonsgegevens.",
            s["body"],
        ),
    ]
