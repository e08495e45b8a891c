"""A rule form built per kind from the engine's catalogue: committee members never write Python or JSON."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from guidelines.engine import kind_catalogue

LIST_TYPES = {"list[str]", "list", "tuple[str, ...]", "list_str", "strings"}


def _catalogue() -> dict[str, dict[str, Any]]:
    return {str(entry["name"]): entry for entry in kind_catalogue()}


class RuleForm(forms.Form):
    """Common rule fields plus one field per parameter of the chosen kind."""

    code = forms.SlugField(label=_("Code"), max_length=40, help_text=_("Short, unique in the set, e.g. CONTACT-01."))
    title = forms.CharField(label=_("Title"), max_length=200)
    explanation = forms.CharField(label=_("Explanation shown to doctors"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
    source = forms.CharField(label=_("Source clause and citation"), max_length=500)
    severity = forms.ChoiceField(label=_("Severity"), choices=[("block", _("Block publication")), ("warn", _("Warn (must be acknowledged)"))])
    languages = forms.MultipleChoiceField(label=_("Languages"), choices=[("en", "English"), ("fr", "Français")], widget=forms.CheckboxSelectMultiple, initial=["en", "fr"])

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
            ptype = str(param.get("type", "str"))
            required = bool(param.get("required", False))
            help_text = str(param.get("help", ""))
            default = param.get("default")
            if ptype in {"int", "integer"}:
                field: forms.Field = forms.IntegerField(required=required, help_text=help_text, initial=default)
            elif ptype in {"bool", "boolean"}:
                field = forms.BooleanField(required=False, help_text=help_text, initial=default)
            elif ptype in LIST_TYPES or ptype.startswith("list"):
                field = forms.CharField(required=required, widget=forms.Textarea(attrs={"rows": 4}), help_text=f"{help_text} ({_('one per line')})", initial="\n".join(default or []) if isinstance(default, list | tuple) else "")
            elif ptype in {"str", "string", "regex", "pattern"}:
                field = forms.CharField(required=required, help_text=help_text, initial=default, max_length=2000)
            else:
                field = forms.CharField(required=required, widget=forms.Textarea(attrs={"rows": 3}), help_text=f"{help_text} (JSON)", initial=json.dumps(default) if default is not None else "")
            field.label = param["name"].replace("_", " ").capitalize()
            field.widget.attrs["data-type"] = ptype
            self.fields[name] = field

    def rule_dict(self) -> dict[str, Any]:
        """The rule as the engine's dict form (validated again by the engine)."""
        data = self.cleaned_data
        params: dict[str, Any] = {}
        for name in self.param_names:
            value = data.get(f"param_{name}")
            ptype = self.fields[f"param_{name}"].widget.attrs.get("data-type", "str")
            if value in (None, ""):
                continue
            if ptype in LIST_TYPES or str(ptype).startswith("list"):
                value = [line.strip() for line in str(value).splitlines() if line.strip()]
            elif ptype not in {"int", "integer", "bool", "boolean", "str", "string", "regex", "pattern"}:
                try:
                    value = json.loads(value)
                except ValueError as exc:
                    raise forms.ValidationError({f"param_{name}": _("Not valid JSON.")}) from exc
            params[name] = value
        return {
            "code": data["code"],
            "kind": self.kind,
            "severity": data["severity"],
            "title": data["title"],
            "explanation": data["explanation"],
            "source": data["source"],
            "languages": list(data["languages"]),
            "params": params,
        }

    @classmethod
    def initial_from_rule(cls, rule: dict[str, Any]) -> dict[str, Any]:
        """Form initial data from a stored rule dict."""
        initial = {k: rule.get(k) for k in ("code", "title", "explanation", "source", "severity", "languages")}
        for name, value in (rule.get("params") or {}).items():
            initial[f"param_{name}"] = "\n".join(value) if isinstance(value, list | tuple) else value
        return initial


class ApproveForm(forms.Form):
    """Approve a pending version, effective now or at a later date."""

    effective_from = forms.DateTimeField(label=_("In force from (UTC, optional)"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
