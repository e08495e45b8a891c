"""The offline dependency audit fails on a known-vulnerable pin and passes on this environment (review finding 9)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from bridge import depaudit

ROOT = Path(__file__).resolve().parents[2]


def test_a_known_vulnerable_pin_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pins = tmp_path / "requirements.txt"
    pins.write_text(
        "Django==4.2.0  # an old pin\ncelery[redis]==5.4.0\nrequests>=2\n", encoding="utf-8"
    )
    assert depaudit.check(["--requirements", str(pins)]) == 1
    out = capsys.readouterr().out
    assert "VULNERABLE django==4.2.0" in out and "CVE-" in out
    assert "celery" not in out  # 5.4.0 has no advisory on file
    with pytest.raises(CommandError):
        call_command("audit_dependencies", "--requirements", str(pins))


def test_this_environment_has_no_known_vulnerable_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bridge.depaudit", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 known-vulnerable" in result.stderr


def test_ranges_follow_osv_semantics() -> None:
    advisory = {
        "id": "X",
        "ranges": [
            [
                {"introduced": "1.0"},
                {"fixed": "1.5"},
                {"introduced": "2.0"},
                {"last_affected": "2.1"},
            ]
        ],
        "versions": ["0.9rc1"],
    }
    assert [
        depaudit.affected(advisory, v)
        for v in ("0.9", "1.0", "1.4.9", "1.5", "1.9", "2.0", "2.1", "2.1.1")
    ] == [
        False,
        True,
        True,
        False,
        False,
        True,
        True,
        False,
    ]
    assert depaudit.affected(advisory, "0.9rc1")  # listed explicitly


def test_the_snapshot_names_its_source_and_skips_withdrawn_entries() -> None:
    import json

    snapshot = json.loads(depaudit.DATA.read_text(encoding="utf-8"))
    assert snapshot["source"] == "pypa/advisory-database" and len(snapshot["commit"]) == 40
    assert "django" in snapshot["packages"] and len(snapshot["packages"]["django"]) > 50
    assert all(a["id"] != "PYSEC-2023-73" for a in snapshot["packages"].get("redis", []))


def test_a_package_the_snapshot_never_looked_up_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pins = tmp_path / "requirements.txt"
    pins.write_text("brand-new-package==1.0\n", encoding="utf-8")
    assert depaudit.check(["--requirements", str(pins)]) == 0  # lint stays usable offline...
    assert (
        "NOT COVERED by the snapshot (refresh it): brand-new-package" in capsys.readouterr().err
    )  # ...but says so
    assert depaudit.check(["--requirements", str(pins), "--strict"]) == 1
