"""The Assess step: maturity scores per category and group, aggregated and charted."""
