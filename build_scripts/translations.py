"""Updates the translation sources from the code and compiles them (see docs/translations.md).

    python build_scripts/translations.py            # lupdate ui/**/*.py → .ts, then lrelease → .qm
    python build_scripts/translations.py --release  # only compile .ts → .qm
    python build_scripts/translations.py --check    # exit 1 if a .qm is older than its .ts

``pmqa_th.ts`` holds every interface string; ``pmqa_en.ts`` only the plural forms, because the
source strings are English already. Both .ts and .qm are committed, so running from source needs
no build step. Source locations are left out of the .ts files (``-locations none``) so that moving
code around does not rewrite them.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # a build script works on the checkout, not on resources
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
# language → extra lupdate options
CATALOGUES = {"th": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """The PySide6 wheel's ``pyside6-<name>``, next to this Python first, then on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (local, local.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"pmqa_{lang}.ts"


def update() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang, extra in CATALOGUES.items():
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, *extra,
                        *files, "-ts", str(ts_path(lang).relative_to(ROOT))], cwd=ROOT, check=True)


def release(target: Path = TRANSLATIONS) -> list[Path]:
    """Compiles every .ts into ``target``; returns the .qm files written."""
    written = []
    for lang in CATALOGUES:
        qm = target / f"pmqa_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def stale() -> list[str]:
    """The committed .qm files that differ from a fresh compile of their .ts."""
    with tempfile.TemporaryDirectory() as temp:
        fresh = release(Path(temp))
        return [qm.name for qm in fresh
                if not (TRANSLATIONS / qm.name).exists()
                or not filecmp.cmp(qm, TRANSLATIONS / qm.name, shallow=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    mode.add_argument("--check", action="store_true", help="fail if a .qm is out of date")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale()
        if out_of_date:
            print("out of date: " + ", ".join(out_of_date) + " (run build_scripts/translations.py)")
            return 1
        return 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    from app.__main__ import make_console_safe  # the program's own guard, one definition

    make_console_safe()  # any console encoding, e.g. cp1252 under Windows
    sys.exit(main())
