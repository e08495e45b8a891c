"""Signals that let apps above triage react without triage depending on them."""

from django.dispatch import Signal

# Sent on commit of a publication with case_id and answer_id.
answer_published = Signal()
# Sent when a case is escalated, with case_id and level.
case_escalated = Signal()
