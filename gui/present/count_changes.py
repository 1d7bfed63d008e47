"""What the count in Congress changed, in words: states excluded (and the base), votes not
counted. The outcome line, the handout and the ``count`` command all say it from here."""

from __future__ import annotations

from gui.domain.catalog import Office
from gui.domain.i18n import translate
from gui.domain.scenario import Scenario
from gui.domain.tally import majority_of
from gui.present.labels import and_join


def state_name(scenario: Scenario, code: str) -> str:
    election = scenario.election
    return election.state(code).name if election.has_state(code) else code


def change_lines(scenario: Scenario) -> list[str]:
    """What the count changed, if anything ([] when every certificate was counted as cast, or
    the count only repeats what the scenario already leaves out: 1873's Arkansas, Louisiana and
    Georgia's votes for the late Greeley are out of the record itself)."""
    effect = scenario.count_effect()
    if effect.empty:
        return []
    election = scenario.election
    appointed = scenario.appointed
    majority = majority_of(appointed)
    lines = []
    excluded = sorted(effect.excluded - scenario.not_appointed, key=lambda c: state_name(scenario, c))
    if excluded:
        lines.append(
            translate(
                "count",
                "The count in Congress excluded {states} ({electors} electors) as not lawfully certified: "
                "{appointed} electors appointed, {majority} needed.",
            ).format(
                states=and_join(state_name(scenario, c) for c in excluded),
                electors=sum(len(election.state(c).electors) for c in excluded),
                appointed=appointed,
                majority=majority,
            )
        )
    rejected: dict[str, set[int]] = {}
    for office in Office:
        for i in effect.rejected[office]:
            state = election.electors[i].state
            name = scenario.cast(i, office)
            if state not in effect.excluded and name and name not in election.rejected_recipients:
                rejected.setdefault(state, set()).add(i)
    if rejected:
        lines.append(
            translate(
                "count",
                "The count in Congress did not count the votes of {electors} electors of {states} as not "
                "regularly given; they stay in the base ({appointed} appointed, {majority} needed).",
            ).format(
                electors=sum(len(e) for e in rejected.values()),
                states=and_join(state_name(scenario, c) for c in sorted(rejected)),
                appointed=appointed,
                majority=majority,
            )
        )
    return lines
