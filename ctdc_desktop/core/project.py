"""The user's decisions, saved to and read from a `.ctdcproj` file (JSON).

A project holds where the source files are and what the user decided on each step, never a value from the data:
the file may be copied, mailed to HQ or left on a shared drive, and must not expose anyone.

Layout (format 2): ``sources`` and ``link_columns`` are the Load step's decisions (`LoadDecisions.to_dict`), written
once; ``steps`` maps every later step's key (see `core.steps`) to its decisions dataclass's `to_dict()`. Every key is
checked on reading: a damaged or hand-edited file gives a `ProjectError` naming the dotted key
(``steps.export.location``), never a crash. Format 1 files (which also repeated the sources under ``steps.load``) are
still read, and so is a privacy cap kept with the Export step's decisions by older versions.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.decisions import DecisionsError, StepDecisions
from ctdc_desktop.core.file_problem import FileProblem
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.recode.recipe import RecodeDecisions
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.ledger import dataset_key
from ctdc_desktop.core.steps import STEP_KEYS
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.translation import translate

FORMAT_VERSION = 2
PROJECT_SUFFIX = ".ctdcproj"
_LOAD_KEYS = ("sources", "link_columns")  # the Load step's decisions, at the top of the file

# How to read each later step's decisions (its dataclass's `from_dict`, given the data and the key path for
# messages). The Load step's decisions are the project's own `sources` and `link_columns` (`LoadDecisions`).
DECISION_TYPES: dict[str, Callable[[Mapping[str, Any], str], StepDecisions]] = {
    "identifiers": IdentifierDecisions.from_dict,
    "recode": RecodeDecisions.from_dict,
    "synthesize": SynthesisDecisions.from_dict,
    "export": ReleaseDecisions.from_dict,
}


class ProjectError(FileProblem):
    """A project file that cannot be read or written. The message names the file, the problem and what to do."""


@dataclass(frozen=True)
class Project:
    """Everything needed to redo the work on the same or next quarter's export, and nothing from the data."""

    sources: tuple[SourceFile, ...] = ()
    link_columns: LinkColumns | None = None
    # Step key -> that step's decisions, for the steps after Load (keys and types in DECISION_TYPES).
    steps: Mapping[str, StepDecisions] = field(default_factory=dict)

    @property
    def load(self) -> LoadDecisions:
        return LoadDecisions(self.sources, self.link_columns)

    def with_load(self, load: LoadDecisions) -> Project:
        return replace(self, sources=load.sources, link_columns=load.link_columns)

    def with_step(self, key: str, decisions: StepDecisions | None) -> Project:
        """The same project with `key`'s decisions replaced (None: the step has nothing decided)."""
        if key not in DECISION_TYPES:
            raise KeyError(f"step {key!r} has no decisions type")
        steps = {k: v for k, v in self.steps.items() if k != key}
        if decisions is not None:
            steps[key] = decisions
        return replace(self, steps=steps)

    def source(self, role: SourceRole) -> SourceFile | None:
        return self.load.source(role)

    @property
    def dataset_name(self) -> str:
        """The name this project's releases are counted under in the privacy budget ledger ("" until named).

        Kept with the Synthesize step's decisions (the page that shows it), so that the window and `run --project`
        read the same name and count against the same ledger entry."""
        synthesis = self.steps.get("synthesize")
        return synthesis.dataset_name if isinstance(synthesis, SynthesisDecisions) else ""

    def with_dataset_name(self, name: str) -> Project:
        """The same project under dataset `name` (kept with its synthesis decisions, default ones if none yet)."""
        synthesis = self.steps.get("synthesize")
        if not isinstance(synthesis, SynthesisDecisions):
            synthesis = SynthesisDecisions()
        return self.with_step("synthesize", replace(synthesis, dataset_name=" ".join(name.split())))

    def missing_sources(self) -> tuple[SourceFile, ...]:
        """The source files that are not where the project says (moved, renamed, or on an unplugged drive)."""
        return tuple(s for s in self.sources if not s.path.is_file())

    def with_source_moved(self, old: Path, new: Path) -> Project:
        """The same project reading `new` wherever it read `old` (the user located a moved file)."""
        return replace(self, sources=tuple(replace(s, path=new) if s.path == old else s for s in self.sources))


