"""The Dutch explanations that the XLSX Toelichting and the PDF report share, so both say the same."""

from __future__ import annotations

from collections.abc import Sequence

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, ProtectedTable
from casus_app.services.monitoring.counts import BY_NAME

TITLE = "Monitoring Sociaal Veilig en Doorbraakmethode Heerlen-Noord"
SUBTITLE = "Aantallen per gebied uit het casusregister Casus, zonder persoonsgegevens"


def suppression_rules(k: int) -> list[str]:
    """How the numbers are protected, in the order the export applies the rules."""
    return [
        f"Minimumaantal k = {k}. Kleine aantallen over een buurt kunnen een gezin herkenbaar maken; "
        "daarom gelden de volgende regels voor elk getal in deze export, ook voor totalen.",
        f"Primaire onderdrukking: elk aantal van 1 tot en met {k - 1} staat er als '{SUPPRESSED}' "
        "(geheim, zoals het CBS dat aangeeft). Een 0 wordt wel getoond; een 'x' is dus altijd "
        "minstens 1.",
        f"Aanvullende onderdrukking: waar een '{SUPPRESSED}' met de totalen terug te rekenen zou zijn, "
        "zijn ook andere getallen verborgen. Met alle getallen van deze export samen, de optellingen "
        "van elke tabel en de gedeelde rijtotalen van casussen_nieuw en casussen_nieuw_categorie is "
        "geen enkele 'x' tot één waarde terug te rekenen, en kan een klein aantal ook "
        f"{k} of meer zijn. Dit is exact gecontroleerd met lineaire programmering.",
        "Er is niet meer verborgen dan nodig: totalen van k of meer blijven zoveel mogelijk zichtbaar.",
        "Ook doorbraken_naar_type en doorbraken_naar_partner delen hun rijtotalen en zijn samen beschermd. "
        "Niet onderdrukt worden overleggen_gehouden, aanwezige_organisaties en aanwezige_professionals: "
        "die tellen het werk van het programma en zijn partners, geen bewoners. Van doorlooptijd_dagen "
        f"staat een mediaan er alleen voor een groep van minstens {k} casussen, anders '{SUPPRESSED}'.",
        "Dezelfde gegevens, periode en k geven altijd dezelfde uitkomst.",
        "De export bevat geen namen, adressen, postcodes, geboortedata, casusnummers of vrije tekst.",
    ]


def hidden_totals(tables: Sequence[ProtectedTable]) -> list[str]:
    """A sentence for each table whose grand total is `x`.

    The same sentence whether the total is small or hidden to protect one: saying which would
    tell the reader that the total is k or more.
    """
    return [
        f"{BY_NAME[table.indicator].title}: ook het totaal van Heerlen-Noord staat er als '{SUPPRESSED}'. Het "
        "is een klein aantal, of de kleine aantallen van deze tabel waren anders terug te rekenen en "
        "het verbergen van andere getallen was niet genoeg. Totalen worden alleen verborgen als niets "
        "anders beschermt."
        for table in tables
        if (TOTAL_ROW, TOTAL_COLUMN) in table.suppressed
    ]


def trend_rules() -> list[str]:
    return [
        "De trend toont per kwartaal het totaal over alle gebieden. Ook daar staat een aantal van 1 "
        f"tot en met k - 1 als '{SUPPRESSED}'. De trend is samen met de tabellen gecontroleerd: de "
        "kwartalen tellen op tot het totaal van een half jaar of jaar, en lopende casussen aan het eind "
        "van een kwartaal zijn die van het kwartaal ervoor plus de nieuwe min de afgesloten. Waar een "
        f"'{SUPPRESSED}' daarmee terug te rekenen zou zijn, is meer verborgen; een kwartaal met '–' "
        "wordt niet getoond.",
    ]
