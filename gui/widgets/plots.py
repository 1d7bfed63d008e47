"""pyqtgraph's shared set-up for the plots of the analyses and the apportionment pages."""

from __future__ import annotations

import pyqtgraph as pg

_configured = False


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set once before the first plot widget."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        _configured = True


def still_plot(plot: pg.PlotWidget, *, horizontal_grid: bool) -> pg.PlotItem:
    """A chart to read, not to explore: no panning, zooming, buttons or pyqtgraph's own menu."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.showGrid(x=True, y=horizontal_grid, alpha=0.15)
    return item
