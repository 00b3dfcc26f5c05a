"""The workshop file: one SQLite database per workshop. Only this package contains SQL.

What the rest of the core may use is imported here: the store, the declaration of its tables, and
the check that recognises a workshop file without opening it.
"""

from app.storage.companions import private_copy, settled_copy
from app.storage.connection import check_recognised
from app.storage.migrations import LATEST as SCHEMA_VERSION
from app.storage.snapshots import Snapshot
from app.storage.store import WorkshopStore
from app.storage.tables import ASSESSED, CASCADE, TABLES, decoded, encoded, row_of
from app.storage.template_content import new_workshop_rows

__all__ = ["ASSESSED", "CASCADE", "SCHEMA_VERSION", "TABLES", "Snapshot", "WorkshopStore", "decoded", "encoded",
           "check_recognised", "new_workshop_rows", "private_copy", "row_of", "settled_copy"]
