"""The one writer (gui.io.atomic) and the one CSV writer: full disks, modes, symbolic links,
what is not a regular file, the reason a write failed, and cells a spreadsheet would run."""

from __future__ import annotations

import csv
import errno
import io
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.scenario import Scenario
from gui.io.atomic import WriteError, reason, write_bytes
from gui.io.csv_file import write_csv
from gui.present.csv_table import csv_rows
from tests.disk import fill

OLD = b"old contents that must survive\n"


def read_rows(path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def test_a_full_disk_keeps_the_old_file_and_says_the_disk_is_full(small_disk):
    target = small_disk / "old.json"
    target.write_bytes(OLD)
    fill(small_disk, keep=8 * 1024)
    with pytest.raises(WriteError) as raised:
        write_bytes(target, b"x" * 40_000)
    assert str(raised.value) == f"cannot write {target}: the disk is full"
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert leftovers(small_disk) == []


def test_a_csv_onto_a_full_disk_keeps_the_old_file(small_disk, catalog):
    target = small_disk / "tally.csv"
    target.write_bytes(OLD)
    fill(small_disk, keep=2 * 1024)  # the 2016 table is about 10 KB
    with pytest.raises(OSError, match="the disk is full"):
        write_csv(target, *csv_rows(Scenario(catalog.election(2016))))
    assert target.read_bytes() == OLD
    assert leftovers(small_disk) == []


def test_what_fits_is_written_whole(small_disk):
    target = small_disk / "fits.bin"
    write_bytes(target, b"y" * 30_000)
    assert target.read_bytes() == b"y" * 30_000


def test_reasons_come_from_the_error_number():
    assert reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert reason(OSError(errno.EROFS, "Read-only file system")) == "the disk is read-only"
    assert reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path, umask_022):
    new = tmp_path / "new.json"
    write_bytes(new, b"{}")
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    os.umask(0o002)
    write_bytes(tmp_path / "shared.json", b"{}")
    assert stat.S_IMODE((tmp_path / "shared.json").stat().st_mode) == 0o664
    kept = tmp_path / "kept.json"
    kept.write_bytes(OLD)
    os.chmod(kept, 0o664)
    write_bytes(kept, b"{}")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664
    os.chmod(kept, 0o600)
    write_bytes(kept, b"[]")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_bytes() == b"[]"


def test_a_symbolic_link_is_written_through_to_its_target(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "scenario.json"
    target.write_bytes(OLD)
    os.chmod(target, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_bytes(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "real") == []


def test_a_link_to_nowhere_creates_its_target_and_a_loop_is_refused(tmp_path):
    link = tmp_path / "dangling.json"
    link.symlink_to(tmp_path / "made.json")
    write_bytes(link, b"made")
    assert link.is_symlink() and (tmp_path / "made.json").read_bytes() == b"made"
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(WriteError, match=r"cannot write .*a: "):
        write_bytes(tmp_path / "a", b"x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError) as raised:
        write_bytes(fifo, b"x")
    assert str(raised.value) == f"cannot write {fifo}: it is not a regular file"
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and leftovers(tmp_path) == []
    link = tmp_path / "to-pipe"
    link.symlink_to(fifo)
    with pytest.raises(WriteError, match="not a regular file"):
        write_bytes(link, b"x")


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(WriteError, match="it is a folder"):
        write_bytes(tmp_path / "folder.json", b"x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="os.mknod of a device needs root")
def test_a_device_node_is_refused_and_left_as_it_was(tmp_path, catalog):
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    with pytest.raises(WriteError, match="it is not a regular file"):
        write_bytes(node, b"x")
    with pytest.raises(WriteError, match="it is not a regular file"):
        write_csv(node, *csv_rows(Scenario(catalog.election(2016))))
    assert stat.S_ISCHR(node.lstat().st_mode) and leftovers(tmp_path) == []


# --- CSV injection (OWASP) ------------------------------------------------------------------------


def test_cells_a_spreadsheet_would_run_are_neutralised(tmp_path):
    path = tmp_path / "t.csv"
    names = ['=HYPERLINK("http://x","Click")', "+1", "-2", "@SUM(A1)", "\tx", "\ry", "Plain", "a=b"]
    write_csv(path, ["name", "votes", "margin"], [[name, 3, -4] for name in names])
    rows = read_rows(path)
    assert [row[0] for row in rows[1:]] == [
        '\'=HYPERLINK("http://x","Click")',
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "'\ry",
        "Plain",
        "a=b",
    ]
    assert {(row[1], row[2]) for row in rows[1:]} == {("3", "-4")}  # numbers stay numbers


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False)), min_size=1, max_size=6))
def test_no_text_cell_reads_as_a_formula_and_every_cell_comes_back(cells):
    from gui.io.csv_file import FORMULA_STARTS, csv_text

    header = [f"c{i}" for i in range(len(cells))]
    [_, row] = list(csv.reader(io.StringIO(csv_text(header, [cells]), newline="")))
    for written, given_cell in zip(row, cells, strict=True):
        if isinstance(given_cell, str):
            assert not written.startswith(FORMULA_STARTS)
            assert written == given_cell or (
                written == "'" + given_cell and given_cell.startswith(FORMULA_STARTS)
            )
        else:
            assert written == str(given_cell)  # numbers stay numbers, negative ones too


