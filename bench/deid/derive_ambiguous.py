"""Regenerate guidelines/deid/data/ambiguous.txt: gazetteer entries that are also ordinary words.

A first name or city that is also a common English or French word ("Rose", "Will", "Reading",
"Nice", "Tours", "pierre") must only be redacted with context. This script intersects the
gazetteers with the lowercase entries of the Debian word lists (apt-get install wamerican
wbritish wfrench) and writes the result; it runs at development time only, never at run time.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "guidelines" / "deid" / "data"
DICTS = [
    Path("/usr/share/dict/american-english"),
    Path("/usr/share/dict/british-english"),
    Path("/usr/share/dict/french"),
]
# Words the dictionaries miss but patients use as ordinary words or that collide with medicine.
EXTRA = {"ok", "covid", "mars", "mai", "doc", "gp", "may", "june", "april", "august"}


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Dictionary entries that are rare as words in patients' writing: treat them as plain names.
NOT_AMBIGUOUS = _words(
    "john peter joseph henry louis marie laura jean claude bernard denis richard laurent julien "
    "mathieu olivier guillaume benjamin baptiste clement maxime jacques jeanne louise diane elise "
    "lea maria marina martin mason oscar romain sylvain tom tommy victor virginie veronique luis "
    "harry billy bobby brandon carol clive dean gloria jacqueline jenny douglas doris donna "
    "marguerite micheline paulette pierrette pascale capucine constance florence charlotte "
    "adele aicha amadou amine anis ana alexandra augustin benoit celestin cheikh clemence "
    "damas daphne dieter dirk emir fatma florin germaine gita guy hazel heather honore horst "
    "iman jacobus jan jules lamine lise luise madeleine mads margot maxim maya meg moussa murat "
    "nadir octave olympe ole pape pieter rainer randy rani ravi regis rene roger rosalie sabine "
    "sander sylvestre terry thais tomas valentin valentine victoire wen zain kadi taras tope "
    "bordeaux boston bristol calais limoges oxford quimper dundee anchorage angers anglet "
    "billings boise bologna chester cognac cologne colombes cork dallas derby detroit digne "
    "douai elbeuf etampes faro fez fontainebleau fougeres gaza gueret hackney harrow havant "
    "limerick lourdes macon maidenhead malaga medina menton moulins perigueux privas provins "
    "quimper rabat rodez saintes sarcelles slough tangier tournai tripoli tulle valenciennes "
    "vichy wellington winchester zanzibar cambrai castres cavaillon cayenne cannes rennes "
    "vannes pekin manille shanghai savannah paris"
)


def fold(word: str) -> str:
    """Lowercase and strip accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main() -> None:
    """Write ambiguous.txt."""
    words: set[str] = set(EXTRA)
    for path in DICTS:
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            w = line.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(fold(w))
    for name in ("stopwords.txt", "medical_terms.txt"):
        words.update(fold(w) for w in (DATA / name).read_text(encoding="utf-8").split())
    out: set[str] = set()
    for name in ("first_names.txt", "cities.txt", "organizations.txt"):
        for entry in (DATA / name).read_text(encoding="utf-8").splitlines():
            if entry and " " not in entry and fold(entry) in words - NOT_AMBIGUOUS:
                out.add(fold(entry))
    (DATA / "ambiguous.txt").write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(len(out), "ambiguous entries")


if __name__ == "__main__":
    main()
