"""The whole workshop as a JSON document (export and import); format in docs/json-format.md.

Import validates everything before writing anything: a wrong document leaves no file behind.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import jsonschema

from app import __version__, atomic_file
from app.errors import ExchangeError, InconsistentRowsError, StorageError, ValidationError
from app.followup import check_evidence_size
from app.resources import read_text
from app.storage import ASSESSED, TABLES, WorkshopStore
from app.text import find_broken_text
from app.workshop import Workshop

FORMAT = "pmqa-workshop"
FORMAT_VERSION = 1
MAX_BYTES = 200 * 1024 * 1024

# Exported as lists of rows; the workshop's row and the meta values have forms of their own.
_ROW_TABLES = tuple(name for name in TABLES if name not in ("workshop", "meta"))
# How to say that rows repeat a set of columns that must be unique, where "… is used twice" reads badly.
_REPEATED = {("votes", ("initiative_id", "group_id")): "voted_twice",  # codes of app/errors.py
             ("assessments", ("group_id", "target", "target_id")): "scored_twice",
             ("questions", ("pillar_id", "key")): "key_twice"}


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
    for table in _ROW_TABLES:
        doc[table] = [dict(r) for r in tables[table]]
    _convert_json_columns(dict(doc, workshop=[doc["workshop"]]), json.loads)
    for r in doc["evidence"]:  # bytes travel as base64 text, checked on import against size and sha256
        r["content"] = base64.b64encode(r["content"]).decode("ascii")
    return doc


def _convert_json_columns(tables: dict[str, list[dict]], convert) -> None:
    """JSON lists stored as text in the file, and as themselves in the document (both ways)."""
    for table in TABLES.values():
        for column in table.json_columns:
            for r in tables[table.name]:
                r[column] = convert(r[column])


def export_json(workshop: Workshop, target: Path | str, *, overwrite: bool = True) -> None:
    """Write the document atomically: a failure leaves any earlier file at ``target`` intact."""
    target = Path(target)
    text = json.dumps(to_document(workshop), ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_file.write_text(target, text, overwrite=overwrite)
    except FileExistsError:
        raise StorageError(target, "already_exists") from None
    except OSError as exc:
        raise StorageError(target, "cannot_write", system=exc.strerror or str(exc)) from None


# ----------------------------------------------------------------------------- import
def read_document(path: Path | str) -> dict:
    path = Path(path)
    source = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExchangeError(source, "", "too_large")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(source, "", "file_missing") from None
    except OSError as exc:
        raise ExchangeError(source, "", "cannot_read", system=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(source, "", "not_utf8", byte=exc.start) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(source, f"line {exc.lineno}, column {exc.colno}", "not_json", system=exc.msg) from None
    except RecursionError:
        raise ExchangeError(source, "", "too_deep") from None
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
        raise ExchangeError(source, "format", "not_an_export")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeError(source, "format_version", "export_too_new", found=version, supported=FORMAT_VERSION)
    _add_later_fields(data)
    validator = jsonschema.Draft202012Validator(workshop_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise ExchangeError(source, _place(error.absolute_path), "not_the_format", system=error.message)
    try:
        parse_template(data["template"], f"{source} (template)")
    except TemplateError as exc:
        # the template checker's own code and values: the interface says its problem in its language
        raise ExchangeError(source, f"template.{exc.place}" if exc.place else "template", exc.code,
                            **exc.values) from None

    broken = find_broken_text(data)
    if broken is not None:
        raise ExchangeError(source, _place(broken), "broken_text")
    rows: dict[str, list[dict]] = {}
    workshop = dict(data["workshop"], id=1, template_json=json.dumps(data["template"], ensure_ascii=False))
    rows["workshop"] = [workshop]
    rows["meta"] = [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in data["meta"].items()]
    for table in _ROW_TABLES:
        rows[table] = [dict(r) for r in data[table]]
    _convert_json_columns(rows, lambda value: json.dumps(value, ensure_ascii=False))
    workshop["thai_digits"] = int(workshop["thai_digits"])
    _decode_evidence(rows["evidence"], source)
    for index, checkpoint in enumerate(rows["checkpoints"]):  # the schema checks the form, not the calendar
        try:
            date.fromisoformat(checkpoint["due_date"])
        except ValueError:
            raise ExchangeError(source, f"checkpoints[{index}].due_date", "not_a_date") from None
    _check_consistency(rows, source)
    return rows


def _decode_evidence(rows: list[dict], source: str) -> None:
    """Each evidence file's base64 back to bytes, refused (the whole import) unless it is exactly the
    size and SHA-256 its row states and within the follow-up's limits (app/followup.py)."""
    held = 0
    for index, r in enumerate(rows):
        place = f"evidence[{index}].content"
        try:
            content = base64.b64decode(r["content"], validate=True)
        except (binascii.Error, ValueError):
            raise ExchangeError(source, place, "not_base64") from None
        if len(content) != r["size"]:
            raise ExchangeError(source, place, "wrong_size")
        if hashlib.sha256(content).hexdigest() != r["sha256"]:
            raise ExchangeError(source, place, "wrong_checksum")
        try:
            check_evidence_size(len(content), held)
        except ValidationError as exc:  # the same words as when the file is attached in the window
            if exc.code == "evidence_too_large":
                raise ExchangeError(source, place, "evidence_too_large", **exc.values) from None
            raise ExchangeError(source, place, "evidence_full", **exc.values) from None
        held += len(content)
        r["content"] = content


