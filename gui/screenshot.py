"""Render the main window offscreen to a PNG (for the README, docs and checks)."""

from __future__ import annotations

import os
from pathlib import Path

from gui.domain.i18n import translate
from gui.domain.scenario_file import ScenarioDocument

ANALYSES = ["defections", "paths", "probabilities", "power"]
TABS = {"president": 0, "vice-president": 1, "candidates": 2, "analyses": 3, "congress": 4}


def render_window(
    out: Path,
    document: ScenarioDocument,
    *,
    size: tuple[int, int] = (1400, 860),
    tab: str = "president",
    analysis: str | None = None,
    expand: list[str] | None = None,
    view: str | None = None,
    projector: bool = False,
    high_contrast: bool = False,
    lang: str | None = None,
) -> Path:
    """``lang`` ("en", "es") sets the window's language; None keeps the one installed (English in a
    fresh process, the window's own when the window exports a picture of itself)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application, create_window
    from gui.qt.translations import install

    app = application()
    if lang is not None:
        install(lang)
    window = create_window()
    window.ensure_ready()
    window.session.replace(document)
    window.resize(*size)
    window.tabs.setCurrentIndex(TABS[tab])
    if analysis is not None:
        window.analyses.setCurrentIndex(ANALYSES.index(analysis))
    if view is not None and hasattr(window, "show_map_view"):
        window.show_map_view(view)
    for code in expand or []:
        index = window.tree.view_index(window.tree_model.index_of_state(code))
        window.tree.expand(index)
        window.tree.scrollTo(index, window.tree.ScrollHint.PositionAtTop)
    window.show()
    if projector:
        window.projector_action.setChecked(True)
        window.presentation.set_projector(True, full_screen=False)
    if high_contrast:
        window.contrast_action.setChecked(True)
        window.presentation.set_high_contrast(True)
    for _ in range(3):  # pyqtgraph lays out axis ticks after an event-loop pass
        app.processEvents()
    image = window.grab()
    window.confirm_discard = lambda: True
    window.close()
    if not image.save(str(out)):
        raise OSError(translate("screenshot", "cannot write {path}").format(path=out))
    return out
