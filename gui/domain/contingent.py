"""Contingent elections: the House chooses the President, the Senate the Vice President.

12th Amendment (1804 on). No majority for President: the House chooses from "the persons having
the highest numbers not exceeding three" (anyone who received electoral votes), voting by
states, one vote each; a majority of all the states is needed and a quorum is a member or
members from two-thirds of the states. A delegation without a majority for one candidate is
"divided" and casts no vote; DC has no vote. No majority for Vice President: the Senate chooses
from "the two highest numbers on the list"; a majority of the whole number of senators is
needed, a quorum is two-thirds of them, and each senator votes.

Before it (1789-1800, Art. II, cl. 3): two or more tied with a majority -> the House chooses
between them; no majority -> from the five highest; same state voting. Once the President is
chosen, the runner-up in electoral votes is Vice President; a tie for second goes to the Senate.

Default votes follow party make-up in the Congress that would vote (congress.py); recorded
historical votes (1801, 1825, 1837) replace them; a user's overrides replace both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gui.domain.catalog import Election
from gui.domain.congress import (
    Congress,
    CongressData,
    ContingentBody,
    Delegation,
    HouseRecord,
    SenateRecord,
    load_congress,
)
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, resolve_person
from gui.domain.tally import OfficeTally, Tally

DIVIDED = "divided"  # override value: the delegation casts no vote
ABSTAIN = "abstain"  # override value: the state's senators do not vote
# The catalog lumps minor 1789/1796 recipients as "Others": not a person the House could choose.
AGGREGATE_RECIPIENTS = frozenset({"Others"})

FIRST_NEW_CONGRESS_ELECTION = 1936  # 20th Amendment: new terms on January 3 and January 20
FIRST_SUCCESSION_ACT_1947_ELECTION = 1948
FIRST_SUCCESSION_ACT_1886_ELECTION = 1888

# Why a state votes as it does.
PARTY = "party"  # its party make-up gives a majority to one candidate's party
SPLIT = "divided"  # no party has a majority of the delegation
NO_CANDIDATE = "no candidate"  # the majority party has no (single) candidate in the running
NO_DATA = "no data"  # no members in the source data: absent
HISTORICAL = "historical"  # the recorded vote
OVERRIDE = "override"  # set by the user
PARTY_COUNT = "party count"  # Senate: the user set how many of a party vote for whom


def majority_of_states(states: int) -> int:
    return states // 2 + 1


def two_thirds(number: int) -> int:
    return (2 * number + 2) // 3


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateVote:
    """How one state's House delegation votes."""

    state: str
    vote: str | None  # the candidate; None = no vote (divided, blank, no candidate, absent)
    reason: str  # PARTY, SPLIT, NO_CANDIDATE, NO_DATA, HISTORICAL or OVERRIDE
    members: dict[str, int]  # party family -> representatives ({} when the data has none)
    detail: str  # one line: why


class _ChamberResult:
    """What a House and a Senate result share (each defines these fields)."""

    present: int
    quorum: int
    needed: bool
    winner: str | None

    @property
    def quorum_present(self) -> bool:
        return self.present >= self.quorum

    @property
    def deadlock(self) -> bool:
        return self.needed and self.winner is None


@dataclass(frozen=True)
class HouseResult(_ChamberResult):
    year: int
    needed: bool  # no one has an electoral majority for President: the House chooses
    rule: str  # "12th", "pre12-tie", "pre12-top5"; "" when the House does not vote
    eligible: tuple[str, ...]
    tied_at_cutoff: tuple[str, ...]  # tied for the last place the rule allows: not admitted (flag)
    body: ContingentBody | None
    states: tuple[StateVote, ...]
    counts: dict[str, int]  # eligible candidate -> states, most first
    no_vote: int  # states casting no vote (divided, blank, no candidate, absent)
    states_total: int
    needed_to_win: int  # a majority of all the states
    quorum: int  # members from two-thirds of the states
    present: int
    winner: str | None  # chosen by the House (or by the electors when needed is False)
    record: HouseRecord | None  # the historical vote used, if any
    reason: str

    @property
    def tie_for_last_place(self) -> bool:
        """A tie at the cutoff (third place under the 12th Amendment, fifth before it)."""
        return bool(self.tied_at_cutoff)

    def state(self, code: str) -> StateVote:
        return next(s for s in self.states if s.state == code)


