"""The projector window and the painted stage it shares with the Brief step."""
