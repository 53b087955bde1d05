"""The besluitnotitie: what the decision-maker needs to decide on a doorbraak.

The doorbraak, its legal basis, who decides at which mandate level, its one-off cost and funding,
and doormodderen against doorbreken with the assumptions beside the figures. It names the
household by case number and gebied only: the decision does not need their names.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from casus_app.domain import clock
from casus_app.domain.enums import BreakthroughStatus, MandateLevel
from casus_app.domain.labels import BREAKTHROUGH_STATUS_NAMES, MANDATE_NAMES
from casus_app.domain.periods import dutch_date
from casus_app.domain.plan_rules import SCALE_TEXT, euro, status_text
from casus_app.reports.pdf_style import text
from casus_app.reports.plans import plan_style
from casus_app.reports.plans.plan_style import CONTENT_WIDTH, table
from casus_app.services.plans.plans import BreakthroughView, PlanDetail

NOT_FILLED = "(niet ingevuld)"


def render(plan: PlanDetail, *, today: dt.date | None = None) -> bytes:
    """The besluitnotitie as PDF (services.documents.write_decision_note logs and writes it)."""
    today = today or clock.today()
    s = plan_style.styles()
    story: list[Flowable] = [
        Paragraph("Besluitnotitie doorbraak", s["title"]),
        Paragraph(text(f"Huishouden {plan.case_ref}, gebied {plan.area_name}"), s["subtitle"]),
        table(
            None,
            [
                ["Datum", dutch_date(today)],
                ["Gezinscoach", plan.family_coach or NOT_FILLED],
                ["Plan opgesteld op", dutch_date(plan.drawn_up_on)],
                ["Stand van het plan", status_text(plan.status)],
            ],
            [45 * mm, CONTENT_WIDTH - 45 * mm],
            style=s,
            bold_first_column=True,
        ),
    ]

    c = plan.costs
    story.append(
        Paragraph(
            text(
                f"In het kort. Doormodderen: {c.current_text}. Doorbreken: {c.after_text}, plus {c.one_off_text}. "
                f"Besparing: {c.saving_text}. Terugverdientijd: {c.payback_text}."
            ),
            s["quote"],
        )
    )

    proposed = [b for b in plan.breakthroughs if b.status != BreakthroughStatus.NOT_FEASIBLE]
    story.append(Paragraph("1. Gevraagd besluit", s["h2"]))
    if not proposed:
        story.append(Paragraph("Er is nog geen doorbraak vastgelegd.", s["body"]))
    for b in proposed:
        story.append(KeepTogether(_breakthrough(b, s)))
    dropped = [b for b in plan.breakthroughs if b.status == BreakthroughStatus.NOT_FEASIBLE]
    if dropped:
        story.append(
            Paragraph(
                "Niet haalbaar gebleken: " + text("; ".join(b.description for b in dropped)), s["muted"]
            )
        )

    story.append(Paragraph("2. Waarom deze doorbraak", s["h2"]))
    story.append(Paragraph("Perspectief van het huishouden, in hun eigen woorden:", s["h3"]))
    story.append(Paragraph(text(plan.perspective or NOT_FILLED), s["quote"]))
    if plan.issues:
        story.append(Paragraph("Knelpunten per leefgebied (zelfredzaamheid)", s["h3"]))
        story.append(
            table(
                ["Leefgebied (zelfredzaamheid)", "Knelpunt"],
                [[i.domain, i.description] for i in plan.issues],
                [45 * mm, CONTENT_WIDTH - 45 * mm],
                style=s,
            )
        )

    story.append(Paragraph("3. Doormodderen versus doorbreken", s["h2"]))
    story += _costs(plan, s)

    series = plan.series
    if series:
        story.append(Paragraph("4. Voortgang per leefgebied (zelfredzaamheid, 1–5)", s["h2"]))
        rows = [
            [
                x.name,
                f"{x.first[1]} ({x.first[0]:%d-%m-%Y})",
                f"{x.latest[1]} ({x.latest[0]:%d-%m-%Y})",
                f"{x.change:+d}",
            ]
            for x in series
        ]
        story.append(
            table(
                ["Leefgebied (zelfredzaamheid)", "Eerste meting", "Laatste meting", "Verschil"],
                rows,
                [60 * mm, 40 * mm, 40 * mm, CONTENT_WIDTH - 140 * mm],
                style=s,
            )
        )
        story.append(
            Paragraph(
                text("Schaal: " + "; ".join(f"{n} {w}" for n, w in SCALE_TEXT.items()) + "."), s["muted"]
            )
        )
    return plan_style.pdf_bytes(
        story,
        title=f"Besluitnotitie {plan.case_ref}",
        footer=f"Besluitnotitie huishouden {plan.case_ref} · vertrouwelijk · {dutch_date(today)}",
    )


def _breakthrough(b: BreakthroughView, s) -> list[Flowable]:
    mandate = MANDATE_NAMES.get(MandateLevel(b.mandate_level)) if b.mandate_level else None
    state = BREAKTHROUGH_STATUS_NAMES.get(BreakthroughStatus(b.status), b.status)
    if b.reached_on:
        state += f" op {dutch_date(b.reached_on)}"
    rows = [
        ["Soort", b.type_name],
        ["Partner", b.partner_name or NOT_FILLED],
        ["Wettelijke grondslag", b.legal_basis or NOT_FILLED],
        ["Wie besluit", b.decided_by or NOT_FILLED],
        ["Mandaat", mandate or NOT_FILLED],
        ["Eenmalige kosten", euro(b.cost_eur) if b.cost_eur is not None else "onbekend"],
        ["Financiering", b.funding or NOT_FILLED],
        ["Stand", state],
    ]
    return [
        Paragraph(text(f"Doorbraak {b.ref}: {b.description}"), s["h3"]),
        table(None, rows, [45 * mm, CONTENT_WIDTH - 45 * mm], style=s, bold_first_column=True),
    ]


def _costs(plan: PlanDetail, s) -> list[Flowable]:
    c = plan.costs
    rows = [
        ["Doormodderen: de hulp van nu, per jaar", c.current_text],
        ["Doorbreken: de hulp na de doorbraak, per jaar", c.after_text],
        ["Eenmalige kosten van de doorbraak", c.one_off_text],
        ["Doorbreken in het eerste jaar", c.first_year_text],
        ["Besparing per jaar", c.saving_text],
        ["Terugverdientijd", c.payback_text],
    ]
    if c.years > 1:
        rows += [
            [f"Doormodderen in {c.years} jaar", c.current_total_text],
            [f"Doorbreken in {c.years} jaar", c.after_total_text],
            [f"Besparing in {c.years} jaar", c.saving_total_text],
        ]
    result: list[Flowable] = [
        table(None, rows, [80 * mm, CONTENT_WIDTH - 80 * mm], style=s, bold_first_column=True),
    ]
    if c.by_organisation:
        period = "1 jaar" if c.years == 1 else f"{c.years} jaar"
        result.append(Paragraph(f"Wie betaalt en wie bespaart (over {period})", s["h3"]))
        result.append(
            table(
                ["Organisatie", "Doormodderen", "Doorbreken", "Verschil"],
                [[o.name, euro(o.current_total), euro(o.after_total), o.text] for o in c.by_organisation],
                [50 * mm, 32 * mm, 32 * mm, CONTENT_WIDTH - 114 * mm],
                style=s,
            )
        )
    result.append(Paragraph("Uitgangspunten", s["h3"]))
    result += [Paragraph(text(a), s["bullet"], bulletText="•") for a in c.assumptions]
    if plan.helpers:
        result.append(Paragraph("Betrokken hulpverleners", s["h3"]))
        rows = [
            [
                h.organisation_name or "–",
                h.what or "",
                _amount(h.cost_per_year),
                _amount(h.cost_after_per_year),
            ]
            for h in plan.helpers
        ]
        result.append(
            table(
                ["Organisatie", "Wat zij doen", "Nu per jaar", "Na doorbraak per jaar"],
                rows,
                [45 * mm, CONTENT_WIDTH - 125 * mm, 38 * mm, 42 * mm],
                style=s,
            )
        )
    return result


def _amount(value: float | None) -> str:
    return euro(value) if value is not None else "onbekend"
