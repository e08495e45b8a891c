"""Public and social-sector organisations by grammar (names/org_public.py): Celtic kind-first names,
councils, health boards, housing providers. Sentences of our own; look-alikes must stay."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def orgs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, "en") if s.label == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("she was sent to Ysbyty Gwynedd last night", "Ysbyty Gwynedd"),
        ("the nurse at Canolfan Iechyd Bangor said rest", "Canolfan Iechyd Bangor"),
        ("he goes to Ysgol Gymraeg Aberystwyth", "Ysgol Gymraeg Aberystwyth"),
        ("my daughter is in Scoil Mhuire", "Scoil Mhuire"),
        ("they moved him to Ospidéal na hOllscoile", "Ospidéal na hOllscoile"),
        ("Fife Council sent a letter about the stairlift", "Fife Council"),
        ("NHS Highland cancelled the scan", "NHS Highland"),
        ("our landlord Clarion Housing will not fix the damp", "Clarion Housing"),
        ("Riverside Homes said the mould is our fault", "Riverside Homes"),
    ],
)
def test_found(text: str, org: str) -> None:
    assert org in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "download the NHS App to see results",
        "NHS Direct told us to wait",
        "the county council said no",
        "Social Housing is hard to get",
        "care homes are full round here",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert orgs(text) == []
