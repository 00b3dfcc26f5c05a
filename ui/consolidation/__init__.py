"""Combining offices' workshops and reviewing similar initiatives."""
