"""Loading the seed guideline sets shipped as JSON in guidelines/seed."""

from __future__ import annotations

import json
from pathlib import Path

from guidelines.engine.model import RuleError, SeedSet
from guidelines.engine.rules import rule_from_dict

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
AUTHOR_DISPLAYS = ("name", "pseudonym")


def load_seed_sets(directory: Path | None = None) -> dict[str, SeedSet]:
    """Read and validate every ``*.json`` seed set; keys are the slugs."""
    out: dict[str, SeedSet] = {}
    for path in sorted((directory or SEED_DIR).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        errors: dict[str, list[str]] = {}
        for key in ("slug", "name", "jurisdiction", "author_display", "description", "rules"):
            if key not in data:
                errors.setdefault(key, []).append(f"{path.name}: missing.")
        if data.get("author_display") not in AUTHOR_DISPLAYS:
            errors.setdefault("author_display", []).append(
                f"{path.name}: must be one of {AUTHOR_DISPLAYS}."
            )
        if errors:
            raise RuleError(errors)
        rules = []
        codes: set[str] = set()
        for i, raw in enumerate(data["rules"]):
            try:
                rule = rule_from_dict(raw)
            except RuleError as exc:
                raise RuleError(
                    {f"{path.name}: rules[{i}].{k}": v for k, v in exc.field_errors.items()}
                ) from exc
            if rule.code in codes:
                raise RuleError({f"{path.name}: rules[{i}].code": [f"Duplicate code {rule.code}."]})
            codes.add(rule.code)
            rules.append(rule)
        seed = SeedSet(
            slug=str(data["slug"]),
            name=str(data["name"]),
            jurisdiction=str(data["jurisdiction"]),
            author_display=str(data["author_display"]),
            description=str(data["description"]),
            rules=tuple(rules),
        )
        out[seed.slug] = seed
    return out
