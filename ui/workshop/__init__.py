"""An open workshop: the step navigator and the overview step."""
