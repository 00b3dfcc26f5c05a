"""What evidence in the workshop file costs (issue #23): commits, opening, a backup, at a glance.

    python bench/bench_followup.py [--evidence-mb 95] [--commits 300]

A stress workshop (10,800 cards, as the commit bench) is measured without evidence, then again
holding ``--evidence-mb`` of evidence files of 19 MB (near the 20 MB limit per file; the limit per
workshop is 100 MB). Figures go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import backups, paths  # noqa: E402
from app.demo import create_stress  # noqa: E402
from app.workshop import Workshop  # noqa: E402

MB = 1024 * 1024


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    return f"p50 {samples[len(samples) // 2]:.2f} ms, p95 {samples[int(len(samples) * 0.95)]:.2f} ms"


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def commits(workshop: Workshop, count: int, label: str) -> None:
    group, question = workshop.groups()[0].id, workshop.pillars()[0].questions[0].id
    item, checkpoint = workshop.plan_items()[0].id, workshop.checkpoints()[0].id
    cards = [timed(lambda: workshop.add_answer(group, question, f"บัตรทดสอบความเร็ว {n}")) for n in range(count)]
    progress = [timed(lambda: workshop.set_progress(item, checkpoint, percent=n % 101)) for n in range(count)]
    print(f"{label}: add an answer {percentiles(cards)}; set progress {percentiles(progress)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--evidence-mb", type=int, default=95)
    parser.add_argument("--commits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pmqa-bench-followup-") as folder:
        work = Path(folder)
        dirs = paths.BaseDirs(data=work / "data", config=work / "config")
        paths.base_dirs = lambda: dirs
        path = work / "followup.pmqa"
        create_stress(path, scale=4).close()
        workshop = Workshop.open(path)
        workshop.start_followup()
        commits(workshop, args.commits, "no evidence")
        print(f"no evidence: backup {timed(lambda: backups.make_backup(workshop, 'auto', keep=3)):.0f} ms")
        item, checkpoint = workshop.plan_items()[1].id, workshop.checkpoints()[1].id
        attach = []
        for n in range(args.evidence_mb // 19):
            content = os.urandom(19 * MB)
            attach.append(timed(lambda: workshop.attach_evidence(item, checkpoint, content, name=f"scan-{n}.pdf")))
        print(f"attach 19 MB: {', '.join(f'{t:.0f}' for t in attach)} ms; held {workshop.evidence_held() / MB:.0f} MB")
        read = timed(lambda: workshop.evidence_content(workshop.evidence()[0].id))
        print(f"read 19 MB back (sha256 checked): {read:.0f} ms")
        commits(workshop, args.commits, f"{workshop.evidence_held() / MB:.0f} MB of evidence")
        print(f"with evidence: backup {timed(lambda: backups.make_backup(workshop, 'auto', keep=3)):.0f} ms; "
              f"at a glance {timed(workshop.followup_glance):.1f} ms; file {path.stat().st_size / MB:.0f} MB")
        workshop.close()
        print(f"with evidence: open (quick_check) {timed(lambda: Workshop.open(path).close()):.0f} ms")


if __name__ == "__main__":
    main()
