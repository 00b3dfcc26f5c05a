"""How combining grows with the offices: `python -m app merge` of 2, 5, 10, 20 and 50 distinct
stress-size offices, whole process, wall time and peak resident memory.

    python bench/bench_merge.py [--offices 2,5,10,20,50] [--repeat 3] [--keep FOLDER] [--followup-mb MB]

Each office is the stress workshop (12 groups × 9 questions × 25 answers, 40 initiatives, 60 plan
items) with its own unit name, so every file has its own content fingerprint and none is set aside
as a duplicate; their initiatives carry the same titles, the worst case for the similarity search
(every initiative has a match in every other office). With ``--followup-mb`` each office has also
reported follow-up: every plan item's progress at two quarters, and that many MB of evidence in
four files (issue #23: the merge copies the evidence's bytes file to file). The offices are written once (``--keep``
reuses them between runs). Not a test: run it on an otherwise idle machine, under the shared CPU
lock, and record the figures in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
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


def add_followup(workshop, evidence_mb: float) -> None:
    """Progress of every plan item at the first two quarters, and ``evidence_mb`` of evidence."""
    workshop.start_followup()
    for checkpoint in workshop.checkpoints()[:2]:
        for item in workshop.plan_items():
            workshop.set_progress(item.id, checkpoint.id, status="in_progress", percent=50, note="ตามแผน")
    first = workshop.checkpoints()[0]
    for k, item in enumerate(workshop.plan_items()[:4]):
        workshop.attach_evidence(item.id, first.id, os.urandom(int(evidence_mb * 1024 * 1024 / 4)), name=f"scan-{k}.pdf")


def make_offices(folder: Path, count: int, evidence_mb: float = 0) -> list[Path]:
    """``count`` stress workshops, each its own office (unit), written once into ``folder``."""
    from app.demo import create_stress
    from app.workshop import Workshop

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / (f"office-{n:02d}-followup-{evidence_mb:g}mb.pmqa" if evidence_mb else f"office-{n:02d}.pmqa")
        if not path.exists():
            partial = path.with_suffix(".part")
            partial.unlink(missing_ok=True)
            create_stress(partial).close()
            workshop = Workshop.open(partial)
            workshop.update_details(unit=f"สำนักงานพัฒนาที่ดินเขต {n}")
            if evidence_mb:
                add_followup(workshop, evidence_mb)
            workshop.close()
            partial.rename(path)
        paths.append(path)
    return paths


def run_measured(command: list[str]) -> tuple[float, int]:
    """Wall time (s) and peak resident size (kB) of one child process, its own rusage."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed: {child.stderr.read().decode(errors='replace')}")
    child.stderr.close()
    return elapsed, usage.ru_maxrss


def merge_once(offices: list[Path], out: Path) -> tuple[float, int]:
    out.unlink(missing_ok=True)
    try:
        return run_measured([sys.executable, "-m", "app", "merge", str(out), *map(str, offices)])
    finally:
        out.unlink(missing_ok=True)


def measure(folder: Path, counts: list[int], repeat: int, evidence_mb: float = 0) -> list[tuple[int, float, float, list[float]]]:
    """(offices, median seconds, peak MB, every sample) per count; the counts alternate in each round,
    so a change in the machine's load weighs on all of them."""
    offices = make_offices(folder, max(counts), evidence_mb)
    merge_once(offices[:2], folder / "warm.pmqa")  # byte-code and the file cache, as for an installed copy
    samples: dict[int, list[tuple[float, int]]] = {n: [] for n in counts}
    for _ in range(repeat):
        for n in counts:
            samples[n].append(merge_once(offices[:n], folder / f"merged-{n}.pmqa"))
    return [(n, statistics.median(s for s, _ in samples[n]), max(kb for _, kb in samples[n]) / 1024,
             [s for s, _ in samples[n]]) for n in counts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", default="2,5,10,20,50")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder for the office files, reused between runs")
    parser.add_argument("--followup-mb", type=float, default=0,
                        help="each office reports follow-up with this much evidence (MB); 0: no follow-up")
    args = parser.parse_args()
    counts = [int(n) for n in args.offices.split(",")]
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-merge-") as scratch:
        rows = measure(args.keep or Path(scratch), counts, args.repeat, args.followup_mb)
    print(f"load average before/after: {os.getloadavg()[0]:.2f}")
    print("| offices | answers | merge, whole process (median) | per office | peak memory | samples |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n, seconds, peak, every in rows:
        print(f"| {n} | {n * 2700:,} | {seconds:.2f} s | {seconds / n * 1000:.0f} ms | {peak:.0f} MB | "
              f"{', '.join(f'{s:.2f}' for s in every)} |")


if __name__ == "__main__":
    main()
