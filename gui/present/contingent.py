"""The contingent election in words: who is in the running, how each state votes and why, the
counts, who takes office. One report, rendered as the command line's text, the handout's
Markdown and the Congress tab's labels; plus the JSON of ``ec-whatif contingent``."""

from __future__ import annotations

import re

from gui.domain.congress import ContingentBody, Delegation, HouseRecord, SenateRecord, Senator
from gui.domain.contingent import ContingentResult
from gui.domain.contingent.house import Decision, HouseResult, StateVote, Why
from gui.domain.contingent.parties import Choice, NoChoice
from gui.domain.contingent.rules import HouseRule, SenateCase, SenateRule
from gui.domain.contingent.senate import SenateResult, StateSenators
from gui.domain.contingent.succession import Case, Outcome
from gui.domain.i18n import translate
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally
from gui.present.blocks import Block, Bullets, Heading, Line, Paragraph, Table, fmt, plain, strong
from gui.present.labels import data_text, heading, votes_line
from gui.present.outcome import start_json

# --- the Congress that votes ---------------------------------------------------------------------


def ordinal_text(number: int) -> str:
    """ "115th" in the reader's language ("115.º")."""
    if 10 <= number % 100 <= 20 or number % 10 not in (1, 2, 3):
        return translate("congress", "{number}th").format(number=number)
    if number % 10 == 1:
        return translate("congress", "{number}st").format(number=number)
    if number % 10 == 2:
        return translate("congress", "{number}nd").format(number=number)
    return translate("congress", "{number}rd").format(number=number)


def congress_name(number: int) -> str:
    """ "the 115th Congress", in the reader's language."""
    return translate("congress", "the {ordinal} Congress").format(ordinal=ordinal_text(number))


def body_description(body: ContingentBody) -> str:
    text = (
        translate("congress", "{congress} (newly elected)")
        if body.newly_elected
        else translate("congress", "{congress} (sitting when the votes were counted)")
    ).format(congress=congress_name(body.congress))
    if body.stand_in:
        text += translate("congress", "; it is not elected yet, so {congress} stands in").format(
            congress=congress_name(body.data.number)
        )
    return text


def party_label(party: str) -> str:
    """The sources leave some early members' party unknown: say so in the reader's language."""
    return translate("congress", "party unknown") if party == "unknown" else party


def senator_label(senator: Senator) -> str:
    if senator.party == senator.caucus:
        return senator.party
    return translate("congress", "{party} (caucuses with {caucus})").format(
        party=senator.party, caucus=senator.caucus
    )


def members_label(members: dict[str, int]) -> str:
    return ", ".join(f"{party_label(party)} {n}" for party, n in members.items())


def delegation_label(delegation: Delegation | None) -> str:
    return members_label(delegation.members) if delegation else translate("congress", "no data")


def senators_label(seats: tuple[Senator, ...]) -> str:
    return ", ".join(senator_label(s) for s in seats) or translate("congress", "no data")


_DATED_SOURCE = re.compile(
    r"(snapshot|current|terms in office on) (\d{4}-\d{2}-\d{2})(?:; as on (\d{4}-\d{2}-\d{2}))?"
)


def _source(source: str) -> str:
    """Where the make-up of a chamber comes from (congress.json's code for it), in words."""
    if source == "terms":
        return translate("contingent", "the first member seated in each seat, from the terms of service")
    found = _DATED_SOURCE.fullmatch(source)
    if found is None:
        return source
    kind, date, count_day = found.groups()
    if count_day:
        return translate(
            "contingent",
            "the members listed on {date}, with the seats as held on the day of the count, {day}",
        ).format(date=date, day=count_day)
    if kind == "snapshot":
        return translate("contingent", "the members listed on {date}").format(date=date)
    return translate("contingent", "the members in office on {date}").format(date=date)


# --- the House -------------------------------------------------------------------------------------


def _why_no_candidate(choice: Choice) -> str:
    if choice.why is NoChoice.SEVERAL:
        return translate("contingent", "its party has several candidates ({names})").format(
            names=", ".join(choice.names)
        )
    return translate("contingent", "no {party} candidate is in the running").format(party=choice.family)


