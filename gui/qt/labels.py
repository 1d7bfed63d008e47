"""Words several views share, in the reader's language: office titles, unit names, vote labels.

Plain Python (no Qt import), so the map's tooltips and the handout use the same words as the
tree. In English each function returns exactly what the domain says (``Office.title``, the
catalog's unit names), so nothing changes until a translator is installed.
"""

from __future__ import annotations

from gui.domain.catalog import Election, Ticket
from gui.domain.i18n import translate
from gui.domain.scenario import FAITHFUL, Office, Vote


def office_title(office: Office) -> str:
    """ "President" / "Vice President", as a heading."""
    if office is Office.PRESIDENT:
        return translate("labels", "President")
    return translate("labels", "Vice President")


def pre_12th_vote_title(office: Office) -> str:
    """Before the 12th Amendment each elector cast two votes for President: "First vote" and
    "Second vote" stand where the office titles stand later."""
    if office is Office.PRESIDENT:
        return translate("labels", "First vote")
    return translate("labels", "Second vote")


def vote_label(vote: Vote) -> str:
    """A choice in a vote picker: as pledged, a person, or a blank ballot."""
    if vote is FAITHFUL:
        return translate("labels", "As pledged")
    return vote or translate("labels", "Blank ballot")


def ticket_label(ticket: Ticket) -> str:
    """ "Donald Trump / Mike Pence", or "undecided" for a unit nobody has carried yet."""
    return translate("labels", "undecided") if ticket.is_empty else ticket.label()


def unit_part(election: Election, unit_id: str) -> str:
    """ "At large" or "District 2" for Maine's and Nebraska's units; the state's name otherwise."""
    unit = election.unit(unit_id)
    if unit.id == unit.state:
        if len(election.state(unit.state).units) == 1:
            return election.state(unit.state).name
        return translate("labels", "At large")
    return translate("labels", "District {number}").format(number=unit.id.rsplit("-", 1)[-1])


def unit_name(election: Election, unit_id: str) -> str:
    """ "Maine, at large", "Maine, District 2", or the state's name (as the catalog names them)."""
    unit = election.unit(unit_id)
    state = election.state(unit.state).name
    if len(election.state(unit.state).units) == 1:
        return state
    if unit.id == unit.state:
        return translate("labels", "{state}, at large").format(state=state)
    return translate("labels", "{state}, District {number}").format(
        state=state, number=unit.id.rsplit("-", 1)[-1]
    )


def data_text(text: str) -> str:
    """A sentence from the data files (a state's or elector's note): translated when the
    translation lists it (``build_scripts/build_translations.py`` adds every note), else as is."""
    return translate("data", text) if text else text
