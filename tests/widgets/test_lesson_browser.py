"""A lesson's text never reaches the user's other files or the network: its links never navigate
the panel (web pages open in the browser once the user agrees; anything else is refused with a
note), and it shows only the app's own images and images embedded in the file."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from gui.domain.catalog import load_catalog
from gui.io.lesson_media import MAX_IMAGE_BYTES, LinkKind, image_bytes, link_kind
from gui.io.lessons import list_lessons, load_lesson
from gui.widgets.lesson_browser import REFUSED_NAME, LessonBrowser, SafeTextDocument

REPO = Path(__file__).resolve().parents[2]
RESOURCES = Path(str(resources.files("gui.resources")))
ICON = (RESOURCES / "icons" / "ec-whatif.png").read_bytes()
EMBEDDED = "data:image/png;base64," + base64.b64encode(ICON).decode()


@pytest.fixture
def browser(qtbot):
    view = LessonBrowser()
    view.asked, view.told, view.opened = [], [], []
    view.answer = True
    view.confirm = lambda title, text: view.asked.append(text) or view.answer
    view.inform = lambda title, text: view.told.append(text)
    view.open_url = lambda url: view.opened.append(url.toString())
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_link(qtbot, view: LessonBrowser, words: str) -> None:
    """A real click on the link whose text is ``words``."""
    cursor = view.document().find(words)
    assert not cursor.isNull(), words
    cursor.setPosition(cursor.selectionStart() + 1)
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


# --- links ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "file:///etc/passwd",
        "notes.html",
        "../secret.md",
        "/etc/passwd",
        "mailto:someone@example.org",
        "javascript:alert(1)",
        "ftp://example.org/file",
        "ec-whatif:icons/ec-whatif.png",
        "data:text/html,<b>hi</b>",
        "smb://server/share",
        "http:/no-host",
    ],
)
def test_links_that_are_no_web_page_are_refused_and_never_navigate(qtbot, browser, target):
    browser.show_markdown(f"# A lesson\n\nRead [click me]({target}) now.")
    before = browser.toPlainText()
    click_link(qtbot, browser, "click me")
    assert len(browser.told) == 1 and "was not opened" in browser.told[0]
    assert browser.asked == [] and browser.opened == []
    assert browser.toPlainText() == before and browser.source().isEmpty()
    assert "root:" not in browser.toPlainText()


def test_a_web_link_opens_in_the_browser_once_the_user_agrees(qtbot, browser):
    browser.show_markdown("Read [the archives](https://www.archives.gov/electoral-college/2016).")
    before = browser.toPlainText()
    browser.answer = False
    click_link(qtbot, browser, "the archives")
    assert len(browser.asked) == 1 and "www.archives.gov" in browser.asked[0]
    assert browser.opened == []
    browser.answer = True
    click_link(qtbot, browser, "the archives")
    assert browser.opened == ["https://www.archives.gov/electoral-college/2016"]
    assert browser.told == [] and browser.toPlainText() == before and browser.source().isEmpty()


def test_the_panel_never_follows_links_itself():
    view = LessonBrowser()
    assert not view.openLinks() and not view.openExternalLinks() and view.searchPaths() == []


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://example.org", LinkKind.WEB),
        ("HTTP://Example.org/a?b#c", LinkKind.WEB),
        ("https://", LinkKind.REFUSED),
        ("http://[", LinkKind.REFUSED),
        ("file://host/share", LinkKind.REFUSED),
        ("", LinkKind.REFUSED),
        ("#section", LinkKind.REFUSED),
    ],
)
def test_link_kinds(url, kind):
    assert link_kind(url) is kind


# --- images --------------------------------------------------------------------------------------


CANARY = """
import os, sys, time
fifo, flag = sys.argv[1], sys.argv[2]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # ENXIO: no reader
        time.sleep(0.002)
        continue
    open(flag, "w").close()
    os.close(fd)  # the reader sees the end of the file and goes on
"""


class Canary:
    """Says whether anything opened a FIFO to read it: a writer can open it only then. A
    process of its own: a thread could not run while the GUI thread waits in Qt's code."""

    def __init__(self, fifo: Path) -> None:
        self.flag = fifo.with_name(fifo.name + ".opened")
        self.process = subprocess.Popen([sys.executable, "-c", CANARY, str(fifo), str(self.flag)])

    @property
    def opened(self) -> bool:
        return self.flag.exists()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


