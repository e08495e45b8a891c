"""Person rules of the token pass: unknown capitalised names, gazetteer names, sign-offs."""

from __future__ import annotations

from guidelines.deid.candidate import PRI_ORG_CUE, PRI_PERSON_CUE, PRI_PERSON_GAZ, Candidate
from guidelines.deid.cues import DISEASE_BEFORE, MONTH_NAMES, RELATIVES, SIGNOFF_FILLERS, SIGNOFFS
from guidelines.deid.doc import (
    ARTICLES,
    BRANDISH,
    DOSE_AFTER,
    DRUG_CONTEXT,
    NAME_VERBS,
    PRODUCT_AFTER,
    base_end,
    base_fold,
    product_context,
)
from guidelines.deid.names.base import NameBase


class PersonRules(NameBase):
    """PERSON candidates."""

    def _unknown_name(self, i: int) -> None:
        """A capitalised word that is no ordinary word, mid-sentence: a name unless medicine follows."""
        doc = self.doc
        n = len(doc.words)
        if doc.sent_start[i]:
            # Sentence-initial capitals are normal; a name needs a following name-like capital or
            # "X and I" / "X et moi".
            nxt = doc.folded[i + 1] if i + 1 < n else ""
            nxt2 = doc.folded[i + 2] if i + 2 < n else ""
            if not (
                (i + 1 < n and doc.cap[i + 1] and self.unknown_word(base_fold(doc, i + 1)))
                or (
                    nxt in {"and", "et", "&"}
                    and nxt2 in {"i", "me", "moi", "my", "mon", "ma", "je"}
                )
                or nxt in {",", "here", "ici"}
                or (i + 1 < n and base_fold(doc, i + 1) in self.g.surnames and doc.cap[i + 1])
                or (nxt in NAME_VERBS and not BRANDISH.search(doc.folded[i]))
            ):
                return
        prev = doc.folded[i - 1] if i else ""
        if prev in DRUG_CONTEXT or (
            prev in ARTICLES and i >= 2 and doc.folded[i - 2] in DRUG_CONTEXT
        ):
            return  # "I take Xarelto", "je prends du Kestin"
        if product_context(self.doc, i, self.g.medical):
            return  # left to the "possible identifier" tier: the patient decides
        s0 = doc.spans[i][0]
        e0 = doc.spans[i][1]
        text = doc.text
        if (e0 < len(text) and text[e0].isdigit()) or (s0 > 0 and text[s0 - 1].isdigit()):
            return  # "HbA1c", "B12", "COVID19": codes, not names
        if self._work_context(i):
            k = self.extend(i, False)
            start = i
            while (
                start > 0
                and doc.cap[start - 1]
                and doc.is_word[start - 1]
                and doc.folded[start - 1] not in self.g.stopwords
            ):
                start -= 1  # "(Boulangerie Kerjean)"
            self.out.append(
                Candidate(
                    doc.spans[start][0], base_end(doc, k - 1), "ORGANIZATION", PRI_ORG_CUE - 1
                )
            )
            return
        if i + 1 < n and (
            doc.words[i + 1][0].isdigit()
            or doc.folded[i + 1] in DOSE_AFTER
            or doc.folded[i + 1] in PRODUCT_AFTER
        ):
            return  # "Xarelto 20 mg", "the Zoladex implant"
        if (
            i > 0
            and doc.cap[i - 1]
            and doc.is_word[i - 1]
            and not doc.sent_start[i - 1]
            and self.unknown_word(doc.folded[i - 1])
        ):
            return  # already covered as the continuation of the previous name
        if prev in {"de", "d'"} and i >= 2 and doc.folded[i - 2] not in DISEASE_BEFORE:
            # "le centre de radiologie de Villefranche": an unknown name after "de" is a place
            k = self.extend(i, False)
            self.out.append(Candidate(s0, base_end(doc, k - 1), "CITY", PRI_PERSON_GAZ - 8))
            return
        self.emit_person(i, self.extend(i, False), PRI_PERSON_GAZ - 8)

    def _person_gazetteer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        f = base_fold(doc, i)
        cap = doc.cap[i]
        acts = cap and doc.sent_start[i] and self._acts_like_person(i)
        if (
            not self.is_first(f)
            or (f in g.stopwords and not acts)
            or self._medical_here(i, f)
            or len(f) < 2
            or f in RELATIVES
        ):
            return
        if self.eponym_here(i):
            return
        nxt = i + 1 if i + 1 < len(doc.words) else -1
        followed_by_surname = (
            nxt > 0
            and doc.is_word[nxt]
            and doc.spans[nxt][0] - doc.spans[i][1] == 1
            and base_end(doc, i) == doc.spans[i][1]
            and (doc.cap[nxt] or not cap)
            and base_fold(doc, nxt) in g.surnames
            and base_fold(doc, nxt) not in g.stopwords
        )
        if f in g.ambiguous or f in MONTH_NAMES:
            if not cap and not followed_by_surname:
                return
            if cap and f in MONTH_NAMES and not (followed_by_surname or acts):
                return
            if cap and doc.sent_start[i] and not (followed_by_surname or acts):
                return
        elif not cap and (len(f) < 3 or doc.words[i].isupper()):
            return
        if doc.words[i].isupper() and len(f) > 3 and not followed_by_surname:
            return  # shouting ("ANNA" rarely, "ALICE" maybe) is handled; acronyms are not names
        start = i
        j = i - 1
        if (
            j >= 0
            and doc.is_word[j]
            and doc.cap[j] == cap
            and doc.spans[i][0] - doc.spans[j][1] == 1
            and self.unknown_word(doc.folded[j])
        ):
            start = j  # "nuwan ahmed", "Thilini Perera"
        self.emit_person(start, self.extend(i, not cap), PRI_PERSON_GAZ)

    def _signoff(self) -> None:
        """Names after 'Thanks,' 'Cordialement' or a dash at the very end of the text."""
        doc = self.doc
        n = len(doc.words)
        # last word tokens (ignore trailing punctuation)
        end = n
        while end > 0 and not doc.is_word[end - 1]:
            end -= 1
        if end == 0:
            return
        for size in (3, 2, 1):
            start = end - size
            if start <= 0:
                continue
            prev = start - 1
            while prev >= 0 and doc.words[prev] in {",", ".", "!", "-", "–", "—", ":", "~"}:
                prev -= 1
            if prev < 0:
                continue
            pf = doc.folded[prev]
            gap_text = doc.text[doc.spans[prev][1] : doc.spans[start][0]]
            is_signoff = pf in SIGNOFFS or (
                pf in SIGNOFF_FILLERS
                and prev >= 1
                and doc.folded[prev - 1] in SIGNOFFS | SIGNOFF_FILLERS
            )
            is_signoff = is_signoff or "\n" in gap_text or any(c in gap_text for c in "-–—")
            if not is_signoff:
                continue
            # "salutations distinguées": straight after the sign-off word, a lowercase word must be
            # a known name; after a comma, dash or line break ("thanks,\nnuwan") any name-like word.
            separated = any(c in gap_text for c in ",\n-–—")
            if all(
                (
                    doc.cap[k]
                    or separated
                    or self.is_first(doc.folded[k])
                    or doc.folded[k] in self.g.surnames
                )
                and (
                    self.name_like(k, "title")
                    or (self.name_like(k, "strong") and doc.folded[k] not in self.g.ambiguous)
                )
                for k in range(start, end)
            ):
                self.emit_person(start, end, PRI_PERSON_CUE)
                return


# ---------------------------------------------------------------------------- regex detectors
