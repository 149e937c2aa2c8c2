"""Proposals for flags (1 or empty): from yes/no or check-box columns named for the flag's items (one per role:
"¿Reclutó?", "Aliciador"), or from one column whose cells list answers ("Recruteur/intermédiaire; Passeur")."""

from __future__ import annotations

from dataclasses import replace

from ctdc_desktop.core.recode import column_evidence as evidence
from ctdc_desktop.core.recode.column_evidence import ColumnValues
from ctdc_desktop.core.recode.multi_value import count_answers, split_cell
from ctdc_desktop.core.recode.proposal import VariableProposal
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, VariableRecipe
from ctdc_desktop.core.recode.source_candidates import (
    Candidate,
    Hint,
    SourceTable,
    choose,
    fresh,
    map_values,
    name_reason,
    not_found,
    pct,
    proposal_found,
    unplaced_text,
    with_map,
)
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.lexicon import CODE_STRENGTH, Match
from ctdc_desktop.core.words.spellings import spelling_key, vocabulary


class _Items:
    """Places one answer of a flag: "1" when it names one of the variable's items, "" when it names another known
    answer (another role, "no", "unknown"), nothing when no list knows it."""

    def __init__(self, hint: Hint) -> None:
        self.items = set(hint.items)
        self.reader = evidence.answers_of(tuple(dict.fromkeys(c.split(":")[0] for c in hint.items)))

    def place(self, value: str) -> tuple[str, str]:
        concepts = self.reader(value)
        if any(c in self.items for c in concepts):
            return "label", FLAG_LABEL
        if concepts:
            return "label", ""
        answer = evidence.yes_no_answer(value)
        if answer in ("no", "unknown"):
            return "label", ""
        return "", ""


def _yes_no_place(value: str) -> tuple[str, str]:
    answer = evidence.yes_no_answer(value)
    if answer is None:
        return "", translate("Proposals", "not a yes/no answer")
    if vocabulary("yes_no").get(spelling_key(value)) is not None:
        return "vocabulary", ""
    return "label", FLAG_LABEL if answer == "yes" else ""


_ITEM_FILES = ("roles", "exploitation", "control", "sectors", "sex_work", "relationships")


def _item_matches(table: SourceTable, column: str) -> list[tuple[str, Match]]:
    """The strongest item matches of a column's name over every item list, (file, match)."""
    found = [(file, m) for file in _ITEM_FILES for m in table.name_matches(column, file)]
    if not found:
        return []
    top = max(m.strength for _, m in found)
    return [(file, m) for file, m in found if m.strength == top]


def propose_flag(variable: VariableRecipe, hint: Hint, table: SourceTable) -> VariableProposal:
    # 1. Yes/no or check-box columns named for one of the items ("Trabalho forçado", "¿Reclutó?", "Aliciador"). The
    #    name is read against every item list, the strongest phrase deciding.
    checks: list[tuple[str, Match, float]] = []
    wanted = set(hint.items)
    for column in table.columns:
        strongest = _item_matches(table, column)
        match = next((m for file, m in strongest if f"{file}:{m.concept}" in wanted), None)
        if spelling_key(column) == spelling_key(variable.name):  # the export uses the codebook's own names
            match = Match(variable.name, CODE_STRENGTH, column)
        elif match is None or (match.concept == "other" and match.strength < 2):
            continue  # no item, or "other" alone: every list has an "other", so it names no flag
        said = table.name_matches(column)
        if said and said[0].strength > match.strength and table.named_for(column, hint.lists) is None:
            continue  # the name says more clearly it is something else
        values = table.values(column)
        share = values.share(lambda v: evidence.yes_no_answer(v) is not None) if values.filled else 0.0
        if share >= 0.8 and len({evidence.yes_no_answer(v) for v in values.values[:50]}) <= 3:
            checks.append((column, match, share))  # yes, no and unknown, however many ways each is written
    if checks:
        columns = tuple(column for column, _, _ in checks)
        mapping: dict[str, str] = {}
        unplaced: list[tuple[str, int]] = []
        for column in columns:
            more_map, _, more_unplaced = map_values(table.values(column), _yes_no_place)
            mapping.update(more_map)
            unplaced += more_unplaced
        proposed = with_map(replace(fresh(variable, columns), recoder="flag", listed=()), mapping, [])
        named = ", ".join(f'"{column}" ({match.phrase})' for column, match, _ in checks)
        reason = translate("Proposals", "yes/no columns named for it: {columns}").format(columns=named)
        if unplaced:
            reason += "; " + unplaced_text(unplaced)
        sure = all(share >= 0.95 for _, _, share in checks)
        return VariableProposal(variable.name, proposed, True, sure, reason, (), tuple(v for v, _ in unplaced))
    # 2. One column listing the answers ("Recruteur/intermédiaire; Passeur").
    items = _Items(hint)
    candidates = []
    for column in table.columns:
        list_named = table.named_for(column, hint.lists)
        values = table.values(column)
        if list_named is None and (values.many_distinct or table.claimed_elsewhere(column, hint.lists)):
            continue
        if values.filled and values.share(lambda v: evidence.yes_no_answer(v) is not None) >= 0.8:
            continue  # a yes/no column ("Autre rôle ?") lists no answers
        separators = values.separators

        def answers_placed(value: str, separators: tuple[str, ...] = separators) -> bool:
            parts = split_cell(value, separators)
            return bool(parts) and all(items.place(p)[0] != "" for p in parts)

        candidates.append(Candidate(column, list_named, values.share(answers_placed) if values.filled else 0.0))
    best, confident, alternatives = choose(candidates, enough=0.3)
    if best is None or (best.named is None and best.share < 0.9):
        return not_found(variable, hint)
    values = table.values(best.column)
    separators = values.separators
    totals = count_answers(values.values, values.counts, separators)
    answers = ColumnValues(best.column, list(totals), list(totals.values()))  # each answer once, with its rows
    mapping, _, unplaced = map_values(answers, items.place)
    proposed = with_map(
        replace(fresh(variable, (best.column,)), recoder="flag", split=separators, listed=()), mapping, []
    )
    listed = ", ".join(f'"{s.strip() or s}"' for s in separators) or translate("Proposals", "none")
    reasons = [
        name_reason(best),
        translate(
            "Proposals", "its cells list answers (separated by {separators}); {share} of rows fully placed"
        ).format(separators=listed, share=pct(best.share)),
    ]
    ones = sorted(answer for answer, label in mapping.items() if label == FLAG_LABEL)
    if ones:
        reasons.append(translate("Proposals", "1 for: {answers}").format(answers=", ".join(f'"{a}"' for a in ones[:6])))
    if unplaced:
        reasons.append(unplaced_text(sorted(unplaced, key=lambda u: -u[1])))
    return proposal_found(variable.name, proposed, best, confident, reasons, alternatives, unplaced)
