"""Bridge's own domain settings: answer times, leases, text limits, consent, links in e-mails, the community."""

from bridge.settings.core import ALLOWED_HOSTS, PRODUCTION, env

# "Usually answered within N hours" on the ask page: the median of the last N answered cases per
# specialty, hidden below the minimum (a median of two answers promises nothing).
BRIDGE_ANSWER_TIME_SAMPLE = env.int("BRIDGE_ANSWER_TIME_SAMPLE", default=50)
BRIDGE_ANSWER_TIME_MIN_CASES = env.int("BRIDGE_ANSWER_TIME_MIN_CASES", default=5)
BRIDGE_LEASE_MINUTES = env.int("BRIDGE_LEASE_MINUTES", default=30)
BRIDGE_API_TOKEN_HOURS = env.int("BRIDGE_API_TOKEN_HOURS", default=12)
BRIDGE_QUESTION_MAX_CHARS = 5000
BRIDGE_ANSWER_MAX_CHARS = 8000
# A message in a case's exchange (request for details, follow-up, replies): short by design.
BRIDGE_MESSAGE_MAX_CHARS = 2000
BRIDGE_CONSENT_VERSION = "2026-11"
# A question left at the preview step (never sent) is deleted this many days after its last change.
BRIDGE_UNSENT_DRAFT_DAYS = env.int("BRIDGE_UNSENT_DRAFT_DAYS", default=14)
# Links in e-mails must be absolute (a mail client cannot open "/questions/4/"): the public address of
# this deployment; in production, https on the first allowed host unless set.
BRIDGE_SITE_URL = env.str(
    "BRIDGE_SITE_URL",
    default=f"https://{ALLOWED_HOSTS[0]}" if PRODUCTION else "http://127.0.0.1:8000",
).rstrip("/")
# Who answers questions about personal data (privacy notice, terms, about page): set it per deployment.
BRIDGE_CONTACT_EMAIL = env.str("BRIDGE_CONTACT_EMAIL", default="privacy@bridge.localhost")
# The doctors' community: flags from distinct doctors that hide a post pending review; image limits.
BRIDGE_COMMUNITY_FLAGS_TO_HIDE = env.int("BRIDGE_COMMUNITY_FLAGS_TO_HIDE", default=3)
BRIDGE_COMMUNITY_IMAGE_MAX_BYTES = env.int(
    "BRIDGE_COMMUNITY_IMAGE_MAX_BYTES", default=8 * 1024 * 1024
)
BRIDGE_COMMUNITY_IMAGE_MAX_PIXELS = env.int("BRIDGE_COMMUNITY_IMAGE_MAX_PIXELS", default=40_000_000)
# Public library pages (list, topics, search, permalinks) for visitors who are not signed in are cached
# this long under the library's version (patient_portal.page_cache); 0 turns the page cache off.
BRIDGE_LIBRARY_PAGE_SECONDS = env.int("BRIDGE_LIBRARY_PAGE_SECONDS", default=300)
