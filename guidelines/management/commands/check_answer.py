"""`manage.py check_answer --lang en --jurisdiction GB FILE|-`: the guideline verdict on an answer, as JSON.

Uses the guideline versions in force in the database (global + jurisdiction); on a database
without guideline sets (or not migrated yet) it uses the seed sets shipped in guidelines/seed/.
Exit status: 0 when the answer passes, 1 when it is blocked.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from guidelines.engine import CheckContext, Checker, Rule, load_seed_sets
from guidelines.identifiers import compile_checker


def _seed_checker(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    rules: list[Rule] = []
    for seed in seeds.values():
        if seed.jurisdiction in ("", jurisdiction):
            rules.extend(seed.rules)
    return compile_checker(rules)


def checker_for_jurisdiction(jurisdiction: str) -> tuple[Checker, str]:
    """The checker in force for a jurisdiction, and where its rules came from."""
    try:
        from guidelines.services import checker_for, versions_in_force

        versions = versions_in_force(jurisdiction=jurisdiction)
        if versions:
            return checker_for(versions), "database:" + ",".join(f"{v.guideline_set.slug}-v{v.number}" for v in versions)
    except DatabaseError:
        pass
    return _seed_checker(jurisdiction), "seed"


class Command(BaseCommand):
    help = "Check an answer text against the guidelines in force; print the verdict as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="answer text file, or - for standard input")
        parser.add_argument("--lang", default="en", choices=["en", "fr"])
        parser.add_argument("--jurisdiction", default="GB", help="GB, FR, US… (the global set always applies)")
        parser.add_argument("--emergency", action="store_true", help="the question carried emergency red flags")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {path}: {exc}", returncode=2) from exc
        jurisdiction = str(options["jurisdiction"]).upper()
        checker, origin = checker_for_jurisdiction(jurisdiction)
        verdict = checker.check(text, lang=options["lang"], context=CheckContext(question_emergency=bool(options["emergency"])))
        self.stdout.write(json.dumps({"passed": verdict.passed, "violations": [v.to_dict() for v in verdict.violations]}, ensure_ascii=False))
        self.stderr.write(f"rules from {origin}")
        if not verdict.passed:
            sys.exit(1)
