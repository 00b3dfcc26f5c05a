"""Errors the user can act on. The UI and the command line turn these into plain messages.

Each error the interface shows carries a stable ``code`` and the ``values`` its message names. The
words of every code are in ``PROBLEMS`` below, in English: ``str(exc)`` is that English sentence,
which the command line prints. The interface never reads the English: it looks the code up in its
own catalogue (``ui/common/error_catalogue.py``) and formats a translated template with the values.
To add an error: add a code and its English words here, raise it with a literal code, and add the
code to the interface's catalogue (a test scans ``app/`` and fails on a code missing there).

Anything else that escapes the core is a bug and goes to the crash report.
"""

from __future__ import annotations

from pathlib import Path

from app.text import with_short_quotes



# code -> the English words; ``{name}`` is a value the error carries. ``system`` is always the
# operating system's or SQLite's own words, which no catalogue translates.
PROBLEMS: dict[str, str] = {
    # ValidationError: a value typed or chosen by the user (its field is named separately)
    "empty": "must not be empty",
    "not_text": "must be text",
    "broken_text": "contains a broken character (an unpaired surrogate); type or paste it again",
    "too_long": "is longer than {limit:,} characters",
    "not_in_range": "must be a whole number from {low} to {high}",
    "not_a_text_list": "must be a list of text",
    "not_a_date": "must be a date",
    "not_a_time": "must be a time such as 08:30",
    "not_a_language": "must be th or en",
    "not_a_colour": "must be a colour such as #1f77b4",
    "not_one_of": "must be one of {choices}",
    "not_a_size": "must be one of {choices} pt",
    "not_a_pillar": "is not a pillar of this workshop",
    "not_a_timestamp": "must be an ISO timestamp",
    "not_an_id": "must be an id",
    "not_agenda_field": "is not an agenda field",
    "not_plan_field": "is not a plan field",
    "not_workshop_detail": "is not a workshop detail",
    "not_an_origin": "must be empty or device",
    "not_a_moderation": "must be empty, pending or hidden",
    "not_a_target": "must be category or pillar",
    "not_a_level": "is not on this workshop's maturity scale",
    "merge_two_cards": "choose two or more different cards to merge",
    "merge_two_initiatives": "choose two different initiatives to merge",
    "too_many_signatures": "at most {limit} signature blocks",
    "wrong_file_type": "choose a .xlsx, .csv or .docx file name, not {suffix}",
    "no_file_type": "choose a .xlsx, .csv or .docx file name, not no extension",
    "no_dots_left": "the group has {left} of {allowance} dots left",
    "no_agenda": "add an agenda item before starting the day",
    "already_decided": "this suggestion was already decided",
    "not_progress_field": "is not a progress field",
    "not_a_file_name": "must be a file name without folders",
    "not_a_media_type": "must be a media type such as application/pdf",
    "evidence_too_large": "the file is {value} MB; a file of evidence may be at most {limit} MB",
    "evidence_full": "this file ({value} MB) would take the workshop's evidence past its limit of {limit} MB",
    "not_baht": "“{value}” is not an amount in baht; type digits such as 150000 or 150,000.50",
    # StorageError, NotWritableError, NotAWorkshopError: why a file cannot be read or written
    "file_missing": "the file does not exist",
    "path_through_file": "the file does not exist (a part of its folder path is a file)",
    "does_not_exist": "does not exist ({system})",
    "folder_missing": "the folder does not exist (nothing was written)",
    "is_folder": "it is a folder",
    "no_read_permission": "no permission to read the file",
    "cannot_read": "cannot read the file ({system})",
    "unreadable": "the file cannot be read ({system})",
    "empty_file": "the file is empty",
    "other_kind": "the file is damaged or of another kind",
    "other_program": "it is a database of another program",
    "damaged": "the file is damaged",
    "damaged_because": "the file is damaged ({system})",
    "template_unreadable": "the file is damaged (its copy of the template is unreadable)",
    "no_workshop_record": "the workshop record is missing",
    "unfinished": "the file was never finished being created",
    "older_version": "made by an older version; open it to upgrade it",
    "needs_upgrade": "the file needs upgrading and cannot be opened read-only",
    "disk_full_safe": "the disk is full; your earlier edits are safe in the file",
    "disk_full_unwritten": "the disk is full; nothing was written",
    "disk_error": "the disk reported an error ({system})",
    "not_writable": "the file or its folder cannot be written (read-only or no permission)",
    "folder_not_writable": "the folder cannot be written (read-only or no permission)",
    "folder_refused": "the folder cannot be written ({system})",
    "in_use": "the file is in use by another program or window",
    "opening_race": "the file is being opened by another program at the same moment; try again",
    "cannot_mark_open": "cannot mark the file as open ({system})",
    "name_taken": "a file with this name already exists",
    "already_exists": "already exists; choose another name (nothing was overwritten)",
    "cannot_create": "cannot create the file ({system})",
    "cannot_write": "cannot write the file ({system})",
    "cannot_write_pdf": "cannot write the PDF ({system})",
    "cannot_write_copy": "cannot write the copy ({system})",
    "copy_unverified": "the compact copy did not verify ({system}); nothing was written",
    "copy_onto_itself": "is the open workshop itself; choose another name for the copy (nothing was written)",
    "cannot_restore": "cannot write the restored copy ({system})",
    "backup_folder": "cannot write to the backup folder ({system}); the workshop itself is safe",
    "upgrade_backup": "cannot make a backup copy before upgrading ({system}); the file was not changed",
    "app_folder": "cannot create the application's folder ({system})",
    "read_only": "the workshop is open read-only",
    "changed_since": "the workshop has changed since this step; it cannot be undone",
    "evidence_damaged": "the evidence file {file} is damaged (its bytes do not match their SHA-256)",
    # FileTooNewError, InconsistentRowsError, NotFoundError
    "too_new": "made by a newer version of PMQA Workshop (file format {found}; this version reads up to "
               "{supported}). Install the newer version to open it; the file was not changed.",
    "inconsistent": "the data is inconsistent ({system})",
    "row_gone": "{table} #{id} does not exist",
    # ExchangeError: a JSON export that cannot be imported (``place`` is a JSON path)
    "too_large": "the file is larger than 200 MB; it is not a workshop export",
    "not_utf8": "the file is not UTF-8 text (byte {byte})",
    "not_json": "not valid JSON: {system}",
    "too_deep": "the JSON is nested too deeply",
    "not_an_export": "this is not a PMQA workshop export (format must be \"pmqa-workshop\")",
    "export_too_new": "made by a newer version of the application (format {found}); this version reads format "
                      "{supported}",
    "not_the_format": "{system}",
    "no_such_row": "no {table} row has id {id}",
    "off_the_scale": "{level} is not on the maturity scale",
    "voted_twice": "the group voted for this initiative twice",
    "scored_twice": "the group scored this item twice",
    "key_twice": "{value!r} appears twice in its pillar",
    "used_twice": "{value!r} is used twice",
    "not_base64": "the evidence's content is not base64 text",
    "wrong_size": "the evidence's content is not the size its row states",
    "wrong_checksum": "the evidence's content does not match its sha256",
    # TemplateError: a template file that cannot be used (``place`` is a JSON path); ``rule`` is the
    # template schema's own description of what is expected, and ``found``/``what`` are English words
    # for the command line that the interface's sentences do without.
    "template_too_large": "the file is too large for a template ({size:.1f} MB; the limit is {limit} MB)",
    "template_not_utf8": "the file is not UTF-8 text (invalid byte at position {byte})",
    "field_twice": "the field \"{field}\" appears twice in one object",
    "template_not_json": "not valid JSON at line {line}, column {column}: {system}",
    "template_too_deep": "the JSON is nested too deeply to be a template",
    "template_not_object": "a template is a JSON object, but this file holds {found}",
    "no_format_field": "this is not a workshop template: the \"{field}\" field is missing",
    "not_a_template": "this is not a workshop template: \"{field}\" should be \"{expected}\"",
    "template_too_new": "made for a newer version of the application (format {found}); this version reads "
                        "format {supported}",
    "field_missing": "this required field is missing",
    "unknown_field": "this field is not part of the template format (check its spelling)",
    "should_be_object": "should be an object ({{...}}), not {found}",
    "should_be_list": "should be a list ([...]), not {found}",
    "should_be_text": "should be a text in quotes, not {found}",
    "should_be_whole_number": "should be a whole number, not {found}",
    "should_be_number": "should be a number, not {found}",
    "should_be_true_false": "should be true or false, not {found}",
    "should_be_bilingual": "should be {rule}, not {found}",
    "should_be_other": "should be {rule}, not {found}",
    "not_a_template_time": "{value} is not valid here: use {rule}",
    "not_a_template_id": "{value} is not valid here: use {rule}",
    "not_a_template_key": "{value} is not valid here: use {rule}",
    "not_valid_here": "{value} is not valid here: use {rule}",
    "template_too_long": "is too long (at most {limit} characters)",
    "not_allowed_here": "{value} is not allowed here; use one of: {choices}",
    "should_be_value": "should be {value}",
    "needs_one_item": "needs at least 1 item, found {count}",
    "needs_items": "needs at least {limit} items, found {count}",
    "too_many_items": "may have at most {limit} items, found {count}",
    "below_minimum": "should be at least {limit}, not {value}",
    "above_maximum": "should be at most {limit}, not {value}",
    "schema_rule": "{system}",
    "broken_character": "contains a broken character (an unpaired surrogate)",
    "key_used_twice": "{value} is used twice: {what} must each have their own {field} (the first is {first})",
    "required_key_missing": "{value} is missing; each of these must appear once: {choices}",
    "level_out_of_order": "must be greater than the value of the level before it ({previous}): levels go from "
                          "lowest to highest",
    "pillar_on_wrong_item": "only group work and report-back items can be tied to a pillar",
    "no_such_pillar": "there is no pillar {value}; the pillars are: {choices}",
    "template_bad_id": "an id uses lowercase letters, digits and hyphens only (at most 64, starting with a "
                       "letter or digit)",
    "template_not_written": "the file cannot be written ({system})",
    "builtin_unchangeable": "the built-in template cannot be changed; duplicate it and edit the copy",
    "folder_unreadable": "the folder cannot be read ({system})",
    "falsely_builtin": "only the template shipped with the application may be marked as built-in",
    "id_of_builtin": "{value} is already used by the built-in template",
    "id_taken": "{value} is already used by {file}",
    # MergeError: the files cannot be combined as asked
    "nothing_to_combine": "choose at least one workshop file to combine",
    "output_is_input": "{file}: is also one of the files to combine; choose another name",
    "combined_record": "{file}: its record of combined offices is unreadable ({system}); nothing was written",
    "inputs_inconsistent": "the files could not be combined: their data is inconsistent ({system}); nothing was "
                           "written",
    # RoomStartError: room input cannot start
    "not_an_address": "{host}: not an IP address (give one of this computer's addresses)",
    "every_address": "{host}: choose one of this computer's addresses, not every address",
    "cannot_listen": "{host}:{port}: cannot listen there ({system}); choose another address or port",
    "start_timeout": "room input did not start in time; try again",
    "start_stopped": "room input stopped as it started; try again",
}


