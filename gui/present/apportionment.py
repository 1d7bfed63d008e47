"""The apportionment what-if in words: the methods and options, what an apportionment changed,
the notes beside the count, and the sweep of House sizes (text, window and JSON)."""

from __future__ import annotations

from gui.domain.analyses.contest import Outcome
from gui.domain.analyses.house_sizes import HouseSweep, Run
from gui.domain.apportionment import DC, PR, Allotment, Choice, District, Method, SizeRule, census
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.reapportion import STATE_NAMES, Reapportioned, seat_changes
from gui.domain.scenario import Ballot, Office, Scenario
from gui.present.blocks import Block, Paragraph, Table, fmt, plain
from gui.present.labels import and_join, count_phrase, heading, number_ranges

METHOD_WORDS = {
    Method.HILL: (
        QT_TRANSLATE_NOOP("apportionment", "Huntington–Hill"),
        QT_TRANSLATE_NOOP(
            "apportionment",
            "Equal proportions, the method in law since 1941: priority population / √(n(n+1))",
        ),
    ),
    Method.WEBSTER: (
        QT_TRANSLATE_NOOP("apportionment", "Webster"),
        QT_TRANSLATE_NOOP(
            "apportionment", "Major fractions, used for 1840, 1910 and 1930: priority population / (n + ½)"
        ),
    ),
    Method.HAMILTON: (
        QT_TRANSLATE_NOOP("apportionment", "Hamilton/Vinton"),
        QT_TRANSLATE_NOOP(
            "apportionment",
            "Largest remainders, used 1850-1900: whole quotas first, then the largest fractions",
        ),
    ),
    Method.JEFFERSON: (
        QT_TRANSLATE_NOOP("apportionment", "Jefferson"),
        QT_TRANSLATE_NOOP(
            "apportionment", "Greatest divisors, used 1790-1830: priority population / (n + 1)"
        ),
    ),
}
DISTRICT_WORDS = {
    District.AMENDMENT: QT_TRANSLATE_NOOP("apportionment", "DC: electors under the 23rd Amendment"),
    District.STATE: QT_TRANSLATE_NOOP("apportionment", "DC admitted as a state"),
    District.NONE: QT_TRANSLATE_NOOP("apportionment", "DC: no electors (23rd Amendment repealed)"),
}


def method_name(method: Method) -> str:
    return translate("apportionment", METHOD_WORDS[method][0])


def method_tip(method: Method) -> str:
    return translate("apportionment", METHOD_WORDS[method][1])


DISTRICT_CHOICES = {  # the same, short, for a list whose label already says "DC"
    District.AMENDMENT: QT_TRANSLATE_NOOP("apportionment", "23rd Amendment"),
    District.STATE: QT_TRANSLATE_NOOP("apportionment", "a state"),
    District.NONE: QT_TRANSLATE_NOOP("apportionment", "no electors"),
}


def district_label(district: District) -> str:
    return translate("apportionment", DISTRICT_WORDS[district])


def district_choice(district: District) -> str:
    return translate("apportionment", DISTRICT_CHOICES[district])


SIZE_WORDS = {  # a House of a given size, and the undo history's name for choosing it
    SizeRule.FIXED: (
        QT_TRANSLATE_NOOP("apportionment", "a House of {size} seats"),
        QT_TRANSLATE_NOOP("commands", "House of {size} seats ({census} census, {method})"),
    ),
    SizeRule.WYOMING: (
        QT_TRANSLATE_NOOP("apportionment", "the Wyoming rule's House of {size} seats"),
        QT_TRANSLATE_NOOP("commands", "House by the Wyoming rule ({census} census, {method})"),
    ),
    SizeRule.CUBE_ROOT: (
        QT_TRANSLATE_NOOP("apportionment", "the cube-root rule's House of {size} seats"),
        QT_TRANSLATE_NOOP("commands", "House by the cube-root rule ({census} census, {method})"),
    ),
}


def size_phrase(choice: Choice, house_size: int) -> str:
    """ "a House of 600 seats", "the Wyoming rule's House of 573 seats"."""
    return translate("apportionment", SIZE_WORDS[choice.rule][0]).format(size=house_size)


