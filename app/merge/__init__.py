"""Consolidation: combining several offices' workshops into one, with provenance."""