@dataclass(frozen=True)
class SenatorVote:
    party: str  # as labelled ("Independent (caucuses with Democratic)")
    vote: str | None  # None = abstains or counted through a party count
    by_party_count: bool = False


@dataclass(frozen=True)
class StateSenators:
    state: str
    senators: tuple[SenatorVote, ...]  # fewer than two: a vacancy in the source data
    reason: str  # PARTY, NO_CANDIDATE, NO_DATA, OVERRIDE or PARTY_COUNT
    detail: str


@dataclass(frozen=True)
class SenateResult(_ChamberResult):
    year: int
    needed: bool  # the Senate chooses the Vice President
    rule: str  # "12th", "pre12-second" (tie for second), "pre12-runner-up"; "" when it does not vote
    eligible: tuple[str, ...]
    tied: bool  # more than two admitted: a tie among the two highest numbers
    body: ContingentBody | None
    states: tuple[StateSenators, ...]
    counts: dict[str, int]  # eligible candidate -> senators, most first
    not_voting: int
    whole_number: int  # two senators per state
    needed_to_win: int
    quorum: int
    present: int
    winner: str | None  # chosen by the Senate, or the Vice President elected otherwise
    record: SenateRecord | None  # the recorded totals used, if any
    reason: str

    def state(self, code: str) -> StateSenators:
        return next(s for s in self.states if s.state == code)


@dataclass(frozen=True)
class Outcome:
    """Who takes office: chosen by the electors, by Congress, or acting."""

    president: str | None
    vice_president: str | None
    term_begins: str  # "January 20, 2017"
    acting: str | None  # who acts as President when none is chosen (a person or an office)
    text: str


@dataclass(frozen=True)
class ContingentResult:
    house: HouseResult
    senate: SenateResult
    outcome: Outcome


# --- who is in the running ---------------------------------------------------------------------


def _persons(office_tally: OfficeTally) -> list[tuple[str, int]]:
    return [(n, v) for n, v in office_tally.votes.items() if v > 0 and n not in AGGREGATE_RECIPIENTS]


def highest_not_exceeding(ranked: list[tuple[str, int]], limit: int) -> tuple[list[str], list[str]]:
    """The persons with the highest numbers, not exceeding ``limit``, and those tied at the cutoff
    (admitting all of them would exceed the limit, so the text admits none of them)."""
    admitted: list[str] = []
    numbers = sorted({v for _, v in ranked}, reverse=True)
    for number in numbers:
        group = sorted(n for n, v in ranked if v == number)
        if len(admitted) + len(group) > limit:
            return admitted, group if len(admitted) < limit else []
        admitted.extend(group)
    return admitted, []


def two_highest_numbers(ranked: list[tuple[str, int]]) -> list[str]:
    """Everyone holding one of the two highest numbers (the Senate's list: ties are all admitted)."""
    numbers = sorted({v for _, v in ranked}, reverse=True)[:2]
    return [n for n, v in ranked if v in numbers]


def _pending(office_tally: OfficeTally) -> bool:
    return office_tally.winner is None and office_tally.undecided > 0


# --- party matching ----------------------------------------------------------------------------


def _party_of(election: Election, name: str) -> str:
    """The candidate's party; for someone listed without one, the party of their ticket partner."""
    candidate = election.candidate(name)
    if candidate and candidate.party:
        return candidate.party
    for ticket in election.tickets:
        partner = {ticket.president: ticket.vice_president, ticket.vice_president: ticket.president}.get(name)
        if partner and (found := election.candidate(partner)) and found.party:
            return found.party
    return ""


def _families(election: Election, names: tuple[str, ...], data: CongressData) -> dict[str, str | None]:
    return {name: data.candidate_family(_party_of(election, name)) for name in names}


def _choose(family: str, families: dict[str, str | None], heads: set[str]) -> tuple[str | None, str]:
    """The candidate a member of ``family`` votes for, or None with the reason in words."""
    matches = [name for name, f in families.items() if f == family]
    if len(matches) > 1:  # two of a party in the running: the party's own nominee (1800: Jefferson)
        preferred = [name for name in matches if name in heads]
        matches = preferred if len(preferred) == 1 else matches
    if len(matches) == 1:
        return matches[0], ""
    if not matches:
        return None, translate("contingent", "no {party} candidate is in the running").format(party=family)
    return None, translate("contingent", "its party has several candidates ({names})").format(
        names=", ".join(matches)
    )