def choice_line(allotment: Allotment, record_has_dc: bool) -> str:
    """ "the 1990 census, a House of 600 seats, Huntington–Hill; DC: electors under the 23rd
    Amendment; Puerto Rico admitted as a state" (the District's line only where it has a say)."""
    choice = allotment.choice
    text = translate("apportionment", "the {census} census, {size}, {method}").format(
        census=choice.census,
        size=size_phrase(choice, allotment.house_size),
        method=method_name(choice.method),
    )
    return text + _options(choice, record_has_dc)


def _options(choice: Choice, record_has_dc: bool) -> str:
    text = ""
    if record_has_dc or choice.district is District.STATE:
        text += "; " + district_label(choice.district)
    if choice.puerto_rico:
        text += "; " + translate("apportionment", "Puerto Rico admitted as a state")
    return text


def apportionment_line(scenario: Scenario) -> str:
    """ "What-if apportionment: a House of 600 seats, the 1990 census, Huntington–Hill." for the
    window's outcome ("" when the election has its own); statehood added when chosen."""
    reapportioned = scenario.reapportioned
    if reapportioned is None:
        return ""
    allotment = reapportioned.allotment
    choice = allotment.choice
    text = translate("apportionment", "What-if apportionment: {size}, the {census} census, {method}").format(
        size=size_phrase(choice, allotment.house_size),
        census=choice.census,
        method=method_name(choice.method),
    )
    added = [STATE_NAMES[code] for code in allotment.added]
    if added:
        text += translate("apportionment", "; {states} admitted").format(states=and_join(added))
    return text + "."


def undecided_new_states(scenario: Scenario) -> list[tuple[str, int]]:
    """States the apportionment added that no one carries yet: (name, electors)."""
    reapportioned = scenario.reapportioned
    if reapportioned is None:
        return []
    found = []
    for code in (DC, PR):
        if scenario.election.has_state(code) and not reapportioned.record.has_state(code):
            state = scenario.election.state(code)
            if all(scenario.ballot(i, Office.PRESIDENT) is Ballot.UNDECIDED for i in state.electors):
                found.append((state.name, len(state.electors)))
    return found


def _dc_note(allotment: Allotment) -> str | None:
    if allotment.dc_as_state is None or allotment.dc_cap is None:
        return None
    electors = allotment.electors[DC]
    if allotment.dc_as_state > allotment.dc_cap:
        return translate(
            "apportionment",
            "The District of Columbia would have {as_state} electors as a state; the 23rd Amendment holds "
            "it to the least populous state's {cap} ({state}).",
        ).format(as_state=allotment.dc_as_state, cap=electors, state=allotment.least_populous)
    return translate(
        "apportionment",
        "The District of Columbia has {count} electors, as many as if it were a state (23rd Amendment; "
        "the least populous state, {state}, has {cap}).",
    ).format(count=electors, state=allotment.least_populous, cap=allotment.dc_cap)


def notes(scenario: Scenario) -> list[str]:
    """What to know about the scenario's apportionment: census, admission seats, DC, new states."""
    reapportioned = scenario.reapportioned
    if reapportioned is None:
        return []
    allotment = reapportioned.allotment
    choice = allotment.choice
    lines = []
    if not census(choice.census).apportioned:
        lines.append(
            translate(
                "apportionment",
                "Congress never apportioned the House from the {census} census; this what-if does.",
            ).format(census=choice.census)
        )
    if allotment.admitted:
        lines.append(
            translate(
                "apportionment",
                "{states}: not among the {census} census's states; one seat each, as Congress gave them "
                "on admission.",
            ).format(states=", ".join(allotment.admitted), census=choice.census)
        )
    dc = _dc_note(allotment)
    if dc:
        lines.append(dc)
    if choice.district is District.NONE and reapportioned.record.has_state(DC):
        lines.append(
            translate(
                "apportionment", "The District of Columbia has no electors (the 23rd Amendment repealed)."
            )
        )
    for name, count in undecided_new_states(scenario):
        lines.append(
            translate(
                "apportionment",
                "{state} has no presidential vote on record: its {count} electors are undecided until "
                "someone carries it.",
            ).format(state=name, count=count)
        )
    new_districts = _new_districts(reapportioned)
    if new_districts:
        lines.append(
            translate(
                "apportionment",
                "New districts ({units}) have no vote on record: they start pledged as their state's "
                "at-large pair.",
            ).format(units=", ".join(new_districts))
        )
    return lines


