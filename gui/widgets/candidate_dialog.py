"""Add a candidate: name, party, running mate and colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui.domain.catalog import Candidate
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, clean_name


class CandidateDialog(QDialog):
    def __init__(self, taken: list[str], color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("candidate_dialog", "Add a candidate"))
        self._taken = set(taken)
        self._color = QColor(color)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("candidate_dialog", "Candidate name"))
        self.party = QLineEdit(self)
        self.party.setAccessibleName(translate("candidate_dialog", "Party"))
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

    def _show_color(self) -> None:
        self.color_button.setText(self._color.name())
        self.color_button.setStyleSheet(f"background: {self._color.name()}; color: black")

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(self._color, self, translate("candidate_dialog", "Candidate colour"))
        if color.isValid():
            self._color = color
            self._show_color()

    def candidate(self) -> tuple[Candidate, str]:
        """The candidate as entered; raises InputError with a message to show."""
        name = clean_name(self.name.text())
        if name in self._taken:
            raise InputError(translate("candidate_dialog", "{name} is already a candidate").format(name=name))
        mate = clean_name(self.running_mate.text()) if self.running_mate.text().strip() else ""
        return Candidate(name, " ".join(self.party.text().split()), running_mate=mate), self._color.name()

    def accept(self) -> None:
        try:
            self.candidate()
        except InputError as error:
            self.error.setText(str(error))
            return
        super().accept()
