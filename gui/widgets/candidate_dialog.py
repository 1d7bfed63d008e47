"""Add a candidate: name, party, running mate and colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui.domain.catalog import Candidate
from gui.domain.colors import DEFAULT_PALETTE, PARTY_PRESETS, Palette, party_preset_color
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, clean_name, quoted, reserved_meanings


class CandidateDialog(QDialog):
    def __init__(
        self, taken: list[str], color: str, parent: QWidget | None = None, palette: Palette = DEFAULT_PALETTE
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("candidate_dialog", "Add a candidate"))
        self._taken = set(taken)
        self._color = QColor(color)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("candidate_dialog", "Candidate name"))
        self._palette = palette
        self._color_chosen = False  # once the user picks a colour, a party no longer changes it
        self.party = QComboBox(self)
        self.party.setEditable(True)
        self.party.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.party.addItem("")
        for party, _ in PARTY_PRESETS:  # party names stay as they are, like people's
            self.party.addItem(party)
        self.party.setAccessibleName(translate("candidate_dialog", "Party"))
        self.party.setToolTip(
            translate("candidate_dialog", "Pick a party for its usual colour, or type any party")
        )
        self.party.currentTextChanged.connect(self._on_party)
        self.running_mate = QLineEdit(self)
        self.running_mate.setAccessibleName(translate("candidate_dialog", "Running mate"))
        self.running_mate.setToolTip(
            translate(
                "candidate_dialog",
                "Electors pledged to this candidate vote for the running mate for Vice President",
            )
        )
        self.color_button = QPushButton(self)
        self.color_button.setAccessibleName(translate("candidate_dialog", "Colour"))
        self.color_button.clicked.connect(self._pick_color)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the name typed
        self.error.setStyleSheet("color: #B00020")
        form = QFormLayout(self)
        form.addRow(translate("candidate_dialog", "&Name"), self.name)
        form.addRow(translate("candidate_dialog", "&Party"), self.party)
        form.addRow(translate("candidate_dialog", "&Running mate"), self.running_mate)
        form.addRow(translate("candidate_dialog", "&Colour"), self.color_button)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_color()

    def _on_party(self, party: str) -> None:
        color = party_preset_color(party.strip(), self._palette)
        if color and not self._color_chosen:
            self._color = QColor(color)
            self._show_color()

    def _show_color(self) -> None:
        self.color_button.setText(self._color.name())
        self.color_button.setStyleSheet(f"background: {self._color.name()}; color: black")

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(self._color, self, translate("candidate_dialog", "Candidate colour"))
        if color.isValid():
            self._color = color
            self._color_chosen = True
            self._show_color()

    def candidate(self) -> tuple[Candidate, str]:
        """The candidate as entered; raises InputError with a message to show."""
        name = clean_name(self.name.text())
        if reserved_meanings(name):
            raise InputError(
                translate("identifiers", "{text} is a reserved word, not a person's name").format(
                    text=quoted(name)
                )
            )
        if name in self._taken:
            raise InputError(translate("candidate_dialog", "{name} is already a candidate").format(name=name))
        mate = clean_name(self.running_mate.text()) if self.running_mate.text().strip() else ""
        party = " ".join(self.party.currentText().split())
        return Candidate(name, party, running_mate=mate), self._color.name()

    def accept(self) -> None:
        try:
            self.candidate()
        except InputError as error:
            self.error.setText(str(error))
            return
        super().accept()
