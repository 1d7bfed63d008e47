"""The names by which the CLI, the docs and the self-test ask for a page of the window's results."""

from __future__ import annotations

# In the order the window shows them; "popular" and "apportionment" share the "What if" tab.
RESULT_TABS = (
    "president",
    "vice-president",
    "candidates",
    "popular",
    "apportionment",
    "analyses",
    "congress",
    "count",  # the Congress tab's Count page
)
ANALYSIS_PAGES = ("defections", "paths", "probabilities", "power", "closest", "history")