# Words that say nothing about which data a file holds: a dataset named only by them ("export", "data 2026",
# "victims_final") would share its privacy budget with every other mission's export of that name.
GENERIC_NAME_WORDS = frozenset(
    """
    dataset datasets data database db export exports exported extract extraction download cases case casos caso
    victim victims victime victimes victima victimas vitima vitimas perpetrator perpetrators auteur auteurs
    perpetrador perpetradores agresor agresores records record registros registro enregistrements donnees
    données datos dados file files fichier fichiers archivo archivos arquivo sheet sheets feuille feuil hoja hojas
    book classeur libro pasta project projet proyecto projeto sample samples test tests new nouveau nuevo novo copy
    copie copia final draft version v untitled sans titre sin titulo table tableau tabla all tous todos full complet
    completo ctdc ctdcproj release releases
    """.split()  # noqa: SIM905 (a list of words reads better as words)
)
_NAME_PARTS = re.compile(r"[\W_]+", re.UNICODE)
_DATE_PART = re.compile(r"^(\d+|q[1-4]|t[1-4]|s[12]|h[12]|v\d+|\d+(st|nd|rd|th|er|e|o|a))$")


def is_generic_dataset_name(name: str) -> bool:
    """True when `name` holds nothing but generic words, numbers and dates ("export", "data_2026_q3", "Book1")."""
    parts = [p for p in _NAME_PARTS.split(name.casefold()) if p]
    meaningful = [p for p in parts if p not in GENERIC_NAME_WORDS and not _DATE_PART.match(p)]
    # "Book1", "Feuil1": a generic word with a number stuck to it
    meaningful = [p for p in meaningful if re.sub(r"\d+$", "", p) not in GENERIC_NAME_WORDS]
    return not meaningful


def propose_dataset_name(project: Project, project_path: Path | None = None, taken: Collection[str] = ()) -> str:
    """A name for the project's dataset in the privacy budget ledger, from the project file's or the export's name.

    The first of these that is not generic (`is_generic_dataset_name`): the project file's name, the victims
    export's name (never a folder's: it may be a person's home folder, and the name goes into the bundle). When both
    are generic, the export's name with a short fingerprint of where it is (never of its content), so that two
    unrelated exports named alike do not share a budget. A name in `taken`
    (datasets that already have releases in the ledger: another project's) gets a number, "mission 2".
    """
    victims = project.source(SourceRole.VICTIMS)
    candidates = []
    if project_path is not None:
        candidates.append(Path(project_path).stem)
    if victims is not None:
        candidates.append(victims.path.stem)
    tidy = [" ".join(c.split())[:60].strip() for c in candidates]
    name = next((c for c in tidy if c and not is_generic_dataset_name(c)), "")
    if not name:
        where = str(victims.path if victims is not None else project_path or "")
        # "x" first: a bare hexadecimal fingerprint can read as a number or a date ("51996a"), which would make the
        # name look generic again.
        fingerprint = "x" + hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:6]
        base = next((c for c in tidy if c), translate("Project", "release"))
        name = f"{base} {fingerprint}"
    keys = {dataset_key(t) for t in taken}
    proposal, number = name, 2
    while dataset_key(proposal) in keys:
        proposal, number = f"{name} {number}", number + 1
    return proposal


