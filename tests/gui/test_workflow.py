"""The workflow: it keeps each step's decisions and result, and marks later steps out of date on a change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams
from ctdc_desktop.gui.workflow import Workflow


def _filled(workflow: Workflow) -> dict[str, object]:
    results = {key: object() for key in ("load", "identifiers", "recode", "synthesize")}
    for key, value in results.items():
        workflow.set_result(key, value)
    return results


def test_each_step_receives_the_result_of_the_one_before(qtbot: QtBot) -> None:
    workflow = Workflow()
    results = _filled(workflow)
    assert workflow.input_for("load") is None
    assert workflow.input_for("identifiers") is results["load"]
    assert workflow.input_for("export") is results["synthesize"]


def test_a_new_result_marks_every_later_step_out_of_date(qtbot: QtBot) -> None:
    workflow = Workflow()
    results = _filled(workflow)
    with qtbot.waitSignal(workflow.changed, check_params_cb=lambda key: key == "identifiers"):
        workflow.set_result("identifiers", object())
    assert workflow.result("load") is results["load"]
    assert not workflow.is_out_of_date("identifiers")
    assert workflow.is_out_of_date("recode") and workflow.is_out_of_date("synthesize")
    assert workflow.result("recode") is None and workflow.input_for("synthesize") is None
    # Running the step again brings it up to date; the steps after it stay out of date until they run.
    workflow.set_result("recode", object())
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
