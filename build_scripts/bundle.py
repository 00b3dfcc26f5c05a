"""What goes into the packaged application, in one place.

``pmqa-workshop.spec`` builds from these lists and ``tests/program/test_packaging.py`` checks them against
what the application loads at run time, so a new resource cannot be forgotten. This module
imports nothing outside the standard library at import time (the test must stay fast and must
not need PyInstaller); paths use ``pathlib`` and bundle destinations use forward slashes, so the
same rules work on Windows.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
NAME = "pmqa-workshop"  # the executable (pmqa-workshop.exe on Windows) and the dist/ folder
ENTRY = ROOT / "app" / "__main__.py"
ICON_PNG = ROOT / "resources" / "icons" / "app.png"
ICON_ICO = ROOT / "resources" / "icons" / "app.ico"
BUDGET_MB = 120  # PRODUCT.md: the one-folder build on disk, in MB of 10**6 bytes

# --------------------------------------------------------------------------- resources/
# resources/ is copied to resources/ in the bundle, file by file, so importlib.resources finds
# the same names frozen as from source (STYLE.md rule 7). Everything is shipped except these:
RESOURCE_EXCLUDES = {
    "__pycache__": "byte-code caches",
    "*.pyc": "byte-code caches",
    "*.py": "resources/__init__.py is frozen into the archive as the module 'resources'",
    "*.ts": "Qt Linguist sources; the application loads the compiled .qm",
}

# --------------------------------------------------------------------------- packages' data
# fontpkg_sarabun: the whole package data (all TTFs, 1.5 MB, and the OFL licence that must travel
# with the fonts); app/typesetting/fonts.py and ui/common/fonts.py find them via fontpkg_sarabun.ROOT.
FONT_PACKAGE = "fontpkg_sarabun"

# pythainlp ships ~63 MB of corpora; the hook in pyinstaller-hooks-contrib collects them all.
# We keep only what the application reads (traced with an audit hook while rendering the report
# and sorting templates; tests/program/test_packaging.py repeats the trace):
PYTHAINLP_CORPUS = {
    "words_th.txt": "newmm's dictionary (app/typesetting/dictionary.py: words)",
    "syllables_th.txt": "syllable breaks for over-long words (dictionary.py: syllables)",
    "stopwords_th.txt": "read by pythainlp.tokenize when it is imported",
}

# Our own packages are frozen whole (the spec passes collect_submodules() of each as hidden
# imports): ui/workshop/panel.py loads the step panels by name with importlib, which PyInstaller's
# import scan cannot see, and importlib.resources.files("resources") imports "resources" by name.
OWN_PACKAGES = ("app", "ui", "resources")

# --------------------------------------------------------------------------- Qt
# ui/ imports QtCore, QtGui, QtWidgets, QtPdf, QtPdfWidgets and QtPrintSupport (QtTest only in
# tests/). PyInstaller collects only the Qt modules that are imported; these excludes make sure
# no optional import (pythainlp, reportlab, PIL, ...) drags a big one in.
QT_EXCLUDES = [
    f"PySide6.{m}" for m in (
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
        "QtWebView", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D",
        "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtDesigner",
        "QtHelp", "QtUiTools", "QtSql", "QtTest", "QtSvg", "QtSvgWidgets", "QtOpenGL",
        "QtOpenGLWidgets", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
        "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine",
        "QtHttpServer", "QtNetworkAuth", "QtConcurrent", "QtAxContainer",
    )
]
QT_EXCLUDES += [
    # Linked by QtPdf/QtGui as C++ libraries (those stay), but never imported from Python.
    "PySide6.QtNetwork", "PySide6.QtDBus",
]
PYTHON_EXCLUDES = [
    "tkinter", "_tkinter", "unittest", "pydoc", "test", "lib2to3", "readline",
    # Development and test tools that happen to be installed beside the application.
    "IPython", "matplotlib", "numpy", "pandas", "scipy", "torch", "tensorflow",
    "pytest", "_pytest", "pytestqt", "hypothesis", "icu", "pdfplumber", "pdfminer", "pypdf",
    "pypdfium2", "PyInstaller",
    # No network, ever (PRODUCT.md): without ssl the bundle carries no OpenSSL (5 MB); hashlib
    # falls back to its built-in md5/sha code, which is all reportlab and openpyxl use.
    "ssl", "_ssl", "_hashlib",
    # East Asian codecs: the application reads and writes UTF-8 only.
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    # reportlab 5 imports Pillow unconditionally, so PIL and its core stay (the report could
    # embed a PNG or JPEG one day); its optional codecs and font engine (10 MB with their
    # libraries) go: AVIF, WebP, FreeType text, colour management, Tk.
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageQt",
    # python-docx (the plan as Word) reads and writes through lxml.etree alone; lxml's other
    # modules (objectify, html, schematron, sax, builder: 4 MB) are never imported.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder", "lxml.cssselect",
    "lxml.ElementInclude", "lxml.doctestcompare", "lxml.usedoctest",
    # tornado.log colours a terminal's log through curses when it can import it, and logs plain
    # text when it cannot; the room server logs nothing to a terminal (0.6 MB with ncurses).
    "curses", "_curses",
]

# Qt plugins by folder: None keeps the whole folder, a set keeps the plugins of those base names
# (file name without the extension and without a leading "lib"). Folders not listed are dropped:
# eglfs, evdev, wayland, tls, network information, svg icons, virtual keyboard...
QT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen for CI and --self-test, xcb for X11 (and XWayland), minimal as a fallback;
    # qwindows / qdirect2d on Windows, qcocoa on macOS.
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qdirect2d", "qcocoa"},
    # File dialogs through the desktop portal; not gtk3, which drags in 9 MB of GTK's own
    # dependencies (cairo, pango, gio) and finds GTK itself only if the machine has it.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    # PNG is built into QtGui; the interface's icons are drawn or PNG (.ico for Windows), and it
    # shows no photos: JPEG (0.5 MB) and GIF readers are not needed.
    "imageformats": {"qpdf", "qico"},
    "printsupport": None,  # CUPS on Linux; Windows prints without a plugin
    "styles": None,  # Windows 11 / modern Windows style
}

# Shared libraries that a dropped Qt plugin or module pulled in. Matched on the file name.
DROP_LIBRARIES = [
    # CUPS with its TLS and Kerberos chain (9 MB): Qt's print plugin uses the system's libcups,
    # which every Linux desktop that can print has; without it printing is simply unavailable.
    "libcups.so*",
    "libQt6Wayland*", "Qt6Wayland*", "libQt6Svg*", "Qt6Svg*", "libQt6Qml*", "Qt6Qml*",
    "libQt6Quick*", "Qt6Quick*", "libQt6VirtualKeyboard*", "Qt6VirtualKeyboard*",
    "libQt6EglFS*", "libQt6OpenGL.*", "Qt6OpenGL.*", "libgtk-3*", "libgdk-3*",
    "libwayland-*", "libQt6WlShellIntegration*", "opengl32sw.dll", "d3dcompiler_*.dll",
]


# --------------------------------------------------------------------------- ICU data (Linux)
# Qt Core links ICU and calls it only for collation (QCollator: Qt's file dialog sorts names with
# it), locale case mapping (no data), time zones (ids and names) and legacy encodings by name
# (libQt6Core imports ucol_*, u_strTo*, ucal_*, ucnv_* and nothing else); its line breaking is
# its own (Thai through libthai, below). build_scripts/icu_data.py rebuilds libicudata with only
# these items of the wheel's 32 MB (3,900 items); a locale missing falls back to its parent and
# then to root, as ICU always does. On Windows Qt uses Windows' own ICU, nothing is shipped.
ICU_LOCALES = ("root", "th", "en")  # the interface's languages; others sort and name as root
ICU_FOLDERS = {
    "": "locale bundles: calendar data for ucal_open, and the fallback chain of every lookup",
    "coll": "collation rules of the kept locales (QCollator)",
    "zone": "time zone names of the kept locales (QTimeZone::displayName)",
}
ICU_KEEP = {
    "pool.res": "keys shared by the locale bundles of each kept folder",
    "res_index.res": "the list of locales in each kept folder",
    "coll/ucadata.icu": "the root collation every locale's rules build on",
    "likelySubtags.res": "locale ids completed (th -> th_Thai_TH) before any lookup",
    "supplementalData.res": "calendar and week data (ucal_open)",
    "keyTypeData.res": "locale keywords (@collation=..., @calendar=...)",
    "metadata.res": "locale aliases",
    "timezoneTypes.res": "time zone ids and aliases (ucal_getCanonicalTimeZoneID)",
    "zoneinfo64.res": "the time zone rules (ucal_open)",
    "metaZones.res": "time zone names shared between zones",
    "numberingSystems.res": "digits of the localized GMT format in short zone names (GMT+7)",
    "windowsZones.res": "Windows time zone ids",
    "icuver.res": "ICU's data version",
    "icustd.res": "ICU's data version",
    "cnvalias.icu": "converter names (QStringConverter by name)",
    "windows-874-2000.cnv": "Thai legacy encoding (windows-874), for a Thai non-UTF-8 system locale",
    "ibm-874_P100-1995.cnv": "Thai legacy encoding (TIS-620 / IBM 874)",
    "iso-8859_11-2001.cnv": "Thai legacy encoding (ISO-8859-11)",
}


def keep_icu_item(name: str) -> bool:
    """Whether an ICU data item (its name inside the package, e.g. ``coll/th.res``) is kept."""
    folder, _, base = name.rpartition("/")
    if folder not in ICU_FOLDERS:
        return False
    if base in ICU_KEEP or name in ICU_KEEP:
        return True
    stem, _, extension = base.partition(".")
    return extension == "res" and any(stem == lang or stem.startswith(lang + "_") for lang in ICU_LOCALES)


# --------------------------------------------------------------------------- libthai (Linux)
# Qt breaks Thai text into lines between words only through libthai, which it loads at run time
# (QLibrary("thai", 0): no library links to it, so PyInstaller never collects it and
# prune_unreferenced_libraries would drop it). Without it every Thai run is one unbreakable word:
# labels, headers and the projector wrap only at spaces (ui/common/text_fit.py relies on it). A
# machine without libthai0 (a desktop without GTK) would lose that, so the bundle carries libthai,
# its libdatrie and its dictionary; the runtime hook points LIBTHAI_DICTDIR at the dictionary, and
# --self-test lays out a Thai sentence to prove the breaks. (Windows has no libthai: see
# docs/packaging.md.)
DLOPENED_LIBRARIES = {"libthai.so.0": "Qt's Thai word breaker (QLibrary(\"thai\", 0))"}
LIBTHAI_DICTIONARY = "libthai/thbrk.tri"  # bundle destination; the hook sets LIBTHAI_DICTDIR


def libthai_binaries() -> list[tuple[str, str]]:
    """(source, destination folder) of libthai.so.0 from this Linux system (Debian: libthai0)."""
    for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"):
        if (Path(folder) / "libthai.so.0").is_file():
            return [(str(Path(folder) / "libthai.so.0"), ".")]
    raise FileNotFoundError("libthai.so.0 not found: install libthai0 and libthai-data (setup.sh test)")


def libthai_datas() -> list[tuple[str, str]]:
    """The word-break dictionary (Debian: libthai-data), wherever this system's libthai reads it."""
    for path in (Path("/usr/share/libthai/thbrk.tri"), Path("/usr/local/share/libthai/thbrk.tri")):
        if path.is_file():
            return [(str(path), str(PurePosixPath(LIBTHAI_DICTIONARY).parent))]
    raise FileNotFoundError("thbrk.tri not found: install libthai-data (setup.sh test)")


