"""The template file format: reading a template's JSON, checking it completely and turning it
into the model, and back into JSON.

The rules are in ``resources/templates/template.schema.json`` (explained for agencies in
``docs/templates.md``); what JSON Schema cannot state is checked here by hand, and every schema
error is explained in a plain sentence for someone editing the file in a text editor.
Imported through ``app.templates``.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any, Iterable

from app import resources
from app.model import PLAN_FIELD_KEYS, PLAN_STATUSES
from app.templates.model import (
    AgendaEntry, Category, Enabler, MaturityLevel, Pillar, PlanField, PlanStatus, Question, Slide,
    Template, TemplateError, Text,
)
from app.text import BROKEN_TEXT, find_broken_text

FORMAT = "pmqa-workshop-template"
FORMAT_VERSION = 1
BUILTIN_ID = "pmqa4-gov4"
BUILTIN_RESOURCE = "templates/pmqa4-gov4.json"
SCHEMA_RESOURCE = "templates/template.schema.json"
# A real template is ~50 KB; the cap keeps a wrong file picked by mistake from being read whole.
MAX_FILE_BYTES = 2 * 1024 * 1024

PILLAR_AGENDA_KINDS = ("group_work", "report_back")


# --- reading and checking ----------------------------------------------------------------------

def parse_template(data: object, source: str) -> Template:
    """Check ``data`` (parsed JSON) completely and build the template; raise TemplateError if bad."""
    _check_format(data, source)
    error = _first_schema_error(data)
    if error is not None:
        place, problem = _explain_schema_error(error)
        raise TemplateError(source, place, problem)
    _check_meaning(data, source)  # type: ignore[arg-type]  # the schema made it a dict
    broken = find_broken_text(data)
    if broken is not None:
        raise TemplateError(source, _path_text(broken), BROKEN_TEXT)
    return _build(data)  # type: ignore[arg-type]


def load_template(path: str | os.PathLike[str]) -> Template:
    path = Path(path)
    data = _read_json(path)
    return parse_template(data, path.name)


@functools.cache
def builtin_template() -> Template:
    data = _decode_json(resources.read_text(BUILTIN_RESOURCE), BUILTIN_RESOURCE)
    return parse_template(data, BUILTIN_RESOURCE)


def _read_json(path: Path) -> object:
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TemplateError(
                source, "",
                f"the file is too large for a template ({size / 1024 / 1024:.1f} MB; the limit is "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(source, "", f"the file cannot be read ({exc.strerror or exc})") from exc
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark, and agencies edit in it.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            source, "", f"the file is not UTF-8 text (invalid byte at position {exc.start})") from exc
    return _decode_json(text, source)


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys silently; in a hand-edited file that hides a mistake.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _decode_json(text: str, source: str) -> object:
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except _DuplicateKeyError as exc:
        raise TemplateError(source, "", f'the field "{exc.key}" appears twice in one object') from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(
            source, "", f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise TemplateError(source, "", "the JSON is nested too deeply to be a template") from exc


def _check_format(data: object, source: str) -> None:
    # Checked before the schema: a file of a newer format may differ anywhere, and "field X is
    # missing" would hide the one thing the user needs to hear.
    if not isinstance(data, dict):
        raise TemplateError(source, "", f"a template is a JSON object, but this file holds {_kind_of(data)}")
    if data.get("format") != FORMAT:
        problem = ('the "format" field is missing' if "format" not in data
                   else f'"format" should be "{FORMAT}"')
        raise TemplateError(source, "format", f"this is not a workshop template: {problem}")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise TemplateError(
            source, "format_version",
            f"made for a newer version of the application (format {version}); "
            f"this version reads format {FORMAT_VERSION}")


@functools.cache
def _validator():
    # Imported here: jsonschema costs ~0.1 s, and the app must start fast.
    import jsonschema

    schema = json.loads(resources.read_text(SCHEMA_RESOURCE))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _first_schema_error(data: object):
    from jsonschema.exceptions import best_match

    return best_match(_validator().iter_errors(data))


def _path_text(parts: Iterable[object]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TYPE_WORDS = {
    "object": "an object ({...})", "array": "a list ([...])", "string": "a text in quotes",
    "integer": "a whole number", "number": "a number", "boolean": "true or false",
}


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    return "a list" if isinstance(value, list) else "an object"


def quoted(value: object) -> str:
    """A value as it looks in the file, cut short, for a problem message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _explain_schema_error(error) -> tuple[str, str]:
    """Turn a jsonschema error into (place, a plain sentence) for someone editing the file by hand."""
    path = list(error.absolute_path)
    rule, expected, value, schema = error.validator, error.validator_value, error.instance, error.schema
    # These two are reported on the object that holds the field, but the user looks for the field.
    if rule == "required":
        missing = next((name for name in expected if name not in value), expected[0])
        return _path_text(path + [missing]), "this required field is missing"
    if rule == "additionalProperties":
        unknown = sorted(set(value) - set(schema.get("properties", {})))
        return (_path_text(path + unknown[:1]),
                "this field is not part of the template format (check its spelling)")
    place = _path_text(path)
    # A blank text breaks a pattern or a minimum length, but "empty" is what the user needs to hear.
    if rule in ("pattern", "minLength") and isinstance(value, str) and not value.strip():
        return place, "must not be empty"
    explain = _RULE_SENTENCES.get(rule)
    return place, explain(expected, value, schema) if explain else error.message


