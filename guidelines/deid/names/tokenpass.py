"""The one left-to-right token pass for names, places and organisations."""

from __future__ import annotations

from guidelines.deid.candidate import PRI_CITY_CUE, PRI_PERSON_CUE, PRI_PERSON_GAZ, Candidate
from guidelines.deid.cues import (
    BE_HERE,
    EMPLOY_PREPS,
    HABITE,
    LIVE_VERBS,
    MONTH_NAMES,
    PLACE_PREFIXES,
    RELATIVE_AGE,
    RELATIVE_SKIP,
    RELATIVES,
    STRONG_BY_LAST,
    STRONG_LOCATION_CUES,
    TITLE_FILLERS,
    TITLES,
    WEAK_BY_LAST,
    WEAK_TITLES,
)
from guidelines.deid.doc import (
    AGE_UNITS,
    INTRO_LAST,
    acronym,
    base_end,
    base_fold,
    plain_words,
    prev_word_index,
    product_context,
    seq_before,
)
from guidelines.deid.names.orgs import OrgRules
from guidelines.deid.names.persons import PersonRules
from guidelines.deid.names.places import PlaceRules
from guidelines.deid.names.towns import TownRules, starts_town

# "I", "I'm", "I've"… after "me": the English pronoun, never a name after the title "Me"
_ENGLISH_I = frozenset({"i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll"})