# --------------------------------------------------------------------------- rules


def version() -> str:
    """The version in pyproject.toml (the single source the bundle and installer use)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        match = re.search(r'(?m)^version\s*=\s*"([^"]+)"', text)
        if not match:
            raise ValueError("no version in pyproject.toml") from None
        return match.group(1)
    return tomllib.loads(text)["project"]["version"]


def _excluded(relative: PurePosixPath) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in RESOURCE_EXCLUDES)


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for every shipped file under resources/."""
    base = ROOT / "resources"
    out = []
    for path in sorted(base.rglob("*")):
        relative = PurePosixPath(path.relative_to(base).as_posix())
        if path.is_file() and not _excluded(relative):
            out.append((str(path), str(PurePosixPath("resources") / relative.parent)))
    return out


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed in this Python ({sys.executable})")
    return Path(next(iter(spec.submodule_search_locations)))


def font_datas() -> list[tuple[str, str]]:
    base = package_dir(FONT_PACKAGE)
    out = []
    for path in sorted(base.rglob("*")):
        relative = PurePosixPath(path.relative_to(base).as_posix())
        if path.is_file() and not any(fnmatch.fnmatch(relative.name, p) for p in ("*.py", "*.pyc")):
            out.append((str(path), str(PurePosixPath(FONT_PACKAGE) / relative.parent)))
    return out


