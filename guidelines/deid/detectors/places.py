"""Postcodes (UK, FR, US, four-digit European) and street addresses (English and French forms)."""

from __future__ import annotations

import re

from guidelines.deid import patterns as P  # noqa: N812
from guidelines.deid._data import gazetteers
from guidelines.deid.candidate import PRI_ADDRESS, PRI_POSTCODE, Candidate
from guidelines.deid.cues import word_set
from guidelines.deid.doc import Doc
from textkit.folding import fold

FOUR_DIGIT_TOWN = re.compile(r"[1-9](?<![\w.,/-][1-9])\d{3}\s+[A-ZÉÈ]")


def detect_four_digit_postcodes(text: str, out: list[Candidate]) -> None:
    g = gazetteers()
    for m in FOUR_DIGIT_TOWN.finditer(text):
        s = m.start()
        e = s + 4
        town = re.match(r"\s+([\w'’-]+)", text[e : e + 40])
        if town is None:
            continue
        word = fold(town.group(1))
        after_street = re.search(
            r"\d+\s*\w?,?\s+(?:rue|avenue|av|bd|boulevard|chemin|ch|all[ée]e|place|route|rte|impasse|quai|"
            r"chauss[ée]e|straat|strasse|stra[ßs]e|steenweg|laan)\b[^,\n]{0,40},\s*$",
            text[max(0, s - 70) : s],
            re.I,
        )
        year = 1900 <= int(text[s:e]) <= 2099
        if (word in g.cities.single or word in g.cities.multi or after_street) and not (
            year and not after_street
        ):  # "en 2019 Paris était…": a year
            out.append(Candidate(s, e, "POSTCODE", PRI_POSTCODE))


_FR_CITY_AFTER = re.compile(r"\s+(?:c[ée]dex\b|[A-ZÉÈ][\w'’-]+)")
_UNIT_WORDS = re.compile(
    r"\s*(?:mg|ml|ui|iu|g|kg|€|euros?|pas|steps|fois|times|cellules|cells|/|%|ng|pg|µ)", re.I
)


_UNSPACED_CUE = re.compile(
    r"\b(?:postcode|post\s+code|address|live\s+at|lives\s+at|living\s+at)\b", re.I
)


def detect_uk_postcodes(text: str, out: list[Candidate]) -> None:
    for m in P.UK_POSTCODE.finditer(text):
        chunk = m.group()
        if (
            not chunk.isupper()
            and " " not in chunk
            and not _UNSPACED_CUE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "sw1a1aa" only after a postcode or address cue
        if chunk.islower() and not re.search(
            r"\b(?:postcode|post code|live|address|in|at)\b",
            text[max(0, m.start() - 40) : m.start()],
            re.I,
        ):
            continue
        out.append(Candidate(m.start(), m.end(), "POSTCODE", PRI_POSTCODE))


def detect_fr_us_postcodes(text: str, out: list[Candidate]) -> None:
    g = gazetteers()
    for m in P.FR_POSTCODE.finditer(text):
        e = m.end()
        if _UNIT_WORDS.match(text, e):
            continue
        after = _FR_CITY_AFTER.match(text, e)
        ok = False
        if after:
            word = fold(after.group().strip())
            ok = word not in g.stopwords and word not in g.medical
        if not ok:
            nxt = re.match(r"\s+([\w'’-]+)", text[e : e + 40])
            if nxt and fold(nxt.group(1)) in g.cities.single:
                ok = True
        if not ok:
            before = text[max(0, m.start() - 40) : m.start()].lower()
            ok = bool(
                re.search(
                    r"(?:code postal|\bcp\b|postcode|zip|\d+,?\s+(?:rue|avenue|bd|boulevard|chemin|all[ée]e|place|impasse|route)\b.*,\s*$)",
                    before,
                )
            )
        if ok:
            out.append(Candidate(m.start(), e, "POSTCODE", PRI_POSTCODE))
    for m in P.US_ZIP.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "POSTCODE", PRI_POSTCODE))


_ADDR_STOP = word_set(
    "a à au aux et and je j' i my the in near since for pour depuis avec with mais but ou or on il elle "
    "qui que je suis est is was has have ai a j'ai de des du"
)
_ADDR_CONNECT = word_set(
    "de du des la le l' d' saint sainte st ste aux au les sur sous en et das dos da do del della di los las "
    "na an y yr"  # Irish and Welsh articles: "Bóthar na Trá", "Bóithrín an Mhuilinn", "Maes y Dre"
)
_WORD = re.compile(r"[^\W\d_]{1,2}['’]|[^\W\d_][\w'’-]*|\S")


EN_STREET_WORDS = frozenset(P.EN_STREET_TYPES.split("|"))
FR_STREET_WORD_SET = frozenset(fold(w) for w in P.FR_STREET_WORDS.split())


