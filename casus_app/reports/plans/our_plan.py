"""'Ons plan': the household's own copy of their plan, in plain Dutch (B1).

Their perspectief in their own words, what they do themselves, who helps and with what, the big
step in plain words and how things are going. No cost figures, no legal basis, no mandate, no
internal words: those belong in the besluitnotitie.
"""

from __future__ import annotations

import datetime as dt
import re

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from casus_app.domain import clock
from casus_app.domain.enums import BreakthroughStatus
from casus_app.domain.periods import dutch_date
from casus_app.domain.plan_rules import DomainSeries
from casus_app.reports.fonts import REGULAR
from casus_app.reports.pdf_style import ACCENT, MUTED, RULE, text
from casus_app.reports.plans import plan_style
from casus_app.reports.plans.plan_style import CONTENT_WIDTH
from casus_app.services.plans.plans import PlanDetail

# The scale in everyday words (B1), not the matrix's terms.
SCALE = {
    1: "Er moet nu iets gebeuren",
    2: "Lukt nog niet zelf",
    3: "Lukt soms zelf",
    4: "Lukt meestal zelf",
    5: "Lukt helemaal zelf",
}
# Words and figures that do not belong in the household's copy; `plain_language_problems` looks
# for them in the texts the coach typed, so the coach can rephrase before printing.
JARGON = (
    "doorbraak",
    "doormodderen",
    "doorbreken",
    "mandaat",
    "grondslag",
    "besluitnotitie",
    "casus",
    "leefgebied",
    "knelpunt",
    "zelfredzaam",
    "perspectief",
    "financiering",
    "indicatie",
    "beschikking",
    "ggz",
    "wsnp",
    "participatiewet",
)
# Abbreviations count only as a whole word or a part between hyphens ("GGZ-instelling"); the
# other words also inside a longer word ("doorbraakplan", "casussen").
WHOLE_WORD = frozenset({"ggz", "wsnp"})
WORD = re.compile(r"\w+(?:-\w+)*")
EARLIER = colors.HexColor("#9db4cc")  # the first measurement in the chart
LATER = ACCENT  # the latest measurement
AMOUNT = re.compile(r"€|\beur(o|o's)?\b|\d+[.,]?\d*\s*(euro|eur)\b", re.IGNORECASE)


def plain_language_problems(plan: PlanDetail) -> list[str]:
    """Which of the coach's texts would put an amount or an internal word in 'Ons plan' (Dutch)."""
    texts = [
        ("Wat het gezin wil", plan.perspective),
        ("Wat het gezin zelf doet", plan.own_strength),
        ("Volgende stap", plan.next_step),
    ]
    texts += [(f"Waar het vastloopt ({i.domain})", i.description) for i in plan.issues]
    texts += [(f"Hulp van {h.organisation_name or 'een hulpverlener'}", h.what) for h in plan.helpers]
    texts += [(f"De grote stap {b.ref}", b.description) for b in plan.breakthroughs]
    problems = []
    for place, value in texts:
        if not value:
            continue
        if AMOUNT.search(value):
            problems.append(f"{place}: noemt een bedrag.")
        words = jargon_in(value)
        if len(words) == 1:
            problems.append(f"{place}: gebruikt het woord '{words[0]}'.")
        elif words:
            listed = ", ".join(f"'{w}'" for w in words[:-1]) + f" en '{words[-1]}'"
            problems.append(f"{place}: gebruikt de woorden {listed}.")
    return problems


def jargon_in(value: str) -> list[str]:
    """The words of `value` a household would not understand, as written there, in order, once each."""
    found: list[str] = []
    for word in WORD.findall(value):
        lower = word.lower()
        parts = lower.split("-")
        if (
            any(term in parts if term in WHOLE_WORD else term in lower for term in JARGON)
            and word not in found
        ):
            found.append(word)
    return found


