"""The required_phrase fold: accents, case, contractions, negations and synonyms canonicalised."""

from __future__ import annotations

import re

from textkit.folding import ascii_fold

# Answer and phrases are folded alike, so that a phrase's words can be matched in order (required.py).
_ELISIONS = (
    ("can't", "can not"),
    ("won't", "will not"),
    ("n't", " not"),
    ("cannot", "can not"),
    ("qu'", "que "),
    ("n'", "ne "),
    ("m'", "me "),
    ("l'", " "),
    ("d'", " "),
    ("j'", " "),
    ("s'", " "),
    ("c'", " "),
)
_FR_ELISION = re.compile(r"\b(qu|n|m|l|d|j|s|c)'")
_FR_ELISION_TO = {
    "qu": "que ",
    "n": "ne ",
    "m": "me ",
    "l": " ",
    "d": " ",
    "j": " ",
    "s": " ",
    "c": " ",
}
_SENTENCE_END = re.compile(r"[.!?\n]+")
_NOT_WORD = re.compile(r"[^a-z0-9%|]+")
_AUX = frozenset(
    (
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "is",
        "are",
        "was",
        "were",
        "am",
        "have",
        "has",
        "had",
    )
)
_NEG_FR = frozenset(("pas", "jamais", "point", "nullement", "aucunement"))
_WORD_MAP: dict[str, str] = {
    **dict.fromkeys(("never", "nothing"), "not"),
    # Contractions typed without the apostrophe on a phone ("this doesnt replace…", "cant examine you").
    **dict.fromkeys(
        (
            "doesnt",
            "dont",
            "didnt",
            "cant",
            "isnt",
            "arent",
            "wont",
            "havent",
            "hasnt",
            "couldnt",
            "shouldnt",
            "wasnt",
        ),
        "not",
    ),
    **dict.fromkeys(("replaces", "replaced", "replacing", "replacement"), "replace"),
    **dict.fromkeys(
        (
            "gp",
            "gps",
            "physician",
            "physicians",
            "doctors",
            "clinician",
            "clinicians",
            "pediatrician",
            "pediatricians",
            "paediatrician",
            "paediatricians",
            "prescriber",
            "prescribers",
            "dentist",
            "dentists",
            "ob",
            "obs",
            "obgyn",
            "specialist",
            "specialists",
            "midwife",
            "midwives",
            "nurse",
            "nurses",
            "team",
            "teams",
            "dermatologist",
            "dermatologists",
            "oncologist",
            "oncologists",
            "cardiologist",
            "cardiologists",
            "consultant",
            "consultants",
            "surgeon",
            "surgeons",
        ),
        "doctor",
    ),
    **dict.fromkeys(
        (
            "exam",
            "exams",
            "assess",
            "assesses",
            "assessed",
            "assessing",
            "assessment",
            "assessments",
            "evaluate",
            "evaluates",
            "evaluated",
            "evaluating",
            "evaluation",
            "evaluer",
        ),
        "examine",
    ),
    **dict.fromkeys(
        (
            "appointment",
            "appointments",
            "visit",
            "visits",
            "consultations",
            "checkup",
            "checkups",
            "consult",
            "consults",
            "visite",
            "visites",
        ),
        "consultation",
    ),
    **dict.fromkeys(
        (
            "medecins",
            "docteur",
            "docteurs",
            "generaliste",
            "generalistes",
            "pediatre",
            "pediatres",
            "gynecologue",
            "gynecologues",
            "dermatologue",
            "dermatologues",
            "specialiste",
            "specialistes",
            "equipe",
            "equipes",
            "oncologue",
            "oncologues",
            "cardiologue",
            "cardiologues",
            "chirurgien",
            "chirurgiens",
        ),
        "medecin",
    ),
    **dict.fromkeys(("a", "an", "the", "un", "une", "le", "la", "les", "du", "des", "de"), ""),
}
_PREFIXES = (
    ("remplac", "remplace"),
    ("substitu", "remplace"),
    ("examin", "examine"),
    ("examen", "examine"),
    ("auscult", "examine"),
)
_PREFIX4 = frozenset(p[:4] for p, _r in _PREFIXES)
# Several words that fold to one: (words, replacement).
_PHRASES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _words, _repl in (
    (("substitute", "for"), "replace"),
    (("substitution", "for"), "replace"),
    (("replacement", "for"), "replace"),
    (("stand", "in", "for"), "replace"),
    (("take", "the", "place", "of"), "replace"),
    (("takes", "the", "place", "of"), "replace"),
    (("doctor", "s"), "doctor"),
    # possessives of the doctor synonyms: "your oncology team's advice", "your GP's opinion"
    *(
        ((w, "s"), "doctor")
        for w in (
            "team",
            "gp",
            "nurse",
            "consultant",
            "specialist",
            "midwife",
            "oncologist",
            "physician",
            "surgeon",
            "dermatologist",
            "pediatrician",
            "paediatrician",
        )
    ),
    (("none", "of", "this"), "not"),
    (("none", "of", "that"), "not"),
    (("none", "of", "it"), "not"),
    (("none", "of", "these"), "not"),
    (("health", "care", "provider"), "doctor"),
    (("healthcare", "provider"), "doctor"),
    (("health", "care", "professional"), "doctor"),
    (("healthcare", "professional"), "doctor"),
    (("health", "visitor"), "doctor"),
    (("primary", "care", "provider"), "doctor"),
    (("primary", "care", "physician"), "doctor"),
    (("primary", "care", "doctor"), "doctor"),
    (("check", "up"), "consultation"),
    (("check", "ups"), "consultation"),
    (("tenir", "lieu"), "remplace"),
    (("tient", "lieu"), "remplace"),
    (("tiennent", "lieu"), "remplace"),
    (("medecin", "traitant"), "medecin"),
    (("medecins", "traitants"), "medecin"),
    (("sage", "femme"), "medecin"),
    (("sages", "femmes"), "medecin"),
    (("professionnel", "de", "sante"), "medecin"),
    (("professionnels", "de", "sante"), "medecin"),
    (("rendez", "vous"), "consultation"),
):
    _PHRASES[_words[0]] = (*_PHRASES.get(_words[0], ()), (_words, _repl))


