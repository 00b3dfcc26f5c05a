"""The workshop file: one SQLite database per workshop. Only this package contains SQL."""

from app.storage.migrations import LATEST as SCHEMA_VERSION
from app.storage.store import Snapshot, WorkshopStore

__all__ = ["SCHEMA_VERSION", "Snapshot", "WorkshopStore"]
