"""The Setup step: the workshop's details, groups and members."""
