"""What an operation changed, so that each view redraws only when its part did."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    details: bool = False
    groups: bool = False
    agenda: bool = False
    answers: bool = False
    assessments: bool = False
    initiatives: bool = False  # includes votes and impact/effort scores
    plan: bool = False
    run: bool = False          # run-mode state (current item, timer)
    new_id: int | None = None  # the row an "add" operation created

    def __or__(self, other: "Changes") -> "Changes":
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name)
                  for f in fields(self) if f.name != "new_id"}
        return Changes(**merged, new_id=self.new_id if self.new_id is not None else other.new_id)

    @classmethod
    def everything(cls) -> "Changes":
        return cls(**{f.name: True for f in fields(cls) if f.name != "new_id"})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "new_id")
