"""Demo community for `seed_demo`: a few threads in English and French, a conversation, a moderator.

Idempotent (threads are found again by title); every post goes through the real services, so the
demo content passes the same anonymiser and discussion rules as anything a doctor writes.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission

from bridge.accounts.models import User
from community.models import CommunityProfile, Conversation, Thread
from community.services.forum import community_profile_update, post_create, thread_create
from community.services.messages import conversation_start

# (space, lang, author, title, first post, replies as (author, text))
DEMO_THREADS = (
    (
        "dermatology",
        "en",
        "dr.gp@bridge.test",
        "Annular rash in a child: tinea or eczema?",
        "A seven-year-old with ring-shaped itchy patches on both elbows for three weeks, no improvement with emollients. "
        "Would you scrape for microscopy before trying a topical antifungal, or treat as discoid eczema first?",
        (
            (
                "dr.derm@bridge.test",
                "Scrape first if you can: a negative microscopy saves a month of the wrong cream. "
                "Symmetrical patches on both elbows point more to eczema; a single spreading ring with central clearing to tinea.",
            ),
            (
                "dr.gp@bridge.test",
                "Thanks, that matches what I saw. I'll send scrapings and start a mild steroid meanwhile.",
            ),
        ),
    ),
    (
        "general",
        "fr",
        "dr.derm@bridge.test",
        "Renouvellement d'ordonnance en téléconsultation : vos pratiques ?",
        "Comment gérez-vous les demandes de renouvellement de traitements au long cours lorsque le patient "
        "n'a pas été examiné depuis plus d'un an ? Je propose systématiquement une consultation présentielle.",
        (
            (
                "dr.gp@bridge.test",
                "Same here in the UK: we ask for a review appointment before renewing beyond twelve months.",
            ),
        ),
    ),
    (
        "general",
        "en",
        "dr.gp@bridge.test",
        "Journal club: emollients to prevent eczema in infants",
        "The large prevention trials found daily emollients from birth did not prevent eczema by age two. "
        "Do you still advise parents to use them preventively?",
        (),
    ),
)


def seed_community() -> None:
    """Create the demo community once."""
    gp = User.objects.get(email="dr.gp@bridge.test")
    derm = User.objects.get(email="dr.derm@bridge.test")
    gp.user_permissions.add(
        Permission.objects.get(codename="moderate", content_type__app_label="community")
    )
    if not CommunityProfile.objects.filter(user=derm).exists():
        # France's guideline set allows a verified pseudonym; the identity stays known to staff.
        community_profile_update(
            user=derm, pseudonym="DermatoLyon", use_pseudonym=True, email_notifications=True
        )
    users = {u.email: u for u in (gp, derm)}
    for space, lang, author, title, body, replies in DEMO_THREADS:
        if Thread.objects.filter(title=title).exists():
            continue
        thread = thread_create(author=users[author], space=space, title=title, body=body, lang=lang)
        for reply_author, text in replies:
            post_create(author=users[reply_author], thread_id=thread.pk, body=text)
    if not Conversation.objects.filter(subject="Referral pathway for suspected melanoma").exists():
        conversation_start(
            sender=gp,
            recipient_ids=[derm.pk],
            subject="Referral pathway for suspected melanoma",
            body="Could we agree on what photos and history you want with a two-week-wait referral?",
        )
