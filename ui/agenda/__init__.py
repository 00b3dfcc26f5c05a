"""The Agenda step: the day's items and run mode."""
