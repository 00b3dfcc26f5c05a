"""The Capture step: each group's answers as cards, per pillar and question."""
