"""The pages of the steps after Load, in workflow order: one line per step, so adding a page touches one line."""

from __future__ import annotations

from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.placeholder_page import (
    export_placeholder,
    recode_placeholder,
    synthesize_placeholder,
)
from ctdc_desktop.gui.step_page import StepPage


def later_pages() -> list[StepPage]:
    """The Identifiers, Recode, Synthesize and Export pages."""
    return [
        IdentifiersPage(),
        recode_placeholder(),
        synthesize_placeholder(),
        export_placeholder(),
    ]
