"""The pages of the steps after Load, in workflow order (a step not built yet would be a `placeholder_page`)."""

from __future__ import annotations

from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepPage
from ctdc_desktop.gui.synthesize_page import SynthesizePage


def later_pages() -> list[StepPage]:
    """The Identifiers, Recode, Synthesize and Export pages."""
    return [
        IdentifiersPage(),
        RecodePage(),
        SynthesizePage(),
        ExportPage(),
    ]
