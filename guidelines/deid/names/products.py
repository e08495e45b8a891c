"""Brand medicines and devices that a weak name rule took for a person, a town or an organisation
(deid26): `mon capteur Dexcom`, `ma pompe Ypsomed`, `my Accu-Chek meter`, `Ventolin Evohaler`,
`(Clenil, salbutamol)`, `a ResMed CPAP`, `Pilule Optilova`. Doctors need these words.

No package we can vendor lists devices or the European brands (the MIT `drug-named-entity-recognition`
dictionary behind `data/drug_names.txt` has neither Dexcom, Omnipod, Buccolam nor Natispray), so the
evidence is the word's place, not a list. A span of one to three capitalised words is dropped when:

- a device or form noun stands right before it, French order (`capteur`, `pompe`, `stylo`,
  `lecteur`, `inhalateur`, `pilule`);
- after it (past a model code such as `G7`, `5`, `780G`) comes a device or form noun (`sensor`,
  `pump`, `pen`, `inhaler`, `meter`, `CPAP`, `capteur`…) or a dose (`20 mg`);
- it follows a medicine the drug list knows, written with a capital (`Ventolin Evohaler`; not
  before one: `give Jack Calpol`);
- a release form or strength follows it (`Epilim Chrono`, `Cacit D3`, `Tegretol Retard`);
- it stands alone in brackets after a medicine's class (`anticoagulant (Préviscan)`, `my pill
  (Yasmin)`);
- it sits in a list with such a medicine (`Clenil, salbutamol`, `a Dexcom and NovoRapid`).

Only spans the weak rules made (priority under a person cue: shape, list, `with` + name, tagger,
organisation cue); never a listed organisation, never a span holding a title (`Mrs Okafor`).
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import DATA_DIR, Gazetteers
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import TITLES, word_set
from guidelines.deid.doc import DOSE_AFTER, Doc
from guidelines.deid.names.devices import device_span
from textkit.folding import fold
from textkit.lists import read_lines

DEVICE_BEFORE = word_set(
    "capteur capteurs pompe pompes stylo stylos lecteur lecteurs inhalateur inhalateurs pilule "
    "dispositif appareil"
)
DEVICE_AFTER = word_set(
    "sensor sensors pump pumps pen pens kwikpen flexpen inhaler inhalers evohaler accuhaler "
    "turbohaler meter meters monitor cgm reader spacer nebuliser nebulizer cartridge cartridges "
    "needles strips lancets injector autoinjector patch patches cpap machine capteur capteurs pompe "
    "stylo lecteur inhalateur tablets tablet pills capsules gel spray drops"
)
_LIST = word_set("and et or ou + /")
_LIST_OPEN = word_set("( , : ;")
# release forms and strengths written after a brand ("Epilim Chrono", "Cacit D3", "Tegretol Retard",
# "Zyban LP", "Adalat LA"); nobody's name is followed by them
_FORMS = frozenset(
    [
        "Chrono",
        "Retard",
        "LP",
        "SR",
        "XL",
        "MR",
        "CR",
        "XR",
        "ER",
        "LA",
        "CD",
        "Forte",
        "Flash",
        "Lyoc",
        "Depot",
        "Dépôt",
        "D3",
        "D2",
        "B12",
        "Duo",
        "Junior",
        "Enfants",
        "Nourrissons",
    ]
)
_FORM_WORDS = "|".join(sorted(_FORMS, key=len, reverse=True))
_FORM_END = re.compile(rf" (?:{_FORM_WORDS})$")
_FORM_NEXT = re.compile(rf" (?:{_FORM_WORDS})(?![\w-])")
# medicine nouns whose brand is given in brackets after them ("anticoagulant (Préviscan)")
_CLASS_BEFORE = word_set(
    "anticoagulant anticoagulants anticoagulation antidepressant antidepresseur antidepresseurs "
    "contraceptive contraceptif pill pilule insulin insuline inhaler inhalers painkiller painkillers "
    "antihistamine antihistaminique thinner thinners statin statine steroid steroids corticoide "
    "medication medications medicine medicines medicament medicaments traitement treatment "
    "cream creme drops gouttes spray sensor capteur pump pompe device dispositif"
)
_MODEL = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Z+]{0,2}|X2|Go|Plus|Mini|Max")
_WEAK = ("PERSON", "CITY", "ORGANIZATION")


@cache
def drug_words() -> frozenset[str]:
    """The drug list's words (generic and brand; data/drug_names.txt)."""
    return frozenset(fold(w) for w in read_lines(DATA_DIR / "drug_names.txt"))


