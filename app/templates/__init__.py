"""Workshop templates: the bilingual content a workshop is created from.

A template is a JSON file (``resources/templates/template.schema.json``, explained for agencies in
``docs/templates.md``). This module is where the rest of the application imports templates from;
the work is done in three modules below it, each importing only the ones before it:

- ``app/templates/model.py``: the dataclasses and :class:`TemplateError`;
- ``app/templates/format.py``: reading, checking (with readable explanations) and writing the JSON;
- ``app/templates/library.py``: copying, saving, exporting, importing and listing user templates.

None of them imports Qt, so the command line and the tests use them headless, and every failure a
user can cause comes out as one :class:`TemplateError` that names the file, the place in it and the
problem.
"""

from __future__ import annotations

from app.templates.format import (
    BUILTIN_ID, BUILTIN_RESOURCE, FORMAT, FORMAT_VERSION, MAX_FILE_BYTES, PILLAR_AGENDA_KINDS,
    SCHEMA_RESOURCE, builtin_template, load_template,
    parse_template, template_to_dict,
)
from app.templates.library import (
    duplicate_template, export_template, import_template, list_templates, save_template,
)
from app.templates.model import (
    AgendaEntry, Category, Enabler, MaturityLevel, Pillar, PlanField, PlanStatus, Question, Slide,
    Template, TemplateError, Text,
)

__all__ = [
    # the model
    "Text", "AgendaEntry", "Slide", "Question", "Pillar", "Enabler", "Category", "MaturityLevel",
    "PlanField", "PlanStatus", "Template", "TemplateError",
    # the file format
    "FORMAT", "FORMAT_VERSION", "BUILTIN_ID", "BUILTIN_RESOURCE", "SCHEMA_RESOURCE", "MAX_FILE_BYTES",
    "PILLAR_AGENDA_KINDS",
    "parse_template", "load_template", "builtin_template", "template_to_dict",
    # the user's library
    "duplicate_template", "save_template", "export_template", "import_template", "list_templates",
]
