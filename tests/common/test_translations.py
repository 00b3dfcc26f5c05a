"""The translation catalogues are complete, keep their placeholders, and the committed .qm match the .ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from build_scripts import translations

PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{[a-z_]+\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def messages(lang: str):
    """(context, source, [translations]) for every message of ``pmqa_<lang>.ts``."""
    root = ET.parse(translations.ts_path(lang)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            yield name, message.findtext("source"), translation.get("type"), forms


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_message_is_translated(lang):
    found = list(messages(lang))
    assert found, f"pmqa_{lang}.ts is empty"
    unfinished = [(c, s) for c, s, kind, forms in found if kind in ("unfinished", "vanished", "obsolete")
                  or not all(f.strip() for f in forms)]
    assert not unfinished, f"untranslated in pmqa_{lang}.ts (run build_scripts/translations.py): {unfinished}"


def test_english_catalogue_has_singular_and_plural_forms():
    for context, source, _kind, forms in messages("en"):
        assert len(forms) == 2 and all(forms), (context, source)
        if "%n" in source and "(s)" in source:  # the word counted by %n agrees with it
            assert forms[0] != forms[1] and forms[0].count("(s)") < source.count("(s)"), (context, source)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_placeholders_and_mnemonics_are_kept(lang):
    for context, source, _kind, forms in messages(lang):
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(set(PLACEHOLDER.findall(source))), \
                (context, source, form)
            if MNEMONIC.search(source):
                assert len(MNEMONIC.findall(form)) == 1, (context, source, form)


def test_committed_qm_files_are_compiled_from_the_current_ts():
    assert translations.stale() == [], "run: python build_scripts/translations.py --release"


def test_thai_uses_one_word_for_workshop():
    texts = " ".join(f for _c, _s, _k, forms in messages("th") for f in forms)
    assert "การประชุมเชิงปฏิบัติการ" in texts and "เวิร์กช็อป" not in texts


def test_every_string_marked_in_the_code_is_in_the_thai_catalogue():
    """A string the translation tool cannot see (inside an f-string, say) would stay English."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    catalogue = {m.findtext("source") for m in ET.parse(root / "resources/translations/pmqa_th.ts").iter("message")}
    missing = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                if argument.value not in catalogue:
                    missing.append(f"{path.name}:{node.lineno}: {argument.value}")
    assert missing == [], "run build_scripts/translations.py and translate:\n" + "\n".join(missing)