# --- overrides -----------------------------------------------------------------------------------


def _voting_states(election: Election) -> list[str]:
    """The states that vote: those of the election with electors allotted (DC never votes)."""
    return [s.code for s in election.states if s.code != "DC" and s.allotted > 0]


def _check_state(election: Election, key: str, voting: list[str], chamber: str) -> str:
    code = key.strip().upper()
    if code in voting:
        return code
    if code == "DC":
        raise InputError(f"DC has no vote in the {chamber}'s contingent election: only states vote")
    if election.has_state(code):
        raise InputError(f"{election.state(code).name} took no part in the election of {election.year}")
    raise InputError(f"unknown state {key.strip()!r} in {election.year} (use a postal code such as TX)")


def _aliases(election: Election, name: str) -> tuple[str, ...]:
    candidate = election.candidate(name)
    return candidate.aliases if candidate else ()


def _check_person(election: Election, text: str, eligible: tuple[str, ...], chamber: str) -> str:
    known = [(name, _aliases(election, name)) for name in eligible]
    try:
        return resolve_person(known, text, allow_new=False)
    except InputError:
        everyone = [(c.name, c.aliases) for c in election.candidates]
        try:
            name = resolve_person(everyone, text, allow_new=False)
        except InputError:
            name = ""
        choices = ", ".join(eligible) or "nobody: no contingent election is needed"
        if name:
            raise InputError(f"{name} is not among those the {chamber} may choose ({choices})") from None
        raise InputError(
            f"unknown candidate {text.strip()!r} (the {chamber} may choose: {choices})"
        ) from None


# --- the House -----------------------------------------------------------------------------------


def _house_rule(tally_result: Tally) -> tuple[str, list[str], list[str]]:
    president = tally_result.president
    ranked = _persons(president)
    if not tally_result.pre_12th_amendment:
        eligible, tied = highest_not_exceeding(ranked, 3)
        return "12th", eligible, tied
    top = ranked[0][1] if ranked else 0
    leaders = sorted(n for n, v in ranked if v == top)
    if top >= tally_result.majority and len(leaders) > 1:
        return "pre12-tie", leaders, []
    eligible, tied = highest_not_exceeding(ranked, 5)
    return "pre12-top5", eligible, tied


def _body(data: CongressData, year: int) -> ContingentBody | None:
    try:
        return data.body(year)
    except LookupError:
        return None


def _ticket_heads(election: Election) -> set[str]:
    return {t.president for t in election.tickets if t.president}


def _delegation_vote(
    code: str, delegation: Delegation | None, families: dict[str, str | None], heads: set[str]
) -> StateVote:
    if delegation is None or delegation.seats == 0:
        absent = translate("contingent", "no representatives in the source data: absent")
        return StateVote(code, None, NO_DATA, {}, absent)
    members = dict(delegation.members)
    seats = delegation.seats
    majority = next((party for party, n in members.items() if 2 * n > seats), None)
    if majority is None:
        why = translate("contingent", "no party has a majority of its {seats} members").format(seats=seats)
        return StateVote(code, None, SPLIT, members, why)
    vote, why = _choose(majority, families, heads)
    share = translate("contingent", "{party} {members} of {seats}").format(
        party=majority, members=members[majority], seats=seats
    )
    if vote is None:
        detail = translate("contingent", "{share}, but {why}").format(share=share, why=why)
        return StateVote(code, None, NO_CANDIDATE, members, detail)
    return StateVote(code, vote, PARTY, members, share)


