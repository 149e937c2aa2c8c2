"""The right-hand side of the Identifiers page: why one column was flagged, and the caseworker's decision for it.

Shows each reason with its evidence (how many cells matched), the proposal in words, and for notes the number of
identifying spans of each kind with a few examples, the span highlighted. The examples are the only data values the
page shows outside the previews; they are cut to a short window around the span, so a 1 MB note cannot stretch it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.identifiers import Action, ColumnKind, ColumnReview, IdentifierKind, Rule, SpanExample, Transform
from ctdc_desktop.gui.identifier_columns_model import ColumnRow, action_text, table_text
from ctdc_desktop.gui.no_wheel import NoWheelComboBox
from ctdc_desktop.gui.text_format import count_text, escape_html, shorten

EXAMPLES_SHOWN = 6  # in all; never more than EXAMPLES_PER_KIND of one kind
EXAMPLES_PER_KIND = 2
CONTEXT_CHARS = 50  # characters shown on each side of a matched span
SPAN_CHARS = 80  # a matched span longer than this is cut in the middle
COUNT_COLUMNS = 2  # span counts per line (three clip in a narrow pane)
TITLE_CHARS = 120  # of a column name in the heading (the tooltip has all of it)
UNBROKEN = 24  # a run of characters without a space longer than this gets break opportunities


def breakable(text: str) -> str:
    """Text a label can wrap: long runs without a space (IDs, e-mails, joined words) get zero-width spaces."""
    words = []
    for word in text.split(" "):
        if len(word) > UNBROKEN:
            word = "\u200b".join(word[i : i + UNBROKEN] for i in range(0, len(word), UNBROKEN))
        words.append(word)
    return " ".join(words)


def fitting_transforms(review: ColumnReview) -> list[Transform]:
    """The transforms that make sense for this column (the proposed one first)."""
    kinds = set(review.identifier_kinds)
    fits: list[Transform] = []
    if review.transform is not None:
        fits.append(review.transform)
    if IdentifierKind.BIRTH_DATE in kinds:
        fits.append(Transform.AGE_AT_REGISTRATION)
    if IdentifierKind.BIRTH_DATE in kinds or review.kind is ColumnKind.DATE:
        fits.append(Transform.YEAR_ONLY)
    if kinds & {IdentifierKind.CASE_ID, IdentifierKind.ID_NUMBER}:
        fits.append(Transform.LINK_ONLY)
    if review.spans is not None or IdentifierKind.FREE_TEXT in kinds or review.kind is ColumnKind.FREE_TEXT:
        fits.append(Transform.REDACT_SPANS)
    return list(dict.fromkeys(fits))


def choice_key(action: Action, transform: Transform | None) -> str:
    return action.value if transform is None else f"{action.value}:{transform.value}"


def example_html(example: SpanExample) -> str:
    """The note around the span, the span highlighted; cut to a short window, escaped, breakable."""
    text = example.text
    start, end = max(0, example.start), min(len(text), example.end)
    before = " ".join(text[max(0, start - CONTEXT_CHARS) : start].split(" "))
    span = text[start:end]
    after = text[end : end + CONTEXT_CHARS]
    if len(span) > SPAN_CHARS:
        span = span[: SPAN_CHARS // 2] + "…" + span[-SPAN_CHARS // 2 :]
    lead = "…" if start > CONTEXT_CHARS else ""
    tail = "…" if end + CONTEXT_CHARS < len(text) else ""

    def clean(part: str) -> str:
        return escape_html(breakable(" ".join(part.split())))

    return (
        f"{lead}{clean(before)}{' ' if before.endswith(' ') else ''}"
        f'<span style="background-color:#ffd24d; color:#000;">{clean(span)}</span>'
        f"{' ' if after.startswith(' ') else ''}{clean(after)}{tail}"
    )


class ColumnDetail(QWidget):
    """Shows one `ColumnRow`; `choice_made(key)` when the caseworker picks an action, `reference_chosen(column)`
    when they pick the registration-date column an age is counted to ("" for the one found by its name)."""

    choice_made = Signal(str)
    reference_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ColumnRow | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder = QLabel(
            self.tr("Choose a column in the list to see why it was flagged and decide what to do.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.reasons = QWidget()
        self.reasons_layout = QVBoxLayout(self.reasons)
        self.reasons_layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.choice = NoWheelComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)
        self.choice.setToolTip(self._choice_tip())
        self.choice.activated.connect(self._on_choice)
        self.reference = NoWheelComboBox()
        self.reference.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference.setMinimumContentsLength(12)
        self.reference.setToolTip(self.tr("The registration date the age is counted to."))
        self.reference.activated.connect(self._on_reference)
        self.reference_label = QLabel(self.tr("A&ge counted on:"))
        decide = QFormLayout()
        # In a narrow pane (a small screen, or longer French and Spanish labels) the label goes above its box.
        decide.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.choice_label = QLabel(self.tr("Your &decision:"))
        decide.addRow(self.choice_label, self.choice)
        decide.addRow(self.reference_label, self.reference)
        # The labels name their boxes for a screen reader, and Alt + the underlined letter goes to the box.
        self.choice_label.setBuddy(self.choice)
        self.reference_label.setBuddy(self.reference)

        self.spans_heading = QLabel(self.tr("<b>Found inside the notes</b>"))
        self.span_counts = QWidget()
        self.span_counts_layout = QGridLayout(self.span_counts)
        self.span_counts_layout.setContentsMargins(0, 0, 0, 0)
        self.span_counts_layout.setVerticalSpacing(2)
        self.examples = QTextBrowser()
        self.examples.setOpenLinks(False)
        self.examples.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.examples.setMinimumHeight(120)
        self.examples.setAccessibleName(self.tr("Examples from the notes"))
        self.examples.setToolTip(
            self.tr(
                "A few notes with what was found highlighted, so you can judge. Only a few are ever shown.",
            )
        )

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.reasons)
        layout.addWidget(self.note)
        layout.addLayout(decide)
        layout.addWidget(self.spans_heading)
        layout.addWidget(self.span_counts)
        layout.addWidget(self.examples, 10)
        layout.addStretch(1)  # keeps the labels together at the top when there are no examples
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Only a container: Tab goes to the decision inside, and the area scrolls to show it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_row(None, [])

    def row(self) -> ColumnRow | None:
        return self._row

    def show_row(self, row: ColumnRow | None, table_columns: list[str]) -> None:
        """Show `row`; `table_columns` are the other columns of its table (to count an age on)."""
        self._row = row
        empty = row is None
        self.placeholder.setVisible(empty)
        for widget in (self.title, self.reasons, self.note, self.choice_label, self.choice):
            widget.setVisible(not empty)
        _clear(self.reasons_layout)
        _clear(self.span_counts_layout)
        if row is None:
            for widget in (self.spans_heading, self.span_counts, self.examples, self.reference, self.reference_label):
                widget.setVisible(False)
            return
        review = row.review
        self.title.setText(
            f"<h3>{escape_html(breakable(shorten(row.name, TITLE_CHARS)))}</h3>"
            + self.tr("{table}; {filled} filled cells, {distinct} different values").format(
                table=table_text(row.table),
                filled=count_text(review.non_empty),
                distinct=count_text(review.distinct),
            )
        )
        whole_name = row.name + "\n\n" if len(row.name) > TITLE_CHARS else ""
        self.title.setToolTip(
            whole_name
            + self.tr(
                "{filled} records have a value in this column; {distinct} different values appear in it. "
                "A column where almost every record has its own value can single a person out.",
            ).format(filled=count_text(review.non_empty), distinct=count_text(review.distinct))
        )
        self._show_reasons(row)
        note = review.note
        if row.new:
            new = self.tr("This column was not in the saved decisions: check it and choose what to do.")
            note = f"{new} {note}".strip()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._fill_choice(row)
        self._fill_reference(row, table_columns)
        self._show_spans(review)

    def _show_reasons(self, row: ColumnRow) -> None:
        flags = row.review.flags
        if not flags:
            label = QLabel(self.tr("Nothing in its name or values looks like it points to a person."))
            label.setWordWrap(True)
            self.reasons_layout.addWidget(label)
            return
        heading = QLabel(self.tr("<b>Why it was flagged</b>"))
        self.reasons_layout.addWidget(heading)
        for flag in flags:
            if flag.rule is Rule.NAME:
                text = self.tr("Its name says it holds a {kind}.").format(kind=flag.kind.label)
                tip = self.tr(
                    "Found from the column's name alone, in English, French, Spanish, Portuguese or HTCDS.",
                )
            else:
                text = flag.reason[:1].upper() + flag.reason[1:] + "."
                tip = self.tr(
                    "{cells} of the {of} cells looked at matched this rule ({kind}). The more cells match, the "
                    "surer it is that the column holds this.",
                ).format(cells=count_text(flag.cells), of=count_text(flag.of_cells), kind=flag.kind.label)
            label = QLabel("• " + breakable(text))
            label.setWordWrap(True)
            label.setToolTip(tip)
            self.reasons_layout.addWidget(label)

    def _fill_choice(self, row: ColumnRow) -> None:
        review = row.review
        self.choice.clear()
        if row.decision is None:
            self.choice.addItem(self.tr("Not decided yet: choose…"), "")
        proposed = choice_key(review.action, review.transform)
        options: list[tuple[Action, Transform | None]]
        if review.links:
            # The column linking victims and perpetrators is kept only as the link whatever is decided
            # (core/identifiers/decisions.link_decision): nothing else is offered, and its note says why.
            options = [(Action.TRANSFORM, Transform.LINK_ONLY)]
        else:
            options = [(Action.REMOVE, None)] + [(Action.TRANSFORM, t) for t in fitting_transforms(review)]
            options.append((Action.KEEP, None))
        self.choice.setToolTip(self._choice_tip(review))
        for action, transform in options:
            key = choice_key(action, transform)
            text = action_text(action, transform) + ("…" if action is Action.KEEP and review.flagged else "")
            if key == proposed:
                text = self.tr("{choice} (proposed)").format(choice=text)
            self.choice.addItem(text, key)
        current = "" if row.decision is None else choice_key(row.decision.action, row.decision.transform)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))

    def _choice_tip(self, review: ColumnReview | None = None) -> str:
        if review is not None and review.links:
            return self.tr(
                "This column links each perpetrator to their victim, so it can only be kept as that link: a made-up "
                "number that is never exported.",
            )
        return self.tr(
            "Remove the column, change it into something safe, or keep it as it is (you will be asked why).",
        )

    def _fill_reference(self, row: ColumnRow, table_columns: list[str]) -> None:
        decision = row.decision
        shown = decision is not None and decision.transform is Transform.AGE_AT_REGISTRATION
        self.reference.setVisible(shown)
        self.reference_label.setVisible(shown)
        self.reference.clear()
        if not shown or decision is None:
            return
        self.reference.addItem(self.tr("the registration date found by its name"), "")
        for column in table_columns:
            if column != row.name:
                self.reference.addItem(" ".join(column.split())[:60], column)
        self.reference.setCurrentIndex(max(0, self.reference.findData(decision.reference_column or "")))

    def _show_spans(self, review: ColumnReview) -> None:
        spans = review.spans
        shown = spans is not None
        for widget in (self.spans_heading, self.span_counts, self.examples):
            widget.setVisible(shown)
        if spans is None:
            return
        summary = QLabel(
            self.tr("{found} of {scanned} notes hold something identifying.").format(
                found=count_text(spans.cells_with_spans), scanned=count_text(spans.cells_scanned)
            )
        )
        summary.setWordWrap(True)
        summary.setToolTip(
            self.tr(
                "Of the {scanned} filled notes in this column, {found} contain at least one name, contact, ID number, "
                "address or place.",
            ).format(found=count_text(spans.cells_with_spans), scanned=count_text(spans.cells_scanned))
        )
        self.span_counts_layout.addWidget(summary, 0, 0, 1, COUNT_COLUMNS)
        placed = 0
        for kind, count in spans.counts:
            if count == 0:
                continue
            label = QLabel(self.tr("{kind}: {count}").format(kind=kind.label, count=count_text(count)))
            label.setToolTip(
                self.tr("{count} pieces of text in the notes look like a {kind}.").format(
                    count=count_text(count), kind=kind.label
                )
            )
            label.setObjectName(f"spanCount_{kind.name}")
            self.span_counts_layout.addWidget(label, 1 + placed // COUNT_COLUMNS, placed % COUNT_COLUMNS)
            placed += 1
        parts: list[str] = []
        per_kind: dict[object, int] = {}
        for example in spans.examples:
            if len(parts) >= EXAMPLES_SHOWN or per_kind.get(example.kind, 0) >= EXAMPLES_PER_KIND:
                continue
            per_kind[example.kind] = per_kind.get(example.kind, 0) + 1
            parts.append(f"<p><b>{html.escape(example.kind.label)}</b><br/>{example_html(example)}</p>")
        self.examples.setHtml("".join(parts) or self.tr("<p>No examples to show.</p>"))

    def _on_choice(self, index: int) -> None:
        key = self.choice.itemData(index)
        if key:
            self.choice_made.emit(str(key))

    def _on_reference(self, index: int) -> None:
        self.reference_chosen.emit(str(self.reference.itemData(index) or ""))


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # out of the layout but still a child until deleted: must not be drawn meanwhile
            widget.deleteLater()
