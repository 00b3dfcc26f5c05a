"""The Plan step: the development plan table."""
