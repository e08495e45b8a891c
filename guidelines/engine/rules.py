"""Turning committee-edited dictionaries into validated, immutable rules and back."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from guidelines.engine.kinds import KINDS
from guidelines.engine.kinds.base import ParamSpec, thaw
from guidelines.engine.model import LANGUAGES, SEVERITIES, Rule, RuleError

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}")
MAX_STRING = 2000
MAX_ITEMS = 500
MAX_ITEM_CHARS = 200
_PHRASE_LANGS = (*LANGUAGES, "*")


def kind_catalogue() -> list[dict[str, object]]:
    """The rule kinds with their parameter schemas, for building committee forms."""
    return [KINDS[name].to_dict() for name in KINDS]


def _check_param(spec: ParamSpec, value: object, errors: dict[str, list[str]]) -> object:
    key = f"params.{spec.name}"

    def err(text: str) -> None:
        errors.setdefault(key, []).append(text)

    t = spec.type
    if t == "bool":
        if not isinstance(value, bool):
            err("Must be true or false.")
        return value
    if t == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            err("Must be a whole number.")
            return value
        if spec.min_value is not None and value < spec.min_value:
            err(f"Must be at least {spec.min_value}.")
        if spec.max_value is not None and value > spec.max_value:
            err(f"Must be at most {spec.max_value}.")
        return value
    if t in ("string", "regex"):
        if not isinstance(value, str):
            err("Must be text.")
            return value
        if len(value) > MAX_STRING:
            err(f"Must be at most {MAX_STRING} characters.")
        return value
    if t == "choice":
        if value not in spec.choices:
            err(f"Must be one of: {', '.join(spec.choices)}.")
        return value
    if t in ("string_list", "choice_list"):
        return _check_list(spec, value, err)
    if t == "phrases":
        if not isinstance(value, Mapping):
            err('Must map a language ("en", "fr") to a list of phrases.')
            return value
        out: dict[str, object] = {}
        for lang, items in value.items():
            if lang not in _PHRASE_LANGS:
                err(f'Unknown language "{lang}"; use en, fr or *.')
                continue
            out[str(lang)] = _check_list(spec, items, err)
        return MappingProxyType(out)
    err(f"Unknown parameter type {t}.")  # pragma: no cover - catalogue bug
    return value


def _check_list(spec: ParamSpec, value: object, err: object) -> tuple[str, ...]:
    assert callable(err)  # noqa: S101 - internal helper contract
    if isinstance(value, str) or not isinstance(value, list | tuple):
        err("Must be a list of texts.")
        return ()
    items: list[str] = []
    if len(value) > MAX_ITEMS:
        err(f"At most {MAX_ITEMS} entries.")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            err("Entries must be non-empty texts.")
            continue
        if len(item) > MAX_ITEM_CHARS:
            err(f'"{item[:30]}…" is longer than {MAX_ITEM_CHARS} characters.')
            continue
        if spec.choices and item not in spec.choices:
            err(f'"{item}" is not one of: {", ".join(spec.choices)}.')
            continue
        items.append(item.strip())
    return tuple(dict.fromkeys(items))


def _freeze_default(value: object) -> object:
    if isinstance(value, Mapping):
        return MappingProxyType({k: tuple(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(value)
    return value


def validate_params(kind: str, params: object) -> tuple[Mapping[str, object], dict[str, list[str]]]:
    """Validate and freeze the parameters of a kind; unknown and missing parameters are errors."""
    errors: dict[str, list[str]] = {}
    spec = KINDS[kind]
    if params is None:
        params = {}
    if not isinstance(params, Mapping):
        return MappingProxyType({}), {"params": ["Parameters must be an object."]}
    known = {p.name for p in spec.params}
    for name in params:
        if name not in known:
            errors.setdefault(f"params.{name}", []).append(f'Unknown parameter for kind "{kind}".')
    out: dict[str, object] = {}
    for p in spec.params:
        if p.name in params and params[p.name] is not None:
            out[p.name] = _check_param(p, params[p.name], errors)
        elif p.required:
            errors.setdefault(f"params.{p.name}", []).append("This parameter is required.")
        else:
            out[p.name] = _freeze_default(p.default)
    frozen = MappingProxyType(out)
    if not errors and spec.validate is not None:
        errors.update(spec.validate(frozen))
    return frozen, errors


def rule_from_dict(d: Mapping[str, object]) -> Rule:
    """Build a validated rule from a dictionary; raise RuleError with messages per field."""
    errors: dict[str, list[str]] = {}
    if not isinstance(d, Mapping):
        raise RuleError({"rule": ["A rule must be an object."]})

    def text(name: str, limit: int, required: bool = True) -> str:
        value = d.get(name, "")
        if not isinstance(value, str):
            errors.setdefault(name, []).append("Must be text.")
            return ""
        value = value.strip()
        if required and not value:
            errors.setdefault(name, []).append("This field is required.")
        if len(value) > limit:
            errors.setdefault(name, []).append(f"Must be at most {limit} characters.")
        return value

    code = text("code", 40)
    if code and not _CODE.fullmatch(code):
        errors.setdefault("code", []).append("Use letters, digits, '-', '_' or '.' (e.g. RX-01).")
    kind = text("kind", 40)
    if kind and kind not in KINDS:
        errors.setdefault("kind", []).append(
            f'Unknown kind "{kind}"; choose one of: {", ".join(KINDS)}.'
        )
    severity = text("severity", 10)
    if severity and severity not in SEVERITIES:
        errors.setdefault("severity", []).append('Must be "block" or "warn".')
    title = text("title", 200)
    explanation = text("explanation", MAX_STRING)
    source = text("source", 500)
    raw_langs = d.get("languages", LANGUAGES)
    languages: tuple[str, ...] = ()
    if isinstance(raw_langs, str) or not isinstance(raw_langs, list | tuple) or not raw_langs:
        errors.setdefault("languages", []).append('Give a non-empty list such as ["en", "fr"].')
    else:
        bad = [x for x in raw_langs if x not in LANGUAGES]
        if bad:
            errors.setdefault("languages", []).append(
                f"Unsupported language(s): {', '.join(map(str, bad))}."
            )
        languages = tuple(x for x in LANGUAGES if x in raw_langs)
    discussion = d.get("discussion")
    if discussion is not None and not isinstance(discussion, bool):
        errors.setdefault("discussion", []).append(
            "Must be true, false, or left out (the kind decides)."
        )
    unknown = set(d) - {
        "code",
        "kind",
        "severity",
        "title",
        "explanation",
        "source",
        "languages",
        "params",
        "discussion",
    }
    for name in sorted(unknown):
        errors.setdefault(name, []).append("Unknown field.")
    params: Mapping[str, object] = MappingProxyType({})
    if kind in KINDS:
        params, perr = validate_params(kind, d.get("params"))
        errors.update(perr)
    if errors:
        raise RuleError(errors)
    return Rule(
        code=code,
        kind=kind,
        severity=severity,
        title=title,
        explanation=explanation,
        source=source,
        languages=languages,
        params=params,
        discussion=discussion if isinstance(discussion, bool) else None,
    )


def rule_to_dict(rule: Rule) -> dict[str, object]:
    """The JSON-ready form of a rule (inverse of rule_from_dict)."""
    data: dict[str, object] = {
        "code": rule.code,
        "kind": rule.kind,
        "severity": rule.severity,
        "title": rule.title,
        "explanation": rule.explanation,
        "source": rule.source,
        "languages": list(rule.languages),
        "params": {k: thaw(v) for k, v in rule.params.items()},
    }
    if rule.discussion is not None:
        data["discussion"] = rule.discussion
    return data
