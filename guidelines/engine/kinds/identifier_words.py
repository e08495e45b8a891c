"""Words the anonymiser tags as identifiers that identify no one (answers25), read after the markup filter.

- **A role, not a name**: "Locum here – …", "Locum pharmacist here.", « Interne de garde, … »: a PERSON span made
  only of clinical roles (a name would stand beside the role: "Dr Sam Lee, locum").
- **A greeting of a feast**: "Ramadan Mubarak!", "Eid Mubarak", « Aïd Moubarak », "Ramadan Kareem": the blessing
  word after its feast is no person (the feast words themselves are kept as the anonymiser reads them: deid36's
  `faith_terms.txt`).
- **A country or region alone**: "what you need for Saudi Arabia": a PERSON or ADDRESS span that is exactly a
  country, state or province (`textkit/data/regions.txt`, the list the anonymiser reads too) names no one
  (HIPAA's safe harbour and the GMC's confidentiality guidance count places smaller than a state).
- **A disease's name, not a street**: « pityriasis rosé de Gibert » — an ADDRESS span with no digit whose words
  hold a clinical head (`dx_lesions.txt`, `dx_clinical_heads.txt`).

Pure functions of the text and span.
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.name_context import markup_not_identifier
from guidelines.engine.lexicon._files import entries
from textkit.lists import shared_list

_ROLES = frozenset(
    [
        "locum",
        "locums",
        "registrar",
        "consultant",
        "nurse",
        "pharmacist",
        "midwife",
        "paramedic",
        "physio",
        "physiotherapist",
        "gp",
        "doctor",
        "surgeon",
        "resident",
        "intern",
        "fellow",
        "attending",
        "hospitalist",
        "clinician",
        "remplaçant",
        "remplaçante",
        "interne",
        "infirmier",
        "infirmière",
        "pharmacien",
        "pharmacienne",
        "sage-femme",
        "médecin",
        "généraliste",
        "urgentiste",
        "retired",
        "retraité",
        "retraitée",
    ]
)
_FEAST = re.compile(r"(?:ramadan|ramadhan|eid|aïd|aid)[\s-]+$", re.IGNORECASE)
_BLESSING = frozenset(["mubarak", "moubarak", "kareem", "karim", "saeed", "said"])
_FEAST_WORDS = frozenset(["ramadan", "ramadhan", "eid", "aïd", "aid"])
_CLINICAL = re.compile(rf"\b(?:{lx.DX_LESIONS}|{lx.DX_CLINICAL_HEADS})\b")


_REGIONS = frozenset(x.lower() for x in shared_list("regions"))
# answers31: « Ben voyons », « Ben là »: a spoken opener, not the first name Ben (data/interjections.txt)
_INTERJECTION = re.compile(r"(?:" + "|".join(entries("interjections")) + r")", re.IGNORECASE)


def not_identifier_word(text: str, start: int, end: int, label: str) -> bool:
    """Markup, a role, a feast's blessing, a country alone or a disease's name taken for an identifier."""
    if markup_not_identifier(text, start, end, label):
        return True
    low = text[start:end].lower().strip(" ,.;:!-–—")
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", low)
    if not words:
        return False
    if label == "PERSON" and all(w in _ROLES for w in words):
        return True
    if label == "PERSON" and len(words) == 1 and _INTERJECTION.match(text, start):
        return True
    blessing = all(w in _BLESSING or w in _FEAST_WORDS for w in words)
    if (
        label == "PERSON"
        and blessing
        and (
            any(w in _FEAST_WORDS for w in words) or _FEAST.search(text, max(0, start - 12), start)
        )
    ):
        return True
    if label in ("PERSON", "ADDRESS") and low in _REGIONS:
        return True
    return label == "ADDRESS" and not re.search(r"\d", low) and _CLINICAL.search(low) is not None