def problem_text(code: str, values: dict) -> str:
    """The English words of ``code`` with its values (a code not in PROBLEMS is a programming error)."""
    return PROBLEMS[code].format(**values)


class WorkshopError(Exception):
    """Base of the errors caused by the environment or the input, not by the program.

    ``code`` is empty for the command line's own errors, which the interface never shows.
    """

    code: str = ""
    values: dict = {}

    def user_message(self) -> str:
        return str(self)


class NotAWorkshopError(WorkshopError):
    """The file is not a workshop file (damaged, empty, or another program's database)."""

    def __init__(self, path: Path | str, code: str, **values):
        self.path, self.code, self.values = Path(path), code, values
        self.reason = problem_text(code, values)
        super().__init__(f"{path}: not a workshop file ({self.reason})")


class FileTooNewError(WorkshopError):
    """The file was written by a newer version; we refuse it and leave it untouched."""

    code = "too_new"

    def __init__(self, path: Path | str, found: int, supported: int):
        self.path, self.found, self.supported = Path(path), found, supported
        self.values = {"found": found, "supported": supported}
        super().__init__(f"{path}: {problem_text(self.code, self.values)}")


class StorageError(WorkshopError):
    """Reading or writing failed for a reason outside the program: disk full, no permission, locked."""

    def __init__(self, path: Path | str, code: str, **values):
        self.path, self.code, self.values = Path(path), code, values
        self.detail = problem_text(code, values)
        super().__init__(f"{path}: {self.detail}")


