"""Forum writes: threads, posts (quotes, @mentions, images), follows and read markers, case questions.

One module per concern (posting, threads, case questions, profiles); this package re-exports the
public names so callers import from ``community.services.forum`` as before.
"""

from community.services.forum.case_questions import (
    case_question_ask,
    case_questions_escalate,
    specialty_doctor_ids,
)
from community.services.forum.posting import MAX_MENTIONS, SEARCH_CONFIGS
from community.services.forum.profiles import community_profile_update
from community.services.forum.threads import (
    post_create,
    spaces,
    thread_create,
    thread_follow,
    thread_get,
    thread_mark_read,
)

__all__ = [
    "MAX_MENTIONS",
    "SEARCH_CONFIGS",
    "case_question_ask",
    "case_questions_escalate",
    "community_profile_update",
    "post_create",
    "spaces",
    "specialty_doctor_ids",
    "thread_create",
    "thread_follow",
    "thread_get",
    "thread_mark_read",
]
