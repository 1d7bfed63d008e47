"""The next election (2028): a start that works before anyone is nominated.

The catalog knows the next election's electors (the 2020 census apportionment) but no
candidates. A scenario of it starts with two placeholder nominees, one for each major party,
each with a placeholder running mate, and every unit not yet called: the first click on a state
gives it to a nominee, the chart shows both against the majority, and the user renames them
(Candidates tab, double-click a name) once the parties choose. They are the user's own
candidates (``Scenario.added_candidates``), so everything that works for an added candidate
works for them: colours by party, renaming, undo, scenario files.

A scenario file of the next election lists its candidates only when they differ from these
placeholders, and its list then replaces them (``docs/scenario-format.md``). Forecasts of the
next election (ratings of each unit for one side or the other) name the two sides by
``placeholder_nominees``' parties.
"""

from __future__ import annotations

from dataclasses import replace

from gui.domain.catalog import Candidate, Election
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import same_name

# (party, nominee, running mate): English here, in the reader's language when a scenario starts.
PLACEHOLDERS = (
    (
        "Democratic",
        QT_TRANSLATE_NOOP("upcoming", "Democratic nominee"),
        QT_TRANSLATE_NOOP("upcoming", "Democratic running mate"),
    ),
    (
        "Republican",
        QT_TRANSLATE_NOOP("upcoming", "Republican nominee"),
        QT_TRANSLATE_NOOP("upcoming", "Republican running mate"),
    ),
)


def placeholder_nominees(election: Election, *, translated: bool = True) -> tuple[Candidate, ...]:
    """The nominees a scenario of ``election`` starts with: the placeholders for an upcoming
    election that has no candidates yet (in the reader's language, or in English for files),
    none otherwise."""
    if not election.upcoming or election.candidates:
        return ()

    def said(text: str) -> str:
        return translate("upcoming", text) if translated else text

    return tuple(
        # The party's name finds its nominee too ("--set TX=Republican"), renamed or not.
        Candidate(said(nominee), party, (party,), running_mate=said(mate))
        for party, nominee, mate in PLACEHOLDERS
    )


def answering_to_parties(election: Election, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (as a scenario file lists them) with each major party's name an alias of
    its first nominee in the next election, as the placeholders have it, so "--set
    TX=Republican" finds the nominee after a save and reopen as before it. A party's name that
    is some candidate's own name stays theirs."""
    if not election.upcoming or election.candidates:
        return list(candidates)
    answered: set[str] = set()
    result = []
    for person in candidates:
        party = person.party
        if (
            any(party == placeholder for placeholder, _, _ in PLACEHOLDERS)
            and party not in answered
            and not person.aliases
            and not any(same_name(party, other.name) for other in candidates)
        ):
            answered.add(party)
            person = replace(person, aliases=(party,))
        result.append(person)
    return result
