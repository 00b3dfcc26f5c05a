"""Text the files cannot store: unpaired surrogates, which some clipboards and JSON (``"\\ud800"``)
produce and which no UTF-8 file or SQLite database can hold; and values too long to quote."""

from __future__ import annotations

import re

BROKEN_TEXT = "contains a broken character (an unpaired surrogate)"
# A quoted value in a message, as repr() and the JSON Schema checker write them.
_QUOTED = re.compile(r"'((?:[^'\\]|\\.){60,})'" + '|' + r'"((?:[^"\\]|\\.){60,})"')


def with_short_quotes(message: str, keep: int = 40) -> str:
    """``message`` with every long quoted value cut to its first ``keep`` characters and "…": a file's
    million-character field must not come back a million characters long in its error message."""
    def cut(match: re.Match) -> str:
        quote = match.group(0)[0]
        value = match.group(1) if match.group(1) is not None else match.group(2)
        return f"{quote}{value[:keep]}…{quote} ({len(value):,} characters)"

    return _QUOTED.sub(cut, message)


def encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def find_broken_text(data: object, place: tuple = ()) -> tuple | None:
    """The place (keys and indexes) of the first string in ``data`` that cannot be stored, or None.

    A broken dictionary key is reported at the place of its dictionary.
    """
    if isinstance(data, str):
        return None if encodable(data) else place
    if isinstance(data, dict):
        for key, value in data.items():
            found = find_broken_text(key, place)
            if found is None:
                found = find_broken_text(value, (*place, key))
            if found is not None:
                return found
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found = find_broken_text(value, (*place, index))
            if found is not None:
                return found
    return None
