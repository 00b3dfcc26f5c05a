"""The tables of the workshop file, declared once: columns, keys, links, JSON columns, order.

The rest of the core derives from this declaration instead of spelling tables out again: the JSON
export and its checks (``app/exchange.py``), combining offices (``app/merge/``), the rows a removal
takes with it (``snapshots.py``) and reading whole tables (``store.py``). A table's columns are the
fields of its domain record in ``app/model.py``, so a column is named in the record, the SQL of
the migration that made it, and nowhere else; ``tests/storage/test_tables.py`` checks that this
declaration and the migrated database agree, column by column and link by link.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from app.model import (
    AgendaItem, Answer, Assessment, Category, Checkpoint, Details, Evidence, Group, Initiative, MaturityLevel,
    Member, Pillar, PlanItem, Progress, Question, Vote,
)

CASCADE, SET_NULL = "CASCADE", "SET NULL"  # what deleting the row a link names does to the linking row


class Link(NamedTuple):
    """A column that holds the id of a row of ``table``."""
    table: str
    on_delete: str = CASCADE


class Table(NamedTuple):
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...] = ("id",)
    links: dict[str, Link] = {}                     # column -> the table it points into
    unique: tuple[tuple[str, ...], ...] = ()        # column sets no two rows share (besides the key)
    json_columns: tuple[str, ...] = ()              # text columns holding JSON lists
    order: str = "id"                               # how a whole table is read


def _columns(record: type, *nested: str) -> tuple[str, ...]:
    """The record's fields that are columns (not the rows of another table it carries)."""
    return tuple(f for f in record._fields if f not in nested)


# In an order where every row's parents come first (the order tables are filled in).
TABLES: dict[str, Table] = {t.name: t for t in (
    Table("workshop", ("id", *Details._fields, "template_json", "created_at", "updated_at"),
          json_columns=("facilitators", "objectives")),
    Table("meta", ("key", "value"), key=("key",), order="key"),
    Table("groups", _columns(Group, "members")),
    Table("members", _columns(Member), links={"group_id": Link("groups")}),
    Table("pillars", _columns(Pillar, "questions"), unique=(("key",),)),
    Table("questions", _columns(Question), links={"pillar_id": Link("pillars")}, unique=(("pillar_id", "key"),)),
    Table("categories", _columns(Category), unique=(("number",),)),
    Table("maturity_levels", _columns(MaturityLevel), unique=(("key",), ("value",))),
    Table("agenda_items", _columns(AgendaItem)),
    Table("answers", _columns(Answer), links={"group_id": Link("groups"), "question_id": Link("questions")},
          json_columns=("sources",)),
    # target_id names a row of the table ASSESSED[target]: a link SQLite cannot declare.
    Table("assessments", _columns(Assessment), links={"group_id": Link("groups")},
          unique=(("group_id", "target", "target_id"),)),
    Table("initiatives", _columns(Initiative),
          links={"pillar_id": Link("pillars", SET_NULL), "answer_id": Link("answers", SET_NULL)}),
    Table("votes", _columns(Vote), key=("initiative_id", "group_id"), order="initiative_id, group_id",
          links={"initiative_id": Link("initiatives"), "group_id": Link("groups")}),
    Table("plan_items", _columns(PlanItem),
          links={"pillar_id": Link("pillars", SET_NULL), "category_id": Link("categories", SET_NULL),
                 "initiative_id": Link("initiatives", SET_NULL)}),
    # Follow-up (schema step 3). An evidence row's bytes are its ``content`` column, read only on demand.
    Table("checkpoints", _columns(Checkpoint)),
    Table("progress", _columns(Progress), links={"plan_item_id": Link("plan_items"),
                                                 "checkpoint_id": Link("checkpoints")},
          unique=(("plan_item_id", "checkpoint_id"),)),
    Table("evidence", (*Evidence._fields, "content"), links={"progress_id": Link("progress")}),
)}

ASSESSED = {"category": "categories", "pillar": "pillars"}  # an assessment's target -> its table


def dependents(table: str) -> list[tuple[str, str, str]]:
    """(child table, linking column, what deleting a ``table`` row does to it), children in table order."""
    return [(child.name, column, link.on_delete) for child in TABLES.values()
            for column, link in child.links.items() if link.table == table]


def encoded(table: str, row: dict) -> dict:
    """``row`` as the file stores it: the table's JSON columns (lists) as text."""
    columns = TABLES[table].json_columns
    return {k: json.dumps(list(v), ensure_ascii=False) if k in columns else v for k, v in row.items()}


def decoded(table: str, row: dict) -> dict:
    """``row`` as the records hold it: the table's JSON columns as tuples."""
    columns = TABLES[table].json_columns
    return {k: _listed(v) if k in columns else v for k, v in row.items()}


def _listed(text: str | None) -> tuple:
    # Most cards have no sources: skipping the parser for "[]" halves reading a full question.
    return () if not text or text == "[]" else tuple(json.loads(text))


def row_of(record: NamedTuple, table: str) -> dict:
    """A domain record as a row of ``table`` (its nested records left out)."""
    return {column: getattr(record, column) for column in TABLES[table].columns}
