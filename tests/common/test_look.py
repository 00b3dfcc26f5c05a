"""The look (docs/look.md): one stylesheet filled from the theme, our icons, one primary action per
step, room for Thai marks in headers and fields, and windows that fit the screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QStandardItemModel
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QSpinBox, QTableView

from ui.common import icons, theme
from ui.common.screen_fit import FRAME_ALLOWANCE, fitted_size

ROOT = Path(__file__).resolve().parents[2]
MARKED = "ผู้รับผิดชอบ ที่สิ้นสุด"  # above-marks stacked on vowels: the tallest Thai gets


# ------------------------------------------------------------------------------ one stylesheet
def test_the_stylesheet_takes_every_value_from_the_theme():
    text = (ROOT / "resources" / "styles" / "app.qss").read_text(encoding="utf-8")
    without_comments = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    assert not re.search(r"#[0-9A-Fa-f]{3,8}\b", without_comments), "a colour written into app.qss, not a @token"
    assert not re.search(r"\d+pt\b", without_comments), "a type size written into app.qss, not a @token"
    filled = theme.stylesheet()
    assert "@" not in filled and theme.NAVY in filled and f"{theme.HEADER_PAD_V}px" in filled
    with pytest.raises(KeyError, match="@nosuch"):
        theme.fill_tokens("QLabel { color: @nosuch; }")


def test_widgets_take_their_colours_from_the_theme_not_from_literals():
    """Colours in ui/ come from ui/common/theme.py (the presenter's palettes are there too)."""
    literal = re.compile(r"""["'][^"'\n]*#[0-9A-Fa-f]{3,8}\b""")
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if literal.search(line) and "QR code" not in line:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


# ------------------------------------------------------------------------------ icons
def icon_files() -> list[Path]:
    return sorted((ROOT / "resources" / "icons").glob("*.svg"))


def test_our_icons_are_line_drawings_on_a_24_pixel_grid_in_one_tintable_colour():
    assert len(icon_files()) >= 30
    for path in icon_files():
        root = ET.fromstring(path.read_text(encoding="utf-8"))
        assert root.get("viewBox") == "0 0 24 24", path.name
        assert (root.get("fill"), root.get("stroke"), root.get("stroke-width")) == ("none", "currentColor", "2"), path.name
        assert not any(e.get("fill") not in (None, "none") or e.get("stroke") not in (None, "currentColor")
                       for e in root.iter()), f"{path.name} has a colour of its own"


def test_every_icon_draws_inside_its_grid_in_the_colour_asked_for(qapp):
    for path in icon_files():
        bounds = icons.outline(path.stem).boundingRect()
        assert not bounds.isEmpty() and QRectF(1, 1, 22, 22).contains(bounds), (path.name, bounds)  # strokes stay in
        image = icons.pixmap(path.stem, 24, theme.ERROR).toImage()
        solid = [QColor(image.pixel(x, y)).name().upper() for x in range(24) for y in range(24)
                 if QColor.fromRgba(image.pixel(x, y)).alpha() == 255]
        assert len(solid) > 10 and set(solid) == {theme.ERROR}, path.name


def test_a_primary_buttons_icon_turns_white_and_back(qtbot):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Go")
    qtbot.addWidget(button)
    icons.set_icon(button, "play")
    ink = button.icon().pixmap(24).toImage()
    theme.mark_primary(button)
    white = button.icon().pixmap(24).toImage()
    assert button.property("primary") is True and white != ink
    assert QColor(theme.PAPER).rgb() in {white.pixel(x, y) | 0xFF000000 for x in range(24) for y in range(24)
                                        if QColor.fromRgba(white.pixel(x, y)).alpha() == 255}
    theme.mark_primary(button, False)
    assert button.icon().pixmap(24).toImage() == ink


# ------------------------------------------------------------------------------ one primary action per step
def visible_primaries(widget) -> list[str]:
    return [b.text() for b in widget.findChildren(QAbstractButton) if b.property("primary") and b.isVisible()]


def test_each_step_has_at_most_one_primary_action_and_the_main_steps_have_one(laptop_window, main_window):
    for step in ("overview", "setup", "agenda", "brief", "capture", "assess", "prioritize", "plan", "report", "followup"):
        panel = laptop_window(step)
        shown = visible_primaries(panel)
        assert len(shown) <= 1, (step, shown)
        if step not in ("capture", "assess"):  # there the main action is typing into the grid or the cards
            assert len(shown) == 1, (step, shown)
    agenda = laptop_window("agenda")
    agenda.tabs.setCurrentIndex(1)  # run mode: Start the day is its one primary action
    assert visible_primaries(agenda) == [agenda.run_panel.start_button.text()]


def test_the_home_screen_offers_one_primary_action(main_window):
    assert visible_primaries(main_window.home) == [main_window.home.new_button.text()]


# ------------------------------------------------------------------------------ room for Thai marks
def ink_gaps(image, x0: int, x1: int) -> tuple[int, int]:
    """Clear rows above the first and below the last row of dark (text) pixels between x0 and x1."""
    rows = [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 90 for x in range(x0, x1))]
    assert rows, "no text drawn"
    return rows[0], image.height() - 1 - rows[-1]


