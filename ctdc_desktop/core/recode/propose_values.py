"""Proposals for variables made from one column of answers: sexes, relationships, yes/no (value maps), countries,
ages (or birth and registration dates), and years (or dates whose year is read)."""

from __future__ import annotations

from dataclasses import replace

from ctdc_desktop.core.recode import column_evidence as evidence
from ctdc_desktop.core.recode.column_evidence import ColumnValues
from ctdc_desktop.core.recode.proposal import VariableProposal
from ctdc_desktop.core.recode.recipe import VariableRecipe
from ctdc_desktop.core.recode.source_candidates import (
    Candidate,
    Hint,
    SourceTable,
    choose,
    fresh,
    map_values,
    name_reason,
    named_candidates,
    not_found,
    pct,
    proposal_found,
    unknown_or,
    unplaced_text,
    with_map,
)
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.spellings import spelling_key, vocabulary


class _Answers:
    """Places one value of an answers column: a codebook label, "missing" by a stated rule, or nothing."""

    def __init__(self, variable: VariableRecipe, hint: Hint) -> None:
        self.variable = variable
        self.hint = hint
        self.reader = evidence.answers_of(hint.files)
        self.known = vocabulary(variable.vocabulary) if variable.vocabulary else {}
        self.missing = {spelling_key(v) for v in variable.missing}
        self.label_of = {concept: label for label, concepts in hint.values for concept in concepts}

    def place(self, value: str) -> tuple[str, str]:
        """("label", L), ("missing", concept), ("vocabulary", L) or ("", why) when it cannot be placed."""
        text = value.strip()
        if text in self.variable.labels:
            return "vocabulary", text
        key = spelling_key(text)
        if key in self.missing:
            return "missing", ""
        label = self.known.get(key)
        if label in self.variable.labels:
            return "vocabulary", label
        concepts = self.reader(text)
        labels = {self.label_of[c] for c in concepts if c in self.label_of}
        if len(labels) == 1:
            return "label", labels.pop()
        if len(labels) > 1:
            return "", translate("Proposals", "means more than one category ({labels})").format(
                labels=", ".join(sorted(labels))
            )
        if any(c in self.hint.missing for c in concepts):
            return "missing", concepts[0]
        if label is not None:  # a known spelling of a category this codebook leaves out (e.g. other genders)
            return "", translate("Proposals", "{label} is not a category of this variable").format(label=label)
        return "", ""

    def places(self, value: str) -> bool:
        return self.place(value)[0] != ""


def _sex_letters(values: ColumnValues, variable: VariableRecipe) -> dict[str, str]:
    """One-letter sexes read by the letters the column holds: H/F is homme/femme, M/F male/female, but H/M is
    hombre/mujer, where M is a woman. Empty when the column is not written so."""
    if not {"Female", "Male"} <= set(variable.labels):
        return {}
    keys = {spelling_key(v): v for v in values.values if len(spelling_key(v)) == 1}
    if "h" in keys and "m" in keys and "f" not in keys:
        return {value: ("Male" if key == "h" else "Female") for key, value in keys.items() if key in ("h", "m")}
    return {}


def _two_labels(values: ColumnValues, answers: _Answers) -> bool:
    """Values alone speak for an answers column only when they hold two of its categories or more."""
    labels = {answers.place(v)[1] for v in values.values[:30] if answers.place(v)[0] in ("label", "vocabulary")}
    return len(labels) >= 2


