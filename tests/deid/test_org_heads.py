"""Organisations named by a multi-word kind (NHS trusts and boards, mutuals, French GHT/GHU) and
hospital initials after a care verb; kinds of service in capitals stay. Sentences written here."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def orgs(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Kinross Valley NHS Trust sent a letter.", "en", "Kinross Valley NHS Trust"),
        (
            "Seen at Norbridge University Hospitals NHS Foundation Trust.",
            "en",
            "Norbridge University Hospitals NHS Foundation Trust",
        ),
        (
            "Cwm Taf Morgannwg University Health Board wrote to me.",
            "en",
            "Cwm Taf Morgannwg University Health Board",
        ),
        ("Alverna Mutual covers it.", "en", "Alverna Mutual"),
        ("My mortgage is with Harlow Building Society.", "en", "Harlow Building Society"),
        ("Le GHT Cœur de Loire a fermé la maternité.", "fr", "GHT Cœur de Loire"),
        ("Le GHT de la Haute-Vienne recrute.", "fr", "GHT de la Haute-Vienne"),
        ("They sent me to KVH for the scan.", "en", "KVH"),
        ("I was transferred to the RKH overnight.", "en", "RKH"),
    ],
)
def test_named_organisation_is_redacted(text: str, lang: str, value: str) -> None:
    assert value in orgs(text, lang)
    assert value not in deidentify(text, lang).text


@pytest.mark.parametrize(
    "text",
    [
        "The local NHS Trust will not fund it.",
        "The Mental Health Trust refused.",
        "He was admitted to ICU then moved to HDU.",
        "I was taken to MAU and then to SDEC.",
        "Referred to IAPT for CBT.",
        "referred to the CMHT last year",
        "sent to EPAU for a scan",
        "referred to MSK physio",
    ],
)
def test_kinds_and_services_stay(text: str) -> None:
    assert orgs(text) == []


def test_french_grouping_without_a_name_stays() -> None:
    assert orgs("Le GHT a fermé la maternité.", "fr") == []
