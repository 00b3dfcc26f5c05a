"""The packaged build carries everything the application loads at run time, and portable mode works.

The spec builds from ``build_scripts/bundle.py``; these tests check that module's lists against
the source tree and against what the application actually opens, so a new resource, font, word
list or name-loaded module cannot be forgotten. The build itself and its smoke test run in CI
(``python build_scripts/build.py``), not here.
"""

from __future__ import annotations

import ast
import fnmatch
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath

import platformdirs
import pytest

from app import __version__, paths, settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))
import bundle  # noqa: E402

REAL_BASE_DIRS = paths.base_dirs  # captured before conftest's autouse fixture replaces it
# Files under resources/ that are never loaded at run time (sources and Python byte code).
NOT_LOADED_AT_RUN_TIME = {".py", ".pyc", ".ts"}


def _bundled() -> set[str]:
    """Every destination path (forward slashes) the spec's data list puts in the bundle."""
    return {str(PurePosixPath(dest) / Path(src).name) for src, dest in bundle.datas()}


def _source_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]


# ------------------------------------------------------------------------------ resources/


def test_every_resource_file_is_bundled_at_the_same_relative_path():
    bundled = _bundled()
    missing = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if not path.is_file() or path.suffix in NOT_LOADED_AT_RUN_TIME or "__pycache__" in path.parts:
            continue
        dest = PurePosixPath(path.relative_to(ROOT).as_posix())
        if str(dest) not in bundled:
            missing.append(str(dest))
    assert not missing, f"resources not in the bundle (see bundle.RESOURCE_EXCLUDES): {missing}"


def test_every_resource_folder_reaches_the_bundle():
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    bundled_folders = {PurePosixPath(d).parts[1] for d in _bundled() if d.startswith("resources/")
                       and len(PurePosixPath(d).parts) > 2}
    assert folders <= bundled_folders, f"empty or excluded in the bundle: {folders - bundled_folders}"
    assert {"templates", "demo", "schemas", "icons"} <= bundled_folders


def test_compiled_translations_are_bundled_and_their_sources_are_not():
    bundled = _bundled()
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        assert f"resources/translations/{ts.stem}.qm" in bundled, f"{ts.stem}.qm is not bundled (run lrelease)"
        assert f"resources/translations/{ts.name}" not in bundled


