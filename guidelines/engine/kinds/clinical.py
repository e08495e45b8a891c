"""Kinds about the clinical relationship: care relationship here; prescription and diagnosis in their modules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import care_taken_on
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    negated,
    phrases_for,
)
from guidelines.engine.kinds.care_offer import care_offers
from guidelines.engine.kinds.diagnosis import DIAGNOSIS_PARAMS, _build_diagnosis
from guidelines.engine.kinds.prescription import PRESCRIPTION_PARAMS, _build_prescription
from guidelines.engine.kinds.stance import not_own_words
from guidelines.engine.model import Rule

# ---------------------------------------------------------------- care relationship

_CARE_RX = {"en": Lexicon(lx.CARE_EN), "fr": Lexicon(lx.CARE_FR)}
# answers24: a listed phrase whose subject is another carer ("your practice can book you in", « votre cabinet pourra
# vous recevoir ») is a referral, not the writer taking the reader on.
_OTHER_CARER = re.compile(
    r"\b(?:your|the|votre|le|la|l') ?(?:gp|practice|surgery|doctor|clinic|reception|receptionists?|pharmacist|nurse|"
    r"physio|team|hospital|médecin|généraliste|cabinet|secrétariat|pharmacien|kiné|infirmière?|équipe|clinique|"
    r"hôpital)(?: (?:can|will|could|should|may|might|would|pourra|peut|va|devrait|pourront|peuvent))?\s*$"
)


def _build_care(rule: Rule, env: BuildEnv) -> Matcher:
    extra = {
        lang: Lexicon(phrases_for(rule.params, "extra_phrases", lang), literal=True)
        for lang in ("en", "fr")
    }

    def match(doc: Doc) -> Iterator[Hit]:
        lang = doc.lang if doc.lang in _CARE_RX else "en"
        listed = [x for lex in (_CARE_RX[lang], extra[lang]) for x in lex.spans(doc)]
        # The offer read as a sentence, in any wording (care_offer.py); one report per span.
        read = list(care_offers(doc))
        # The writer taking the reader on as an ongoing patient, read as an act (acts.py, answers18).
        read += [x for x in care_taken_on(doc) if not any(a < x[1] and x[0] < b for a, b in read)]
        listed = [x for x in listed if not any(a < x[1] and x[0] < b for a, b in read)]
        for a, b in sorted({*listed, *read}):
            # negated, quoted, or reported to be rejected ("sites that say 'text me your readings'"); the
            # sentence reading has checked its own spans (and lets "don't hesitate to…" urge)
            other = _OTHER_CARER.search(doc.low, max(doc.sentence_at(a)[0], a - 50), a)
            if (a, b) not in read and (negated(doc, a, 25) or not_own_words(doc, a, b) or other):
                continue
            q = excerpt(doc.text, a, b)
            yield Hit(
                a,
                b,
                msg(
                    doc.lang,
                    f'Starts a care relationship outside the platform: "{q}"',
                    f"Engage une relation de soin hors de la plateforme : « {q} »",
                ),
            )

    return match


CARE_PARAMS = (
    ParamSpec(
        "extra_phrases",
        "phrases",
        "Further phrases per language (en, fr) that start a care relationship.",
        default={},
    ),
)

# The kinds moved to their own modules stay importable from here.
__all__ = [
    "CARE_PARAMS",
    "DIAGNOSIS_PARAMS",
    "PRESCRIPTION_PARAMS",
    "_build_care",
    "_build_diagnosis",
    "_build_prescription",
]
