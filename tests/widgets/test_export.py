"""Exports: the PDF handout (pages and text), PNG sizes, the per-unit CSV, atomic writes, the CLI.

PDF text is read with poppler's ``pdftotext`` (apt package poppler-utils); those tests skip when
it is missing. Set EC_WHATIF_SCREENSHOTS=docs/screenshots to also write the handout previews
(``pdftoppm -png -r 60``).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

import gui.widgets.handout as export_module
from gui.cli import export as cli_export
from gui.domain.document import ScenarioDocument
from gui.domain.scenario import Office, Scenario, Start
from gui.domain.tally import tally
from gui.io.csv_file import write_csv
from gui.io.lessons import lesson_ids, load_lesson
from gui.main import main as ec_whatif
from gui.present.csv_table import CSV_COLUMNS, csv_rows
from gui.present.outcome import reason
from gui.widgets.handout import export_pdf, paint_handout, print_document
from gui.widgets.pictures import PNG_KINDS, export_png
from gui.widgets.window_picture import render_window
from tests.disk import fill

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftotext/pdftoppm (poppler-utils) not installed")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    """One line, ligatures (the fonts' "ffi") spelled out."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


OLD_FILE = b"the old file, which a failed export must leave as it was\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def export_csv(document: ScenarioDocument, path: Path) -> int:
    """What File › Export › CSV and ``ec-whatif export --csv`` do; returns the data rows."""
    header, rows = csv_rows(document.scenario)
    write_csv(path, header, rows)
    return len(rows)


def document(catalog, year: int, start: Start = Start.OFFICIAL) -> ScenarioDocument:
    return ScenarioDocument(Scenario(catalog.election(year), start))


# --- PDF -------------------------------------------------------------------------------------------


@needs_poppler
def test_the_2016_handout_is_one_page_with_the_count(qapp, catalog, tmp_path):
    path = tmp_path / "2016.pdf"
    assert export_pdf(document(catalog, 2016), path) == 1
    pages = pdf_pages(path)
    assert len(pages) == 1
    text = flat(pages[0])
    result = tally(Scenario(catalog.election(2016)))
    assert "2016 what-if" in text
    assert reason(result, Office.PRESIDENT) in text and reason(result, Office.VICE_PRESIDENT) in text
    assert f"Majority needed: {result.majority} of {result.appointed} electors appointed" in text
    for office in Office:  # both tables: every candidate with their votes
        for name, votes in result.office(office).votes.items():
            assert name in text and str(votes) in text
    assert "Republican" in text and "elected" in text and "needs 43" in text
    assert "270 to win" not in text  # the chart is a picture, drawn at print resolution
    assert "Sources: electoral votes from the U.S. National Archives" in text
    assert "page 1 of 1" in text and "Contingent election" not in text


@needs_poppler
def test_a_lesson_handout_has_the_lesson_and_the_contingent_election(qapp, catalog, tmp_path):
    path = tmp_path / "tie.pdf"
    lesson = load_lesson("tie-269", catalog)
    assert export_pdf(lesson, path) == 2
    first, second = (flat(page) for page in pdf_pages(path))
    assert "A 269–269 tie (2020 what-if)" in first and "page 1 of 2" in first
    assert "Who takes office: Donald Trump, chosen by the House" in first
    assert "Lesson: A 269–269 tie" in second and "page 2 of 2" in second
    for section in ("What happened.", "Try this.", "Discuss."):
        assert section in second
    assert "**" not in second  # Markdown is rendered, not printed
    assert "Contingent election" in second
    assert "Donald Trump: 27 states" in second and "Joe Biden: 20 states" in second
    assert "No vote: 3" in second and "MI (divided)" in second
    assert "Mike Pence 51, Kamala Harris 48" in second
    assert "Sources:" in second


@pytest.mark.slow
@needs_poppler
def test_lesson_text_can_be_left_out_or_replaced(qapp, catalog, tmp_path):
    lesson = load_lesson("blank-ballot-2000", catalog)  # no contingent election: one page without text
    assert export_pdf(lesson, tmp_path / "a.pdf", lesson_text="") == 1
    long_text = "\n\n".join(
        f"**Paragraph {n}.** " + "The electors meet in their states. " * 30 for n in range(40)
    )
    pages = export_pdf(lesson, tmp_path / "b.pdf", lesson_text=long_text)
    assert pages >= 3 and len(pdf_pages(tmp_path / "b.pdf")) == pages
    texts = [flat(page) for page in pdf_pages(tmp_path / "b.pdf")]
    assert "Paragraph 0." in texts[1] and "Paragraph 39." in texts[-1]
    assert all(f"page {n + 1} of {pages}" in text for n, text in enumerate(texts))


@needs_poppler
def test_a_pre_12th_amendment_handout_pools_the_votes(qapp, catalog, tmp_path):
    path = tmp_path / "1800.pdf"
    assert export_pdf(load_lesson("jefferson-burr-1800", catalog), path) == 2
    first, second = (flat(page) for page in pdf_pages(path))
    assert "Electoral votes (two per elector)" in first and "majority, tied" in first
    assert "Thomas Jefferson: 10 states" in second and "36th ballot" in second


@needs_poppler
def test_the_1789_handout_names_every_person_and_both_bases(qapp, catalog, tmp_path):
    path = tmp_path / "1789.pdf"
    assert export_pdf(document(catalog, 1789), path) == 1
    text = flat(pdf_pages(path)[0])
    for name, votes in tally(Scenario(catalog.election(1789))).president.votes.items():
        assert name in text and str(votes) in text  # no lumped "others"
    assert "others" not in text and "Absent (no ballot)" in text
    assert "72 electors appointed, 37 needed for a majority" in text
    assert "NARA announced 69 votes, 35 a majority" in text
    assert "North Carolina and Rhode Island had not yet ratified the Constitution" in text


@needs_poppler
def test_printing_draws_the_same_pages(qapp, catalog, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    lesson = load_lesson("senate-picks-1836", catalog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert print_document(lesson, None, printer=printer) is False
    assert not (tmp_path / "cancelled.pdf").exists()

    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert print_document(lesson, None, printer=printer) is True
    printed = [flat(page) for page in pdf_pages(tmp_path / "printed.pdf")]
    assert len(printed) == 2
    assert "Martin Van Buren is elected President with 170 votes (148 needed)." in printed[0]
    assert "Richard M. Johnson 33, Francis Granger 16" in printed[1]


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_paint_handout_refuses_a_device_it_cannot_draw_on(qapp, catalog, tmp_path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "missing" / "x.pdf"))  # its folder does not exist
    with pytest.raises(OSError):
        paint_handout(writer, document(catalog, 2016))


@needs_poppler
def test_handout_previews(qapp, catalog, tmp_path):
    """Page 1 of the 2016 Hamilton-electors handout and page 2 of the tie lesson, as PNG."""
    folder = Path(os.environ.get("EC_WHATIF_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for ident, page, name in (
        ("hamilton-electors-2016", 1, "handout-2016-page1"),
        ("tie-269", 2, "handout-tie-269-page2"),
    ):
        pdf = tmp_path / f"{ident}.pdf"
        export_pdf(load_lesson(ident, catalog), pdf)
        prefix = tmp_path / "pages" / name
        prefix.parent.mkdir(exist_ok=True)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        image = QImage(f"{prefix}.png")
        assert (image.width(), image.height()) == (510, 660)  # Letter at 60 dpi
        shutil.copyfile(f"{prefix}.png", folder / f"{name}.png")


# --- PNG -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("what", ["map", "electors", "chart"])
def test_png_pictures_have_the_size_asked_for(qapp, catalog, tmp_path, what):
    path = tmp_path / f"{what}.png"
    assert export_png(document(catalog, 2016), path, what=what, size=(640, 400)) == (640, 400)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 400)
    colours = {image.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 400, 16)}
    assert len(colours) > 4, f"{what} looks empty"


def test_png_of_the_window_defaults_to_the_screenshot_size(qapp, catalog, tmp_path):
    path = tmp_path / "window"  # no extension: still a PNG
    render_window(path, document(catalog, 2000))
    assert QImage(str(path), "PNG").width() == 1400
    assert leftovers(tmp_path) == []


def test_the_cli_offers_the_pictures_export_draws():
    assert ("window", *PNG_KINDS) == cli_export.PNG_KINDS


def test_png_refuses_an_unknown_picture(qapp, catalog, tmp_path):
    with pytest.raises(ValueError, match="choose one of map, electors, chart"):
        export_png(document(catalog, 2016), tmp_path / "x.png", what="tree")
    assert not list(tmp_path.iterdir())


# --- CSV -------------------------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def test_the_2016_csv_has_a_row_per_unit_and_adds_up_to_the_tally(catalog, tmp_path):
    path = tmp_path / "2016.csv"
    scenario = Scenario(catalog.election(2016))
    assert export_csv(ScenarioDocument(scenario), path) == 56
    header, rows = read_csv(path)
    assert header[: len(CSV_COLUMNS)] == list(CSV_COLUMNS)
    assert len({row["state"] for row in rows}) == 51  # 50 states and DC
    assert {row["unit"] for row in rows} >= {"ME", "ME-1", "ME-2", "NE", "NE-1", "NE-2", "NE-3"}
    assert sum(int(row["electors_appointed"]) for row in rows) == 538
    result = tally(scenario)
    for office in Office:
        for name, votes in result.office(office).votes.items():
            assert sum(int(row[f"{office.title}: {name}"]) for row in rows) == votes
    assert sum(int(row["faithless_president"]) for row in rows) == 7
    by_unit = {row["unit"]: row for row in rows}
    assert by_unit["WA"]["faithless_president"] == "4" and by_unit["WA"]["President: Colin Powell"] == "3"
    assert by_unit["TX"]["carried_by"] == "Donald Trump / Mike Pence"
    assert by_unit["ME-2"]["carried_by"] == "Donald Trump / Mike Pence"


def test_csv_counts_blank_ballots_rejected_votes_and_missing_states(catalog, tmp_path):
    export_csv(document(catalog, 2000), tmp_path / "2000.csv")
    rows = {row["unit"]: row for row in read_csv(tmp_path / "2000.csv")[1]}
    assert rows["DC"]["blank_president"] == "1" and rows["DC"]["blank_vice_president"] == "1"
    assert sum(int(r["blank_president"]) for r in rows.values()) == 1

    export_csv(document(catalog, 1872), tmp_path / "1872.csv")
    rows = {row["unit"]: row for row in read_csv(tmp_path / "1872.csv")[1]}
    assert rows["GA"]["not_counted"] == "3" and "President: Horace Greeley" not in rows["GA"]
    assert rows["AR"]["electors_appointed"] == "0" and "Arkansas" in rows["AR"]["note"]
    assert rows["AR"]["carried_by"] == "not appointed"
    assert sum(int(r["electors_appointed"]) for r in rows.values()) == 352

    export_csv(document(catalog, 1832), tmp_path / "1832.csv")
    rows = {row["unit"]: row for row in read_csv(tmp_path / "1832.csv")[1]}
    assert (rows["MD"]["absent_president"], rows["MD"]["absent_vice_president"]) == ("2", "2")
    assert rows["MD"]["electors_appointed"] == "10"
    assert sum(int(r["absent_president"]) for r in rows.values()) == 2
    assert sum(int(r["electors_appointed"]) for r in rows.values()) == 288

    export_csv(document(catalog, 1800), tmp_path / "1800.csv")
    header, rows_1800 = read_csv(tmp_path / "1800.csv")
    assert sum(int(r["Electoral votes: Thomas Jefferson"]) for r in rows_1800) == 73
    assert not any(h.startswith("Vice President:") for h in header)

    # No lumped "Others": every person of 1789 has a column, by state.
    export_csv(document(catalog, 1789), tmp_path / "1789.csv")
    header, rows_1789 = read_csv(tmp_path / "1789.csv")
    assert "Electoral votes: Others" not in header
    by_state = {r["unit"]: r for r in rows_1789}
    assert by_state["MD"]["Electoral votes: Robert H. Harrison"] == "6"
    assert by_state["SC"]["Electoral votes: John Rutledge"] == "6"
    assert by_state["NY"]["carried_by"] == "not appointed" and by_state["NY"]["electors_appointed"] == "0"

    export_csv(document(catalog, 2028), tmp_path / "2028.csv")
    rows_2028 = read_csv(tmp_path / "2028.csv")[1]
    assert sum(int(r["undecided"]) for r in rows_2028) == 538
    assert {r["carried_by"] for r in rows_2028} == {"undecided"}


def test_csv_of_a_lesson_with_state_laws_counts_the_votes_as_pledged(catalog, tmp_path):
    export_csv(load_lesson("hamilton-electors-2016", catalog), tmp_path / "h.csv")
    rows = {row["unit"]: row for row in read_csv(tmp_path / "h.csv")[1]}
    assert rows["CO"]["faithless_president"] == "0" and rows["CO"]["President: Hillary Clinton"] == "9"
    assert rows["TX"]["faithless_president"] == "2"


# --- atomic writes ---------------------------------------------------------------------------------


def test_a_failed_pdf_export_leaves_the_old_file(qapp, catalog, tmp_path, monkeypatch):
    path = tmp_path / "handout.pdf"
    path.write_bytes(b"old handout")

    def broken(self):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(export_module._Pages, "draw_first_page", broken)
    with pytest.raises(RuntimeError):
        export_pdf(document(catalog, 2016), path)
    assert path.read_bytes() == b"old handout"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ["--pdf", "OUT"],
        pytest.param(["--png", "OUT", "--what", "map"], marks=pytest.mark.slow),
        pytest.param(["--png", "OUT", "--what", "chart"], marks=pytest.mark.slow),
        pytest.param(["--png", "OUT", "--size", "640x480"], marks=pytest.mark.slow),
        ["--csv", "OUT"],
    ],
    ids=["pdf", "map", "chart", "window", "csv"],
)
def test_an_export_onto_a_full_disk_fails_and_keeps_the_old_file(qapp, small_disk, capsys, arguments):
    out = small_disk / "old.file"
    out.write_bytes(OLD_FILE)
    fill(small_disk, keep=1024)  # every export is larger than this
    arguments = [str(out) if a == "OUT" else a for a in arguments]
    assert ec_whatif(["export", *arguments, "--election", "2016"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"ec-whatif: cannot write {out}: the disk is full\n"
    assert out.read_bytes() == OLD_FILE
    assert leftovers(small_disk) == []


def test_a_screenshot_onto_a_full_disk_fails_and_keeps_the_old_file(qapp, small_disk, capsys):
    out = small_disk / "old.png"
    out.write_bytes(OLD_FILE)
    fill(small_disk, keep=1024)
    assert ec_whatif(["screenshot", str(out), "--election", "2016", "--size", "640x480"]) != 0
    assert capsys.readouterr().err == f"ec-whatif: cannot write {out}: the disk is full\n"
    assert out.read_bytes() == OLD_FILE and leftovers(small_disk) == []


@pytest.mark.parametrize("kind", ["pdf", pytest.param("csv", marks=pytest.mark.slow), "map", "window"])
def test_the_window_says_once_that_an_export_failed_on_a_full_disk(window, small_disk, kind):
    out = small_disk / "old.file"
    out.write_bytes(OLD_FILE)
    fill(small_disk, keep=1024)
    window.statusBar().clearMessage()
    assert window.documents.export_to(out, kind) is False
    assert window.errors == [f"cannot write {out}: the disk is full"]
    assert window.statusBar().currentMessage() == ""  # never "Exported"
    assert out.read_bytes() == OLD_FILE and leftovers(small_disk) == []


def test_a_window_save_onto_a_full_disk_says_the_disk_is_full(window, small_disk):
    from gui.domain.commands import AssignUnit

    old = small_disk / "old.json"
    old.write_bytes(OLD_FILE)
    window.session.push(AssignUnit("PA", window.session.scenario.ticket_for("Hillary Clinton")))
    fill(small_disk, keep=0)  # a full disk
    assert window.documents.save_to(old) is False
    assert window.errors == [f"cannot write {old}: the disk is full. The previous file is unchanged."]
    assert old.read_bytes() == OLD_FILE and leftovers(small_disk) == []
    assert not window.session.undo_stack.isClean()  # still unsaved
    new = small_disk / "new.json"
    assert window.documents.save_to(new) is False
    assert window.errors[-1] == f"cannot write {new}: the disk is full. Nothing was saved."
    assert not new.exists()


def test_printing_to_a_file_on_a_full_disk_keeps_the_old_file(qapp, catalog, small_disk, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    out = small_disk / "printed.pdf"
    out.write_bytes(OLD_FILE)
    fill(small_disk, keep=1024)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with pytest.raises(OSError, match="the disk is full"):
        print_document(document(catalog, 2016), None, printer=printer)
    assert out.read_bytes() == OLD_FILE and leftovers(small_disk) == []


def test_a_drawing_that_does_not_finish_writes_nothing(qapp, catalog, tmp_path, monkeypatch):
    path = tmp_path / "handout.pdf"
    path.write_bytes(OLD_FILE)
    monkeypatch.setattr(export_module.QPainter, "end", lambda self: False)
    with pytest.raises(OSError, match=f"cannot write {path}: the output could not be finished"):
        export_pdf(document(catalog, 2016), path)
    assert path.read_bytes() == OLD_FILE and leftovers(tmp_path) == []


def test_a_picture_that_cannot_be_encoded_writes_nothing(qapp, catalog, tmp_path, monkeypatch):
    import gui.widgets.pictures as pictures

    path = tmp_path / "map.png"
    path.write_bytes(OLD_FILE)
    monkeypatch.setattr(pictures.QImage, "save", lambda self, *args: False)
    with pytest.raises(OSError, match=f"cannot write {path}: the picture could not be encoded"):
        export_png(document(catalog, 2016), path, what="map", size=(300, 200))
    assert path.read_bytes() == OLD_FILE and leftovers(tmp_path) == []


def test_export_to_a_folder_or_a_missing_folder_is_one_clear_error(catalog, tmp_path):
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(OSError, match="it is a folder"):
        export_csv(document(catalog, 2016), tmp_path / "out.csv")
    with pytest.raises(OSError, match="does not exist"):
        export_csv(document(catalog, 2016), tmp_path / "missing" / "out.csv")
    assert leftovers(tmp_path) == []


def test_a_new_export_gets_ordinary_permissions_and_a_replaced_one_keeps_its_own(catalog, tmp_path):
    old_mask = os.umask(0o022)
    try:
        export_csv(document(catalog, 2016), tmp_path / "new.csv")
        assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o644
        (tmp_path / "kept.csv").write_text("x", encoding="utf-8")
        os.chmod(tmp_path / "kept.csv", 0o600)
        export_csv(document(catalog, 2016), tmp_path / "kept.csv")
        assert (tmp_path / "kept.csv").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_mask)


# --- the command line ------------------------------------------------------------------------------


@pytest.fixture
def main():
    return ec_whatif


def test_cli_lists_the_lessons(main, capsys):
    assert main(["lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == lesson_ids()
    assert main(["lessons", "--json"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == lesson_ids()
    assert {"id", "year", "title", "start", "text"} <= set(rows[0])


def test_cli_exports_a_lesson_with_edits(qapp, main, tmp_path, capsys):
    out = tmp_path / "tie.csv"
    assert main(["export", "--csv", str(out), "--lesson", "tie-269", "--set", "WI=Biden"]) == 0
    assert capsys.readouterr().out.strip() == f"Saved {out} (56 rows)"
    rows = {row["unit"]: row for row in read_csv(out)[1]}
    assert rows["WI"]["carried_by"] == "Joe Biden / Kamala Harris"
    assert rows["AZ"]["carried_by"] == "Donald Trump / Mike Pence"
    png = tmp_path / "chart.png"
    assert (
        main(["export", "--png", str(png), "--election", "2016", "--what", "chart", "--size", "500x300"]) == 0
    )
    assert QImage(str(png)).width() == 500


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["export", "--csv", "OUT", "--lesson", "nope"], "no lesson 'nope'; the lessons are:"),
        (["export", "--csv", "OUT", "--lesson", "tie-269", "--pledged"], "a lesson sets its own start"),
        (["export", "--csv", "OUT", "--election", "2016", "--what", "map"], "--what applies to --png only"),
        (
            ["export", "--pdf", "OUT", "--election", "2016", "--size", "800x600"],
            "--size applies to --png only",
        ),
        (["export", "--png", "OUT", "--election", "2016", "--size", "9x9"], "--size expects WxH"),
        (["export", "--png", "OUT", "--election", "2016", "--print-friendly"], "--what map or electors"),
        (["export", "--csv", "OUT", "--election", "1999"], "no election in 1999"),
        (["export", "--csv", "OUT"], "one of the arguments --election --scenario --lesson is required"),
        (["export", "--election", "2016"], "one of the arguments --pdf --png --csv is required"),
        (["export", "--csv", "OUT", "--election", "2016", "--set", "XX=Trump"], "XX"),
        (["export", "--csv", "MISSING", "--election", "2016"], "does not exist"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(main, tmp_path, capsys, arguments, message):
    paths = {"OUT": str(tmp_path / "out.file"), "MISSING": str(tmp_path / "missing" / "out.file")}
    arguments = [paths.get(a, a) for a in arguments]
    assert main(arguments) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert not (tmp_path / "out.file").exists()


# --- a forecast ------------------------------------------------------------------------------------


def forecast_document(catalog) -> ScenarioDocument:
    from gui.domain.forecast_start import Basis, start_forecast
    from gui.domain.popular_vote import load_popular_record

    scenario = Scenario(catalog.election(2028))
    scenario.execute(
        start_forecast(scenario, Basis.MARGINS, catalog.election(2024), load_popular_record().states(2024))
    )
    return ScenarioDocument(scenario)


@needs_poppler
def test_a_forecast_handout_has_the_race_bar(qapp, catalog, tmp_path):
    path = tmp_path / "forecast.pdf"
    assert export_pdf(forecast_document(catalog), path) == 1
    text = flat(pdf_pages(path)[0])
    # The bar's words are text in the PDF, above the map's legend with its counts.
    assert "Democratic nominee 226" in text and "302 Republican nominee" in text
    assert "2028 forecast" in text and "270 to win" in text and "10 toss-up electors" in text
    assert "Lean Republican nominee: 75 electors, 8 units" in text


def test_a_forecast_map_picture_has_the_race_bar_on_top(qapp, catalog, tmp_path):
    document = forecast_document(catalog)
    path = tmp_path / "forecast.png"
    assert export_png(document, path, what="map", size=(1200, 800)) == (1200, 800)
    image = QImage(str(path))
    scenario = document.scenario
    row = [image.pixelColor(20, y) for y in range(0, 80)]
    # The first part of the bar is the first side's safe electors, in its full colour; the last
    # the second side's.
    assert QColor(scenario.color("Democratic nominee")) in row
    right = [image.pixelColor(1180, y) for y in range(0, 80)]
    assert QColor(scenario.color("Republican nominee")) in right
