"""The Follow-up step's Spreadsheet… dialog offers Word (.docx) beside Excel and CSV (issue #23): a
name typed without an extension takes the kind chosen in the dialog, and the file written is the
progress table as Word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.followup.test_followup_panel import started


@pytest.mark.parametrize("kind, suffix", [(2, ".docx"), (0, ".xlsx")])
def test_the_spreadsheet_dialog_writes_word_or_excel_by_the_kind_chosen(main_window, demo_path, qtbot, tmp_path,
                                                                      monkeypatch, kind, suffix):
    import zipfile

    panel = started(main_window, demo_path, qtbot)
    asked = {}

    def answer(parent, title, suggested, filters):
        asked.update(title=title, filters=filters.split(";;"))
        return str(tmp_path / "ติดตาม"), asked["filters"][kind]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    panel.exports.ask_sheet()
    assert asked["filters"] == ["Excel (*.xlsx)", "CSV (*.csv)", "Word (*.docx)"]  # tests run in English
    assert asked["title"] == "Save the follow-up as a spreadsheet or Word"
    written = tmp_path / f"ติดตาม{suffix}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("ติดตาม")] == [written.name]
    names = zipfile.ZipFile(written).namelist()
    assert ("word/document.xml" in names) == (suffix == ".docx")