def test_thai_marks_keep_clear_of_header_and_field_borders(qtbot, qapp):
    from ui.application import make_application

    make_application()  # the stylesheet and the Sarabun font, as the product starts
    ink = QPainterPath()
    ink.addText(0, 0, QApplication.font(), MARKED)
    ink_height = ink.boundingRect().height()
    assert ink_height > QFontMetricsF(QApplication.font()).ascent()  # the marks do rise above the ascent

    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels([MARKED])
    table = QTableView()
    table.setModel(model)
    table.resizeColumnsToContents()
    edit, combo, spin = QLineEdit(MARKED), QComboBox(), QSpinBox(prefix="ที่สิ้น ")
    combo.addItem(MARKED)
    for widget in (table, edit, combo, spin):
        qtbot.addWidget(widget)
        widget.show()
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(0)
    header_gaps = ink_gaps(header.grab().toImage(), left + 4, left + header.sectionSize(0) - 4)
    assert header.height() >= ink_height + 2 * theme.HEADER_PAD_V
    assert min(header_gaps) >= 3, header_gaps
    for field in (edit, combo, spin):
        field.adjustSize()
        assert field.height() >= ink_height + 2 * 2, type(field).__name__
        gaps = ink_gaps(field.grab().toImage(), 4, field.width() - 30)  # the arrows on the right left out
        assert min(gaps) >= 3, (type(field).__name__, gaps)


# ------------------------------------------------------------------------------ windows that fit
# Logical sizes of the screens facilitators bring, less a taskbar: (width, height, scaling).
SCREENS = {"1366×768 at 100 %": QSize(1366, 728), "1366×768 at 125 %": QSize(1093, 582),
           "1920×1080 at 125 %": QSize(1536, 832), "1920×1080 at 150 %": QSize(1280, 693)}


def test_the_default_window_size_is_bounded_by_the_screen():
    assert fitted_size(QSize(1100, 720), QSize(1920, 1040)) == QSize(1100, 720)
    small = fitted_size(QSize(1100, 720), QSize(911, 485))  # 1366×768 at 150 %, less the taskbar
    assert small == QSize(911, 485) - FRAME_ALLOWANCE


def test_the_window_opens_within_the_screen(main_window):
    available = main_window.screen().availableGeometry()
    frame = main_window.frameGeometry()
    assert main_window.width() + FRAME_ALLOWANCE.width() <= available.width()
    assert main_window.height() <= available.height() and available.contains(frame.topLeft())


def test_every_step_fits_the_laptop_and_scaled_screens(laptop_window, main_window):
    """The smallest the window can be on each step (its minimum size hint), with its frame, fits
    each screen."""
    too_big = []
    for step in ("overview", "setup", "agenda", "brief", "capture", "assess", "prioritize", "plan", "report", "followup"):
        laptop_window(step)
        needed = main_window.minimumSizeHint() + FRAME_ALLOWANCE
        too_big += [(step, name, needed.toTuple()) for name, room in SCREENS.items()
                    if needed.width() > room.width() or needed.height() > room.height()]
    assert too_big == []


