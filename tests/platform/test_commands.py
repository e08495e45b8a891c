"""The public command contracts of DESIGN.md.

Each command keeps one run through the real command line (`manage.py` in a subprocess: argument parsing,
standard input and output, exit code): `check_answer` here, `deidentify` in `tests/deid/test_command.py`,
`triage_preview` and the production `check --deploy` here. Each such start of Django costs seconds of CPU, so
the other cases run the same command in-process (`_call`) with the same assertions on stdout, stderr and the
exit code.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.answers import COMPLIANT_EN, PHONE_EN

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bridge.settings_test"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _call(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    """`manage.py *args` in this process: what the command writes and the exit code the process would have."""
    out, err = io.StringIO(), io.StringIO()
    raw = stdin.encode() if isinstance(stdin, str) else (stdin or b"")
    returncode = 0
    with mock.patch("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")):
        try:
            call_command(*args, stdout=out, stderr=err)
        except SystemExit as exc:
            returncode = exc.code if isinstance(exc.code, int) else 1
        except CommandError as exc:  # what `manage.py` prints and exits with
            err.write(f"CommandError: {exc}\n")
            returncode = exc.returncode
    return subprocess.CompletedProcess(list(args), returncode, out.getvalue(), err.getvalue())


@pytest.mark.django_db
def test_check_answer_passes_and_blocks_with_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(COMPLIANT_EN, encoding="utf-8")
    result = _call("check_answer", "--lang", "en", "--jurisdiction", "GB", str(good))
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["passed"] is True
    blocked = _manage("check_answer", "--lang", "en", "--jurisdiction", "GB", "-", stdin=PHONE_EN)
    assert blocked.returncode == 1
    verdict = json.loads(blocked.stdout)
    assert verdict["passed"] is False
    violation = next(v for v in verdict["violations"] if v["severity"] == "block")
    assert set(violation) == {"rule", "kind", "severity", "message", "start", "end"}
    assert PHONE_EN[violation["start"] : violation["end"]].strip()


def test_deidentify_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    lines = [
        {"id": "a", "lang": "en", "text": "My name is John Smith, email john.smith@example.com"},
        {"id": "b", "lang": "fr", "text": "Je m'appelle Marie Dupont, tél 06 12 34 56 78"},
    ]
    src.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    result = _call("deidentify", "--input", str(src), "--output", str(out))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    for row, original in zip(rows, lines, strict=True):
        assert set(row) >= {"id", "text", "spans"}
        for span in row["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(original["text"])
            assert span["label"] in {
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
            }
    assert "John" not in rows[0]["text"] and "john.smith@example.com" not in rows[0]["text"]
    assert "Dupont" not in rows[1]["text"] and "56 78" not in rows[1]["text"]


def test_triage_preview_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "1",
                "lang": "en",
                "text": "crushing chest pain spreading to my left arm, sweating",
            }
        )
        + "\n"
        + json.dumps({"id": "2", "lang": "fr", "text": "pas de douleur thoracique, juste un rhume"})
        + "\n",
        encoding="utf-8",
    )
    result = _manage("triage_preview", "--input", str(src), "--output", str(out))
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows["1"]["emergency"] is True and rows["1"]["red_flags"]
    assert rows["2"]["emergency"] is False
    for row in rows.values():
        assert set(row) >= {"id", "emergency", "red_flags", "urgency", "specialty"}


@pytest.mark.django_db
def test_seed_demo_is_idempotent(django_capture_on_commit_callbacks: object) -> None:
    from bridge.accounts.models import User
    from patient_portal.models import Question

    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    users, questions = User.objects.count(), Question.objects.count()
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert (User.objects.count(), Question.objects.count()) == (users, questions)
    assert users >= 10 and questions >= 3
    from triage.models import Answer

    assert (
        Answer.objects.count() == 1
    )  # one answer published through the real check-and-publish path


def test_production_settings_pass_check_deploy() -> None:
    env = {
        **os.environ,
        "BRIDGE_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
        "DJANGO_SECRET_KEY": "k3J9-vQ2#pL8wZr5!xT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW",
        "DJANGO_ALLOWED_HOSTS": "bridge.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_migrations_are_committed() -> None:
    result = _call("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_check_answer_takes_declared_interests() -> None:
    text = COMPLIANT_EN + " Many patients do well on Doliprane."
    without = _call("check_answer", "--lang", "en", "--jurisdiction", "GB", "-", stdin=text)
    assert "COI-01" not in {v["rule"] for v in json.loads(without.stdout)["violations"]}
    declared = _call(
        "check_answer",
        "--lang",
        "en",
        "--jurisdiction",
        "GB",
        "--interests",
        "Sanofi, Doliprane",
        "-",
        stdin=text,
    )
    assert declared.returncode == 1
    assert "COI-01" in {v["rule"] for v in json.loads(declared.stdout)["violations"]}


@pytest.mark.django_db
def test_check_answer_streams_jsonl_one_verdict_per_line_and_reports_bad_lines(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "a", "text": COMPLIANT_EN}),
        json.dumps({"id": "b", "text": PHONE_EN}),
        "{not json",
        json.dumps(
            {
                "id": "c",
                "text": "Ce n'est rien, ne vous inquiétez pas. Cette réponse ne remplace pas une consultation.",
                "lang": "fr",
                "jurisdiction": "FR",
                "emergency": True,
            }
        ),
        json.dumps({"id": "d", "text": 3}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        ("\n".join(lines[:3]) + "\n").encode()
        + b"\xff\xfe broken\n"
        + ("\n".join(lines[3:]) + "\n").encode()
    )
    result = _call("check_answer", "--jsonl", str(source))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None, None, "c", None]
    assert out[0]["passed"] is True and out[1]["passed"] is False
    assert [o["line"] for o in out if "error" in o] == [3, 4, 6]
    # a false reassurance on a question with a red flag blocks
    assert out[4]["passed"] is False and "false_reassurance" in {
        v["kind"] for v in out[4]["violations"]
    }
    assert result.returncode == 2
    assert "2 errors" not in result.stderr and "3 errors" in result.stderr


@pytest.mark.django_db
def test_check_answer_takes_the_question_as_the_doctor_saw_it(tmp_path: Path) -> None:
    # The asker signed the question and the anonymiser left the name: said to them, it warns (the library
    # copy leaves it out) instead of blocking; without --question it blocks as before.
    text = COMPLIANT_EN + " I hope this helps, Imogen."
    question = tmp_path / "question.txt"
    question.write_text("My son has itchy elbows. Thanks, Imogen", encoding="utf-8")
    args = ("check_answer", "--lang", "en", "--jurisdiction", "GB")
    without = _call(*args, "-", stdin=text)
    assert without.returncode == 1
    given = _call(*args, "--question", str(question), "-", stdin=text)
    assert given.returncode == 0, given.stdout
    pii = [v for v in json.loads(given.stdout)["violations"] if v["rule"] == "PII-01"]
    assert [v["severity"] for v in pii] == ["warn"]
    line = json.dumps({"id": "q", "text": text, "question": "Thanks, Imogen"})
    streamed = _call(*args, "--jsonl", "-", stdin=line + "\n")
    assert json.loads(streamed.stdout)["passed"] is True
