"""`ctdc-desktop recipe propose EXPORT --codebook NAME --out RECIPE.toml`: a recipe proposed from the export itself.

Opens the export as the window and `run` do (`core.open_export`), proposes every variable of the codebook's shipped
recipe from the export's own columns (`core.recode.propose`), and writes the proposal as a recipe file: each
variable with the proposal's reason as a comment above it, ``# CHECK:`` above those a person must confirm. Then it
lists what it could not place. The file loads with `load_recipe` and gives `recode` the table the proposal gives.

Exit codes: 0 every variable has a source and every value is placed (or set to missing by a stated rule);
1 the file was written but needs checking (listed); 2 bad input; 130 cancelled.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from ctdc_desktop.commands.recode import (
    BadInput,
    add_no_header_argument,
    add_one_row_per_perpetrator_arguments,
    inputs_text,
    open_export_for,
    refuse_overwriting_inputs,
)
from ctdc_desktop.commands.terminal_progress import TerminalProgress
from ctdc_desktop.commands.writing_command import run_writing_command
from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.progress import stages
from ctdc_desktop.core.recode.propose import RecipeProposal, VariableProposal, propose_recipe
from ctdc_desktop.core.recode.recipe import SHIPPED_RECIPES, Recipe, RecipeError, load_recipe, parse_recipe
from ctdc_desktop.core.recode.recode import recode
from ctdc_desktop.core.recode.save_recipe import recipe_to_toml

EXIT_TO_CHECK = 1
SHOWN_VALUES = 20  # values listed per variable; the rest are counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="recipe_action", metavar="ACTION", required=True)
    propose = actions.add_parser(
        "propose",
        help="propose a recipe from an export's own columns and write it as a recipe file",
        description="Propose every variable of a CTDC codebook from the export's own columns and values, and write "
        "the proposal as a recipe file (each proposal's reason as a comment; '# CHECK:' where a person must "
        "confirm). Exit 0 only when every variable has a source and every value is placed.",
    )
    propose.add_argument("export", metavar="EXPORT", help="the case export (.csv or .xlsx): victims, one row each")
    propose.add_argument("--codebook", required=True, choices=SHIPPED_RECIPES, help="the codebook to propose for")
    propose.add_argument("--out", required=True, metavar="RECIPE.toml", help="the recipe file to write (.toml)")
    propose.add_argument("--sheet", default=None, help="the victims sheet of a workbook (default: as the window picks)")
    propose.add_argument("--perpetrators", default=None, metavar="FILE", help="the perpetrators file, if separate")
    propose.add_argument("--perpetrators-sheet", default=None, metavar="S", help="the perpetrators sheet")
    add_no_header_argument(propose)
    add_one_row_per_perpetrator_arguments(propose)


# ------------------------------------------------------------------------------------------------ the file


def _comment(text: str) -> str:
    """One comment line, whatever the text holds (a reason never spans lines in the file)."""
    return "# " + " ".join(text.split())


def _columns_of(proposal: VariableProposal) -> list[str]:
    variable = proposal.variable
    return [*proposal.source, *(c for c in (variable.birth_date, variable.registration_date) if c)]


def _comments_for(proposal: VariableProposal) -> list[str]:
    lines = []
    if not proposal.found:
        lines.append(
            _comment(
                f"CHECK: {proposal.name}: no source found ({proposal.reason}); the columns below are "
                "the shipped recipe's, which this export does not have. Name the export's column."
            )
        )
    elif not proposal.confident:
        lines.append(_comment(f"CHECK: {proposal.name} from {', '.join(_columns_of(proposal))}: {proposal.reason}"))
    else:
        lines.append(_comment(f"{proposal.name} from {', '.join(_columns_of(proposal))}: {proposal.reason}"))
    if proposal.found and proposal.unplaced:
        lines.append(
            _comment(
                f"CHECK: {len(proposal.unplaced)} value(s) not placed: map each in [variables.map] or add it to "
                "missing (they are listed when the command runs)."
            )
        )
    if proposal.alternatives:
        lines.append(_comment(f"other columns that could make it: {', '.join(proposal.alternatives)}"))
    return lines


def proposed_recipe_text(proposal: RecipeProposal, export_name: str) -> str:
    """The proposed recipe (every proposal applied) as a recipe file, each variable's reason commented above it."""
    recipe = proposal.recipe
    body = recipe_to_toml(recipe).splitlines()
    while body and (not body[0].strip() or body[0].startswith("#")):
        body.pop(0)  # the writer's own header says the file came from the Recode page; this one did not
    to_check = len(proposal.uncertain) + sum(1 for p in proposal.variables if p.found and p.unplaced and p.confident)
    header = [
        f"# A CTDC Desktop recode recipe proposed by `ctdc-desktop recipe propose` for {proposal.base.name},",
        _comment(f"from the columns and values of {export_name}."),
        "# It holds no data from the records: only how each codebook variable is made from the export's columns",
        "# (and the export's own spellings of its categories, in each map).",
        "# Each variable's comment says why its source was proposed. "
        + (
            f"{to_check} variable(s) are marked CHECK: confirm or correct them before a release."
            if to_check
            else "Nothing is marked CHECK."
        ),
        "",
    ]
    out: list[str] = []
    proposals = iter(proposal.variables)
    for line in body:
        if line.strip() == "[[variables]]":
            current = next(proposals)
            if out and out[-1].strip():
                out.append("")
            out.extend(_comments_for(current))
        out.append(line)
    return "\n".join(header + out) + "\n"


