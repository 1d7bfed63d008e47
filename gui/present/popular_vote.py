"""The popular vote in words and figures: beside the tally, per state (tooltips, tree, CSV),
the misfire flag, the swing, the allocation methods, closest paths, and their JSON."""

from __future__ import annotations

from gui.domain.allocation import (
    Allocation,
    Method,
    allocate,
    flipped,
    misfire,
    popular_states,
    tally_by_method,
)
from gui.domain.analyses.closest import ClosestPath, Goal, NoPath
from gui.domain.i18n import translate
from gui.domain.popular_vote import (
    DISPUTED_COUNTS,
    NO_EDITS,
    NationalVote,
    StateVote,
    Swing,
    margin,
    national,
)
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally
from gui.present.blocks import Block, Bullets, Heading, Line, Paragraph, Table, fmt, plain


def number(n: int) -> str:
    return f"{n:,}"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def points(share: float) -> str:
    return translate("popular", "{points} points").format(points=f"{share * 100:.1f}")


def method_name(method: Method) -> str:
    return {
        Method.WINNER_TAKE_ALL: translate("popular", "Winner-take-all"),
        Method.PROPORTIONAL: translate("popular", "Proportional"),
        Method.DISTRICT: translate("popular", "Congressional district"),
        Method.NPVIC: translate("popular", "National Popular Vote compact"),
        Method.NATIONAL: translate("popular", "National popular vote"),
    }[method]


def method_description(method: Method) -> str:
    return {
        Method.WINNER_TAKE_ALL: translate(
            "popular",
            "Each state's plurality winner takes the electors its statewide vote decides (Maine's "
            "and Nebraska's districts keep the record's carriers).",
        ),
        Method.PROPORTIONAL: translate(
            "popular",
            "Each state's electors are shared by popular vote; whole electors by largest remainder.",
        ),
        Method.DISTRICT: translate(
            "popular",
            "By congressional district where district results exist (Maine from 1972, Nebraska "
            "from 1992); refused elsewhere, which stays winner-take-all: the sources hold no "
            "district results for other states.",
        ),
        Method.NPVIC: translate(
            "popular",
            "The compact's members give all their electors to the national popular-vote winner, "
            "once they hold a majority of the electors; the other states stay winner-take-all.",
        ),
        Method.NATIONAL: translate(
            "popular", "A plain national vote: every elector goes to the national popular-vote winner."
        ),
    }[method]


def chosen_by_text(code: str) -> str:
    if code == "not_taking_part":
        return translate("popular", "none: the state took no part")
    return translate("popular", "none: the legislature chose the electors")


def swing_text(swing: Swing) -> str:
    if not swing.points:
        return translate("popular", "no swing")
    return translate("popular", "swing of {points} toward {name}").format(
        points=points(swing.points / 100), name=swing.toward
    )


def state_vote_text(vote: StateVote | None, code: str) -> str:
    """One line for a state: each candidate's votes and share, and the margin."""
    if vote is None:
        return translate("popular", "none in the record")
    if not vote.has_vote:
        return chosen_by_text(vote.chosen_by)
    parts = [f"{name} {number(n)} ({percent(vote.share(name))})" for name, n in vote.ranked()[:4]]
    lead = margin(code, vote)
    if lead is not None and lead.runner_up:
        parts.append(
            translate("popular", "margin {name} +{votes} ({points})").format(
                name=lead.leader, votes=number(lead.votes), points=points(lead.share)
            )
        )
    return "; ".join(parts)


def state_popular_line(scenario: Scenario, code: str) -> str:
    """The popular vote of a state as the scenario stands (map tooltip, tree, CSV)."""
    vote = popular_states(scenario).get(code)
    text = state_vote_text(vote, code)
    changed = flipped(scenario).get(code)
    if changed:
        text += " " + translate("popular", "(flipped from {name})").format(name=changed[0])
    return translate("popular", "Popular vote: {text}").format(text=text)


def misfire_line(scenario: Scenario, result: Tally) -> Line | None:
    found = misfire(scenario, result)
    if found is None:
        return None
    if found.by_house:
        return fmt(
            translate(
                "popular",
                "**The President chosen lost the popular vote:** the House chose {chosen}; "
                "{leader} led the popular vote.",
            ),
            chosen=found.chosen,
            leader=found.popular_leader,
        )
    return fmt(
        translate(
            "popular",
            "**The electoral winner lost the popular vote:** {chosen} won the electors; "
            "{leader} led the popular vote.",
        ),
        chosen=found.chosen,
        leader=found.popular_leader,
    )


def disputed_line(year: int) -> str | None:
    if DISPUTED_COUNTS.get(year) == "alabama_1960":
        return translate(
            "popular",
            "The record credits all of Alabama's Democratic vote to Kennedy, though six of its eleven "
            "Democratic electors were unpledged (they voted for Byrd); counts that split that vote "
            "put Nixon ahead nationally.",
        )
    return None


