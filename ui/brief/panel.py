"""The Brief step: the workshop's briefing as slides, in the workshop's language, driven by keyboard.

The slides are the template's ``briefing`` plus slides made from the template's own data for
whatever the briefing does not already cover (a pillar, the enablers, the PMQA categories, the
maturity scale), so a template that ships no briefing still has one. The centre of the panel is a
16:9 preview drawn by the presenter view's own ``StageView``: the laptop shows the line breaks the
room sees. The current slide is kept in the workshop file, so reopening resumes on it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListView, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.thaidate import in_digit_style, thai_digits
from ui.common.i18n import Retranslating
from ui.common.panel_actions import make_action
from ui.common.icons import set_icon
from ui.common import theme
from ui.common.theme import mark_primary
from ui.presenter.stage_content import SlideContent
from ui.presenter.stage_view import StageView
from ui.common.table_rows import break_words
from ui.common.thai_breaks import breakable

STATE_KEY = "brief.slide"

# Titles of the generated slides. They are workshop content, shown in the workshop's language
# whatever the interface language is, so they are bilingual data like the template's, not tr().
_GENERATED = {
    "pillar": {"th": "มิติที่ {n} {name}", "en": "Pillar {n}: {name}"},
    "enablers": {"th": "ปัจจัยขับเคลื่อนระบบราชการ ๔.๐", "en": "Enablers of Government 4.0"},
    "categories": {"th": "เกณฑ์ PMQA 4.0 ทั้ง {n} หมวด", "en": "The {n} categories of PMQA 4.0"},
    "category": {"th": "หมวด {n} {name}", "en": "Category {n}: {name}"},
    "maturity": {"th": "ระดับการพัฒนาตามเกณฑ์ PMQA 4.0", "en": "PMQA 4.0 maturity levels"},
}


@dataclass(frozen=True)
class BriefSlide:
    key: str
    title: str
    points: tuple[str, ...]
    details: tuple[str, ...] = ()  # one per point, for the facilitator's screen only
    note: str = ""
    generated: bool = False


def _text(value, lang: str) -> str:
    if not isinstance(value, dict):
        return str(value or "")
    return value.get(lang) or value.get("th") or value.get("en") or ""


def _number(n: int, lang: str) -> str:
    return thai_digits(str(n)) if lang == "th" else str(n)


def _in_style(slide: BriefSlide, thai: bool) -> BriefSlide:
    def style(text: str) -> str:
        return in_digit_style(text, thai)
    return replace(slide, title=style(slide.title), points=tuple(map(style, slide.points)),
                   details=tuple(map(style, slide.details)), note=style(slide.note))


def _insert_after(slides: list[BriefSlide], anchors: tuple[str, ...], new: list[BriefSlide]) -> None:
    """Put ``new`` after the last slide whose key starts with one of ``anchors``, else at the end."""
    at = len(slides)
    for index, slide in enumerate(slides):
        if slide.key.startswith(anchors):
            at = index + 1
    slides[at:at] = new


def build_slides(template: dict, lang: str, thai_digits: bool | None = None) -> list[BriefSlide]:
    """The briefing of ``template`` in ``lang`` ("th" or "en"), completed from its data. With
    ``thai_digits`` given, every number on the slides is in that one style (the workshop's setting):
    a template's author may write "๔.๐" in one place and "20 ปี" in another."""
    slides = [BriefSlide(s["key"], _text(s["title"], lang), tuple(_text(p, lang) for p in s.get("points", ())),
                         note=_text(s.get("note"), lang))
              for s in template.get("briefing", ())]
    keys = {s.key for s in slides}
    _insert_after(slides, ("pillar", "trusted"), _pillar_slides(template, keys, lang))
    _insert_after(slides, ("pillar",), _enabler_slides(template, keys, lang))
    # the categories first: the maturity scale then lands after them, as "pmqa-categories" is a "pmqa" slide
    _insert_after(slides, ("pmqa",), _category_slides(template, keys, lang))
    _insert_after(slides, ("pmqa",), _maturity_slides(template, keys, lang))
    if thai_digits is not None:
        slides = [_in_style(slide, thai_digits) for slide in slides]
    return slides


# Each of these makes the slides the briefing lacks, judged by its slides' keys; none if it has them.
def _pillar_slides(template: dict, keys: set[str], lang: str) -> list[BriefSlide]:
    missing = [(n, p) for n, p in enumerate(template.get("pillars", ()), 1)
               if not {p["key"], f"pillar-{p['key']}", f"pillar_{p['key']}"} & keys]
    return [BriefSlide(f"pillar-{p['key']}",
                       _GENERATED["pillar"][lang].format(n=_number(n, lang), name=_text(p["name"], lang)),
                       (_text(p["summary"], lang),), generated=True) for n, p in missing]


def _enabler_slides(template: dict, keys: set[str], lang: str) -> list[BriefSlide]:
    enablers = template.get("enablers", ())
    if not enablers or any(k.startswith("enabler") for k in keys):
        return []
    return [BriefSlide("enablers", _GENERATED["enablers"][lang],
                       tuple(f"{_text(e['name'], lang)}: {_text(e['description'], lang)}" for e in enablers),
                       generated=True)]


def _category_slides(template: dict, keys: set[str], lang: str) -> list[BriefSlide]:
    categories = template.get("pmqa_categories", ())
    if not categories or any("categor" in k for k in keys):
        return []
    return [BriefSlide(
        "pmqa-categories", _GENERATED["categories"][lang].format(n=_number(len(categories), lang)),
        tuple(_GENERATED["category"][lang].format(n=_number(c["number"], lang), name=_text(c["name"], lang))
              for c in categories),
        details=tuple(_text(c["description"], lang) for c in categories), generated=True)]


def _maturity_slides(template: dict, keys: set[str], lang: str) -> list[BriefSlide]:
    levels = template.get("maturity_scale", ())
    if not levels or any(k.startswith("maturity") for k in keys):
        return []
    return [BriefSlide("maturity-levels", _GENERATED["maturity"][lang],
                       tuple(f"{_text(m['name'], lang)}: {_text(m['description'], lang)}" for m in levels),
                       generated=True)]


def _esc(text: str) -> str:
    return breakable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BriefPanel(Retranslating, QWidget):
    slide_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("briefPanel")
        self.context = None
        self.slides: list[BriefSlide] = []
        self.thai_digits = False  # the workshop's setting: slide numbers follow it, as the slides do
        self._index = 0
        self.slide_model = QStringListModel(self)
        self.slide_list = QListView(objectName="slideList")
        self.slide_list.setModel(self.slide_model)
        self.slide_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.slide_list.setWordWrap(True)
        break_words(self.slide_list)
        self.slide_list.setSpacing(2)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slide_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.slides_label = QLabel(objectName="sectionLabel")
        self.preview = StageView(aspect=16 / 9)
        self.preview.setObjectName("slidePreview")
        self.previous_button = QPushButton(objectName="previousSlideButton")
        self.next_button = QPushButton(objectName="nextSlideButton")
        self.position_label = QLabel(objectName="slidePosition", alignment=Qt.AlignmentFlag.AlignCenter)
        self.present_button = QPushButton(objectName="presentButton")
        set_icon(self.present_button, "projector")
        mark_primary(self.present_button)  # the step is shown to the room
        self.notes_heading = QLabel(objectName="sectionLabel")
        self.notes_label = QLabel(objectName="slideNotes", wordWrap=True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        notes_scroll = QScrollArea(widgetResizable=True, objectName="slideNotesArea")
        notes_scroll.setWidget(self.notes_label)
        notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.slides_label)
        side_layout.addWidget(self.slide_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position_label, 1)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.present_button)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.preview, 4)
        main_layout.addLayout(buttons)
        main_layout.addWidget(self.notes_heading)
        main_layout.addWidget(notes_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="briefSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(main)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.splitter)

        # WindowShortcut: the keys move slides wherever the focus is in the window (the step
        # navigator included) while this panel is shown; Qt ignores the shortcuts of hidden
        # widgets, and text fields keep their own arrow keys through ShortcutOverride.
        window = Qt.ShortcutContext.WindowShortcut
        self.next_action = make_action(self, self.next, "Right", "PgDown", context=window)
        self.previous_action = make_action(self, self.previous, "Left", "PgUp", context=window)
        self.first_action = make_action(self, self.first, "Home", context=window)
        self.last_action = make_action(self, self.last, "End", context=window)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.present_button.clicked.connect(self._on_present_button_clicked)
        self.slide_list.selectionModel().currentChanged.connect(self._on_slide_list_current_changed)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.slides_label.setText(self.tr("Slides"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.present_button.setText(self.tr("Show on the projector (F5)"))
        self.present_button.setToolTip(self.tr("Open the presenter view full screen on the second screen"))
        self.notes_heading.setText(self.tr("Notes for the facilitator"))
        self.next_action.setText(self.tr("Next slide"))
        self.previous_action.setText(self.tr("Previous slide"))
        self.first_action.setText(self.tr("First slide"))
        self.last_action.setText(self.tr("Last slide"))
        self._show()

    # ----------------------------------------------------------------- the step panel contract
    def set_context(self, context) -> None:
        self.context = context
        self._load()
        saved = context.workshop.state(STATE_KEY, 0) if context is not None else 0
        self._index = saved if isinstance(saved, int) and 0 <= saved < len(self.slides) else 0
        self._show()
        self.slide_changed.emit(self._index)

    def apply(self, changes: Changes) -> None:
        if changes.details and self.context is not None:  # the workshop's language may have changed
            self._load()
            self._index = min(self._index, max(len(self.slides) - 1, 0))
            self._show()
            self.slide_changed.emit(self._index)

    def _load(self) -> None:
        if self.context is None:
            self.slides = []
            self.preview.footer_text = ""
            return
        workshop = self.context.workshop
        details = workshop.details()
        self.thai_digits = details.thai_digits
        self.slides = build_slides(workshop.template(), "en" if details.language == "en" else "th", details.thai_digits)
        self.preview.footer_text = details.organization or details.title

    # ----------------------------------------------------------------- moving
    def count(self) -> int:
        return len(self.slides)

    def number(self, n: int) -> str:
        return in_digit_style(str(n), self.thai_digits)

    def current_index(self) -> int:
        return self._index

    def current_slide(self) -> BriefSlide | None:
        return self.slides[self._index] if self.slides else None

    def go_to(self, index: int) -> None:
        if not self.slides:
            return
        index = max(0, min(index, len(self.slides) - 1))
        if index == self._index:
            return
        self._index = index
        self._show()
        workshop = self.context.workshop if self.context is not None else None
        if workshop is not None and not workshop.readonly:
            workshop.set_state(STATE_KEY, index, Changes())  # nothing else needs to redraw
        self.slide_changed.emit(index)

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.slides) - 1)

    def navigate(self, move: str) -> None:
        """``move`` is "next", "previous", "first" or "last" (from the presenter view's keys)."""
        {"next": self.next, "previous": self.previous, "first": self.first, "last": self.last}[move]()

    # ----------------------------------------------------------------- drawing
    def _show(self) -> None:
        titles = [f"{self.number(n)}. {s.title}" for n, s in enumerate(self.slides, 1)]
        if self.slide_model.stringList() != titles:
            self.slide_model.setStringList(titles)
        slide = self.current_slide()
        count = len(self.slides)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < count - 1)
        if slide is None:
            self.preview.set_content(None)
            self.position_label.setText("")
            self.notes_label.setText("")
            return
        current = self.slide_model.index(self._index)
        if self.slide_list.currentIndex() != current:
            self.slide_list.selectionModel().setCurrentIndex(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.slide_list.scrollTo(current)
        self.preview.set_content(SlideContent(slide.title, slide.points, self._index, count, self.thai_digits))
        self.position_label.setText(self.tr("Slide %1 of %2").replace("%1", self.number(self._index + 1))
                                    .replace("%2", self.number(count)))
        parts = []
        if slide.note:
            parts.append(f"<p>{_esc(slide.note)}</p>")
        if slide.details:
            parts.append("".join(f"<p><b>{_esc(p)}</b><br>{_esc(d)}</p>" for p, d in zip(slide.points, slide.details)))
        empty = self.tr("No notes for this slide.")
        self.notes_label.setText("".join(parts) or f"<p style='color:{theme.MUTED}'>{_esc(empty)}</p>")

    def _on_slide_list_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.go_to(current.row())

    def _on_present_button_clicked(self) -> None:
        window = self.context.window if self.context is not None else self.window()
        show = getattr(window, "show_presenter", None)
        if show is not None:
            show()