def _resource_names_in_code() -> list[tuple[str, str]]:
    """String literals in app/ and ui/ that name a file under resources/ (f-string parts as *)."""
    folders = "|".join(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    literal = re.compile(rf"""f?["']((?:{folders})/[^"'\s]+)["']""")
    found = []
    for path in _source_files("app", "ui"):
        for match in literal.finditer(path.read_text(encoding="utf-8")):
            found.append((path.relative_to(ROOT).as_posix(), re.sub(r"\{[^}]*\}", "*", match.group(1))))
    return found


def test_resource_names_used_in_the_code_are_bundled():
    names = _resource_names_in_code()
    assert any(name == "schemas/workshop.schema.json" for _, name in names), "the scan is broken"
    bundled = _bundled()
    missing = [f"{where}: {name}" for where, name in names
               if not fnmatch.filter(bundled, f"resources/{name}")]
    assert not missing, f"named in the code but not in the bundle: {missing}"


# ------------------------------------------------------------------------------ fonts, word list


def _ui_font_files() -> tuple[str, ...]:
    tree = ast.parse((ROOT / "ui" / "common" / "fonts.py").read_text(encoding="utf-8"))  # no Qt import needed
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_FILES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("ui/common/fonts.py has no _FILES")


def test_every_sarabun_file_the_application_loads_is_bundled_with_its_licence():
    from app.typesetting import fonts

    bundled = _bundled()
    wanted = set(fonts._FILES.values()) | set(_ui_font_files())
    assert "Sarabun-Regular.ttf" in wanted
    missing = sorted(f for f in wanted if f"fontpkg_sarabun/files/{f}" not in bundled)
    assert not missing, f"fonts not in the bundle: {missing}"
    assert "fontpkg_sarabun/LICENSE" in bundled  # the OFL travels with the fonts


def test_the_word_list_is_bundled_and_the_other_corpora_are_left_out():
    bundled = _bundled()
    assert "pythainlp/corpus/words_th.txt" in bundled
    corpus = bundle.package_dir("pythainlp") / "corpus"
    kept = [p for p in corpus.iterdir() if bundle.keep_collected_data(f"pythainlp/corpus/{p.name}")]
    assert sorted(p.name for p in kept) == sorted(bundle.PYTHAINLP_CORPUS)
    assert sum(p.stat().st_size for p in kept) < 3_000_000  # of ~63 MB
    assert not bundle.keep_collected_data("pythainlp/corpus/wikipedia_titles_th.txt")
    assert not bundle.keep_collected_data("pythainlp\\corpus\\wordnet_th.db")  # Windows separators


_TRACE = textwrap.dedent("""
    import json, os, sys
    opened, names = set(), set()
    sys.addaudithook(lambda event, args: event == "open" and isinstance(args[0], str) and opened.add(args[0]))
    import app.resources
    real = app.resources.resource
    def recording(name):
        names.add(name)
        return real(name)
    app.resources.resource = recording
    from app import selftest
    ok = selftest.run(lambda line: None)
    print(json.dumps({"ok": ok, "opened": sorted(opened), "names": sorted(names)}))
""")


def test_files_the_application_reads_while_running_are_bundled(tmp_path):
    """Run the self-test (demo, JSON, the Thai PDF) in a fresh process, recording every file opened
    from resources/, fontpkg_sarabun and pythainlp and every resource name looked up. (Files Qt
    opens from C++ are not seen here: the GUI's resource names and fonts are checked above.)"""
    profile = {name: str(tmp_path / name) for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA",
                                                       "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env = dict(os.environ, **profile, QT_QPA_PLATFORM="offscreen", PYTHAINLP_READ_ONLY="1")
    result = subprocess.run([sys.executable, "-c", _TRACE], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    trace = json.loads(result.stdout.strip().splitlines()[-1])
    assert trace["ok"], result.stdout + result.stderr

    roots = {"resources": ROOT / "resources"}
    roots.update({name: bundle.package_dir(name) for name in ("fontpkg_sarabun", "pythainlp")})
    bundled = _bundled()
    seen, missing = set(), []
    for opened in trace["opened"]:
        path = Path(opened).resolve()
        for prefix, base in roots.items():
            if base.resolve() in path.parents and path.suffix not in (".py", ".pyc"):
                dest = f"{prefix}/{path.relative_to(base.resolve()).as_posix()}"
                seen.add(prefix)
                if dest not in bundled:
                    missing.append(dest)
    missing += [f"resources/{n}" for n in trace["names"]
                if (ROOT / "resources" / n).is_file() and f"resources/{n}" not in bundled]
    assert {"resources", "pythainlp", "fontpkg_sarabun"} <= seen, f"the trace saw too little: {seen}"
    assert "pythainlp/corpus/words_th.txt" not in missing
    assert not missing, f"read at run time but not bundled: {sorted(set(missing))}"


# ------------------------------------------------------------------------------ modules and Qt


def test_modules_loaded_by_name_are_in_packages_frozen_whole():
    tree = ast.parse((ROOT / "ui" / "workshop" / "panel.py").read_text(encoding="utf-8"))
    steps = next(node.value for node in tree.body if isinstance(node, ast.Assign)
                 and any(getattr(t, "id", "") == "STEPS" for t in node.targets))
    modules = [elt.elts[1].value for elt in steps.elts]
    assert modules and all(m.split(".")[0] in bundle.OWN_PACKAGES for m in modules)
    spec = (ROOT / "build_scripts" / "pmqa-workshop.spec").read_text(encoding="utf-8")
    assert "collect_submodules(package)" in spec and "bundle.OWN_PACKAGES" in spec


def test_the_spec_builds_from_the_bundle_lists():
    spec = (ROOT / "build_scripts" / "pmqa-workshop.spec").read_text(encoding="utf-8")
    for needle in ("datas=bundle.datas()", "bundle.keep_collected_data", "bundle.keep_binary",
                   "bundle.QT_EXCLUDES", "bundle.write_windows_version_file(workpath)", "bundle.ICON_ICO",
                   "rthook_pythainlp.py", "name=bundle.NAME"):
        assert needle in spec, needle
    assert "/usr/" not in spec and "site-packages" not in spec  # nothing tied to one machine


def _imported_top_level_names() -> set[str]:
    names = set()
    for path in _source_files("app", "ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_the_application_imports_is_excluded():
    imported = _imported_top_level_names()
    qt = {n for n in imported if re.fullmatch(r"PySide6\.Qt\w+", n)}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPdf"} <= qt
    excluded = set(bundle.QT_EXCLUDES) | set(bundle.PYTHON_EXCLUDES)
    clash = sorted(n for n in imported if n in excluded or n.split(".")[0] in excluded)
    assert not clash, f"imported by app/ or ui/ but excluded from the bundle: {clash}"


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),  # the Windows wheel's layout
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("libcups.so.2", False),
    ("libpython3.11.so.1.0", True),
])
def test_qt_plugins_and_libraries_are_filtered(dest, kept):
    assert bundle.keep_binary(dest) is kept


def test_qt_translations_are_dropped_and_other_data_kept():
    assert not bundle.keep_collected_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_collected_data("PySide6\\translations\\qtbase_de.qm")
    assert bundle.keep_collected_data("resources/translations/pmqa_th.qm")
    assert bundle.keep_collected_data("jsonschema_specifications/schemas/draft202012/metaschema.json")


def test_libraries_nothing_links_to_are_pruned_and_dangling_symlinks_dropped():
    links = {"/p/ext.so": ["libqt.so"], "/p/libqt.so": ["libicu.so"], "/p/plugin.so": ["libqt.so"],
             "/p/libicu.so": [], "/p/libgtk.so": ["libcairo.so"], "/p/libcairo.so": []}
    binaries = [("PySide6/ext.so", "/p/ext.so", "EXTENSION"), ("libqt.so", "/p/libqt.so", "BINARY"),
                ("PySide6/Qt/plugins/x/plugin.so", "/p/plugin.so", "BINARY"),
                ("libicu.so", "/p/libicu.so", "BINARY"), ("libgtk.so", "/p/libgtk.so", "BINARY"),
                ("libcairo.so", "/p/libcairo.so", "BINARY")]
    kept, dropped = bundle.prune_unreferenced_libraries(binaries, links.__getitem__)
    assert [e[0] for e in kept] == ["PySide6/ext.so", "libqt.so", "PySide6/Qt/plugins/x/plugin.so", "libicu.so"]
    assert dropped == ["libcairo.so", "libgtk.so"]
    datas = [("a.so", "libqt.so", "SYMLINK"), ("b.so", "libgtk.so", "SYMLINK"), ("c.txt", "/p/c.txt", "DATA")]
    assert [e[0] for e in bundle.drop_dangling_symlinks(kept, datas)] == ["a.so", "c.txt"]


# ------------------------------------------------------------------------------ version, icon, installer


def test_version_comes_from_pyproject_and_matches_the_application():
    assert bundle.version() == __version__


def test_windows_version_resource_carries_the_version():
    text = bundle.windows_version_text()
    call = ast.parse(text, mode="eval").body  # PyInstaller eval()s this text on Windows
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    numbers = tuple(int(n) for n in __version__.split("."))
    assert f"filevers={(numbers + (0,) * 4)[:4]}" in text
    assert text.count(repr(__version__)) == 2  # FileVersion and ProductVersion
    assert "'pmqa-workshop.exe'" in text


def test_the_icon_exists_in_png_and_ico():
    png, ico = bundle.ICON_PNG.read_bytes(), bundle.ICON_ICO.read_bytes()
    assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") == 256
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 5


def test_the_installer_installs_per_user_with_start_menu_and_file_association():
    iss = (ROOT / "build_scripts" / "installer.iss").read_text(encoding="utf-8")
    for needle in ("PrivilegesRequired=lowest", r"{localappdata}\Programs\PMQA Workshop", r"{commonpf}\PMQA Workshop", "{group}",
                   "Root: HKA", ".pmqa", "ChangesAssociations=yes", "pmqa-workshop.exe"):
        assert needle in iss, needle
    assert "Root: HKCU" not in iss and "Root: HKLM" not in iss  # HKA: the install mode's own hive
    assert not re.search(r"(?m)^\s*AppVersion\s*=\s*\d", iss), "the version comes from the built .exe"
    assert "GetVersionNumbersString" in iss


def test_an_all_users_install_adds_the_room_firewall_rule_and_its_uninstall_removes_it():
    from app.room.firewall import RULE_NAME

    iss = (ROOT / "build_scripts" / "installer.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss
    assert f'#define FirewallRule "{RULE_NAME}"' in iss  # the name the Room panel looks for
    run = iss.split("[Run]", 1)[1].split("\n[", 1)[0]
    uninstall = iss.split("[UninstallRun]", 1)[1].split("\n[", 1)[0]
    add = next(line for line in run.splitlines() if "firewall add rule" in line)
    for needle in ('name=""{#FirewallRule}""', "dir=in", "action=allow", 'program=""{app}\\{#AppExe}""',
                   "profile=private", "Check: IsAdminInstallMode"):
        assert needle in add, needle
    assert run.index("firewall delete rule") < run.index("firewall add rule")  # a reinstall: one rule
    assert 'firewall delete rule name=""{#FirewallRule}""' in uninstall and "Check: IsAdminInstallMode" in uninstall


# ------------------------------------------------------------------------------ portable mode


@pytest.fixture
def frozen_beside(tmp_path, monkeypatch):
    """Pretend to be the frozen program in ``tmp_path/app`` (conftest's base_dirs undone)."""
    folder = tmp_path / "app"
    folder.mkdir()
    monkeypatch.setattr(paths, "base_dirs", REAL_BASE_DIRS)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "pmqa-workshop"))
    return folder


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_portable_mode_keeps_workshops_backups_templates_and_settings_beside_the_executable(
        frozen_beside, marker):
    (frozen_beside / marker).write_text("", encoding="utf-8")
    data = frozen_beside / "pmqa-data"
    assert paths.library_dir() == data / "workshops"
    assert paths.backups_dir() == data / "backups"
    assert paths.user_templates_dir() == data / "templates"
    assert paths.settings_file() == data / "settings" / "settings.json"
    settings.put("ui_language", "en")
    assert json.loads((data / "settings" / "settings.json").read_text(encoding="utf-8")) == {"ui_language": "en"}
    assert paths.base_dirs().data == data


def test_frozen_without_the_marker_uses_the_profile(frozen_beside):
    assert paths.portable_root() is None
    assert paths.base_dirs().data == Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False))


def test_the_marker_is_ignored_when_running_from_source(frozen_beside, monkeypatch):
    monkeypatch.delattr(sys, "frozen")
    (frozen_beside / "portable").write_text("", encoding="utf-8")
    assert paths.portable_root() is None