def read_failure(path: Path | str, exc: OSError) -> StorageError:
    """Why the user's file at ``path`` could not be read, from the system's error."""
    if isinstance(exc, FileNotFoundError):
        return StorageError(path, "file_missing")
    if isinstance(exc, PermissionError):
        return StorageError(path, "no_read_permission")
    if isinstance(exc, NotADirectoryError):
        return StorageError(path, "path_through_file")
    return StorageError(path, "cannot_read", system=exc.strerror or str(exc))


class ExchangeError(WorkshopError):
    """A JSON workshop file cannot be imported; ``place`` is a JSON path such as ``groups[2].name``."""

    def __init__(self, source: str, place: str, code: str, **values):
        values = {k: with_short_quotes(v) if isinstance(v, str) else v for k, v in values.items()}
        self.source, self.place, self.code, self.values = source, place, code, values
        self.problem = with_short_quotes(problem_text(code, values))
        super().__init__((f"{source}: {place}: " if place else f"{source}: ") + self.problem)


def naming(exc: WorkshopError, path: Path | str) -> WorkshopError:
    """The same error, naming the user's file instead of the private copy of it that was read."""
    if isinstance(exc, FileTooNewError):
        return FileTooNewError(path, exc.found, exc.supported)
    if isinstance(exc, (NotAWorkshopError, StorageError)):
        return type(exc)(path, exc.code, **exc.values)
    return WorkshopError(f"{path}: {exc}")


