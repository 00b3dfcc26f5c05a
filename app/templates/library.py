"""The user's template library: editable copies of a template, and the folder they are saved in,
exported from and imported into. Imported through ``app.templates``.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import replace
from pathlib import Path

from app import atomic_file
from app.templates.format import (
    BUILTIN_ID, quoted, builtin_template, load_template, parse_template, template_to_dict,
)
from app.templates.model import Template, TemplateError, Text

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_COPY_SUFFIX_RE = re.compile(r"-copy-[0-9a-f]{8}$")


# --- copies, files and folders -----------------------------------------------------------------

def _fresh_id(base: str) -> str:
    # Drop an earlier copy suffix so that a copy of a copy does not grow a longer and longer id.
    stem = _COPY_SUFFIX_RE.sub("", base)[:64 - len("-copy-12345678")].rstrip("-") or "template"
    return f"{stem}-copy-{uuid.uuid4().hex[:8]}"


def duplicate_template(t: Template, new_id: str | None = None, name: Text | None = None) -> Template:
    """An editable user copy of ``t`` (not yet saved)."""
    if new_id is None:
        new_id = _fresh_id(t.id)
    elif not _ID_RE.match(new_id):
        raise TemplateError(new_id, "id", "template_bad_id")
    if name is None:
        name = Text(th=f"{t.name.th} (สำเนา)", en=f"{t.name.en} (copy)")
    return replace(t, id=new_id, builtin=False, version="1.0", name=name)


def _write_json_atomically(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_file.write_text(path, text)
    except OSError as exc:
        raise TemplateError(path.name, "", "template_not_written", system=exc.strerror or str(exc)) from exc


def save_template(t: Template, folder: Path) -> Path:
    """Check ``t`` fully, then write it to ``folder/<id>.json`` atomically; return that path."""
    source = f"{t.id}.json"
    if t.builtin or t.id == BUILTIN_ID:
        raise TemplateError(source, "", "builtin_unchangeable")
    data = template_to_dict(t)
    parse_template(data, source)  # an edit made through dataclasses.replace is checked here too
    path = Path(folder) / source
    _write_json_atomically(path, data)
    return path


def export_template(t: Template, path: str | os.PathLike[str]) -> Path:
    """Write ``t`` to ``path`` for sharing. The file is marked as a user template even when ``t``
    is the built-in one, because only the copy shipped with the application may claim that."""
    path = Path(path)
    data = template_to_dict(replace(t, builtin=False))
    parse_template(data, path.name)
    _write_json_atomically(path, data)
    return path


def import_template(path: str | os.PathLike[str], folder: Path) -> Template:
    """Check the file at ``path`` fully, then save it into ``folder`` as a user template.

    Nothing is written if the file is invalid. An id that the built-in template or a different
    template in ``folder`` already uses is replaced by a fresh one; importing the same template
    again returns the copy already there.
    """
    incoming = replace(load_template(path), builtin=False)
    folder = Path(folder)
    known, _invalid = list_templates(folder)
    same_id = next((t for t in known if t.id == incoming.id), None)
    if same_id == incoming:
        return same_id
    if same_id is not None or (folder / f"{incoming.id}.json").exists():
        incoming = replace(incoming, id=_fresh_id(incoming.id))
    save_template(incoming, folder)
    return incoming


def list_templates(folder: Path | None, lang: str = "th") -> tuple[list[Template], list[TemplateError]]:
    """The built-in template, then the valid ones in ``folder`` sorted by name in ``lang``;
    and, separately, one error for each file that was skipped."""
    builtin = builtin_template()
    found: list[Template] = []
    errors: list[TemplateError] = []
    owners = {builtin.id: ""}  # the file that holds each id; none for the built-in template
    try:
        paths = sorted(Path(folder).glob("*.json")) if folder is not None and Path(folder).is_dir() else []
    except OSError as exc:
        errors.append(TemplateError(Path(folder).name, "", "folder_unreadable", system=exc.strerror or str(exc)))
        paths = []
    for path in paths:
        if path.name.startswith("."):
            continue
        try:
            t = load_template(path)
        except TemplateError as exc:
            errors.append(exc)
            continue
        if t.builtin:
            errors.append(TemplateError(path.name, "builtin", "falsely_builtin"))
        elif t.id in owners and not owners[t.id]:
            errors.append(TemplateError(path.name, "id", "id_of_builtin", value=quoted(t.id)))
        elif t.id in owners:
            errors.append(TemplateError(path.name, "id", "id_taken", value=quoted(t.id), file=owners[t.id]))
        else:
            owners[t.id] = path.name
            found.append(t)
    return [builtin, *_sorted_by_name(found, lang)], errors


def _sorted_by_name(items: list[Template], lang: str) -> list[Template]:
    if not lang.lower().startswith("th"):
        return sorted(items, key=lambda t: (t.name.en.casefold(), t.id))
    # Code-point order puts words that begin with a leading vowel (เ แ โ ใ ไ) after all others;
    # pythainlp sorts them by their first consonant, as a Thai dictionary does.
    from pythainlp.util import collate

    rank = {name: index for index, name in enumerate(collate({t.name.th for t in items}))}
    return sorted(items, key=lambda t: (rank[t.name.th], t.name.en.casefold(), t.id))