@pytest.fixture
def hostile_files(tmp_path):
    """A picture elsewhere on the disk, a FIFO (whoever opens it to read waits for a writer: a
    canary opens it to write whenever a reader does, so a regression fails instead of hanging)
    and a link to /dev/zero."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(ICON)
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.png"
    zero.symlink_to("/dev/zero")
    canary = Canary(fifo)
    yield {"secret": secret, "fifo": fifo, "zero": zero, "folder": tmp_path, "canary": canary}
    canary.stop()


def hostile_markdown(files: dict, *, too_big: bool = True) -> str:
    """Links and images a shared file might hold (``too_big``: an embedded image over the limit,
    longer than a scenario file's description may be)."""
    large = "data:image/png;base64," + base64.b64encode(b"\x89PNG" + bytes(MAX_IMAGE_BYTES)).decode()
    sources = [
        files["secret"].as_uri(),
        str(files["secret"]),
        "secret.png",
        files["fifo"].as_uri(),
        str(files["fifo"]),
        str(files["zero"]),
        "/dev/zero",
        "/dev/urandom",
        "https://example.org/tracker.png",
        "data:text/plain;base64,aGk=",
        "data:image/png;base64,not-base64!",
        *([large] if too_big else []),
        "ec-whatif:icons/missing.png",
        "ec-whatif:../pyproject.toml",
        "ec-whatif:data/elections.json",
    ]
    images = " ".join(f"![image {n}]({source})" for n, source in enumerate(sources))
    return (
        f"# Hostile lesson ![title](file:///etc/passwd)\n\n[click me](file:///etc/passwd)\n\n{images}\n\n"
        f"![bundled](ec-whatif:icons/ec-whatif.png) ![embedded]({EMBEDDED})\n\n"
        f'<img src="{files["fifo"]}"> <a href="file:///etc/passwd">raw</a>\n'
    )


def image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                names.append(form.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


def test_only_bundled_and_embedded_images_are_shown(qtbot, browser, hostile_files):
    browser.show_markdown(hostile_markdown(hostile_files))
    browser.grab()  # laid out and painted
    names = image_names(browser.document())
    shown = [name for name in names if name != REFUSED_NAME]
    assert shown == ["ec-whatif:icons/ec-whatif.png", EMBEDDED]
    for name in shown:
        assert (
            browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name)).width() == 256
        )
    assert names.count(REFUSED_NAME) == 16
    note = browser.toPlainText().splitlines()[-1]
    assert note.startswith("Images not shown: ") and str(hostile_files["secret"]) in note
    assert "/dev/zero" in note and "tracker.png" in note and len(note) < 2000
    assert not hostile_files["canary"].opened


def test_image_bytes_policy():
    assert image_bytes("ec-whatif:icons/ec-whatif.png") == ICON
    assert image_bytes(EMBEDDED) == ICON
    for refused in ("icons/ec-whatif.png", "ec-whatif:icons/../icons/ec-whatif.png", "qrc:/x.png", ""):
        assert image_bytes(refused) is None


class Opens:
    """Files opened and sockets connected from Python while recording (an audit hook)."""

    events: list[tuple[str, str]] | None = None
    thread = threading.get_ident()  # the GUI thread's

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if cls.events is None or threading.get_ident() != cls.thread:
            return
        if event in ("open", "socket.connect", "os.listdir", "os.scandir"):
            cls.events.append((event, str(args[0]) if event != "socket.connect" else str(args[1])))


sys.addaudithook(Opens.hook)


