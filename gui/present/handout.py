"""What the handout (PDF, print) says, before it is drawn: the title, the line under it, the
outcome in words, a table per office and the pages of text (lesson, contingent election)."""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain.contingent import ContingentResult, contingent_for
from gui.domain.document import ScenarioDocument
from gui.domain.forecast import is_forecast
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import Tally, tally
from gui.present.apportionment import apportionment_line
from gui.present.apportionment import notes as apportionment_notes
from gui.present.blocks import Heading, to_markdown
from gui.present.contingent import contingent_report, house_reason, outcome_text, senate_reason
from gui.present.labels import start_line
from gui.present.outcome import announced_sentence, notes, reason
from gui.present.popular_vote import popular_sentences

DATA_SOURCES = QT_TRANSLATE_NOOP(  # English here; the handout shows translate("export", DATA_SOURCES)
    "export",
    "Sources: electoral votes from the U.S. National Archives and the Clerk of the U.S. House; "
    "electors allotted and 2016 electors from Wikipedia contributors (CC BY-SA); Congress from "
    "unitedstates/congress-legislators (CC0); state elector laws from FairVote, NCSL and NARA; "
    "apportionment populations from the U.S. Census Bureau; map from the U.S. Census Bureau via "
    "us-atlas; tile grid by NPR.",
)


@dataclass(frozen=True)
class Summary:
    """Everything the handout states, computed once from the scenario."""

    result: Tally
    contingent: ContingentResult | None  # None when the electors chose both

    @classmethod
    def of(cls, scenario: Scenario) -> Summary:
        result = tally(scenario)
        return cls(result, contingent_for(scenario, result) if result.contingent else None)


def data_sources() -> str:
    return translate("export", DATA_SOURCES)


def handout_title(document: ScenarioDocument) -> str:
    untitled = (
        translate("export", "{year} forecast")
        if is_forecast(document.scenario)
        else translate("export", "{year} what-if")
    )
    return document.title.strip() or untitled.format(year=document.scenario.election.year)


def changed_electors(scenario: Scenario) -> int:
    """How many electors' pledge or votes differ from the scenario's start."""
    baseline = Scenario(scenario.election, scenario.start)
    return sum(
        1
        for seat in scenario.election.electors
        if scenario.pledge(seat.index) != baseline.pledge(seat.index)
        or any(scenario.vote(seat.index, o) != baseline.vote(seat.index, o) for o in Office)
    )


def subtitle(scenario: Scenario, result: Tally) -> str:
    start = translate("export", "start: {start}").format(
        start=start_line(scenario.start, scenario.election.upcoming, is_forecast(scenario))
    )
    parts = [translate("export", "Election of {year}").format(year=result.year), start]
    changed = changed_electors(scenario)
    if changed == 1:
        parts.append(translate("export", "1 elector changed"))
    elif changed:
        parts.append(translate("export", "{count} electors changed").format(count=changed))
    if scenario.apply_state_laws:
        parts.append(translate("export", "state laws applied"))
    parts.append(
        translate("export", "{appointed} electors appointed, {majority} needed for a majority").format(
            appointed=result.appointed, majority=result.majority
        )
    )
    return " · ".join(parts)


def outcome_sentences(scenario: Scenario, summary: Summary) -> list[str]:
    """The outcome in words: the electors' result, then Congress's when it decides."""
    result, contingent = summary.result, summary.contingent
    lines = [reason(result, Office.PRESIDENT, scenario), reason(result, Office.VICE_PRESIDENT, scenario)]
    announced = announced_sentence(scenario, result)
    if announced:
        lines.append(announced)
    lines += notes(scenario)
    lines.extend(popular_sentences(scenario, result))
    what_if = apportionment_line(scenario)
    if what_if:
        lines += [what_if, *apportionment_notes(scenario)]
    if contingent is not None:
        if contingent.house.needed:
            lines.append(
                translate("export", "The House: {reason}").format(reason=house_reason(contingent.house))
            )
        if contingent.senate.needed:
            lines.append(
                translate("export", "The Senate: {reason}").format(reason=senate_reason(contingent.senate))
            )
        lines.append(
            translate("export", "Who takes office: {text}").format(text=outcome_text(contingent.outcome))
        )
    return lines


def text_pages_markdown(document: ScenarioDocument, summary: Summary, lesson: str) -> str:
    """The pages after the first: the lesson, then the contingent election (Markdown)."""
    parts = []
    if lesson.strip():
        heading = translate("export", "Lesson: {title}").format(title=handout_title(document))
        # The lesson is the teacher's own Markdown: kept as written.
        parts.append(to_markdown([Heading(heading)]) + "\n\n" + lesson.strip())
    if summary.contingent is not None:
        blocks = contingent_report(document.scenario, summary.result, summary.contingent, every_state=False)
        parts.append(to_markdown(blocks))
    return "\n\n".join(parts)


def page_footer(version: str, number: int, count: int) -> str:
    return f"ec-whatif {version} · " + translate("export", "page {number} of {count}").format(
        number=number, count=count
    )
