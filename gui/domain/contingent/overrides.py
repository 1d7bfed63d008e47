"""Votes in a contingent election set by hand (in the window, a scenario file or the command
line), checked against the states that vote and the persons in the running."""

from __future__ import annotations

from gui.domain.catalog import Election
from gui.domain.contingent.rules import voting_states
from gui.domain.identifiers import InputError, quoted, resolve_person
from gui.domain.scenario import Scenario


def check_state(election: Election, key: str, chamber: str) -> str:
    code = key.strip().upper()
    if code in voting_states(election):
        return code
    if code == "DC":
        raise InputError(f"DC has no vote in the {chamber}'s contingent election: only states vote")
    if election.has_state(code):
        raise InputError(f"{election.state(code).name} took no part in the election of {election.year}")
    raise InputError(f"unknown state {quoted(key.strip())} in {election.year} (use a postal code such as TX)")


def check_person(scenario: Scenario, text: str, eligible: tuple[str, ...], chamber: str) -> str:
    """The person in the running ``text`` names (a name, an alias or a unique surname)."""
    aliases = {c.name: c.aliases for c in scenario.candidates}
    known = [(name, aliases.get(name, ())) for name in eligible]
    try:
        return resolve_person(known, text, allow_new=False)
    except InputError:
        everyone = [(c.name, c.aliases) for c in scenario.candidates]
        try:
            name = resolve_person(everyone, text, allow_new=False)
        except InputError:
            name = ""
        choices = ", ".join(eligible) or "nobody: no contingent election is needed"
        if name:
            raise InputError(f"{name} is not among those the {chamber} may choose ({choices})") from None
        raise InputError(
            f"unknown candidate {quoted(text.strip())} (the {chamber} may choose: {choices})"
        ) from None