def test_loading_lessons_opens_nothing_outside_the_app(qtbot, tmp_path, hostile_files, browser):
    """Every bundled lesson (English and Spanish) and a hostile one, shown in the panel and
    exported as a handout: no socket, no file but the app's resources and the file chosen."""
    from gui.io.scenario_file import read
    from gui.widgets.handout import export_pdf

    catalog = load_catalog()
    chosen = tmp_path / "hostile-lesson.json"
    document = {
        "format": "ec-whatif-scenario",
        "version": 1,
        "election": 2016,
        "title": "Hostile ![t](/dev/zero)",
        "description": hostile_markdown(hostile_files, too_big=False),
    }
    chosen.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def load_everything() -> None:
        for language in ("en", "es"):
            for lesson in list_lessons(language):
                scenario = load_lesson(lesson.id, catalog, language)
                browser.show_markdown(f"# {scenario.title}\n\n{scenario.description}")
                browser.grab()
        hostile = read(chosen, catalog)
        browser.show_markdown(f"# {hostile.title}\n\n{hostile.description}")
        browser.grab()
        export_pdf(hostile, out / "handout.pdf")

    load_everything()  # once to import and cache what the code needs
    Opens.events = []
    try:
        load_everything()
    finally:
        events, Opens.events = Opens.events, None
    assert not hostile_files["canary"].opened
    assert not [e for e in events if e[0] == "socket.connect"]
    allowed = (str(RESOURCES), str(chosen), str(out))
    outside = [path for event, path in events if not path.startswith(allowed)]
    assert outside == [], outside


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_no_system_call_reaches_a_file_a_lesson_names(tmp_path, tmp_path_factory, hostile_files):
    """The same, seen by the kernel (Qt reads files in C++, where no audit hook sees it): under
    strace, showing and printing a hostile lesson touches none of the files it names."""
    chosen = tmp_path / "hostile-lesson.json"
    chosen.write_text(
        json.dumps(
            {
                "format": "ec-whatif-scenario",
                "version": 1,
                "election": 2016,
                "title": "Hostile",
                "description": hostile_markdown(hostile_files, too_big=False),
            }
        ),
        encoding="utf-8",
    )
    run = tmp_path_factory.mktemp("run")  # the script, its output, its working folder: elsewhere
    script = run / "show.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.domain.catalog import load_catalog\n"
        "from gui.io.scenario_file import read\n"
        "from gui.widgets.handout import export_pdf\n"
        "from gui.widgets.lesson_browser import LessonBrowser\n"
        "document = read(Path(sys.argv[1]), load_catalog())\n"
        "view = LessonBrowser()\n"
        "view.show_markdown(document.description)\n"
        "view.resize(800, 600)\n"
        "view.show()\n"
        "app.processEvents()\n"
        "view.grab()\n"
        "export_pdf(document, Path(sys.argv[2]))\n"
        "print('done')\n"
    )
    trace = run / "trace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.run(
        [
            "strace", "-f", "-o", str(trace), "-e", "trace=%file,connect",
            sys.executable, str(script), str(chosen), str(run / "handout.pdf"),
        ],
        capture_output=True, text=True, timeout=300, env=env, cwd=run,
    )  # fmt: skip
    assert process.returncode == 0 and "done" in process.stdout, process.stderr[-2000:]
    lines = trace.read_text().splitlines()
    named = [str(hostile_files[kind]) for kind in ("secret", "fifo", "zero")]
    assert not hostile_files["canary"].opened
    touched = [line for line in lines if any(name in line for name in (*named, "/dev/zero", "/etc/passwd"))]
    assert touched == []
    assert not [line for line in lines if "connect(" in line and ("AF_INET" in line or "AF_INET6" in line)]
    # In the folder of the chosen file, only the chosen file itself.
    others = [
        line for line in lines if str(tmp_path) in line and str(run) not in line and str(chosen) not in line
    ]
    assert others == [], others[:5]


def test_the_safe_document_loads_no_page_or_style_sheet(qapp):
    document = SafeTextDocument()
    for kind in (QTextDocument.ResourceType.HtmlResource, QTextDocument.ResourceType.StyleSheetResource):
        assert document.loadResource(kind.value, QUrl("file:///etc/passwd")) is None
    assert QApplication.instance() is not None


def test_html_in_a_lesson_is_shown_as_written_and_markdown_still_reads(browser):
    browser.show_markdown('# Title\n\nHello <b>bold</b> and <img src="/dev/zero"> **strong**')
    assert browser.toPlainText() == 'Title\nHello <b>bold</b> and <img src="/dev/zero"> strong'
