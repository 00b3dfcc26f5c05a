"""Every benchmark of PRODUCT.md's bars, side by side in one run; prints a Markdown table.

Not a test: run it on purpose on an otherwise idle machine and record the figures in
docs/BENCHMARKS.md.

    python bench/run_all.py [--repeat 5] [--skip-bundle]
        [--only start,commit,pdf,memory,bundle,growth,room,process,stress_window,merge]

Each figure is a median of several repetitions, or a percentile, taken in this one run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Byte-code is written (a shell may set PYTHONDONTWRITEBYTECODE): an installed copy runs from .pyc
# files, and without them every start would compile the changed modules again.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

BARE_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
""")


def timed(command: list[str], env: dict, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_times(commands: list[list[str]], repeat: int, env: dict, cwd: Path) -> list[float]:
    """The median time of each command. Runs alternate between the commands, so that a change in the
    machine's load while they run weighs on both sides of a ratio alike."""
    for command in commands:
        timed(command, env, cwd)  # warm the file cache: "cold" means a new process, not a cold disk
    samples = [[] for _ in commands]
    for _ in range(repeat):
        for command, times in zip(commands, samples):
            times.append(timed(command, env, cwd))
    return [statistics.median(times) for times in samples]


def bench_start(work: Path, repeat: int) -> list[tuple]:
    demo = work / "demo.pmqa"
    env = dict(ENV, XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    bare, app = median_times([[sys.executable, "-c", BARE_WINDOW],
                              [sys.executable, "-m", "app", str(demo), "--exit-when-ready"]], repeat, env, work)
    return [("cold start to a usable window (demo file)", f"{app:.2f} s vs bare window {bare:.2f} s",
             f"{app / bare:.2f} ×", "≤ 2 ×", app / bare <= 2)]


def bench_commit(work: Path, repeat: int) -> list[tuple]:
    from app.demo import create_stress

    path = work / "commit.pmqa"
    workshop = create_stress(path, scale=4)  # 4 × 25 answers per question: 10,800 answers
    try:
        group = workshop.groups()[0].id
        question = workshop.pillars()[0].questions[0].id
        present = workshop.store.count_answers()
        samples = []
        for n in range(300):
            started = time.perf_counter()
            workshop.add_answer(group, question, f"คำตอบทดสอบความเร็วในการบันทึก ลำดับที่ {n}")
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        workshop.close()
    samples.sort()
    p50, p95 = samples[len(samples) // 2], samples[int(len(samples) * 0.95)]
    return [(f"add an answer, committed (synchronous=FULL), {present:,} present",
             f"p50 {p50:.2f} ms", f"p95 {p95:.2f} ms", "p95 ≤ 20 ms", p95 <= 20)]


def _render_plain(source: Path, target: Path) -> float:
    """The yardstick: the same report with reportlab's plain Paragraph (no shaping, no segmentation)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph
    from xml.sax.saxutils import escape

    import app.report.document as document
    import app.report.sections as sections
    from app.typesetting import font_path

    for name, style in (("PlainSarabun", "Sarabun"), ("PlainSarabun-Bold", "Sarabun-Bold")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_path(style))))

    def plain(text, style):
        font = "PlainSarabun-Bold" if "Bold" in style.fontName else "PlainSarabun"
        return Paragraph(escape(text), ParagraphStyle("p", fontName=font, fontSize=style.fontSize,
                                                      leading=style.fontSize * 1.4, leftIndent=style.leftIndent,
                                                      spaceBefore=style.spaceBefore, spaceAfter=style.spaceAfter))

    originals = sections.ThaiParagraph, document.ThaiParagraph
    sections.ThaiParagraph = document.ThaiParagraph = plain
    try:
        from app.report import render_report
        started = time.perf_counter()
        render_report(source, target)
        return time.perf_counter() - started
    finally:
        sections.ThaiParagraph, document.ThaiParagraph = originals


def _render_thai(source: Path, target: Path) -> tuple[float, int]:
    from app.report import render_report
    started = time.perf_counter()
    result = render_report(source, target)
    return time.perf_counter() - started, result.pages


def bench_pdf(work: Path, repeat: int) -> list[tuple]:
    from app.demo import create_stress
    from app.report import render_report

    source = work / "stress.pmqa"
    if not source.exists():
        create_stress(source).close()
    render_report(source, work / "warm.pdf")  # load the word list and fonts once, as the app does
    thai, plain, pages = [], [], 0
    for n in range(repeat):
        seconds, pages = _render_thai(source, work / f"thai{n}.pdf")
        thai.append(seconds)
        plain.append(_render_plain(source, work / f"plain{n}.pdf"))
    t, p = statistics.median(thai), statistics.median(plain)
    return [(f"stress workshop PDF ({pages} pages)", f"{t:.2f} s", "≤ 3 s", "≤ 3 s", t <= 3),
            ("… against reportlab unshaped, unsegmented", f"{t:.2f} s vs {p:.2f} s", f"{t / p:.2f} ×", "≤ 2 ×",
             t / p <= 2)]


MEMORY_SCRIPT = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.workshop.panel import STEPS
    app = make_application()
    window = MainWindow(); window.show()
    window.open_path(Path(sys.argv[1]))
    for key, *_ in STEPS:
        window.workshop_panel.show_step(key)
        for _ in range(20):
            app.processEvents()
    report = window.workshop_panel.panels.get("report")
    if report is not None and report.task is not None:
        from PySide6.QtCore import QThreadPool
        QThreadPool.globalInstance().waitForDone(60000)
        for _ in range(20):
            app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
""")


def bench_memory(work: Path, repeat: int) -> list[tuple]:
    from app.demo import create_stress

    source = work / "stress.pmqa"
    if not source.exists():
        create_stress(source).close()
    env = dict(ENV, XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(source)], env=env, cwd=work,
                         capture_output=True, text=True, check=True).stdout
    peak = int(out.strip().splitlines()[-1])
    return [("peak memory, GUI, stress workshop, every step visited", f"{peak} MB", "", "≤ 300 MB", peak <= 300)]


def bench_bundle(work: Path, repeat: int) -> list[tuple]:
    bundle = ROOT / "dist" / "pmqa-workshop"
    exe = bundle / ("pmqa-workshop.exe" if os.name == "nt" else "pmqa-workshop")
    if not exe.exists():
        return [("packaged build", "not built (python build_scripts/build.py)", "", "≤ 150 MB, ≤ 2 ×", None)]
    sys.path.insert(0, str(ROOT / "build_scripts"))
    from build import bundle_size  # the build's own measure: symlinks and hard links count once

    size = max(bundle_size(bundle)) / 1e6
    demo = work / "demo.pmqa"
    env = dict(ENV, XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    frozen, source = median_times([[str(exe), str(demo), "--exit-when-ready"],
                                   [sys.executable, "-m", "app", str(demo), "--exit-when-ready"]], repeat, env, work)
    return [("packaged one-folder build, size", f"{size:.0f} MB", "", "≤ 150 MB", size <= 150),
            ("… start against python -m app", f"{frozen:.2f} s vs {source:.2f} s", f"{frozen / source:.2f} ×",
             "≤ 2 ×", frozen / source <= 2)]


def bench_growth(work: Path, repeat: int) -> list[tuple]:
    """How the report cost grows: demo → stress → twice the stress workshop."""
    from app.demo import create_demo, create_stress

    from app.report import render_report

    render_report(work / "demo.pmqa", work / "warm.pdf")  # word list and fonts load once per process
    rows = []
    for label, make in (("demo", lambda p: create_demo(p)), ("stress", lambda p: create_stress(p)),
                        ("2 × stress", lambda p: create_stress(p, scale=2))):
        path = work / f"growth-{label.replace(' ', '')}.pmqa"
        if not path.exists():
            make(path).close()
        times = []
        for n in range(max(1, repeat // 2)):
            seconds, pages = _render_thai(path, work / f"growth{n}.pdf")
            times.append(seconds)
        from app.workshop import Workshop
        w = Workshop.open(path, readonly=True)
        answers = w.store.count_answers()
        w.close()
        rows.append((f"report of the {label} workshop ({answers:,} answers, {pages} pages)",
                     f"{statistics.median(times):.2f} s", "", "", None))
    return rows


def bench_room(work: Path, repeat: int) -> list[tuple]:
    """Room input: 150 devices, 600 cards in 60 s and 150 votes on loopback (bench/bench_room.py)."""
    import argparse as _argparse

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_room import measure

    return measure(_argparse.Namespace(seconds=60, participants=150, groups=12, cards=600, port=8479, verbose=False))


def bench_report_process(work: Path, repeat: int) -> list[tuple]:
    """`report` as a whole process against its floor, and its peak memory at 1, 2 and 10 × the
    stress workshop (bench/bench_report_process.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_report_process import measure_memory, measure_time

    return measure_time(work, repeat) + measure_memory(work, [1, 2, 10])


def bench_stress_window(work: Path, repeat: int) -> list[tuple]:
    """Start with the stress workshop open, and resident memory with every step visited (bench/bench_gui.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_gui import rows

    return rows(work, max(repeat, 11), ["start", "memory"])


def bench_merge(work: Path, repeat: int) -> list[tuple]:
    """Combining 2, 5, 10, 20 and 50 distinct stress-size offices, whole process (bench/bench_merge.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_merge import measure

    out = []
    for offices, seconds, peak, _ in measure(work / "offices", [2, 5, 10, 20, 50], max(1, repeat // 2)):
        out.append((f"merge of {offices} stress-size offices, whole process", f"{seconds:.2f} s, peak {peak:.0f} MB",
                    f"{seconds / offices * 1000:.0f} ms an office", "50: ≤ 20 s, ≤ 400 MB",
                    (seconds <= 20 and peak <= 400) if offices == 50 else None))
    return out


BENCHES = {"start": bench_start, "commit": bench_commit, "pdf": bench_pdf, "memory": bench_memory,
           "bundle": bench_bundle, "growth": bench_growth, "room": bench_room, "process": bench_report_process,
           "stress_window": bench_stress_window, "merge": bench_merge}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default=",".join(BENCHES))
    args = parser.parse_args()
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-") as folder:
        work = Path(folder)
        from app.demo import create_demo
        create_demo(work / "demo.pmqa").close()
        for name in args.only.split(","):
            print(f"… {name}", file=sys.stderr, flush=True)
            rows += BENCHES[name](work, args.repeat)
    print(f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}\n")
    print("| what | measured | ratio / percentile | bar | met |")
    print("| --- | --- | --- | --- | --- |")
    for what, measured, ratio, bar, met in rows:
        verdict = "" if met is None else ("yes" if met else "**no**")
        print(f"| {what} | {measured} | {ratio} | {bar} | {verdict} |")
    return 0 if all(r[4] in (True, None) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
