"""Where a bug's traceback goes, so support can read it (the window and the command line show one line)."""

from __future__ import annotations

from datetime import datetime

from app import paths


def write_crash_log(detail: str) -> str:
    """Append ``detail`` to the crash log; return its path, or a note when it cannot be written."""
    try:
        target = paths.base_dirs().data / "crash.log"
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{detail}\n")
        return str(target)
    except OSError:
        return "(no log could be written)"
