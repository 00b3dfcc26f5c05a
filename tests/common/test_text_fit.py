"""Text fitted to a width: Thai wrapped between words, a cut shown with "…"."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from ui.common.text_fit import wrapped_lines

NAME = "กลุ่มที่ ๒ สำรวจดินและเทคโนโลยีสารสนเทศ"


def test_thai_wraps_between_words_within_the_width(qapp):
    font = QFont()
    lines = wrapped_lines(NAME, font, 110)
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == NAME.replace(" ", "")
    assert all(QFontMetrics(font).horizontalAdvance(line) <= 110 for line in lines)
    words = ("กลุ่มที่", "สำรวจ", "ดิน", "และ", "เทคโนโลยี", "สารสนเทศ")
    for line in lines:  # every line starts at the start of a word
        assert line.startswith(("๒",) + words), line


def test_past_the_line_limit_the_last_line_ends_in_an_ellipsis(qapp):
    font = QFont()
    lines = wrapped_lines(NAME, font, 110, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert QFontMetrics(font).horizontalAdvance(lines[-1]) <= 110
    assert wrapped_lines("สั้น", font, 110, max_lines=2) == ["สั้น"]


def test_a_cut_falls_between_words_and_inside_one_only_when_a_single_word_is_too_wide(qapp):
    font = QFont()
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance("กลุ่มที่ ๒ สำรวจดินและเทคโน")  # "เทคโนโลยี" does not fit whole
    [line] = wrapped_lines(NAME, font, width, max_lines=1)
    assert line.endswith("…") and metrics.horizontalAdvance(line) <= width
    assert line[:-1].rstrip().endswith(("ดิน", "และ")), line  # not "เทคโน…", a word cut in two
    [word] = wrapped_lines("เทคโนโลยีสารสนเทศ", font, metrics.horizontalAdvance("เทคโน"), max_lines=1)
    assert word.endswith("…") and metrics.horizontalAdvance(word) <= metrics.horizontalAdvance("เทคโน")


def test_a_short_number_never_stands_alone_on_a_line(qapp):
    from ui.common.text_fit import keep_together

    font = QFont()
    metrics = QFontMetrics(font)
    title = "การพัฒนาองค์การสู่ระบบราชการ ๔.๐"
    width = metrics.horizontalAdvance("การพัฒนาองค์การสู่ระบบราชการ ๔")  # "๔.๐" just does not fit
    assert wrapped_lines(title, font, width)[-1] == "๔.๐"  # what Qt alone does
    lines = wrapped_lines(keep_together(title), font, width)
    assert "๔.๐" not in lines and lines[-1].endswith("\u00a0๔.๐")
    assert keep_together("PMQA 4.0 และ 12,200,000.00 บาท") == "PMQA\u00a04.0 และ 12,200,000.00 บาท"
