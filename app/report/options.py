"""What a facilitator sets for a workshop's printed plan: the page-number style, the body size and
the titles of the sign-off blocks. Kept in the workshop file (``Workshop.state``), so every copy of
the file prints the same way."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from app.changes import Changes
from app.errors import ValidationError
from app.report.styles import BODY_SIZES, DEFAULT_BODY

STATE_KEY = "report_options"
PAGE_OF, OFFICIAL = "page_of", "official"  # "หน้า ๒ จาก ๑๕" at the foot, or "- ๒ -" at the top centre
PAGE_NUMBER_STYLES = (PAGE_OF, OFFICIAL)
MAX_SIGNOFF = 4


@dataclass(frozen=True)
class ReportOptions:
    page_numbers: str = PAGE_OF
    body_size: float = DEFAULT_BODY
    # The titles above the signature blocks, in order ("ผู้จัดทำ", "ผู้เสนอ", "ผู้อนุมัติ");
    # empty: the report's own two (prepared by, approved by) in its language.
    signoff: tuple[str, ...] = ()

    def checked(self) -> ReportOptions:
        """The same options, or a ValidationError naming the field that is wrong."""
        if self.page_numbers not in PAGE_NUMBER_STYLES:
            raise ValidationError("page_numbers", "not_one_of", choices=", ".join(PAGE_NUMBER_STYLES))
        if float(self.body_size) not in BODY_SIZES:
            raise ValidationError("body_size", "not_a_size", choices=", ".join(f"{s:g}" for s in BODY_SIZES))
        titles = tuple(t.strip() for t in self.signoff if t and t.strip())
        if len(titles) > MAX_SIGNOFF:
            raise ValidationError("signoff", "too_many_signatures", limit=MAX_SIGNOFF)
        return ReportOptions(self.page_numbers, float(self.body_size), titles)


def read_options(workshop) -> ReportOptions:
    """The workshop's report options; the defaults for anything missing or no longer valid."""
    stored = workshop.state(STATE_KEY) or {}
    try:
        return ReportOptions(page_numbers=stored.get("page_numbers", PAGE_OF),
                             body_size=float(stored.get("body_size", DEFAULT_BODY)),
                             signoff=tuple(str(t) for t in stored.get("signoff", ()))).checked()
    except (ValidationError, TypeError, ValueError, AttributeError):
        return ReportOptions()


def save_options(workshop, options: ReportOptions) -> Changes:
    """Check and store ``options`` with the workshop (committed before returning)."""
    options = options.checked()
    value = asdict(options)
    value["signoff"] = list(options.signoff)
    return workshop.set_state(STATE_KEY, value, Changes(details=True))
