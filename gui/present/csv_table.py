"""The per-unit table the CSV export writes: one row per state or district, then one column per
person, adding up to the tally. Column names stay in English (the file is data)."""

from __future__ import annotations

from collections import Counter

from gui.domain.allocation import popular_states
from gui.domain.breakdown import unit_breakdown
from gui.domain.count_session import count_session
from gui.domain.popular_vote import StateVote, margin
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import tally

# One row per unit. Per-person columns follow: "President: NAME" and "Vice President: NAME"
# (before the 12th Amendment, "Electoral votes: NAME", both votes of each elector pooled).
CSV_COLUMNS = (
    "state",  # postal code
    "unit",  # TX, or ME / ME-1 / ME-2 where Maine and Nebraska split
    "unit_name",
    "electors_appointed",
    "carried_by",  # the ticket the unit's electors are pledged to; "split", "undecided" or ""
    "faithless_president",  # electors voting for someone other than their pledge (not blank)
    "faithless_vice_president",
    "blank_president",  # blank ballots
    "blank_vice_president",
    "absent_president",  # electors appointed who cast no ballot (1832: two in Maryland)
    "absent_vice_president",
    "undecided",  # electors of a unit nobody has carried yet (2028)
    "not_counted",  # votes for President cast but not counted (1872: Horace Greeley)
    "note",  # why a state has no electors appointed, when it has none (or they are out of the base)
    "popular_vote_total",  # the state's popular vote (on its statewide unit; blank elsewhere)
    "popular_leader",  # the plurality winner of that vote
    "popular_margin",  # the leader's votes minus the runner-up's
    "popular_note",  # "legislature" where the legislature chose the electors
    "count_in_congress",  # what the joint session decided on the state's objection (blank: none)
)


def _popular_cells(vote: StateVote | None, code: str) -> list[object]:
    if vote is None:
        return ["", "", "", ""]
    if not vote.has_vote:
        return ["", "", "", vote.chosen_by]
    lead = margin(code, vote)
    return [vote.total, lead.leader if lead else "", lead.votes if lead else "", ""]


def csv_rows(scenario: Scenario) -> tuple[list[str], list[list[object]]]:
    """The header and one row per unit (see CSV_COLUMNS); per-person columns sum to the tally."""
    election = scenario.election
    result = tally(scenario)
    rejected = set(election.rejected_recipients)
    pooled = result.pre_12th_amendment
    groups: list[tuple[str, tuple[Office, ...], list[str]]]
    if pooled:
        groups = [("Electoral votes", tuple(Office), list(result.president.votes))]
    else:
        groups = [(office.title, (office,), list(result.office(office).votes)) for office in Office]
    header = list(CSV_COLUMNS) + [f"{label}: {name}" for label, _, names in groups for name in names]
    rows: list[list[object]] = []
    popular = popular_states(scenario)
    effect = scenario.count_effect()
    rulings = {r.objection.state: r for r in count_session(scenario).rulings} if scenario.count else {}
    for unit in election.units:
        state = election.state(unit.state)
        counted = unit_breakdown(scenario, unit.id)
        president, vice = counted.president, counted.vice_president
        offices_for_rejected = tuple(Office) if pooled else (Office.PRESIDENT,)
        not_counted = sum(counted.office(o).named[name] for o in offices_for_rejected for name in rejected)
        # Votes the count in Congress did not count (not regularly given): out of the columns.
        dropped: Counter[tuple[Office, str]] = Counter()
        for office in Office:
            for i in effect.rejected[office] & set(unit.electors):
                name = scenario.cast(i, office)
                if name and name not in rejected and scenario.in_base(i):
                    dropped[(office, name)] += 1
        not_counted += sum(n for (office, _), n in dropped.items() if office in offices_for_rejected)
        winner = counted.winner
        in_base = scenario.is_appointed(unit.state) and unit.state not in effect.excluded
        if not unit.electors:
            carried = ""
        elif unit.state in effect.excluded:
            carried = "excluded in the count"
        elif not in_base:
            carried = "not appointed"
        elif winner is None:
            carried = "split"
        else:
            carried = winner.label()
        columns = [
            sum(counted.office(o).named[name] - dropped[(o, name)] for o in offices)
            for _, offices, names in groups
            for name in names
        ]
        ruling = rulings.get(unit.state) if not unit.is_district else None
        rows.append(
            [
                unit.state,
                unit.id,
                unit.name,
                len(unit.electors) if in_base else 0,
                carried,
                president.faithless,
                vice.faithless,
                president.blank,
                vice.blank,
                president.absent,
                vice.absent,
                president.undecided,
                not_counted,
                state.note if not (unit.electors and in_base) else "",
                *_popular_cells(popular.get(unit.state) if not unit.is_district else None, unit.state),
                ruling.decision.value if ruling else "",
                *columns,
            ]
        )
    return header, rows
