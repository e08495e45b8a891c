"""Signals that let apps above triage react without triage depending on them."""

from django.dispatch import Signal

# Both are sent INSIDE the transaction that makes the change, so that receivers write their side
# effects as outbox rows (bridge.outbox) in that same transaction: all or nothing, never lost. A
# receiver must only write rows; sending anything from here would happen before the commit.

# A publication, with case_id and answer_id.
answer_published = Signal()
# An escalation, with case_id and level.
case_escalated = Signal()
# Sent inside the transaction of a doctor's leak report, with case_id, phrase and replace (a function
# text -> (redacted text, count); in process only, never logged): the patient's side hides the words too,
# so an edit of the question cannot bring them back, and the forum redacts its copies of the case.
# A receiver returns how many occurrences it replaced (or None).
leak_reported = Signal()
# A message added to a case's exchange, with case_id and message_id: the patient's side notifies the
# patient of a doctor's message; a patient's message notifies the doctor (both as outbox rows).
case_message_added = Signal()