def pythainlp_datas() -> list[tuple[str, str]]:
    corpus = package_dir("pythainlp") / "corpus"
    return [(str(corpus / name), "pythainlp/corpus") for name in PYTHAINLP_CORPUS]


def datas() -> list[tuple[str, str]]:
    """Everything the spec passes to Analysis(datas=...)."""
    return resource_datas() + font_datas() + pythainlp_datas()


def keep_collected_data(dest: str) -> bool:
    """Filter for what hooks collected: pythainlp's corpora beyond our list are dropped, Qt's
    own translations (7 MB): Qt has none for Thai, and English needs none; and python-docx's
    unpacked template folder (0.9 MB), the source its default.docx was zipped from: python-docx
    opens templates/default.docx and the default-*.xml parts beside it, never the folder."""
    dest = PurePosixPath(dest.replace("\\", "/"))
    if dest.parts[:2] == ("pythainlp", "corpus"):
        return dest.name in PYTHAINLP_CORPUS
    if dest.parts[:1] == ("PySide6",) and "translations" in dest.parts[1:3]:
        return False
    if dest.parts[:3] == ("docx", "templates", "default-docx-template"):
        return False
    return True


def _base_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str) -> bool:
    """Filter for collected binaries: unused Qt plugin folders/plugins and their libraries go."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[0] == "PySide6" and "plugins" in parts[:-2]:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS:
            return False
        wanted = QT_PLUGINS[folder]
        return wanted is None or _base_name(parts[-1]) in wanted
    return not any(fnmatch.fnmatch(parts[-1], pattern) for pattern in DROP_LIBRARIES)


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links to directly (its DT_NEEDED entries), via binutils'
    objdump, which PyInstaller needs on Linux anyway. (PyInstaller's own get_imports runs ldd,
    which lists the whole closure, so a dropped library's dependencies would look needed.)"""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, re.M)


