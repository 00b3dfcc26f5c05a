"""The environment the application is known to work in."""

import PySide6


def test_pyside6_is_not_the_release_that_drops_references():
    # PySide6 6.12.0 (CPython 3.11) released references to None and True it never took, so a long
    # session aborted with "Fatal Python error: none_dealloc"; pyproject.toml excludes it.
    assert PySide6.__version__ != "6.12.0", "reinstall: pip install -e '.[test]' picks a working PySide6"
