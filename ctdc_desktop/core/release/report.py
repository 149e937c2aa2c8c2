"""``evaluation_report.html``: the release's figures in words and charts, in one file that needs nothing else.

Everything is inline (styles, SVG charts), so the report opens offline, from a USB stick or an e-mail, and prints on
A4. It shows only figures computed from protected outputs (`compare_with_release`), the parameters and the privacy
spent; every figure comes with the sentence that explains it. No value of the data appears in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ctdc_desktop.core.evaluate.compare_with_release import ReleaseComparison
from ctdc_desktop.core.evaluate.count_comparison import (
    EXPLAIN_FABRICATED,
    EXPLAIN_MEAN_ABSOLUTE_ERROR,
    EXPLAIN_MEAN_RELATIVE_ERROR,
    EXPLAIN_PRESERVATION,
    EXPLAIN_SUPPRESSED,
    CountFigures,
)
from ctdc_desktop.core.number_format import count_text, format_number
from ctdc_desktop.core.release.codebook import RECIPE_NOT_KNOWN, counts_statement, method_lines
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

_STYLE = """
body { font-family: "Segoe UI", Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.6em 0; } th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; }
th { background: #eee; text-align: left; } td.number { text-align: right; }
p.explain { color: #444; font-size: 0.95em; margin: 0.2em 0 0.8em 0; }
figure { margin: 0.8em 0; page-break-inside: avoid; } figcaption { font-size: 0.9em; color: #444; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { page-break-after: avoid; } }
"""
_COLOURS = ("#1f5f99", "#d9822b", "#6b8e23", "#8b3a62")


@dataclass(frozen=True)
class ReportFacts:
    """What the report states besides the figures."""

    dataset: str
    bundle: str
    created: str  # date and time, ISO
    app_version: str
    recipe_name: str
    synthetic_records: int
    privacy_total_after: float | None  # ε spent on this dataset including this release (DP only)
    privacy_cap: float | None
    notes: tuple[str, ...] = ()


def _bar_chart(title: str, groups: Sequence[str], series: dict[str, Sequence[float | None]], percent: bool) -> str:
    """A grouped bar chart as inline SVG. Missing values (None) draw no bar."""
    width, height, left, bottom, top = 640, 240, 56, 40, 28
    plot_w, plot_h = width - left - 12, height - bottom - top
    values = [v for vs in series.values() for v in vs if v is not None]
    peak = max([*values, 1.0 if percent else 0.0]) or 1.0
    n_series = max(len(series), 1)
    slot = plot_w / max(len(groups), 1)
    bar = slot * 0.8 / n_series
    parts = [
        f'<svg width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}">',
        f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 12}" y2="{top + plot_h}" stroke="#333"/>',
    ]
    for tick in range(5):
        value = peak * tick / 4
        y = top + plot_h - plot_h * tick / 4
        label = format_number(value, ".0%" if percent else ".3g")
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{label}</text>')
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 12}" y2="{y:.1f}" stroke="#ddd"/>')
    for g, group in enumerate(groups):
        x0 = left + g * slot + slot * 0.1
        for s, (_, vs) in enumerate(series.items()):
            shown = vs[g]
            if shown is None:
                continue
            h = plot_h * shown / peak
            parts.append(
                f'<rect x="{x0 + s * bar:.1f}" y="{top + plot_h - h:.1f}" width="{bar * 0.92:.1f}" height="{h:.1f}" '
                f'fill="{_COLOURS[s % len(_COLOURS)]}"/>'
            )
        parts.append(
            f'<text x="{x0 + slot * 0.4:.1f}" y="{top + plot_h + 14}" font-size="10" text-anchor="middle">'
            f"{escape(group)}</text>"
        )
    for s, name in enumerate(series):
        x = left + s * 170
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{_COLOURS[s % len(_COLOURS)]}"/>')
        parts.append(f'<text x="{x + 14}" y="{height - 5}" font-size="10">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _cell(value: float | int | None, percent: bool = False) -> str:
    if value is None:
        text = translate("Report", "n/a", "a figure that cannot be computed")
    elif percent:
        text = format_number(value, ".1%")
    elif isinstance(value, int):
        text = count_text(value)
    else:
        text = format_number(value, ",.2f")
    return f'<td class="number">{text}</td>'


def _explanations(items: Sequence[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li><b>{escape(n)}</b>: {escape(t)}</li>" for n, t in items) + "</ul>"


def evaluation_report_html(facts: ReportFacts, figures: ReleaseComparison) -> str:
    """The whole report as one HTML page (UTF-8), in the user's language (English from the command line)."""
    out = [
        *_page_start(facts),
        *_release_table(facts, figures),
        *_protection(facts, figures),
        *_by_length(figures),
        *_by_released_count(figures),
        *_what_the_figures_mean(),
        *_notes(facts),
        "</body></html>",
    ]
    return "\n".join(out) + "\n"


def _page_start(facts: ReportFacts) -> list[str]:
    """The page's head, its title and what the report is about."""
    language = translate("Report", "en", "the language code of the report's text (an HTML lang attribute)")
    title = translate("Report", "Evaluation report: {0}")
    return [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}"><head><meta charset="utf-8">',
        f"<title>{escape(title.format(facts.bundle))}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title.format(facts.dataset))}</h1>",
        "<p>"
        + translate(
            "Report",
            "This report describes the synthetic data and the reportable aggregates in this folder. Every figure is "
            "computed from those released files alone (the synthetic records compared with the released counts), so "
            "it says nothing more about the real people than the release itself.",
        )
        + "</p>",
    ]


def _release_table(facts: ReportFacts, figures: ReleaseComparison) -> list[str]:
    """Which bundle this is, when and how it was made, and how many records it holds."""
    return [
        "<h2>" + translate("Report", "The release") + "</h2><table>",
        "<tr><th>" + translate("Report", "Bundle") + f"</th><td>{escape(facts.bundle)}</td></tr>",
        "<tr><th>" + translate("Report", "Created") + f"</th><td>{escape(facts.created)}</td></tr>",
        "<tr><th>" + translate("Report", "Made with") + f"</th><td>CTDC Desktop {escape(facts.app_version)}</td></tr>",
        "<tr><th>" + translate("Report", "Recipe") + f"</th><td>{escape(_recipe_name(facts.recipe_name))}</td></tr>",
        "<tr><th>"
        + translate("Report", "Synthetic records")
        + f"</th><td>{count_text(facts.synthetic_records)}</td></tr>",
        "<tr><th>" + translate("Report", "Records according to the released counts") + f"</th>"
        f"<td>{count_text(round(figures.released_record_count))}</td></tr>",
        "</table>",
    ]


def _protection(facts: ReportFacts, figures: ReleaseComparison) -> list[str]:
    """How the data was protected: the method's parameters, and what k or the privacy budget guarantee."""
    out = [
        "<h2>" + translate("Report", "How the data was protected") + "</h2><ul>",
        *(f"<li>{escape(line)}</li>" for line in method_lines(figures.method, figures.parameters, translated=True)),
        "</ul>",
    ]
    statement = counts_statement(figures.method, figures.parameters, translated=True)
    if statement:
        out.append(f"<p class='explain'>{escape(statement)}</p>")
    if figures.method == "kanon":
        k = figures.parameters.get("k")
        out.append(
            "<p class='explain'>"
            + translate(
                "Report",
                "Every count in reportable_aggregates.csv is backed by at least {0} real records. Every synthetic "
                "record is a combination of answers that at least {0} real records share.",
            ).format(k)
            + "</p>"
        )
    if figures.privacy is not None:
        p = figures.privacy
        out.append(
            "<p class='explain'>"
            + translate(
                "Report",
                "This release spent a privacy budget of ε = {0:g} with δ = {1:.3g} (ρ = {2:.4g}). The smaller ε, the "
                "less anyone can learn about whether a given person is in the data. Budgets add up over releases of "
                "the same records.",
            ).format(p.epsilon, p.delta, p.rho)
            + "</p>"
        )
        if facts.privacy_total_after is not None:
            out.append(f"<p class='explain'>{_budget_spent(facts.privacy_total_after, facts.privacy_cap)}</p>")
    return out


def _budget_spent(total_after: float, cap: float | None) -> str:
    """The privacy budget the dataset's releases have spent, this one included, against the cap when there is one."""
    if cap is not None:
        return translate(
            "Report", "Including this release, releases of this dataset have spent ε = {0:g} of a cap of {1:g}."
        ).format(total_after, cap)
    return translate("Report", "Including this release, releases of this dataset have spent ε = {0:g}.").format(
        total_after
    )


def _by_length(figures: ReleaseComparison) -> list[str]:
    """How closely the synthetic records reproduce the released counts, combination length by length."""
    length_label = translate("Report", "length {0}")
    groups = [length_label.format(item.length) for item in figures.by_length]
    out = [
        "<h2>" + translate("Report", "How closely the synthetic records reproduce the released counts") + "</h2>",
        "<p>"
        + translate(
            "Report",
            "A <i>combination</i> is a set of answers from different variables (for example a gender and an age "
            "group); its <i>length</i> is how many answers it has. For each length, the counts of every combination "
            "in the synthetic records are compared with the released counts.",
        )
        + "</p>",
        "<figure>",
        _bar_chart(
            translate("Report", "Share of combinations by length"),
            groups,
            {
                translate("Report", "preservation"): [i.figures.preservation for i in figures.by_length],
                translate("Report", "missing (suppressed)"): [i.figures.suppressed_share for i in figures.by_length],
                translate("Report", "not in released counts (fabricated)"): [
                    i.figures.fabricated_share for i in figures.by_length
                ],
            },
            percent=True,
        ),
        "<figcaption>"
        + translate(
            "Report",
            "Preservation near 100% and small other bars mean the synthetic records follow the released counts "
            "closely.",
        )
        + "</figcaption></figure>",
        "<figure>",
        _bar_chart(
            translate("Report", "Mean absolute error by length (records)"),
            groups,
            {translate("Report", "mean absolute error"): [i.figures.mean_absolute_error for i in figures.by_length]},
            percent=False,
        ),
        "</figure>",
    ]
    return out + _by_length_table(figures)


def _by_length_table(figures: ReleaseComparison) -> list[str]:
    """The figures of each combination length in a table, then each length's figures in a sentence."""
    headings = (
        "<table><tr>"
        + _heading_cells(
            (
                QT_TRANSLATE_NOOP("Report", "Length"),
                QT_TRANSLATE_NOOP("Report", "Released combinations"),
                QT_TRANSLATE_NOOP("Report", "Synthetic combinations"),
                QT_TRANSLATE_NOOP("Report", "Mean absolute error"),
                QT_TRANSLATE_NOOP("Report", "Mean relative error"),
                QT_TRANSLATE_NOOP("Report", "Preservation"),
                QT_TRANSLATE_NOOP("Report", "Suppressed"),
                QT_TRANSLATE_NOOP("Report", "Fabricated"),
            )
        )
        + "</tr>"
    )
    rows = [_figures_row(str(item.length), item.figures, of_length=True) for item in figures.by_length]
    return _table_and_sentences(headings, rows, [item.describe() for item in figures.by_length])


def _by_released_count(figures: ReleaseComparison) -> list[str]:
    """The same comparison with combinations grouped by the size of their released count (none when not grouped)."""
    if not figures.by_bucket:
        return []
    out = [
        "<h2>" + translate("Report", "By size of the released count") + "</h2>",
        "<p>"
        + translate(
            "Report",
            "The same comparison with combinations grouped by their released count: small counts are the hardest "
            "to reproduce.",
        )
        + "</p><figure>",
        _bar_chart(
            translate("Report", "Preservation and mean relative error by released count"),
            [f"{b.lower + 1}-{b.upper}" for b in figures.by_bucket],
            {
                translate("Report", "preservation"): [b.figures.preservation for b in figures.by_bucket],
                translate("Report", "mean relative error"): [b.figures.mean_relative_error for b in figures.by_bucket],
            },
            percent=True,
        ),
    ]
    headings = (
        "</figure><table><tr>"
        + _heading_cells(
            (
                QT_TRANSLATE_NOOP("Report", "Released count"),
                QT_TRANSLATE_NOOP("Report", "Combinations"),
                QT_TRANSLATE_NOOP("Report", "Mean absolute error"),
                QT_TRANSLATE_NOOP("Report", "Mean relative error"),
                QT_TRANSLATE_NOOP("Report", "Preservation"),
                QT_TRANSLATE_NOOP("Report", "Suppressed"),
            )
        )
        + "</tr>"
    )
    bucket_label = translate("Report", "{0} to {1}")
    rows = [
        _figures_row(escape(bucket_label.format(b.lower + 1, b.upper)), b.figures, of_length=False)
        for b in figures.by_bucket
    ]
    return out + _table_and_sentences(headings, rows, [b.describe() for b in figures.by_bucket])


def _figures_row(first_cell: str, f: CountFigures, *, of_length: bool) -> str:
    """A table row: `first_cell`, then the figures. A row of the length table also has the synthetic combinations
    and the fabricated share; a count bucket has neither (a fabricated combination has no released count)."""
    cells = [_cell(f.reference_combinations)]
    if of_length:
        cells.append(_cell(f.synthetic_combinations))
    cells += [_cell(f.mean_absolute_error), _cell(f.mean_relative_error, True), _cell(f.preservation, True)]
    cells.append(_cell(f.suppressed_share, True))
    if of_length:
        cells.append(_cell(f.fabricated_share, True))
    return f"<tr><td>{first_cell}</td>{''.join(cells)}</tr>"


def _table_and_sentences(headings: str, rows: list[str], sentences: list[str]) -> list[str]:
    """A table (`headings` opens it), then each of its rows said in a sentence."""
    return [headings, *rows, "</table>", *(f"<p class='explain'>{escape(sentence)}</p>" for sentence in sentences)]


def _heading_cells(headings: Sequence[str]) -> str:
    """A table's column headings, each marked for the catalogues where it is written (QT_TRANSLATE_NOOP)."""
    return "".join(f"<th>{translate('Report', heading)}</th>" for heading in headings)


def _what_the_figures_mean() -> list[str]:
    """Each figure explained, and which file to take official figures from."""
    return [
        "<h2>" + translate("Report", "What the figures mean") + "</h2>",
        _explanations(
            [
                (translate("Report", "Mean absolute error"), translate("Figures", EXPLAIN_MEAN_ABSOLUTE_ERROR)),
                (translate("Report", "Mean relative error"), translate("Figures", EXPLAIN_MEAN_RELATIVE_ERROR)),
                (translate("Report", "Preservation"), translate("Figures", EXPLAIN_PRESERVATION)),
                (translate("Report", "Suppressed"), translate("Figures", EXPLAIN_SUPPRESSED)),
                (translate("Report", "Fabricated"), translate("Figures", EXPLAIN_FABRICATED)),
            ]
        ),
        "<p>"
        + translate(
            "Report",
            "For official figures, use reportable_aggregates.csv: its counts are the release's protected counts, as "
            "said above (not the real numbers). The synthetic records are for exploring patterns; counts taken from "
            "them differ from the released counts as shown above.",
        )
        + "</p>",
    ]


def _notes(facts: ReportFacts) -> list[str]:
    if not facts.notes:
        return []
    return [
        "<h2>" + translate("Report", "Notes") + "</h2><ul>",
        *(f"<li>{escape(note)}</li>" for note in facts.notes),
        "</ul>",
    ]


def _recipe_name(name: str) -> str:
    # The bundle's manifest keeps the English words; the report says them in the reader's language.
    return translate("Report", RECIPE_NOT_KNOWN) if name == RECIPE_NOT_KNOWN else name
