"""The builds for classroom machines: the CI workflow's shape and the .deb's contents.

The real builds run elsewhere: the .deb is built, installed and removed by
build_scripts/ci_deb_check.sh (from .ci/run), the Windows and macOS packages by the workflow.
These checks are fast and need no PyInstaller.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import build_deb
import pytest
import yaml

from gui.display_check import XCB_LIBRARIES

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _job_text(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_workflow_builds_both_bundles_on_the_three_systems():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert set(matrix["mode"]) == {"onedir", "onefile"}
    assert job["runs-on"] == "${{ matrix.os }}"
    (setup,) = (step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "3.11"
    text = _job_text(job)
    assert "python build_scripts/build_bundle.py --${{ matrix.mode }}" in text
    assert '"$app" self-test' in text and '"$app" tally --election 2016' in text
    assert "actions/upload-artifact" in text


def test_workflow_packages_an_installer_a_disk_image_and_a_deb():
    (job,) = _workflow()["jobs"].values()
    by_name = {step.get("name", step.get("uses")): step for step in job["steps"]}
    conditions = {name: str(step.get("if", "")) for name, step in by_name.items()}
    installer = by_name["Windows installer (Inno Setup)"]
    assert "choco install innosetup" in installer["run"] and "ISCC.exe" in installer["run"]
    assert conditions["Windows installer (Inno Setup)"] == "runner.os == 'Windows' && matrix.mode == 'onedir'"
    assert "make_dmg.sh" in by_name["macOS disk image"]["run"]
    assert "runner.os == 'macOS'" in conditions["macOS disk image"]
    assert "ci_deb_check.sh" in by_name["Debian package (build, install, check, remove)"]["run"]


def test_every_file_the_workflow_names_exists():
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"(?:build_scripts|packaging)[/\\][\w/\\.-]+\.(?:py|sh|iss)", text))
    assert {"packaging/macos/make_dmg.sh", r"packaging\windows\ec-whatif.iss"} <= named
    for path in named:
        assert (REPO / path.replace("\\", "/")).is_file(), path


def test_the_installer_script_installs_the_folder_bundle_per_user():
    text = (REPO / "packaging" / "windows" / "ec-whatif.iss").read_text(encoding="utf-8")
    assert r'#define BundleDir "..\..\dist\onedir\ec-whatif"' in text
    assert "OutputBaseFilename=ec-whatif-{#AppVersion}-setup" in text
    assert "PrivilegesRequired=lowest" in text and 'AppExe "ec-whatif.exe"' in text


def _fields(control: str) -> dict[str, str]:
    """A deb822 paragraph: `Name: value` lines, continuation lines starting with one space."""
    fields: dict[str, str] = {}
    name = ""
    for line in control.splitlines():
        if line.startswith(" "):
            fields[name] += "\n" + line
        else:
            name, value = line.split(": ", 1)
            fields[name] = value
    return fields


def _control(**changes: str) -> build_deb.Control:
    fields = {
        "version": VERSION,
        "architecture": "amd64",
        "maintainer": "M <m@x.invalid>",
        "summary": "A summary",
    }
    return build_deb.Control(**{**fields, **changes})


def test_control_file_depends_on_the_libraries_the_readme_names():
    control = build_deb.control_text(_control(), 1234)
    assert control.endswith("\n") and "\n\n" not in control
    fields = _fields(control)
    assert fields["Package"] == "ec-whatif" and fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "1234"
    assert fields["Description"].startswith("A summary\n ")
    depends = fields["Depends"].split(", ")
    assert depends == sorted(set(XCB_LIBRARIES.values()))
    setup = (REPO / "README.md").read_text(encoding="utf-8").split("## Set up", 1)[1].split("\n## ", 1)[0]
    apt_line = re.search(r"sudo apt install ((?:[\w.+-]+ |\\\n\s*)+[\w.+-]+)", setup)
    assert apt_line is not None
    assert sorted(apt_line.group(1).replace("\\", " ").split()) == depends


def test_control_file_refuses_a_field_that_would_break_the_paragraph():
    with pytest.raises(build_deb.DebError, match="Maintainer"):
        build_deb.control_text(_control(maintainer="Someone\nPackage: other"), 1)
    with pytest.raises(build_deb.DebError, match="Version"):
        build_deb.control_text(_control(version=""), 1)


def test_desktop_entry_is_the_menu_entry_for_the_installed_command_and_icon():
    source = build_deb.DESKTOP_SOURCE.read_text(encoding="utf-8")
    entry = build_deb.desktop_entry(source)
    assert "Exec=ec-whatif\n" in entry and "Icon=ec-whatif\n" in entry
    assert build_deb.BIN_LINK.name == "ec-whatif"
    assert {path.stem for path in build_deb.ICONS} == {"ec-whatif"}
    with pytest.raises(build_deb.DebError, match="Exec"):
        build_deb.desktop_entry(source.replace("Exec=ec-whatif", "Exec=/home/teacher/ec-whatif"))
    with pytest.raises(build_deb.DebError, match="Icon"):
        build_deb.desktop_entry(source.replace("Icon=ec-whatif", "Icon=other"))


def _fake_bundle(folder: Path) -> Path:
    """The shape of a folder bundle: the executable and the icons, nothing else."""
    bundle = folder / "ec-whatif"
    icons = bundle / "_internal" / "gui" / "resources" / "icons"
    icons.mkdir(parents=True)
    (bundle / "ec-whatif").write_text("#!/bin/sh\necho fake\n")
    (bundle / "ec-whatif").chmod(0o700)
    for name in build_deb.ICONS.values():
        shutil.copyfile(REPO / "resources" / "icons" / name, icons / name)
    return bundle


def test_staged_package_has_the_app_the_command_the_menu_entry_and_the_icons(tmp_path):
    bundle = _fake_bundle(tmp_path)
    root = tmp_path / "root"
    build_deb.stage(bundle, root, _control())
    build_deb.normalise(root, 1_600_000_000)
    assert (root / "usr/bin/ec-whatif").readlink() == Path("/opt/ec-whatif/ec-whatif")
    assert (root / "opt/ec-whatif/ec-whatif").stat().st_mode & 0o777 == 0o755
    desktop = root / "usr/share/applications/ec-whatif.desktop"
    assert desktop.read_text(encoding="utf-8") == build_deb.DESKTOP_SOURCE.read_text(encoding="utf-8")
    assert desktop.stat().st_mode & 0o777 == 0o644
    for installed, name in build_deb.ICONS.items():
        assert (root / installed).read_bytes() == (REPO / "resources" / "icons" / name).read_bytes()
    assert {p.stat().st_mtime for p in root.rglob("*") if not p.is_symlink()} == {1_600_000_000}
    fields = _fields((root / "DEBIAN" / "control").read_text(encoding="utf-8"))
    assert int(fields["Installed-Size"]) == build_deb.installed_kib(root) > 0


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    entry = tmp_path / "ec-whatif.desktop"
    entry.write_text(build_deb.desktop_entry(build_deb.DESKTOP_SOURCE.read_text(encoding="utf-8")))
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian or Ubuntu)")
def test_deb_is_the_same_bytes_when_built_twice(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    bundle = _fake_bundle(tmp_path)
    first = build_deb.build_deb(bundle, tmp_path / "one", build_deb.DEFAULT_MAINTAINER, tmp_path / "work1")
    second = build_deb.build_deb(bundle, tmp_path / "two", build_deb.DEFAULT_MAINTAINER, tmp_path / "work2")
    assert first.name == second.name and first.name.startswith(f"ec-whatif_{VERSION}_")
    assert first.read_bytes() == second.read_bytes()
    listing = subprocess.run(["dpkg-deb", "-c", str(first)], capture_output=True, text=True, check=True)
    lines = listing.stdout.splitlines()
    assert all(" root/root " in line for line in lines)
    assert any(line.endswith("./usr/bin/ec-whatif -> /opt/ec-whatif/ec-whatif") for line in lines)
    assert any(line.endswith("./usr/share/applications/ec-whatif.desktop") for line in lines)
    assert all("2020-09-13" in line for line in lines)  # SOURCE_DATE_EPOCH 1600000000, in UTC


def test_bad_source_date_epoch_is_refused(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "１６００")
    with pytest.raises(build_deb.DebError, match="SOURCE_DATE_EPOCH"):
        build_deb.source_date_epoch()


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path):
    with pytest.raises(build_deb.DebError, match="no ec-whatif in"):
        build_deb.check_bundle(tmp_path)
