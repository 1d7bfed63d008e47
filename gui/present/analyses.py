"""The analyses in words: defections needed, paths to victory, win probabilities, voting power.

Each report is one list of blocks, read by ``ec-whatif analyze`` (plain text) and by the
Analyses tab (HTML); each JSON payload is the command line's ``--json``.
"""

from __future__ import annotations

from collections.abc import Callable

from gui.domain.analyses.contest import Contest, Outcome
from gui.domain.analyses.defections import DefectionPlan, defections_to_deny, defections_to_elect
from gui.domain.analyses.paths import Paths
from gui.domain.analyses.power import PowerIndex
from gui.domain.analyses.probabilities import Distribution
from gui.domain.elector_laws import binding_rank
from gui.domain.i18n import translate
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Vote
from gui.present.blocks import Block, Paragraph, Table, fmt, plain
from gui.present.labels import elector_ranges, heading
from gui.present.outcome import start_json

OUTCOME_KEYS = {
    Outcome.A: "a_wins",
    Outcome.B: "b_wins",
    Outcome.TIE: "tie",
    Outcome.NONE: "no_majority",
    Outcome.OTHER: "other_wins",
}


def percent(p: float, digits: int = 1) -> str:
    return f"{100 * p:.{digits}f}%"


def _heading_blocks(scenario: Scenario, with_heading: bool) -> list[Block]:
    return [Paragraph(plain(heading(scenario)))] if with_heading else []


# --- defections ---------------------------------------------------------------------------------------


def voiding_states(scenario: Scenario) -> list[str] | None:
    """With "apply state laws" on, the states whose law voids a faithless vote (None when off)."""
    if not scenario.apply_state_laws:
        return None
    electors = scenario.election.electors
    states = {electors[i].state for i in scenario.voiding_electors()}
    return [s.code for s in scenario.election.states if s.code in states]


def law_preference(scenario: Scenario) -> Callable[[str], int] | None:
    """Order states for defections when state laws apply: no law binding electors first, then a
    pledge without enforcement, then a penalty (states that void the vote are left out)."""
    if not scenario.apply_state_laws:
        return None
    year = scenario.election.year
    return lambda code: binding_rank(year, code)


def plan_defections(scenario: Scenario, elect: str | None = None, to: Vote = BLANK) -> DefectionPlan:
    """The cheapest defections: to deny the leader a majority, or to ``elect`` someone outright."""
    order = law_preference(scenario)
    if elect is not None:
        return defections_to_elect(scenario, elect, state_order=order)
    return defections_to_deny(scenario, to=to, state_order=order)


def vote_word(vote: Vote) -> str:
    if vote is FAITHFUL:
        return translate("analyses", "faithful")
    return vote or translate("analyses", "blank")


def _new_votes(plan: DefectionPlan) -> str:
    faithless = {vote for _, vote in plan.changes if vote is not FAITHFUL}
    if plan.goal == "elect":
        what = translate("analyses", "They vote for {name}").format(name=plan.candidate)
    elif faithless == {BLANK}:
        what = translate("analyses", "They cast blank ballots")
    else:
        what = translate("analyses", "They vote for {name}").format(
            name=", ".join(sorted(vote_word(v) for v in faithless))
        )
    if plan.returning:
        what += translate("analyses", " ({count} of them by returning to their pledge)").format(
            count=plan.returning
        )
    return what + "."