_SPECIAL = frozenset((*_AUX, "no", *_PHRASES, *_WORD_MAP))


def _fold_words(toks: list[str]) -> list[str]:
    """Negations and synonyms folded in one pass over the words."""
    out: list[str] = []
    n, i = len(toks), 0
    special = _SPECIAL
    while i < n:
        w = toks[i]
        if w not in special and w[:4] not in _PREFIX4:
            # most words: kept as they are
            out.append(w)
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        if w in _AUX and nxt in ("not", "never"):
            out.append("not")
            i += 2
            continue
        if (w in ("is", "are") and nxt == "no") or (
            w == "no" and nxt in ("substitute", "replacement", "stand")
        ):
            out.append("not")
            i += 2 if w != "no" else 1
            continue
        candidates = _PHRASES.get(w)
        if candidates:
            for words, repl in candidates:
                if tuple(toks[i : i + len(words)]) == words:
                    w, i = repl, i + len(words) - 1
                    break
        w = _WORD_MAP.get(w, w)
        if w[:4] in _PREFIX4:
            w = next((r for p, r in _PREFIXES if w.startswith(p)), w)
        i += 1
        if w == "remplace":
            # "ne … remplace [pas]", "ne saurait remplacer", "ne peut en aucun cas remplacer" -> "ne remplace pas"
            back = next(
                (
                    k
                    for k in range(len(out) - 1, max(-1, len(out) - 5), -1)
                    if out[k] in ("ne", "|")
                ),
                -1,
            )
            if back >= 0 and out[back] == "ne":
                del out[back:]
                out.extend(("ne", "remplace", "pas"))
                if i < n and toks[i] in _NEG_FR:
                    i += 1
                elif toks[i : i + 3] == ["en", "aucun", "cas"]:
                    i += 3
                continue
            if i < n and toks[i] in _NEG_FR:
                # spoken French drops the "ne": "ça remplace pas une consult"
                out.extend(("ne", "remplace", "pas"))
                i += 1
                continue
        if w:
            out.append(w)
    return out


def fold(text: str) -> str:
    """Accent-free, lower-case, negations and synonyms canonicalised, sentences separated by " | "."""
    t = text.lower().replace("’", "'").replace("œ", "oe")
    if "'" in t:
        for old, new in _ELISIONS[:4]:
            t = t.replace(old, new)
        # French elisions only open a word ("team's" is not "teame s").
        t = _FR_ELISION.sub(lambda m: _FR_ELISION_TO[m.group(1)], t)
    elif "cannot" in t:
        t = t.replace("cannot", "can not")
    t = ascii_fold(t)
    t = _NOT_WORD.sub(" ", _SENTENCE_END.sub(" | ", t))
    return " " + " ".join(_fold_words(t.split())) + " "