def national_rows(scenario: Scenario, vote: NationalVote, result: Tally) -> list[tuple[str, ...]]:
    electors = result.president.votes
    rows = [
        (name, number(n), percent(vote.share(name)), str(electors.get(name, 0)))
        for name, n in list(vote.votes.items())[:6]
    ]
    rest = sum(list(vote.votes.values())[6:]) + vote.other
    if rest:
        rows.append((translate("popular", "Others"), number(rest), percent(rest / vote.total), ""))
    return rows


def national_headings() -> tuple[str, str, str, str]:
    return (
        translate("popular", "Candidate"),
        translate("popular", "Popular vote"),
        translate("popular", "Share"),
        translate("popular", "Electoral votes"),
    )


def without_vote_line(scenario: Scenario, vote: NationalVote) -> str | None:
    codes = [c for c in vote.states_without_vote if scenario.election.state(c).appointed]
    if not codes:
        return None
    return translate(
        "popular", "No popular vote in {states}: their legislatures chose the electors ({count})."
    ).format(states=", ".join(codes), count=sum(scenario.election.state(c).appointed for c in codes))


def compact_line(allocation: Allocation) -> str | None:
    compact = allocation.compact
    if compact is None:
        return None
    if not compact.members:
        return translate("popular", "No state had joined the compact by this election.")
    state = (
        translate("popular", "in force")
        if compact.in_force
        else translate("popular", "applied as if in force")
        if compact.applied
        else translate("popular", "not in force: members stay winner-take-all")
    )
    return translate(
        "popular", "Compact members: {members} with {electors} electors of {threshold} needed; {state}."
    ).format(
        members=", ".join(compact.members),
        electors=compact.electors,
        threshold=compact.threshold,
        state=state,
    )


def popular_blocks(scenario: Scenario, result: Tally, *, heading: bool = True) -> list[Block]:
    """The popular vote beside the electoral vote (tally report, handout, window)."""
    states = popular_states(scenario)
    if not states:
        return [Paragraph(plain(translate("popular", "No popular vote is recorded for this election.")))]
    vote = national(states)
    blocks: list[Block] = [Heading(translate("popular", "Popular vote"))] if heading else []
    blocks.append(
        Table(tuple(national_rows(scenario, vote, result)), national_headings(), right=frozenset({1, 2, 3}))
    )
    lines: list[Line] = [fmt(translate("popular", "Total: {total} votes."), total=number(vote.total))]
    for extra in (
        misfire_line(scenario, result),
        without_vote_line(scenario, vote),
        disputed_line(scenario.election.year),
    ):
        if extra:
            lines.append(extra if isinstance(extra, tuple) else plain(extra))
    edits = scenario.popular
    method = Method(edits.method)
    if method is not Method.WINNER_TAKE_ALL or edits.swing.points or edits.votes:
        lines.append(
            plain(
                translate("popular", "Method: {method}; {swing}.").format(
                    method=method_name(method), swing=swing_text(edits.swing)
                )
            )
        )
    note = compact_line(allocate(scenario)) if method is Method.NPVIC else None
    if note:
        lines.append(plain(note))
    mateless = no_running_mate(scenario)
    if mateless:
        lines.append(
            plain(
                translate(
                    "popular",
                    "No running mate is recorded for {names}: their electors cast blank ballots for "
                    "Vice President.",
                ).format(names=", ".join(mateless))
            )
        )
    changed = flipped(scenario)
    if changed:
        lines.append(
            plain(
                translate("popular", "Flipped: {states}.").format(
                    states=", ".join(
                        f"{code} ({was} → {now})" for code, (was, now) in sorted(changed.items())
                    )
                )
            )
        )
    blocks.extend(Paragraph(line) for line in lines)
    return blocks


def popular_sentences(scenario: Scenario, result: Tally) -> list[str]:
    """The popular vote in a sentence or two (the handout's first page, the window's outcome)."""
    states = popular_states(scenario)
    if not states:
        return []
    vote = national(states)
    shares = ", ".join(f"{name} {percent(vote.share(name))}" for name in vote.leaders(3))
    lines = [
        translate("popular", "Popular vote: {shares} of {total} votes.").format(
            shares=shares, total=number(vote.total)
        )
    ]
    flag = misfire_line(scenario, result)
    if flag:
        lines.append("".join(span.text for span in flag))
    return lines


def no_running_mate(scenario: Scenario) -> list[str]:
    """Candidates given electors by a popular-vote edit whose running mate the record lacks."""
    if scenario.popular == NO_EDITS or scenario.election.pre_12th_amendment:
        return []
    seats = {seat for seats in allocate(scenario).seats.values() for seat in seats}
    return sorted(
        {
            scenario.pledge(i).president
            for i in seats
            if scenario.pledge(i).president and not scenario.pledge(i).vice_president
        }
    )