def _new_districts(reapportioned: Reapportioned) -> list[str]:
    record = reapportioned.record
    added = {key[0] for key in reapportioned.keys if "-" in key[0] and not record.has_unit(key[0])}
    return sorted(added, key=lambda unit: (unit.split("-")[0], int(unit.split("-")[1])))


def changes_table(reapportioned: Reapportioned) -> Table:
    """The states whose electors changed: record, what-if and the difference."""
    rows = tuple(
        (change.state, change.name, str(change.record), str(change.what_if), f"{change.change:+d}")
        for change in seat_changes(reapportioned)
    )
    headings = (
        translate("apportionment", "State"),
        "",
        translate("apportionment", "Record"),
        translate("apportionment", "What-if"),
        translate("apportionment", "Change"),
    )
    return Table(rows, headings=headings, right=frozenset({2, 3, 4}))


def summary_line(reapportioned: Reapportioned) -> str:
    """ "45 states gain electors; 703 electors in all." """
    changes = seat_changes(reapportioned)
    gained = sum(1 for c in changes if c.change > 0)
    lost = sum(1 for c in changes if c.change < 0)
    parts = []
    if gained:
        parts.append(
            count_phrase(
                gained,
                translate("apportionment", "1 state gains electors"),
                translate("apportionment", "{count} states gain electors"),
            )
        )
    if lost:
        parts.append(
            count_phrase(
                lost,
                translate("apportionment", "1 state loses electors"),
                translate("apportionment", "{count} states lose electors"),
            )
        )
    if not parts:
        parts.append(translate("apportionment", "no state's electors change"))
    text = translate("apportionment", "{changes}; {appointed} electors in all.").format(
        changes="; ".join(parts), appointed=reapportioned.allotment.appointed
    )
    return text[0].upper() + text[1:]


def apportionment_report(scenario: Scenario) -> list[Block]:
    """What the scenario's apportionment is and changed (nothing when it has the record's)."""
    reapportioned = scenario.reapportioned
    if reapportioned is None:
        return []
    blocks: list[Block] = [
        Paragraph(
            fmt(
                translate("apportionment", "**Apportionment:** {choice}."),
                choice=choice_line(reapportioned.allotment, reapportioned.record.has_state(DC)),
            )
        ),
        Paragraph(plain(summary_line(reapportioned))),
    ]
    table = changes_table(reapportioned)
    if table.rows:
        blocks.append(table)
    extra = notes(scenario)
    if extra:
        blocks.append(Paragraph(plain("\n".join(extra))))
    return blocks


def apportionment_json(scenario: Scenario) -> dict[str, object] | None:
    reapportioned = scenario.reapportioned
    if reapportioned is None:
        return None
    allotment = reapportioned.allotment
    choice = allotment.choice
    return {
        "census": choice.census,
        "house_size": allotment.house_size,
        "rule": choice.rule.value,
        "method": choice.method.value,
        "dc": choice.district.value,
        "puerto_rico": choice.puerto_rico,
        "seats": allotment.seats,
        "electors": allotment.electors,
        "admitted": list(allotment.admitted),
        "dc_as_state": allotment.dc_as_state,
        "dc_cap": allotment.dc_cap,
        "changes": [
            {"state": c.state, "record": c.record, "what_if": c.what_if} for c in seat_changes(reapportioned)
        ],
        "notes": notes(scenario),
    }


# --- the sweep of House sizes -------------------------------------------------------------------------


def run_label(sweep: HouseSweep, run: Run) -> str:
    if run.outcome is Outcome.TIE:
        return translate("apportionment", "tie: the House decides")
    if run.outcome is Outcome.NONE:
        return translate("apportionment", "no majority")
    return translate("apportionment", "{name} elected").format(name=run.winner)


def sweep_choice_line(scenario: Scenario, sweep: HouseSweep) -> str:
    """ "The 1990 census, Huntington–Hill; DC: electors under the 23rd Amendment." """
    choice = sweep.choice
    text = translate("apportionment", "The {census} census, {method}").format(
        census=choice.census, method=method_name(choice.method)
    )
    return text + _options(choice, scenario.record.has_state(DC)) + "."


