"""The entry point of ``python -m app``, the ``pmqa-workshop`` script and the packaged executable."""

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
        if reconfigure is not None and getattr(stream, "errors", None) == "strict":
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a detached or closed stream: nothing to protect
                pass


def main(argv: list[str] | None = None) -> int:
    make_console_safe()
    return run_cli(argv)


if __name__ == "__main__":
    sys.exit(main())
