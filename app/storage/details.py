"""The workshop's details: the one row of the ``workshop`` table (title, date, venue, dots…).

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from app.clock import now_iso
from app.errors import NotAWorkshopError, WorkshopError
from app.model import Details
from app.storage import migrations
from app.storage.base import StoreBase
from app.storage.connection import check_recognised, translate
from app.storage.tables import decoded, encoded


def details_row(fields: dict) -> dict:
    """Details as the ``workshop`` table stores them (lists as JSON, the date in ISO form)."""
    row = {}
    for key, value in fields.items():
        if key == "event_date":
            value = value.isoformat() if isinstance(value, date) else value
        elif key == "thai_digits":
            value = int(bool(value))
        row[key] = value
    return encoded("workshop", row)


class DetailsMixin(StoreBase):
    """Read and update the details; ``peek_details`` reads them from a file that is not open."""

    def details(self) -> Details:
        return self._details(self._read("SELECT * FROM workshop WHERE id = 1")[0])

    @classmethod
    def peek_details(cls, path: Path | str) -> Details:
        """A file's details for a listing: no integrity check, no upgrade, nothing written beside it.

        Lists are drawn on the GUI thread, so this reads one row. Without a WAL the file is read as
        immutable, which creates no -shm file beside it (a USB stick stays as it was).
        """
        path = Path(path)
        found = check_recognised(path, migrations.LATEST)
        if found < migrations.LATEST:
            raise NotAWorkshopError(path, "older_version")
        immutable = not Path(f"{path}-wal").exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=1)
            try:
                cursor = conn.execute("SELECT * FROM workshop WHERE id = 1")
                names = [d[0] for d in cursor.description]
                row = cursor.fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            error = translate(path, exc)
            raise error if isinstance(error, WorkshopError) else NotAWorkshopError(
                path, "unreadable", system=str(exc)) from None
        if row is None:
            raise NotAWorkshopError(path, "no_workshop_record")
        return cls._details(dict(zip(names, row)))

    @staticmethod
    def _details(row: dict) -> Details:
        row = decoded("workshop", row)
        return Details(**dict(
            {field: row[field] for field in Details._fields},
            event_date=date.fromisoformat(row["event_date"]) if row["event_date"] else None,
            thai_digits=bool(row["thai_digits"])))

    def update_details(self, fields: dict) -> None:
        with self._write():
            self.db["workshop"].update(1, dict(details_row(fields), updated_at=now_iso()))
