"""`manage.py check_answer --lang en --jurisdiction GB FILE|-`: the guideline verdict on an answer, as JSON.

`--interests "Sanofi, Doliprane"` passes the author's declared interests (conflict_of_interest); `--question FILE`
the question as the doctor saw it (anonymised; identifiers: a name shared with it is the asker's or someone in
their care); `--jsonl` reads one answer per line (`{"id", "text"}` plus optional `lang`, `jurisdiction`,
`emergency`, `red_flags`, `interests`, `question`) and writes one verdict per line (`{"id", "passed", "violations"}`), streaming; a malformed or
undecodable line becomes `{"id": null, "line": n, "error": …}` and the others are still checked (exit 2 then,
else 1 when any answer is blocked).

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
            return checker_for(versions), "database:" + ",".join(
                f"{v.guideline_set.slug}-v{v.number}" for v in versions
            )
    except DatabaseError:
        pass
    return _seed_checker(jurisdiction), "seed"


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split(",") if x.strip())


class Command(BaseCommand):
    help = "Check an answer text (or JSONL, one answer per line) against the guidelines in force; print the verdict as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="answer text file, or - for standard input")
        parser.add_argument("--lang", default="en", choices=["en", "fr"])
        parser.add_argument(
            "--jurisdiction", default="GB", help="GB, FR, US… (the global set always applies)"
        )
        parser.add_argument(
            "--emergency", action="store_true", help="the question carried emergency red flags"
        )
        parser.add_argument(
            "--red-flags", default="", help="the question's red-flag codes, comma-separated"
        )
        parser.add_argument(
            "--interests",
            default="",
            help="the author's declared interests (companies, brands), comma-separated",
        )
        parser.add_argument(
            "--question",
            default="",
            help="file holding the question as the doctor saw it (anonymised), optional",
        )
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='read JSONL: one {"id", "text", optional "lang", "jurisdiction", "emergency", '
            '"red_flags", "interests", "question"} per line; write one verdict per line, streaming',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        question = ""
        if options["question"]:
            try:
                with open(options["question"], encoding="utf-8") as handle:
                    question = handle.read()
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(
                    f"cannot read {options['question']}: {exc}", returncode=2
                ) from exc
        context = CheckContext(
            declared_interests=_split(options["interests"]),
            question_emergency=bool(options["emergency"]),
            question_red_flags=_split(options["red_flags"]),
            question_text=question,
        )
        if options["jsonl"]:
            self._jsonl(path, options, context)
            return
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
        verdict = checker.check(text, lang=options["lang"], context=context)
        self.stdout.write(
            json.dumps(
                {"passed": verdict.passed, "violations": [v.to_dict() for v in verdict.violations]},
                ensure_ascii=False,
            )
        )
        self.stderr.write(f"rules from {origin}")
        if not verdict.passed:
            sys.exit(1)

    def _jsonl(self, path: str, options: dict[str, Any], default: CheckContext) -> None:
        try:
            source = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}", returncode=2) from exc
        checkers: dict[str, Checker] = {}
        counts = {"passed": 0, "blocked": 0, "errors": 0}
        try:
            for number, raw in enumerate(source, start=1):
                if not raw.strip():
                    continue
                try:
                    out = self._verdict_line(raw, options, default, checkers)
                except (
                    ValueError
                ) as exc:  # undecodable, not JSON, or a bad field: report it, keep going
                    out = {"id": None, "line": number, "error": str(exc)}
                    self.stderr.write(f"line {number}: {exc}")
                key = "errors" if "error" in out else "passed" if out["passed"] else "blocked"
                counts[key] += 1
                self.stdout.write(json.dumps(out, ensure_ascii=False))
                self.stdout.flush()
        finally:
            if source is not sys.stdin.buffer:
                source.close()
        self.stderr.write(", ".join(f"{n} {k}" for k, n in counts.items()))
        if counts["errors"]:
            sys.exit(2)
        if counts["blocked"]:
            sys.exit(1)

    def _verdict_line(
        self,
        raw: bytes,
        options: dict[str, Any],
        default: CheckContext,
        checkers: dict[str, Checker],
    ) -> dict[str, object]:
        item = json.loads(
            raw.decode("utf-8")
        )  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('each line is a JSON object with a "text" string')
        lang = item.get("lang", options["lang"])
        if lang not in ("en", "fr"):
            raise ValueError(f'"lang" must be "en" or "fr", not {lang!r}')
        jurisdiction = str(item.get("jurisdiction") or options["jurisdiction"]).upper()
        interests, flags = item.get("interests", []), item.get("red_flags", [])
        if not (isinstance(interests, list) and isinstance(flags, list)) or not all(
            isinstance(x, str) for x in (*interests, *flags)
        ):
            raise ValueError('"interests" and "red_flags" are lists of strings')
        question = item.get("question", default.question_text)
        if not isinstance(question, str):
            raise ValueError('"question" is a string')
        context = CheckContext(
            declared_interests=(*default.declared_interests, *interests),
            question_emergency=bool(item.get("emergency", default.question_emergency)),
            question_red_flags=(*default.question_red_flags, *flags),
            question_text=question,
        )
        checker = checkers.get(jurisdiction)
        if checker is None:
            checker = checkers[jurisdiction] = checker_for_jurisdiction(jurisdiction)[0]
        verdict = checker.check(item["text"], lang=lang, context=context)
        return {
            "id": item.get("id"),
            "passed": verdict.passed,
            "violations": [v.to_dict() for v in verdict.violations],
        }
