"""One bearer parser for the gate and the API: the two readings cannot drift apart."""

from __future__ import annotations

import pytest

from bridge.accounts.bearer import MalformedBearer, bearer_key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Bearer abc", "abc"),
        ("bearer abc", "abc"),
        ("BEARER  abc ", "abc"),
        (b"Bearer abc", "abc"),
        ("", None),
        ("Basic dXNlcjpwYXNz", None),
        ("Token abc", None),
        (b"", None),
    ],
)
def test_bearer_key_reads_only_the_bearer_scheme(header: str | bytes, key: str | None) -> None:
    assert bearer_key(header) == key


@pytest.mark.parametrize(
    "header", ["Bearer", "Bearer a b", "Bearer clé", b"Bearer \xe9t\xe9", "bearer\ta\tb"]
)
def test_malformed_bearer_headers_are_refused_not_ignored(header: str | bytes) -> None:
    # A header that claims the bearer scheme must be judged as one (and refused), never fall back to the
    # session: the gate and DRF both rely on this.
    with pytest.raises(MalformedBearer):
        bearer_key(header)