def defections_report(scenario: Scenario, plan: DefectionPlan, *, with_heading: bool = True) -> list[Block]:
    blocks = _heading_blocks(scenario, with_heading)
    appointed = scenario.appointed
    lines: list[str] = []
    if plan.leader:
        lines.append(
            translate(
                "analyses",
                "{leader} has {votes} of {appointed} electoral votes; {majority} needed for a majority.",
            ).format(
                leader=plan.leader,
                votes=plan.votes.get(plan.leader, 0),
                appointed=appointed,
                majority=plan.majority,
            )
        )
    voided = voiding_states(scenario)
    if voided is not None:
        if voided:
            lines.append(
                translate(
                    "analyses",
                    "State laws applied: a faithless vote is void in {states}, so those electors are left "
                    "out; states whose law does not bind electors are taken first.",
                ).format(states=", ".join(voided))
            )
        else:
            lines.append(
                translate(
                    "analyses",
                    "State laws applied: no state law voids a faithless vote in {year} (or there is no data "
                    "for that year).",
                ).format(year=scenario.election.year)
            )
    if lines:
        blocks.append(Paragraph(plain("\n".join(lines))))
    if plan.goal == "deny":
        if plan.needed == 0:
            blocks.append(
                Paragraph(
                    plain(
                        translate(
                            "analyses",
                            "No one has a majority now: no defection is needed; the House would choose.",
                        )
                    )
                )
            )
            return blocks
        have = plan.votes[plan.leader or ""]
        sentence = fmt(
            translate(
                "analyses",
                "To deny {leader} a majority, **{needed}** electors would have to change their presidential "
                "vote ({votes} − {needed} = {left}, one short of {majority}).",
            ),
            leader=plan.leader,
            needed=plan.needed,
            votes=have,
            left=have - plan.needed,
            majority=plan.majority,
        )
    else:
        have = plan.votes.get(plan.candidate or "", 0)
        if plan.needed == 0:
            already = translate("analyses", "{name} already has a majority ({votes} of {majority} needed).")
            blocks.append(
                Paragraph(plain(already.format(name=plan.candidate, votes=have, majority=plan.majority)))
            )
            return blocks
        sentence = fmt(
            translate(
                "analyses",
                "For {name} to win outright, **{needed}** electors would have to vote for {name} ({votes} + "
                "{needed} = {total}, a majority).",
            ),
            name=plan.candidate,
            needed=plan.needed,
            votes=have,
            total=have + plan.needed,
        )
    blocks.append(Paragraph(sentence))
    if not plan.possible:
        impossible = translate(
            "analyses", "Only {available} electors could make that change: it cannot happen."
        )
        blocks.append(Paragraph(plain(impossible.format(available=plan.available))))
        return blocks
    blocks.append(
        Paragraph(
            plain(
                translate(
                    "analyses", "One cheapest set ({available} electors could take part), by state:"
                ).format(available=plan.available)
            )
        )
    )
    rows = [
        (state, str(len(ids)), elector_ranges(state, (int(i.split(":")[1]) for i in ids)))
        for state, ids in plan.by_state(scenario).items()
    ]
    blocks.append(Table(tuple(rows), right=frozenset({1})))
    after = ", ".join(f"{name} {votes}" for name, votes in plan.after.items())
    blocks.append(
        Paragraph(
            plain(
                _new_votes(plan) + "\n" + translate("analyses", "Afterwards: {counts}.").format(counts=after)
            )
        )
    )
    return blocks


def defections_json(scenario: Scenario, plan: DefectionPlan) -> dict[str, object]:
    electors = scenario.election.electors
    voided = voiding_states(scenario)
    return {
        "analysis": "defections",
        "election": plan.year,
        "start": start_json(scenario),
        "appointed": scenario.appointed,
        "majority": plan.majority,
        "goal": plan.goal,
        "leader": plan.leader,
        "candidate": plan.candidate,
        "votes": plan.votes,
        "needed": plan.needed,
        "possible": plan.possible,
        "available": plan.available,
        "apply_laws": voided is not None,
        "laws_void_faithless_votes_in": voided,
        "electors": plan.by_state(scenario) if plan.possible else {},
        "changes": [
            {
                "elector": electors[index].id,
                "from": scenario.cast(index, Office.PRESIDENT) or "blank",
                "to": "faithful" if vote is FAITHFUL else (vote or "blank"),
            }
            for index, vote in plan.changes
        ],
        "after": plan.after,
    }


# --- the race between two candidates --------------------------------------------------------------------


def outcome_label(contest: Contest, outcome: Outcome) -> str:
    return {
        Outcome.A: translate("analyses", "{name} wins").format(name=contest.a),
        Outcome.B: translate("analyses", "{name} wins").format(name=contest.b),
        Outcome.OTHER: translate("analyses", "{name} wins").format(name=contest.other_winner),
        Outcome.TIE: translate("analyses", "tie, no majority (the House decides)"),
        Outcome.NONE: translate("analyses", "no majority (others or undecided hold votes)"),
    }[outcome]


