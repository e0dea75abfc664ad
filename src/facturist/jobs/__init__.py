"""Background work: a durable queue, worker processes and status notifications."""