def _wrong_type(expected, value, schema: dict) -> str:
    # A bilingual text's own description names its "th" and "en" fields, which "an object" would not.
    if schema.get("title") == "bilingual text":
        return f"should be {schema['description']}, not {_kind_of(value)}"
    return f"should be {_TYPE_WORDS.get(expected, expected)}, not {_kind_of(value)}"


# For the remaining rules: a sentence from what the rule expected, the value found and the schema.
# A rule not listed keeps jsonschema's own message.
_RULE_SENTENCES = {
    "type": _wrong_type,
    "pattern": lambda expected, value, schema:
        f"{quoted(value)} is not valid here: use {schema.get('description', 'the expected form')}",
    "maxLength": lambda expected, value, schema: f"is too long (at most {expected} characters)",
    "enum": lambda expected, value, schema:
        f"{quoted(value)} is not allowed here; use one of: {', '.join(expected)}",
    "const": lambda expected, value, schema: f"should be {quoted(expected)}",
    "minItems": lambda expected, value, schema:
        f"needs at least {expected} item{'s' if expected != 1 else ''}, found {len(value)}",
    "maxItems": lambda expected, value, schema: f"may have at most {expected} items, found {len(value)}",
    "minimum": lambda expected, value, schema: f"should be at least {expected}, not {quoted(value)}",
    "maximum": lambda expected, value, schema: f"should be at most {expected}, not {quoted(value)}",
}


def _check_unique(items: list[dict], field: str, where: str, what: str, source: str) -> None:
    seen: dict[object, int] = {}
    for index, item in enumerate(items):
        key = item[field]
        if key in seen:
            raise TemplateError(
                source, f"{where}[{index}].{field}",
                f"{quoted(key)} is used twice: {what} must each have their own {field} "
                f"(the first is {where}[{seen[key]}])")
        seen[key] = index


def _check_meaning(data: dict, source: str) -> None:
    """The rules JSON Schema cannot state: uniqueness, ordering and cross-references."""
    pillars = data["pillars"]
    _check_unique(pillars, "key", "pillars", "pillars", source)
    for index, pillar in enumerate(pillars):
        _check_unique(pillar["questions"], "key", f"pillars[{index}].questions",
                      "the questions of a pillar", source)
    _check_unique(data["briefing"], "key", "briefing", "slides", source)
    _check_unique(data["enablers"], "key", "enablers", "enablers", source)
    _check_unique(data["pmqa_categories"], "number", "pmqa_categories", "categories", source)
    _check_unique(data["maturity_scale"], "key", "maturity_scale", "maturity levels", source)
    # The plan table, its storage and the PDF are built on these fixed keys: labels may change,
    # the set may not.
    for where, required in (("plan_fields", PLAN_FIELD_KEYS), ("plan_statuses", PLAN_STATUSES)):
        _check_unique(data[where], "key", where, where.replace("_", " "), source)
        missing = [key for key in required if key not in {item["key"] for item in data[where]}]
        if missing:
            raise TemplateError(source, where, f"{quoted(missing[0])} is missing; each of these "
                                               f"must appear once: {', '.join(required)}")

    levels = data["maturity_scale"]
    for index in range(1, len(levels)):
        if levels[index]["value"] <= levels[index - 1]["value"]:
            raise TemplateError(
                source, f"maturity_scale[{index}].value",
                f"must be greater than the value of the level before it "
                f"({levels[index - 1]['value']}): levels go from lowest to highest")

    pillar_keys = [pillar["key"] for pillar in pillars]
    for index, entry in enumerate(data["agenda"]):
        if "pillar" not in entry:
            continue
        if entry["kind"] not in PILLAR_AGENDA_KINDS:
            raise TemplateError(source, f"agenda[{index}].pillar",
                                "only group work and report-back items can be tied to a pillar")
        if entry["pillar"] not in pillar_keys:
            raise TemplateError(source, f"agenda[{index}].pillar",
                                f"there is no pillar {quoted(entry['pillar'])}; "
                                f"the pillars are: {', '.join(pillar_keys)}")


