"""What the Linux bundle trims and adds beyond PyInstaller's choice: ICU's data rebuilt small,
libthai carried for Qt's Thai word breaks (build_scripts/bundle.py, icu_data.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))
import bundle  # noqa: E402
import icu_data  # noqa: E402

LINUX = sys.platform.startswith("linux")


def _icu_library() -> Path:
    found = sorted((bundle.package_dir("PySide6") / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or not shutil.which("objdump") or not shutil.which("ld"):
        pytest.skip("needs the Linux PySide6 wheel's ICU and binutils")
    return found[0]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory):
    source = _icu_library()
    folder = tmp_path_factory.mktemp("icu")
    path, kept, total = icu_data.trimmed_library(source, bundle.keep_icu_item, folder)
    return source, path, kept, total


def test_the_icu_package_is_read_and_written_back_unchanged():
    _symbol, package = icu_data.package_from_library(_icu_library())
    header, items = icu_data.read_package(package)
    assert len(items) > 1000 and items == sorted(items)
    assert icu_data.read_package(icu_data.write_package(header, items)) == (header, items)


@pytest.mark.parametrize("name, kept", [
    ("coll/ucadata.icu", True), ("coll/root.res", True), ("coll/th.res", True), ("coll/en_GB.res", True),
    ("coll/zh.res", False), ("zone/th.res", True), ("zone/de.res", False), ("th_TH.res", True),
    ("theta.res", False), ("zoneinfo64.res", True), ("cnvalias.icu", True), ("windows-874-2000.cnv", True),
    ("gb18030.cnv", False), ("brkitr/thaidict.dict", False), ("translit/root.res", False),
    ("curr/th.res", False), ("unames.icu", False),
])
def test_icu_items_kept_are_those_qt_can_use_for_thai_and_english(name, kept):
    assert bundle.keep_icu_item(name) is kept


def test_the_trimmed_icu_library_has_the_same_symbol_and_only_the_kept_items(trimmed):
    source, path, kept, total = trimmed
    assert path.name == source.name and path.stat().st_size < 3e6 and source.stat().st_size > 30e6
    symbol, package = icu_data.package_from_library(path)
    assert symbol == icu_data.package_from_library(source)[0]
    _header, items = icu_data.read_package(package)
    original = dict(icu_data.read_package(icu_data.package_from_library(source)[1])[1])
    assert len(items) == kept < total
    assert all(original[name] == content for name, content in items)
    assert {n.split("/", 1)[1] for n, _ in items} >= {"coll/th.res", "coll/ucadata.icu", "zone/th.res", "cnvalias.icu"}


_ICU_USE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["ไก่", "ขวด", "กา", "เกม", "แก้ว", "Zebra", "apple", "file10", "file2", "โต๊ะ"]
for name in ("th_TH", "en_US"):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    print("|".join(sorted(words, key=collator.sortKey)))
    zone = QTimeZone(b"Asia/Bangkok")
    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name)))
    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.ShortName, QLocale(name)))
    print(QLocale(name).toUpper("straße"))
print([QStringDecoder(e).isValid() for e in ("TIS-620", "windows-874", "ISO-8859-11")])
"""


@pytest.mark.skipif(not LINUX, reason="the Linux bundle's ICU")
def test_qt_sorts_names_and_names_zones_in_thai_and_english_as_with_the_full_data(trimmed):
    """What Qt asks ICU for (libQt6Core imports ucol_*, ucal_*, ucnv_*, u_strTo*) comes out the
    same with the trimmed data as with the wheel's, for the interface's two languages."""
    _source, path, _kept, _total = trimmed

    def use(library_dir: str | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if library_dir:
            env["LD_LIBRARY_PATH"] = library_dir  # searched before libQt6Core's RUNPATH
        result = subprocess.run([sys.executable, "-c", _ICU_USE], env=env, capture_output=True,
                                text=True, encoding="utf-8", timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    full, small = use(None), use(str(path.parent))
    assert small == full
    assert "กา|เกม|แก้ว|ไก่|ขวด|โต๊ะ" in small and "file2|file10" in small
    assert small.strip().endswith("[True, True, True]")


def test_libthai_is_kept_although_nothing_links_to_it():
    links = {"/p/ext.so": ["libqt.so"], "/p/libqt.so": [], "/p/libthai.so.0": ["libdatrie.so.1"],
             "/p/libdatrie.so.1": [], "/p/libgtk.so": []}
    binaries = [("PySide6/ext.so", "/p/ext.so", "EXTENSION"), ("libqt.so", "/p/libqt.so", "BINARY"),
                ("libthai.so.0", "/p/libthai.so.0", "BINARY"), ("libdatrie.so.1", "/p/libdatrie.so.1", "BINARY"),
                ("libgtk.so", "/p/libgtk.so", "BINARY")]
    kept, dropped = bundle.prune_unreferenced_libraries(binaries, links.__getitem__)
    assert {e[0] for e in kept} == {"PySide6/ext.so", "libqt.so", "libthai.so.0", "libdatrie.so.1"}
    assert dropped == ["libgtk.so"]


@pytest.mark.skipif(not LINUX, reason="the Linux bundle carries libthai")
def test_libthai_and_its_dictionary_come_from_the_system_and_the_hook_points_at_them():
    (library, dest), = bundle.libthai_binaries()
    (dictionary, folder), = bundle.libthai_datas()
    assert Path(library).name == "libthai.so.0" and dest == "."
    assert Path(dictionary).name == "thbrk.tri" and f"{folder}/thbrk.tri" == bundle.LIBTHAI_DICTIONARY
    hook = (ROOT / "build_scripts" / "hooks" / "rthook_libthai.py").read_text(encoding="utf-8")
    assert "LIBTHAI_DICTDIR" in hook and '"libthai"' in hook


def test_python_docx_keeps_its_templates_but_not_their_unpacked_source():
    assert bundle.keep_collected_data("docx/templates/default.docx")
    assert bundle.keep_collected_data("docx/templates/default-styles.xml")
    assert not bundle.keep_collected_data("docx/templates/default-docx-template/word/styles.xml")


@pytest.mark.gui
def test_the_self_test_step_sees_qt_break_thai_between_words(qapp, monkeypatch):
    from ui.common import thai_breaks

    if LINUX:  # this machine has libthai (setup.sh), as the bundle does
        assert thai_breaks.check() == "|".join(thai_breaks.WORDS)
    monkeypatch.setattr(thai_breaks, "narrow_lines", lambda text: [text])  # no libthai
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(AssertionError, match="does not break Thai between words"):
        thai_breaks.check()
    words = thai_breaks.WORDS
    monkeypatch.setattr(thai_breaks, "narrow_lines", lambda text: [words[0][:2], words[0][2:], *words[1:]])
    with pytest.raises(AssertionError, match="inside words"):
        thai_breaks.check()
