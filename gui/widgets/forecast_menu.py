"""The Forecast menu: where a forecast starts, and the ratings a unit can be given by hand.

Start points: a new forecast of the next election from the last election's margins or
results, or blank; or the open scenario rated from the election before it. Each start is one
undoable step. The rating pickers (the map's right-click menu, the tree's context menu) list
every rating, tilt included (clicks skip tilt: gui.domain.ratings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu

from gui.domain.forecast import SetForecast, every_rating, is_forecast, rate_unit, rating_of
from gui.domain.forecast_start import Basis, start_forecast
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import load_popular_record
from gui.present.forecast import estimated_line, forecast_start_text, rating_text, thresholds_line
from gui.qt.session import ScenarioSession

MainWindow = Any  # gui.widgets.main_window.MainWindow (it depends on this module)


def next_election(session: ScenarioSession) -> int | None:
    """The upcoming election of the catalog (2028), if any."""
    upcoming = session.catalog.upcoming_years
    return upcoming[0] if upcoming else None


def previous_election(session: ScenarioSession, year: int) -> int | None:
    earlier = [y for y in session.catalog.years if y < year]
    return earlier[-1] if earlier else None


def start(window: MainWindow, basis: str, *, new: bool) -> None:
    """A forecast from ``basis``: of the next election as a new scenario (``new``), else of the
    open one; the units rated by estimate are said in the status bar."""
    session: ScenarioSession = window.session
    if new:
        year = next_election(session)
        if year is None or not window.confirm_discard():
            return
        session.new(year, session.scenario.start)
        window.preferences.set_last_file(None)
    scenario = session.scenario
    source_year = previous_election(session, scenario.election.year)
    try:
        if basis == Basis.BLANK or source_year is None:
            command = start_forecast(scenario, Basis.BLANK)
        else:
            record = load_popular_record()
            command = start_forecast(
                scenario, basis, session.catalog.election(source_year), record.states(source_year)
            )
    except InputError as error:
        window.statusBar().showMessage(str(error), 10000)
        return
    session.push(command)
    if command.estimated:
        window.statusBar().showMessage(estimated_line(command.estimated), 20000)


def stop(window: MainWindow) -> None:
    if is_forecast(window.session.scenario):
        window.session.push(SetForecast(None))


def build_forecast_menu(window: MainWindow) -> QMenu:
    """The menu, filled each time it opens (its items name the elections of the open scenario)."""
    menu = QMenu(translate("forecast", "F&orecast"), window)
    window.menuBar().insertMenu(window.lessons_menu.menuAction(), menu)  # after Edit
    menu.aboutToShow.connect(lambda: fill(menu, window))
    fill(menu, window)
    return menu


def fill(menu: QMenu, window: MainWindow) -> None:
    menu.clear()
    menu.setToolTipsVisible(True)
    session: ScenarioSession = window.session
    upcoming = next_election(session)
    last = previous_election(session, upcoming) if upcoming else None
    if upcoming and last:
        for basis, text in (
            (Basis.MARGINS, translate("forecast", "New {next} Forecast from the {last} &Margins")),
            (Basis.RESULTS, translate("forecast", "New {next} Forecast from the {last} &Results")),
            (Basis.BLANK, translate("forecast", "New &Blank {next} Forecast")),
        ):
            item = menu.addAction(text.format(next=upcoming, last=last))
            if basis == Basis.MARGINS:
                item.setToolTip(thresholds_line())
            item.triggered.connect(lambda _=False, b=basis: start(window, b, new=True))
        menu.addSeparator()
    year = session.scenario.election.year
    before = previous_election(session, year)
    for basis in (Basis.MARGINS, Basis.RESULTS, Basis.BLANK):
        if basis != Basis.BLANK and before is None:
            continue
        label = translate("forecast", "Rate {year}: {start}").format(
            year=year, start=forecast_start_text(basis, before)
        )
        item = menu.addAction(label)
        if basis == Basis.MARGINS:
            item.setToolTip(thresholds_line())
        item.setEnabled(not session.scenario.election.pre_12th_amendment)
        item.triggered.connect(lambda _=False, b=basis: start(window, b, new=False))
    menu.addSeparator()
    stop_item = menu.addAction(translate("forecast", "&Stop Forecasting (keep who carries each unit)"))
    stop_item.setEnabled(is_forecast(session.scenario))
    stop_item.triggered.connect(lambda: stop(window))


def add_rating_actions(menu: QMenu, session: ScenarioSession, unit_id: str) -> None:
    """A unit's ratings as checkable items (a forecast only)."""
    scenario = session.scenario
    if not is_forecast(scenario) or not scenario.election.unit(unit_id).electors:
        return
    try:
        ratings = every_rating(scenario)
    except InputError:
        return
    current = rating_of(scenario, unit_id)
    menu.addSection(translate("forecast", "Forecast rating"))
    for rating in ratings:
        item = menu.addAction(rating_text(rating))
        item.setCheckable(True)
        item.setChecked(rating == current)

        def rate(_: bool = False, chosen: Any = rating) -> None:
            command = rate_unit(session.scenario, unit_id, chosen)
            if command is not None:
                session.push(command)

        item.triggered.connect(rate)
    menu.addSeparator()