def shown_outcomes(contest: Contest) -> list[Outcome]:
    """The outcomes worth a line: "no majority" only when votes lie outside A and B."""
    outside = contest.appointed - contest.fixed_votes(contest.a) - contest.fixed_votes(contest.b)
    none_possible = outside > contest.open_votes
    return [
        o
        for o in Outcome
        if (o is not Outcome.OTHER or contest.other_winner) and (o is not Outcome.NONE or none_possible)
    ]


def _contest_lines(contest: Contest, what: str) -> list[str]:
    units = ", ".join(f"{u} {w}" for u, w in zip(contest.units, contest.weights, strict=True))
    main = (contest.a, contest.b)
    held = [f"{n} {contest.fixed_votes(n)}" for n in main]
    others = sum(v for name, v in contest.fixed.items() if name not in main)
    if others:
        held.append(translate("analyses", "others {count}").format(count=others))
    return [
        translate("analyses", "{what}: {units} ({votes} electoral votes).").format(
            what=what, units=units, votes=contest.open_votes
        ),
        translate("analyses", "Held outside them: {held}; {majority} of {appointed} needed.").format(
            held=", ".join(held), majority=contest.majority, appointed=contest.appointed
        ),
    ]


def paths_report(scenario: Scenario, paths: Paths, *, with_heading: bool = True) -> list[Block]:
    contest = paths.contest
    blocks = _heading_blocks(scenario, with_heading)
    needs = []
    for side in paths.candidates:
        if side.need <= 0:
            needs.append(translate("analyses", "{name} already has a majority").format(name=side.name))
        elif side.need > contest.open_votes:
            needs.append(
                translate("analyses", "{name} cannot reach a majority (needs {need}, {open} open)").format(
                    name=side.name, need=side.need, open=contest.open_votes
                )
            )
        else:
            needs.append(
                translate("analyses", "{name} needs {need} of {open}").format(
                    name=side.name, need=side.need, open=contest.open_votes
                )
            )
    lines = [*_contest_lines(contest, translate("analyses", "Toss-ups")), "; ".join(needs) + "."]
    blocks.append(Paragraph(plain("\n".join(lines))))
    blocks.append(
        Paragraph(
            plain(
                translate(
                    "analyses", "Of the {total} ways the toss-ups can fall (each wholly to one of the two):"
                ).format(total=f"{paths.total:,}")
            )
        )
    )
    rows = [
        (outcome_label(contest, o), f"{paths.outcomes[o]:,}", percent(paths.outcomes[o] / paths.total))
        for o in shown_outcomes(contest)
    ]
    blocks.append(Table(tuple(rows), right=frozenset({1, 2})))
    weight = dict(zip(contest.units, contest.weights, strict=True))
    for side in paths.candidates:
        title = translate("analyses", "Minimal winning combinations for {name}: {count}").format(
            name=side.name, count=f"{side.minimal_count:,}"
        )
        if not side.minimal_complete:
            title += translate("analyses", ", the first {count} listed").format(count=len(side.minimal))
        blocks.append(Paragraph(plain(title)))
        combos = [
            (
                " ".join(combination) if combination else translate("analyses", "(none needed)"),
                f"({sum(weight[u] for u in combination)})",
            )
            for combination in side.minimal
        ]
        if combos:
            blocks.append(Table(tuple(combos)))
        if side.tipping_point:
            others = 2 ** (len(contest.units) - 1)
            blocks.append(
                Paragraph(
                    fmt(
                        translate(
                            "analyses",
                            "Tipping point for {name}: **{unit}**, decisive in {count} of the {total} ways "
                            "the other toss-ups can fall.",
                        ),
                        name=side.name,
                        unit=side.tipping_point,
                        count=f"{side.pivotal[side.tipping_point]:,}",
                        total=f"{others:,}",
                    )
                )
            )
    return blocks


