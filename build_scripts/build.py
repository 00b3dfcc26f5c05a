"""Build the one-folder application into dist/pmqa-workshop/, check its size and smoke-test it.

    python build_scripts/build.py            # build, check the size budget, smoke-test
    python build_scripts/build.py --check    # only check and smoke-test the existing build
    python build_scripts/build.py --bench 7  # also time its start against `python -m app`

Exit status 0 only when every requested step passed. The smoke test runs the built program
from a temporary folder outside the checkout, with an almost empty environment (no Python on
PATH, no PYTHONPATH, a fresh HOME): ``--version``, ``--self-test`` (which must include rendering
the PDF), the report and plan commands, a start of the GUI, and portable mode.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # noqa: E402

SPEC = bundle.ROOT / "build_scripts" / "pmqa-workshop.spec"
DIST = bundle.ROOT / "dist"
WORK = bundle.ROOT / "build" / "pyinstaller"
EXE_NAME = bundle.NAME + (".exe" if sys.platform == "win32" else "")
TIMEOUT = 180


class CheckFailed(Exception):
    pass


def app_dir(dist: Path = DIST) -> Path:
    return dist / bundle.NAME


def build(clean: bool, dist: Path = DIST, work: Path = WORK) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("$", " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=bundle.ROOT)
    print(f"built {app_dir(dist)} in {time.perf_counter() - started:.0f} s")


# ----------------------------------------------------------------------------------- size


def bundle_size(folder: Path) -> tuple[int, int]:
    """(bytes of file contents, bytes of disk blocks) of everything under ``folder``.

    Symlinks count as themselves, hard links once. Windows has no block counts, so there the
    second figure equals the first.
    """
    apparent = blocks = 0
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            st = os.lstat(os.path.join(root, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            if name in files or os.path.islink(os.path.join(root, name)):
                apparent += st.st_size
            blocks += getattr(st, "st_blocks", 0) * 512
    return apparent, blocks or apparent


def check_size(folder: Path, budget_mb: float) -> float:
    apparent, disk = bundle_size(folder)
    mb = max(apparent, disk) / 1e6
    print(f"size: {apparent / 1e6:.1f} MB of files, {disk / 1e6:.1f} MB on disk "
          f"({disk / 2**20:.1f} MiB); budget {budget_mb:g} MB")
    if mb > budget_mb:
        biggest = sorted(((sum(f.stat().st_size for f in p.rglob('*') if f.is_file()) if p.is_dir()
                           else p.stat().st_size, p.name) for p in (folder / "_internal").iterdir()),
                         reverse=True)[:12]
        print("biggest items in _internal/:", ", ".join(f"{n} {s / 1e6:.1f} MB" for s, n in biggest))
        raise CheckFailed(f"the bundle is {mb:.1f} MB, over the {budget_mb:g} MB budget")
    return mb


# ----------------------------------------------------------------------------------- contents


def own_modules() -> set[str]:
    """Every module of our packages, from the source tree (what the spec asks collect_submodules for)."""
    names = set()
    for package in bundle.OWN_PACKAGES:
        for path in (bundle.ROOT / package).rglob("*.py"):
            parts = path.relative_to(bundle.ROOT).with_suffix("").parts
            if parts[-1] == "__main__":  # the entry script, frozen as the program itself
                continue
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def check_own_modules(work: Path) -> None:
    """Every module of app/, ui/ and resources/ is in the frozen archive.

    ui/workshop/panel.py imports the step panels by name, so only the spec's hidden imports
    (collect_submodules, which imports the packages in a separate Python) bring them in. When that
    Python could not import them — the Windows embeddable Python ignored PYTHONPATH — the build
    succeeded, --self-test passed and the GUI opened, but every step but the home screen failed.
    """
    toc = work / bundle.NAME / "PYZ-00.toc"  # PyInstaller's list of what went into the archive
    if not toc.is_file():
        print(f"modules: {toc} not found, not checked (built elsewhere?)")
        return
    frozen = set(re.findall(r"^\s*\[?\('([\w.]+)',", toc.read_text(encoding="utf-8"), re.MULTILINE))
    missing = sorted(own_modules() - frozen)
    if missing:
        raise CheckFailed(f"{len(missing)} of our modules are not in the bundle: {', '.join(missing)}")
    print(f"ok    all {len(own_modules())} modules of {', '.join(bundle.OWN_PACKAGES)} are in the bundle")


# ----------------------------------------------------------------------------------- smoke


def clean_env(home: Path) -> dict[str, str]:
    """An environment with no trace of Python or of the developer's settings."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=system_root, PATH=rf"{system_root}\System32;{system_root}",
                   USERPROFILE=str(home), APPDATA=str(home / "Roaming"),
                   LOCALAPPDATA=str(home / "Local"), TEMP=str(home / "Temp"), TMP=str(home / "Temp"),
                   # platformdirs asks Windows for the known folders and ignores APPDATA and
                   # LOCALAPPDATA; these make it use the fresh profile too (4.14 has them; an
                   # older one ignores them, and crash_logs() also looks in the real folder)
                   WIN_PD_OVERRIDE_APPDATA=str(home / "Roaming"),
                   WIN_PD_OVERRIDE_LOCAL_APPDATA=str(home / "Local"))
        (home / "Temp").mkdir(parents=True, exist_ok=True)
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], expect: str | None = None) -> str:
    shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command))
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=TIMEOUT)
    output = result.stdout + result.stderr
    if result.returncode != 0 or (expect is not None and expect not in output):
        raise CheckFailed(f"`{shown}` exited {result.returncode}"
                          + (f" without printing {expect!r}" if expect else "") + f":\n{output}")
    print(f"ok    {shown}")
    return output


