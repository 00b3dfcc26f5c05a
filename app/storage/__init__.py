"""The workshop file: one SQLite database per workshop. Only this package contains SQL."""

from app.storage.migrations import LATEST as SCHEMA_VERSION
from app.storage.snapshots import Snapshot
from app.storage.store import WorkshopStore
from app.storage.template_content import new_workshop_rows

__all__ = ["SCHEMA_VERSION", "Snapshot", "WorkshopStore", "new_workshop_rows"]
