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


def test_a_slashed_pair_such_as_unit_slash_section_stays_on_one_line(qapp):
    font = QFont()
    metrics = QFontMetrics(font)
    question = "ให้หน่วย/งานของรัฐบริการประชาชน"
    breaks_after_slash = 0
    for width in range(metrics.horizontalAdvance("หน่วย/งาน") + 2, metrics.horizontalAdvance(question) + 1, 3):
        lines = wrapped_lines(question, font, width)
        assert "".join(lines) == question
        assert not any(line.endswith("หน่วย/") for line in lines), (width, lines)
        assert all(metrics.horizontalAdvance(line) <= width for line in lines), (width, lines)
        breaks_after_slash += "หน่วย/งาน" in lines[0] or any(line.startswith("หน่วย/งาน") for line in lines)
    assert breaks_after_slash  # the pair was laid out whole, not only pushed off the widths tried
    spaced = wrapped_lines("กอง / ศูนย์", font, metrics.horizontalAdvance("กอง / ศู"))
    assert spaced == ["กอง /", "ศูนย์"]  # a spaced slash still breaks where Qt breaks it


def test_the_projector_draws_the_breaks_it_measures(qapp):
    """The stage pre-wraps with ``wrapped``: Qt's own drawText wrapping would split "หน่วย/งาน"."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from ui.presenter.measure import _height, draw_wrapped

    font = QFont()
    metrics = QFontMetrics(font)
    text = "ให้หน่วย/งานของรัฐ"
    width = metrics.horizontalAdvance("ให้หน่วย/")  # Qt alone breaks after the slash here
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setFont(font)
    drawn = painter.boundingRect(QRectF(0, 0, width, 400), 0, wrapped_lines_text(text, font, width))
    draw_wrapped(painter, QRectF(0, 0, width, 400), 0, text)
    painter.end()
    assert wrapped_lines(text, font, width)[0] == "ให้"
    assert abs(drawn.height() - _height(font, width, text)) < 1


def wrapped_lines_text(text, font, width):
    return "\n".join(wrapped_lines(text, font, width))
