"""Package data (``gui.resources``): election catalog, map layouts, icons, translations, lessons."""
