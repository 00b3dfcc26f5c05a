"""PMQA 4.0 Workshop: the core (domain model, storage, templates, reports, command line).

Nothing in this package imports Qt, so the command line and the report renderer run headless.
"""

__version__ = "0.1.0"
