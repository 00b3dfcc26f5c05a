"""The Prioritize step: initiatives, dot votes, impact and effort, the ranking."""
