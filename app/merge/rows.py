"""The consolidated workshop's rows, gathered office by office.

Two kinds of rows come in from each input. The template's (pillars, questions, PMQA categories,
maturity levels) are *matched*: a row that names the same thing as one already taken (the same
pillar key, question key in that pillar, category number, level value) becomes that row, and
anything new is added and reported. The offices' own rows (groups and all that hangs on them,
initiatives, plan items) are *copied*: given new ids in order, their links followed through the ids
already given (the links are those declared in ``app/storage/tables.py``), and a row whose parent was
not taken is left out with it.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from app.merge.inputs import PROVENANCE_KEY, MergeInput, Source, meta_value as _meta, original_group_name
from app.storage import ASSESSED, CASCADE, TABLES, decoded, encoded

IdMaps = dict[str, dict[int, int]]  # table -> {the input's id: the result's id}


class _TemplatePart(NamedTuple):
    """How one table of the template is matched across offices."""
    table: str
    kind: str                                   # the merge report's word for it
    order: Callable[[dict], tuple]              # the order an input's rows are taken in
    identity: Callable[[dict, IdMaps], object]  # what names the row in every office's file
    label: Callable[[dict], str]                # the report's key for it
    wording: tuple[str, str]                    # the Thai and English texts compared and shown


def _question_identity(row: dict, maps: IdMaps) -> tuple:
    return maps["pillar_keys"][row["pillar_id"]], row["key"]


_TEMPLATE_PARTS = (
    _TemplatePart("pillars", "pillar", lambda r: (r["position"], r["id"]), lambda r, _: r["key"],
                  lambda r: r["key"], ("name_th", "name_en")),
    _TemplatePart("questions", "question", lambda r: (r["pillar_id"], r["position"], r["id"]), _question_identity,
                  lambda r: r["key"], ("text_th", "text_en")),
    _TemplatePart("categories", "category", lambda r: (r["number"],), lambda r, _: r["number"],
                  lambda r: str(r["number"]), ("name_th", "name_en")),
    _TemplatePart("maturity_levels", "level", lambda r: (r["value"],), lambda r, _: r["value"],
                  lambda r: str(r["value"]), ("name_th", "name_en")),
)
# Where a new row's position is counted: among the rows sharing this link (else the whole table).
_POSITION_AMONG = {"questions": "pillar_id", "answers": "question_id"}
_OWN_POSITION = {"members"}  # a group comes whole from one office, its members in their order


class ResultRows:
    """Accumulates the result's rows, ids given in order, table by table, and the merge report's
    findings about them."""

    def __init__(self):
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES if t not in ("workshop", "meta", "agenda_items")}
        self._known: dict[str, dict[object, dict]] = {part.table: {} for part in _TEMPLATE_PARTS}
        self._positions: dict[tuple[str, object], int] = {}
        self.provenance: dict[str, dict[str, dict]] = {"groups": {}, "initiatives": {}, "plan_items": {}}
        self.report: dict[str, list] = {"duplicates": [], "unmatched": [], "differences": [], "warnings": []}
        # every office met (kept or set aside as a duplicate): content fingerprint -> its number
        self.office_by_fingerprint: dict[str, int] = {}

    def add(self, table: str, row: dict) -> dict:
        """Add ``row`` to ``table`` with the next id (and position); the row as added."""
        return self._add(table, row)

    def _add(self, table: str, row: dict) -> dict:
        row = dict(row, id=len(self.rows[table]) + 1)
        if "position" in row and table not in _OWN_POSITION:
            scope = (table, row[_POSITION_AMONG[table]] if table in _POSITION_AMONG else None)
            row["position"] = self._positions.get(scope, 0)
            self._positions[scope] = row["position"] + 1
        self.rows[table].append(row)
        return row

    # ----------------------------------------------------------------- the template's rows: matched
    def take_template(self, inp: MergeInput, base: bool) -> IdMaps:
        """Match (or add) the input's pillars, questions, categories and levels; the id maps."""
        maps: IdMaps = {"pillar_keys": {p["id"]: p["key"] for p in inp.tables["pillars"]}}
        for part in _TEMPLATE_PARTS:
            maps[part.table] = {}
            for row in sorted(inp.tables[part.table], key=part.order):
                maps[part.table][row["id"]] = self._match(part, row, inp, maps, base)["id"]
        return maps

    def _match(self, part: _TemplatePart, row: dict, inp: MergeInput, maps: IdMaps, base: bool) -> dict:
        identity = part.identity(row, maps)
        known = self._known[part.table].get(identity)
        if known is None:
            known = self._known[part.table][identity] = self._add(part.table, self._linked(part.table, row, maps))
            if not base:
                self._report_added(part, row, inp, maps)
        elif _wording(row, part) != _wording(known, part):
            self._report("differences", inp, part, row, base_name=_shown(known, part))
        return known

    def _linked(self, table: str, row: dict, maps: IdMaps) -> dict | None:
        """``row`` with its links pointing at the result's rows; None if a parent it cannot lose
        (ON DELETE CASCADE) was not taken. A level's key must stay unique too."""
        out = dict(row)
        for column, link in TABLES[table].links.items():
            if row[column] is not None:
                out[column] = maps[link.table].get(row[column])
                if out[column] is None and link.on_delete == CASCADE:
                    return None
        if table == "maturity_levels" and any(r["key"] == row["key"] for r in self.rows[table]):
            out["key"] = f"{row['key']}-{row['value']}"
        return out

    def _report_added(self, part: _TemplatePart, row: dict, inp: MergeInput, maps: IdMaps) -> None:
        if part.table == "pillars":
            count = sum(1 for q in inp.tables["questions"] if q["pillar_id"] == row["id"])
            self._report("unmatched", inp, part, row, questions=count)
        elif part.table != "questions" or not self._pillar_was_added(inp, maps["pillar_keys"][row["pillar_id"]]):
            self._report("unmatched", inp, part, row)

    def _pillar_was_added(self, inp: MergeInput, key: str) -> bool:
        return any(u["file"] == inp.path.name and u["kind"] == "pillar" and u["key"] == key
                   for u in self.report["unmatched"])

    def _report(self, finding: str, inp: MergeInput, part: _TemplatePart, row: dict, **extra) -> None:
        if part.table == "questions":
            pillar = next(p for p in inp.tables["pillars"] if p["id"] == row["pillar_id"])
            extra["pillar"] = pillar["key"]
        self.report[finding].append(dict({"file": inp.path.name, "kind": part.kind, "key": part.label(row),
                                          "name": _shown(row, part)}, **extra))

    # ----------------------------------------------------------------- the offices' own rows: copied
    def take_rows(self, inp: MergeInput, kept: dict[int, int], offices: list[Source], maps: IdMaps) -> dict[int, int]:
        """Copy the rows of the input's kept sources (``kept``: source index -> result source number);
        the ids its initiatives were given (old -> new)."""
        ids = dict(maps)
        ids["groups"] = self._take_groups(inp, kept, offices)
        self._copy(inp, "members", ids)
        ids["answers"] = self._copy(inp, "answers", ids, lambda r: {"sources": _sources(r, ids["groups"])})
        self._copy(inp, "assessments", ids, lambda r: _assessed(r, ids))
        ids["initiatives"] = self._copy_owned(inp, "initiatives", kept, ids)
        self._copy(inp, "votes", ids)
        self._copy_owned(inp, "plan_items", kept, ids)
        return ids["initiatives"]

    def _take_groups(self, inp: MergeInput, kept: dict[int, int], offices: list[Source]) -> dict[int, int]:
        """Groups are renamed "office · group", so that two offices' "Group 1" stay apart."""
        names = {g["id"]: original_group_name(inp, g) for g in inp.tables["groups"]}

        def labelled(group: dict) -> dict:
            office = offices[kept[inp.source_of("groups", group["id"])] - 1].office
            return {"name": f"{office} · {names[group['id']]}"[:200]}

        groups = self._copy_owned(inp, "groups", kept, {}, labelled)
        for old, new in groups.items():
            self.provenance["groups"][str(new)]["name"] = names[old]
        return groups

    def _copy_owned(self, inp: MergeInput, table: str, kept: dict[int, int], ids: IdMaps,
                    change: Callable[[dict], dict] | None = None) -> dict[int, int]:
        """Rows that belong to one office: taken when that office is, with where they came from."""
        number = {r["id"]: kept.get(inp.source_of(table, r["id"])) for r in inp.tables[table]}
        copied = self._copy(inp, table, ids, change, lambda r: number[r["id"]] is not None)
        recorded = (_meta(inp.tables, PROVENANCE_KEY) or {}).get(table, {}) if inp.consolidated else {}
        for old, new in copied.items():
            entry = recorded.get(str(old)) if isinstance(recorded, dict) else None
            entry = entry if isinstance(entry, dict) else {}
            record = {"source": number[old], _ORIGINAL_ID[table]: entry.get(_ORIGINAL_ID[table], old)}
            merged = [m for m in (self._renumbered(inp, m) for m in entry.get("merged") or ()) if m]
            if merged:  # initiatives a review merged into this one, in an earlier consolidation
                record["merged"] = merged
            self.provenance[table][str(new)] = record
        return copied

    def _renumbered(self, inp: MergeInput, merged: object) -> dict | None:
        """A "merged" record of a consolidated input, its office numbered as in this result."""
        if not isinstance(merged, dict) or not isinstance(merged.get("source"), int):
            return None
        if not 1 <= merged["source"] <= len(inp.sources):
            return None
        number = self.office_by_fingerprint.get(inp.sources[merged["source"] - 1].fingerprint)
        return dict(merged, source=number) if number else None

    def _copy(self, inp: MergeInput, table: str, ids: IdMaps, change: Callable[[dict], dict | None] | None = None,
              wanted: Callable[[dict], bool] = lambda r: True) -> dict[int, int]:
        """Copy ``table``'s wanted rows with their links followed; the ids given (old -> new)."""
        copied: dict[int, int] = {}
        for row in sorted(inp.tables[table], key=_copy_order(table)):
            linked = self._linked(table, row, ids) if wanted(row) else None
            extra = change(row) if linked is not None and change is not None else {}
            if linked is None or extra is None:
                continue
            if TABLES[table].key == ("id",):
                copied[row["id"]] = self._add(table, dict(linked, **extra))["id"]
            else:
                self.rows[table].append(dict(linked, **extra))
        return copied