def popular_json(scenario: Scenario, result: Tally) -> dict[str, object]:
    states = popular_states(scenario)
    vote = national(states)
    found = misfire(scenario, result)
    return {
        "votes": dict(vote.votes),
        "other": vote.other,
        "total": vote.total,
        "leader": vote.leader,
        "states_without_popular_vote": list(vote.states_without_vote),
        "electoral_winner_lost_popular_vote": found is not None,
        "method": scenario.popular.method,
        "swing": {"toward": scenario.popular.swing.toward, "points": scenario.popular.swing.points},
        "flipped": {code: {"from": was, "to": now} for code, (was, now) in sorted(flipped(scenario).items())},
    }


# --- methods side by side -----------------------------------------------------------------------


def methods_rows(scenario: Scenario) -> list[tuple[str, ...]]:
    rows = []
    for method in Method:
        if method is Method.DISTRICT and not allocate(scenario).seats:
            continue
        result = tally_by_method(scenario, method)
        top = ", ".join(f"{name} {n}" for name, n in list(result.president.votes.items())[:3])
        winner = result.president.winner or translate("popular", "no majority: the House chooses")
        rows.append((method_name(method), winner, top))
    return rows


def methods_blocks(scenario: Scenario) -> list[Block]:
    """The electoral result by each method beside the popular result (the mock election)."""
    headings = (
        translate("popular", "Method"),
        translate("popular", "President"),
        translate("popular", "Electoral votes"),
    )
    vote = national(popular_states(scenario))
    leader = vote.leader or "—"
    return [
        Heading(translate("popular", "By each method")),
        Table(tuple(methods_rows(scenario)), headings),
        Paragraph(
            fmt(
                translate("popular", "Popular vote leader: **{name}** ({share})."),
                name=leader,
                share=percent(vote.share(leader)),
            )
        ),
        Bullets(tuple(plain(f"{method_name(m)}: {method_description(m)}") for m in Method)),
    ]


# --- closest paths ------------------------------------------------------------------------------


def why_not_text(path: ClosestPath) -> str:
    return (
        {
            NoPath.ALREADY: translate("popular", "{name} already has a majority.").format(name=path.target),
            NoPath.NO_WINNER: translate("popular", "No one has a majority: there is nothing to deny."),
            NoPath.UNREACHABLE: translate(
                "popular", "No set of states flipped by their popular vote would do it."
            ),
            NoPath.NO_VOTES: translate("popular", "This election has no popular vote to change."),
        }[path.why_not]
        if path.why_not
        else ""
    )


def closest_blocks(path: ClosestPath) -> list[Block]:
    if path.goal is Goal.ELECT:
        title = translate("popular", "Closest path to elect {name} outright").format(name=path.target)
    else:
        title = translate("popular", "Closest path to leave no one a majority")
    blocks: list[Block] = [Heading(title)]
    if path.why_not:
        blocks.append(Paragraph(plain(why_not_text(path))))
        return blocks
    headings = (
        translate("popular", "State"),
        translate("popular", "Carried by"),
        translate("popular", "Margin"),
        translate("popular", "Voters to switch"),
        translate("popular", "Electors"),
    )
    rows = [
        (f.state, f.margin.leader, number(f.margin.votes), number(f.switchers), str(f.electors))
        for f in path.flips
    ]
    blocks.append(Table(tuple(rows), headings, right=frozenset({2, 3, 4})))
    after = ", ".join(f"{name} {n}" for name, n in path.after.items())
    blocks.append(
        Paragraph(
            fmt(
                translate(
                    "popular",
                    "**{switchers} voters** switching in {states} (margins adding up to {margin}) "
                    "would have made it: {after} ({majority} needed).",
                ),
                switchers=number(path.switchers),
                states=", ".join(f.state for f in path.flips),
                margin=number(path.margin_votes),
                after=after,
                majority=path.majority,
            ),
        )
    )
    blocks.append(
        Paragraph(
            plain(
                translate(
                    "popular",
                    "Each state flips with ⌊margin/2⌋+1 voters switching from its leader; the set is "
                    "the cheapest there is (an exact search over states, from the scenario as it stands).",
                )
            )
        )
    )
    return blocks


def closest_json(path: ClosestPath) -> dict[str, object]:
    return {
        "goal": path.goal.value,
        "winner": path.winner,
        "target": path.target,
        "majority": path.majority,
        "units": [f.state for f in path.flips],
        "flips": [
            {
                "unit": f.state,
                "leader": f.margin.leader,
                "to": f.margin.runner_up,
                "margin": f.margin.votes,
                "switchers": f.switchers,
                "electors": f.electors,
            }
            for f in path.flips
        ],
        "switchers": path.switchers,
        "margin": path.margin_votes,
        "before": path.before,
        "after": path.after,
        "why_not": path.why_not.value if path.why_not else None,
        "outcome": why_not_text(path) if path.why_not else None,
    }