def house_election(
    tally_result: Tally,
    election: Election,
    overrides: Mapping[str, str] | None = None,
    *,
    use_history: bool = True,
    data: CongressData | None = None,
) -> HouseResult:
    """The House's vote for President. ``overrides`` maps a state to a candidate or "divided"."""
    data = data or load_congress()
    voting = _voting_states(election)
    checked: dict[str, str | None] = {}
    president = tally_result.president
    needed = president.winner is None and not _pending(president)
    rule, eligible, tied = _house_rule(tally_result) if needed else ("", [], [])
    everyone = tuple(eligible) if needed else tuple(c.name for c in election.candidates)
    for key, value in (overrides or {}).items():
        code = _check_state(election, key, voting, "House")
        checked[code] = (
            None if value.strip().lower() == DIVIDED else _check_person(election, value, everyone, "House")
        )
    body = _body(data, election.year)
    total = len(voting)
    to_win, quorum = majority_of_states(total), two_thirds(total)
    if not needed:
        reason = (
            translate(
                "contingent",
                "{undecided} electoral votes are still undecided; the House votes only if no one "
                "has a majority once every elector has voted.",
            ).format(undecided=president.undecided)
            if _pending(president)
            else translate(
                "contingent", "{winner} has a majority of the electoral votes; the House does not vote."
            ).format(winner=president.winner)
        )
        return HouseResult(
            year=election.year,
            needed=False,
            rule="",
            eligible=(),
            tied_at_cutoff=(),
            body=body,
            states=(),
            counts={},
            no_vote=0,
            states_total=total,
            needed_to_win=to_win,
            quorum=quorum,
            present=0,
            winner=president.winner,
            record=None,
            reason=reason,
        )

    congress: Congress | None = body.data if body else None
    families = _families(election, tuple(eligible), data)
    heads = _ticket_heads(election)
    record = data.house_record(election.year) if use_history else None
    if record and set(record.candidates) != set(eligible):
        record = None  # the record describes another contest
    states: list[StateVote] = []
    for code in voting:
        delegation = congress.house.get(code) if congress else None
        members = dict(delegation.members) if delegation else {}
        if code in checked:
            vote = checked[code]
            states.append(StateVote(code, vote, OVERRIDE, members, translate("contingent", "set by hand")))
        elif record and code in record.votes:
            value = record.votes[code]
            vote = value if value in eligible else None
            ballot = translate("data", record.ballot)
            if vote:
                recorded = translate("contingent", "recorded, {ballot}")
            elif value == "blank":
                recorded = translate("contingent", "recorded blank ballot, {ballot}")
            else:
                recorded = translate("contingent", "recorded divided, {ballot}")
            states.append(StateVote(code, vote, HISTORICAL, members, recorded.format(ballot=ballot)))
        else:
            states.append(_delegation_vote(code, delegation, families, heads))
    counts = {name: sum(1 for s in states if s.vote == name) for name in eligible}
    counts = dict(sorted(counts.items(), key=lambda kv: (-kv[1], eligible.index(kv[0]))))
    present = sum(1 for s in states if s.reason != NO_DATA)
    winner = next((name for name, n in counts.items() if n >= to_win), None)
    if present < quorum:
        winner = None
        reason = translate(
            "contingent", "Only {present} of {total} states are present: a quorum is {quorum} states."
        ).format(present=present, total=total, quorum=quorum)
    elif winner:
        reason = translate(
            "contingent", "{winner} is elected President by {states} of {total} states ({needed} needed)."
        ).format(winner=winner, states=counts[winner], total=total, needed=to_win)
    else:
        reason = translate(
            "contingent",
            "No one has {needed} of {total} states: the House is deadlocked and keeps balloting.",
        ).format(needed=to_win, total=total)
    return HouseResult(
        year=election.year,
        needed=True,
        rule=rule,
        eligible=tuple(eligible),
        tied_at_cutoff=tuple(tied),
        body=body,
        states=tuple(states),
        counts=counts,
        no_vote=sum(1 for s in states if s.vote is None),
        states_total=total,
        needed_to_win=to_win,
        quorum=quorum,
        present=present,
        winner=winner,
        record=record,
        reason=reason,
    )


# --- the Senate ----------------------------------------------------------------------------------


@dataclass
class _SenateRule:
    rule: str
    eligible: list[str]
    tied: bool = False
    elected: str | None = None  # the Vice President when the Senate need not vote
    reason: str = ""


