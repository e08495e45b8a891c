"""Organisation rules of the token pass: gazetteer names, employers, heads before and after a name."""

from __future__ import annotations

from guidelines.deid.candidate import PRI_ORG_CUE, PRI_ORG_GAZ, PRI_ORG_HEAD, Candidate
from guidelines.deid.cues import (
    ACRONYM_PLACE_PREPS,
    CAP_ORG_HEADS_AFTER,
    EMPLOY_CUES,
    EMPLOY_PREPS,
    GENERIC_ORG_WORDS,
    ORG_CONNECTORS,
    ORG_HEAD_NEEDS_NAME,
    ORG_HEADS_AFTER,
    ORG_HEADS_BEFORE,
    ORG_QUALIFIERS,
    PRONOUNS,
    RELATIVES,
    TITLES,
)
from guidelines.deid.doc import WEAK_ORG_HEADS, base_end, base_fold
from guidelines.deid.names.base import NameBase


class OrgRules(NameBase):
    """ORGANIZATION candidates."""

    def _org_gazetteer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        n_multi = g.organizations.match_at(doc.folded, i)
        if n_multi:
            self.out.append(
                Candidate(
                    doc.spans[i][0],
                    doc.spans[i + n_multi - 1][1],
                    "ORGANIZATION",
                    PRI_ORG_CUE + 1,
                )
            )
            return
        base = base_fold(doc, i)
        end = base_end(doc, i)
        pri = PRI_ORG_GAZ
        if base not in g.organizations.single and doc.folded[i] in g.organizations.single:
            base = doc.folded[i]  # "Sainsbury's", "Addenbrooke's": the 's is part of the name
            end = doc.spans[i][1]
            pri = PRI_ORG_CUE + 1  # "Guy's" the hospital beats "Guy" the first name
        if base not in g.organizations.single or base in g.stopwords:
            return
        if base in g.ambiguous:
            # "Orange", "Apple", "Boots": a company only after "at/chez/for" or near "work".
            j = i - 1
            if not (
                doc.cap[i]
                and (
                    (
                        j >= 0
                        and doc.folded[j]
                        in {"at", "chez", "for", "from", "de", "pour", "to", "into"}
                    )
                    or self._work_context(i)
                    or (doc.words[i].isupper() and j >= 0 and doc.folded[j] in ACRONYM_PLACE_PREPS)
                )
            ):
                return
        elif len(base) < 4 or (len(base) < 6 and not doc.cap[i]):
            # Short names (BP, EE, O2, MSA) double as medical abbreviations: need "at/chez/for".
            j = i - 1
            if not (
                (j >= 0 and doc.folded[j] in {"at", "chez", "for", "pour"})
                or (j >= 1 and doc.folded[j - 1] in EMPLOY_CUES)
                # "aux HUG", "in UCLH": an all-capitals acronym after a place preposition
                or (doc.words[i].isupper() and j >= 0 and doc.folded[j] in ACRONYM_PLACE_PREPS)
            ):
                return
        self.out.append(Candidate(doc.spans[i][0], end, "ORGANIZATION", pri))

    def _org_employer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        if doc.folded[i] not in EMPLOY_PREPS or i == 0:
            return
        j = i - 1
        employed = doc.folded[j] in EMPLOY_CUES or (
            j >= 1 and doc.folded[j - 1] in EMPLOY_CUES and doc.folded[j] in {"as", "comme"}
        )
        named_employer = doc.folded[j] in {
            "employer",
            "employeur",
            "company",
            "entreprise",
            "boite",
            "firm",
        } and doc.folded[i] in {"is", "est"}
        if not (employed or named_employer):
            return
        k = i + 1
        n = len(doc.words)
        if k < n and doc.folded[k] in {"the", "la", "le", "l'"}:
            k += 1
        start_k = k
        while k < n and k - start_k < 4:
            w = doc.words[k]
            f = base_fold(doc, k)
            if (
                doc.is_word[k]
                and (doc.cap[k] or f in g.organizations.single or self.unknown_word(f))
                and f not in g.stopwords
                and f not in g.medical
            ):
                k += 1
                if base_end(doc, k - 1) != doc.spans[k - 1][1]:
                    break
                continue
            if w in {"&", "-"} and k + 1 < n and doc.cap[k + 1]:
                k += 1
                continue
            break
        if k > start_k:
            first = base_fold(doc, start_k)
            if (
                k - start_k == 1
                and (first in g.cities.single or self.is_first(first))
                and first not in g.organizations.single
            ):
                return  # "work in London" is a city, "work for Sarah" a person
            self.out.append(
                Candidate(
                    doc.spans[start_k][0],
                    doc.spans[k - 1][1]
                    if doc.folded[k - 1] in self.g.organizations.single
                    else base_end(doc, k - 1),
                    "ORGANIZATION",
                    PRI_ORG_CUE,
                )
            )

    def _org_heads(self) -> None:
        doc = self.doc
        n = len(doc.words)
        folded = doc.folded
        for i in range(n):
            f = folded[i]
            if not doc.is_word[i]:
                continue
            before_end = self._org_head_before(i) if f in ORG_HEADS_BEFORE else -1
            after_start = -1
            if i > 0 and (
                f in ORG_HEADS_AFTER
                or (f in CAP_ORG_HEADS_AFTER and doc.cap[i] and not doc.sent_start[i])
            ):
                after_start = self._org_head_after(i)
            if before_end >= 0 and after_start >= 0:
                # "King's College London": a name before the head and a place after it
                self.out.append(
                    Candidate(after_start, before_end, "ORGANIZATION", PRI_ORG_HEAD + 1)
                )

    def _org_head_before(self, i: int) -> int:
        """'hôpital Necker', 'CHU de Nantes', 'lycée Victor Hugo'; the end offset when found, else -1."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        f = doc.folded[i]
        if True:
            # "hôpital Necker", "CHU de Nantes", "lycée Victor Hugo", "Institut Curie"
            if f == "ch" and not doc.cap[i]:
                return -1
            if (
                f == "cabinet"
                and not doc.cap[i]
                and not (i + 1 < n and doc.cap[i + 1] and doc.folded[i + 1] not in TITLES)
            ):
                return (
                    -1
                )  # "le cabinet du Dr Roux" is the doctor; "cabinet Santé Femmes" a practice
            k = i + 1
            names = 0
            last = i
            while k < n and k - i <= 7:
                fk = base_fold(doc, k)
                if (
                    fk in ORG_CONNECTORS
                    or fk
                    in {
                        "universitaire",
                        "hospitalier",
                        "regional",
                        "intercommunal",
                        "general",
                        "prive",
                        "privee",
                        "medical",
                        "medicale",
                        "pediatrique",
                        "psychiatrique",
                        "-",
                    }
                    or fk in ORG_QUALIFIERS
                ):
                    k += 1
                    continue
                if (
                    doc.is_word[k]
                    and fk not in g.stopwords
                    and fk not in g.medical
                    and fk not in PRONOUNS
                    and (
                        doc.cap[k]
                        or fk in g.cities.single
                        or self.is_first(fk)
                        or fk in g.surnames
                        or fk in g.organizations.single
                    )
                ):
                    names += 1
                    last = k
                    k += 1
                    if base_end(doc, k - 1) != doc.spans[k - 1][1]:
                        break
                    continue
                break
            if names and (f not in ORG_HEAD_NEEDS_NAME or doc.cap[last]):
                end = base_end(doc, last)
                self.out.append(Candidate(doc.spans[i][0], end, "ORGANIZATION", PRI_ORG_HEAD))
                return end
        return -1

    def _org_head_after(self, i: int) -> int:
        """'St Mary's Hospital', 'Leeds General Infirmary', 'Oakwood Primary School'."""
        doc = self.doc
        if doc.text[doc.spans[i][1] : doc.spans[i][1] + 1].isdigit():
            return -1  # a head glued to a digit is a postcode's district ("Swansea SA1 5SF"), not a legal form
        g = self.g
        n = len(doc.words)
        folded = doc.folded
        f = folded[i]
        if True:
            # "St Mary's Hospital", "Leeds General Infirmary", "Oakwood Primary School"
            k = i - 1
            first = i
            real = 0
            proper = 0
            saw_cap = False
            while k >= 0 and i - k <= 6:
                fk = folded[k]
                wk = doc.words[k]
                if wk in {"'", "’"}:
                    k -= 1  # "St Thomas' Hospital"
                    continue
                if not doc.is_word[k] and wk not in {"&", "-"}:
                    break
                if (
                    fk
                    in {
                        "the",
                        "a",
                        "an",
                        "my",
                        "our",
                        "his",
                        "her",
                        "their",
                        "at",
                        "in",
                        "to",
                        "from",
                        "le",
                        "la",
                    }
                    or fk in PRONOUNS
                ):
                    break  # "which one should I trust": a pronoun opens no name
                if (
                    fk in ORG_HEADS_AFTER
                    and fk not in WEAK_ORG_HEADS
                    and fk not in GENERIC_ORG_WORDS
                ):
                    break  # "Leeds General Infirmary and Brookfield Primary": two organisations
                if fk in GENERIC_ORG_WORDS or wk in {"&", "-"}:
                    first = k
                    k -= 1
                    continue
                possessive_word = (
                    not doc.cap[k]
                    and fk.endswith("'s")
                    and (fk[:-2] in g.common or fk[:-2] in RELATIVES or fk[:-2] in g.stopwords)
                )  # "my daughter's school nurse"
                if (
                    doc.is_word[k]
                    and (fk not in g.stopwords or (doc.cap[k] and not doc.sent_start[k]))
                    and fk not in g.medical
                    and not possessive_word
                    and not (doc.words[k].isupper() and fk in g.common)
                    and (
                        doc.cap[k]
                        or fk.endswith("'s")
                        # lowercase text ("leeds general infirmary"), not "rugby for Saracens academy"
                        or (
                            not doc.cap[i]
                            and not saw_cap
                            and (fk in g.cities.single or fk in g.surnames)
                        )
                    )
                    and (
                        (f not in WEAK_ORG_HEADS and f not in CAP_ORG_HEADS_AFTER)
                        or fk not in g.common
                        or (doc.cap[k] and doc.cap[i] and not doc.sent_start[k])
                    )
                ):
                    real += 1
                    saw_cap = saw_cap or doc.cap[k]
                    if fk not in g.common:
                        proper += 1
                    first = k
                    k -= 1
                    continue
                break
            # trim leading connectors
            while first < i and folded[first] in {"of", "and", "&", "the", "-", "for"}:
                first += 1
            if (f in WEAK_ORG_HEADS and not proper and real < 2) or (
                f in CAP_ORG_HEADS_AFTER and not proper
            ):
                real = 0  # "Lime Tree Surgery" yes; "Support Group", "Very High" no
            end = doc.spans[i][1]
            # "University of Leeds", "Hospital of St John"
            if (
                f in {"university", "college", "institute", "school", "hospital"}
                and i + 2 < n
                and folded[i + 1] == "of"
                and doc.cap[i + 2]
            ):
                end = base_end(doc, i + 2)
            if real and first < i:
                self.out.append(Candidate(doc.spans[first][0], end, "ORGANIZATION", PRI_ORG_HEAD))
                return doc.spans[first][0]
            if (
                f in {"university", "college", "institute", "hospital"}
                and i + 2 < n
                and folded[i + 1] == "of"
                and doc.cap[i + 2]
                and doc.cap[i]
            ):
                self.out.append(
                    Candidate(doc.spans[i][0], base_end(doc, i + 2), "ORGANIZATION", PRI_ORG_HEAD)
                )
                return doc.spans[i][0]
        return -1
