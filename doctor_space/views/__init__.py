"""Doctor pages. The gate checked the path; `closed_space_view` checks each view again, services a third time.

One module per part of the space (registration, queue and leases, case workspace, snippets, messages);
this package re-exports the views so the URL confs and callers use ``doctor_space.views`` as before.
"""

from doctor_space.views.messaging import message
from doctor_space.views.queue_pages import claim, claim_next, extend, queue, refer, release
from doctor_space.views.registration import register
from doctor_space.views.snippet_pages import snippet_remove, snippets
from doctor_space.views.workspace import answer, case_detail, highlight_segments, report_leak

__all__ = [
    "answer",
    "case_detail",
    "claim",
    "claim_next",
    "extend",
    "highlight_segments",
    "message",
    "queue",
    "refer",
    "register",
    "release",
    "report_leak",
    "snippet_remove",
    "snippets",
]
