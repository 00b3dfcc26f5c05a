"""Attaching and removing evidence for ever; run as a child process that the test kills.

    python tests/followup/evidence_writer.py WORKSHOP.pmqa SEED

Each file's bytes are made from (SEED, n) alone, so the parent can make them again and check them.
Before each operation it prints ``B <json>``; once the operation has returned (committed), ``C <json>``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.workshop import Workshop  # noqa: E402


def content(seed: int, n: int) -> bytes:
    """The bytes of the n-th file of a run: 0.2 to 3 MB, so that a kill often lands mid-write."""
    rng = random.Random(f"{seed}-{n}")
    return rng.randbytes(rng.randint(200_000, 3_000_000))


def emit(tag: str, record: dict) -> None:
    sys.stdout.write(f"{tag} {json.dumps(record)}\n")
    sys.stdout.flush()


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    w = Workshop.open(path, lock=True)
    items, checkpoints = [p.id for p in w.plan_items()], [c.id for c in w.checkpoints()]
    attached = [e.id for e in w.evidence()]
    emit("READY", {})
    n = 0
    while True:
        n += 1
        if attached and (rng.random() < 0.25 or w.evidence_held() > 60_000_000):
            op = {"op": "remove", "id": attached.pop(rng.randrange(len(attached)))}
            emit("B", op)
            w.remove_evidence(op["id"])
        else:
            op = {"op": "attach", "seed": seed, "n": n, "item": rng.choice(items), "checkpoint": rng.choice(checkpoints)}
            emit("B", op)
            op["id"] = w.attach_evidence(op["item"], op["checkpoint"], content(seed, n), name=f"scan-{seed}-{n}.pdf").new_id
            attached.append(op["id"])
        emit("C", op)


if __name__ == "__main__":
    main()
