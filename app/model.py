"""The workshop's domain objects, as the storage layer returns them (plain, immutable values).

Named tuples rather than frozen dataclasses: defining a frozen dataclass compiles six methods, which
cost every start of the application 7 ms for these records, a named tuple a fifth of that. They are
immutable and compared field by field, but they are also tuples: never compare records of different
kinds, sort them, or unpack them by position; name the fields. ``Answer.sources`` holds dicts, so an
answer is not hashable.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

LANGUAGES = ("th", "en")
AGENDA_KINDS = (
    "opening", "briefing", "group_work", "report_back", "self_assessment",
    "prioritization", "action_planning", "break", "closing",
)
PLAN_STATUSES = ("planned", "in_progress", "done", "deferred")
# The plan's columns as people read them: a template labels each, the report and the spreadsheet
# show them in this order ("timeframe" is the fiscal year and quarter).
PLAN_FIELD_KEYS = (
    "issue", "activity", "pillar", "category", "kpi", "target", "timeframe", "responsible", "budget", "status",
)


def bilingual(th: str, en: str, lang: str) -> str:
    """The side of a Thai/English pair for ``lang``; the other side if that one is empty."""
    return (en if lang == "en" else th) or th or en


class Details(NamedTuple):
    title: str
    organization: str
    unit: str
    event_date: date | None
    start_time: str  # "HH:MM"
    venue: str
    facilitators: tuple[str, ...]
    objectives: tuple[str, ...]
    language: str
    thai_digits: bool
    dots_per_group: int
    template_id: str
    template_version: str


# Which template made the workshop is fixed when it is created; everything else the user may change.
EDITABLE_DETAILS = tuple(f for f in Details._fields if f not in ("template_id", "template_version"))


class Member(NamedTuple):
    id: int
    group_id: int
    name: str
    position: int


class Group(NamedTuple):
    id: int
    name: str
    color: str
    position: int
    members: tuple[Member, ...] = ()


class AgendaItem(NamedTuple):
    id: int
    kind: str
    title: str
    minutes: int
    position: int
    pillar_key: str | None = None
    actual_start: str | None = None  # ISO timestamps, local time, recorded by run mode
    actual_end: str | None = None


class Question(NamedTuple):
    id: int
    pillar_id: int
    key: str
    text_th: str
    text_en: str
    help_th: str
    help_en: str
    position: int

    def text(self, lang: str) -> str:
        return bilingual(self.text_th, self.text_en, lang)


class Pillar(NamedTuple):
    id: int
    key: str
    name_th: str
    name_en: str
    short_th: str
    short_en: str
    summary_th: str
    summary_en: str
    position: int
    questions: tuple[Question, ...] = ()

    def name(self, lang: str) -> str:
        return bilingual(self.name_th, self.name_en, lang)

    def short(self, lang: str) -> str:
        return (self.short_en if lang == "en" else self.short_th) or self.name(lang)


class Category(NamedTuple):
    id: int
    number: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str

    def name(self, lang: str) -> str:
        return bilingual(self.name_th, self.name_en, lang)


class MaturityLevel(NamedTuple):
    id: int
    key: str
    value: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str

    def name(self, lang: str) -> str:
        return bilingual(self.name_th, self.name_en, lang)


class Answer(NamedTuple):
    id: int
    group_id: int
    question_id: int
    text: str
    position: int
    created_at: str
    updated_at: str
    # Who said what, kept when cards are merged: [{"group_id": .., "text": ..}, ...]
    sources: tuple[dict, ...] = ()
    origin: str = ""      # "" typed at the facilitator's laptop, "device": sent from a group's own device
    moderation: str = ""  # "" shown, "pending": waits for the facilitator's approval, "hidden" from the room


CARD_ORIGINS = ("", "device")
CARD_MODERATION = ("", "pending", "hidden")


class Assessment(NamedTuple):
    id: int
    group_id: int
    target: str  # "category" or "pillar"
    target_id: int
    level: int
    reason: str


class Initiative(NamedTuple):
    id: int
    title: str
    pillar_id: int | None
    answer_id: int | None
    impact: int | None
    effort: int | None
    position: int


class Vote(NamedTuple):
    initiative_id: int
    group_id: int
    dots: int


class PlanItem(NamedTuple):
    id: int
    position: int
    issue: str
    activity: str
    pillar_id: int | None
    category_id: int | None
    kpi: str
    target: str
    fiscal_year: int | None  # Buddhist Era
    quarter: int | None
    responsible: str
    budget_satang: int | None  # baht × 100, so sums are exact
    status: str
    initiative_id: int | None

    @property
    def budget(self) -> float | None:
        return None if self.budget_satang is None else self.budget_satang / 100


PLAN_TEXT_FIELDS = ("issue", "activity", "kpi", "target", "responsible")


# ----------------------------------------------------------------------------- follow-up (issue #23)
# How a plan item stands at a checkpoint, as the agency reports it.
PROGRESS_STATUSES = ("not_started", "in_progress", "done", "delayed", "cancelled")


class Checkpoint(NamedTuple):
    """A date the plan's progress is reported for (by default the fiscal year's four quarters)."""
    id: int
    position: int
    name: str
    due_date: date  # ISO text in the file


class Progress(NamedTuple):
    """A plan item as it stood at a checkpoint. Every value is as of that date, cumulative: the
    percentage done so far, the KPI's value reached, the budget spent since the plan began."""
    id: int
    plan_item_id: int
    checkpoint_id: int
    status: str
    percent: int
    kpi_actual: str                 # text, as the plan's KPI target is
    spent_satang: int | None        # baht × 100, as the plan's budget
    note: str
    updated_at: str                 # ISO timestamp, UTC


class Evidence(NamedTuple):
    """A file attached to a progress row; its bytes stay in the file until asked for."""
    id: int
    progress_id: int
    name: str
    media_type: str
    size: int
    sha256: str                     # hex digest of the bytes, checked whenever they are read
    added_at: str                   # ISO timestamp, UTC