def _contest_json(analysis: str, scenario: Scenario, contest: Contest) -> dict[str, object]:
    """What a race's JSON opens with: the analysis, the scenario, the base and the two candidates."""
    return {
        "analysis": analysis,
        "election": contest.year,
        "start": start_json(scenario),
        "apply_laws": scenario.apply_state_laws,
        "appointed": contest.appointed,
        "majority": contest.majority,
        "candidates": [contest.a, contest.b],
    }


def paths_json(scenario: Scenario, paths: Paths) -> dict[str, object]:
    contest = paths.contest
    return {
        **_contest_json("paths", scenario, contest),
        "tossups": dict(zip(contest.units, contest.weights, strict=True)),
        "held": contest.fixed,
        "outcomes": {"total": paths.total, **{OUTCOME_KEYS[o]: n for o, n in paths.outcomes.items()}},
        "other_winner": contest.other_winner,
        "by_candidate": [
            {
                "name": side.name,
                "need": side.need,
                "minimal_count": side.minimal_count,
                "minimal": [list(c) for c in side.minimal],
                "minimal_complete": side.minimal_complete,
                "pivotal": side.pivotal,
                "tipping_point": side.tipping_point,
            }
            for side in paths.candidates
        ],
    }


# --- probabilities ------------------------------------------------------------------------------------


def _summary_rows(d: Distribution) -> Table:
    contest = d.contest
    rows = []
    for outcome in shown_outcomes(contest):
        error = f"± {percent(d.standard_error(outcome))}" if d.draws else ""
        rows.append((outcome_label(contest, outcome), percent(d.outcomes[outcome]), error))
    return Table(tuple(rows), right=frozenset({1}))


def _spread_line(d: Distribution) -> str:
    return translate(
        "analyses", "{name}'s electoral votes: mean {mean}, sd {sd}, 90% between {low} and {high}."
    ).format(
        name=d.contest.a,
        mean=f"{d.mean:.1f}",
        sd=f"{d.sd:.1f}",
        low=d.quantile(0.05),
        high=d.quantile(0.95),
    )


def histogram(d: Distribution, bin_size: int = 10) -> list[Block]:
    support = [v for v, p in enumerate(d.pmf.tolist()) if p > 0]
    low, high = support[0] // bin_size, support[-1] // bin_size
    bins = [float(d.pmf[b * bin_size : (b + 1) * bin_size].sum()) for b in range(low, high + 1)]
    top = max(bins)
    title = translate("analyses", "{name}'s electoral votes ({method}; majority {majority}):").format(
        name=d.contest.a, method=d.method, majority=d.contest.majority
    )
    rows = [
        (
            f"{b * bin_size}-{b * bin_size + bin_size - 1}",
            percent(p),
            "#" * round(40 * p / top) if top else "",
        )
        for b, p in zip(range(low, high + 1), bins, strict=True)
    ]
    return [Paragraph(plain(title)), Table(tuple(rows), right=frozenset({0, 1}))]


def probabilities_report(
    scenario: Scenario,
    exact: Distribution,
    correlated: Distribution | None = None,
    *,
    with_heading: bool = True,
    with_histogram: bool = True,
) -> list[Block]:
    contest = exact.contest
    blocks = _heading_blocks(scenario, with_heading)
    if contest.units:
        what = translate("analyses", "{a} (A) against {b} (B), units with a probability").format(
            a=contest.a, b=contest.b
        )
        lines = _contest_lines(contest, what)
    else:
        lines = [
            translate(
                "analyses",
                "{a} (A) against {b} (B): no unit has a probability yet; every unit keeps its votes.",
            ).format(a=contest.a, b=contest.b)
        ]
    blocks.append(Paragraph(plain("\n".join(lines))))
    blocks += [
        Paragraph(plain(translate("analyses", "Independent units (exact):"))),
        _summary_rows(exact),
        Paragraph(plain(_spread_line(exact))),
    ]
    shown = exact
    if correlated is not None:
        blocks += [
            Paragraph(
                plain(
                    translate(
                        "analyses",
                        "With a national swing (sd {sd} on the probit scale; {draws} draws, seed {seed}):",
                    ).format(
                        sd=f"{correlated.swing_sd:g}", draws=f"{correlated.draws:,}", seed=correlated.seed
                    )
                )
            ),
            _summary_rows(correlated),
            Paragraph(plain(_spread_line(correlated))),
        ]
        shown = correlated
    if with_histogram:
        blocks += histogram(shown)
    return blocks


