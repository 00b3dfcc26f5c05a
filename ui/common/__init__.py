"""What several steps share: undo, translations, background tasks, messages, fonts, panel actions."""
