"""Automatic backups while a workshop is open, and restoring one."""
