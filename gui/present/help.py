"""Help › Keys: the keys and the terms a class meets first, as rich text."""

from __future__ import annotations

from gui.domain.i18n import translate


def help_text() -> str:
    return "<br>".join(
        [
            "<b>" + translate("main_window", "Keys") + "</b>",
            translate(
                "main_window", "Space or Enter: next choice for the selected state's winner or elector's vote"
            ),
            translate(
                "main_window",
                "Shift+Space (or Shift-click on a state on the map): the choice before (in a forecast, a "
                "step toward the other side)",
            ),
            translate("main_window", "F2 or double-click: pick from a list or type any name"),
            translate(
                "main_window", "Ctrl+Z / Ctrl+Shift+Z: undo / redo · Ctrl+F: filter states · Ctrl+R: reset"
            ),
            translate(
                "main_window",
                "F11: projector mode · Ctrl + / Ctrl − / Ctrl 0: zoom · F1: glossary and the Constitution",
            )
            + "<br>",
            translate(
                "main_window", "<b>Elector</b>: a person appointed by a state to cast its electoral votes."
            ),
            translate(
                "main_window",
                "<b>Pledge</b>: the ticket an elector promised to vote for — "
                "the one that carried the state or district.",
            ),
            translate(
                "main_window",
                "<b>Faithless elector</b>: an elector who votes for someone other than the pledge.",
            ),
            translate(
                "main_window",
                "<b>Appointed</b>: the electors whose ballots count toward the base; "
                "a blank ballot still counts.",
            ),
            translate(
                "main_window", "<b>Majority</b>: more than half of the electors appointed (270 of 538 today)."
            ),
            translate(
                "main_window",
                "<b>Forecast</b>: each state rated safe, likely, lean or tilt for one side, or a toss-up "
                "(not yet called); lighter shades are less sure.",
            ),
            translate(
                "main_window",
                "<b>Contingent election</b>: with no majority, the House chooses the President "
                "(one vote per state delegation, among the top three) and the Senate the Vice President "
                "(between the top two).",
            ),
        ]
    )
