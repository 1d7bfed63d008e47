"""Words every view shares, in the reader's language: offices, starting points, units, ballots.

In English each function returns exactly what the domain says (the catalog's unit names), so
nothing changes until a translator is installed (only the window installs one).
"""

from __future__ import annotations

from collections.abc import Iterable

from gui.domain.catalog import Election, Ticket
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.scenario import ABSENT, FAITHFUL, Ballot, Office, Scenario, Start, Vote


def office_title(office: Office) -> str:
    """ "President" / "Vice President", as a heading."""
    if office is Office.PRESIDENT:
        return translate("labels", "President")
    return translate("labels", "Vice President")


def pre_12th_vote_title(office: Office) -> str:
    """Before the 12th Amendment each elector cast two votes for President: "First vote" and
    "Second vote" stand where the office titles stand later."""
    if office is Office.PRESIDENT:
        return translate("labels", "First vote")
    return translate("labels", "Second vote")


# How each starting point is named: in the picker, its tip, in a heading, explained.
START_WORDS = {
    Start.OFFICIAL: (
        QT_TRANSLATE_NOOP("start", "Official result"),
        QT_TRANSLATE_NOOP("start", "The votes as Congress counted them, faithless electors included"),
        QT_TRANSLATE_NOOP("start", "official result"),
        QT_TRANSLATE_NOOP("start", "official result, as Congress counted it"),
    ),
    Start.PLEDGED: (
        QT_TRANSLATE_NOOP("start", "As pledged"),
        QT_TRANSLATE_NOOP("start", "Every elector votes for the ticket that carried their state or district"),
        QT_TRANSLATE_NOOP("start", "as pledged"),
        QT_TRANSLATE_NOOP("start", "as pledged (every elector votes for the ticket that carried their unit)"),
    ),
}


def start_title(start: Start) -> str:
    """The starting point as the picker names it."""
    return translate("start", START_WORDS[start][0])


def start_tip(start: Start) -> str:
    return translate("start", START_WORDS[start][1])


def start_name(start: Start, upcoming: bool = False) -> str:
    """The starting point in a heading: "official result" / "as pledged" ("no votes yet" for
    an election still to come, where both starting points are the same)."""
    if upcoming:
        return translate("start", "no votes yet")
    return translate("start", START_WORDS[start][2])


def start_line(start: Start, upcoming: bool = False, forecast: bool = False) -> str:
    """The starting point, explained."""
    if forecast:
        return translate("start", "a forecast: each state rated, no votes cast yet")
    if upcoming:
        return translate("start", "the next election: no votes cast yet, every state still to be called")
    return translate("start", START_WORDS[start][3])


def laws_suffix(scenario: Scenario) -> str:
    return translate("labels", "; state laws applied") if scenario.apply_state_laws else ""


def heading(scenario: Scenario) -> str:
    """ "2016 — as pledged; state laws applied": what a report is about."""
    start = start_name(scenario.start, scenario.election.upcoming)
    return f"{scenario.election.year} — {start}{laws_suffix(scenario)}"


def vote_label(vote: Vote) -> str:
    """A choice in a vote picker: as pledged, a person, a blank ballot, or absent (no ballot)."""
    if vote is FAITHFUL:
        return translate("labels", "As pledged")
    if vote is ABSENT:
        return translate("labels", "Absent (no ballot)")
    return vote or translate("labels", "Blank ballot")


def not_called_label() -> str:
    """The choice that leaves a unit not yet called (too close to call), as pickers list it."""
    return translate("labels", "Not yet called")


def ticket_label(ticket: Ticket) -> str:
    """ "Donald Trump / Mike Pence", or "not yet called" for a unit nobody has carried yet."""
    return translate("labels", "not yet called") if ticket.is_empty else ticket.label()


def ballot_label(scenario: Scenario, elector: int, office: Office) -> str:
    """Whom an elector's ballot names, or "blank" / "undecided"."""
    kind = scenario.ballot(elector, office)
    if kind is Ballot.BLANK:
        return translate("labels", "blank")
    if kind is Ballot.UNDECIDED:
        return translate("labels", "undecided")
    if kind is Ballot.ABSENT:
        return translate("labels", "absent")
    if kind is Ballot.NOT_APPOINTED:
        return translate("labels", "not appointed")
    return scenario.cast(elector, office)


def unit_part(election: Election, unit_id: str) -> str:
    """ "At large" or "District 2" for Maine's and Nebraska's units; the state's name otherwise."""
    unit = election.unit(unit_id)
    if unit.id == unit.state:
        if len(election.state(unit.state).units) == 1:
            return election.state(unit.state).name
        return translate("labels", "At large")
    return translate("labels", "District {number}").format(number=unit.id.rsplit("-", 1)[-1])


def unit_name(election: Election, unit_id: str) -> str:
    """ "Maine, at large", "Maine, District 2", or the state's name (as the catalog names them)."""
    unit = election.unit(unit_id)
    state = election.state(unit.state).name
    if len(election.state(unit.state).units) == 1:
        return state
    if unit.id == unit.state:
        return translate("labels", "{state}, at large").format(state=state)
    return translate("labels", "{state}, District {number}").format(
        state=state, number=unit.id.rsplit("-", 1)[-1]
    )


def data_text(text: str) -> str:
    """A sentence from the data files (a state's or elector's note): translated when the
    translation lists it (``build_scripts/build_translations.py`` adds every note), else as is."""
    return translate("data", text) if text else text


def and_join(names: Iterable[str]) -> str:
    """ "A and B", "A and B and C": names joined the way the sentences about them read."""
    return translate("labels", " and ").join(names)


def list_join(items: list[str]) -> str:
    """ "A, B and C": a list as a sentence reads it."""
    if len(items) <= 2:
        return and_join(items)
    return ", ".join(items[:-1]) + translate("labels", " and ") + items[-1]


def or_join(names: Iterable[str]) -> str:
    return translate("labels", " or ").join(names)


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive runs: 1, 2, 3, 7 -> [(1, 3), (7, 7)]."""
    found: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


def number_ranges(numbers: Iterable[int], dash: str = "–") -> str:
    """1, 2, 3, 7 -> "1–3, 7"."""
    return ", ".join(f"{a}{dash}{b}" if b > a else str(a) for a, b in runs(numbers))


def elector_ranges(state: str, numbers: Iterable[int]) -> str:
    """Electors as the command line reads them: ``TX:1-3, TX:7``."""
    runs = number_ranges(numbers, dash="-").split(", ")
    return ", ".join(f"{state}:{run}" for run in runs)


def votes_line(votes: dict[str, int], limit: int = 6) -> str:
    """ "Donald Trump 304, Hillary Clinton 227, 5 more"."""
    shown = [f"{name} {n}" for name, n in list(votes.items())[:limit]]
    if len(votes) > limit:
        shown.append(translate("labels", "{count} more").format(count=len(votes) - limit))
    return ", ".join(shown) or translate("labels", "none")


def count_phrase(count: int, one: str, many: str) -> str:
    """``one`` when count is 1, else ``many`` with {count} filled (both already translated)."""
    return one if count == 1 else many.format(count=count)