def propose_answers(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    answers = _Answers(variable, hint)
    candidates = []
    for column in table.columns:
        named = table.named_for(column, hint.columns)
        values = table.values(column)
        if named is None and (
            len(values.values) > 30 or table.claimed_elsewhere(column, hint.columns) or not _two_labels(values, answers)
        ):
            continue
        candidates.append(Candidate(column, named, values.share(answers.places) if values.filled else 0.0))
    best, confident, alternatives = choose(candidates)
    if best is None:
        return not_found(variable, hint)
    values = table.values(best.column)
    mapping, missing, unplaced = map_values(values, answers.place)
    why = {value: answers.place(value)[1] for value, _ in unplaced}
    reason = [name_reason(best)]
    letters = _sex_letters(values, variable)
    if letters:
        mapping.update(letters)
        reason.append(translate("Proposals", "H and M read as hombre/mujer (no F in the column)"))
    proposed = with_map(fresh(variable, (best.column,)), mapping, missing)
    categories = "/".join(variable.labels)
    if not unplaced:
        reason.append(
            translate(
                "Proposals", "{n} different values, all placed (known spellings of {categories}, or unknown)"
            ).format(n=len(values.values), categories=categories)
        )
    else:
        reason.append(unplaced_text(unplaced, why))
    if missing:
        reason.append(
            translate("Proposals", "set to missing as unknown: {values}").format(
                values=", ".join(f'"{m}"' for m in missing[:4])
            )
        )
    return proposal_found(variable.name, proposed, best, confident, reason, alternatives, unplaced)


def propose_country(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    unknown = evidence.answers_of(("answers",))
    missing_keys = {spelling_key(v) for v in variable.missing}

    def place(value: str) -> tuple[str, str]:
        if evidence.is_country(value):
            return "vocabulary", ""
        if spelling_key(value) in missing_keys:
            return "missing", ""
        if any(c in ("answers:unknown", "answers:not_applicable", "answers:stateless") for c in unknown(value)):
            return "missing", ""
        return "", translate("Proposals", "not a country we know")

    candidates = []
    for column in table.columns:
        named = table.named_for(column, hint.columns)
        values = table.values(column)
        if named is None and (values.many_distinct or table.claimed_elsewhere(column, hint.columns)):
            continue
        candidates.append(Candidate(column, named, values.share(lambda v: place(v)[0] != "")))
    best, confident, alternatives = choose(candidates)
    if best is None:
        return not_found(variable, hint)
    values = table.values(best.column)
    _, missing, unplaced = map_values(values, place)
    proposed = with_map(fresh(variable, (best.column,)), {}, missing)
    reason = [name_reason(best)]
    reason.append(
        translate("Proposals", "{share} of its rows are countries (codes or names)").format(share=pct(best.share))
    )
    if unplaced:
        reason.append(unplaced_text(unplaced))
    return proposal_found(variable.name, proposed, best, confident, reason, alternatives, unplaced)


def _propose_age(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    place = unknown_or(evidence.is_age_in_years)
    best, confident, alternatives = choose(named_candidates(table, hint.columns, lambda v: place(v)[0] != ""))
    if best is None:
        return not_found(variable, hint)
    values = table.values(best.column)
    _, missing, unplaced = map_values(values, place)
    proposed = with_map(fresh(variable, (best.column,)), {}, missing)
    reason = [
        name_reason(best),
        translate("Proposals", "{share} of its rows are ages in years").format(share=pct(best.share)),
    ]
    if unplaced:
        reason.append(unplaced_text(unplaced))
    return proposal_found(variable.name, proposed, best, confident, reason, alternatives, unplaced)


def _dated(table: SourceTable, date_concept: str, year_concept: str) -> tuple[Candidate | None, bool]:
    """The best column named for the date (or year) concept holding dates or years; (candidate, full dates).

    Either name goes with either content: Stage one turns a registration date into its year under the same name,
    and exports call a column of years "Date"."""
    candidates = named_candidates(
        table, (date_concept, year_concept), lambda v: evidence.is_full_date(v) or evidence.is_year(v)
    )
    best = choose(candidates)[0]
    if best is None or best.share < 0.5:
        return None, False
    values = table.values(best.column)
    return best, values.share(evidence.is_full_date) >= values.share(evidence.is_year)


def propose_age_or_dates(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    """An age column, and where the export has them a birth date and a registration date for the rows without one
    (only victims have both)."""
    if variable.table == "victims":
        return propose_majority(variable, hint, table)
    return _propose_age(variable, hint, table)


def propose_majority(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    age = _propose_age(variable, hint, table) if hint.columns else None
    birth, _ = _dated(table, "birth_date", "birth_year")
    registered, _ = _dated(table, "registration_date", "registration_year")
    reason: list[str] = []
    proposed = fresh(variable, ())
    confident = True
    unplaced: tuple[str, ...] = ()
    if age is not None and age.found and age.variable.source:
        proposed = age.variable
        reason.append(age.reason)
        confident = age.confident
        unplaced = age.unplaced
    if birth is not None and registered is not None:
        proposed = replace(proposed, birth_date=birth.column, registration_date=registered.column)
        reason.append(
            translate(
                "Proposals", 'age counted from "{birth}" to "{registered}" (dates or years in {b} and {r} of rows)'
            ).format(birth=birth.column, b=pct(birth.share), registered=registered.column, r=pct(registered.share))
        )
        dates_sure = birth.share >= 0.9 and registered.share >= 0.9 and birth.named and registered.named
        confident = bool(dates_sure) if not proposed.source else confident
    if not proposed.source and not proposed.birth_date:
        return not_found(
            variable,
            hint,
            translate("Proposals", "no age column, and no birth date (or year) with a registration date (or year)"),
        )
    return VariableProposal(variable.name, proposed, True, confident, "; ".join(reason), (), unplaced)


def propose_year(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    best, full_dates = _dated(table, "registration_date", "registration_year")
    if best is None:
        return not_found(variable, hint)
    proposed = replace(fresh(variable, (best.column,)), date_year=full_dates)
    what = (
        translate("Proposals", "{share} of its rows are dates; the year is read")
        if full_dates
        else translate("Proposals", "{share} of its rows are years")
    )
    reason = f"{name_reason(best)}; {what.format(share=pct(best.share))}"
    return VariableProposal(variable.name, proposed, True, best.share >= 0.9, reason, (), (), best.named is not None)