def state_vote_detail(state: StateVote) -> str:
    """Why a delegation votes as it does, in one line."""
    if state.reason is Why.NO_DATA:
        return translate("contingent", "no representatives in the source data: absent")
    if state.reason is Why.SPLIT:
        return translate("contingent", "no party has a majority of its {seats} members").format(
            seats=state.seats
        )
    if state.reason is Why.OVERRIDE:
        return translate("contingent", "set by hand")
    if state.reason is Why.HISTORICAL:
        ballot = data_text(state.ballot)
        if state.vote:
            recorded = translate("contingent", "recorded, {ballot}")
        elif state.recorded == "blank":
            recorded = translate("contingent", "recorded blank ballot, {ballot}")
        else:
            recorded = translate("contingent", "recorded divided, {ballot}")
        return recorded.format(ballot=ballot)
    assert state.choice is not None
    party = state.choice.family
    share = translate("contingent", "{party} {members} of {seats}").format(
        party=party, members=state.members[party], seats=state.seats
    )
    if state.reason is Why.NO_CANDIDATE:
        return translate("contingent", "{share}, but {why}").format(
            share=share, why=_why_no_candidate(state.choice)
        )
    return share


def state_vote_label(state: StateVote) -> str:
    """The vote column: the candidate, "divided" or "no vote"."""
    if state.vote:
        return state.vote
    if state.reason in (Why.SPLIT, Why.OVERRIDE):
        return translate("contingent", "divided")
    return translate("contingent", "no vote")


def reason_label(reason: Why) -> str:
    return {
        Why.PARTY: translate("contingent", "party"),
        Why.SPLIT: translate("contingent", "divided"),
        Why.NO_CANDIDATE: translate("contingent", "no candidate"),
        Why.NO_DATA: translate("contingent", "no data"),
        Why.HISTORICAL: translate("contingent", "as recorded"),
        Why.OVERRIDE: translate("contingent", "set by hand"),
        Why.PARTY_COUNT: translate("contingent", "by party count"),
    }[reason]


def house_reason(house: HouseResult) -> str:
    if house.decision is Decision.NOT_NEEDED:
        if house.undecided:
            return translate(
                "contingent",
                "{undecided} electoral votes are still undecided; the House votes only if no one has a "
                "majority once every elector has voted.",
            ).format(undecided=house.undecided)
        return translate(
            "contingent", "{winner} has a majority of the electoral votes; the House does not vote."
        ).format(winner=house.winner)
    if house.decision is Decision.NO_QUORUM:
        return translate(
            "contingent", "Only {present} of {total} states are present: a quorum is {quorum} states."
        ).format(present=house.present, total=house.states_total, quorum=house.quorum)
    if house.decision is Decision.ELECTED:
        return translate(
            "contingent", "{winner} is elected President by {states} of {total} states ({needed} needed)."
        ).format(
            winner=house.winner,
            states=house.counts[house.winner or ""],
            total=house.states_total,
            needed=house.needed_to_win,
        )
    return translate(
        "contingent", "No one has {needed} of {total} states: the House is deadlocked and keeps balloting."
    ).format(needed=house.needed_to_win, total=house.states_total)