def save_project(project: Project, path: Path) -> None:
    """Write `project` to `path` so that a crash or a full disk leaves either the old file or the new one.

    The new text is read back before it replaces the old file (see `core.io.output_folder`).
    """
    path = Path(path)
    try:
        text = json.dumps(_project_to_json(project, path.parent), indent=2, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ProjectError(
            path,
            translate("Project", "a decision cannot be saved as JSON ({0}).").format(error),
            translate("Project", "This is a bug; please report it."),
        ) from error
    try:
        write_file_atomically(path, (text + "\n").encode("utf-8"), check=load_project)
    except OSError as error:
        raise ProjectError(
            path,
            translate("Project", "could not be saved ({0}).").format(error.strerror or error),
            translate("Project", "Choose a folder you can write to."),
        ) from error


def load_project(path: Path) -> Project:
    """Read a project file, checking every key; raise `ProjectError` naming the file and the key at fault.

    A project saved with synthesis settings but no dataset name (by an earlier version) is given the name
    `propose_dataset_name` finds for it, the same in the window and in `run --project`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise ProjectError(
            path, translate("Project", "the file does not exist."), translate("Project", "Check the name and folder.")
        ) from error
    except OSError as error:
        raise ProjectError(
            path, translate("Project", "could not be read ({0}).").format(error.strerror or error)
        ) from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ProjectError(
            path, translate("Project", "is not a CTDC Desktop project (it is not text)."), _open_a_project()
        ) from error
    except json.JSONDecodeError as error:
        raise ProjectError(
            path,
            translate("Project", "is not a valid project file (broken JSON at line {0}, column {1}).").format(
                error.lineno, error.colno
            ),
            _open_a_project(),
        ) from error
    project = _project_from_json(document, path)
    if "synthesize" in project.steps and not project.dataset_name:
        project = project.with_dataset_name(propose_dataset_name(project, path))
    return project


def _open_a_project() -> str:
    return translate("Project", "Open a .ctdcproj file saved by CTDC Desktop, or save the project again.")


def _project_to_json(project: Project, folder: Path) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        **project.load.to_dict(folder),
        "steps": {key: project.steps[key].to_dict() for key in STEP_KEYS if key in project.steps},
    }


def _project_from_json(document: object, path: Path) -> Project:
    top = _mapping(document, path, translate("Project", "the top level"))
    version = _required(top, "format_version", path)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(
            path,
            translate("Project", "key 'format_version' should be a whole number, not {0}.").format(repr(version)),
            _open_a_project(),
        )
    if version > FORMAT_VERSION:
        raise ProjectError(
            path,
            translate(
                "Project", "was saved by a newer CTDC Desktop (project format {0}; this version reads up to {1})."
            ).format(version, FORMAT_VERSION),
            translate("Project", "Update CTDC Desktop to open it."),
        )
    try:
        # The Load step's decisions are the file's own `sources` and `link_columns`.
        load = LoadDecisions.from_dict({k: v for k, v in top.items() if k in _LOAD_KEYS}, "", path.parent)
        steps = _steps_from_json(read.mapping(top.get("steps", {}), "steps"), version, path)
    except DecisionsError as error:  # names the key
        raise ProjectError(path, str(error), _open_a_project()) from error
    return Project(sources=load.sources, link_columns=load.link_columns, steps=steps)


def _steps_from_json(steps_raw: Mapping[str, Any], version: int, path: Path) -> dict[str, StepDecisions]:
    steps: dict[str, StepDecisions] = {}
    for key, value in steps_raw.items():
        where = read.at("steps", key)
        raw = read.mapping(value, where)
        if version == 1:
            continue  # format 1 saved only Load's decisions here (again) and placeholders' empty ones
        read_decisions = DECISION_TYPES.get(key)
        if read_decisions is None:
            known = ", ".join(DECISION_TYPES)
            problem = (
                translate("Project", "key '{0}' is not a step this version can read (it reads: {1}).").format(
                    where, known
                )
                if key not in STEP_KEYS
                else translate(
                    "Project", "key '{0}' holds decisions for a step this version does not have yet."
                ).format(where)
            )
            raise ProjectError(
                path, problem, translate("Project", "Open the project with the CTDC Desktop version that saved it.")
            )
        steps[key] = read_decisions(raw, where)
    return _with_the_cap_of_older_projects(steps, steps_raw)


def _with_the_cap_of_older_projects(
    steps: dict[str, StepDecisions], steps_raw: Mapping[str, Any]
) -> dict[str, StepDecisions]:
    """The privacy cap is kept with the Synthesize step's decisions (the page that checks the budget); a project saved
    before that kept it with the Export step's. Such a cap becomes the synthesis one, so that the window and `run
    --project` count the release against the cap the user set."""
    synthesis = steps.get("synthesize")
    older_cap = steps_raw.get("export", {}).get("privacy_cap")
    if (
        isinstance(synthesis, SynthesisDecisions)
        and older_cap is not None
        and "privacy_cap" not in steps_raw["synthesize"]
    ):
        # ReleaseDecisions.from_dict checked it is a positive number.
        return {**steps, "synthesize": replace(synthesis, privacy_cap=float(older_cap))}
    return steps


def _mapping(value: object, path: Path, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ProjectError(path, translate("Project", "{0} should be a JSON object.").format(what), _open_a_project())
    return value


def _required(mapping: Mapping[str, Any], key: str, path: Path) -> Any:
    if key not in mapping:
        raise ProjectError(path, translate("Project", "key '{0}' is missing.").format(key), _open_a_project())
    return mapping[key]
