"""The identifier categories: what the anonymiser finds and what the rule engine's identifiers rule names.

One list for both cores (the engine may not import the anonymiser, so it cannot borrow the list from it).
"""

IDENTIFIER_LABELS: tuple[str, ...] = (
    "PERSON",
    "DATE_OF_BIRTH",
    "DATE",
    "AGE_OVER_89",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "POSTCODE",
    "CITY",
    "ID_NUMBER",
    "URL",
    "IP_ADDRESS",
    "ORGANIZATION",
)