def _senate_rule(tally_result: Tally, house: HouseResult | None) -> _SenateRule:
    vp = tally_result.vice_president
    if not tally_result.pre_12th_amendment:
        if vp.winner:
            return _SenateRule(
                "",
                [],
                elected=vp.winner,
                reason=translate(
                    "contingent",
                    "{winner} has a majority of the electoral votes for Vice President; "
                    "the Senate does not vote.",
                ).format(winner=vp.winner),
            )
        if _pending(vp):
            return _SenateRule(
                "",
                [],
                reason=translate(
                    "contingent",
                    "{undecided} electoral votes are still undecided; "
                    "the Senate votes only if no one has a majority.",
                ).format(undecided=vp.undecided),
            )
        eligible = two_highest_numbers(_persons(vp))
        return _SenateRule("12th", eligible, tied=len(eligible) > 2)
    # Before the 12th Amendment: the runner-up once the President is chosen.
    president = tally_result.president.winner or (house.winner if house else None)
    if president is None:
        return _SenateRule(
            "",
            [],
            reason=translate(
                "contingent", "The Vice President is the runner-up once a President is chosen; none is yet."
            ),
        )
    rest = [(n, v) for n, v in _persons(vp) if n != president]
    second = max((v for _, v in rest), default=0)
    runners = sorted(n for n, v in rest if v == second)
    if len(runners) == 1:
        return _SenateRule(
            "pre12-runner-up",
            [],
            elected=runners[0],
            reason=translate(
                "contingent",
                "{name} has the most electoral votes after {president} ({votes}) and is Vice President.",
            ).format(name=runners[0], president=president, votes=second),
        )
    if not runners:
        return _SenateRule("", [], reason=translate("contingent", "No one else received electoral votes."))
    return _SenateRule("pre12-second", runners)


def senate_election(
    tally_result: Tally,
    election: Election,
    overrides: Mapping[str, str] | None = None,
    *,
    party_votes: Mapping[str, Mapping[str, int]] | None = None,
    house: HouseResult | None = None,
    use_history: bool = True,
    data: CongressData | None = None,
) -> SenateResult:
    """The Senate's vote for Vice President.

    ``overrides`` maps a state to a candidate or "abstain" (both its senators); ``party_votes``
    maps a party family to how many of its senators (outside overridden states) vote for whom
    ("abstain" for those who do not vote), the rest of the party voting as the party would.
    Before the 12th Amendment pass the House result: the runner-up is Vice President once the
    House has chosen the President.
    """
    data = data or load_congress()
    voting = _voting_states(election)
    whole = 2 * len(voting)
    plan = _senate_rule(tally_result, house)
    needed = bool(plan.rule) and plan.rule != "pre12-runner-up"
    everyone = tuple(plan.eligible) if needed else tuple(c.name for c in election.candidates)
    checked: dict[str, str | None] = {}
    for key, value in (overrides or {}).items():
        code = _check_state(election, key, voting, "Senate")
        checked[code] = (
            None if value.strip().lower() == ABSTAIN else _check_person(election, value, everyone, "Senate")
        )
    body = _body(data, election.year)
    congress = body.data if body else None
    pre12 = plan.rule.startswith("pre12")
    # The original Constitution sets no threshold for the Senate's choice: ordinary Senate rules
    # (a quorum of a majority, a majority of those voting); the 12th Amendment sets both.
    quorum = whole // 2 + 1 if pre12 else two_thirds(whole)
    if not needed:
        return SenateResult(
            year=election.year,
            needed=False,
            rule=plan.rule,
            eligible=(),
            tied=False,
            body=body,
            states=(),
            counts={},
            not_voting=0,
            whole_number=whole,
            needed_to_win=whole // 2 + 1,
            quorum=quorum,
            present=0,
            winner=plan.elected,
            record=None,
            reason=plan.reason,
        )

    eligible = plan.eligible
    families = _families(election, tuple(eligible), data)
    vp_of_ticket = {t.vice_president for t in election.tickets if t.vice_president}
    heads = vp_of_ticket if not pre12 else _ticket_heads(election)
    counted = _party_counts(party_votes or {}, congress, checked, families, heads, election)
    states: list[StateSenators] = []
    counts = dict.fromkeys(eligible, 0)
    for code in voting:
        seats = congress.senate.get(code, ()) if congress else ()
        if code in checked:
            vote = checked[code]
            states.append(
                StateSenators(
                    code,
                    tuple(SenatorVote(s.label, vote) for s in seats),
                    OVERRIDE,
                    translate("contingent", "set by hand"),
                )
            )
            continue
        if not seats:
            vacant = translate("contingent", "no senators in the source data: vacant")
            states.append(StateSenators(code, (), NO_DATA, vacant))
            continue
        votes = []
        for senator in seats:
            if senator.caucus in counted:
                votes.append(SenatorVote(senator.label, None, by_party_count=True))
            else:
                votes.append(SenatorVote(senator.label, _choose(senator.caucus, families, heads)[0]))
        reason = PARTY if any(v.vote for v in votes) else NO_CANDIDATE
        if any(v.by_party_count for v in votes):
            reason = PARTY_COUNT
        by_count, abstains = translate("contingent", "by party count"), translate("contingent", "abstains")
        detail = "; ".join(
            f"{v.party}: {by_count if v.by_party_count else v.vote or abstains}" for v in votes
        )
        states.append(StateSenators(code, tuple(votes), reason, detail))
    seated = sum(len(s.senators) for s in states)
    for state in states:
        for senator in state.senators:
            if senator.vote:
                counts[senator.vote] += 1
    for by_candidate in counted.values():
        for name, n in by_candidate.items():
            counts[name] += n
    record = data.senate_record(election.year) if use_history and not checked and not counted else None
    if record and set(record.candidates) != set(eligible):
        record = None
    if record:
        counts = {name: record.totals.get(name, 0) for name in eligible}
    counts = dict(sorted(counts.items(), key=lambda kv: (-kv[1], eligible.index(kv[0]))))
    cast = sum(counts.values())
    # Every seated senator is taken to be present; the record gives those who did not vote.
    not_voting = record.not_voting if record else seated - cast
    present = cast + not_voting
    to_win = cast // 2 + 1 if pre12 else whole // 2 + 1
    winner = next((name for name, n in counts.items() if n >= to_win), None)
    if present < quorum:
        winner = None
        reason = translate(
            "contingent", "Only {present} of {whole} senators are present: a quorum is {quorum}."
        ).format(present=present, whole=whole, quorum=quorum)
    elif winner:
        reason = translate(
            "contingent", "{winner} is elected Vice President by {senators} senators ({needed} needed)."
        ).format(winner=winner, senators=counts[winner], needed=to_win)
    else:
        reason = translate(
            "contingent", "No one has {needed} senators' votes: the Senate is deadlocked."
        ).format(needed=to_win)
    return SenateResult(
        year=election.year,
        needed=True,
        rule=plan.rule,
        eligible=tuple(eligible),
        tied=plan.tied,
        body=body,
        states=tuple(states),
        counts=counts,
        not_voting=not_voting,
        whole_number=whole,
        needed_to_win=to_win,
        quorum=quorum,
        present=present,
        winner=winner,
        record=record,
        reason=reason,
    )