def _names(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(names) if names else translate("contingent", "none")


def _no_majority(result: Tally, votes: dict[str, int]) -> Line:
    text = translate("contingent", "No one has {majority} of {appointed} electoral votes ({votes}).")
    return fmt(text, majority=result.majority, appointed=result.appointed, votes=votes_line(votes))


def _record_lines(record: HouseRecord | SenateRecord | None) -> tuple[list[Line], list[Block]]:
    """What the record adds: a line among the facts, and its source at the end."""
    if record is None:
        return [], []
    return [plain(recorded_line(record.ballot, record.note))], [Paragraph(plain(source_line(record.source)))]


def _house_blocks(house: HouseResult, result: Tally, *, every_state: bool) -> list[Block]:
    chooses = {
        HouseRule.PRE12_TIE: translate(
            "contingent", "**President: the House chooses** between the tied leaders: {names}."
        ),
        HouseRule.PRE12_TOP5: translate(
            "contingent", "**President: the House chooses** among the five highest: {names}."
        ),
    }.get(
        house.rule,  # type: ignore[arg-type]
        translate(
            "contingent", "**President: the House chooses** among the top three in electoral votes: {names}."
        ),
    )
    eligible = ", ".join(house.eligible) or translate("contingent", "no one")
    recorded, source = _record_lines(house.record)
    facts = [_no_majority(result, result.president.votes)]
    if house.body:
        where = translate("contingent", "House of {congress}; delegations: {source}.")
        facts.append(
            fmt(where, congress=body_description(house.body), source=_source(house.body.data.house_source))
        )
    rules = translate(
        "contingent",
        "{states} states vote, one vote each; {needed} needed; quorum {quorum} states; DC has no vote.",
    )
    facts.append(fmt(rules, states=house.states_total, needed=house.needed_to_win, quorum=house.quorum))
    if house.tied_at_cutoff:
        tied = translate("contingent", "Tied for the last place and not admitted: {names}.")
        facts.append(fmt(tied, names=", ".join(house.tied_at_cutoff)))
    facts += recorded
    for name, count in house.counts.items():
        line = (
            translate("contingent", "**{name}: 1 state**: {states}.")
            if count == 1
            else translate("contingent", "**{name}: {count} states**: {states}.")
        )
        facts.append(
            fmt(
                line, name=name, count=count, states=_names([s.state for s in house.states if s.vote == name])
            )
        )
    if house.no_vote:
        silent = [f"{s.state} ({reason_label(s.reason)})" for s in house.states if s.vote is None]
        no_vote = translate("contingent", "**No vote: {count}**: {states}.")
        facts.append(fmt(no_vote, count=house.no_vote, states=_names(silent)))
    blocks: list[Block] = [Paragraph(fmt(chooses, names=eligible)), Bullets(tuple(facts))]
    if every_state:
        rows = tuple(
            (
                s.state,
                state_vote_label(s),
                members_label(s.members) or "-",
                f"{reason_label(s.reason)}: {state_vote_detail(s)}",
            )
            for s in house.states
        )
        blocks.append(Table(rows))
    return [*blocks, Paragraph(result_line(house_reason(house))), *source]


def recorded_line(ballot: str, note: str) -> str:
    return translate("contingent", "Recorded vote, {ballot}: {note}").format(
        ballot=data_text(ballot), note=data_text(note)
    )


def source_line(source: str) -> str:
    return translate("contingent", "Source: {source}.").format(source=data_text(source))


def result_line(text: str) -> Line:
    return fmt(translate("contingent", "**Result:** {reason}"), reason=text)


# --- the Senate ------------------------------------------------------------------------------------


def senators_detail(state: StateSenators) -> str:
    if state.reason is Why.OVERRIDE:
        return translate("contingent", "set by hand")
    if state.reason is Why.NO_DATA:
        return translate("contingent", "no senators in the source data: vacant")
    by_count, abstains = translate("contingent", "by party count"), translate("contingent", "abstains")
    return "; ".join(
        f"{senator_label(v.senator)}: {by_count if v.by_party_count else v.vote or abstains}"
        for v in state.senators
    )


def senators_votes_label(state: StateSenators) -> str:
    by_count, abstains = translate("contingent", "by party count"), translate("contingent", "abstains")
    votes = [v.vote or (by_count if v.by_party_count else abstains) for v in state.senators]
    return ", ".join(votes) or translate("contingent", "vacant")


def senate_reason(senate: SenateResult) -> str:
    plan = senate.plan
    if plan.case is SenateCase.ELECTED:
        return translate(
            "contingent",
            "{winner} has a majority of the electoral votes for Vice President; the Senate does not vote.",
        ).format(winner=plan.elected)
    if plan.case is SenateCase.PENDING:
        return translate(
            "contingent",
            "{undecided} electoral votes are still undecided; the Senate votes only if no one has a "
            "majority.",
        ).format(undecided=plan.undecided)
    if plan.case is SenateCase.NO_PRESIDENT_YET:
        return translate(
            "contingent", "The Vice President is the runner-up once a President is chosen; none is yet."
        )
    if plan.case is SenateCase.RUNNER_UP:
        return translate(
            "contingent",
            "{name} has the most electoral votes after {president} ({votes}) and is Vice President.",
        ).format(name=plan.elected, president=plan.president, votes=plan.votes)
    if plan.case is SenateCase.NO_ONE_ELSE:
        return translate("contingent", "No one else received electoral votes.")
    if senate.decision is Decision.NO_QUORUM:
        return translate(
            "contingent", "Only {present} of {whole} senators are present: a quorum is {quorum}."
        ).format(present=senate.present, whole=senate.whole_number, quorum=senate.quorum)
    if senate.decision is Decision.ELECTED:
        return translate(
            "contingent", "{winner} is elected Vice President by {senators} senators ({needed} needed)."
        ).format(
            winner=senate.winner, senators=senate.counts[senate.winner or ""], needed=senate.needed_to_win
        )
    return translate("contingent", "No one has {needed} senators' votes: the Senate is deadlocked.").format(
        needed=senate.needed_to_win
    )


def _senate_blocks(senate: SenateResult, result: Tally, *, every_state: bool) -> list[Block]:
    if senate.rule is SenateRule.PRE12_SECOND:
        chooses = translate(
            "contingent", "**Vice President: the Senate chooses** among those tied for second: {names}."
        )
    else:
        chooses = translate(
            "contingent", "**Vice President: the Senate chooses** between the two highest numbers: {names}."
        )
    recorded, source = _record_lines(senate.record)
    facts: list[Line] = []
    if senate.rule is SenateRule.TWELFTH:
        facts.append(_no_majority(result, result.vice_president.votes))
        if senate.tied:
            facts.append(
                plain(
                    translate(
                        "contingent",
                        "A tie among the two highest numbers admits everyone who holds one of them.",
                    )
                )
            )
    if senate.body:
        where = translate("contingent", "Senate of {congress}; senators: {source}.")
        facts.append(
            fmt(where, congress=body_description(senate.body), source=_source(senate.body.data.senate_source))
        )
    rules = translate("contingent", "{whole} senators in all, each votes; {needed} needed; quorum {quorum}.")
    facts.append(fmt(rules, whole=senate.whole_number, needed=senate.needed_to_win, quorum=senate.quorum))
    facts += recorded
    counts = ", ".join(f"{name} {n}" for name, n in senate.counts.items()) or translate("contingent", "none")
    senators = translate("contingent", "**Senators**: {counts}; not voting {not_voting}.")
    facts.append(fmt(senators, counts=counts, not_voting=senate.not_voting))
    blocks: list[Block] = [Paragraph(fmt(chooses, names=", ".join(senate.eligible))), Bullets(tuple(facts))]
    if every_state:
        if senate.record:
            note = translate(
                "contingent", "The rows below show each senator's party; the totals are the recorded ones."
            )
            blocks.append(Paragraph(plain(note)))
        blocks.append(
            Table(tuple((s.state, f"{reason_label(s.reason)}: {senators_detail(s)}") for s in senate.states))
        )
    return [*blocks, Paragraph(result_line(senate_reason(senate))), *source]


# --- who takes office --------------------------------------------------------------------------------


def term_begins_text(outcome: Outcome) -> str:
    if outcome.new_terms:
        return translate("contingent", "January 20, {year}").format(year=outcome.term_year)
    return translate("contingent", "March 4, {year}").format(year=outcome.term_year)


def acting_label(outcome: Outcome) -> str | None:
    if outcome.speaker_acts:
        return translate("contingent", "the Speaker of the House")
    return outcome.acting


def outcome_text(outcome: Outcome) -> str:
    begins = term_begins_text(outcome)
    case = outcome.case
    if case in (Case.CHOSEN_BY_HOUSE, Case.CHOSEN_BY_ELECTORS):
        text = (
            translate("contingent", "{president}, chosen by the House, becomes President on {begins}.")
            if case is Case.CHOSEN_BY_HOUSE
            else translate(
                "contingent", "{president}, chosen by the electors, becomes President on {begins}."
            )
        ).format(president=outcome.president, begins=begins)
        if outcome.senate_has_not_chosen:
            text += translate("contingent", " The Senate has not chosen a Vice President.")
        return text
    if case is Case.PENDING:
        return translate("contingent", "Undecided: electoral votes remain to be cast.")
    if case is Case.PRE_12TH_DEADLOCK:
        return translate(
            "contingent",
            "The House is deadlocked and the Constitution names no one to act: no President would take "
            "office on {begins}. (In 1801 Federalists weighed having an officer such as the President pro "
            "tempore of the Senate act under the 1792 succession law; Republicans called it usurpation.)",
        ).format(begins=begins)
    if case is Case.VICE_PRESIDENT_ACTS:
        if outcome.new_terms:
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
        return text.format(vice_president=outcome.vice_president, begins=begins)
    if case is Case.SPEAKER_ACTS:
        return translate(
            "contingent",
            "Neither the House nor the Senate has chosen: the Speaker of the House acts as President from "
            "{begins}, after resigning from the House (Presidential Succession Act of 1947, 3 U.S.C. 19), "
            "until a President or Vice President is chosen.",
        ).format(begins=begins)
    if case is Case.NO_LAW_YET:
        return translate(
            "contingent",
            "Neither the House nor the Senate has chosen by {begins}: the 20th Amendment lets Congress name "
            "by law who then acts, and no law yet did (the Succession Act of 1947 later named the Speaker).",
        ).format(begins=begins)
    if case is Case.SUCCESSION_1886:
        return translate(
            "contingent",
            "Neither the House nor the Senate has chosen by {begins}: the Constitution then named no one; "
            "the Succession Act of 1886 (the Secretary of State, then the Cabinet) would arguably have "
            "applied.",
        ).format(begins=begins)
    return translate(
        "contingent",
        "Neither the House nor the Senate has chosen by {begins}: the Constitution then named no one; the "
        "Succession Act of 1792 (the President pro tempore of the Senate, then the Speaker) would arguably "
        "have applied.",
    ).format(begins=begins)


def takes_office_line(outcome: Outcome) -> Line:
    return fmt(translate("contingent", "**Who takes office:** {text}"), text=outcome_text(outcome))


# --- the whole report ------------------------------------------------------------------------------


def contingent_report(
    scenario: Scenario, result: Tally, contingent: ContingentResult, *, every_state: bool = True
) -> list[Block]:
    """Who Congress would choose: the House's and the Senate's votes, then who takes office.
    ``every_state`` adds a row per state (the command line); the handout lists states by vote."""
    house, senate = contingent.house, contingent.senate
    blocks: list[Block] = [Heading(translate("contingent", "Contingent election"))]
    if house.needed:
        blocks += _house_blocks(house, result, every_state=every_state)
    else:
        blocks.append(
            Paragraph(fmt(translate("contingent", "**President:** {reason}"), reason=house_reason(house)))
        )
    if senate.needed:
        blocks += _senate_blocks(senate, result, every_state=every_state)
    else:
        vice = translate("contingent", "**Vice President:** {reason}")
        blocks.append(Paragraph(fmt(vice, reason=senate_reason(senate))))
    blocks.append(Paragraph(takes_office_line(contingent.outcome)))
    return blocks


def command_line_report(scenario: Scenario, result: Tally, contingent: ContingentResult) -> list[Block]:
    title = translate("contingent", "{heading} — contingent election, with any edits applied").format(
        heading=heading(scenario)
    )
    return [Heading(title), *contingent_report(scenario, result, contingent)[1:]]


# --- the Congress tab -----------------------------------------------------------------------------


def house_summary(house: HouseResult) -> list[Line]:
    title = translate("contingent", "House of Representatives")
    where = f" — {body_description(house.body)}" if house.body else ""
    lines: list[Line] = [fmt("**{title}**{where}", title=title, where=where), plain(house_reason(house))]
    if house.needed:
        counts = ", ".join(f"{name} {n}" for name, n in house.counts.items())
        lines.append(
            plain(
                translate(
                    "contingent",
                    "States: {counts}; no vote {no_vote}. {needed} of {total} needed, quorum {quorum}; DC "
                    "has no vote.",
                ).format(
                    counts=counts,
                    no_vote=house.no_vote,
                    needed=house.needed_to_win,
                    total=house.states_total,
                    quorum=house.quorum,
                )
            )
        )
    if house.tied_at_cutoff:
        lines.append(
            plain(
                translate("contingent", "Tied for the last place and not admitted: {names}.").format(
                    names=", ".join(house.tied_at_cutoff)
                )
            )
        )
    return lines


def senate_summary(senate: SenateResult) -> list[Line]:
    lines: list[Line] = [strong(translate("contingent", "Senate")), plain(senate_reason(senate))]
    if senate.needed:
        counts = ", ".join(f"{name} {n}" for name, n in senate.counts.items())
        lines.append(
            plain(
                translate(
                    "contingent", "Senators: {counts}; not voting {not_voting}. {needed} of {whole} needed."
                ).format(
                    counts=counts,
                    not_voting=senate.not_voting,
                    needed=senate.needed_to_win,
                    whole=senate.whole_number,
                )
            )
        )
    return lines


# --- JSON --------------------------------------------------------------------------------------------


def _house_json(house: HouseResult) -> dict[str, object]:
    body = house.body
    return {
        "needed": house.needed,
        "rule": house.rule.value if house.rule else None,
        "eligible": list(house.eligible),
        "tied_at_cutoff": list(house.tied_at_cutoff),
        "congress": body.congress if body else None,
        "newly_elected": body.newly_elected if body else None,
        "data_congress": body.data.number if body else None,
        "data_source": body.data.house_source if body else None,
        "states_total": house.states_total,
        "needed_to_win": house.needed_to_win,
        "quorum": house.quorum,
        "present": house.present,
        "states": [
            {
                "state": s.state,
                "vote": s.vote,
                "reason": s.reason.value,
                "members": s.members,
                "detail": state_vote_detail(s),
            }
            for s in house.states
        ],
        "counts": house.counts,
        "no_vote": house.no_vote,
        "winner": house.winner,
        "deadlock": house.deadlock,
        "record": {"ballot": house.record.ballot, "source": house.record.source} if house.record else None,
        "outcome": house_reason(house),
    }


def _senate_rule_code(senate: SenateResult) -> str | None:
    if senate.rule:
        return senate.rule.value
    return "pre12-runner-up" if senate.plan.case is SenateCase.RUNNER_UP else None


def _senate_json(senate: SenateResult) -> dict[str, object]:
    body = senate.body
    return {
        "needed": senate.needed,
        "rule": _senate_rule_code(senate),
        "eligible": list(senate.eligible),
        "tied": senate.tied,
        "congress": body.congress if body else None,
        "data_congress": body.data.number if body else None,
        "data_source": body.data.senate_source if body else None,
        "whole_number": senate.whole_number,
        "needed_to_win": senate.needed_to_win,
        "quorum": senate.quorum,
        "present": senate.present,
        "states": [
            {
                "state": s.state,
                "senators": [
                    {"party": senator_label(v.senator), "vote": v.vote, "by_party_count": v.by_party_count}
                    for v in s.senators
                ],
                "reason": s.reason.value,
                "detail": senators_detail(s),
            }
            for s in senate.states
        ],
        "counts": senate.counts,
        "not_voting": senate.not_voting,
        "winner": senate.winner,
        "deadlock": senate.deadlock,
        "record": {"ballot": senate.record.ballot, "source": senate.record.source} if senate.record else None,
        "outcome": senate_reason(senate),
    }


def contingent_json(scenario: Scenario, result: Tally, contingent: ContingentResult) -> dict[str, object]:
    outcome = contingent.outcome
    return {
        "election": result.year,
        "start": start_json(scenario),
        "appointed": result.appointed,
        "majority": result.majority,
        "electoral_votes": {
            "president": dict(result.president.votes),
            "vice_president": dict(result.vice_president.votes),
        },
        "house": _house_json(contingent.house),
        "senate": _senate_json(contingent.senate),
        "outcome": {
            "president": outcome.president,
            "vice_president": outcome.vice_president,
            "term_begins": term_begins_text(outcome),
            "acting_president": acting_label(outcome),
            "text": outcome_text(outcome),
        },
    }
