"""Column widths from the content of a table's cells.

Each column is measured: its widest piece that may not break (a word, or a whole name) and the
width of its cells set on one line (natural). Within the page width:

1. if every column can have its natural width, the table gets that, the spare room spread over
   the columns in proportion;
2. else every column gets at least its widest word, and the rest of the room goes, a step at a
   time, to the column where it lowers the table most (the sum of the rows' heights, a row
   being about as tall as its tallest cell; see _lowest_table). A short column ("ยึดประชาชนเป็นศูนย์กลาง") is then not
   set a word per line beside long columns with lines to spare, and a long one gets the room
   its rows need;
3. if even the widest words do not fit, the columns share the room in proportion to their
   typical width, each at least its widest syllable-safe piece (words cut at their component
   words, then between syllables, never inside one);
4. only past that, everything shrinks in proportion.
"""

from __future__ import annotations

from typing import Iterable, Sequence

_EPS = 0.01
_STEP = 5.67  # points (0.2 cm) between the widths tried for a column
_MAX_ROUNDS = 400
_NORM = 4
_COMFORT = 2.0


def _flowables(cell) -> Iterable:
    if isinstance(cell, (list, tuple)):
        for part in cell:
            yield from _flowables(part)
    elif cell is not None and hasattr(cell, "natural_width"):
        yield cell


def _measure(cells: Sequence, padding: float) -> tuple[float, float, float]:
    """(widest unbreakable piece, natural width, mean natural width) of one column, padded."""
    lowest = natural = total = 0.0
    count = 0
    for cell in cells:
        parts = list(_flowables(cell))
        if not parts:
            continue
        cell_natural = max(p.natural_width() for p in parts)
        lowest = max(lowest, max(p.minWidth() for p in parts))
        natural = max(natural, cell_natural)
        total += cell_natural
        count += 1
    typical = total / count if count else natural
    return lowest + padding, natural + padding, max(typical + padding, lowest + padding)


def _break_minimum(cells: Sequence, padding: float) -> float:
    widths = [p.min_break_width() for cell in cells for p in _flowables(cell)]
    return max(widths, default=0.0) + padding


def _water_fill(lows: list[float], highs: list[float], weights: list[float], room: float) -> list[float]:
    """w_i = clamp(level × weight_i, low_i, high_i) with the level that makes the widths add up to
    ``room`` (sum(lows) <= room <= sum(highs))."""
    def widths(level: float) -> list[float]:
        return [min(max(level * w, lo), hi) for lo, hi, w in zip(lows, highs, weights)]

    lo_level, hi_level = 0.0, max(h / w for h, w in zip(highs, weights))
    for _ in range(60):
        mid = (lo_level + hi_level) / 2
        if sum(widths(mid)) < room:
            lo_level = mid
        else:
            hi_level = mid
    out = widths(hi_level)
    scale = room / sum(out) if sum(out) else 1.0
    return [w * scale for w in out]


class _Heights:
    """The height of each row's cell in one column at the widths tried (computed when asked)."""

    def __init__(self, cells: list, low: float, padding: float):
        self.cells = [list(_flowables(c)) for c in cells]
        self.low, self.padding = low, padding
        self._cache: dict[int, list[float]] = {}

    def at(self, step: int) -> list[float]:
        found = self._cache.get(step)
        if found is None:
            width = self.low + step * _STEP - self.padding
            found = self._cache[step] = [sum(p.line_count(width) * p.style.leading for p in parts)
                                         for parts in self.cells]
        return found


def _row_sizes(current: list[list[float]]) -> list[float]:
    """Per row, the sum of its cells' heights to the power _NORM."""
    return [sum(h[r] ** _NORM for h in current) for r in range(len(current[0]))]


def _lowest_table(columns: list[_Heights], steps: list[int], limits: list[int], room_steps: int) -> list[int]:
    """Steps of extra width per column: each round gives the steps to the column whose next
    change lowers the table most per step, until the room is used or nothing changes.

    A row counts as the _NORM-norm of its cells' heights: nearly its tallest cell (the row's real
    height), plus a little for each other tall cell, so that two columns that must both narrow
    their lines to lower a row are each seen to help.
    """
    for _ in range(_MAX_ROUNDS):
        current = [col.at(s) for col, s in zip(columns, steps)]
        sizes = _row_sizes(current)
        total = sum(size ** (1 / _NORM) for size in sizes)
        choice, best_ratio = None, 0.0
        for c, col in enumerate(columns):
            rest = [size - h ** _NORM for size, h in zip(sizes, current[c])]
            for k in range(steps[c] + 1, min(limits[c], steps[c] + room_steps) + 1):
                heights = col.at(k)
                if heights == current[c]:
                    continue
                gain = total - sum((r + h ** _NORM) ** (1 / _NORM) for r, h in zip(rest, heights))
                if gain / (k - steps[c]) > best_ratio:
                    choice, best_ratio = (c, k), gain / (k - steps[c])
                break
        if choice is None:
            break
        c, k = choice
        room_steps -= k - steps[c]
        steps[c] = k
    return steps


