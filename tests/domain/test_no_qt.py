import subprocess
import sys


def test_domain_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, gui.domain\n"
        "for m in pkgutil.walk_packages(gui.domain.__path__, 'gui.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "import gui.cli\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"gui.domain or the CLI imported Qt: {out.stdout}"
