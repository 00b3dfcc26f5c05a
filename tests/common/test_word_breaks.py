"""Thai words marked for Qt's line breaker where Qt cannot find them (Windows has no libthai):
the translations, the fitted texts and the wrapped table cells all break between words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from ui.common import thai_breaks
from ui.common.thai_breaks import ZWSP, breakable

QUESTION = "ให้หน่วย/งานของรัฐบริการประชาชน ๒ ครั้ง ตามเกณฑ์ PMQA 4.0"


@pytest.fixture
def own_breaks(monkeypatch, qapp):
    """As on Windows: Qt is taken to find no Thai words, the app marks them."""
    monkeypatch.setenv("PMQA_THAI_BREAKS", "own")
    thai_breaks.qt_breaks_thai.cache_clear()
    yield
    thai_breaks.qt_breaks_thai.cache_clear()


def test_qt_here_finds_thai_words_itself_and_nothing_is_added(qapp):
    thai_breaks.qt_breaks_thai.cache_clear()
    assert thai_breaks.qt_breaks_thai()  # the test machine has libthai (build_scripts/setup.sh)
    assert breakable(QUESTION) == QUESTION


def test_without_qts_breaks_words_are_marked_between_thai_letters_only(own_breaks):
    marked = breakable(QUESTION)
    assert marked.replace(ZWSP, "") == QUESTION
    assert marked.split(" ")[0].split(ZWSP) == ["ให้", "หน่วย/งาน", "ของ", "รัฐ", "บริการ", "ประชาชน"]
    assert "PMQA 4.0" in marked and "๒ ครั้ง" in marked  # digits and Latin as typed
    assert breakable("Open & Connected") == "Open & Connected"
    lines = [line.replace(ZWSP, "") for line in thai_breaks.narrow_lines(breakable(thai_breaks.SENTENCE))]
    assert lines == list(thai_breaks.WORDS)  # Qt breaks at the marks, nowhere else


def test_fitted_text_breaks_between_words_and_carries_no_marks(own_breaks):
    from ui.common.text_fit import wrapped_lines

    font = QFont()
    width = QFontMetrics(font).horizontalAdvance("ให้หน่วย/งานของ")
    lines = wrapped_lines(QUESTION, font, width)
    assert len(lines) > 2 and not any(ZWSP in line for line in lines)
    words = ("ให้", "หน่วย/งาน", "ของ", "รัฐ", "บริการ", "ประชาชน", "๒", "ครั้ง", "ตาม", "เกณฑ์", "PMQA", "4.0")
    assert all(line.startswith(words) for line in lines), lines


def test_the_thai_interface_is_translated_with_word_marks_and_untranslated_text_falls_through(own_breaks,
                                                                                             monkeypatch):
    from ui.common import i18n

    before = i18n._installed[0].property("pmqa_language") if i18n._installed else "en"
    try:
        i18n.install_language("en")
        assert i18n.install_language("th")
        notes = QCoreApplication.translate("BriefPanel", "Notes for the facilitator")
        assert ZWSP in notes and notes.replace(ZWSP, "") == "บันทึกสำหรับวิทยากร"
        # An empty answer would be taken as the translation: the source must come through
        assert QCoreApplication.translate("Nowhere", "No such text") == "No such text"
    finally:  # the language the suite had, without the marks
        monkeypatch.delenv("PMQA_THAI_BREAKS")
        thai_breaks.qt_breaks_thai.cache_clear()
        i18n.install_language("en" if before == "th" else "th")
        i18n.install_language(before)


def test_wrapped_cells_are_drawn_with_marks_and_edited_as_stored(own_breaks):
    from ui.common.table_rows import WordBreakingDelegate, break_words

    view = QListView()
    view.setModel(QStringListModel(["ประเด็นการพัฒนาองค์การ"], view))
    break_words(view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, WordBreakingDelegate)
    option = QStyleOptionViewItem()
    index = view.model().index(0, 0, QModelIndex())
    delegate.initStyleOption(option, index)
    assert ZWSP in option.text and option.text.replace(ZWSP, "") == "ประเด็นการพัฒนาองค์การ"
    assert index.data() == "ประเด็นการพัฒนาองค์การ"
