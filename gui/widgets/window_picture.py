"""Render the main window offscreen to a PNG (the README, docs, self-test, `ec-whatif screenshot`
and `export --png --what window`), written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from gui.domain.document import ScenarioDocument
from gui.qt.application import offscreen_application
from gui.qt.translations import install
from gui.widgets.pictures import save_image
from gui.widgets.window_factory import create_window


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
    app = offscreen_application()
    if lang is not None:
        install(lang)
    window = create_window()
    window.ensure_ready()
    window.session.replace(document)
    window.resize(*size)
    window.show_results(tab, analysis)
    if view is not None:
        window.show_map_view(view)
    for code in expand or []:
        index = window.tree.view_index(window.tree_model.index_of_state(code))
        window.tree.expand(index)
        window.tree.scrollTo(index, window.tree.ScrollHint.PositionAtTop)
    window.show()
    if projector:
        window.projector_action.setChecked(True)
        window.projector.set_projector(True, full_screen=False)
    if high_contrast:
        window.contrast_action.setChecked(True)
        window.projector.set_high_contrast(True)
    for _ in range(3):  # pyqtgraph lays out axis ticks after an event-loop pass
        app.processEvents()
    image = window.grab().toImage()
    window.confirm_discard = lambda: True
    window.close()
    save_image(image, out)
    return out


def sample_render(
    document: ScenarioDocument, folder: Path, *, size: tuple[int, int]
) -> tuple[Path, tuple[int, int], set[int]]:
    """For the self-test: render the window into ``folder`` (its settings kept there too, away
    from the user's) and sample its colours on a grid; OSError if the picture is unreadable."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))
    out = folder / "window.png"
    render_window(out, document, size=size)
    image = QImage(str(out))
    if image.isNull():
        raise OSError(f"{out.name} is not a readable PNG")
    # A window that drew nothing is one flat colour; sample a grid rather than every pixel.
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    return out, (image.width(), image.height()), colours