def crash_logs(home: Path) -> dict[Path, float]:
    """The crash logs the program may write (path → time written): under the smoke test's HOME,
    and on Windows in the real %LOCALAPPDATA% (platformdirs asks Windows, not the environment).
    The GUI catches an exception in a slot, writes crash.log and goes on, so exit status 0 alone
    does not prove that it opened cleanly."""
    found = list(home.rglob("crash.log"))
    if sys.platform == "win32":
        import platformdirs  # the build's Python has the application's dependencies
        found.append(Path(platformdirs.user_data_dir("PMQA-Workshop", appauthor=False)) / "crash.log")
    return {p: p.stat().st_mtime for p in found if p.is_file()}


def check_no_crash(before: dict[Path, float], home: Path) -> None:
    new = {p: t for p, t in crash_logs(home).items() if before.get(p) != t}
    if new:
        text = "\n".join(p.read_text(encoding="utf-8", errors="replace")[-3000:] for p in new)
        raise CheckFailed(f"the program wrote a crash log ({', '.join(map(str, new))}):\n{text}")


def smoke_test(folder: Path) -> None:
    exe = folder / EXE_NAME
    if not exe.is_file():
        raise CheckFailed(f"{exe} does not exist; build it first")
    with tempfile.TemporaryDirectory(prefix="pmqa-smoke-") as tmp:
        tmp = Path(tmp).resolve()
        if bundle.ROOT in tmp.parents:
            raise CheckFailed(f"the smoke test must run outside the checkout, not in {tmp}")
        home, work = tmp / "home", tmp / "work"
        home.mkdir()
        work.mkdir()
        env = clean_env(home)
        crashes_before = crash_logs(home)
        run([str(exe), "--version"], work, env, expect=bundle.version())
        output = run([str(exe), "--self-test"], work, env, expect="room input on 127.0.0.1, its server in a process of its own")
        print("      " + output.strip().replace("\n", "\n      "))
        if "ok    Thai lines break between words" not in output:  # libthai is loaded by name
            raise CheckFailed("--self-test did not show Thai lines breaking between words")
        run([str(exe), "demo", "demo.pmqa"], work, env)
        run([str(exe), "report", "demo.pmqa", "th.pdf"], work, env, expect="pages")
        run([str(exe), "report", "demo.pmqa", "en.pdf", "--lang", "en"], work, env, expect="pages")
        run([str(exe), "plan", "demo.pmqa", "plan.xlsx"], work, env)
        run([str(exe), "plan", "demo.pmqa", "plan.docx"], work, env)  # python-docx's templates
        run([str(exe), "export", "demo.pmqa", "demo.json"], work, env)
        run([str(exe), "demo.pmqa", "--exit-when-ready"], work, env)
        check_no_crash(crashes_before, home)
        print("ok    no crash log written")
        for name in ("th.pdf", "en.pdf", "plan.xlsx", "plan.docx", "demo.json"):
            if not (work / name).stat().st_size:
                raise CheckFailed(f"{name} is empty")
        leftovers = [p.name for p in home.iterdir() if "pythainlp" in p.name]
        if leftovers:
            raise CheckFailed(f"pythainlp wrote {leftovers} into HOME (read-only mode is off?)")
        smoke_portable(exe, tmp / "portable-home", work)


