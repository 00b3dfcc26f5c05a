"""The core's reasons for a failed read or write reach a Thai facilitator in Thai."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.errors import NotAWorkshopError, StorageError
from ui.common.error_reasons import REASONS, reason_text
from ui.common.i18n import install_language
from ui.common.messages import describe_error

ROOT = Path(__file__).resolve().parents[2]
ERRORS_WITH_REASONS = {"NotAWorkshopError", "StorageError", "NotWritableError"}
# Calls whose reason is not written out there, with why that is fine.
PASSED_ON = {
    ("app/errors.py", "exc.reason"): "re-raises an error's reason for another file",
    ("app/errors.py", "exc.detail"): "re-raises an error's detail for another file",
}


def reasons_in_the_core() -> list[tuple[str, str]]:
    """(where, text) for every fixed piece of a reason the core can raise: a whole constant, or the
    words before and after an f-string's bracketed detail."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ERRORS_WITH_REASONS:
                continue
            where, reason = f"{path.relative_to(ROOT)}:{node.lineno}", node.args[1]
            if isinstance(reason, ast.Constant):
                found.append((where, reason.value))
            elif isinstance(reason, ast.JoinedStr):
                pieces = [p.value for p in reason.values if isinstance(p, ast.Constant)]
                found.append((where, pieces[0].removesuffix(" (")))
                if len(pieces) > 1 and pieces[-1] != ")":
                    found.append((where, pieces[-1].removeprefix("); ")))
            elif (str(path.relative_to(ROOT)), ast.unparse(reason)) not in PASSED_ON:
                found.append((where, f"<not written out: {ast.unparse(reason)}>"))
    return found


def test_every_reason_the_core_gives_is_in_the_catalogue():
    found = reasons_in_the_core()
    assert len(found) > 30  # the scan finds the core's errors
    missing = [f"{where}: {text!r}" for where, text in found if text not in REASONS]
    assert missing == [], "add these to ui/common/error_reasons.py REASONS and translate them:\n" + "\n".join(missing)


@pytest.fixture
def thai(qapp):
    install_language("th")
    yield
    install_language("en")


@pytest.mark.usefixtures("thai")
def test_reasons_read_in_thai_with_the_systems_own_words_kept():
    assert reason_text("the file is empty") == "ไฟล์ว่างเปล่า"
    assert reason_text("cannot write the PDF (No space left on device)") == "เขียนไฟล์ PDF ไม่ได้ (No space left on device)"
    assert reason_text("cannot write to the backup folder (Permission denied); the workshop itself is safe") == (
        "เขียนลงโฟลเดอร์ไฟล์สำรองไม่ได้ (Permission denied); ข้อมูลการประชุมเชิงปฏิบัติการยังปลอดภัย")
    assert reason_text("something the catalogue has never seen") == "something the catalogue has never seen"
    # SQLite's own report of a damaged file runs over several lines
    damaged = "the file is damaged (*** in database main ***\nOn tree page 6 cell 0: invalid page number 99)"
    assert reason_text(damaged) == "ไฟล์เสียหาย (*** in database main ***\nOn tree page 6 cell 0: invalid page number 99)"


@pytest.mark.usefixtures("thai")
def test_a_damaged_file_is_explained_in_thai():
    headline, detail = describe_error(NotAWorkshopError(Path("/x/งาน.pmqa"), "the file is damaged"))
    assert headline == "ไฟล์นี้ไม่ใช่ไฟล์การประชุมเชิงปฏิบัติการที่เปิดได้"
    assert detail == "งาน.pmqa: ไฟล์เสียหาย ไฟล์ไม่ถูกเปลี่ยนแปลง"
    _headline, detail = describe_error(StorageError(Path("/x/a.pdf"), "cannot write the PDF (Read-only file system)"))
    assert detail == "a.pdf: เขียนไฟล์ PDF ไม่ได้ (Read-only file system)"


def test_in_english_a_reason_is_shown_as_the_core_wrote_it(qapp):
    text = "cannot write to the backup folder (Permission denied); the workshop itself is safe"
    assert reason_text(text) == text
