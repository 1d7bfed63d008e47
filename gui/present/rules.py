"""The Constitution's rules on one elector's two names, in words: the inhabitant rule (Art. II;
the 12th Amendment), as the tree, the tooltips, the outcome, the command line and its JSON say it."""

from __future__ import annotations

from gui.domain.constitution import InhabitantCheck, Inhabitants, inhabitant_check, inhabitant_violations
from gui.domain.i18n import translate
from gui.domain.scenario import Scenario
from gui.present.labels import and_join

MAX_LISTED = 5  # violations named in one sentence; the rest are counted


def rule_name(scenario: Scenario) -> str:
    if scenario.election.pre_12th_amendment:
        return translate("rules", "Article II's inhabitant rule")
    return translate("rules", "the 12th Amendment's inhabitant rule")


def _state_name(scenario: Scenario, code: str) -> str:
    election = scenario.election
    return election.state(code).name if election.has_state(code) else code


def broken_text(scenario: Scenario, check: InhabitantCheck) -> str:
    """ "TX:3 votes for A and B, both inhabitants of Texas: ... allows at most one." """
    seat = scenario.election.electors[check.elector]
    return translate(
        "rules",
        "{elector} votes for {first} and {second}, both inhabitants of {state}: {rule} allows at most "
        "one of an elector's two persons from the elector's own state.",
    ).format(
        elector=seat.id,
        first=check.names[0],
        second=check.names[1],
        state=_state_name(scenario, check.state),
        rule=rule_name(scenario),
    )


def unknown_text(scenario: Scenario, check: InhabitantCheck) -> str:
    return translate(
        "rules", "The home state of {names} is not in the record: {rule} cannot be checked here."
    ).format(names=and_join(check.unknown), rule=rule_name(scenario))


def elector_lines(scenario: Scenario, elector: int) -> list[str]:
    """What a tooltip says about one elector and the rule ([] when there is nothing to say)."""
    check = inhabitant_check(scenario, elector)
    if check.status is Inhabitants.BROKEN:
        return [broken_text(scenario, check)]
    if check.status is Inhabitants.UNKNOWN:
        return [unknown_text(scenario, check)]
    return []


def breaks_rule(scenario: Scenario, elector: int) -> bool:
    return inhabitant_check(scenario, elector).status is Inhabitants.BROKEN


def flag() -> str:
    """The mark beside an elector whose ballot breaks the rule (the tree)."""
    return translate("rules", "⚠ inhabitant rule")


def violation_lines(scenario: Scenario) -> list[str]:
    """The outcome's note: every ballot that breaks the rule (counted as cast), in one line."""
    broken = inhabitant_violations(scenario)
    if not broken:
        return []
    if len(broken) == 1:
        return [
            translate("rules", "Counted as cast, but against the Constitution: {what}").format(
                what=broken_text(scenario, broken[0])
            )
        ]
    listed = ", ".join(scenario.election.electors[c.elector].id for c in broken[:MAX_LISTED])
    if len(broken) > MAX_LISTED:
        listed += translate("rules", " and {count} more").format(count=len(broken) - MAX_LISTED)
    return [
        translate(
            "rules",
            "Counted as cast, but against {rule}: {count} electors ({electors}) vote for two "
            "inhabitants of their own state.",
        ).format(rule=rule_name(scenario), count=len(broken), electors=listed)
    ]


def violations_json(scenario: Scenario) -> list[dict[str, object]]:
    return [
        {
            "elector": scenario.election.electors[check.elector].id,
            "state": check.state,
            "persons": list(check.names),
            "rule": "article-ii" if scenario.election.pre_12th_amendment else "12th-amendment",
            "message": broken_text(scenario, check),
        }
        for check in inhabitant_violations(scenario)
    ]
