"""The home screen: the library of workshops, recent files, a new workshop."""
