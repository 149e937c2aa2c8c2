"""Pages for the steps that come in later versions: they say in plain words what the step will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ctdc_desktop.core.translation import translate
from ctdc_desktop.gui.step_page import StepPage, StepState


class PlaceholderPage(StepPage):
    """A step that is not built yet: it says what the step will do, decides nothing and hands nothing on."""

    def __init__(self, key: str, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_key = key
        self.step_title = title

        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAccessibleName(title)
        body = QLabel(purpose)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        later = QLabel(
            translate(
                "PlaceholderPage",
                "This step comes in a later version of CTDC Desktop. Nothing is done to your data here yet.",
            )
        )
        later.setWordWrap(True)
        later.setObjectName("laterVersionNote")
        later.setStyleSheet(
            "#laterVersionNote { background: #fff6dc; color: #3d3000; border: 1px solid #e3c565;"
            " border-radius: 4px; padding: 10px; }"
        )

        for label in (heading, body, later):
            label.setMaximumWidth(760)  # long lines are hard to follow on a wide screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addWidget(later)
        layout.addStretch(1)

    def state(self) -> StepState:
        return StepState.LATER_VERSION


def identifiers_placeholder() -> PlaceholderPage:
    return PlaceholderPage(
        "identifiers",
        translate("PlaceholderPage", "Identifiers"),
        translate(
            "PlaceholderPage",
            "<p>This step will find everything in the export that can point to a person: names, birth dates, "
            "phone numbers, e-mail and home addresses, case numbers, caseworker names, and contact details "
            "hidden inside free-text notes.</p>"
            "<p>For each column you will choose to <b>remove</b> it or to <b>change</b> it into something safe "
            "(for example a birth date into an age group). Nothing leaves this computer.</p>",
        ),
    )


def recode_placeholder() -> PlaceholderPage:
    return PlaceholderPage(
        "recode",
        translate("PlaceholderPage", "Recode"),
        translate(
            "PlaceholderPage",
            "<p>This step will turn your categories into the ones CTDC publishes: ages into age groups, "
            "countries into world regions, and the answers about each perpetrator (role, relationship, gender, "
            "age, nationality, money paid) into one row per victim.</p>"
            "<p>A ready-made recipe does most of the work; you check the values it could not place.</p>",
        ),
    )


def synthesize_placeholder() -> PlaceholderPage:
    return PlaceholderPage(
        "synthesize",
        translate("PlaceholderPage", "Synthesize"),
        translate(
            "PlaceholderPage",
            "<p>This step will make <b>synthetic</b> records: new rows that keep the patterns of your data "
            "(how many, which combinations) but belong to no real person. Rare combinations, which could "
            "identify someone, are left out or blurred.</p>"
            "<p>You will choose how strong the protection is; the app explains the trade-off in plain words.</p>"
            "<p>Until then, an analyst can already make synthetic data from a recoded table with the command "
            "<code>ctdc-desktop synth</code> (see Help → User guide).</p>",
        ),
    )


def export_placeholder() -> PlaceholderPage:
    return PlaceholderPage(
        "export",
        translate("PlaceholderPage", "Export"),
        translate(
            "PlaceholderPage",
            "<p>This step will check the synthetic data against the original (is it still useful, is anyone "
            "still at risk) and save a release folder: the synthetic data as CSV and Excel, the protected "
            "counts, a codebook, a short report and a log of what was done.</p>"
            "<p>Your original export is never changed.</p>",
        ),
    )