def test_a_candidate_named_like_a_formula_is_a_name_in_the_export(tmp_path, catalog):
    from gui.domain.catalog import Ticket
    from gui.domain.commands import AssignUnit

    scenario = Scenario(catalog.election(2016))
    name = '=HYPERLINK("http://x","Click")'
    scenario.execute(AssignUnit("TX", Ticket(name, "-Mate")))
    path = tmp_path / "t.csv"
    write_csv(path, *csv_rows(scenario))
    header, *rows = read_rows(path)
    [texas] = [row for row in rows if row[header.index("unit")] == "TX"]
    assert texas[header.index("carried_by")] == f"'{name} / -Mate"
    assert texas[header.index(f"President: {name}")] == "38"  # a count: a number as it was
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_a_path_too_long_for_any_disk_is_one_short_line(tmp_path):
    path = tmp_path / ("x" * 100_000)
    with pytest.raises(WriteError) as raised:
        write_bytes(path, b"x")
    message = str(raised.value)
    assert message.startswith(f"cannot write {tmp_path}/xxx") and "…: " in message and len(message) < 400


# --- the same through the command line -----------------------------------------------------------


@pytest.fixture
def cli():
    from gui.cli.main import main

    return main


def test_tally_save_keeps_the_mode_and_follows_a_link(cli, tmp_path, capsys, umask_022):
    os.umask(0o002)
    fresh = tmp_path / "fresh.json"
    assert cli(["tally", "--election", "2016", "--save", str(fresh)]) == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o664  # the umask's, not 0600
    os.chmod(fresh, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(fresh)
    assert cli(["tally", "--election", "2000", "--save", str(link)]) == 0
    assert link.is_symlink() and '"election": 2000' in fresh.read_text(encoding="utf-8")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
    capsys.readouterr()


AS_ROOT = os.name == "posix" and os.geteuid() == 0


def make_fifo(path) -> None:
    os.mkfifo(path)


def make_device(path) -> None:
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("option", ["--save", "--csv"])
@pytest.mark.parametrize(
    ("make", "is_kind"),
    [
        (make_fifo, stat.S_ISFIFO),
        pytest.param(
            make_device,
            stat.S_ISCHR,
            marks=pytest.mark.skipif(not AS_ROOT, reason="os.mknod of a device needs root"),
        ),
    ],
    ids=["fifo", "device"],
)
def test_saving_onto_what_is_not_a_file_is_one_line_and_exit_2(cli, tmp_path, capsys, option, make, is_kind):
    target = tmp_path / "not-a-file"
    make(target)
    command = (
        ["tally", "--election", "2016", "--save"]
        if option == "--save"
        else ["export", "--election", "2016", "--csv"]
    )
    assert cli([*command, str(target)]) == 2
    assert capsys.readouterr().err == f"ec-whatif: cannot write {target}: it is not a regular file\n"
    assert is_kind(target.lstat().st_mode)  # left as it was