def render(plan: PlanDetail, *, today: dt.date | None = None) -> bytes:
    """'Ons plan' as PDF (services.documents.write_our_plan logs and writes it)."""
    today = today or clock.today()
    s = plan_style.styles(large=True)
    story: list[Flowable] = [Paragraph("Ons plan", s["title"])]
    if plan.household:
        story.append(Paragraph(text("Van " + _names(plan.household)), s["subtitle"]))
    made = f"Gemaakt op {dutch_date(plan.drawn_up_on)}"
    if plan.family_coach:
        made += f", samen met {plan.family_coach}"
    story.append(Paragraph(text(made + "."), s["body"]))

    story.append(Paragraph("Waar willen we over een jaar staan?", s["h2"]))
    story.append(
        Paragraph(text(plan.perspective), s["quote"])
        if plan.perspective
        else Paragraph("Dit schrijven we nog samen op.", s["body"])
    )
    story.append(Paragraph("Wat doen we zelf?", s["h2"]))
    story.append(Paragraph(text(plan.own_strength or "Dit schrijven we nog samen op."), s["body"]))

    if plan.issues:
        story.append(Paragraph("Waar lopen we tegenaan?", s["h2"]))
        story += [
            Paragraph(f"<b>{text(i.domain)}</b>: {text(i.description)}", s["bullet"], bulletText="•")
            for i in plan.issues
        ]

    if plan.helpers:
        story.append(Paragraph("Wie helpt ons, en hoe?", s["h2"]))
        for h in plan.helpers:
            who = h.organisation_name or "Hulpverlener"
            story.append(
                Paragraph(
                    f"<b>{text(who)}</b>" + (f": {text(h.what)}" if h.what else ""),
                    s["bullet"],
                    bulletText="•",
                )
            )

    steps = [b for b in plan.breakthroughs if b.status != BreakthroughStatus.NOT_FEASIBLE]
    if steps:
        story.append(Paragraph("De grote stap", s["h2"]))
        story.append(Paragraph("Deze stap maakt de rest makkelijker:", s["body"]))
        for b in steps:
            lines = [f"<b>{text(b.description)}</b>"]
            if b.partner_name:
                lines.append(f"Samen met: {text(b.partner_name)}")
            lines.append(
                f"Gelukt op {dutch_date(b.reached_on)}."
                if b.status == BreakthroughStatus.REACHED and b.reached_on
                else "Hier werken we nu aan."
            )
            story.append(Paragraph("<br/>".join(lines), s["quote"]))

    series = plan.series
    if series:
        story.append(KeepTogether([Paragraph("Hoe gaat het?", s["h2"]), *_chart_block(series, s)]))

    story.append(Paragraph("Wat is de volgende stap?", s["h2"]))
    story.append(Paragraph(text(plan.next_step or "Dat spreken we samen af."), s["body"]))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("Vragen?", s["h2"]))
    coach = plan.family_coach or "uw coach"
    if plan.coach_phone:
        ask = f"Vragen over dit plan? Bel of app {coach}: {plan.coach_phone}."
    else:
        ask = f"Vragen over dit plan? Bel of app {coach}."
    story.append(Paragraph(text(ask), s["body"]))
    return plan_style.pdf_bytes(story, title="Ons plan", footer=f"Ons plan · {dutch_date(today)}")


def _names(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _chart_block(series: list[DomainSeries], s) -> list[Flowable]:
    several = any(len(x.points) > 1 for x in series)
    intro = (
        "Zo ging het de eerste keer dat we keken (licht), en zo gaat het nu (donker). "
        "Hoe langer de balk, hoe meer het zelf lukt."
        if several
        else "Zo gaat het nu. Hoe langer de balk, hoe meer het zelf lukt."
    )
    first = min(x.first[0] for x in series)
    latest = max(x.latest[0] for x in series)
    dates = (
        f"De eerste keer: {dutch_date(first)}. De laatste keer: {dutch_date(latest)}."
        if several
        else f"Gekeken op {dutch_date(latest)}."
    )
    scale = "<br/>".join(f"{n} = {text(words)}" for n, words in SCALE.items())
    return [
        Paragraph(intro, s["body"]),
        score_drawing(series),
        Paragraph(text(dates), s["muted"]),
        Paragraph(scale, s["muted"]),
    ]


def score_drawing(series: list[DomainSeries]) -> Drawing:
    """Bars per leefgebied, first against latest score; the number is written beside each bar."""
    # Up to six leefgebieden get roomy rows; more (11 is common) get tighter ones, so the chart,
    # its heading and the scale still fit on one page together.
    label_width = 48 * mm
    row, bar = (12 * mm, 4.2 * mm) if len(series) <= 6 else (8.5 * mm, 3.2 * mm)
    width = CONTENT_WIDTH
    plot = width - label_width - 22 * mm
    height = len(series) * row + 10 * mm
    drawing = Drawing(width, height)
    top = height - 2 * mm
    for n in range(1, 6):
        x = label_width + plot * n / 5
        drawing.add(Rect(x, 8 * mm, 0.3, height - 10 * mm, fillColor=RULE, strokeColor=None))
        drawing.add(
            String(x, 3 * mm, str(n), fontName=REGULAR, fontSize=9, fillColor=MUTED, textAnchor="middle")
        )
    for i, item in enumerate(series):
        y = top - (i + 1) * row + 2 * mm
        drawing.add(String(0, y + bar * 0.7, item.name[:30], fontName=REGULAR, fontSize=10))
        if len(item.points) > 1:
            bars = [("toen", item.first[1], EARLIER, bar), ("nu", item.latest[1], LATER, 0.0)]
        else:
            bars = [("nu", item.latest[1], LATER, bar / 2)]
        for word, score, colour, offset in bars:
            length = plot * score / 5
            drawing.add(Rect(label_width, y + offset, length, bar, fillColor=colour, strokeColor=None))
            drawing.add(
                String(
                    label_width + length + 2,
                    y + offset + 1,
                    f"{word}: {score}",
                    fontName=REGULAR,
                    fontSize=8.5,
                )
            )
    return drawing
