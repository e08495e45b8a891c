"""Round 12 (helper triage17): routing of the new flags (docs/triage.md, "Round 12")."""

from __future__ import annotations

import pytest

from triage.core import assess


@pytest.mark.parametrize(
    ("text", "lang", "specialty"),
    [
        ("I cannot pee at all since this morning and my bladder is very painful", "en", "urology"),
        ("terrible back pain and I cannot pee since this morning", "en", "orthopaedics"),
        ("on voit l'os qui sort de sa jambe", "fr", "orthopaedics"),
        ("ma peau est devenue jaune et j'ai 39 de fièvre", "fr", "gastroenterology"),
        ("amygdalectomie la semaine dernière, ça saigne dans la gorge", "fr", "ent"),
        ("tooth abscess and now my neck is swollen", "en", "dentistry"),
        ("il crache une mousse rose et il est essoufflé", "fr", "cardiology"),
        ("he put a button battery up his nose", "en", "ent"),
    ],
)
def test_new_flags_route_to_their_specialty(text: str, lang: str, specialty: str) -> None:
    result = assess(text, lang)
    assert result.emergency, result.red_flags
    assert result.specialty == specialty, (result.red_flags, result.specialty)
