"""What the lesson panel says about a lesson's links and images (gui.io.lesson_media decides
which it opens and shows)."""

from __future__ import annotations

from gui.domain.i18n import translate

MAX_SHOWN = 80  # characters of an address a message shows (a data: URI can be half a megabyte)


def shown_address(url: str) -> str:
    """An address as a message shows it: cut short when long."""
    return url if len(url) <= MAX_SHOWN else url[: MAX_SHOWN - 1] + "…"


def web_link_title() -> str:
    return translate("lesson_links", "Open a web page?")


def web_link_question(url: str, host: str) -> str:
    """Asked before a lesson's web link opens in the system browser."""
    return translate(
        "lesson_links", "This link opens a web page on {host} in your web browser:\n\n{url}\n\nOpen it?"
    ).format(host=host, url=shown_address(url))


def refused_link_title() -> str:
    return translate("lesson_links", "Link not opened")


def refused_link(url: str) -> str:
    """Said when a lesson's link is not a web page: it is never followed."""
    return translate(
        "lesson_links",
        "This link was not opened:\n\n{url}\n\nA lesson opens only web pages (http or https), in your "
        "web browser; never files on this computer or other programs.",
    ).format(url=shown_address(url) or translate("lesson_links", "(an empty link)"))


def images_not_shown(sources: list[str], limit_bytes: int) -> str:
    """A note under a lesson whose images were not shown."""
    return translate(
        "lesson_links",
        "Images not shown: {sources}. A lesson shows only the images that come with ec-whatif and "
        "images embedded in its file (at most {limit} kB each).",
    ).format(
        sources=", ".join(shown_address(source) or '""' for source in sources),
        limit=f"{limit_bytes // 1000:,}",
    )