def fit_widths(rows: Sequence[Sequence], total: float, *, padding: float = 6.0,
               fixed: dict[int, float] | None = None, header_rows: int = 1) -> list[float]:
    """Widths (points) for the columns of ``rows`` that add up to ``total``.

    ``rows`` are the cells to measure (ThaiParagraphs, or lists of them; None for a cell that
    does not count, such as one spanning columns); ``padding`` is a cell's left plus right
    padding; ``fixed`` gives some columns a width of their own. The first ``header_rows`` count
    for the widest word and the natural width, not for a column's typical width.
    """
    fixed = dict(fixed or {})
    cells = _column_cells(rows, fixed)
    free = list(cells)
    if not free:
        return [fixed[c] for c in sorted(fixed)]
    room = total - sum(fixed.values())
    measured = [_measure(cells[c], padding) for c in free]
    lows, highs = [m[0] for m in measured], [m[1] for m in measured]
    if sum(highs) <= room:
        widths = [h + (room - sum(highs)) * h / sum(highs) for h in highs]
    elif sum(lows) <= room:
        widths = _shared(cells, free, lows, highs, room, padding, header_rows)
    else:
        widths = _cramped(cells, free, highs, room, padding, header_rows)
    out = {**fixed, **dict(zip(free, widths))}
    return [out[c] for c in sorted(out)]


def _column_cells(rows: Sequence[Sequence], fixed: dict[int, float]) -> dict[int, list]:
    """The cells of each column not given a fixed width (None where a row is short)."""
    columns = max(len(r) for r in rows)
    return {c: [r[c] if c < len(r) else None for r in rows] for c in range(columns) if c not in fixed}


def _cramped(cells: dict, free: list[int], highs: list[float], room: float, padding: float,
             header_rows: int) -> list[float]:
    """Case 3 and 4: not even the widest words fit, so they are cut where a break may go."""
    lows = [_break_minimum(cells[c], padding) for c in free]
    if sum(lows) > room:
        return [lo * room / sum(lows) for lo in lows]
    typical = [max(_measure(cells[c][header_rows:] or cells[c], padding)[2], _EPS) for c in free]
    return _water_fill(lows, [max(h, lo) for h, lo in zip(highs, lows)], typical, room)


def _two_lines(cells: list, low: float, high: float, padding: float) -> float:
    """The narrowest width (from ``low``, in steps) at which every cell takes at most two lines."""
    width = low
    parts = [p for cell in cells for p in _flowables(cell)]
    while width < high and any(p.line_count(width - padding) > 2 for p in parts):
        width += _STEP
    return min(width, high)


def _comfortable(cells: dict, free: list[int], lows: list[float], highs: list[float], room: float,
                 padding: float, header_rows: int) -> list[float]:
    """Lower bounds a reader is comfortable with: a column of short phrases (natural width at
    most two fair shares of the room) sets each in at most two lines, so that it is not set a
    word per line ("ยึด/ประชาชน/เป็น/ศูนย์กลาง") because a long column could use the width.
    Where the page is too narrow for that, the widest words."""
    fair = room / len(free)
    bounds = []
    for c, lo, hi in zip(free, lows, highs):
        body = cells[c][header_rows:]
        natural = max((p.natural_width() for cell in body for p in _flowables(cell)), default=0.0) + padding
        bounds.append(_two_lines(body, lo, hi, padding) if natural <= 2 * fair else lo)
    return bounds if sum(bounds) <= room else lows


def _shared(cells: dict, free: list[int], lows: list[float], highs: list[float], room: float,
            padding: float, header_rows: int) -> list[float]:
    """Case 2: the widest words, then the room where it lowers the table most, then what is left
    in proportion to what each column could still use."""
    lows = _comfortable(cells, free, lows, highs, room, padding, header_rows)
    heights = [_Heights(cells[c], lo, padding) for c, lo in zip(free, lows)]
    limits = [int((hi - lo) // _STEP) + 1 for lo, hi in zip(lows, highs)]
    steps = _lowest_table(heights, [0] * len(free), limits, int((room - sum(lows)) // _STEP))
    widths = [min(lo + s * _STEP, hi) for lo, hi, s in zip(lows, highs, steps)]
    spare = room - sum(widths)
    headroom = [max(hi - w, 0.0) for w, hi in zip(widths, highs)]
    share = headroom if sum(headroom) > _EPS else widths
    return [w + spare * h / sum(share) for w, h in zip(widths, share)]
