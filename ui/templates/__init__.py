"""The templates dialog and the template editor."""