class InconsistentRowsError(WorkshopError):
    """Whole tables handed to the store break the file's rules (a link to a row that is not there, a
    key used twice): nothing was written. Importers and merges say which input it came from."""

    code = "inconsistent"

    def __init__(self, detail: str):
        self.detail, self.values = detail, {"system": detail}
        super().__init__(problem_text(self.code, self.values))


class NotFoundError(WorkshopError):
    """An operation named a row that does not exist (deleted meanwhile, or a stale id)."""

    code = "row_gone"

    def __init__(self, table: str, row_id: int):
        self.values = {"table": table, "id": row_id}
        super().__init__(problem_text(self.code, self.values))


class ValidationError(WorkshopError):
    """A value the user entered is not acceptable; ``field`` names the input to show it beside."""

    def __init__(self, field: str, code: str, **values):
        self.field, self.code, self.values = field, code, values
        self.message = problem_text(code, values)
        super().__init__(f"{field}: {self.message}")


class NotWritableError(StorageError):
    """The file can be read but not written (write-protected, read-only folder or medium).

    The interface offers to open it read-only instead.
    """


class FileInUseError(WorkshopError):
    """Another running copy of the application has the file open for editing.

    ``holder`` says who (user, computer, process, since when); the file may be opened read-only.
    """

    def __init__(self, path: Path | str, holder):
        super().__init__(
            f"{path}: already open for editing by {holder.user or 'someone'} on {holder.host or 'another computer'} "
            f"(process {holder.pid}, since {holder.since_text()}). Close it there, or open it read-only; "
            "the file was not changed.")
        self.path, self.holder = Path(path), holder