def distribution_json(d: Distribution) -> dict[str, object]:
    summary: dict[str, object] = {
        "method": d.method,
        "outcomes": {OUTCOME_KEYS[o]: p for o, p in d.outcomes.items()},
        "mean": d.mean,
        "sd": d.sd,
        "interval_90": [d.quantile(0.05), d.quantile(0.95)],
        "pmf": [[v, p] for v, p in enumerate(d.pmf.tolist()) if p > 0],
    }
    if d.counts is not None:
        summary |= {
            "draws": d.draws,
            "seed": d.seed,
            "swing_sd": d.swing_sd,
            "standard_error": {OUTCOME_KEYS[o]: d.standard_error(o) for o in Outcome},
            "counts": [[v, int(n)] for v, n in enumerate(d.counts.tolist()) if n],
        }
    return summary


def probabilities_json(
    scenario: Scenario, exact: Distribution, correlated: Distribution | None
) -> dict[str, object]:
    contest = exact.contest
    payload: dict[str, object] = {
        **_contest_json("probabilities", scenario, contest),
        "probabilities": dict(zip(contest.units, exact.probabilities, strict=True)),
        "weights": dict(zip(contest.units, contest.weights, strict=True)),
        "held": contest.fixed,
        "independent": distribution_json(exact),
    }
    if correlated is not None:
        payload["correlated"] = distribution_json(correlated)
    return payload


# --- voting power ----------------------------------------------------------------------------------------


def power_report(index: PowerIndex, *, with_table: bool = True) -> list[Block]:
    states = index.states
    top, bottom = states[0], states[-1]
    blocks: list[Block] = [
        Paragraph(
            plain(
                translate(
                    "analyses",
                    "{year} — Banzhaf voting power of each state ({appointed} electors, {quota} needed)",
                ).format(year=index.year, appointed=index.appointed, quota=index.quota)
            )
        ),
        Paragraph(
            plain(
                translate(
                    "analyses",
                    "How often a state's electors decide the outcome if every combination of states is "
                    "equally likely; each state votes as a bloc (Maine and Nebraska whole). {top}: "
                    "{top_share} of the electors, {top_power} of the power (×{top_ratio}); {bottom}: "
                    "{bottom_share} and {bottom_power} (×{bottom_ratio}). Winner-take-all gives the largest "
                    "states a little more power per elector than their numbers.",
                ).format(
                    top=top.name,
                    top_share=percent(top.share),
                    top_power=percent(top.banzhaf),
                    top_ratio=f"{top.ratio:.2f}",
                    bottom=bottom.name,
                    bottom_share=percent(bottom.share),
                    bottom_power=percent(bottom.banzhaf),
                    bottom_ratio=f"{bottom.ratio:.2f}",
                )
            )
        ),
    ]
    if with_table:
        headings = (
            translate("analyses", "State"),
            "",
            translate("analyses", "Electors"),
            translate("analyses", "Share"),
            translate("analyses", "Power"),
            translate("analyses", "Power/share"),
        )
        rows = tuple(
            (
                row.code,
                row.name,
                str(row.electors),
                percent(row.share, 2),
                percent(row.banzhaf, 2),
                f"{row.ratio:.3f}",
            )
            for row in states
        )
        blocks.append(Table(rows, headings=headings, right=frozenset({2, 3, 4, 5})))
    return blocks


def power_json(index: PowerIndex) -> dict[str, object]:
    return {
        "analysis": "power",
        "election": index.year,
        "appointed": index.appointed,
        "quota": index.quota,
        "model": "Banzhaf; states as blocs, Maine and Nebraska whole; states with no electors left out",
        "states": [
            {
                "state": row.code,
                "name": row.name,
                "electors": row.electors,
                "share": row.share,
                "banzhaf": row.banzhaf,
                "ratio": row.ratio,
                "swings": row.swings,
                "decisive": row.decisive,
            }
            for row in index.states
        ],
    }
