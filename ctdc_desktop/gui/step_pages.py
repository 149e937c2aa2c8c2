"""The pages of the steps after Load, in workflow order: one line per step, so adding a page touches one line."""

from __future__ import annotations

from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.placeholder_page import (
    identifiers_placeholder,
)
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepPage
from ctdc_desktop.gui.synthesize_page import SynthesizePage


def later_pages() -> list[StepPage]:
    """The Identifiers, Recode, Synthesize and Export pages."""
    return [
        identifiers_placeholder(),
        RecodePage(),
        SynthesizePage(),
        ExportPage(),
    ]