def _drug(doc: Doc, k: int, capital: bool) -> bool:
    return (
        0 <= k < len(doc.words)
        and doc.folded[k] in drug_words()
        and (doc.cap[k] or not capital)
        and doc.is_word[k]
    )


def _product(doc: Doc, i0: int, i1: int, g: Gazetteers) -> bool:
    """Evidence that tokens i0..i1 name a medicine or a device (module docstring)."""
    n = len(doc.words)
    text = doc.text
    prev = i0 - 1
    if prev >= 0 and doc.folded[prev] in DEVICE_BEFORE:
        return True
    end = doc.spans[i1][1]
    if _FORM_END.search(text, doc.spans[i0][0], end) or _FORM_NEXT.match(text, end):
        return True  # "Epilim Chrono" read as one name, "Cacit D3" with the strength left out
    if (
        prev >= 1
        and doc.words[prev] == "("
        and doc.folded[prev - 1] in _CLASS_BEFORE
        and i1 + 1 < n
        and doc.words[i1 + 1] == ")"
    ):
        return True  # "mon carnet d'anticoagulant (Préviscan)"
    k = i1 + 1
    if k < n and _MODEL.fullmatch(doc.words[k]) and doc.spans[k][0] - doc.spans[i1][1] <= 1:
        k += 1
    if k < n and doc.folded[k] in DEVICE_AFTER:
        return True
    if (
        k + 1 < n
        and doc.words[k].replace(",", ".").replace(".", "").isdigit()
        and doc.folded[k + 1] in DOSE_AFTER
    ):
        return True  # "Xarelto 20 mg"
    if (
        prev >= 0
        and text[doc.spans[prev][1] : doc.spans[i0][0]] == " "
        and _drug(doc, prev, True)
        and doc.folded[prev] not in g.eponyms
    ):
        return True  # "Ventolin Evohaler"; not after it: "give Jack Calpol"
    # in a list with a medicine: "(Clenil, salbutamol)", "a Dexcom and NovoRapid"
    # ("Dear Sarah, Calpol is not working": a comma alone makes no list)
    if prev >= 1 and _listed(doc, prev) and _drug(doc, prev - 1, False):
        return True
    return i1 + 2 < n and _listed(doc, i1 + 1, prev) and _drug(doc, i1 + 2, False)


def _listed(doc: Doc, k: int, before: int = -1) -> bool:
    """Token k joins two items of a list: a coordinator, or a comma inside a list already open
    (the word before the span, `before`, opens or continues it)."""
    if doc.folded[k] in _LIST:
        return True
    return doc.words[k] == "," and before >= 0 and doc.words[before] in _LIST_OPEN


def drop_products(text: str, doc: Doc, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans less the brand medicines and devices a weak rule took for names."""
    out = []
    for c in chosen:
        if c.label in _WEAK and c.priority < PRI_PERSON_CUE:
            idx = [k for k, (s, e) in enumerate(doc.spans) if c.start <= s and e <= c.end]
            caps = [k for k in idx if doc.cap[k] and doc.is_word[k]]
            if (
                idx
                and 1 <= len(caps) <= 3
                and not any(doc.folded[k] in TITLES for k in idx)
                and fold(text[c.start : c.end]) not in g.organizations
                and (
                    _product(doc, idx[0], idx[-1], g)
                    or device_span(doc, idx[0], idx[-1], g, c.label)
                )
            ):
                continue
        out.append(c)
    return out