def _party_counts(
    party_votes: Mapping[str, Mapping[str, int]],
    congress: Congress | None,
    checked: Mapping[str, str | None],
    families: dict[str, str | None],
    heads: set[str],
    election: Election,
) -> dict[str, dict[str, int]]:
    """Validated party counts: party family -> candidate -> senators, the party's other senators
    (outside overridden states) voting as their party would; "abstain" counts those not voting."""
    eligible = tuple(families)
    available: dict[str, int] = {}
    if congress:
        for code, seats in congress.senate.items():
            if code not in checked:
                for senator in seats:
                    available[senator.caucus] = available.get(senator.caucus, 0) + 1
    result: dict[str, dict[str, int]] = {}
    for party_text, by_candidate in party_votes.items():
        party = next((p for p in available if p.lower() == party_text.strip().lower()), None)
        if party is None:
            parties = ", ".join(sorted(available)) or "none"
            raise InputError(f"no {party_text.strip()} senators to count (parties: {parties})")
        counts: dict[str, int] = {}
        for text, n in by_candidate.items():
            name = (
                ABSTAIN
                if text.strip().lower() == ABSTAIN
                else _check_person(election, text, eligible, "Senate")
            )
            if n < 0:
                raise InputError(f"a number of senators cannot be negative ({n})")
            counts[name] = counts.get(name, 0) + n
        rest = available[party] - sum(counts.values())
        if rest < 0:
            raise InputError(
                f"there are only {available[party]} {party} senators to count, not {sum(counts.values())}"
            )
        default, _ = _choose(party, families, heads)
        counts[default or ABSTAIN] = counts.get(default or ABSTAIN, 0) + rest
        counts.pop(ABSTAIN, None)
        result[party] = counts
    return result


# --- who takes office ----------------------------------------------------------------------------


