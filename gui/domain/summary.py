"""Words and plain data about a tally, shared by the CLI, the window and exports."""

from __future__ import annotations

from gui.domain.catalog import Election
from gui.domain.i18n import translate
from gui.domain.pledge_laws import AppliedLaw, laws_applied_to
from gui.domain.scenario import Office, Scenario, Start
from gui.domain.tally import OfficeTally, Tally, tally


def party_of(scenario: Scenario, name: str) -> str:
    for candidate in scenario.candidates:
        if candidate.name == name:
            return candidate.party
    return ""


def describe_election(election: Election) -> str:
    """One line for the election picker: the official result in brief."""
    if election.upcoming:
        return translate("summary", "{appointed} electors (2020 census apportionment); no votes yet").format(
            appointed=election.appointed
        )
    result = tally(Scenario(election, Start.OFFICIAL))
    top = [f"{name} {votes}" for name, votes in list(result.president.votes.items())[:3]]
    others = len(result.president.votes) - 3
    if others > 0:
        top.append(
            translate("summary", "1 other")
            if others == 1
            else translate("summary", "{count} others").format(count=others)
        )
    note = "" if result.president.winner else translate("summary", " — no majority: the House chose")
    return f"{', '.join(top)}{note}"


def office_json(office_tally: OfficeTally) -> dict[str, object]:
    return {
        "votes": dict(office_tally.votes),
        "blank": office_tally.blank,
        "undecided": office_tally.undecided,
        "rejected": office_tally.rejected,
        "winner": office_tally.winner,
        "contingent": office_tally.contingent,
        "outcome": office_tally.reason,
    }


def tally_json(scenario: Scenario, result: Tally) -> dict[str, object]:
    return {
        "election": result.year,
        "mode": "pledged" if scenario.start is Start.PLEDGED else "cast",
        "rule": "pre-12th-amendment" if result.pre_12th_amendment else "12th-amendment",
        "appointed": result.appointed,
        "majority": result.majority,
        "president": office_json(result.president),
        "vice_president": office_json(result.vice_president),
        "contingent": {
            "president": result.president.contingent,
            "vice_president": result.vice_president.contingent,
        },
        "apply_state_laws": scenario.apply_state_laws,
        "voided_by_state_law": [
            {
                "elector": v.elector,
                "office": v.office.value,
                "attempted": v.attempted,
                "counted_for": v.counted_for,
            }
            for v in voided_votes(scenario)
        ],
    }


def voided_votes(scenario: Scenario) -> list[AppliedLaw]:
    """The faithless votes state law voids, when the rule is on."""
    return (
        [v for v in laws_applied_to(scenario) if v.source == "scenario"] if scenario.apply_state_laws else []
    )


def votes_needed(votes: int, majority: int) -> int:
    """How many more votes reach the majority (0 once it is reached; never negative)."""
    return max(0, majority - votes)


def tally_text(scenario: Scenario, result: Tally) -> str:
    lines: list[str] = []
    mode = (
        "as pledged: every elector votes for the ticket that carried their unit"
        if scenario.start is Start.PLEDGED
        else "official result, as Congress counted it"
    )
    lines.append(f"{result.year} — {mode}")
    lines.append(f"{result.appointed} electors appointed; {result.majority} needed for a majority")
    offices = (Office.PRESIDENT,) if result.pre_12th_amendment else tuple(Office)
    for office in offices:
        office_tally = result.office(office)
        title = "Electoral votes (two per elector)" if result.pre_12th_amendment else office.title
        lines.append("")
        lines.append(title)
        width = max([len(n) for n in office_tally.votes] + [12])
        for name, votes in office_tally.votes.items():
            party = party_of(scenario, name)
            label = f"{name}"
            mark = "  elected" if name == office_tally.winner else ""
            if name == result.vice_president.winner and result.pre_12th_amendment:
                mark = "  Vice President"
            lines.append(f"  {label:<{width}}  {votes:>4}  {party}{mark}".rstrip())
        for label, count in (
            ("blank", office_tally.blank),
            ("undecided", office_tally.undecided),
            ("not counted", office_tally.rejected),
        ):
            if count:
                lines.append(f"  {label:<{width}}  {count:>4}")
    lines.append("")
    lines.append(result.president.reason)
    lines.append(result.vice_president.reason)
    for name, note in scenario.election.rejected_recipients.items():
        lines.append(f"Votes for {name} are not counted: {note}")
    for voided in voided_votes(scenario):
        lines.append(
            f"State law voids {voided.elector}'s {voided.office.title} vote for "
            f"{voided.attempted or 'no one'}: the replacement elector votes for {voided.counted_for}."
        )
    return "\n".join(lines)
