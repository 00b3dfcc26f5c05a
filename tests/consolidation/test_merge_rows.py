"""Every office's rows come through combining exactly: the same content, the same order, nothing
added or lost, links followed to the same rows, and the answers under a question numbered on from
one office to the next. Speed-ups of app/merge/ (issue #21) are held to this."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Callable

from app.demo import create_demo
from app.merge.combine import merge_workshops
from app.merge.inputs import PROVENANCE_KEY, meta_value, read_input
from app.storage import ASSESSED, TABLES
from app.workshop import Workshop

OFFICE_TABLES = ("groups", "members", "answers", "assessments", "initiatives", "votes", "plan_items")
# How a template row is named in every office's file (as combining matches them).
_IDENTITY = {"pillars": ("key",), "categories": ("number",), "maturity_levels": ("value",)}


def make_office(path: Path, unit: str, merge_cards: bool) -> Path:
    create_demo(path).close()
    w = Workshop.open(path)
    try:
        w.update_details(unit=unit)
        first = w.pillars()[0].questions[0]
        w.add_answer(w.groups()[1].id, first.id, f"คำตอบเฉพาะของ{unit}")
        if merge_cards:  # a card that keeps who said what (its sources name groups by id)
            w.merge_answers([a.id for a in w.answers() if a.question_id == first.id][:3])
    finally:
        w.close()
    return path


class Content:
    """A file's rows with every id replaced by what it names, so two files can be compared."""

    def __init__(self, tables: dict[str, list[dict]], group_names: dict[int, str]):
        self.tables, self.group_names = tables, group_names
        self.by_id = {t: {r["id"]: r for r in tables[t]} for t in TABLES if "id" in TABLES[t].columns
                      and t in tables}

    def named(self, table: str, row_id: int | None):
        if row_id is None:
            return None
        row = self.by_id[table][row_id]
        if table == "groups":
            return self.group_names[row_id]
        if table == "questions":
            return self.named("pillars", row["pillar_id"]), row["key"]
        if table in _IDENTITY:
            return tuple(row[c] for c in _IDENTITY[table])
        return self.row(table, row, with_position=False)

    def row(self, table: str, row: dict, *, with_position: bool = True) -> str:
        out = {k: v for k, v in row.items() if k != "id" and (with_position or k != "position")}
        for column, link in TABLES[table].links.items():
            out[column] = self.named(link.table, row[column])
        if table == "groups":
            out["name"] = self.group_names[row["id"]]
        if table == "assessments":
            out["target_id"] = self.named(ASSESSED[row["target"]], row["target_id"])
        if table == "answers":
            out["sources"] = [dict(s, group_id=self.named("groups", s.get("group_id")))
                              for s in json.loads(row["sources"] or "[]")]
        return json.dumps(out, ensure_ascii=False, sort_keys=True)


def office_rows(content: Content, office_of: Callable[[str, dict], int]) -> dict[int, dict[str, list[str]]]:
    """office -> table -> its rows' content, in the file's order (positions as ranks within it)."""
    out: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for table in OFFICE_TABLES:
        rows = content.tables[table]
        if "position" in TABLES[table].columns:
            scope = "question_id" if table == "answers" else "group_id" if table == "members" else None
            rows = sorted(rows, key=lambda r: (r[scope] if scope else 0, r["position"], r.get("id", 0)))
        for row in rows:
            out[office_of(table, row)][table].append(content.row(table, row, with_position=False))
    return out


def test_every_office_comes_through_row_for_row(tmp_path):
    inputs = [make_office(tmp_path / f"office{n}.pmqa", f"สำนักงานเขต {n}", merge_cards=n == 2) for n in (1, 2, 3)]
    out = tmp_path / "combined.pmqa"
    merge_workshops(out, inputs)

    result = read_input(out)
    provenance = meta_value(result.tables, PROVENANCE_KEY)
    group_office = {int(k): v["source"] for k, v in provenance["groups"].items()}
    named = {int(k): f'{v["source"]}: {v["name"]}' for k, v in provenance["groups"].items()}
    row_office = {t: {int(k): v["source"] for k, v in provenance[t].items()} for t in ("initiatives", "plan_items")}

    def office_of(table: str, row: dict) -> int:
        if table in row_office:
            return row_office[table][row["id"]]
        return group_office[row["id"] if table == "groups" else row["group_id"]]

    combined = office_rows(Content(result.tables, named), office_of)

    for number, path in enumerate(inputs, 1):
        tables = read_input(path).tables
        names = {g["id"]: f'{number}: {g["name"]}' for g in tables["groups"]}  # offices share group names
        own = office_rows(Content(tables, names), lambda *_: number)
        for table in OFFICE_TABLES:
            assert combined[number][table] == own[number][table], (number, table)
            assert own[number][table] or table == "members", table  # every table has rows to compare

    # under each question the offices' answers follow one another, numbered 0, 1, 2, … without a gap
    by_question = defaultdict(list)
    for answer in sorted(result.tables["answers"], key=lambda a: a["id"]):
        by_question[answer["question_id"]].append((group_office[answer["group_id"]], answer["position"]))
    for question, numbered in by_question.items():
        assert [p for _, p in numbered] == list(range(len(numbered))), question
        assert [o for o, _ in numbered] == sorted(o for o, _ in numbered), question
    merged_card = [a for a in result.tables["answers"] if a["sources"] != "[]"]
    assert len(merged_card) == 1 and group_office[merged_card[0]["group_id"]] == 2
