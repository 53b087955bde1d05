"""A selection of the audit log as PDF, for a privacy officer: the filter, the entries, the chain check."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from casus_app.domain import clock
from casus_app.domain.periods import dutch_date
from casus_app.reports.pdf_style import date_time, short_date, text
from casus_app.reports.privacy.privacy_style import content_width, pdf_bytes, styles, table
from casus_app.services.privacy.audit_trail import AuditFilter, AuditRow, ChainCheck, action_name


def filter_lines(flt: AuditFilter, action_label: str | None = None) -> list[str]:
    lines = []
    if flt.user:
        lines.append(f"Gebruiker: {flt.user}")
    if flt.person_id is not None:
        lines.append(f"Betrokkene nummer: {flt.person_id}")
    if flt.case:
        lines.append(f"Casus: {flt.case}")
    if flt.action:
        lines.append(f"Handeling: {action_label or action_name(flt.action)}")
    if flt.date_from or flt.date_to:
        lines.append(
            f"Periode: {short_date(flt.date_from) or 'begin'} t/m {short_date(flt.date_to) or 'vandaag'}"
        )
    return lines or ["Geen filter: alle regels"]


def render(
    rows: list[AuditRow],
    flt: AuditFilter,
    check: ChainCheck,
    *,
    made_by: str,
    register_name: str,
    truncated: bool = False,
    today: dt.date | None = None,
) -> bytes:
    """The selection as PDF (services.audit_trail.export_pdf logs and writes it)."""
    s = styles()
    width = content_width(wide=True)
    today = today or clock.today()
    story: list = [
        Paragraph("Auditlog – selectie", s["title"]),
        Paragraph(
            f"Register {text(register_name)} · gemaakt op {dutch_date(today)} door {text(made_by)}",
            s["muted"],
        ),
        Spacer(0, 3 * mm),
        Paragraph("Selectie", s["h3"]),
    ]
    story += [Paragraph(text(line), s["body"]) for line in filter_lines(flt)]
    story.append(Paragraph("Controle van de keten", s["h3"]))
    if check.ok:
        story.append(
            Paragraph(
                f"In orde: alle {check.entries} regels sluiten op elkaar aan en passen bij de kop die buiten de "
                f"database is bewaard (regel {check.head[0]}, {text(check.head[1][:16])}…).",
                s["body"],
            )
        )
    else:
        story.append(
            Paragraph(
                f"<b>De keten is niet ongeschonden.</b> Eerste breuk bij regel {check.first_break}. De regels "
                "waar de keten breekt zijn hieronder rood gemarkeerd (voor zover ze in de selectie vallen).",
                s["body"],
            )
        )
        story += [Paragraph("• " + text(p.message), s["body"]) for p in check.problems[:30]]
    story.append(Spacer(0, 3 * mm))
    count = f"{len(rows)} regels" if len(rows) != 1 else "1 regel"
    if truncated:
        count += " (alleen de nieuwste; verfijn het filter voor de rest)"
    story.append(Paragraph(f"Regels: {count}", s["h3"]))
    broken = {p.seq for p in check.problems}
    highlight = {i for i, r in enumerate(rows) if r.seq in broken}
    body = [
        [
            str(r.seq),
            date_time(r.at),
            r.user_name or "",
            r.acting_for or "",
            action_name(r.action),
            r.subject,
            "" if r.person_id is None else str(r.person_id),
            "" if r.case_id is None else str(r.case_id),
            r.reason or "",
            r.outcome,
            r.details or "",
        ]
        for r in rows
    ]
    fractions = (0.04, 0.1, 0.08, 0.1, 0.12, 0.1, 0.05, 0.05, 0.1, 0.07, 0.19)
    story.append(
        table(
            [
                "Nr",
                "Tijd",
                "Gebruiker",
                "Namens",
                "Handeling",
                "Object",
                "Betr.",
                "Casus",
                "Reden",
                "Uitkomst",
                "Details",
            ],
            body,
            [width * f for f in fractions],
            highlight=highlight,
        )
    )
    footer = (
        f"Auditlog {register_name} · {today.strftime('%d-%m-%Y')} · kop regel {check.head[0]} "
        f"({check.head[1][:12]}) · bevat geen inhoud van casussen"
    )
    return pdf_bytes(story, title="Auditlog – selectie", footer=footer, wide=True)
