"""Scripted editing for the crash-safety test; run as a child process that the test kills.

    python tests/reliability/crash_editor.py WORKSHOP.pmqa SEED DATA_DIR

Opens the workshop for editing (with the lock, as the GUI does), then edits for ever: cards
(add, edit, move, delete), initiatives and dot votes, plan items (add, edit, reorder, delete), and
now and then an automatic backup. Before each operation it prints ``B <json>``; after the operation
has returned (so it is committed) it prints ``C <json>`` and flushes; each record's ``t`` is
``time.monotonic()`` at that moment (the parent reads the same clock). Now and then it pauses a
few milliseconds between operations, as a person does, so that the parent's copies of the file
also land between writes. The parent kills it at a random moment and checks that the file holds
every ``C`` edit and nothing half-done.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app import backups, paths  # noqa: E402
from app.workshop import Workshop  # noqa: E402

STATUSES = ("planned", "in_progress", "done")
SAMPLES = ("ปรับปรุงระบบบริการประชาชน", "ข้อมูลเปิด 🌏", "Open data", "ลดขั้นตอน\nหลายบรรทัด", "שלום עולם",
           "مرحبا", "ก" * 300)


def emit(tag: str, record: dict) -> None:
    sys.stdout.write(f"{tag} {json.dumps(dict(record, t=time.monotonic()), ensure_ascii=False)}\n")
    sys.stdout.flush()


def main() -> None:
    path, seed, data = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    dirs = paths.BaseDirs(data=data / "data", config=data / "config")
    paths.base_dirs = lambda: dirs
    rng = random.Random(seed)
    w = Workshop.open(path, lock=True)
    groups = [g.id for g in w.groups()]
    questions = [q.id for p in w.pillars() for q in p.questions]
    answers = [a.id for a in w.answers()]
    initiatives = [i.id for i in w.initiatives()]
    plan = [p.id for p in w.plan_items()]
    emit("READY", {"pid": 0})
    n = 0
    while True:
        n += 1
        text = f"{seed}-{n} {rng.choice(SAMPLES)}"
        roll = rng.random()
        if roll < 0.25 or not answers:
            op = {"op": "add_answer", "g": rng.choice(groups), "q": rng.choice(questions), "text": text}
            emit("B", op)
            op["id"] = w.add_answer(op["g"], op["q"], text).new_id
            answers.append(op["id"])
        elif roll < 0.35:
            op = {"op": "edit_answer", "id": rng.choice(answers), "text": text}
            emit("B", op)
            w.edit_answer(op["id"], text)
        elif roll < 0.45:
            op = {"op": "move_answer", "id": rng.choice(answers), "q": rng.choice(questions),
                  "index": rng.randint(0, 5)}
            emit("B", op)
            w.move_answer(op["id"], op["q"], op["index"])
        elif roll < 0.52:
            op = {"op": "remove_answer", "id": answers.pop(rng.randrange(len(answers)))}
            emit("B", op)
            w.remove_answer(op["id"])
        elif roll < 0.58 or not initiatives:
            if len(initiatives) >= 8:
                op = {"op": "remove_initiative", "id": initiatives.pop(rng.randrange(len(initiatives)))}
                emit("B", op)
                w.remove_initiative(op["id"])
            else:
                op = {"op": "add_initiative", "text": text}
                emit("B", op)
                op["id"] = w.add_initiative(text).new_id
                initiatives.append(op["id"])
        elif roll < 0.70:
            op = {"op": "set_votes", "i": rng.choice(initiatives), "g": rng.choice(groups), "dots": rng.randint(0, 5)}
            emit("B", op)
            w.set_votes(op["i"], op["g"], op["dots"])
        elif roll < 0.78 or not plan:
            op = {"op": "add_plan_item", "text": text, "status": rng.choice(STATUSES)}
            emit("B", op)
            op["id"] = w.add_plan_item(activity=text, status=op["status"]).new_id
            plan.append(op["id"])
        elif roll < 0.86:
            op = {"op": "update_plan_item", "id": rng.choice(plan), "kpi": text, "status": rng.choice(STATUSES)}
            emit("B", op)
            w.update_plan_item(op["id"], kpi=text, status=op["status"])
        elif roll < 0.92:
            rng.shuffle(plan)
            op = {"op": "reorder_plan", "ids": list(plan)}
            emit("B", op)
            w.reorder_plan(list(plan))
        elif roll < 0.97:
            op = {"op": "remove_plan_item", "id": plan.pop(rng.randrange(len(plan)))}
            emit("B", op)
            w.remove_plan_item(op["id"])
        else:
            op = {"op": "backup"}
            emit("B", op)
            op["path"] = str(backups.make_backup(w, "auto", keep=3).path)
        emit("C", op)
        if rng.random() < 0.3:
            time.sleep(rng.uniform(0.005, 0.04))


if __name__ == "__main__":
    main()
