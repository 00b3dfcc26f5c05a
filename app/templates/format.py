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
from app.text import find_broken_text

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
        raise _explain_schema_error(error, source)
    _check_meaning(data, source)  # type: ignore[arg-type]  # the schema made it a dict
    broken = find_broken_text(data)
    if broken is not None:
        raise TemplateError(source, _path_text(broken), "broken_character")
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
            raise TemplateError(source, "", "template_too_large", size=size / 1024 / 1024,
                                limit=MAX_FILE_BYTES // 1024 // 1024)
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(source, "", "unreadable", system=exc.strerror or str(exc)) from exc
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark, and agencies edit in it.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(source, "", "template_not_utf8", byte=exc.start) from exc
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
        raise TemplateError(source, "", "field_twice", field=exc.key) from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(source, "", "template_not_json", line=exc.lineno, column=exc.colno,
                            system=exc.msg) from exc
    except RecursionError as exc:
        raise TemplateError(source, "", "template_too_deep") from exc


def _check_format(data: object, source: str) -> None:
    # Checked before the schema: a file of a newer format may differ anywhere, and "field X is
    # missing" would hide the one thing the user needs to hear.
    if not isinstance(data, dict):
        raise TemplateError(source, "", "template_not_object", found=_kind_of(data))
    if "format" not in data:
        raise TemplateError(source, "format", "no_format_field", field="format")
    if data["format"] != FORMAT:
        raise TemplateError(source, "format", "not_a_template", field="format", expected=FORMAT)
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise TemplateError(source, "format_version", "template_too_new", found=version, supported=FORMAT_VERSION)


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


def _explain_schema_error(error, source: str) -> TemplateError:
    """A jsonschema error as a TemplateError in a plain sentence for someone editing the file by hand."""
    path = list(error.absolute_path)
    rule, expected, value, schema = error.validator, error.validator_value, error.instance, error.schema
    # These two are reported on the object that holds the field, but the user looks for the field.
    if rule == "required":
        missing = next((name for name in expected if name not in value), expected[0])
        return TemplateError(source, _path_text(path + [missing]), "field_missing")
    if rule == "additionalProperties":
        unknown = sorted(set(value) - set(schema.get("properties", {})))
        return TemplateError(source, _path_text(path + unknown[:1]), "unknown_field")
    place = _path_text(path)
    # A blank text breaks a pattern or a minimum length, but "empty" is what the user needs to hear.
    if rule in ("pattern", "minLength") and isinstance(value, str) and not value.strip():
        return TemplateError(source, place, "empty")
    explain = _RULE_PROBLEMS.get(rule)
    if explain is None:  # a rule not listed keeps jsonschema's own message
        return TemplateError(source, place, "schema_rule", system=error.message)
    return explain(source, place, expected, value, schema)


# A JSON type the schema expects -> the code that says so; the bilingual text has its own (its
# description names its "th" and "en" fields, which "an object" would not).
_TYPE_CODES = {"object": "should_be_object", "array": "should_be_list", "string": "should_be_text",
               "integer": "should_be_whole_number", "number": "should_be_number", "boolean": "should_be_true_false"}
# A pattern of the schema -> the code that explains it (the schema's description is the English).
_PATTERN_CODES = {r"^([01][0-9]|2[0-3]):[0-5][0-9]$": "not_a_template_time",
                  r"^[a-z0-9][a-z0-9-]{0,63}$": "not_a_template_id",
                  r"^[a-z0-9][a-z0-9_-]{0,63}$": "not_a_template_key"}


def _wrong_type(source: str, place: str, expected, value, schema: dict) -> TemplateError:
    if schema.get("title") == "bilingual text":
        return TemplateError(source, place, "should_be_bilingual", rule=schema["description"], found=_kind_of(value))
    # str(): the schema may allow several types (a list), which no single code says
    return TemplateError(source, place, _TYPE_CODES.get(str(expected), "should_be_other"), rule=str(expected),
                         found=_kind_of(value))


def _bad_pattern(source: str, place: str, expected, value, schema: dict) -> TemplateError:
    return TemplateError(source, place, _PATTERN_CODES.get(expected, "not_valid_here"), value=quoted(value),
                         rule=schema.get("description", "the expected form"))


def _too_few(source: str, place: str, expected, value, schema: dict) -> TemplateError:
    if expected == 1:
        return TemplateError(source, place, "needs_one_item", count=len(value))
    return TemplateError(source, place, "needs_items", limit=expected, count=len(value))


# For the remaining rules: the problem from what the rule expected, the value found and the schema.
_RULE_PROBLEMS = {
    "type": _wrong_type,
    "pattern": _bad_pattern,
    "maxLength": lambda source, place, expected, value, schema:
        TemplateError(source, place, "template_too_long", limit=expected),
    "enum": lambda source, place, expected, value, schema:
        TemplateError(source, place, "not_allowed_here", value=quoted(value), choices=", ".join(expected)),
    "const": lambda source, place, expected, value, schema:
        TemplateError(source, place, "should_be_value", value=quoted(expected)),
    "minItems": _too_few,
    "maxItems": lambda source, place, expected, value, schema:
        TemplateError(source, place, "too_many_items", limit=expected, count=len(value)),
    "minimum": lambda source, place, expected, value, schema:
        TemplateError(source, place, "below_minimum", limit=expected, value=quoted(value)),
    "maximum": lambda source, place, expected, value, schema:
        TemplateError(source, place, "above_maximum", limit=expected, value=quoted(value)),
}


def _check_unique(items: list[dict], field: str, where: str, what: str, source: str) -> None:
    seen: dict[object, int] = {}
    for index, item in enumerate(items):
        key = item[field]
        if key in seen:
            raise TemplateError(source, f"{where}[{index}].{field}", "key_used_twice", value=quoted(key), what=what,
                                field=field, first=f"{where}[{seen[key]}]")
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
            raise TemplateError(source, where, "required_key_missing", value=quoted(missing[0]),
                                choices=", ".join(required))

    levels = data["maturity_scale"]
    for index in range(1, len(levels)):
        if levels[index]["value"] <= levels[index - 1]["value"]:
            raise TemplateError(source, f"maturity_scale[{index}].value", "level_out_of_order",
                                previous=levels[index - 1]["value"])

    pillar_keys = [pillar["key"] for pillar in pillars]
    for index, entry in enumerate(data["agenda"]):
        if "pillar" not in entry:
            continue
        if entry["kind"] not in PILLAR_AGENDA_KINDS:
            raise TemplateError(source, f"agenda[{index}].pillar", "pillar_on_wrong_item")
        if entry["pillar"] not in pillar_keys:
            raise TemplateError(source, f"agenda[{index}].pillar", "no_such_pillar", value=quoted(entry["pillar"]),
                                choices=", ".join(pillar_keys))


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
