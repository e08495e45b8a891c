"""Town and city rules of the token pass: gazetteer towns after a cue, unknown capitalised towns."""

from __future__ import annotations

from guidelines.deid.candidate import PRI_CITY_CUE, PRI_CITY_GAZ, Candidate
from guidelines.deid.cues import HABITE, LIVE_VERBS, ORG_HEADS_AFTER
from guidelines.deid.doc import PRODUCT_AFTER, SWITCH_CONTEXT, base_end, base_fold
from guidelines.deid.names.base import NameBase


class PlaceRules(NameBase):
    """CITY candidates."""

    def _unknown_city(self, i: int) -> None:
        """'in Hebden Bridge', 'près de Pornic': a capitalised run after a place cue with an unknown word."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        k = i
        has_unknown = False
        s0, e0 = doc.spans[i]
        if (e0 < len(doc.text) and doc.text[e0].isdigit()) or (
            s0 > 0 and doc.text[s0 - 1].isdigit()
        ):
            return  # "in HbA1c"
        if any(doc.folded[k] in SWITCH_CONTEXT for k in range(max(0, i - 6), i)) or (
            i + 1 < n and doc.folded[i + 1] in PRODUCT_AFTER
        ):
            return  # "switched from Xyz to Abc": medicines, not places
        while k < n and k - i < 3 and doc.is_word[k] and doc.cap[k] and not doc.words[k].isupper():
            f = base_fold(doc, k)
            if f in g.stopwords or f in g.medical or (f in g.first_names and k == i):
                break
            if (
                f in g.cities.single
                or f in g.organizations.single
                or (f in ORG_HEADS_AFTER and k > i)
            ):
                return  # a known place or an organisation's name: other detectors own it
            has_unknown = has_unknown or self.unknown_word(f)
            k += 1
            if base_end(doc, k - 1) != doc.spans[k - 1][1] or (
                k < n and doc.spans[k][0] - doc.spans[k - 1][1] > 1
            ):
                break
        if k > i and has_unknown:
            self.out.append(
                Candidate(doc.spans[i][0], base_end(doc, k - 1), "CITY", PRI_CITY_CUE - 1)
            )

    def _city(self, i: int) -> None:
        doc = self.doc
        g = self.g
        n_multi = g.cities.match_at(doc.folded, i)
        if n_multi:
            end = doc.spans[i + n_multi - 1][1]
            if doc.cap[i] or self._location_cued(i, True):
                pri = PRI_CITY_CUE if self._location_cued(i, False) else PRI_CITY_GAZ
                self.out.append(Candidate(doc.spans[i][0], end, "CITY", pri))
            return
        base = base_fold(doc, i)
        if base not in g.cities.single:
            return
        if base in g.stopwords or base in g.medical or self.eponym_here(i):
            return
        cap = doc.cap[i]
        cued = self._location_cued(i, False)
        start = doc.spans[i][0]
        end = base_end(doc, i)
        if base in g.ambiguous:
            strong = self._location_cued(i, True)
            if (
                (cap and strong)
                or (not cap and strong and i >= 2 and doc.folded[i - 2] in LIVE_VERBS)
                or (i >= 1 and doc.folded[i - 1] in HABITE)  # "on habite Lens": no preposition
            ):
                self.out.append(Candidate(start, end, "CITY", PRI_CITY_CUE))
            return
        if doc.words[i].isupper() and len(base) > 3 and not cued:
            return
        if cap or cued or len(base) > 3:
            self.out.append(Candidate(start, end, "CITY", PRI_CITY_CUE if cued else PRI_CITY_GAZ))
