"""What each view says, as structured content in the reader's language (no Qt).

The command line, the window, the handout and the CSV read these modules; none re-derives a
sentence or a figure. Every sentence is written here once, through
``gui.domain.i18n.translate``.
"""
