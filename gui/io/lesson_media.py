"""What a lesson's text may reach: the links it may open and the images it may show.

A lesson or scenario file comes from a colleague or a student, and its text is shown in front of a
class. So nothing in it reaches the user's other files or the network on its own:

- a link opens only a web page (``http`` or ``https``), in the system browser, after the user is
  told where it goes; ``file:``, relative links and every other scheme are refused;
- an image is shown only when it comes with the app (``ec-whatif:icons/NAME.png``) or is
  embedded in the file as a ``data:`` URI of at most MAX_IMAGE_BYTES; anything else (a path, a
  ``file:`` or web address, a device, a FIFO) is never opened.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import Enum
from importlib import resources
from urllib.parse import urlsplit

# An embedded picture: the most a description of 20,000 characters can hold in base64.
MAX_IMAGE_BYTES = 15_000
BUNDLED_SCHEME = "ec-whatif"
BUNDLED_FOLDERS = ("icons",)  # the app's own images
_BUNDLED = re.compile(r"([a-z]+)/([a-z0-9][a-z0-9-]*\.(?:png|jpg|jpeg|gif))")
_DATA = re.compile(r"data:(image/(?:png|jpeg|gif));base64,([A-Za-z0-9+/=\s]*)", re.IGNORECASE)
WEB_SCHEMES = ("http", "https")


class LinkKind(Enum):
    WEB = "web"  # opened in the system browser once the user agrees
    REFUSED = "refused"  # never followed: a file, a relative path, any other scheme


def link_kind(url: str) -> LinkKind:
    """Whether a link in a lesson may be opened (in the browser) or is refused."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[": not an address at all
        return LinkKind.REFUSED
    return LinkKind.WEB if parts.scheme.lower() in WEB_SCHEMES and parts.hostname else LinkKind.REFUSED


def link_host(url: str) -> str:
    """Where a web link goes (its host), as the confirmation names it."""
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""


def image_bytes(source: str) -> bytes | None:
    """The bytes of an image a lesson may show, or None: only the app's own images and images
    embedded as ``data:`` URIs within the size limit. Nothing outside the app is ever opened."""
    text = source.strip()
    if text.lower().startswith("data:"):
        return _embedded(text)
    scheme, sep, rest = text.partition(":")
    if sep and scheme.lower() == BUNDLED_SCHEME:
        return _bundled(rest)
    return None


def _embedded(text: str) -> bytes | None:
    # The encoded length is checked before anything is decoded (4 characters per 3 bytes).
    if len(text) > MAX_IMAGE_BYTES * 4 // 3 + 200:
        return None
    match = _DATA.fullmatch(text)
    if match is None:
        return None
    try:
        data = base64.b64decode("".join(match.group(2).split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if 0 < len(data) <= MAX_IMAGE_BYTES else None


def _bundled(name: str) -> bytes | None:
    match = _BUNDLED.fullmatch(name)
    if match is None or match.group(1) not in BUNDLED_FOLDERS:
        return None
    entry = resources.files("gui.resources").joinpath(match.group(1)).joinpath(match.group(2))
    if not entry.is_file():
        return None
    return entry.read_bytes()
