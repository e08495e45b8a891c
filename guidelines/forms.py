"""A rule form built per kind from the engine's catalogue: committee members never write Python or JSON."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from bridge.fields import MultilineField
from guidelines.engine import UnsafePattern, compile_safe, kind_catalogue


def kind_param_type(kind: str, name: str) -> str:
    """The catalogue type of one parameter of a kind."""
    for param in _catalogue().get(kind, {}).get("params", []):
        if param["name"] == name:
            return str(param.get("type", "string"))
    return "string"


def _param_field(param: dict[str, Any]) -> forms.Field:
    """A form field per catalogue type: committee members pick and type, never write JSON."""
    ptype = str(param.get("type", "string"))
    required = bool(param.get("required", False))
    help_text = str(param.get("help", ""))
    default = param.get("default")
    label = str(param["name"]).replace("_", " ").capitalize()
    field: forms.Field
    if ptype == "int":
        field = forms.IntegerField(required=required, initial=default)
    elif ptype == "bool":
        field = forms.BooleanField(required=False, initial=default)
    elif ptype == "choice":
        field = forms.ChoiceField(
            required=required, choices=[(c, c) for c in param.get("choices", [])], initial=default
        )
    elif ptype == "choice_list":
        field = forms.MultipleChoiceField(
            required=required,
            choices=[(c, c) for c in param.get("choices", [])],
            widget=forms.CheckboxSelectMultiple,
            initial=default,
        )
    elif ptype == "string_list":
        field = forms.CharField(
            required=required,
            widget=forms.Textarea(attrs={"rows": 4}),
            initial="\n".join(default or []),
        )
        help_text = f"{help_text} ({_('one per line')})"
    elif ptype == "phrases":
        field = forms.CharField(required=required, widget=forms.Textarea(attrs={"rows": 5}))
        help_text = (
            f"{help_text} ({_('one per line, starting with en:, fr: or *: for every language')})"
        )
    elif ptype == "regex":
        field = forms.CharField(
            required=required, max_length=500, initial=default, validators=[_safe_pattern]
        )
    else:
        field = forms.CharField(required=required, max_length=2000, initial=default)
    field.label = label
    field.help_text = help_text
    return field


def _safe_pattern(value: str) -> None:
    """Refuse patterns that could hang the engine, with the engine's own explanation."""
    try:
        compile_safe(value)
    except UnsafePattern as exc:
        raise forms.ValidationError(str(exc)) from exc


def _parse_value(ptype: str, value: Any) -> Any:
    if ptype == "string_list":
        return [line.strip() for line in str(value).splitlines() if line.strip()]
    if ptype == "phrases":
        phrases: dict[str, list[str]] = {}
        for line in str(value).splitlines():
            if not line.strip():
                continue
            lang, sep, phrase = line.partition(":")
            if not sep or lang.strip() not in ("en", "fr", "*") or not phrase.strip():
                raise forms.ValidationError(
                    _("Each line starts with en:, fr: or *: followed by the phrase.")
                )
            phrases.setdefault(lang.strip(), []).append(phrase.strip())
        return phrases
    if ptype == "choice_list":
        return list(value)
    return value


def _catalogue() -> dict[str, dict[str, Any]]:
    return {str(entry["name"]): entry for entry in kind_catalogue()}


class RuleForm(forms.Form):
    """Common rule fields plus one field per parameter of the chosen kind."""

    code = forms.SlugField(
        label=_("Code"), max_length=40, help_text=_("Short, unique in the set, e.g. CONTACT-01.")
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    explanation = MultilineField(
        label=_("Explanation shown to doctors"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    source = forms.CharField(label=_("Source clause and citation"), max_length=500)
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=[("block", _("Block publication")), ("warn", _("Warn (must be acknowledged)"))],
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=[("en", "English"), ("fr", "Français")],
        widget=forms.CheckboxSelectMultiple,
        initial=["en", "fr"],
    )
    discussion = forms.ChoiceField(
        label=_("Discussion between doctors"),
        required=False,
        choices=[
            ("", _("As the kind decides")),
            ("yes", _("Also checks forum posts and messages")),
            ("no", _("Answers to patients only")),
        ],
    )

    def __init__(self, *args: Any, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        spec = _catalogue().get(kind)
        if spec is None:
            raise ValueError("unknown kind")
        self.kind_description = spec.get("description", "")
        self.param_names: list[str] = []
        for param in spec.get("params", []):
            name = f"param_{param['name']}"
            self.param_names.append(param["name"])
            self.fields[name] = _param_field(param)
        self.param_types = {p["name"]: str(p.get("type", "string")) for p in spec.get("params", [])}

    def rule_dict(self) -> dict[str, Any]:
        """The rule as the engine's dict form (validated again by the engine)."""
        data = self.cleaned_data
        params: dict[str, Any] = {}
        for name in self.param_names:
            value = data.get(f"param_{name}")
            if value in (None, "", []):
                continue
            params[name] = _parse_value(self.param_types[name], value)
        rule: dict[str, Any] = {
            "code": data["code"],
            "kind": self.kind,
            "severity": data["severity"],
            "title": data["title"],
            "explanation": data["explanation"],
            "source": data["source"],
            "languages": list(data["languages"]),
            "params": params,
        }
        if data.get("discussion") in ("yes", "no"):
            rule["discussion"] = data["discussion"] == "yes"
        return rule

    @classmethod
    def initial_from_rule(cls, rule: dict[str, Any]) -> dict[str, Any]:
        """Form initial data from a stored rule dict."""
        initial = {
            k: rule.get(k)
            for k in ("code", "title", "explanation", "source", "severity", "languages")
        }
        if isinstance(rule.get("discussion"), bool):
            initial["discussion"] = "yes" if rule["discussion"] else "no"
        for name, value in (rule.get("params") or {}).items():
            if isinstance(value, dict):
                initial[f"param_{name}"] = "\n".join(
                    f"{lang}: {phrase}" for lang, phrases in value.items() for phrase in phrases
                )
            elif (
                isinstance(value, list | tuple)
                and kind_param_type(rule.get("kind", ""), name) == "string_list"
            ):
                initial[f"param_{name}"] = "\n".join(value)
            else:
                initial[f"param_{name}"] = value
        return initial


class ApproveForm(forms.Form):
    """Approve a pending version, effective now or at a later date."""

    effective_from = forms.DateTimeField(
        label=_("In force from (UTC, optional)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


class RuleTryForm(forms.Form):
    """Sample text to try a version's rules on (the committee's rule tester)."""

    text = MultilineField(
        label=_("Sample answer"), widget=forms.Textarea(attrs={"rows": 5}), max_length=10_000
    )
    lang = forms.ChoiceField(
        label=_("Language of the sample"),
        choices=[("en", "English"), ("fr", "Français")],
        initial="en",
    )
