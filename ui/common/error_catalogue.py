"""The core's errors in the interface's language, looked up by their stable code.

``app/errors.py`` gives every error the interface can show a ``code`` and the ``values`` it names;
its English words are for the command line. Here each code has the template the interface shows,
under one translation context ("Errors"), formatted with the error's values. Values are shown as
the core gives them (file names, JSON paths, the operating system's own words in brackets), and
numbers in Arabic digits, as the interface's inputs show them. A test scans ``app/`` and fails on a
code raised there that has no template here.

Two styles, as the messages around them need: a value's problem is a sentence of its own (shown
beside the field or in a box); a file's problem is a reason that follows the file's name
("{file}: {reason}").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Errors"

TEMPLATES: dict[str, str] = {
    # a value typed or chosen by the user (ValidationError)
    "empty": QT_TRANSLATE_NOOP("Errors", "This must not be empty."),
    "not_text": QT_TRANSLATE_NOOP("Errors", "This must be text."),
    "broken_text": QT_TRANSLATE_NOOP("Errors", "The text contains a broken character; type or paste it again."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "This is too long: at most {limit:,} characters."),
    "not_in_range": QT_TRANSLATE_NOOP("Errors", "Enter a whole number from {low} to {high}."),
    "not_a_text_list": QT_TRANSLATE_NOOP("Errors", "Enter one line of text for each entry."),
    "not_a_date": QT_TRANSLATE_NOOP("Errors", "Choose a date."),
    "not_a_time": QT_TRANSLATE_NOOP("Errors", "Enter a time such as 08:30."),
    "not_a_language": QT_TRANSLATE_NOOP("Errors", "Choose Thai or English."),
    "not_a_colour": QT_TRANSLATE_NOOP("Errors", "Choose a colour from the list or the colour picker."),
    "not_one_of": QT_TRANSLATE_NOOP("Errors", "Choose one of the values offered ({choices})."),
    "not_a_size": QT_TRANSLATE_NOOP("Errors", "Choose one of the text sizes offered ({choices} pt)."),
    "not_a_pillar": QT_TRANSLATE_NOOP("Errors", "This pillar is not part of this workshop."),
    "not_a_timestamp": QT_TRANSLATE_NOOP("Errors", "The time recorded is not valid."),
    "not_an_id": QT_TRANSLATE_NOOP("Errors", "The item chosen is not valid; choose it again."),
    "not_agenda_field": QT_TRANSLATE_NOOP("Errors", "This part of an agenda item cannot be changed."),
    "not_plan_field": QT_TRANSLATE_NOOP("Errors", "This part of a plan item cannot be changed."),
    "not_workshop_detail": QT_TRANSLATE_NOOP("Errors", "This workshop detail cannot be changed."),
    "not_an_origin": QT_TRANSLATE_NOOP("Errors", "The card's origin is not valid."),
    "not_a_moderation": QT_TRANSLATE_NOOP("Errors", "The card's review state is not valid."),
    "not_a_target": QT_TRANSLATE_NOOP("Errors", "Only a category or a pillar can be assessed."),
    "not_a_level": QT_TRANSLATE_NOOP("Errors", "Choose a level from this workshop's maturity scale."),
    "merge_two_cards": QT_TRANSLATE_NOOP("Errors", "Choose two or more different cards to merge."),
    "merge_two_initiatives": QT_TRANSLATE_NOOP("Errors", "Choose two different initiatives to merge."),
    "too_many_signatures": QT_TRANSLATE_NOOP("Errors", "The report has room for at most {limit} signature blocks."),
    "wrong_file_type": QT_TRANSLATE_NOOP("Errors", "Choose a file name ending in .xlsx, .csv or .docx, not {suffix}."),
    "no_file_type": QT_TRANSLATE_NOOP("Errors", "Choose a file name ending in .xlsx, .csv or .docx."),
    "no_dots_left": QT_TRANSLATE_NOOP("Errors", "This group has {left} of {allowance} dots left."),
    "no_agenda": QT_TRANSLATE_NOOP("Errors", "Add an agenda item before starting the day."),
    "already_decided": QT_TRANSLATE_NOOP("Errors", "This suggestion has already been decided."),
    "not_progress_field": QT_TRANSLATE_NOOP("Errors", "This part of a progress report cannot be changed."),
    "not_a_file_name": QT_TRANSLATE_NOOP("Errors", "Give the file a name, without folders."),
    "not_a_media_type": QT_TRANSLATE_NOOP("Errors", "The file's type is not valid."),
    "evidence_too_large": QT_TRANSLATE_NOOP("Errors", "This file is {value} MB; a file of evidence may be at most "
                                                      "{limit} MB."),
    "evidence_full": QT_TRANSLATE_NOOP("Errors", "With this file ({value} MB) the workshop's evidence would pass its "
                                                 "limit of {limit} MB. Remove evidence no longer needed, or attach a "
                                                 "smaller file."),
    "not_baht": QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount in baht. Type digits such as 150000 or "
                                            "150,000.50."),
    # why a file cannot be read or written (StorageError, NotAWorkshopError)
    "file_missing": QT_TRANSLATE_NOOP("Errors", "the file does not exist"),
    "path_through_file": QT_TRANSLATE_NOOP("Errors", "the file does not exist (a part of its folder path is a file)"),
    "does_not_exist": QT_TRANSLATE_NOOP("Errors", "does not exist ({system})"),
    "folder_missing": QT_TRANSLATE_NOOP("Errors", "the folder does not exist (nothing was written)"),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "no_read_permission": QT_TRANSLATE_NOOP("Errors", "no permission to read the file"),
    "cannot_read": QT_TRANSLATE_NOOP("Errors", "cannot read the file ({system})"),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({system})"),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    "other_kind": QT_TRANSLATE_NOOP("Errors", "the file is damaged or of another kind"),
    "other_program": QT_TRANSLATE_NOOP("Errors", "it is a database of another program"),
    "damaged": QT_TRANSLATE_NOOP("Errors", "the file is damaged"),
    "damaged_because": QT_TRANSLATE_NOOP("Errors", "the file is damaged ({system})"),
    "template_unreadable": QT_TRANSLATE_NOOP("Errors", "the file is damaged (its copy of the template is unreadable)"),
    "no_workshop_record": QT_TRANSLATE_NOOP("Errors", "the workshop record is missing"),
    "unfinished": QT_TRANSLATE_NOOP("Errors", "the file was never finished being created"),
    "older_version": QT_TRANSLATE_NOOP("Errors", "made by an older version; open it to upgrade it"),
    "needs_upgrade": QT_TRANSLATE_NOOP("Errors", "the file needs upgrading and cannot be opened read-only"),
    "disk_full_safe": QT_TRANSLATE_NOOP("Errors", "the disk is full; your earlier edits are safe in the file"),
    "disk_full_unwritten": QT_TRANSLATE_NOOP("Errors", "the disk is full; nothing was written"),
    "disk_error": QT_TRANSLATE_NOOP("Errors", "the disk reported an error ({system})"),
    "not_writable": QT_TRANSLATE_NOOP("Errors", "the file or its folder cannot be written (read-only or no permission)"),
    "folder_not_writable": QT_TRANSLATE_NOOP("Errors", "the folder cannot be written (read-only or no permission)"),
    "folder_refused": QT_TRANSLATE_NOOP("Errors", "the folder cannot be written ({system})"),
    "in_use": QT_TRANSLATE_NOOP("Errors", "the file is in use by another program or window"),
    "opening_race": QT_TRANSLATE_NOOP("Errors", "the file is being opened by another program at the same moment; "
                                                "try again"),
    "cannot_mark_open": QT_TRANSLATE_NOOP("Errors", "cannot mark the file as open ({system})"),
    "name_taken": QT_TRANSLATE_NOOP("Errors", "a file with this name already exists"),
    "already_exists": QT_TRANSLATE_NOOP("Errors", "already exists; choose another name (nothing was overwritten)"),
    "cannot_create": QT_TRANSLATE_NOOP("Errors", "cannot create the file ({system})"),
    "cannot_write": QT_TRANSLATE_NOOP("Errors", "cannot write the file ({system})"),
    "cannot_write_pdf": QT_TRANSLATE_NOOP("Errors", "cannot write the PDF ({system})"),
    "cannot_write_copy": QT_TRANSLATE_NOOP("Errors", "cannot write the copy ({system})"),
    "copy_unverified": QT_TRANSLATE_NOOP("Errors", "the compact copy did not verify ({system}); nothing was written"),
    "copy_onto_itself": QT_TRANSLATE_NOOP("Errors", "is the open workshop itself; choose another name for the copy "
                                                    "(nothing was written)"),
    "cannot_restore": QT_TRANSLATE_NOOP("Errors", "cannot write the restored copy ({system})"),
    "backup_folder": QT_TRANSLATE_NOOP("Errors", "cannot write to the backup folder ({system}); "
                                                 "the workshop itself is safe"),
    "upgrade_backup": QT_TRANSLATE_NOOP("Errors", "cannot make a backup copy before upgrading ({system}); "
                                                  "the file was not changed"),
    "app_folder": QT_TRANSLATE_NOOP("Errors", "cannot create the application's folder ({system})"),
    "read_only": QT_TRANSLATE_NOOP("Errors", "the workshop is open read-only"),
    "changed_since": QT_TRANSLATE_NOOP("Errors", "the workshop has changed since this step; it cannot be undone"),
    "evidence_damaged": QT_TRANSLATE_NOOP("Errors", "the evidence file {file} is damaged (its content does not match "
                                                    "the checksum recorded when it was attached)"),
    # a newer file, rows that do not fit together, a row that is gone
    "too_new": QT_TRANSLATE_NOOP("Errors", "made by a newer version of PMQA Workshop (file format {found}; this "
                                           "version reads up to {supported}). Install the newer version to open it; "
                                           "the file was not changed."),
    "inconsistent": QT_TRANSLATE_NOOP("Errors", "the data is inconsistent ({system})"),
    "row_gone": QT_TRANSLATE_NOOP("Errors", "This item is no longer there: it was removed or changed meanwhile."),
    # a JSON export that cannot be imported (ExchangeError; the place stays a JSON path)
    "too_large": QT_TRANSLATE_NOOP("Errors", "the file is larger than 200 MB; it is not a workshop export"),
    "not_utf8": QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text (byte {byte})"),
    "not_json": QT_TRANSLATE_NOOP("Errors", "this is not valid JSON ({system})"),
    "too_deep": QT_TRANSLATE_NOOP("Errors", "the JSON is nested too deeply"),
    "not_an_export": QT_TRANSLATE_NOOP("Errors", "this is not a PMQA workshop export"),
    "export_too_new": QT_TRANSLATE_NOOP("Errors", "made by a newer version of the application (format {found}); "
                                                  "this version reads format {supported}"),
    "not_the_format": QT_TRANSLATE_NOOP("Errors", "the value here does not fit the workshop export format ({system})"),
    "no_such_row": QT_TRANSLATE_NOOP("Errors", "refers to a row that is not in the file ({table} {id})"),
    "off_the_scale": QT_TRANSLATE_NOOP("Errors", "level {level} is not on the maturity scale"),
    "voted_twice": QT_TRANSLATE_NOOP("Errors", "the group voted for this initiative twice"),
    "scored_twice": QT_TRANSLATE_NOOP("Errors", "the group scored this item twice"),
    "key_twice": QT_TRANSLATE_NOOP("Errors", "{value!r} appears twice in its pillar"),
    "used_twice": QT_TRANSLATE_NOOP("Errors", "{value!r} is used twice"),
    "not_base64": QT_TRANSLATE_NOOP("Errors", "the evidence's content is not encoded correctly"),
    "wrong_size": QT_TRANSLATE_NOOP("Errors", "the evidence's content is not the size its row states"),
    "wrong_checksum": QT_TRANSLATE_NOOP("Errors", "the evidence's content does not match its checksum"),
    # a template file that cannot be used (TemplateError; the place stays a JSON path). The English
    # words the command line names a kind of JSON value with ({found}, {what}) are left out here.
    "template_too_large": QT_TRANSLATE_NOOP("Errors", "the file is too large for a template ({size:.1f} MB; "
                                                      "the limit is {limit} MB)"),
    "template_not_utf8": QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text (invalid byte at position {byte})"),
    "field_twice": QT_TRANSLATE_NOOP("Errors", "the field “{field}” appears twice in the same group of fields"),
    "template_not_json": QT_TRANSLATE_NOOP("Errors", "this is not valid JSON (line {line}, column {column}: "
                                                     "{system})"),
    "template_too_deep": QT_TRANSLATE_NOOP("Errors", "the JSON is nested too deeply to be a template"),
    "template_not_object": QT_TRANSLATE_NOOP("Errors", "a template is a JSON object ({{...}}), but this file holds "
                                                       "another kind of data"),
    "no_format_field": QT_TRANSLATE_NOOP("Errors", "this is not a workshop template: the “{field}” field is "
                                                   "missing"),
    "not_a_template": QT_TRANSLATE_NOOP("Errors", "this is not a workshop template: “{field}” should be "
                                                  "“{expected}”"),
    "template_too_new": QT_TRANSLATE_NOOP("Errors", "made for a newer version of the application (format "
                                                    "{found}); this version reads template format {supported}"),
    "field_missing": QT_TRANSLATE_NOOP("Errors", "this required field is missing"),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "this field is not part of the template format (check its "
                                                 "spelling)"),
    "should_be_object": QT_TRANSLATE_NOOP("Errors", "should be a group of fields ({{...}})"),
    "should_be_list": QT_TRANSLATE_NOOP("Errors", "should be a list ([...])"),
    "should_be_text": QT_TRANSLATE_NOOP("Errors", "should be a text in quotes"),
    "should_be_whole_number": QT_TRANSLATE_NOOP("Errors", "should be a whole number"),
    "should_be_number": QT_TRANSLATE_NOOP("Errors", "should be a number"),
    "should_be_true_false": QT_TRANSLATE_NOOP("Errors", "should be true or false"),
    "should_be_bilingual": QT_TRANSLATE_NOOP("Errors", "should be a pair of texts, Thai and English, both filled "
                                                       "in"),
    "should_be_other": QT_TRANSLATE_NOOP("Errors", "should be {rule}"),
    "not_a_template_time": QT_TRANSLATE_NOOP("Errors", "{value} is not a time: write hours and minutes on the "
                                                       "24-hour clock, such as 08:30"),
    "not_a_template_id": QT_TRANSLATE_NOOP("Errors", "{value} cannot be an id: use lowercase English letters, "
                                                     "digits and hyphens (-), starting with a letter or digit, "
                                                     "at most 64 characters"),
    "not_a_template_key": QT_TRANSLATE_NOOP("Errors", "{value} cannot be a key: use lowercase English letters, "
                                                      "digits, hyphens (-) and underscores (_), starting with a "
                                                      "letter or digit"),
    "not_valid_here": QT_TRANSLATE_NOOP("Errors", "{value} is not valid here ({rule})"),
    "template_too_long": QT_TRANSLATE_NOOP("Errors", "is too long (at most {limit:,} characters)"),
    "not_allowed_here": QT_TRANSLATE_NOOP("Errors", "{value} is not allowed here; use one of: {choices}"),
    "should_be_value": QT_TRANSLATE_NOOP("Errors", "should be {value}"),
    "needs_one_item": QT_TRANSLATE_NOOP("Errors", "needs at least 1 item, found {count}"),
    "needs_items": QT_TRANSLATE_NOOP("Errors", "needs at least {limit} items, found {count}"),
    "too_many_items": QT_TRANSLATE_NOOP("Errors", "may have at most {limit} items, found {count}"),
    "below_minimum": QT_TRANSLATE_NOOP("Errors", "should be at least {limit}, not {value}"),
    "above_maximum": QT_TRANSLATE_NOOP("Errors", "should be at most {limit}, not {value}"),
    "schema_rule": QT_TRANSLATE_NOOP("Errors", "the value here does not fit the template format ({system})"),
    "broken_character": QT_TRANSLATE_NOOP("Errors", "the text contains a broken character; type it again"),
    "key_used_twice": QT_TRANSLATE_NOOP("Errors", "{value} is used twice: each must have its own {field} (the "
                                                  "first is {first})"),
    "required_key_missing": QT_TRANSLATE_NOOP("Errors", "{value} is missing; each of these must appear once: "
                                                        "{choices}"),
    "level_out_of_order": QT_TRANSLATE_NOOP("Errors", "must be greater than the value of the level before it "
                                                      "({previous}): levels go from lowest to highest"),
    "pillar_on_wrong_item": QT_TRANSLATE_NOOP("Errors", "only group work and report-back items can be tied to a "
                                                        "pillar"),
    "no_such_pillar": QT_TRANSLATE_NOOP("Errors", "there is no pillar {value}; the pillars are: {choices}"),
    "template_bad_id": QT_TRANSLATE_NOOP("Errors", "an id uses lowercase English letters, digits and hyphens (-) "
                                                   "only, at most 64, starting with a letter or digit"),
    "template_not_written": QT_TRANSLATE_NOOP("Errors", "the file cannot be written ({system})"),
    "builtin_unchangeable": QT_TRANSLATE_NOOP("Errors", "the built-in template cannot be changed; duplicate it and "
                                                        "edit the copy"),
    "folder_unreadable": QT_TRANSLATE_NOOP("Errors", "the folder cannot be read ({system})"),
    "falsely_builtin": QT_TRANSLATE_NOOP("Errors", "only the template shipped with the application may be marked "
                                                   "as built-in"),
    "id_of_builtin": QT_TRANSLATE_NOOP("Errors", "the id {value} is already used by the built-in template"),
    "id_taken": QT_TRANSLATE_NOOP("Errors", "the id {value} is already used by {file}"),
    # files that cannot be combined (MergeError)
    "nothing_to_combine": QT_TRANSLATE_NOOP("Errors", "Choose at least one workshop file to combine."),
    "output_is_input": QT_TRANSLATE_NOOP("Errors", "{file} is also one of the files to combine; choose another name "
                                                   "for the combined file."),
    "combined_record": QT_TRANSLATE_NOOP("Errors", "{file}: its record of combined offices is unreadable ({system}); "
                                                   "nothing was written."),
    "inputs_inconsistent": QT_TRANSLATE_NOOP("Errors", "The files could not be combined: their data is inconsistent "
                                                       "({system}); nothing was written."),
    # room input cannot start (RoomStartError)
    "not_an_address": QT_TRANSLATE_NOOP("Errors", "{host} is not an IP address: choose one of this computer's "
                                                  "addresses."),
    "every_address": QT_TRANSLATE_NOOP("Errors", "Choose one of this computer's addresses, not every address "
                                                 "({host})."),
    "cannot_listen": QT_TRANSLATE_NOOP("Errors", "Room input cannot listen at {host}, port {port} ({system}): "
                                                 "choose another address or port (another program may be using it)."),
    "start_timeout": QT_TRANSLATE_NOOP("Errors", "Room input did not start in time; try again."),
    "start_stopped": QT_TRANSLATE_NOOP("Errors", "Room input stopped as it started; try again."),
}


def error_text(exc: Exception) -> str:
    """The error's own message in the interface's language; an error without a known code (the
    command line's own, or a bug) keeps its English words."""
    code = getattr(exc, "code", "")
    if code not in TEMPLATES:
        return str(exc)
    return QCoreApplication.translate(CONTEXT, TEMPLATES[code]).format(**exc.values)
