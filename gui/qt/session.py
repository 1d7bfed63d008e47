"""The open scenario, its undo stack and file, as seen by the window.

One bridge between the domain and every view: edits arrive as domain commands and go on the
QUndoStack; after each, and when the scenario is replaced, ``changed`` carries one
:class:`SessionChange` (the new tally, the electors that changed, whether it is a new scenario or
the same one with other electors, as an apportionment makes it).
Every view follows that one signal; ``document_changed`` is for the title and the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.domain.catalog import Catalog
from gui.domain.colors import DEFAULT_PALETTE, Palette
from gui.domain.document import ScenarioDocument
from gui.domain.scenario import Command, Scenario, ScenarioChange, Start
from gui.domain.tally import Tally, tally

UNDO_LIMIT = 5000


@dataclass(frozen=True)
class SessionChange:
    tally: Tally
    electors: frozenset[int]  # whose pledge or votes changed (empty: colours, candidates, rules)
    replaced: bool  # a new scenario (another election, a file opened)
    # Colours or candidates changed: any item may look different (False: only ``electors`` do).
    looks_changed: bool = True
    restructured: bool = False  # the same scenario with other electors (an apportionment, or its undo)

    @property
    def rebuild(self) -> bool:
        """The electors themselves are not those of before: views rebuild rather than update."""
        return self.replaced or self.restructured


def command_text(command: Command) -> str:
    """A command as the undo history says it. Its module knows every kind of command and
    imports what says each: loaded at the first edit, not before the window's first frame."""
    from gui.present.history import command_text as text

    return text(command)


MERGE_ID = 16  # commands pushed with the same merge key in a row become one step (a drag)


class DomainCommand(QUndoCommand):
    """A domain command on Qt's undo stack: redo does, undo undoes, nothing else. Steps of one
    drag (the same ``merge_key``) merge: undo takes them back together, in reverse."""

    def __init__(self, session: ScenarioSession, command: Command, merge_key: str = "") -> None:
        super().__init__(command_text(command))
        self._session = session
        self.command = command
        self.merge_key = merge_key
        self.merged: list[Command] = []  # later steps of the same drag

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DomainCommand) or other.merge_key != self.merge_key or other.merged:
            return False
        self.merged.append(other.command)
        self.setText(other.text())
        return True

    def redo(self) -> None:
        for command in (self.command, *self.merged):
            self._session.scenario.execute(command)

    def undo(self) -> None:
        for command in reversed((self.command, *self.merged)):
            self._session.scenario.revert(command)


class ScenarioSession(QObject):
    changed = Signal(object)  # SessionChange
    document_changed = Signal()  # title, path or start changed

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.undo_stack = QUndoStack(self)
        # A lesson's worth of steps many times over, while memory stays bounded in long sessions.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.document = ScenarioDocument(Scenario(catalog.election(catalog.latest_year)))
        self.palette = DEFAULT_PALETTE  # the colours every scenario opened here is shown in
        self.path: Path | None = None
        self._tally = tally(self.scenario)
        self._looks = self._looks_of(self.scenario)
        self.document.scenario.subscribe(self._on_change)

    @property
    def scenario(self) -> Scenario:
        return self.document.scenario

    @property
    def tally(self) -> Tally:
        return self._tally

    def push(self, command: Command, merge_key: str = "") -> None:
        """Apply ``command`` as an undoable step; consecutive pushes with the same non-empty
        ``merge_key`` (a slider being dragged) are one step."""
        self.undo_stack.push(DomainCommand(self, command, merge_key))

    def replace(self, document: ScenarioDocument, path: Path | None = None) -> None:
        """Start over from another scenario (new, open, another election): not undoable, like
        opening another document; the window asks before discarding unsaved edits."""
        self.scenario.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.document = document
        self.path = path
        document.scenario.use_palette(self.palette)
        self.scenario.subscribe(self._on_change)
        self._tally = tally(self.scenario)
        self._looks = self._looks_of(self.scenario)
        self.undo_stack.setClean()
        self.changed.emit(SessionChange(self._tally, frozenset(), replaced=True))
        self.document_changed.emit()

    def new(self, year: int, start: Start = Start.OFFICIAL) -> None:
        self.replace(ScenarioDocument(Scenario(self.catalog.election(year), start)))

    def set_palette(self, palette: Palette) -> None:
        """Show this and every later scenario in a palette's colours (a preference of the
        window, not an edit: nothing to undo or save; colours the user chose stay)."""
        self.palette = palette
        self.scenario.use_palette(palette)
        everyone = frozenset(range(len(self.scenario.election.electors)))
        self.changed.emit(SessionChange(self._tally, everyone, replaced=False))

    def retranslate(self) -> None:
        """After a change of language: the undo history's texts are written again in it (the
        scenario, its tally and the undo stack themselves stay as they are)."""
        for row in range(self.undo_stack.count()):
            step = self.undo_stack.command(row)
            if isinstance(step, DomainCommand):
                step.setText(command_text(step.command))

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.document_changed.emit()

    @staticmethod
    def _looks_of(scenario: Scenario) -> tuple[object, ...]:
        return (tuple(scenario.colors.items()), tuple(scenario.added_candidates))

    def _on_change(self, change: ScenarioChange) -> None:
        self._tally = tally(self.scenario)
        looks = self._looks_of(self.scenario)
        looks_changed, self._looks = looks != self._looks, looks
        self.changed.emit(
            SessionChange(
                self._tally,
                change.electors,
                replaced=False,
                looks_changed=looks_changed,
                restructured=change.restructured,
            )
        )