def prune_unreferenced_libraries(binaries: list, get_imports=elf_needed) -> tuple[list, list]:
    """Linux: drop shared libraries that no kept extension module, plugin or library links to.

    PyInstaller resolves dependencies before the spec can filter the plugins, so the libraries
    of a dropped plugin (gtk3: cairo, pango, gio...) would stay. Roots are Python extension
    modules, executables, Qt plugins and the libraries Qt loads by name (DLOPENED_LIBRARIES);
    a plain library is kept when something kept links to
    it. ``get_imports(path)`` returns the names it links to directly. Returns (kept binaries,
    dropped destination names).
    """
    def name(entry) -> str:
        return PurePosixPath(entry[0]).name

    def is_root(entry) -> bool:
        return (entry[2] != "BINARY" or "plugins" in PurePosixPath(entry[0]).parts
                or name(entry).startswith("libpython") or name(entry) in DLOPENED_LIBRARIES)

    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(name(entry), []).append(entry)
    kept_ids: set[int] = set()
    todo = [e for e in binaries if is_root(e)]
    while todo:
        entry = todo.pop()
        if id(entry) in kept_ids:
            continue
        kept_ids.add(id(entry))
        for linked in get_imports(entry[1]):
            todo.extend(by_name.get(PurePosixPath(linked).name, ()))
    kept = [e for e in binaries if id(e) in kept_ids]
    dropped = sorted(e[0] for e in binaries if id(e) not in kept_ids)
    return kept, dropped


def drop_dangling_symlinks(binaries: list, datas: list) -> list:
    """``datas`` without the symlinks (PyInstaller makes them for Qt's libraries) whose target
    was filtered out."""
    present = {e[0] for e in binaries} | {e[0] for e in datas if e[2] != "SYMLINK"}
    return [e for e in datas if e[2] != "SYMLINK" or e[1] in present]


def windows_version_text() -> str:
    """The Windows version resource in PyInstaller's version-file syntax (what
    ``pyi-grab_version`` prints), from pyproject's version. Written as text because PyInstaller's
    version classes import Windows-only modules, and this must be testable anywhere."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    numbers = tuple(numbers + [0] * (4 - len(numbers)))
    strings = {
        "CompanyName": "PMQA 4.0 Workshop",
        "FileDescription": "PMQA 4.0 Workshop",
        "FileVersion": version(),
        "InternalName": NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "PMQA 4.0 Workshop",
        "ProductVersion": version(),
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


def write_windows_version_file(folder: str | Path) -> str:
    path = Path(folder) / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(), encoding="utf-8")
    return str(path)