class NamePass(PersonRules, OrgRules, PlaceRules, TownRules):
    """One left-to-right pass over tokens producing PERSON, CITY and ORGANIZATION candidates."""

    def run(self) -> None:
        doc = self.doc
        g = self.g
        n = len(doc.words)
        folded = doc.folded
        skip = plain_words(g)
        cap = doc.cap
        is_word, sent_start = doc.is_word, doc.sent_start  # the fast path's lists, looked up once
        for i in range(n):
            if not is_word[i]:
                continue
            f = folded[i]
            # Fast path: an ordinary word in lowercase (or opening a sentence) is never a name itself.
            if f in skip and (not cap[i] or sent_start[i]):
                continue
            # --- titles: Dr Martin, Mme Dupont, M. Durand
            if f in TITLES or (doc.words[i] == "M" and i + 1 < n and doc.words[i + 1] == "."):
                j = i + 1
                while j < n and (
                    (
                        folded[j] == "." and len(f) <= 4
                    )  # "Dr. Martin"; "… sage-femme. Voir" ends a sentence
                    or folded[j] == ","
                    or folded[j] in TITLE_FILLERS
                ):
                    j += 1  # "Nurse Practitioner Adaeze", "Clinical Nurse Specialist Jo"
                if f == "m" and not (j < n and doc.cap[j]):
                    continue
                if f in WEAK_TITLES and not (j < n and doc.cap[j] and not doc.words[j].isupper()):
                    continue
                if f == "me" and (folded[j] in _ENGLISH_I or "," in folded[i + 1 : j]):
                    continue  # "he coughed on me, I'm on…": the pronoun, not Maître's "Me Dupont"
                # "Dr Sarah Jones", also "Dr. J. Smith"
                if (
                    j + 1 < n
                    and len(doc.words[j]) == 1
                    and doc.words[j].isupper()
                    and folded[j + 1] == "."
                ):
                    if self.name_like(j + 2, "title"):
                        self.emit_person(j, self.extend(j + 2, True), PRI_PERSON_CUE)
                    continue
                if self.name_like(j, "title") and (
                    f not in {"doc", "me", "pere", "father"} or doc.cap[j]
                ):
                    self.emit_person(j, self.extend(j, True), PRI_PERSON_CUE)
                continue
            prev = folded[i - 1] if i else ""
            # --- strong introductions: my name is X, je m'appelle X
            strong = STRONG_BY_LAST.get(prev)
            if strong and any(seq_before(doc, i, cue) for cue in strong):
                if self.name_like(i, "strong"):
                    self.emit_person(i, self.extend(i, True), PRI_PERSON_CUE)
            else:
                # --- relatives: my son Tom, ma fille, Léa, ma fille de 5 ans, Léa
                j = prev_word_index(doc, i, RELATIVE_SKIP)
                if j >= 1 and folded[j] in AGE_UNITS:
                    k = j
                    while k > 0 and k > j - 5 and folded[k] not in RELATIVES:
                        k -= 1
                    gap = doc.text[doc.spans[k][1] : doc.spans[i][0]]
                    if folded[k] in RELATIVES and RELATIVE_AGE.match(gap):
                        j = k
                # "my son Will" is a name; "my son will" is a verb.
                if (
                    j >= 0
                    and folded[j] in RELATIVES
                    and (
                        self._possessed(j)
                        or (doc.cap[i] and doc.cap[j] and doc.sent_start[j])
                        or (doc.sent_start[j] and self.unknown_word(f, drug_check=False))
                    )
                    and self.name_like(i, "relative")
                    and not (folded[i] in g.stopwords and not doc.cap[i])
                ):
                    self.emit_person(i, self.extend(i, doc.cap[i] is False), PRI_PERSON_CUE)
                    continue
                # --- weak introductions: I'm Sarah, with Sarah
                weak = WEAK_BY_LAST.get(prev)
                if (
                    weak
                    and not doc.cap[i]
                    and prev in INTRO_LAST
                    and any(seq_before(doc, i, cue) for cue in weak)
                    and (
                        self.unknown_word(f, drug_check=False)
                        or (self.is_first(f) and f not in g.common)
                    )
                ):
                    # "hiya im chantelle", "bjr c'est kevin": lowercase after a self-introduction
                    self.emit_person(i, self.extend(i, True), PRI_PERSON_GAZ)
                elif (
                    weak
                    and doc.cap[i]
                    and any(seq_before(doc, i, cue) for cue in weak)
                    and (self.is_first(f) or self.unknown_word(f))
                    and self.name_like(i, "title")
                    and f not in MONTH_NAMES
                    and not self._work_context(i)
                    # "I take Ramipril and Zorbex", "Triatec et Bisoce": a weak cue does not outweigh the
                    # product evidence the unknown-name rule already heeds (persons.py)
                    and not (not self.is_first(f) and product_context(doc, i, g.medical))
                ):
                    self.emit_person(i, self.extend(i, False), PRI_PERSON_GAZ)
            # --- employer cue: I work at X, je travaille chez X
            if f in EMPLOY_PREPS:
                self._org_employer(i)
            # --- gazetteers (set lookups first: most tokens are in none of them)
            base = base_fold(doc, i)
            if base in g.cities.single or f in g.cities.multi:
                self._city(i)
            elif starts_town(folded, base, i):
                self._town(i)
            if (
                base in g.organizations.single
                or f in g.organizations.single
                or f in g.organizations.multi
            ):
                self._org_gazetteer(i)
            if base in g.first_names or ("-" in base and self.is_first(base)):
                self._person_gazetteer(i)
            elif doc.cap[i] and self._location_cued(i, True):
                self._unknown_city(i)
            elif doc.cap[i] and self.unknown_word(base) and not acronym(doc.words[i]):
                self._unknown_name(i)
            elif not doc.cap[i] and i >= 1:
                # "i live in knaresborough", "we're in navan", "in east kilbride", "on habite lens"
                k = i - 1 if folded[i - 1] in PLACE_PREFIXES else i
                if (
                    k >= 1
                    and (
                        folded[k - 1] in HABITE
                        or (
                            k >= 2
                            and folded[k - 2] in LIVE_VERBS
                            and folded[k - 1] in STRONG_LOCATION_CUES
                        )
                        or (
                            k >= 2
                            and folded[k - 2] in BE_HERE
                            and folded[k - 1] in {"in", "from", "near", "outside", "around"}
                        )
                    )
                    and self.unknown_word(base)
                ):
                    self.out.append(
                        Candidate(doc.spans[k][0], base_end(doc, i), "CITY", PRI_CITY_CUE - 1)
                    )
        self._signoff()
        self._org_heads()