# ------------------------------------------------------------------------------ the projector's theme
def test_the_view_menu_switches_the_projector_to_high_contrast_and_remembers_it(main_window, qtbot):
    from app import settings

    presenter = main_window.presenter
    presenter.show_agenda_item("พักรับประทานอาหารว่าง", -30, "ระดมความคิด")
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.waitUntil(presenter.isVisible)

    def corner_and_colours():
        image = presenter.stage.grab().toImage()
        return (QColor(image.pixel(image.width() // 2, image.height() - 4)),
                {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)})

    paper, colours = corner_and_colours()
    assert paper.name().upper() == "#FFFFFF" and theme.STAGE_STANDARD.over.rgb() in colours
    main_window.contrast_action.trigger()
    assert settings.get("presenter_theme") == "high_contrast" and theme.stage_theme() == "high_contrast"
    paper, colours = corner_and_colours()
    assert paper.name().upper() == "#000000" and theme.STAGE_HIGH_CONTRAST.over.rgb() in colours
    assert theme.STAGE_STANDARD.over.rgb() not in colours
    main_window.contrast_action.trigger()
    assert theme.stage_theme() == "standard" and corner_and_colours()[0].name().upper() == "#FFFFFF"
    presenter.close()


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", sorted(theme.STAGE_THEMES))
def test_every_projector_text_colour_reads_from_the_back_of_the_room(name):
    """WCAG's enhanced contrast (7:1) for every text colour the stage paints on its paper."""
    palette = theme.STAGE_THEMES[name]
    for role in ("ink", "muted", "accent", "warn", "over"):
        assert contrast(getattr(palette, role), palette.paper) >= 7.0, (name, role)


def test_setup_puts_groups_below_the_details_rather_than_scroll_sideways(laptop_window, main_window, qtbot):
    from PySide6.QtWidgets import QBoxLayout

    setup = laptop_window("setup")
    assert setup.columns.direction() == QBoxLayout.Direction.LeftToRight  # 1366 px: side by side
    main_window.resize(911 - FRAME_ALLOWANCE.width(), 485 - FRAME_ALLOWANCE.height())  # 1366×768 at 150 %
    qtbot.waitUntil(lambda: setup.columns.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.wait(10)
    assert setup.horizontalScrollBar().maximum() == 0 and setup.verticalScrollBar().maximum() > 0
    main_window.resize(1366, 768)
    qtbot.waitUntil(lambda: setup.columns.direction() == QBoxLayout.Direction.LeftToRight)


@pytest.mark.parametrize("width", [360, 520, 1100])
def test_the_assessment_charts_scale_names_never_overlap(qtbot, width):
    from PySide6.QtGui import QFontMetricsF

    from ui.assess.chart import AssessmentChart

    chart = AssessmentChart()
    qtbot.addWidget(chart)
    chart.scale = [(1, "ระดับพื้นฐาน"), (2, "ระดับก้าวหน้า"), (3, "ระดับพัฒนาจนเกิดผล")]
    chart.resize(width, 300)
    fm = QFontMetricsF(chart.font())
    labels = chart._scale_labels(fm, lambda value: 120 + value / 3 * (width - 132))
    for n, (line_a, a) in enumerate(labels):
        for line_b, b in labels[n + 1:]:
            assert line_a != line_b or a.right() <= b.left(), (width, a, b)
    assert all(0 <= box.left() and box.right() <= width for _, box in labels)
    assert (max(line for line, _ in labels) == 0) == (width >= 1100)  # one line when there is room


def test_a_folding_row_puts_its_second_group_below_when_the_two_do_not_fit(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.common.screen_fit import FoldingRow

    first = [QPushButton(f"ปุ่มแรกที่ {n}") for n in range(4)]
    second = [QPushButton(f"ส่งออกแบบที่ {n}") for n in range(3)]
    window = QWidget()  # inside a window, as on the Report step
    row = FoldingRow(first, second, window)
    QVBoxLayout(window).addWidget(row)
    qtbot.addWidget(window)
    window.show()
    side_by_side = row._side_by_side_width()
    assert row.minimumSizeHint().width() < side_by_side  # the window may be narrower than both groups
    window.resize(side_by_side + 60, 80)
    qtbot.waitUntil(lambda: row.folded is False)
    qtbot.wait(10)  # the grid lays the parts out again in the next turn of the event loop
    assert second[0].mapTo(row, second[0].rect().topLeft()).y() == first[0].mapTo(row, first[0].rect().topLeft()).y()
    window.resize(window.minimumSizeHint().width(), 120)
    qtbot.waitUntil(lambda: row.folded is True)
    qtbot.wait(10)
    assert second[0].mapTo(row, second[0].rect().topLeft()).y() > first[0].geometry().bottom()
    assert all(b.visibleRegion().boundingRect().width() == b.width() for b in first + second)  # nothing cut
