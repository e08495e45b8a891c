"""Structural cues the clause model (stance_model.json) must agree with before a hit may block (kinds/stance.py).

Moved out of `stance.py` (answers23) to keep it under 350 lines; `cue_in` now also sets aside, for disrespect, a
person word that names the reader's own clinician sent to or helped ("help your doctor decide") or the writer's
own role ("As a sports medicine physician I see…"): neither is a target of contempt. Pure, stdlib-only.
"""

from __future__ import annotations

import re

# Colleagues as people (not "hospital" or "A&E", which every sound answer names).
_PEOPLE = (
    r"gps?|doctors?|colleagues?|consultants?|nurses?|surgeons?|physicians?|specialists?|staff|physios?|"
    r"paramedics?|radiologists?|registrars?|locums?|juniors?|dermatologists?|pediatricians?|paediatricians?|"
    r"that lot|those guys|these guys|whoever|médecins?|généralistes?|confrères?|collègues?|urgentistes?|"
    r"infirmières?|infirmiers?|chirurgiens?|rhumatologues?|dermatos?|remplaçants?|pédiatres?|spécialistes?"
)
# Structural cues the model must agree with before a hit may block (otherwise it only warns).
CUE = {
    # A person or a group named, not a bare "you"/"your" (sarcasm at the internet or a product aimed at "your liver"
    # is no insult): colleagues, "people like you", "patients who", "another one who", « ceux qui », « encore un ».
    "disrespect": re.compile(
        r"(?<![\w'])(?:"
        + _PEOPLE
        + r"|people like you|patients like you|you lot|les gens comme vous|"
        r"(?:some|these|those|such|many) (?:patients|people)|certains patients|ces patients|ces gens|"
        r"(?:patients|people|those|parents|families|ones?) who|ceux qui|celles qui|les gens qui|les patients qui|"
        r"(?:another|yet another) (?:one|patient)|encore (?:un|une|quelqu'un))(?![\w])"
    ),
    "promotion": re.compile(
        r"(?<![\w'])(?:my|our|mon|ma|mes|notre|nos|i|we|je|j'|nous)(?![\w]).*?(?:[£$€]|\d\s?(?:€|euros?|%)|free|offert|"
        r"gratuit|book|zocdoc|doctolib|calendly|website|site|slots?|créneaux|places|house|special|launch|lancement|"
        r"discount|remise|promo|private|privé|queue|attente|waiting|price|prix|tarif|only|seul)"
        # A new-patient offer names the writer's clientele without "I": "new patients get the first visit free".
        r"|(?<![\w'])(?:new (?:patients|clients|members)|nouveaux (?:patients|clients)|nouvelles patientes)(?![\w]).*?"
        r"(?:on the house|free|complimentary|half[- ]price|discount|\d\s?%|offerte?s?|gratuite?s?|remise|moitié prix)"
    ),
    "contact": re.compile(
        r"(?:(?<![\w'])(?:me|moi|my|mon|ma|mes|perso)(?![\w])|-moi\b).*?(?:message|dm|mp|insta|instagram|whatsapp|"
        r"text|texto|sms|e-?mail|mail|phone|mobile|portable|snap|snapchat|facebook|messenger|linkedin|telegram|signal|"
        r"line|ligne|numéro|number|pseudo|handle|compte|account|page)"
        r"|(?:message|dm|mp|insta|whatsapp|text|texto|sms|mail|snap|facebook|telegram|signal)\w*\s+(?:me|moi)\b"
    ),
    # An absolute word negated is the opposite stance (« ce n'est pas rien », "it's not nothing").
    "reassurance": re.compile(
        r"(?<!pas )(?<!not )(?<!n't )\b(?:nothing|never|always|certainly|definitely|no need|no point|don't bother|forget|rien|jamais|toujours|"
        r"forcément|sûrement|inutile|pas la peine|pas besoin|pas lieu)\b"
    ),
}
SEEK_CARE = re.compile(
    r"\b(?:call|ring|phone|see (?:a|your)|seek|go to|get it (?:checked|seen|looked)|a&e|999|911|111|112|"
    r"appeler?|appelez|consulte[rz]?|urgences|15|samu|médecin)\b"
)
NO_CARE = re.compile(
    r"\b(?:no need|no point|don't bother|not worth|inutile|pas la peine|pas besoin|pas lieu|"
    r"sans (?:appeler|consulter))\b"
)

# A person word that is the reader's clinician sent to or helped ("help your doctor decide", « demandez à votre
# médecin »), or the writer's role ("As a sports medicine physician"), not a target (answers23). Contempt of the
# reader's clinician ("your GP is useless") keeps its cue.
_NOT_TARGET_BEFORE = re.compile(
    r"(?:\b(?:help|helps|ask|tell|see|call|contact|show|with|to|let|aider|aide|aident|demandez à|voyez|appelez|montrez à|avec)\s+"
    r"(?:your|votre|vos)\s+(?:[\w-]+\s+){0,2}|\bas an?\s+(?:[\w-]+\s+){0,3}|"
    r"\ben tant que\s+(?:[\w-]+\s+){0,3})$"
)
_PEOPLE_RX = re.compile(r"(?<![\w'])(?:" + _PEOPLE + r")(?![\w])")


def cue_in(label: str, low: str, s: int, e: int) -> bool:
    """The label's structural cue in low[s:e]; for disrespect, a person word counts only as a possible target."""
    for m in CUE[label].finditer(low, s, e):
        if label != "disrespect" or not _PEOPLE_RX.fullmatch(m.group()):
            return True
        if not _NOT_TARGET_BEFORE.search(low, max(s, m.start() - 40), m.start()):
            return True
    return False