_ORIGINAL_ID = {"groups": "group_id", "initiatives": "initiative_id", "plan_items": "plan_item_id"}


def _copy_order(table: str) -> Callable[[dict], tuple]:
    if table in _POSITION_AMONG:
        return lambda r: (r[_POSITION_AMONG[table]], r["position"], r["id"])
    if "position" in TABLES[table].columns and table not in _OWN_POSITION:
        return lambda r: (r["position"], r["id"])
    return lambda r: ()  # as read


def _sources(answer: dict, groups: dict[int, int]) -> str:
    """Who said what in a merged card, with the groups' new ids."""
    if not answer["sources"] or answer["sources"] == "[]":
        return "[]"  # most cards were never merged: a fifth of combining fifty offices went on this
    sources = [dict(s, group_id=groups.get(s.get("group_id"))) if isinstance(s, dict) else s
               for s in decoded("answers", answer)["sources"]]
    return encoded("answers", {"sources": sources})["sources"]


def _assessed(score: dict, ids: IdMaps) -> dict | None:
    """A score points at a category or a pillar; one for a row that no longer exists was orphaned
    already and stays behind."""
    target = ids[ASSESSED[score["target"]]].get(score["target_id"])
    return None if target is None else {"target_id": target}


def _wording(row: dict, part: _TemplatePart) -> tuple[str, str]:
    return row[part.wording[0]], row[part.wording[1]]


def _shown(row: dict, part: _TemplatePart) -> str:
    return row[part.wording[0]] or row[part.wording[1]]
