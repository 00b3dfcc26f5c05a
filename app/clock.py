"""The time stamps the workshop file records (when a card was written, a file made): UTC, ISO 8601."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
