"""The window with a big workshop: start with the stress workshop open, and resident memory once
every step has been visited, each against a bare QMainWindow process.

    python bench/bench_gui.py [--repeat 15] [--only start,memory] [--file STRESS.pmqa]

**Start**: a new process each time, ``python -m app STRESS.pmqa --exit-when-ready`` (opens the file,
shows the window, exits when the event loop is first idle) against a bare ``QMainWindow`` shown
the same way, offscreen; one warm-up run of each, then pairs of runs in alternating order, so a
change in the machine's load weighs on both sides; the median of the pairs' ratios (and the
medians of each side).

**Memory**: the main window offscreen opens the stress workshop, visits every step in order (each
panel built and drawn, the report preview rendered), then reads ``VmRSS`` (resident now) and
``VmHWM`` (the peak) from /proc/self/status; the bare window the same way. Several runs, medians.

Not a test: run it on purpose, under the shared CPU lock, and record the figures in
docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from run_all import BARE_WINDOW, ENV  # noqa: E402  (the same bare window and environment as run_all's start)

_STATUS = textwrap.dedent("""
    def status():
        fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
        return " ".join(str(int(fields[k].split()[0]) // 1024) for k in ("VmRSS", "VmHWM"))
""")

BARE_MEMORY = _STATUS + textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.show()
    for _ in range(20):
        app.processEvents()
    print(status())
""")

EVERY_STEP = _STATUS + textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QThreadPool
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.workshop.panel import STEPS
    app = make_application()
    window = MainWindow(); window.resize(1366, 768); window.show()
    window.open_path(Path(sys.argv[1]))
    for key, *_ in STEPS:
        window.workshop_panel.show_step(key)
        for _ in range(20):
            app.processEvents()
    QThreadPool.globalInstance().waitForDone(60000)  # the report preview renders on the pool
    for _ in range(20):
        app.processEvents()
    print(status())
""")


def stress_file(folder: Path) -> Path:
    from app.demo import create_stress

    path = folder / "stress.pmqa"
    if not path.exists():
        create_stress(path).close()
    return path


def _env(folder: Path) -> dict:
    return dict(ENV, XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"))


def _timed(command: list[str], env: dict, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure_start(folder: Path, repeat: int, file: Path) -> dict:
    """Bare window and the app with ``file`` open: medians, and the median ratio of paired runs."""
    env = _env(folder)
    bare = [sys.executable, "-c", BARE_WINDOW]
    app = [sys.executable, "-m", "app", str(file), "--exit-when-ready"]
    _timed(bare, env, folder), _timed(app, env, folder)  # warm the disk cache and write byte-code
    bares, apps = [], []
    for n in range(repeat):
        pair = (bare, app) if n % 2 == 0 else (app, bare)
        first, second = (_timed(c, env, folder) for c in pair)
        bares.append(first if n % 2 == 0 else second)
        apps.append(second if n % 2 == 0 else first)
    ratios = [a / b for a, b in zip(apps, bares)]
    return {"bare": statistics.median(bares), "app": statistics.median(apps), "ratio": statistics.median(ratios),
            "ratios": ratios}


def _memory_once(script: str, env: dict, folder: Path, *args: str) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, cwd=folder, capture_output=True,
                         text=True, check=True).stdout
    rss, hwm = out.strip().splitlines()[-1].split()
    return int(rss), int(hwm)


def measure_memory(folder: Path, repeat: int, file: Path) -> dict:
    """Resident (MB) now and at the peak, for the bare window and for every step visited."""
    env = _env(folder)
    bare = [_memory_once(BARE_MEMORY, env, folder) for _ in range(repeat)]
    steps = [_memory_once(EVERY_STEP, env, folder, str(file)) for _ in range(repeat)]
    return {"bare_rss": statistics.median(r for r, _ in bare), "bare_hwm": statistics.median(h for _, h in bare),
            "rss": statistics.median(r for r, _ in steps), "hwm": statistics.median(h for _, h in steps)}


def rows(folder: Path, repeat: int, only: list[str], file: Path | None = None) -> list[tuple]:
    """Table rows as bench/run_all.py prints them: (what, measured, ratio, bar, met)."""
    file = file or stress_file(folder)
    out = []
    if "start" in only:
        s = measure_start(folder, repeat, file)
        out.append(("start with the stress workshop open", f"{s['app']:.3f} s vs bare window {s['bare']:.3f} s",
                    f"{s['ratio']:.2f} × (median of {len(s['ratios'])} pairs)", "≤ 1.5 ×", s["ratio"] <= 1.5))
    if "memory" in only:
        m = measure_memory(folder, max(1, repeat // 5), file)
        out.append(("resident memory, GUI, stress workshop, every step visited",
                    f"{m['rss']:.0f} MB (peak {m['hwm']:.0f} MB) vs bare window {m['bare_rss']:.0f} MB", "",
                    "≤ 200 MB", m["rss"] <= 200 and m["hwm"] <= 200))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", default="start,memory")
    parser.add_argument("--file", type=Path, help="the workshop to open (default: a new stress workshop)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-gui-") as scratch:
        table = rows(Path(scratch), args.repeat, args.only.split(","), args.file)
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print("| what | measured | ratio | bar | met |")
    print("| --- | --- | --- | --- | --- |")
    for what, measured, ratio, bar, met in table:
        print(f"| {what} | {measured} | {ratio} | {bar} | {'yes' if met else '**no**'} |")


if __name__ == "__main__":
    main()
