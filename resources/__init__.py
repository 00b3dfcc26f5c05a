"""Data files shipped with the application (templates, demo content, translations, icons).

A package so that ``importlib.resources`` finds it the same way from source and frozen builds.
"""
