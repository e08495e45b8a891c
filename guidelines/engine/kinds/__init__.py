"""The catalogue of rule kinds."""

from __future__ import annotations

from guidelines.engine.kinds import (
    clinical,
    conduct,
    contact,
    diagnosis,
    emergency,
    form,
    identifiers,
    prescription,
    promotion,
    required,
)
from guidelines.engine.kinds.base import KindSpec

KINDS: dict[str, KindSpec] = {
    k.name: k
    for k in (
        KindSpec(
            "identifiers",
            "Identifiers of a person in the answer (names, dates of birth, phone numbers, "
            "addresses, ID numbers…), found by the anonymiser. Eponyms and helplines are not reported.",
            identifiers.IDENTIFIERS_PARAMS,
            identifiers.build_identifiers,
            needs_identifiers=True,
        ),
        KindSpec(
            "contact_solicitation",
            "Private contact outside the platform: e-mail addresses (also written "
            "'name at gmail dot com'), phone numbers (also spaced or dotted), social handles, messaging apps, "
            "'DM me', 'écrivez-moi'. Emergency numbers and helplines are allowed.",
            contact.CONTACT_PARAMS,
            contact._build_contact,
        ),
        KindSpec(
            "care_relationship",
            "Starting a care relationship: 'send me your results', 'book with me', "
            "'I will follow you', 'envoyez-moi vos résultats', 'venez me voir'.",
            clinical.CARE_PARAMS,
            clinical._build_care,
        ),
        KindSpec(
            "prescription",
            "An individual prescription or dose instruction (instruction + dose + frequency "
            "or drug), e.g. 'take 2 tablets of 500 mg three times a day'. General dosing information "
            "('the usual adult dose is…') is not reported.",
            prescription.PRESCRIPTION_PARAMS,
            prescription._build_prescription,
        ),
        KindSpec(
            "diagnosis",
            "Individual diagnosis wording: 'you have…', 'this is definitely…', 'vous avez une…' "
            "followed by a condition. Conditional and general wording ('if you have…') is not reported.",
            diagnosis.DIAGNOSIS_PARAMS,
            diagnosis._build_diagnosis,
        ),
        KindSpec(
            "promotion",
            "Fees, discounts, promotion of one's own practice, booking channels, own media and "
            "products. Neutral mentions of brands and of one's role are not reported.",
            promotion.PROMOTION_PARAMS,
            promotion._build_promotion,
        ),
        KindSpec(
            "conflict_of_interest",
            "A company or brand the author declared an interest in is named, or a product is "
            "endorsed with a personal tie (own code or link, partnership), without a disclosure "
            "in the answer.",
            promotion.COI_PARAMS,
            promotion._build_coi,
        ),
        KindSpec(
            "link_policy",
            "Links: only allowed domains (or none); URL shorteners and tracking or "
            "affiliate parameters are refused.",
            contact.LINK_PARAMS,
            contact._build_links,
            validate=contact._validate_links,
        ),
        KindSpec(
            "overclaiming",
            "Overclaiming: 'guaranteed', '100% effective', 'no side effects', "
            "'sans aucun risque'. Negated uses ('no treatment is guaranteed') are not reported.",
            conduct.OVERCLAIMING_PARAMS,
            conduct._build_overclaiming,
        ),
        KindSpec(
            "abuse",
            "Abusive or derogatory words about patients or colleagues.",
            conduct.ABUSE_PARAMS,
            conduct._build_abuse,
        ),
        KindSpec(
            "required_phrase",
            "A statement the answer must contain, e.g. the disclaimer 'this is not a "
            "consultation'. Any accepted phrasing satisfies it.",
            required.REQUIRED_PARAMS,
            required.build_required,
            validate=required.validate_required,
        ),
        KindSpec(
            "citation",
            "The answer cites at least N recognised sources (named guideline body, DOI, PubMed, "
            "official link).",
            form.CITATION_PARAMS,
            form._build_citation,
        ),
        KindSpec(
            "length",
            "Word count bounds.",
            form.LENGTH_PARAMS,
            form._build_length,
            validate=form._validate_length,
        ),
        KindSpec(
            "forbidden_phrase",
            "Literal phrases that must not appear.",
            form.FORBIDDEN_PARAMS,
            form._build_forbidden,
            validate=form._validate_forbidden,
        ),
        KindSpec(
            "pattern",
            "A committee-written regular expression that must not match; validated so that it "
            "cannot hang the engine.",
            form.PATTERN_PARAMS,
            form._build_pattern,
            validate=form._validate_pattern,
        ),
        KindSpec(
            "emergency_block",
            "When the question shows emergency signs, the answer must give emergency "
            "guidance (a number such as 999, 15, 112, 911, 3114, 988, or 'go to A&E').",
            emergency.EMERGENCY_PARAMS,
            emergency._build_emergency,
        ),
        KindSpec(
            "false_reassurance",
            "Dismissive reassurance: 'don't worry, it's nothing', 'ce n'est rien', 'a lump "
            "like that is never cancer'. Warns; blocks when the question carries a red flag or the answer names one "
            "beside the reassurance. 'Don't worry about "
            "bothering them', conditional, quoted and rejected uses are not reported.",
            conduct.REASSURANCE_PARAMS,
            conduct._build_reassurance,
        ),
    )
}

__all__ = ["KINDS"]
