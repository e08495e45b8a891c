"""Word lists about conduct: overclaiming, abuse, promotion, disclosure of interests."""

from __future__ import annotations

from guidelines.engine.lexicon._files import alternation, entries

# Overclaiming.
OVERCLAIM_EN: tuple[str, ...] = entries("overclaim_en")
OVERCLAIM_FR: tuple[str, ...] = entries("overclaim_fr")
# "100 %" is an overclaim only next to these words (not "pris en charge à 100 %").
HUNDRED_PERCENT_WORDS: tuple[str, ...] = entries("hundred_percent_words")

# Abuse and derogatory terms: insults always count; judgement words count when aimed at someone.
INSULTS_EN: tuple[str, ...] = entries("insults_en")
INSULTS_FR: tuple[str, ...] = entries("insults_fr")
JUDGEMENT_EN: tuple[str, ...] = entries("judgement_en")
JUDGEMENT_FR: tuple[str, ...] = entries("judgement_fr")
TARGETS_EN: str = alternation("targets_en")
# "are just too lazy", "sont vraiment trop fainéants": an intensifier between target and word.
INTENSIFIERS = (
    r"(?:(?:clearly|obviously|frankly|honestly|manifestement|clairement|franchement|visiblement) )?"
    r"(?:(?:too|so|very|really|far too|way too|just|such an?|trop|si|tellement|très|bien|un|une) )?"
)
TARGETS_FR: str = alternation("targets_fr")

# Promotion categories.
PROMO_DISCOUNTS: tuple[str, ...] = entries("promo_discounts")
PROMO_OWN_PRACTICE: tuple[str, ...] = entries("promo_own_practice")
PROMO_BOOKING: tuple[str, ...] = entries("promo_booking")
PROMO_SELF_MEDIA: tuple[str, ...] = entries("promo_self_media")
PROMO_PRODUCTS: tuple[str, ...] = entries("promo_products")
PROMO_FEES_CONTEXT: tuple[str, ...] = entries("promo_fees_context")

# Disclosure of interests.
DISCLOSURE_EN: tuple[str, ...] = entries("disclosure_en")
DISCLOSURE_FR: tuple[str, ...] = entries("disclosure_fr")
# Undeclared interests: a personal tie to an endorsed product, and the author's own offer (promotion instead).
COI_ENDORSEMENT: tuple[str, ...] = entries("coi_endorsement")
COI_OWN_OFFER: tuple[str, ...] = entries("coi_own_offer")
# A tie stated in passing (own product, the maker one advises, a commission), and the frames that declare one.
COI_STATED_TIES: tuple[str, ...] = entries("coi_stated_ties")
COI_DECLARATION_FRAMES: tuple[str, ...] = entries("coi_declaration_frames")
# Casual partner wording is the cue itself, not a declaration of the interest.
COI_NOT_DECLARATIONS: frozenset[str] = frozenset({"je travaille avec", "en partenariat avec"})
# A first-person financial link to a maker, read with a product recommendation in the same sentence.
COI_OWN_LINK: tuple[str, ...] = entries("coi_own_link")
COI_PUBLIC_BODIES: str = alternation("coi_public_bodies")
COI_LINK_RECOMMEND: tuple[str, ...] = entries("coi_link_recommend")

# Grammars of the act (kinds/acts.py, answers18): word classes, each joined to the others by a structure.
ACT_ADULT_AGENTS: str = alternation("act_adult_agents")
ACT_HARM: str = alternation("act_harm")
ACT_HARM_FR: str = alternation("act_harm_fr")
ACT_CONTROL: str = alternation("act_control")
ACT_CHILD: str = alternation("act_child")
ACT_CHILD_RISK: str = alternation("act_child_risk")
ACT_DISCLOSED: str = alternation("act_disclosed")
ACT_SIGNPOST: str = alternation("act_signpost")
ACT_DEMEANING: str = alternation("act_demeaning")
ACT_DEGREE: str = alternation("act_degree")
ACT_CERTAINTY: str = alternation("act_certainty")
ACT_BENIGN: str = alternation("act_benign")
ACT_CARE_DECLINED: str = alternation("act_care_declined")
ACT_CONDITION: str = alternation("act_condition")
ACT_ONGOING: str = alternation("act_ongoing")
ACT_SELFLINK: tuple[str, ...] = entries("act_selflink")
ACT_RECOMMEND: tuple[str, ...] = entries("act_recommend")

# A discount code handed over casually (kinds/acts_code.py, answers28): what enters it, and the money off.
PROMO_CODE_ENTRY: str = alternation("promo_code_entry")
PROMO_CODE_SAVING: str = alternation("promo_code_saving")
# The writer as the one paid, the money as subject (kinds/acts_interest.py, answers28).
COI_SHARE_TO_ME: str = alternation("coi_share_to_me")
# A seat on the maker's board or panel (kinds/acts_interest.py, answers28).
COI_SEAT: str = alternation("coi_seat")
# The offer made the subject of a denied claim (kinds/acts_sale.py, answers28).
PROMO_DENIED_CLAIM: str = alternation("promo_denied_claim")
# The reader folded into a group, the group's nouns, the predicate that makes it contempt and the words that make it
# praise (kinds/acts_group.py, answers30).
GROUP_READER: tuple[str, ...] = entries("group_reader")
GROUP_NOUNS: str = alternation("group_nouns")
GROUP_PREDICATE: str = alternation("group_predicate")
GROUP_PRAISE: str = alternation("group_praise")
