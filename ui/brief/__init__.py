"""The Brief step: the template's slides."""
