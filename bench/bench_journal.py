"""One-row commits with synchronous=FULL in each SQLite journal mode, 10,800 rows present.

    python bench/bench_journal.py [--commits 400]

Why the workshop file uses a rollback journal (DELETE) is in app/storage/companions.py; this
measures what that costs against write-ahead logging on the machine at hand (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path


def measure(mode: str, commits: int, folder: Path) -> tuple[float, float]:
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / f"{mode}.db", isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, question INT, text TEXT, position INT)")
    conn.execute("CREATE INDEX by_question ON answers (question, position)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO answers (question, text, position) VALUES (?, ?, ?)",
                     [(n % 108, "ข้อความตัวอย่างของบัตรความคิด" * 3, n) for n in range(10_800)])
    conn.execute("COMMIT")
    times = []
    for n in range(commits):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO answers (question, text, position) VALUES (?, ?, ?)", (n % 108, "การ์ดใหม่", 99_999 + n))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for run, mode in enumerate(("wal", "delete", "wal", "delete")):  # alternated, so load weighs on both
            p50, p95 = measure(mode, args.commits, Path(folder) / str(run))
            print(f"{mode:<7} p50 {p50:.2f} ms  p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
