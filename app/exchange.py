"""The whole workshop as a JSON document (export and import); format in docs/json-format.md.

Import validates everything before writing anything: a wrong document leaves no file behind.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

import jsonschema

from app import __version__, atomic_file
from app.errors import ExchangeError, StorageError
from app.resources import read_text
from app.storage import WorkshopStore
from app.text import BROKEN_TEXT, find_broken_text
from app.storage.store import TABLES
from app.workshop import Workshop

FORMAT = "pmqa-workshop"
FORMAT_VERSION = 1
MAX_BYTES = 200 * 1024 * 1024

_JSON_LISTS = {("workshop", "facilitators"), ("workshop", "objectives"), ("answers", "sources")}
# (table, column) -> table its value must name; (table, column, "number"/"key") for non-id links.
_REFERENCES = {
    ("members", "group_id"): "groups", ("questions", "pillar_id"): "pillars",
    ("answers", "group_id"): "groups", ("answers", "question_id"): "questions",
    ("assessments", "group_id"): "groups", ("initiatives", "pillar_id"): "pillars",
    ("initiatives", "answer_id"): "answers", ("votes", "initiative_id"): "initiatives",
    ("votes", "group_id"): "groups", ("plan_items", "pillar_id"): "pillars",
    ("plan_items", "category_id"): "categories", ("plan_items", "initiative_id"): "initiatives",
}


@lru_cache(maxsize=1)
def workshop_schema() -> dict:
    return json.loads(read_text("schemas/workshop.schema.json"))


# ----------------------------------------------------------------------------- export
def to_document(workshop: Workshop) -> dict:
    tables = workshop.store.dump()
    doc: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__}
    row = dict(tables["workshop"][0])
    del row["id"]
    doc["template"] = json.loads(row.pop("template_json"))
    row["thai_digits"] = bool(row["thai_digits"])
    doc["workshop"] = row
    doc["meta"] = {r["key"]: json.loads(r["value"]) for r in tables["meta"]}
    for table in TABLES:
        if table not in ("workshop", "meta"):
            doc[table] = [dict(r) for r in tables[table]]
    for table, column in _JSON_LISTS:
        rows = [doc["workshop"]] if table == "workshop" else doc[table]
        for r in rows:
            r[column] = json.loads(r[column])
    return doc


def export_json(workshop: Workshop, target: Path | str) -> None:
    """Write the document atomically: a failure leaves any earlier file at ``target`` intact."""
    target = Path(target)
    text = json.dumps(to_document(workshop), ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_file.write_text(target, text)
    except OSError as exc:
        raise StorageError(target, f"cannot write the file ({exc.strerror or exc})") from None


# ----------------------------------------------------------------------------- import
def read_document(path: Path | str) -> dict:
    path = Path(path)
    source = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExchangeError(source, "", "the file is larger than 200 MB; it is not a workshop export")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(source, "", "the file does not exist") from None
    except OSError as exc:
        raise ExchangeError(source, "", f"cannot read the file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(source, "", f"the file is not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(source, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise ExchangeError(source, "", "the JSON is nested too deeply") from None
    return data


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def document_to_rows(data: object, source: str) -> dict[str, list[dict]]:
    """Check a document completely and turn it into table rows; raise ExchangeError naming the place."""
    from app.templates import TemplateError, parse_template

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(source, "format", "this is not a PMQA workshop export (format must be \"pmqa-workshop\")")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeError(source, "format_version",
                            f"made by a newer version of the application (format {version}); "
                            f"this version reads format {FORMAT_VERSION}")
    validator = jsonschema.Draft202012Validator(workshop_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise ExchangeError(source, _place(error.absolute_path), error.message)
    try:
        parse_template(data["template"], f"{source} (template)")
    except TemplateError as exc:
        raise ExchangeError(source, f"template.{exc.place}" if exc.place else "template", exc.problem) from None

    broken = find_broken_text(data)
    if broken is not None:
        raise ExchangeError(source, _place(broken), BROKEN_TEXT)
    rows: dict[str, list[dict]] = {}
    workshop = dict(data["workshop"], id=1, template_json=json.dumps(data["template"], ensure_ascii=False))
    rows["workshop"] = [workshop]
    rows["meta"] = [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in data["meta"].items()]
    for table in TABLES:
        if table not in ("workshop", "meta"):
            rows[table] = [dict(r) for r in data[table]]
    for table, column in _JSON_LISTS:
        for r in rows[table]:
            r[column] = json.dumps(r[column], ensure_ascii=False)
    workshop["thai_digits"] = int(workshop["thai_digits"])
    _check_consistency(rows, source)
    return rows


def _check_consistency(rows: dict[str, list[dict]], source: str) -> None:
    ids = {}
    for table, table_rows in rows.items():
        if table in ("workshop", "meta", "votes"):
            continue
        _refuse_repeats(table_rows, "id", table, source)
        ids[table] = {r["id"] for r in table_rows}
    for (table, column), target in _REFERENCES.items():
        for index, r in enumerate(rows[table]):
            value = r[column]
            if value is not None and value not in ids[target]:
                raise ExchangeError(source, f"{table}[{index}].{column}", f"no {target} row has id {value}")
    seen_votes = set()
    for index, vote in enumerate(rows["votes"]):
        pair = (vote["initiative_id"], vote["group_id"])
        if pair in seen_votes:
            raise ExchangeError(source, f"votes[{index}]", "the group voted for this initiative twice")
        seen_votes.add(pair)
    levels = {m["value"] for m in rows["maturity_levels"]}
    seen_scores = set()
    for index, a in enumerate(rows["assessments"]):
        target = "categories" if a["target"] == "category" else "pillars"
        if a["target_id"] not in ids[target]:
            raise ExchangeError(source, f"assessments[{index}].target_id", f"no {target} row has id {a['target_id']}")
        if a["level"] not in levels:
            raise ExchangeError(source, f"assessments[{index}].level", f"{a['level']} is not on the maturity scale")
        key = (a["group_id"], a["target"], a["target_id"])
        if key in seen_scores:
            raise ExchangeError(source, f"assessments[{index}]", "the group scored this item twice")
        seen_scores.add(key)
    for table, column in (("pillars", "key"), ("categories", "number"), ("maturity_levels", "key"),
                          ("maturity_levels", "value")):
        _refuse_repeats(rows[table], column, table, source)
    seen_keys = set()
    for index, q in enumerate(rows["questions"]):
        if (q["pillar_id"], q["key"]) in seen_keys:
            raise ExchangeError(source, f"questions[{index}].key", f"{q['key']!r} appears twice in its pillar")
        seen_keys.add((q["pillar_id"], q["key"]))


def _refuse_repeats(table_rows: list[dict], column: str, table: str, source: str) -> None:
    seen = set()
    for index, r in enumerate(table_rows):
        if r[column] in seen:
            raise ExchangeError(source, f"{table}[{index}].{column}", f"{r[column]!r} is used twice")
        seen.add(r[column])


def import_json(source_path: Path | str, target: Path | str) -> Workshop:
    """Create the workshop file ``target`` from a JSON export; writes nothing if anything is wrong."""
    source_path = Path(source_path)
    rows = document_to_rows(read_document(source_path), source_path.name)
    try:
        return Workshop(WorkshopStore.create(target, rows))
    except sqlite3.IntegrityError as exc:  # a rule the checks above missed; the file was not created
        raise ExchangeError(source_path.name, "", f"the data is inconsistent ({exc})") from None
