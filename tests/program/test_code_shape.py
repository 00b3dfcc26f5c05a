"""The code stays readable: no tangled function, no long module without a reason (STYLE rule 14)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[2]
MAX_COMPLEXITY = 15
MAX_LINES = 400
SOURCES = sorted(p for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_no_function_is_more_complex_than_the_limit(path):
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    tangled = [f"{b.fullname} ({b.complexity})" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert tangled == []


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_a_long_module_says_at_its_top_why_it_is_long(path):
    text = path.read_text(encoding="utf-8")
    if text.count("\n") <= MAX_LINES:
        return
    docstring = ast.get_docstring(ast.parse(text)) or ""
    assert f"{MAX_LINES} lines" in docstring, f"{_name(path)}: over {MAX_LINES} lines; split it or say why at its top"
