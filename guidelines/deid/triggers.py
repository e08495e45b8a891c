"""Cheap prefilters: which detectors can match at all in a text (word sets and quick regexes)."""

from __future__ import annotations

import re

from textkit.shapes import TLD_LIST, WEBMAIL_PROVIDERS

from .cues import word_set

HAS_DIGIT = re.compile(r"\d")
IPV4_QUICK = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
DIGIT_RUN = re.compile(r"\d[\d \t.()/-]{6,}\d")
LETTER_DIGIT = re.compile(r"[A-Za-z]\d")
FIVE_DIGITS = re.compile(r"\d{5}")
AGE_NUMBER = re.compile(r"\b(?:9\d|1[0-2]\d)(?!\d)")  # also "93yo"
DATE_SEP = re.compile(r"\d[/.-]\d")
TLD_WORDS = frozenset(t for t in TLD_LIST if "." not in t)
TLD_TRIGGER = word_set("com fr org net uk io de be ch ca eu edu gov biz")
PROVIDERS = frozenset(WEBMAIL_PROVIDERS)
OBFUSCATED_AT = word_set("at arobase @ chez")
PLATFORM_WORDS = word_set(
    "instagram insta ig twitter tiktok snapchat snap facebook fb linkedin youtube telegram threads bluesky "
    "discord reddit pseudo username handle"
)
SOCIAL_WORDS = word_set(
    "instagram insta ig twitter tiktok snapchat snap facebook fb linkedin youtube telegram threads bluesky "
    "discord reddit pseudo username handle user utilisateur utilisatrice posted post message poste ecrit reply "
    "reponse snap add dm find"
)
ID_CUE_WORDS = word_set(
    "mrn ipp nda nip nir rpps adeli npi ssn nino chi nhs iban rib hospital patient record medical n dossier numero "
    "secu securite carte passport passeport insurance policy member membership social national ni mutuelle "
    "adherent ref reference case claim id identifiant matricule licence license permis badge employee "
    "student health medicare medicaid ramq ohip avs niss nas sin assurance assurance-maladie carte registre"
)
MONTH_WORDS = word_set(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sept sep oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre "
    "novembre decembre janv fevr fev avr juil"
)
WEEKDAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche"
)
BRACKET_ORG_WORDS = word_set(
    "home school nursery hospital practice surgery clinic pharmacy hospice uni university college academy gym "
    "club church mosque temple work job employer company agency charity retraite ehpad clinique hopital ecole "
    "lycee college creche boulot travail entreprise pharmacie fac universite foyer residence association"
)
ORDINAL_QUICK = re.compile(r"\d(?:st|nd|rd|th)\b", re.I)
CAP_WEEKDAY_ABBR = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
YEAR_QUICK = re.compile(r"\b(?:19|20)\d\d\b")
HOLIDAY_WORDS = word_set(
    "christmas boxing new hogmanay noel sylvestre saint-sylvestre an reveillon toussaint halloween "
    "valentine valentine's saint-valentin easter paques thanksgiving"
)
AGE_WORD_QUICK = re.compile(r"ninety-|nonante-|quatre-vingt", re.I)
AGE_WORD_TRIGGERS = word_set("ninety nonante hundred cent quatre-vingt quatre-vingts quatre")
MONTH_ABBR = word_set("jan feb mar apr jun jul aug sep sept oct nov dec janv fevr fev avr juil")
FR_WEEKDAY_ABBR = word_set("lun mer jeu ven sam dim")
WEEKDAY_ABBR = word_set("mon tue tues wed thu thur thurs fri sat sun")
POSTCODE_CUE_WORDS = word_set("code cp postcode post zip zipcode")


CITATION_WORDS = word_set("pmid pmcid pubmed doi isbn issn eudract arxiv")
CITATION_QUICK = re.compile(r"10\.\d{4,9}/|PMC\d|NCT\d|ISRCTN\d|CD\d{6}")


_CAPS_WORDS = re.compile(r"[A-ZÀ-Þ]{2,}[^a-zà-ÿ]{1,4}[A-ZÀ-Þ]{2,}[^a-zà-ÿ]{1,4}[A-ZÀ-Þ]{2,}")


def shouting(text: str) -> bool:
    """Mostly capital letters: a message typed with caps lock."""
    if not _CAPS_WORDS.search(text):
        return False  # ordinary text: no three capitalised words in a row
    upper = sum(1 for c in text if c.isupper())
    if upper < 20:
        return False
    lower = sum(1 for c in text if c.islower())
    return upper >= 4 * lower
