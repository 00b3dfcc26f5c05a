"""The tables are declared once (app/storage/tables.py); the file and the JSON format must agree with it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.resources import read_text
from app.storage.tables import TABLES, dependents


@pytest.fixture
def created(workshop_path):
    conn = sqlite3.connect(workshop_path)
    yield conn
    conn.close()


def test_declared_tables_are_exactly_the_tables_of_a_new_file(created):
    found = {name for (name,) in created.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert found == set(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_declared_columns_and_key_are_those_of_the_file(created, table):
    info = created.execute(f"PRAGMA table_info({table})").fetchall()
    assert {row[1] for row in info} == set(TABLES[table].columns)
    key = tuple(row[1] for row in sorted(info, key=lambda row: row[5]) if row[5])
    assert key == TABLES[table].key


@pytest.mark.parametrize("table", TABLES)
def test_declared_links_are_the_foreign_keys_of_the_file(created, table):
    # PRAGMA foreign_key_list: (id, seq, table, from, to, on_update, on_delete, match)
    found = {row[3]: (row[2], row[4], row[6]) for row in created.execute(f"PRAGMA foreign_key_list({table})")}
    declared = {column: (link.table, "id", link.on_delete) for column, link in TABLES[table].links.items()}
    assert found == declared


@pytest.mark.parametrize("table", TABLES)
def test_declared_unique_columns_are_the_unique_indexes_of_the_file(created, table):
    unique = set()
    for _, name, is_unique, origin, _partial in created.execute(f"PRAGMA index_list({table})"):
        if is_unique and origin == "u":
            unique.add(tuple(row[2] for row in created.execute(f"PRAGMA index_info({name})")))
    assert unique == set(TABLES[table].unique)


@pytest.mark.parametrize("table", [name for name in TABLES if name != "meta"])
def test_the_json_format_names_every_column_of_every_table(table):
    schema = json.loads(read_text("schemas/workshop.schema.json"))["properties"][table]
    described = schema["required"] if table == "workshop" else schema["items"]["required"]
    # The export leaves out the workshop row's fixed id and gives its template as a document of its own.
    expected = set(TABLES[table].columns) - ({"id", "template_json"} if table == "workshop" else set())
    assert set(described) == expected


def test_removing_a_group_takes_its_members_cards_scores_and_votes():
    assert dependents("groups") == [("members", "group_id", "CASCADE"), ("answers", "group_id", "CASCADE"),
                                    ("assessments", "group_id", "CASCADE"), ("votes", "group_id", "CASCADE")]


def test_plan_fields_and_statuses_are_the_same_in_the_core_and_both_json_formats():
    from app.model import PLAN_FIELD_KEYS, PLAN_STATUSES

    template = json.loads(read_text("templates/template.schema.json"))["$defs"]
    workshop = json.loads(read_text("schemas/workshop.schema.json"))["properties"]["plan_items"]["items"]
    assert template["plan_field"]["properties"]["key"]["enum"] == list(PLAN_FIELD_KEYS)
    assert template["plan_status"]["properties"]["key"]["enum"] == list(PLAN_STATUSES)
    assert workshop["properties"]["status"]["enum"] == list(PLAN_STATUSES)