def smoke_portable(exe: Path, home: Path, work: Path) -> None:
    """A file named `portable` beside the executable: everything goes into pmqa-data beside it."""
    marker, data = exe.parent / "portable", exe.parent / "pmqa-data"
    if marker.exists() or data.exists():
        raise CheckFailed(f"{marker} or {data} already exists; remove them before the smoke test")
    home.mkdir()
    try:
        marker.write_text("", encoding="utf-8")
        env = clean_env(home)
        run([str(exe), "--exit-when-ready"], work, env)  # first start: creates the demo workshop
        if (data / "crash.log").exists():
            raise CheckFailed("portable mode: the program wrote a crash log:\n"
                              + (data / "crash.log").read_text(encoding="utf-8", errors="replace")[-3000:])
        workshops = list((data / "workshops").glob("*.pmqa"))
        settings = data / "settings" / "settings.json"
        if not workshops or not settings.is_file():
            found = sorted(str(p.relative_to(exe.parent)) for p in data.rglob("*")) if data.exists() else []
            raise CheckFailed(f"portable mode: expected workshops and settings in {data}, found {found}")
        in_home = [str(p.relative_to(home)) for p in home.rglob("*") if "PMQA-Workshop" in p.parts]
        if in_home:
            raise CheckFailed(f"portable mode wrote into the profile: {in_home}")
        print(f"ok    portable mode: {workshops[0].relative_to(exe.parent)}, "
              f"{settings.relative_to(exe.parent)}; nothing in the profile")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


# ----------------------------------------------------------------------------------- start time


def bench(folder: Path, runs: int, max_ratio: float = 2.0) -> tuple[float, float]:
    """Median wall time to a usable main window (``FILE --exit-when-ready``), frozen vs source."""
    exe = folder / EXE_NAME
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-") as tmp:
        tmp = Path(tmp)
        env = clean_env(tmp / "home")
        (tmp / "home").mkdir()
        demo = tmp / "demo.pmqa"
        subprocess.run([str(exe), "demo", str(demo)], check=True, env=env, capture_output=True)
        commands = {
            "frozen": [str(exe), str(demo), "--exit-when-ready"],
            "python -m app": [sys.executable, "-m", "app", str(demo), "--exit-when-ready"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(runs + 1):  # the first round warms the disk cache and is not counted
            for name, command in commands.items():
                started = time.perf_counter()
                result = subprocess.run(command, env=env, cwd=bundle.ROOT, capture_output=True,
                                        text=True, errors="replace", timeout=TIMEOUT)
                if result.returncode:
                    raise CheckFailed(f"{name} exited {result.returncode}:\n{result.stderr[-2000:]}")
                if i:
                    times[name].append(time.perf_counter() - started)
    frozen, source = (statistics.median(times[n]) for n in commands)
    print(f"start to a usable window, median of {runs}: frozen {frozen:.2f} s, "
          f"python -m app {source:.2f} s, ratio {frozen / source:.2f} (budget {max_ratio:g})")
    print("      runs: " + "; ".join(f"{n}: " + ", ".join(f"{t:.2f}" for t in ts) for n, ts in times.items()))
    if frozen > max_ratio * source:
        raise CheckFailed(f"the frozen program starts {frozen / source:.2f}× slower than python -m app")
    return frozen, source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="do not build; check the existing dist/")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--bench", type=int, metavar="RUNS", default=0,
                        help="time RUNS starts of the frozen program and of python -m app")
    parser.add_argument("--budget-mb", type=float, default=bundle.BUDGET_MB)
    parser.add_argument("--dist", type=Path, default=DIST,
                        help="folder that receives pmqa-workshop/ (build_windows.sh: build/windows/dist)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    options = parser.parse_args(argv)
    from app.__main__ import make_console_safe  # the program's own guard, one definition

    make_console_safe()  # a Thai file name on a cp1252 console or pipe must not crash us
    folder = app_dir(options.dist)
    try:
        if not options.check:
            build(options.clean, options.dist, options.work)
        check_size(folder, options.budget_mb)
        check_own_modules(options.work)
        if not options.no_smoke:
            smoke_test(folder)
        if options.bench:
            bench(folder, options.bench)
    except CheckFailed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print("all packaging checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
