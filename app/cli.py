"""The command line. Without a command it opens the GUI; commands run headless without loading Qt.

Errors the user can act on print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.atomic_file import same_file
from app.errors import WorkshopError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage plus error
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmqa-workshop", description=(
        "PMQA 4.0 Workshop: run an organization development workshop and print its plan. "
        "Without a command, opens the application (and FILE, if given)."))
    parser.add_argument("--version", action="version", version=f"pmqa-workshop {__version__}")
    # Shown here; run by the window's parser (_gui_parser), since it needs no command.
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end (the demo workshop, JSON, the Thai PDF, room "
                             "input on 127.0.0.1) and exit: 0 when every check passed")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="write the demo workshop (or the stress workshop) to OUT")
    demo.add_argument("out", type=Path, metavar="OUT.pmqa")
    demo.add_argument("--stress", action="store_true",
                      help="12 groups × 3 pillars × 3 questions × 25 answers and 60 plan items")

    export = commands.add_parser("export", help="write a workshop as JSON")
    export.add_argument("source", type=Path, metavar="IN.pmqa")
    export.add_argument("out", type=Path, metavar="OUT.json")
    _overwrite_option(export)

    report = commands.add_parser("report", help="render the development plan report as a Thai PDF")
    report.add_argument("source", type=Path, metavar="IN.pmqa")
    report.add_argument("out", type=Path, metavar="OUT.pdf")
    report.add_argument("--lang", choices=("th", "en"), help="report language (default: the workshop's)")
    report.add_argument("--thai-digits", action="store_true", default=None, help="write numbers in Thai digits")
    _overwrite_option(report)

    plan = commands.add_parser("plan", help="write the development plan as a spreadsheet (.xlsx or .csv) or Word (.docx)")
    plan.add_argument("source", type=Path, metavar="IN.pmqa")
    plan.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv|OUT.docx")
    plan.add_argument("--lang", choices=("th", "en"), help="language of headers and names")
    _overwrite_option(plan)

    followup = commands.add_parser("followup", help="the plan's follow-up (progress at its checkpoints, evidence "
                                                    "listed) as a Thai PDF, a spreadsheet (.xlsx or .csv) or its "
                                                    "progress table as Word (.docx)")
    followup.add_argument("source", type=Path, metavar="IN.pmqa")
    followup.add_argument("out", type=Path, metavar="OUT.pdf|OUT.xlsx|OUT.csv|OUT.docx")
    followup.add_argument("--checkpoint", type=int, metavar="N",
                          help="checkpoint N only (1 = the first, in the workshop's order; default: every checkpoint)")
    followup.add_argument("--lang", choices=("th", "en"), help="language (default: the workshop's)")
    followup.add_argument("--thai-digits", action="store_true", default=None,
                          help="write numbers in Thai digits (the PDF; a spreadsheet keeps numbers as numbers)")
    _overwrite_option(followup)

    imp = commands.add_parser("import", help="create a workshop file from JSON (nothing is written if invalid)")
    imp.add_argument("source", type=Path, metavar="IN.json")
    imp.add_argument("out", type=Path, metavar="OUT.pmqa")

    merge = commands.add_parser("merge", help="combine several offices' workshops into one consolidated "
                                              "workshop (the inputs are never changed)")
    merge.add_argument("out", type=Path, metavar="OUT.pmqa")
    merge.add_argument("inputs", type=Path, nargs="+", metavar="IN.pmqa")
    merge.add_argument("--title", help="title of the consolidated workshop")
    merge.add_argument("--lang", choices=("th", "en"), default="en", help="language of the merge report")

    listing = commands.add_parser("backups", help="list the automatic backups of a workshop file, newest first")
    listing.add_argument("source", type=Path, metavar="FILE.pmqa")

    restore = commands.add_parser("restore", help="write a working copy of a backup to OUT (never overwrites)")
    restore.add_argument("backup", type=Path, metavar="BACKUP.pmqa")
    restore.add_argument("out", type=Path, metavar="OUT.pmqa")

    room = commands.add_parser("room", help="room input without the window: serve the participants' page "
                                            "(prints the join URL, then CODE<TAB>group per group)")
    room.add_argument("source", type=Path, metavar="FILE.pmqa")
    room.add_argument("--host", default="127.0.0.1", help="this computer's address to listen on (default 127.0.0.1)")
    room.add_argument("--port", type=int, default=8470, help="port (default 8470; 0: any free port)")
    room.add_argument("--step", choices=("capture", "assess", "prioritize"),
                      help="the step the page shows (default: the agenda item the day is running)")
    room.add_argument("--pillar", type=int, help="with --step capture: the pillar's number (default 1)")
    return parser


def _overwrite_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--overwrite", action="store_true", help="replace OUT if it exists (never the workshop itself)")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmqa-workshop", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--exit-when-ready", action="store_true")
    return parser


COMMANDS = ("demo", "export", "import", "report", "plan", "followup", "merge", "backups", "restore", "room")


# The extensions a command's output may have.
OUTPUT_SUFFIXES = {"demo": (".pmqa",), "import": (".pmqa",), "merge": (".pmqa",), "restore": (".pmqa",),
                   "export": (".json",), "report": (".pdf",), "plan": (".xlsx", ".csv", ".docx"),
                   "followup": (".pdf", ".xlsx", ".csv", ".docx")}


def _check_output(args: argparse.Namespace) -> None:
    """Refuse, before any work, an output that is one of the inputs, has the wrong extension, would
    replace a file without --overwrite, or whose folder does not exist."""
    out = getattr(args, "out", None)
    if out is None:
        return
    inputs = [getattr(args, name) for name in ("source", "backup") if getattr(args, name, None) is not None]
    if any(same_file(out, given) for given in inputs + list(getattr(args, "inputs", None) or ())):
        raise WorkshopError(f"{out}: is also a file this command reads; choose another name for the output "
                            "(nothing was written)")
    allowed = OUTPUT_SUFFIXES.get(args.command)
    if allowed and out.suffix.lower() not in allowed:
        kinds = f"{', '.join(allowed[:-1])} or {allowed[-1]}" if len(allowed) > 1 else allowed[0]
        raise WorkshopError(f"{out}: the {args.command} command writes a {kinds} file; end the name in {allowed[0]}")
    if out.exists() and not getattr(args, "overwrite", False):
        again = " or add --overwrite" if hasattr(args, "overwrite") else ""
        raise WorkshopError(f"{out}: already exists; choose another name{again} (nothing was overwritten)")
    if not out.parent.exists():
        raise WorkshopError(f"{out.parent}: no such folder (nothing was written)")


def run_command(args: argparse.Namespace) -> int:
    _check_output(args)
    if args.command == "demo":
        from app.demo import create_demo, create_stress
        workshop = (create_stress if args.stress else create_demo)(args.out)
        print(f"{args.out}: {len(workshop.answers())} answers, {len(workshop.plan_items())} plan items")
        workshop.close()
    elif args.command == "export":
        from app.exchange import export_json
        from app.workshop import Workshop
        workshop = Workshop.open(args.source, readonly=True)
        try:
            export_json(workshop, args.out, overwrite=args.overwrite)
        finally:
            workshop.close()
        print(f"{args.out}: written")
    elif args.command == "report":
        from app.report import render_report
        result = render_report(args.source, args.out, lang=args.lang, thai_digits=args.thai_digits,
                               overwrite=args.overwrite)
        print(f"{args.out}: {result.pages} pages")
    elif args.command == "plan":
        from app.spreadsheet import export_plan
        from app.workshop import Workshop
        workshop = Workshop.open(args.source, readonly=True)
        try:
            export_plan(workshop, args.out, args.lang, overwrite=args.overwrite)
        finally:
            workshop.close()
        print(f"{args.out}: written")
    elif args.command == "followup":
        _run_followup(args)
    elif args.command == "import":
        from app.exchange import import_json
        import_json(args.source, args.out).close()
        print(f"{args.out}: imported from {args.source.name}")
    elif args.command == "merge":
        from app.merge.combine import merge_workshops, report_lines
        result = merge_workshops(args.out, args.inputs, title=args.title)
        print(f"{args.out}: written")
        for line in report_lines(result.report, args.lang):
            print(f"  {line}")
    elif args.command in ("backups", "restore"):
        _run_backup_command(args)
    elif args.command == "room":
        from app.room.command import run_room
        return run_room(args.source, args.host, args.port, args.step, args.pillar)
    return EXIT_OK


def _checkpoint_asked(workshop, args: argparse.Namespace) -> int | None:
    """The id of the checkpoint ``--checkpoint N`` names (None: every one), or a refusal that says why."""
    checkpoints = sorted(workshop.checkpoints(), key=lambda c: (c.position, c.id))
    if not checkpoints:
        raise WorkshopError(f"{args.source}: has no follow-up checkpoints yet; open it in the application and "
                            "start the follow-up (nothing was written)")
    if args.checkpoint is None:
        return None
    if not 1 <= args.checkpoint <= len(checkpoints):
        raise WorkshopError(f"{args.source}: has no checkpoint {args.checkpoint}; its checkpoints are numbered 1 to "
                            f"{len(checkpoints)} (nothing was written)")
    return checkpoints[args.checkpoint - 1].id


def _run_followup(args: argparse.Namespace) -> None:
    """Read-only, as report and plan: a file from before follow-up is refused (it upgrades when opened
    in the application), never upgraded by a command that only reads it."""
    from app.workshop import Workshop
    workshop = Workshop.open(args.source, readonly=True)
    try:
        checkpoint = _checkpoint_asked(workshop, args)
        if args.out.suffix.lower() == ".docx":  # Word's table follows --thai-digits, as the PDF does
            from app.report.followup_docx import export_followup_docx
            export_followup_docx(workshop, args.out, checkpoint, args.lang, args.overwrite, args.thai_digits)
        elif args.out.suffix.lower() != ".pdf":
            from app.followup_sheet import export_followup
            export_followup(workshop, args.out, checkpoint, args.lang, overwrite=args.overwrite)
    finally:
        workshop.close()
    if args.out.suffix.lower() == ".pdf":
        from app.report.followup import render_followup
        result = render_followup(args.source, args.out, checkpoint, lang=args.lang, thai_digits=args.thai_digits,
                                 overwrite=args.overwrite)
        print(f"{args.out}: {result.pages} pages")
    else:
        print(f"{args.out}: written")


def _run_backup_command(args: argparse.Namespace) -> None:
    from app import backups
    if args.command == "backups":
        found = backups.list_backups(args.source)
        if not found and not args.source.exists():  # a lost file's backups are listed; a mistyped name is not
            raise WorkshopError(f"{args.source}: no such file, and no automatic backups of a file by that name")
        if not found:
            print(f"{args.source}: no automatic backups (they are kept in {backups.folder_for(args.source)})")
        for b in found:
            print(f"{b.taken:%Y-%m-%d %H:%M:%S}  {b.kind:<14}  {b.size / 1024:8.0f} KB  {b.path}")
    else:
        backups.restore_backup(args.backup, args.out)
        print(f"{args.out}: restored from {args.backup.name}")


def _backup_hint(exc: WorkshopError, opened: list[Path]) -> str:
    """For a workshop that cannot be opened: where its newest automatic backup is, and how to
    restore it (never for an output, a backup being restored, or a file that is merely in use)."""
    from app import backups
    from app.errors import FileTooNewError, NotAWorkshopError, NotWritableError, StorageError
    path = getattr(exc, "path", None)
    if path is None or isinstance(exc, NotWritableError) or not isinstance(
            exc, (NotAWorkshopError, FileTooNewError, StorageError)):
        return ""
    if not any(same_file(path, given) for given in opened):
        return ""
    latest = backups.latest_backup(path)
    if latest is None:
        return ""
    return (f" The latest automatic backup is from {latest.taken:%Y-%m-%d %H:%M}; restore it with: "
            f"pmqa-workshop restore \"{latest.path}\" NEW.pmqa")


def _workshops_opened(argv: list[str]) -> list[Path]:
    """The workshop files a command line reads (for the backup hint): never its output, nor a
    backup being restored."""
    if not argv or argv[0] not in COMMANDS:
        return [Path(a) for a in argv if a.lower().endswith(".pmqa")]  # the window's FILE
    if argv[0] in ("restore", "demo", "import", "backups"):
        return []
    try:
        args = _parser().parse_args(argv)
    except SystemExit:
        return []
    return [args.source] if hasattr(args, "source") else list(getattr(args, "inputs", []))


def _refuse_mistyped_command(argv: list[str]) -> None:
    """``exprot w.pmqa`` is a command mistyped, not a file to open: say which command was meant."""
    if not argv or argv[0].startswith("-") or Path(argv[0]).exists():
        return
    import difflib

    close = difflib.get_close_matches(argv[0].lower(), COMMANDS, n=1, cutoff=0.6)
    if close:
        raise WorkshopError(f"{argv[0]}: no such command or file; did you mean “{close[0]}”? (see --help)")
    if len(argv) > 1 and not argv[0].lower().endswith(".pmqa"):
        raise WorkshopError(f"{argv[0]}: no such command ({', '.join(COMMANDS)}); see --help")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS or any(a in ("-h", "--help", "--version") for a in argv):
            return run_command(_parser().parse_args(argv))
        _refuse_mistyped_command(argv)
        options = _gui_parser().parse_args(argv)
        if options.self_test:
            from app import selftest
            return EXIT_OK if selftest.run() else EXIT_FAILED
        if options.file is not None and not options.file.exists():
            raise WorkshopError(f"{options.file}: no such file, and not a command "
                                f"({', '.join(COMMANDS)}); see --help")
        from ui.application import run_gui  # Qt is loaded only here
        return run_gui(options.file, exit_when_ready=options.exit_when_ready)
    except WorkshopError as exc:
        print(f"pmqa-workshop: {exc.user_message()}{_backup_hint(exc, _workshops_opened(argv))}", file=sys.stderr)
        return EXIT_USAGE
    except _template_error() as exc:
        print(f"pmqa-workshop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: keep the traceback for support, show one line
        import traceback

        from app.crashlog import write_crash_log

        detail = traceback.format_exc()
        where = write_crash_log(detail)
        print(f"pmqa-workshop: internal error ({type(exc).__name__}: {exc}); details in {where}",
              file=sys.stderr)
        return EXIT_FAILED


def _template_error():
    from app.templates import TemplateError
    return TemplateError
