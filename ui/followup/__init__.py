"""The Follow-up step (issue #23): checkpoints, progress per plan item, evidence, at a glance."""