def detect_en_addresses(text: str, doc: Doc, out: list[Candidate]) -> None:
    g = gazetteers()
    folded = doc.folded
    for i, f in enumerate(folded):
        if f not in EN_STREET_WORDS or i < 2:
            continue
        # Walk back over 1-4 name words to a house number: "12 baker street", "221B Baker St."
        j = i - 1
        words = 0
        while j >= 0 and words < 4:
            fj = folded[j]
            if not doc.is_word[j]:
                # "350 West 57th Street": an ordinal is part of the street name
                if (
                    fj.isdigit()
                    and j + 1 < i
                    and folded[j + 1] in {"st", "nd", "rd", "th"}
                    and j > 0
                    and doc.is_word[j - 1]
                ):
                    j -= 1
                    continue
                break
            if (
                len(fj) == 1
                and j > 0
                and doc.words[j - 1].isdigit()
                and doc.spans[j][0] == doc.spans[j - 1][1]
            ):
                j -= 1  # "44a Victoria Street": the letter belongs to the house number
                break
            ordinal = fj in {"st", "nd", "rd", "th"} and j > 0 and folded[j - 1].isdigit()
            if (fj in _ADDR_STOP or fj in g.stopwords or fj in g.medical) and not ordinal:
                break
            words += 1
            j -= 1
        if words == 0:
            continue
        end = doc.spans[i][1]
        if f in {"dr", "st"}:
            nxt = i + 1
            while nxt < len(folded) and folded[nxt] == ".":
                nxt += 1
            if nxt < len(folded) and doc.cap[nxt] and doc.is_word[nxt]:
                continue  # "12 units Dr. Smith": a title, not a street
        if (
            end < len(text)
            and text[end] == "."
            and f in {"st", "rd", "ave", "dr", "ln", "blvd", "ct", "pl"}
        ):
            end += 1
        if (j >= 0 and doc.words[j].isdigit() and len(doc.words[j]) <= 5 and words < 4) or (
            j >= 1 and doc.words[j] == "," and doc.words[j - 1].isdigit()
        ):
            k = j if doc.words[j].isdigit() else j - 1
            start = doc.spans[k][0]
            # "221B": the letter is its own token
            out.append(Candidate(_address_prefix(text, start), end, "ADDRESS", PRI_ADDRESS))
            continue
        if (
            j + 1 < i
            and doc.is_word[j + 1]
            and len(doc.words[j + 1]) == 1
            and j >= 0
            and doc.words[j].isdigit()
        ):
            out.append(Candidate(doc.spans[j][0], end, "ADDRESS", PRI_ADDRESS))
            continue
        # Unnumbered: "Baker Street" only when every name word is capitalised and the type too.
        if (
            doc.cap[i]
            and len(f) > 2
            and all(doc.cap[k] for k in range(j + 1, i))
            and not doc.sent_start[j + 1]
        ):
            start = _address_prefix(text, doc.spans[j + 1][0])
            out.append(Candidate(start, end, "ADDRESS", PRI_ADDRESS - 2))


_NUMBER_AFTER_STREET = re.compile(
    r",?\s*(\d{1,4}(?:\s?(?:bis|ter|[a-z]))?)\b(?=\s*(?:,|\n|$|\.\s))"
    # a milestone on a road out of town (Tunisia, Morocco, Senegal): "route de Tunis km 4", "route de Gremda, km 7"
    r"|,?\s*((?-i:km|Km|KM|PK)\s?\d{1,3}(?:[.,]\d)?)\b(?![.,]?\d|\s*(?:de|du|d['’]|from)\b)",
    re.I,
)


def _address_prefix(text: str, start: int) -> int:
    """Move an address start back over 'appt 4B, ', 'bât. C, ' and 'résidence Les Lilas, '."""
    unit = P.UNIT_BEFORE.search(text, max(0, start - 40), start)
    if unit:
        start = unit.start()
    building = P.BUILDING_BEFORE.search(text, max(0, start - 50), start)
    if building:
        start = building.start()
    return start


def detect_fr_addresses(text: str, doc: Doc, out: list[Candidate]) -> None:
    g = gazetteers()
    for i, f in enumerate(doc.folded):
        if f not in FR_STREET_WORD_SET:
            continue
        head_start, pos = doc.spans[i]
        if pos < len(text) and text[pos] == ".":
            pos += 1
        num = P.FR_ADDRESS_NUMBER.search(text, max(0, head_start - 14), head_start)
        has_number = num is not None
        start = num.start() if num else head_start
        names = 0
        end = pos
        taken = 0
        cap_seen = False
        for w in _WORD.finditer(text, pos):
            if taken >= 7:
                break
            gap = text[pos : w.start()]
            if gap.strip() or "\n" in gap:
                break
            word = w.group()
            fw = fold(word)
            if fw in _ADDR_CONNECT:
                pos = w.end()
                taken += 1
                continue
            if not word[0].isalpha():
                break
            if fw in _ADDR_STOP or fw in g.stopwords:
                break
            if word[0].isupper() or has_number or fw in g.first_names or fw in g.surnames:
                names += 1
                cap_seen = cap_seen or word[0].isupper()
                end = w.end()
                pos = w.end()
                taken += 1
                if not word[0].isupper() and names >= 3:
                    break
                continue
            break
        if names and (has_number or cap_seen):
            if not has_number:
                # "rue Haute 12, 1000 Bruxelles", "Bahnhofstrasse 5": the number after the street
                after = _NUMBER_AFTER_STREET.match(text, end)
                if after:
                    end = after.end(1) if after.group(1) else after.end(2)
            out.append(Candidate(_address_prefix(text, start), end, "ADDRESS", PRI_ADDRESS))


# ---------------------------------------------------------------------------- resolution
