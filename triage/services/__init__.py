"""Queue services: open a case, leased claims (SKIP LOCKED), release, extend, refer, expire, escalate, record answers.

One module per concern (cases, claims, escalation, answers); this package re-exports the public names
so callers import from ``triage.services`` as before.
"""

from triage.services.answers import (
    MAX_FOLLOW_UPS,
    answer_record,
    answer_redact_record,
    case_message_add,
)
from triage.services.cases import CaseUnavailable, case_erase, case_open, case_withdraw
from triage.services.claims import (
    CLAIM_BATCH_MAX,
    case_claim,
    case_claim_next,
    case_claim_next_batch,
    case_extend,
    case_refer,
    case_release,
    cases_return_from_doctor,
    leases_expire,
)
from triage.services.escalation import cases_escalate

__all__ = [
    "CLAIM_BATCH_MAX",
    "MAX_FOLLOW_UPS",
    "CaseUnavailable",
    "answer_record",
    "answer_redact_record",
    "case_claim",
    "case_claim_next",
    "case_claim_next_batch",
    "case_erase",
    "case_extend",
    "case_message_add",
    "case_open",
    "case_refer",
    "case_release",
    "case_withdraw",
    "cases_escalate",
    "cases_return_from_doctor",
    "leases_expire",
]