def term_begins(year: int) -> str:
    if year >= FIRST_NEW_CONGRESS_ELECTION:
        return translate("contingent", "January 20, {year}").format(year=year + 1)
    return translate("contingent", "March 4, {year}").format(year=year + 1 if year > 1789 else 1789)


def acting_president(tally_result: Tally, house: HouseResult, senate: SenateResult) -> Outcome:
    """Who is President when the term begins, and on what authority."""
    year = tally_result.year
    begins = term_begins(year)
    president = tally_result.president.winner or house.winner
    vice_president = tally_result.vice_president.winner or senate.winner
    if president:
        text = (
            translate("contingent", "{president}, chosen by the House, becomes President on {begins}.")
            if house.needed
            else translate(
                "contingent", "{president}, chosen by the electors, becomes President on {begins}."
            )
        ).format(president=president, begins=begins)
        if vice_president is None and senate.needed:
            text += translate("contingent", " The Senate has not chosen a Vice President.")
        return Outcome(president, vice_president, begins, None, text)
    if _pending(tally_result.president):
        undecided = translate("contingent", "Undecided: electoral votes remain to be cast.")
        return Outcome(None, vice_president, begins, None, undecided)
    if tally_result.pre_12th_amendment:
        text = translate(
            "contingent",
            "The House is deadlocked and the Constitution names no one to act: no President would take "
            "office on {begins}. (In 1801 Federalists weighed having an officer such as the President pro "
            "tempore of the Senate act under the 1792 succession law; Republicans called it usurpation.)",
        ).format(begins=begins)
        return Outcome(None, None, begins, None, text)
    if vice_president:
        if year >= FIRST_NEW_CONGRESS_ELECTION:
            text = translate(
                "contingent",
                "The House has not chosen a President: {vice_president}, the Vice President-elect, acts as "
                "President from {begins} until it does (20th Amendment, section 3).",
            )
        else:
            text = translate(
                "contingent",
                "The House has not chosen a President by {begins}: {vice_president}, the Vice President, "
                "acts as President (12th Amendment: as in the case of the death or disability of the "
                "President).",
            )
        text = text.format(vice_president=vice_president, begins=begins)
        return Outcome(None, vice_president, begins, vice_president, text)
    if year >= FIRST_SUCCESSION_ACT_1947_ELECTION:
        acting = translate("contingent", "the Speaker of the House")
        text = translate(
            "contingent",
            "Neither the House nor the Senate has chosen: the Speaker of the House acts as President from "
            "{begins}, after resigning from the House (Presidential Succession Act of 1947, 3 U.S.C. 19), "
            "until a President or Vice President is chosen.",
        ).format(begins=begins)
    elif year >= FIRST_NEW_CONGRESS_ELECTION:
        acting = None
        text = translate(
            "contingent",
            "Neither the House nor the Senate has chosen by {begins}: the 20th Amendment lets Congress "
            "name by law who then acts, and no law yet did (the Succession Act of 1947 later named the "
            "Speaker).",
        ).format(begins=begins)
    else:
        acting = None
        text = (
            translate(
                "contingent",
                "Neither the House nor the Senate has chosen by {begins}: the Constitution then named "
                "no one; the Succession Act of 1886 (the Secretary of State, then the Cabinet) would "
                "arguably have applied.",
            )
            if year >= FIRST_SUCCESSION_ACT_1886_ELECTION
            else translate(
                "contingent",
                "Neither the House nor the Senate has chosen by {begins}: the Constitution then named "
                "no one; the Succession Act of 1792 (the President pro tempore of the Senate, then the "
                "Speaker) would arguably have applied.",
            )
        ).format(begins=begins)
    return Outcome(None, None, begins, acting, text)


def contingent_election(
    tally_result: Tally,
    election: Election,
    house_overrides: Mapping[str, str] | None = None,
    senate_overrides: Mapping[str, str] | None = None,
    *,
    party_votes: Mapping[str, Mapping[str, int]] | None = None,
    use_history: bool = True,
    data: CongressData | None = None,
) -> ContingentResult:
    """Both chambers and the outcome, for one tally."""
    house = house_election(tally_result, election, house_overrides, use_history=use_history, data=data)
    senate = senate_election(
        tally_result,
        election,
        senate_overrides,
        party_votes=party_votes,
        house=house,
        use_history=use_history,
        data=data,
    )
    return ContingentResult(house, senate, acting_president(tally_result, house, senate))
