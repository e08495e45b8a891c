"""The README is the front door: it gives the two set-up commands, and CI runs the test command it gives.

A rewrite of the README's status paragraph once dropped the whole "two commands" section (2026-12-04,
1dec8b7) and nothing noticed for two days: these tests fail on such a loss."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(heading_start: str) -> str:
    match = re.search(rf"^## {re.escape(heading_start)}.*?(?=^## |\Z)", README, flags=re.M | re.S)
    assert match, f"README.md has no section starting '## {heading_start}'"
    return match.group(0)


def _commands_in(section: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    assert blocks, "the section has no ```sh block"
    lines = [line.split("#", 1)[0].strip() for line in blocks[0].splitlines()]
    return [line for line in lines if line]


def test_the_readme_gives_exactly_two_set_up_commands() -> None:
    assert _commands_in(_section("The two commands")) == ["make run", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_commands = [line.strip() for line in ci.splitlines() if not line.lstrip().startswith("#")]
    assert "make test" in ci_commands


def test_the_make_targets_do_what_the_readme_says() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = re.search(r"^run:.*?(?=^\S)", makefile, flags=re.M | re.S)
    test = re.search(r"^test:.*?(?=^\S)", makefile, flags=re.M | re.S)
    assert run and test
    # make run: the embedded default, demo data seeded, served on 127.0.0.1:8000 unless PORT says otherwise.
    assert "migrate" in run.group(0) and "seed_demo" in run.group(0)
    assert "runserver 127.0.0.1:$(PORT)" in run.group(0)
    assert re.search(r"^PORT \?= 8000$", makefile, flags=re.M)
    # make test: the whole suite on every core.
    assert "pytest -n auto" in test.group(0)


def test_the_readme_says_how_to_run_on_postgresql_and_redis_and_the_benchmarks() -> None:
    production = _section("Production")
    assert "DATABASE_URL=postgres://" in production and "CELERY_BROKER_URL=redis://" in production
    assert "celery -A bridge worker" in production and "celery -A bridge beat" in production
    assert "make bench" in _section("Benchmarks")
