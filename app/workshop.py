"""The workshop document: every change the user makes goes through these operations.

Each operation validates its input, commits it to the file before returning, and returns a
``Changes`` value saying what changed; subscribers are told the same thing. Operations are safe to
call from another thread: the store serialises them, and an operation that reads before it writes
does both inside one ``transaction()``, so the room's devices (app/room/) and the keyboard can edit
at once without losing each other's edits.

Longer than 400 lines on purpose: this class is the one list of everything that may change a
workshop, which is what a reader (and the room's request handlers) look it up in; its parts are
short, and the SQL lives in app/storage/.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Callable, Iterator

from app import locking
from app.changes import Changes
from app.errors import StorageError, ValidationError
from app.followup import FollowupOperations
from app.model import (
    AGENDA_KINDS, CARD_MODERATION, CARD_ORIGINS, LANGUAGES, PLAN_STATUSES, PLAN_TEXT_FIELDS, AgendaItem,
    Answer, Assessment, Category, Details, Group, Initiative, MaturityLevel, Pillar, PlanItem, Vote,
)
from app.storage import ASSESSED, TABLES, Snapshot, WorkshopStore, new_workshop_rows
from app.validation import clean_text, is_color, validated_details, whole_number

GROUP_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939")

if TYPE_CHECKING:
    from app.templates import Template

Listener = Callable[[Changes], None]


def template_dict(template: Template) -> dict:
    from app.templates import template_to_dict  # the template machinery loads when a workshop is made

    return template_to_dict(template)


class Workshop(FollowupOperations):
    """An open workshop file (the follow-up's operations are in app/followup.py)."""

    def __init__(self, store: WorkshopStore):
        self.store = store
        self._listeners: list[Listener] = []
        self._local = threading.local()  # per thread: the changes of the transaction in progress

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(cls, path: Path | str, template: Template, **details) -> "Workshop":
        lang = details.get("language", "th")
        if lang not in LANGUAGES:
            raise ValidationError("language", "not_a_language")
        fields = {
            "title": template.name.get(lang), "start_time": template.default_start,
            "objectives": [o.get(lang) for o in template.objectives], "language": lang,
        }
        fields.update(validated_details(details))
        return cls(WorkshopStore.create(path, new_workshop_rows(template, fields, template_dict(template))))

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, backup=None, lock: bool = False,
             force_lock: bool = False) -> "Workshop":
        """Open a workshop file. With ``lock`` (the GUI), editing is refused with FileInUseError
        while another running copy has it open; ``force_lock`` takes the lock over."""
        held = locking.acquire(path, force=force_lock) if lock and not readonly else None
        try:
            workshop = cls(WorkshopStore.open(path, readonly=readonly, backup=backup))
        except BaseException:
            if held is not None:
                held.release()
            raise
        workshop._lock = held
        return workshop

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            held, self._lock = getattr(self, "_lock", None), None
            if held is not None:
                held.release()

    def subscribe(self, listener: Listener) -> None:
        """``listener(changes)`` is called after every committed change, on the caller's thread."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def changed_elsewhere(self, changes: Changes) -> None:
        """Another process committed ``changes`` to the file (room input's server): the subscribers
        hear of it as of any change, marked as made elsewhere."""
        for listener in list(self._listeners):
            listener(changes._replace(elsewhere=True))

    def _done(self, changes: Changes) -> Changes:
        """Tell the subscribers; call it only after the change is committed (they read the file).
        Inside a ``transaction()`` they are told once, when it commits."""
        pending = getattr(self._local, "pending", None)
        if pending is not None:
            pending.append(changes)
            return changes
        for listener in list(self._listeners):
            listener(changes)
        return changes

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The operations inside are one atomic step: no other thread's edit lands between them, and
        all of them commit or none does. Subscribers hear of it once, after the commit."""
        outer = getattr(self._local, "pending", None) is None
        if outer:
            self._local.pending = []
        try:
            with self.store.transaction():
                yield
        except BaseException:
            if outer:
                self._local.pending = None
            raise
        if outer:
            told, self._local.pending = self._local.pending, None
            if told:
                merged = Changes()
                for changes in told:
                    merged |= changes
                self._done(merged)

    def _moved_on(self) -> StorageError:
        """An undo that would take back someone else's later edit (a group's device) is refused."""
        return StorageError(self.path, "changed_since")

    # ----------------------------------------------------------------- reading
    def details(self) -> Details: return self.store.details()
    def groups(self) -> list[Group]: return self.store.groups()
    def agenda(self) -> list[AgendaItem]: return self.store.agenda()
    def pillars(self) -> list[Pillar]: return self.store.pillars()
    def categories(self) -> list[Category]: return self.store.categories()
    def maturity_levels(self) -> list[MaturityLevel]: return self.store.maturity_levels()
    def answers(self, question_id: int | None = None) -> list[Answer]: return self.store.answers(question_id)
    def answer_counts(self, question_ids: list[int]) -> dict[int, int]: return self.store.answer_counts(question_ids)
    def assessments(self) -> list[Assessment]: return self.store.assessments()
    def initiatives(self) -> list[Initiative]: return self.store.initiatives()
    def votes(self) -> list[Vote]: return self.store.votes()
    def plan_items(self) -> list[PlanItem]: return self.store.plan_items()
    def template(self) -> dict: return self.store.template_snapshot()

    # ----------------------------------------------------------------- details
    def update_details(self, **fields) -> Changes:
        self.store.update_details(validated_details(fields))
        return self._done(Changes(details=True))

    # ----------------------------------------------------------------- groups and members
    def add_group(self, name: str, color: str | None = None) -> Changes:
        name = clean_text("name", name, limit=200)
        if color is not None and not is_color(color):
            raise ValidationError("color", "not_a_colour")
        with self.transaction():  # the next colour is read and taken at once
            if color is None:
                color = GROUP_COLORS[len(self.store.groups()) % len(GROUP_COLORS)]
            group_id = self.store.add_group(name, color)
        return self._done(Changes(groups=True, new_id=group_id))

    def rename_group(self, group_id: int, name: str) -> Changes:
        self.store.update_group(group_id, {"name": clean_text("name", name, limit=200)})
        return self._done(Changes(groups=True))

    def set_group_color(self, group_id: int, color: str) -> Changes:
        if not is_color(color):
            raise ValidationError("color", "not_a_colour")
        self.store.update_group(group_id, {"color": color})
        return self._done(Changes(groups=True))

    def reorder_groups(self, ids: list[int]) -> Changes:
        self.store.reorder_groups(ids)
        return self._done(Changes(groups=True))

    def remove_group(self, group_id: int) -> tuple[Changes, Snapshot]:
        """Removes the group with its members, answers, scores and votes; the snapshot undoes it."""
        snapshot = self.store.delete_group(group_id)
        return self._done(Changes(groups=True, answers=True, assessments=True, initiatives=True)), snapshot

    def add_member(self, group_id: int, name: str) -> Changes:
        member_id = self.store.add_member(group_id, clean_text("member", name, limit=200))
        return self._done(Changes(groups=True, new_id=member_id))

    def rename_member(self, member_id: int, name: str) -> Changes:
        self.store.update_member(member_id, {"name": clean_text("member", name, limit=200)})
        return self._done(Changes(groups=True))

    def remove_member(self, member_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_member(member_id)
        return self._done(Changes(groups=True)), snapshot

    def restore(self, snapshot: Snapshot) -> Changes:
        """Undo a removal: puts the rows back exactly as they were."""
        self.store.restore(snapshot)
        tables = {table for table, _ in snapshot}
        return self._done(Changes(
            groups=bool(tables & {"groups", "members"}), agenda="agenda_items" in tables,
            answers="answers" in tables, assessments="assessments" in tables,
            initiatives=bool(tables & {"initiatives", "votes"}), plan="plan_items" in tables,
            followup=bool(tables & {"checkpoints", "progress", "evidence"})))

    # ----------------------------------------------------------------- agenda
    def _agenda_fields(self, fields: dict) -> dict:
        out = {}
        for key, value in fields.items():
            if key == "kind":
                if value not in AGENDA_KINDS:
                    raise ValidationError("kind", "not_one_of", choices=", ".join(AGENDA_KINDS))
            elif key == "title":
                value = clean_text("title", value, limit=500)
            elif key == "minutes":
                value = whole_number("minutes", value, 0, 24 * 60)
            elif key == "pillar_key":
                if value is not None and value not in {p.key for p in self.store.pillars()}:
                    raise ValidationError("pillar_key", "not_a_pillar")
            elif key in ("actual_start", "actual_end"):
                if value is not None and not isinstance(value, str):
                    raise ValidationError(key, "not_a_timestamp")
            else:
                raise ValidationError(key, "not_agenda_field")
            out[key] = value
        return out

    def add_agenda_item(self, kind: str, title: str, minutes: int, pillar_key: str | None = None) -> Changes:
        fields = self._agenda_fields({"kind": kind, "title": title, "minutes": minutes, "pillar_key": pillar_key})
        return self._done(Changes(agenda=True, new_id=self.store.add_agenda_item(fields)))

    def update_agenda_item(self, item_id: int, **fields) -> Changes:
        self.store.update_agenda_item(item_id, self._agenda_fields(fields))
        return self._done(Changes(agenda=True))

    def reorder_agenda(self, ids: list[int]) -> Changes:
        self.store.reorder_agenda(ids)
        return self._done(Changes(agenda=True))

    def remove_agenda_item(self, item_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_agenda_item(item_id)
        return self._done(Changes(agenda=True)), snapshot

    # ----------------------------------------------------------------- answers
    def add_answer(self, group_id: int, question_id: int, text: str, *, origin: str = "",
                   moderation: str = "") -> Changes:
        """Adds a card; it is in the file when this returns. ``origin`` "device" marks a card a group
        sent from its own device; ``moderation`` "pending" holds it for the facilitator's approval."""
        text = clean_text("answer", text)
        if origin not in CARD_ORIGINS:
            raise ValidationError("origin", "not_an_origin")
        if moderation not in CARD_MODERATION:
            raise ValidationError("moderation", "not_a_moderation")
        with self.transaction():
            answer_id = self.store.add_answer(group_id, question_id, text)
            if origin or moderation:
                self.store.update_answer(answer_id, {"origin": origin, "moderation": moderation})
        return self._done(Changes(answers=True, new_id=answer_id))

    def edit_answer(self, answer_id: int, text: str, *, expect: str | None = None) -> Changes:
        """``expect`` (for undo): the text the card must still have, else the edit is refused."""
        text = clean_text("answer", text)
        with self.transaction():
            if expect is not None and self.store.answer(answer_id).text != expect:
                raise self._moved_on()
            self.store.update_answer(answer_id, {"text": text})
        return self._done(Changes(answers=True))

    def moderate_answer(self, answer_id: int, moderation: str) -> Changes:
        """Show a card to the room (""), hold it for approval ("pending") or hide it ("hidden")."""
        if moderation not in CARD_MODERATION:
            raise ValidationError("moderation", "not_a_moderation")
        self.store.update_answer(answer_id, {"moderation": moderation})
        return self._done(Changes(answers=True))

    def move_answer(self, answer_id: int, question_id: int, index: int | None = None) -> Changes:
        self.store.move_answer(answer_id, question_id, index)
        return self._done(Changes(answers=True))

    def merge_answers(self, answer_ids: list[int], text: str | None = None) -> tuple[Changes, Snapshot]:
        """Merge cards into the first one, keeping who said what in its ``sources``.

        ``text`` defaults to the cards' texts joined one per line. The snapshot undoes the merge.
        """
        if len(answer_ids) < 2 or len(set(answer_ids)) != len(answer_ids):
            raise ValidationError("answers", "merge_two_cards")
        with self.transaction():  # the texts merged are the texts removed: no edit lands in between
            cards = [self.store.answer(i) for i in answer_ids]
            sources: list[dict] = []
            for card in cards:
                sources += list(card.sources) or [{"group_id": card.group_id, "text": card.text}]
            merged = clean_text("answer", text if text is not None else "\n".join(c.text for c in cards))
            snapshot = self.store.merge_answers(answer_ids[0], answer_ids[1:], merged, sources)
        return self._done(Changes(answers=True, initiatives=True)), snapshot

    def remove_answer(self, answer_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_answer(answer_id)
        return self._done(Changes(answers=True, initiatives=True)), snapshot

    # ----------------------------------------------------------------- assessment
    def set_assessment(self, group_id: int, target: str, target_id: int, level: int | None,
                       reason: str = "", *, expect: tuple[int | None, str] | None = None) -> Changes:
        """``expect`` (for undo): the (level, reason) the score must still have, (None, "") for none."""
        if target not in ASSESSED:
            raise ValidationError("target", "not_a_target")
        reason = clean_text("reason", reason, required=False, limit=2000)
        with self.transaction():
            if level is not None and level not in {m.value for m in self.store.maturity_levels()}:
                raise ValidationError("level", "not_a_level")
            if expect is not None and self.assessment_of(group_id, target, target_id) != tuple(expect):
                raise self._moved_on()
            self.store.set_assessment(group_id, target, target_id, level, reason)
        return self._done(Changes(assessments=True))

    def assessment_of(self, group_id: int, target: str, target_id: int) -> tuple[int | None, str]:
        """A group's (level, reason) for one category or pillar; (None, "") when not scored."""
        return next(((a.level, a.reason) for a in self.store.assessments()
                     if (a.group_id, a.target, a.target_id) == (group_id, target, target_id)), (None, ""))

    # ----------------------------------------------------------------- initiatives and votes
    def add_initiative(self, title: str, pillar_id: int | None = None, answer_id: int | None = None,
                       impact: int | None = None, effort: int | None = None) -> Changes:
        fields = {"title": clean_text("title", title, limit=1000), "pillar_id": pillar_id,
                  "answer_id": answer_id, "impact": whole_number("impact", impact, 1, 5, optional=True),
                  "effort": whole_number("effort", effort, 1, 5, optional=True)}
        return self._done(Changes(initiatives=True, new_id=self.store.add_initiative(fields)))

    def update_initiative(self, initiative_id: int, **fields) -> Changes:
        if "title" in fields:
            fields["title"] = clean_text("title", fields["title"], limit=1000)
        for key in ("impact", "effort"):
            if key in fields:
                fields[key] = whole_number(key, fields[key], 1, 5, optional=True)
        self.store.update_initiative(initiative_id, fields)
        return self._done(Changes(initiatives=True))

    def remove_initiative(self, initiative_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_initiative(initiative_id)
        return self._done(Changes(initiatives=True, plan=True)), snapshot

    def set_votes(self, initiative_id: int, group_id: int, dots: int, *, expect: int | None = None) -> Changes:
        """Sets how many dots a group puts on an initiative, within the group's allowance.
        ``expect`` (for undo): the dots the group must still have there, else it is refused."""
        dots = whole_number("dots", dots, 0, 100)
        with self.transaction():
            if expect is not None and self.dots_of(initiative_id, group_id) != expect:
                raise self._moved_on()
            self.store.set_votes(initiative_id, group_id, dots)
        return self._done(Changes(initiatives=True))

    def dots_of(self, initiative_id: int, group_id: int) -> int:
        return next((v.dots for v in self.store.votes()
                     if (v.initiative_id, v.group_id) == (initiative_id, group_id)), 0)

    def merge_initiatives(self, keep_id: int, other_id: int, meta: dict | None = None) -> tuple[Changes, Snapshot]:
        """Merge ``other_id`` into ``keep_id``: the dots add up group by group, plan items follow the
        kept initiative, and the kept one borrows impact/effort it lacked. ``meta`` (application
        state, e.g. a consolidated workshop's suggestion list) is committed in the same transaction.
        ``unmerge_initiatives(snapshot)`` undoes it."""
        if keep_id == other_id:
            raise ValidationError("initiatives", "merge_two_initiatives")
        snapshot = self.store.merge_initiatives(keep_id, other_id, meta)
        return self._done(Changes(initiatives=True, plan=True)), snapshot

    def unmerge_initiatives(self, snapshot: Snapshot) -> Changes:
        """Undo ``merge_initiatives`` exactly, once every later step is undone (else StorageError)."""
        self.store.unmerge_initiatives(snapshot)
        return self._done(Changes(initiatives=True, plan=True))

    # ----------------------------------------------------------------- development plan
    def _plan_fields(self, fields: dict) -> dict:
        out = {}
        for key, value in fields.items():
            if key in PLAN_TEXT_FIELDS:
                value = clean_text(key, value, required=False, limit=5000)
            elif key in TABLES["plan_items"].links:
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ValidationError(key, "not_an_id")
            elif key == "fiscal_year":
                value = whole_number(key, value, 2400, 2800, optional=True)  # Buddhist Era
            elif key == "quarter":
                value = whole_number(key, value, 1, 4, optional=True)
            elif key == "budget_satang":
                value = whole_number(key, value, 0, 10**15, optional=True)
            elif key == "status":
                if value not in PLAN_STATUSES:
                    raise ValidationError(key, "not_one_of", choices=", ".join(PLAN_STATUSES))
            else:
                raise ValidationError(key, "not_plan_field")
            out[key] = value
        return out

    def add_plan_item(self, **fields) -> Changes:
        return self._done(Changes(plan=True, new_id=self.store.add_plan_item(self._plan_fields(fields))))

    def update_plan_item(self, item_id: int, **fields) -> Changes:
        self.store.update_plan_item(item_id, self._plan_fields(fields))
        return self._done(Changes(plan=True))

    def reorder_plan(self, ids: list[int]) -> Changes:
        self.store.reorder_plan(ids)
        return self._done(Changes(plan=True))

    def remove_plan_item(self, item_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_plan_item(item_id)  # with its progress and evidence
        return self._done(Changes(plan=True, followup=True)), snapshot

    # ----------------------------------------------------------------- application state kept in the file
    def state(self, key: str, default=None):
        """Application state saved with the workshop (run mode, current step), as JSON values."""
        return self.store.meta(key, default)

    def set_state(self, key: str, value, changes: Changes = Changes(run=True)) -> Changes:
        self.store.set_meta(key, value)
        return self._done(changes)

    # ----------------------------------------------------------------- whole file
    def save_copy(self, target: Path | str) -> None:
        self.store.copy_to(Path(target))

    def send_copy(self, target: Path | str) -> None:
        """A compact copy to share with another office (backup API, then VACUUM INTO)."""
        self.store.compact_copy_to(Path(target))
