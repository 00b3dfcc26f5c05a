"""The entry point of ``python -m app``, the ``pmqa-workshop`` script and the packaged executable."""

import codecs
import sys

from app.cli import main as run_cli


def make_console_safe() -> None:
    """Printing Thai must never crash the program, whatever the console's encoding.

    A Windows console gets Unicode through WriteConsoleW, but output redirected to a file or a
    pipe (CI, PowerShell capturing it, our own smoke test) is encoded in the ANSI code page:
    cp1252 on an English Windows cannot encode Thai and print() raised UnicodeEncodeError. Keep
    the encoding (the reader decodes with it) and write what it cannot hold as \\uXXXX escapes.
    stderr already does this by default; stdout did not.
    """
    for stream in (sys.stdout, sys.stderr):  # None without a console (pythonw)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _prints_any_text(stream):
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a detached or closed stream: nothing to protect
                pass


def _prints_any_text(stream) -> bool:
    """False when some text would raise on ``stream``: an encoding that is not UTF (cp1252 lacks
    Thai, the Thai cp874 lacks "×" and "→") with an error handler that raises ("strict", or
    "surrogateescape", which Python picks under Wine)."""
    try:
        encoding = codecs.lookup(stream.encoding or "ascii").name
    except LookupError:
        return False
    return encoding.startswith("utf") or stream.errors not in ("strict", "surrogateescape")


def main(argv: list[str] | None = None) -> int:
    # In the packaged program, room input's server process (app/room/process.py) starts as this
    # executable again; this runs it and exits. Elsewhere it does nothing, so multiprocessing (7 ms
    # of imports) is not loaded for it: a source run spawns that process through the interpreter.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    make_console_safe()
    return run_cli(argv)


if __name__ == "__main__":
    sys.exit(main())
