"""What the undo history calls each edit, in the reader's language."""

from __future__ import annotations

from gui.domain.allocation import Method, SetPopularEdits
from gui.domain.analyses.defections import DefectionBatch
from gui.domain.commands import (
    AddCandidate,
    AssignUnit,
    Batch,
    MarkRestored,
    Reapportion,
    RenameCandidate,
    ResetScenario,
    SetApplyStateLaws,
    SetCandidateColor,
    SetCongressVote,
    SetCount,
    SetElectorAbsent,
    SetElectorVote,
    SetStateAppointed,
)
from gui.domain.contingent.rules import ABSTAIN, DIVIDED
from gui.domain.forecast import RateUnit
from gui.domain.forecast_start import StartForecast
from gui.domain.i18n import translate
from gui.domain.scenario import ABSENT, FAITHFUL, Command, Office, Start
from gui.present.apportionment import history_text
from gui.present.forecast import forecast_start_text, rating_text
from gui.present.popular_vote import method_name


def _assign_unit(command: AssignUnit) -> str:
    if command.ticket.is_empty:
        return translate("commands", "{unit} not yet called").format(unit=command.unit_id)
    return translate("commands", "{unit} carried by {name}").format(
        unit=command.unit_id, name=command.ticket.president
    )


def _elector_vote(command: SetElectorVote) -> str:
    if command.vote is FAITHFUL:
        what = translate("commands", "faithful")
    elif command.vote is ABSENT:
        what = translate("commands", "absent")
    else:
        what = command.vote or translate("commands", "blank")
    text = (
        translate("commands", "Elector {number} (President): {vote}")
        if command.office is Office.PRESIDENT
        else translate("commands", "Elector {number} (Vice President): {vote}")
    )
    return text.format(number=command.elector + 1, vote=what)


def _congress_vote(command: SetCongressVote) -> str:
    words = {
        None: translate("commands", "by party"),
        DIVIDED: translate("commands", "divided"),
        ABSTAIN: translate("commands", "abstain"),
    }
    value = words.get(command.value, command.value)
    text = (
        translate("commands", "House delegation of {state}: {vote}")
        if command.chamber == "house"
        else translate("commands", "Senators of {state}: {vote}")
    )
    return text.format(state=command.state, vote=value)


def _defections(command: DefectionBatch) -> str:
    if command.goal == "deny":
        text = translate("analyses", "{count} defections deny {name} a majority")
    else:
        text = translate("analyses", "{count} defections elect {name}")
    return text.format(count=command.count, name=command.name)


def _popular_edit(command: SetPopularEdits) -> str:
    edits = command.edits
    if edits.swing.points:
        return translate("commands", "Swing {points} points toward {name}").format(
            points=f"{edits.swing.points:g}", name=edits.swing.toward
        )
    return translate("commands", "Popular vote: {method}").format(method=method_name(Method(edits.method)))


def _count_edit(command: SetCount) -> str:
    texts = {
        "raise": translate("commands", "Objection to {state}"),
        "withdraw": translate("commands", "Objection to {state} withdrawn"),
        "vote": translate("commands", "Vote on the objection to {state}"),
        "replay": translate("commands", "The count as recorded"),
        "clear": translate("commands", "No objections"),
    }
    return texts.get(command.action, translate("commands", "The count in Congress")).format(
        state=command.state
    )


def command_text(command: Command) -> str:
    """The edit as the History lists it."""
    if isinstance(command, AssignUnit):
        return _assign_unit(command)
    if isinstance(command, SetElectorVote):
        return _elector_vote(command)
    if isinstance(command, SetElectorAbsent):
        text = (
            translate("commands", "Elector {number}: absent")
            if command.absent
            else translate("commands", "Elector {number}: votes again")
        )
        return text.format(number=command.elector + 1)
    if isinstance(command, SetStateAppointed):
        text = (
            translate("commands", "{state} appoints its electors")
            if command.appointed
            else translate("commands", "{state} appoints no electors")
        )
        return text.format(state=command.state)
    if isinstance(command, AddCandidate):
        return translate("commands", "Add candidate {name}").format(name=command.candidate.name)
    if isinstance(command, SetCandidateColor):
        return translate("commands", "Colour of {name}").format(name=command.name)
    if isinstance(command, RenameCandidate):
        return translate("commands", "Rename {old} to {new}").format(old=command.old, new=command.new)
    if isinstance(command, ResetScenario):
        if command.start is Start.OFFICIAL:
            return translate("commands", "Reset to the official result")
        return translate("commands", "Reset to the pledges")
    if isinstance(command, SetApplyStateLaws):
        return (
            translate("commands", "Apply state laws")
            if command.on
            else translate("commands", "Ignore state laws")
        )
    if isinstance(command, SetCongressVote):
        return _congress_vote(command)
    if isinstance(command, SetCount):
        return _count_edit(command)
    if isinstance(command, DefectionBatch):
        return _defections(command)
    if isinstance(command, Reapportion):
        return history_text(command.choice)
    if isinstance(command, MarkRestored):
        return translate("commands", "Restored unsaved work")
    if isinstance(command, SetPopularEdits):
        return _popular_edit(command)
    if isinstance(command, RateUnit):
        return translate("commands", "{unit}: {rating}").format(
            unit=command.unit_id, rating=rating_text(command.rating)
        )
    if isinstance(command, StartForecast):
        return forecast_start_text(command.basis, command.source)
    if isinstance(command, Batch):
        if any(isinstance(c, SetPopularEdits) for c in command.commands):
            return translate("commands", "Popular votes typed in")
        # A state brought back into the base and carried at once reads as the assignment.
        assignments = [c for c in command.commands if isinstance(c, AssignUnit)]
        if len(assignments) == 1 and all(
            isinstance(c, AssignUnit | SetStateAppointed) for c in command.commands
        ):
            return _assign_unit(assignments[0])
        return translate("commands", "Edit")
    return type(command).__name__