# --- JSON <-> model ----------------------------------------------------------------------------

def _text(data: dict) -> Text:
    return Text(th=data["th"], en=data["en"])


def _texts(items: list[dict]) -> tuple[Text, ...]:
    return tuple(_text(item) for item in items)


def _build(data: dict) -> Template:
    return Template(
        id=data["id"],
        version=data["version"],
        builtin=data["builtin"],
        name=_text(data["name"]),
        description=_text(data["description"]),
        objectives=_texts(data["objectives"]),
        benefits=_texts(data["benefits"]),
        default_start=data["default_start"],
        agenda=tuple(
            AgendaEntry(e["kind"], _text(e["title"]), int(e["minutes"]), e.get("pillar"))
            for e in data["agenda"]),
        briefing=tuple(
            Slide(s["key"], _text(s["title"]), _texts(s["points"]),
                  _text(s["note"]) if "note" in s else None)
            for s in data["briefing"]),
        pillars=tuple(
            Pillar(p["key"], _text(p["name"]), _text(p["short_name"]), _text(p["summary"]),
                   tuple(Question(q["key"], _text(q["text"]), _text(q["help"]))
                         for q in p["questions"]))
            for p in data["pillars"]),
        enablers=tuple(
            Enabler(e["key"], _text(e["name"]), _text(e["description"])) for e in data["enablers"]),
        categories=tuple(
            Category(int(c["number"]), _text(c["name"]), _text(c["description"]))
            for c in data["pmqa_categories"]),
        maturity_scale=tuple(
            MaturityLevel(m["key"], int(m["value"]), _text(m["name"]), _text(m["description"]))
            for m in data["maturity_scale"]),
        plan_fields=tuple(
            PlanField(f["key"], _text(f["label"]), _text(f["help"])) for f in data["plan_fields"]),
        plan_statuses=tuple(PlanStatus(s["key"], _text(s["name"])) for s in data["plan_statuses"]),
    )


def _text_dict(text: Text) -> dict:
    return {"th": text.th, "en": text.en}


def template_to_dict(t: Template) -> dict:
    """The JSON form of ``t``; ``parse_template(template_to_dict(t), ...) == t``."""
    agenda = []
    for entry in t.agenda:
        item: dict[str, Any] = {"kind": entry.kind, "title": _text_dict(entry.title),
                                "minutes": entry.minutes}
        if entry.pillar is not None:
            item["pillar"] = entry.pillar
        agenda.append(item)
    briefing = []
    for slide in t.briefing:
        item = {"key": slide.key, "title": _text_dict(slide.title),
                "points": [_text_dict(p) for p in slide.points]}
        if slide.note is not None:
            item["note"] = _text_dict(slide.note)
        briefing.append(item)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": t.id,
        "version": t.version,
        "builtin": t.builtin,
        "name": _text_dict(t.name),
        "description": _text_dict(t.description),
        "objectives": [_text_dict(x) for x in t.objectives],
        "benefits": [_text_dict(x) for x in t.benefits],
        "default_start": t.default_start,
        "agenda": agenda,
        "briefing": briefing,
        "pillars": [
            {"key": p.key, "name": _text_dict(p.name), "short_name": _text_dict(p.short_name),
             "summary": _text_dict(p.summary),
             "questions": [{"key": q.key, "text": _text_dict(q.text), "help": _text_dict(q.help)}
                           for q in p.questions]}
            for p in t.pillars],
        "enablers": [{"key": e.key, "name": _text_dict(e.name),
                      "description": _text_dict(e.description)} for e in t.enablers],
        "pmqa_categories": [{"number": c.number, "name": _text_dict(c.name),
                             "description": _text_dict(c.description)} for c in t.categories],
        "maturity_scale": [{"key": m.key, "value": m.value, "name": _text_dict(m.name),
                            "description": _text_dict(m.description)} for m in t.maturity_scale],
        "plan_fields": [{"key": f.key, "label": _text_dict(f.label), "help": _text_dict(f.help)}
                        for f in t.plan_fields],
        "plan_statuses": [{"key": s.key, "name": _text_dict(s.name)} for s in t.plan_statuses],
    }
