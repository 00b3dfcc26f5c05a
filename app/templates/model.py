"""The template data model: the bilingual content a workshop is created from, as frozen dataclasses,
and :class:`TemplateError`, the one error every template failure a user can cause comes out as.

Imported through ``app.templates``; ``app/templates/format.py`` builds these objects from JSON and
``app/templates/library.py`` copies, writes and lists them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.errors import problem_text
from app.text import with_short_quotes


@dataclass(frozen=True)
class Text:
    th: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("th..." means Thai, anything else English), else the other one."""
        first, second = (self.th, self.en) if lang.lower().startswith("th") else (self.en, self.th)
        return first or second


@dataclass(frozen=True)
class AgendaEntry:
    kind: str
    title: Text
    minutes: int
    pillar: str | None = None


@dataclass(frozen=True)
class Slide:
    key: str
    title: Text
    points: tuple[Text, ...]
    note: Text | None = None


@dataclass(frozen=True)
class Question:
    key: str
    text: Text
    help: Text


@dataclass(frozen=True)
class Pillar:
    key: str
    name: Text
    short_name: Text
    summary: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Enabler:
    key: str
    name: Text
    description: Text


@dataclass(frozen=True)
class Category:
    number: int
    name: Text
    description: Text


@dataclass(frozen=True)
class MaturityLevel:
    key: str
    value: int
    name: Text
    description: Text


@dataclass(frozen=True)
class PlanField:
    key: str
    label: Text
    help: Text


@dataclass(frozen=True)
class PlanStatus:
    key: str
    name: Text


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    builtin: bool
    name: Text
    description: Text
    objectives: tuple[Text, ...]
    benefits: tuple[Text, ...]
    default_start: str
    agenda: tuple[AgendaEntry, ...]
    briefing: tuple[Slide, ...]
    pillars: tuple[Pillar, ...]
    enablers: tuple[Enabler, ...]
    categories: tuple[Category, ...]
    maturity_scale: tuple[MaturityLevel, ...]
    plan_fields: tuple[PlanField, ...]
    plan_statuses: tuple[PlanStatus, ...]

    def pillar(self, key: str) -> Pillar:
        for pillar in self.pillars:
            if pillar.key == key:
                return pillar
        raise KeyError(key)

    @property
    def total_minutes(self) -> int:
        return sum(entry.minutes for entry in self.agenda)


class TemplateError(Exception):
    """A template that cannot be read, or is not valid.

    Like the core's other errors (``app/errors.py``) it carries a stable ``code`` and the ``values`` its
    message names: ``str(exc)`` is the English the command line prints (``source: place: problem``), and
    the interface says the problem in its own language from the code. ``place`` is a JSON path such as
    ``pillars[0].name.th``.
    """

    def __init__(self, source: str, place: str, code: str, **values):
        values = {k: with_short_quotes(v) if isinstance(v, str) else v for k, v in values.items()}
        self.source, self.place, self.code, self.values = source, place, code, values
        self.problem = with_short_quotes(problem_text(code, values))
        super().__init__(source, place, code)

    def __reduce__(self):
        # copy and pickle rebuild the error from its arguments, and the values are keyword arguments
        return functools.partial(type(self), **self.values), (self.source, self.place, self.code)

    def __str__(self) -> str:
        if self.place:
            return f"{self.source}: {self.place}: {self.problem}"
        return f"{self.source}: {self.problem}"
