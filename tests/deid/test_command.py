"""The `deidentify` command: JSONL in, JSONL out, errors per line, throughput on stderr."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from guidelines.deid.stream import process_line, process_stream


def test_each_line_becomes_redacted_text_with_input_offsets() -> None:
    text = "je m'appelle Julie Martin, tel 06 12 34 56 78"
    out = io.StringIO()
    stats = process_stream([json.dumps({"id": "q1", "lang": "fr", "text": text}) + "\n"], out)
    record = json.loads(out.getvalue())
    assert record["id"] == "q1"
    assert record["text"] == "je m'appelle [PERSON_1], tel [PHONE_1]"
    assert [(text[s["start"] : s["end"]], s["label"]) for s in record["spans"]] == [
        ("Julie Martin", "PERSON"),
        ("06 12 34 56 78", "PHONE"),
    ]
    assert stats.lines == 1
    assert stats.errors == 0


def test_malformed_lines_are_reported_and_do_not_stop_the_run() -> None:
    lines = [
        '{"id": "a", "text": "ok"}\n',
        "not json\n",
        '{"id": "c", "text": 5}\n',
        "\n",
        '{"id": "d", "text": "Tom"}\n',
    ]
    out = io.StringIO()
    err = io.StringIO()
    stats = process_stream(lines, out, err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", None, "c", "d"]
    assert records[1]["line"] == 2
    assert "line 2" in records[1]["error"]
    assert "'text'" in records[2]["error"]
    assert "line 2: invalid JSON" in err.getvalue()
    assert stats.errors == 2


def test_missing_lang_defaults_to_english() -> None:
    record, error = process_line('{"id": "x", "text": "my name is Sarah Johnson"}', 1)
    assert error is None
    assert record["text"] == "my name is [PERSON_1]"


def test_management_command_reads_and_writes_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"id": "1", "lang": "en", "text": "Call me on 07700 900123"})
        + "\n"
        + "{broken\n",
        encoding="utf-8",
    )
    call_command("deidentify", "--input", str(src), "--output", str(dst))
    records = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert records[0] == {
        "id": "1",
        "text": "Call me on [PHONE_1]",
        "spans": [{"start": 11, "end": 23, "label": "PHONE"}],
    }
    assert "error" in records[1]
    err = capsys.readouterr().err
    assert "line 2: invalid JSON" in err
    assert "2 lines (1 errors)" in err
    assert "docs/s" in err


def test_undecodable_line_is_reported_and_the_rest_goes_through(tmp_path: Path) -> None:
    """Like triage_preview: a line that is not UTF-8 becomes an error record, not mojibake."""
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    good = json.dumps({"id": "2", "lang": "fr", "text": "je suis Julie Martin"}).encode()
    src.write_bytes(b'{"id": "1", "text": "caf\xe9 Tom"}\n' + good + b"\n")
    call_command("deidentify", "--input", str(src), "--output", str(dst))
    records = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert records[0]["line"] == 1
    assert "not UTF-8" in records[0]["error"]
    assert records[1] == {
        "id": "2",
        "text": "je suis [PERSON_1]",
        "spans": [{"start": 8, "end": 20, "label": "PERSON"}],
    }


def test_stdin_and_stdout(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    line = json.dumps({"id": "s", "lang": "en", "text": "my son Tom has a cough"}) + "\n"
    done = subprocess.run(
        [sys.executable, "manage.py", "deidentify", "--input", "-", "--output", "-"],
        cwd=root,
        input=line.encode(),
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout)["text"] == "my son [PERSON_1] has a cough"