# Fields added after format 1 was first written, with the value an older document means by leaving them out.
_LATER_FIELDS = {"answers": {"origin": "", "moderation": ""}}  # room input (schema step 2)
_LATER_TABLES = ("checkpoints", "progress", "evidence")  # follow-up (schema step 3): none before


def _add_later_fields(data: dict) -> None:
    for table in _LATER_TABLES:
        data.setdefault(table, [])
    for table, defaults in _LATER_FIELDS.items():
        rows = data.get(table)
        for row in rows if isinstance(rows, list) else ():
            if isinstance(row, dict):
                for key, value in defaults.items():
                    row.setdefault(key, value)


def _check_consistency(rows: dict[str, list[dict]], source: str) -> None:
    """The rules the file enforces (keys, unique columns, links), checked with a place to name."""
    for table in _ROW_TABLES:
        for columns in (TABLES[table].key, *TABLES[table].unique):
            _refuse_repeats(rows[table], columns, table, source)
    ids = {table: {r["id"] for r in rows[table]} for table in _ROW_TABLES if TABLES[table].key == ("id",)}
    for table in _ROW_TABLES:
        for column, link in TABLES[table].links.items():
            _refuse_missing(rows, table, column, link.table, ids[link.table], source)
    levels = {m["value"] for m in rows["maturity_levels"]}
    for index, a in enumerate(rows["assessments"]):
        target = ASSESSED[a["target"]]
        if a["target_id"] not in ids[target]:
            raise ExchangeError(source, f"assessments[{index}].target_id", "no_such_row", table=target,
                                id=a["target_id"])
        if a["level"] not in levels:
            raise ExchangeError(source, f"assessments[{index}].level", "off_the_scale", level=a["level"])


def _refuse_repeats(table_rows: list[dict], columns: tuple[str, ...], table: str, source: str) -> None:
    seen = set()
    for index, r in enumerate(table_rows):
        values = tuple(r[c] for c in columns)
        if values in seen:
            # Named at the last column: the one that makes the row a repeat (a question's key).
            raise ExchangeError(source, f"{table}[{index}].{columns[-1]}", _REPEATED.get((table, columns), "used_twice"),
                                value=values[-1])
        seen.add(values)


def _refuse_missing(rows: dict[str, list[dict]], table: str, column: str, target: str, ids: set[int],
                    source: str) -> None:
    for index, r in enumerate(rows[table]):
        value = r[column]
        if value is not None and value not in ids:
            raise ExchangeError(source, f"{table}[{index}].{column}", "no_such_row", table=target, id=value)


def import_json(source_path: Path | str, target: Path | str) -> Workshop:
    """Create the workshop file ``target`` from a JSON export; writes nothing if anything is wrong."""
    source_path = Path(source_path)
    rows = document_to_rows(read_document(source_path), source_path.name)
    try:
        return Workshop(WorkshopStore.create(target, rows))
    except InconsistentRowsError as exc:  # a rule the checks above missed; the file was not created
        raise ExchangeError(source_path.name, "", "inconsistent", system=exc.detail) from None
