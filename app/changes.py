"""What an operation changed, so that each view redraws only when its part did."""

from __future__ import annotations

from typing import NamedTuple


class Changes(NamedTuple):
    details: bool = False
    groups: bool = False
    agenda: bool = False
    answers: bool = False
    assessments: bool = False
    initiatives: bool = False  # includes votes and impact/effort scores
    plan: bool = False
    run: bool = False          # run-mode state (current item, timer)
    room: bool = False         # room input's settings: join codes, closed questions and steps
    followup: bool = False     # checkpoints, progress at a checkpoint, evidence (issue #23)
    new_id: int | None = None  # the row an "add" operation created
    elsewhere: bool = False    # made on another thread (room input's devices), not by this window's user

    def __or__(self, other: "Changes") -> "Changes":
        merged = {name: getattr(self, name) or getattr(other, name) for name in _FLAGS}
        return Changes(**merged, new_id=self.new_id if self.new_id is not None else other.new_id,
                       elsewhere=self.elsewhere and other.elsewhere)

    @classmethod
    def everything(cls) -> "Changes":
        return cls(**dict.fromkeys(_FLAGS, True))

    def any(self) -> bool:
        return any(getattr(self, name) for name in _FLAGS)


_FLAGS = tuple(name for name in Changes._fields if name not in ("new_id", "elsewhere"))
