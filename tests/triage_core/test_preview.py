"""The triage_preview streaming helper and management command."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.core import preview_lines
from triage.management.commands.triage_preview import Command

LINES = [
    '{"id": "a", "lang": "en", "text": "crushing chest pain and sweating"}\n',
    "this is not json\n",
    "\n",
    '{"id": "b", "lang": "fr", "text": "pas de douleur thoracique, juste une toux"}\n',
    '{"id": "c", "lang": "de", "text": "Kopfschmerzen"}\n',
    '{"id": 7, "lang": "en", "text": "I have an itchy rash"}\n',
    '{"lang": "en", "text": "no id"}\n',
    '["a", "list"]\n',
]


def run(lines: list[str] | list[bytes]) -> tuple[list[dict[str, object]], list[tuple[int, str]]]:
    out: list[str] = []
    errors: list[tuple[int, str]] = []
    preview_lines(lines, out.append, on_error=lambda n, reason: errors.append((n, reason)))
    return [json.loads(line) for line in out], errors


def test_each_line_gets_a_result_or_an_error_and_the_run_goes_on() -> None:
    results, errors = run(LINES)
    assert results[0] == {
        "id": "a",
        "emergency": True,
        "red_flags": ["acute_coronary_syndrome"],
        "urgency": "emergency",
        "specialty": "cardiology",
    }
    assert results[1]["id"] is None
    assert "invalid JSON" in str(results[1]["error"])
    assert results[2] == {
        "id": "b",
        "emergency": False,
        "red_flags": [],
        "urgency": "soon",
        "specialty": "general_practice",  # a cough alone is no clear signal for a specialty
    }
    assert results[3] == {"id": "c", "error": '"lang" must be one of en, fr'}
    assert results[4]["id"] == "7"  # numeric ids are tolerated and echoed as strings
    assert results[4]["specialty"] == "dermatology"
    assert "error" in results[5]
    assert "error" in results[6]
    assert [n for n, _ in errors] == [2, 5, 7, 8]  # 1-based input line numbers; blank line skipped


def test_output_keys_match_the_contract() -> None:
    results, _ = run([LINES[0]])
    assert list(results[0]) == ["id", "emergency", "red_flags", "urgency", "specialty"]


def test_bytes_input_with_bad_encoding_is_reported_not_fatal() -> None:
    lines = [b'{"id": "x", "text": "caf\xe9"}\n', '{"id": "y", "text": "bébé fièvre"}\n'.encode()]
    results, errors = run(lines)
    assert "not UTF-8" in str(results[0]["error"])
    assert errors[0][0] == 1
    assert results[1]["id"] == "y"


def test_it_streams_one_output_line_per_input_line_without_reading_ahead() -> None:
    written: list[str] = []

    def source() -> Iterator[str]:
        for i in range(100):
            # Everything before line i was already written when line i is read.
            assert len(written) == i
            yield json.dumps({"id": str(i), "lang": "en", "text": "mild headache"}) + "\n"

    stats = preview_lines(source(), written.append)
    assert stats.ok == 100
    assert stats.errors == 0
    assert stats.per_second > 0
    assert "100 texts triaged" in stats.summary()


def test_parallel_jobs_give_the_same_lines_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Batches of 16 lines instead of 1,000 (chunks of 2): the 96 lines cross six batch boundaries and
    # many chunk boundaries, where 2,400 lines in batches of 1,000 crossed two (issue 14: 1,800 triages
    # became 72; the order and the contents are still compared line by line).
    monkeypatch.setattr("triage.core.preview.BATCH", 16)
    lines = LINES * 12
    one: list[str] = []
    two: list[str] = []
    stats = preview_lines(lines, one.append)
    preview_lines(lines, two.append, jobs=2)
    assert one == two
    assert stats.ok == 3 * 12
    assert stats.errors == 4 * 12


def test_command_reads_and_writes_files(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_bytes("".join(LINES).encode())
    err = io.StringIO()
    Command(stdout=io.StringIO(), stderr=err).handle(input=str(src), output=str(dst))
    lines = dst.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7
    assert json.loads(lines[0])["red_flags"] == ["acute_coronary_syndrome"]
    assert "line 2: invalid JSON" in err.getvalue()
    assert "texts/s" in err.getvalue()


def test_command_dash_means_stdin_and_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(LINES[0].encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out, err = io.StringIO(), io.StringIO()
    Command(stdout=out, stderr=err).handle(input="-", output="-")
    assert json.loads(out.getvalue())["id"] == "a"
    assert "1 texts triaged" in err.getvalue()


@pytest.mark.django_db
def test_call_command(tmp_path: Path) -> None:
    from django.core.management import call_command

    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text('{"id": "1", "lang": "fr", "text": "je veux en finir"}\n', encoding="utf-8")
    err = io.StringIO()
    call_command("triage_preview", "--input", str(src), "--output", str(dst), stderr=err)
    assert json.loads(dst.read_text(encoding="utf-8")) == {
        "id": "1",
        "emergency": True,
        "red_flags": ["suicide_risk"],
        "urgency": "emergency",
        "specialty": "psychiatry",
    }
