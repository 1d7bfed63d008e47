"""Preferences kept between runs (window geometry, recent files): never scenario data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ec-whatif"
APPLICATION = "Electoral College What-If"
MAX_RECENT = 8


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent_files", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in paths if isinstance(p, str) and p]

    def add_recent_file(self, path: Path) -> list[Path]:
        paths = [path.resolve(), *(p for p in self.recent_files() if p != path.resolve())][:MAX_RECENT]
        self._settings.setValue("recent_files", [str(p) for p in paths])
        return paths

    def forget_recent_file(self, path: Path) -> None:
        self._settings.setValue("recent_files", [str(p) for p in self.recent_files() if p != path])

    def last_file(self) -> Path | None:
        """The scenario file open when the window last showed one (None: a new scenario or a
        lesson was open): the window opens it again at start."""
        value = self._settings.value("last_file")
        return Path(value) if isinstance(value, str) and value else None

    def set_last_file(self, path: Path | None) -> None:
        self._settings.setValue("last_file", str(path.resolve()) if path is not None else "")

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def palette(self) -> str:
        """The colours chosen in View › Colour-Blind Palette: "conventional" or "colorblind"."""
        value = self._settings.value("palette")
        return value if isinstance(value, str) and value else "conventional"

    def set_palette(self, palette: str) -> None:
        self._settings.setValue("palette", palette)

    def language(self) -> str | None:
        """The language chosen in View › Language ("en", "es"), None until one is chosen."""
        value = self._settings.value("language")
        return value if isinstance(value, str) and value else None

    def set_language(self, language: str) -> None:
        self._settings.setValue("language", language)
