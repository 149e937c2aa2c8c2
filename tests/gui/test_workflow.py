"""The workflow: it keeps each step's decisions and typed result, hands each step what it works on, and marks later
steps out of date on a change."""

from __future__ import annotations

from unittest.mock import Mock

import pytest
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.registry import RECODE, SYNTHESIZE, step
from ctdc_desktop.core.release.release_inputs import ExportInput
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams
from ctdc_desktop.gui.workflow import Workflow


def _result(key: str) -> object:
    """A stand-in for step `key`'s result, of the type the registry names (the workflow only keeps and hands it on)."""
    return Mock(spec=step(key).result_type)


def _filled(workflow: Workflow) -> dict[str, object]:
    results = {key: _result(key) for key in ("load", "identifiers", "recode", "synthesize")}
    for key, value in results.items():
        workflow.set_result(key, value)
    return results


def test_each_step_receives_what_it_works_on(qtbot: QtBot) -> None:
    workflow = Workflow()
    results = _filled(workflow)
    assert workflow.input_for("load") is None
    assert workflow.input_for("identifiers") is results["load"]
    assert workflow.input_for("recode") is results["identifiers"]
    assert workflow.input_for("synthesize") is results["recode"]
    # Export gets both results it writes from (never one nested in the other), with the name and cap of the
    # Synthesize step's decisions, which own them.
    workflow.set_decisions("synthesize", SynthesisDecisions(KAnonParams(), dataset_name="mission", privacy_cap=4.0))
    workflow.set_result("synthesize", results["synthesize"])  # made again under those decisions
    handed = workflow.input_for("export")
    assert isinstance(handed, ExportInput)
    assert handed.recoded is results["recode"] and handed.synthesis is results["synthesize"]
    assert (handed.dataset_name, handed.privacy_cap) == ("mission", 4.0)
    assert handed.same_as(workflow.input_for("export"))  # nothing new: the page keeps what it has


def test_results_are_typed_by_the_registry(qtbot: QtBot) -> None:
    workflow = Workflow()
    results = _filled(workflow)
    assert workflow.result_of(RECODE) is results["recode"]
    assert workflow.result_of(SYNTHESIZE) is results["synthesize"]
    with pytest.raises(TypeError, match="recode step's result is a RecodedData"):
        workflow.set_result("recode", results["identifiers"])
    assert workflow.result_of(RECODE) is results["recode"]  # the wrong one was not kept


def test_export_has_no_input_until_both_results_it_needs_are_up_to_date(qtbot: QtBot) -> None:
    workflow = Workflow()
    _filled(workflow)
    assert workflow.input_for("export") is not None
    workflow.set_result("recode", _result("recode"))  # Recode again: its synthesis is out of date
    assert workflow.input_for("export") is None
    workflow.set_result("synthesize", _result("synthesize"))
    assert workflow.input_for("export") is not None


def test_a_new_result_marks_every_later_step_out_of_date(qtbot: QtBot) -> None:
    workflow = Workflow()
    results = _filled(workflow)
    with qtbot.waitSignal(workflow.changed, check_params_cb=lambda key: key == "identifiers"):
        workflow.set_result("identifiers", _result("identifiers"))
    assert workflow.result("load") is results["load"]
    assert not workflow.is_out_of_date("identifiers")
    assert workflow.is_out_of_date("recode") and workflow.is_out_of_date("synthesize")
    assert workflow.result("recode") is None and workflow.input_for("synthesize") is None
    # Running the step again brings it up to date; the steps after it stay out of date until they run.
    workflow.set_result("recode", _result("recode"))
    assert not workflow.is_out_of_date("recode") and workflow.is_out_of_date("synthesize")


def test_changed_decisions_mark_later_steps_out_of_date_but_the_same_ones_do_not(qtbot: QtBot) -> None:
    workflow = Workflow()
    _filled(workflow)
    workflow.set_decisions("synthesize", SynthesisDecisions(KAnonParams()))
    assert not workflow.is_out_of_date("synthesize")  # its own result is redone by running it, not marked
    with qtbot.assertNotEmitted(workflow.changed):
        workflow.set_decisions("synthesize", SynthesisDecisions(KAnonParams()))  # equal: nothing changes
    load = LoadDecisions((SourceFile(__file__, SourceRole.VICTIMS),), LinkColumns("a", "b"))  # type: ignore[arg-type]
    workflow.set_decisions("load", load)
    assert all(workflow.is_out_of_date(k) for k in ("identifiers", "recode", "synthesize"))
    assert workflow.project.load == load


def test_opening_a_project_replaces_decisions_and_forgets_results(qtbot: QtBot) -> None:
    workflow = Workflow()
    _filled(workflow)
    project = workflow.project.with_step("synthesize", SynthesisDecisions(DpParams(epsilon=1.0)))
    workflow.replace_project(project)
    assert workflow.decisions("synthesize") == SynthesisDecisions(DpParams(epsilon=1.0))
    assert all(workflow.result(k) is None for k in ("load", "identifiers", "recode", "synthesize"))