def sweep_report(scenario: Scenario, sweep: HouseSweep) -> list[Block]:
    """``analyze --house-sizes``: who is elected at each House size, in runs, and the ties."""
    first, last = sweep.counts[0].size, sweep.counts[-1].size
    blocks: list[Block] = [
        Paragraph(
            plain(
                translate(
                    "apportionment", "{heading}: the count for every House size from {first} to {last}"
                ).format(heading=heading(scenario), first=first, last=last)
            )
        ),
        Paragraph(plain(sweep_choice_line(scenario, sweep))),
    ]
    headings = (
        translate("apportionment", "House sizes"),
        translate("apportionment", "Outcome"),
        sweep.a,
        sweep.b,
    )
    rows = []
    for run in sweep.runs():
        sizes = f"{run.first}–{run.last}" if run.last > run.first else str(run.first)
        low, high = sweep.at(run.first), sweep.at(run.last)
        votes = [
            str(getattr(low, attr))
            if run.first == run.last
            else f"{getattr(low, attr)}–{getattr(high, attr)}"
            for attr in ("a_votes", "b_votes")
        ]
        rows.append((sizes, run_label(sweep, run), *votes))
    blocks.append(Table(tuple(rows), headings=headings, right=frozenset({2, 3})))
    blocks.append(Paragraph(plain("\n".join(sweep_summary(sweep)))))
    return blocks


def sweep_summary(sweep: HouseSweep) -> list[str]:
    """Where the winner changes and where the two tie, in two sentences."""
    changes, ties = sweep.changes(), sweep.ties()
    return [
        translate("apportionment", "The winner changes at: {sizes}.").format(
            sizes=", ".join(map(str, changes))
        )
        if changes
        else translate("apportionment", "The winner is the same at every size with a majority."),
        translate("apportionment", "{a} and {b} tie at: {sizes}.").format(
            a=sweep.a, b=sweep.b, sizes=number_ranges(ties)
        )
        if ties
        else translate("apportionment", "{a} and {b} never tie.").format(a=sweep.a, b=sweep.b),
    ]


def size_result(sweep: HouseSweep, size: int) -> str:
    """ "600 seats: Al Gore elected, 353 to 350" — the count at one size of the sweep."""
    count = sweep.at(size)
    if count.outcome is Outcome.TIE:
        what = translate("apportionment", "a tie, {votes} each: the House decides").format(
            votes=count.a_votes
        )
    elif count.outcome is Outcome.NONE:
        what = translate("apportionment", "no majority: the House decides")
    else:
        what = translate("apportionment", "{name} elected").format(name=count.leader)
    return translate(
        "apportionment", "{size} seats: {what} ({a} {a_votes}, {b} {b_votes}; {majority} needed)"
    ).format(
        size=size,
        what=what,
        a=sweep.a,
        a_votes=count.a_votes,
        b=sweep.b,
        b_votes=count.b_votes,
        majority=count.majority,
    )


def sweep_json(scenario: Scenario, sweep: HouseSweep) -> dict[str, object]:
    choice = sweep.choice
    return {
        "analysis": "house-sizes",
        "election": sweep.year,
        "start": scenario.start.value,
        "census": choice.census,
        "method": choice.method.value,
        "dc": choice.district.value,
        "puerto_rico": choice.puerto_rico,
        "candidates": [sweep.a, sweep.b],
        "changes": sweep.changes(),
        "ties": sweep.ties(),
        "runs": [
            {"first": run.first, "last": run.last, "outcome": run.outcome.value, "winner": run.winner}
            for run in sweep.runs()
        ],
        "sizes": [
            {
                "size": count.size,
                "appointed": count.appointed,
                "majority": count.majority,
                "votes": {sweep.a: count.a_votes, sweep.b: count.b_votes},
                "leader": count.leader,
                "leader_votes": count.leader_votes,
                "undecided": count.undecided,
                "outcome": count.outcome.value,
            }
            for count in sweep.counts
        ],
    }


def margin_title(sweep: HouseSweep) -> str:
    return translate(
        "apportionment", "Electoral votes above a majority, by House size ({census} census)"
    ).format(census=sweep.choice.census)


def history_text(choice: Choice | None) -> str:
    """What the undo history calls an apportionment."""
    if choice is None:
        return translate("commands", "Back to the recorded apportionment")
    return translate("commands", SIZE_WORDS[choice.rule][1]).format(
        size=choice.size, census=choice.census, method=method_name(choice.method)
    )
