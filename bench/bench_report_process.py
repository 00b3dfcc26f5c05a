"""Benchmark: the `report` command as the user runs it, a whole process, against its floor.

Not a test. Two measurements:

* **time**: ``python -m app report STRESS.pmqa OUT.pdf`` against ``python bench/floor_report.py``
  setting the same report's text with plain reportlab (see that file), in new processes,
  alternated (report, floor, report, floor, ...) after one warm-up run of each, so a change in
  the machine's load weighs on both sides of the ratio; medians.
* **memory**: the peak resident size (``ru_maxrss`` of the child, from ``wait4``) and the time of
  ``report`` at 1 ×, 2 × and 10 × the stress workshop (``--scales 1,2,10``), with the pages made,
  so that growth can be read per page.

    python bench/bench_report_process.py [--repeat 7] [--scales 1,2,10] [--only time,memory]

Byte-code is written and used, as for an installed copy; the word list's trie is in the user's
cache (built by the warm-up run), as after a first report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.update(PYTHONPATH=str(ROOT))
FLOOR = ROOT / "bench" / "floor_report.py"


def run_child(command: list[str]) -> tuple[float, int, float]:
    """Seconds (wall), peak resident size (MB) and CPU seconds (user + system) of one child process.
    The CPU time is the steadier figure on a machine that other work shares."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise RuntimeError(f"{command} failed: {child.stderr.read().decode(errors='replace')[-2000:]}")
    child.stderr.close()
    kilobytes = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    return seconds, kilobytes // 1024, usage.ru_utime + usage.ru_stime


def report_command(source: Path, target: Path) -> list[str]:
    return [sys.executable, "-m", "app", "report", str(source), str(target), "--overwrite"]


def _paragraphs(flowable, out: list) -> None:
    """Every ThaiParagraph inside ``flowable`` (tables and kept-together groups opened), in order."""
    from app.typesetting import ThaiParagraph

    if isinstance(flowable, ThaiParagraph):
        out.append([flowable.style.fontName, flowable.style.fontSize, flowable.text])
        return
    if isinstance(flowable, (list, tuple)):
        for part in flowable:
            _paragraphs(part, out)
        return
    for attribute in ("_cellvalues", "_content"):
        inner = getattr(flowable, attribute, None)
        if inner is not None:
            _paragraphs(inner, out)


def write_text_dump(source: Path, target: Path) -> int:
    """The report's paragraphs as the floor reads them; returns how many."""
    from app.report.data import read_report_data
    from app.report.options import read_options
    from app.report.sections import ReportWriter
    from app.typesetting import font_path, register_fonts
    from app.workshop import Workshop

    workshop = Workshop.open(source, readonly=True)
    try:
        data, options = read_report_data(workshop), read_options(workshop)
    finally:
        workshop.close()
    register_fonts()
    paragraphs: list = []
    _paragraphs(ReportWriter(data, data.details.language, data.details.thai_digits, options).story(), paragraphs)
    fonts = {"Sarabun": str(font_path("Sarabun")), "Sarabun-Bold": str(font_path("Sarabun-Bold"))}
    for entry in paragraphs:
        entry[0] = "Sarabun-Bold" if "Bold" in entry[0] else "Sarabun"
    target.write_text(json.dumps({"fonts": fonts, "paragraphs": paragraphs}, ensure_ascii=False), encoding="utf-8")
    return len(paragraphs)


def stress(work: Path, scale: int) -> Path:
    from app.demo import create_stress

    path = work / f"stress-{scale}.pmqa"
    if not path.exists():
        create_stress(path, scale=scale).close()
    return path


def pages_of(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def measure_time(work: Path, repeat: int) -> list[tuple]:
    source = stress(work, 1)
    dump = work / "stress-text.json"
    count = write_text_dump(source, dump)
    commands = [report_command(source, work / "report.pdf"), [sys.executable, str(FLOOR), str(dump), str(work / "floor.pdf")]]
    for command in commands:
        run_child(command)  # warm: the file cache, byte-code, the word list's cache
    samples: list[list[tuple]] = [[], []]
    for _ in range(repeat):
        for command, runs in zip(commands, samples):
            runs.append(run_child(command))
    (report, _, report_cpu), (floor, _, floor_cpu) = (
        tuple(statistics.median(run[i] for run in runs) for i in range(3)) for runs in samples)
    spread = ", ".join(f"{r[0]:.2f}/{f[0]:.2f}" for r, f in zip(*samples))
    return [(f"`report` of the stress workshop, whole process ({pages_of(work / 'report.pdf')} pages)",
             f"{report:.2f} s vs floor {floor:.2f} s", f"{report / floor:.2f} ×", "≤ 1.5 ×", report / floor <= 1.5),
            ("… CPU time (user + system) of the same runs", f"{report_cpu:.2f} s vs floor {floor_cpu:.2f} s",
             f"{report_cpu / floor_cpu:.2f} ×", "", None),
            (f"… the floor: plain reportlab setting the same {count:,} paragraphs, whole process "
             f"({pages_of(work / 'floor.pdf')} pages)", f"wall time pairs: {spread}", "", "", None)]


def measure_memory(work: Path, scales: list[int]) -> list[tuple]:
    rows = []
    first = None
    for scale in scales:
        source = stress(work, scale)
        target = work / f"report-{scale}.pdf"
        seconds, peak, _cpu = run_child(report_command(source, target))
        pages = pages_of(target)
        first = first or (pages, peak)
        per_page = (peak - first[1]) / (pages - first[0]) if pages > first[0] else 0.0
        rows.append((f"`report` of {scale} × the stress workshop ({pages:,} pages)", f"{seconds:.2f} s, peak {peak} MB",
                     f"+{per_page * 1024:.0f} kB per page over 1 ×" if per_page else "", "", None))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scales", default="1,2,10")
    parser.add_argument("--only", default="time,memory")
    args = parser.parse_args()
    rows: list[tuple] = []
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-report-") as folder:
        work = Path(folder)
        if "time" in args.only:
            rows += measure_time(work, args.repeat)
        if "memory" in args.only:
            rows += measure_memory(work, [int(s) for s in args.scales.split(",")])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    print(f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()} {platform.release()}; commit {commit.strip()}; "
          f"load average before: {', '.join(f'{x:.2f}' for x in load)}, after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| what | measured | ratio | bar | met |")
    print("| --- | --- | --- | --- | --- |")
    for what, measured, ratio, bar, met in rows:
        print(f"| {what} | {measured} | {ratio} | {bar} | {'' if met is None else ('yes' if met else '**no**')} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
