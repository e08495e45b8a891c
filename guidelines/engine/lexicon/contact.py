"""Word lists about contact, links and names: helplines, domains, messaging apps, organisations."""

from __future__ import annotations

from guidelines.engine.lexicon._files import alternation, entries
from textkit.lists import shared_list

# Official emergency and helpline numbers: never a private contact (digits only).
HELPLINE_NUMBERS: frozenset[str] = frozenset(entries("helpline_numbers"))
# Freephone prefixes of helplines (accepted with a helpline word nearby).
FREEPHONE_PREFIXES: tuple[str, ...] = entries("freephone_prefixes")
HELPLINE_WORDS: tuple[str, ...] = entries("helpline_words")
# Words that name a helpline clearly enough to accept a non-freephone, non-mobile number.
STRONG_HELPLINE_WORDS: tuple[str, ...] = entries("strong_helpline_words")
# Organisations that anonymisers sometimes mistake for people.
ORGANISATION_WORDS: tuple[str, ...] = entries("organisation_words")
# Function words of other languages (a sentence in Spanish or Welsh inside an English answer).
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(entries("foreign_function_words"))
FOREIGN_OPENERS: frozenset[str] = frozenset(entries("foreign_openers"))
# A name ending with one of these words is an organisation or a service, not a person ("Cruse Bereavement
# Support", "ADA Standards", "Association Pelade France").
ORGANISATION_TAILS: frozenset[str] = frozenset(entries("organisation_tails"))
# Capitalised only because they open a sentence ("Learn more at…", "Read the leaflet…").
SENTENCE_VERBS: frozenset[str] = frozenset(entries("sentence_verbs"))

# Authorities and references whose links are welcome in answers.
HEALTH_AUTHORITY_DOMAINS: tuple[str, ...] = entries("health_authority_domains")
URL_SHORTENERS: frozenset[str] = frozenset(entries("url_shorteners"))
TRACKING_PARAMS: tuple[str, ...] = entries("tracking_params")
# A sign-up gate or a referral in a link's path ("/join", "/r/DRMAYA"; answers26).
GATED_PATH_SEGMENTS: frozenset[str] = frozenset(entries("gated_path_segments"))
TLDS: tuple[str, ...] = shared_list("tlds")  # textkit/data/tlds.txt, shared with the anonymiser
WEBMAIL_PROVIDERS: tuple[str, ...] = shared_list("webmail")  # textkit/data/webmail.txt
MESSAGING_APPS: tuple[str, ...] = entries("messaging_apps")

# Contact solicitation phrases (first person), beyond addresses and numbers.
CONTACT_PHRASES_EN: tuple[str, ...] = entries("contact_phrases_en")
CONTACT_PHRASES_FR: tuple[str, ...] = entries("contact_phrases_fr")
# What the writer types on, read before "my phone" (round 38): the device, no invitation.
WRITER_DEVICE: str = alternation("writer_device")

# Whose name is it (kinds/person_refs.py): roles in public life, published works, public settings, the words that
# tie a name to the care, and named public services and charities (lower case).
PUBLIC_ROLES: str = alternation("public_roles")
PUBLICATION_NOUNS: str = alternation("publication_nouns")
PUBLIC_SETTINGS: str = alternation("public_settings")
CARE_TIES: str = alternation("care_ties")
NAMED_SERVICES: tuple[str, ...] = entries("named_services")