def _write(path: Path, text: str, recipe: Recipe) -> None:
    def reads_back(written: Path) -> None:
        if parse_recipe(written.read_text(encoding="utf-8"), str(path)) != recipe:
            raise RecipeError(f"{path}: the proposed recipe did not read back the same; nothing was written.")

    write_file_atomically(path, text.encode("utf-8"), check=reads_back)


# ------------------------------------------------------------------------------------------------ the command


def _print_proposals(proposal: RecipeProposal) -> None:
    for p in proposal.variables:
        if not p.found:
            state = "not found"
        elif not p.confident:
            state = "CHECK"
        elif p.unplaced:
            state = "values"
        else:
            state = "ok"
        columns = ", ".join(_columns_of(p)) if p.found else "-"
        print(f"  [{state}] {p.name} <- {columns}: {p.reason}", file=sys.stderr)


def _print_unplaced(proposal: RecipeProposal) -> int:
    """Every value no word list places, per variable; the number of such variables."""
    with_values = [p for p in proposal.variables if p.found and p.unplaced]
    if with_values:
        print("Values not placed (map each in the recipe, or add it to missing):", file=sys.stderr)
    for p in with_values:
        shown = ", ".join(f'"{v}"' for v in p.unplaced[:SHOWN_VALUES])
        more = f" and {len(p.unplaced) - SHOWN_VALUES} more" if len(p.unplaced) > SHOWN_VALUES else ""
        print(f"  {p.name} ({', '.join(p.source)}): {shown}{more}", file=sys.stderr)
    return len(with_values)


def _propose(args: argparse.Namespace, progress: TerminalProgress) -> int:
    out = Path(args.out)
    refuse_overwriting_inputs(args, out)
    if out.suffix.casefold() != ".toml":
        raise BadInput(f"{out}: a recipe is written as TOML; give --out a name ending in .toml.")
    base, _ = load_recipe(args.codebook)
    parts = stages(progress, {"read": 2, "propose": 1, "check": 1})
    export = open_export_for(args, base, parts["read"])
    proposal = propose_recipe(export, base, parts["propose"])
    recipe = proposal.recipe
    # What `recode --recipe` will make with the file: the proof it is usable as it stands.
    result = recode(export, recipe, parts["check"])
    _write(out, proposed_recipe_text(proposal, Path(args.export).name), recipe)
    progress.finish()
    _print_proposals(proposal)
    _print_unplaced(proposal)
    found = sum(1 for p in proposal.variables if p.found)
    print(
        f"Wrote the proposed recipe to {out}: {found} of {len(proposal.variables)} variables have a source, "
        f"{len(proposal.uncertain)} marked CHECK."
    )
    if proposal.complete and result.complete:
        print("Every variable has a source and every value is placed: recode or run with it.")
        return 0
    problems = result.coverage.problems()
    if problems:
        print(f"With this recipe the recode is not complete yet ({len(problems)} problem(s)):", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
    print(
        f"Check the variables marked CHECK in {out}, then: ctdc-desktop recode {inputs_text(args.export, args)} "
        f"--recipe {shlex.quote(str(out))} --out TABLE.csv (or --unplaced missing for a look at the table so far).",
        file=sys.stderr,
    )
    return EXIT_TO_CHECK


def run(args: argparse.Namespace) -> int:
    return run_writing_command("recipe propose", args.out, lambda progress: _propose(args, progress))
