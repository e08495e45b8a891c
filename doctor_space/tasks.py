"""Doctor-space tasks: none of their own; escalation e-mails go through the outbox (bridge.outbox)."""
