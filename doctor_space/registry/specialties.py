"""Register specialties mapped to Bridge's specialty codes (pure; unknown ones map to "")."""

from __future__ import annotations

from functools import lru_cache

from doctor_space.registry.names import name_key

# NUCC taxonomy codes used by NPPES (physicians' codes start with 20).
NPPES_TAXONOMY = {
    "208D00000X": "general_practice",
    "207Q00000X": "general_practice",
    "207RC0000X": "cardiology",
    "207N00000X": "dermatology",
    "2084P0800X": "psychiatry",
    "208000000X": "paediatrics",
    "207V00000X": "gynaecology_obstetrics",
    "2084N0400X": "neurology",
    "207RG0100X": "gastroenterology",
    "207RP1001X": "pulmonology",
    "207RE0101X": "endocrinology",
    "207X00000X": "orthopaedics",
    "207Y00000X": "ent",
    "207W00000X": "ophthalmology",
    "208800000X": "urology",
    "207RI0200X": "infectious_disease",
    "207RR0500X": "rheumatology",
}

# Words of the RPPS "Libellé savoir-faire" (French) or of the GMC specialty (English), after name_key().
_LABEL_WORDS = (
    ("medecine generale", "general_practice"),
    ("general practice", "general_practice"),
    ("cardiolog", "cardiology"),
    ("dermatolog", "dermatology"),
    ("psychiatr", "psychiatry"),
    ("pediatr", "paediatrics"),
    ("paediatr", "paediatrics"),
    ("gynecolog", "gynaecology_obstetrics"),
    ("obstetric", "gynaecology_obstetrics"),
    ("neurolog", "neurology"),
    ("gastro", "gastroenterology"),
    ("pneumolog", "pulmonology"),
    ("respiratory", "pulmonology"),
    ("endocrinolog", "endocrinology"),
    ("orthopedi", "orthopaedics"),
    ("orthopaedic", "orthopaedics"),
    ("oto rhino", "ent"),
    ("otolaryngolog", "ent"),
    ("ophtalmolog", "ophthalmology"),
    ("ophthalmolog", "ophthalmology"),
    ("urolog", "urology"),
    ("infectieus", "infectious_disease"),
    ("infectious", "infectious_disease"),
    ("rhumatolog", "rheumatology"),
    ("rheumatolog", "rheumatology"),
)


@lru_cache(maxsize=4096)  # a register uses a few hundred labels over millions of rows
def specialty_from_label(label: str) -> str:
    """Bridge's code for a register's specialty label, or "" when unknown."""
    key = name_key(label)
    for words, code in _LABEL_WORDS:
        if words in key:
            return code
    return ""
