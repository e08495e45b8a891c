"""Committee pages: sets of the member's committees, versions, rule forms per kind, diff, impact, four-eyes approval."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bridge.accounts.models import Role
from guidelines import selectors, services
from guidelines.engine import kind_catalogue
from guidelines.forms import ApproveForm, RuleForm, RuleTryForm
from guidelines.labels import kind_label
from guidelines.models import GuidelineVersion
from guidelines.permissions import can_approve, can_edit, is_committee_member
from guidelines.services import versions_in_force

View = Callable[..., HttpResponse]


def committee_required(view: View) -> View:
    """Signed in, committee member, second factor passed (else sign-in, 2FA, or 403)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return HttpResponseRedirect(f"{reverse('accounts:login')}?next={quote(request.path)}")
        if not user.has_role(Role.COMMITTEE):
            return render(
                request,
                "403.html",
                {"reason": _("This space is for ethics committee members.")},
                status=403,
            )
        if not is_committee_member(request):
            return HttpResponseRedirect(
                f"{reverse('accounts:otp_verify')}?next={quote(request.path)}"
            )
        return view(request, *args, **kwargs)

    return wrapper


@committee_required
def home(request: HttpRequest) -> HttpResponse:
    """The sets of the member's committees."""
    sets = list(selectors.guideline_set_list_for_member(user=request.user))
    inbox = selectors.versions_awaiting_member(user=request.user)
    rows = []
    for guideline_set in sets:
        in_force = [
            v
            for v in versions_in_force(jurisdiction=guideline_set.jurisdiction or "--")
            if v.guideline_set_id == guideline_set.pk
        ]
        rows.append(
            (
                guideline_set,
                in_force[0] if in_force else None,
                guideline_set.versions.order_by("-number")[:5],
            )
        )
    return render(request, "guidelines/home.html", {"rows": rows, "inbox": inbox})


@committee_required
def set_detail(request: HttpRequest, set_id: int) -> HttpResponse:
    """A set's full history."""
    guideline_set = selectors.guideline_set_get_for_member(user=request.user, set_id=set_id)
    return render(
        request,
        "guidelines/set_detail.html",
        {"set": guideline_set, "versions": guideline_set.versions.order_by("-number")},
    )


@committee_required
@require_POST
def draft_create(request: HttpRequest, set_id: int) -> HttpResponse:
    """Start a new draft from the version in force."""
    guideline_set = selectors.guideline_set_get_for_member(user=request.user, set_id=set_id)
    try:
        version = services.guideline_draft_create(actor=request.user, guideline_set=guideline_set)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("guidelines:set", set_id=set_id)
    return redirect("guidelines:version", version_id=version.pk)


def _version_page(
    request: HttpRequest,
    version: GuidelineVersion,
    *,
    tester: RuleTryForm | None = None,
    verdict: Any = None,
) -> HttpResponse:
    impact = (
        services.guideline_version_impact_report(version=version)
        if request.GET.get("impact")
        else None
    )
    return render(
        request,
        "guidelines/version_detail.html",
        {
            "version": version,
            "diff": services.version_diff(version=version),
            "changes": services.rule_changes(version=version),
            "kinds": [{**k, "label": kind_label(str(k["name"]))} for k in kind_catalogue()],
            "impact": impact,
            "can_edit": can_edit(request.user, version.guideline_set) and version.is_editable,
            "can_approve": can_approve(request.user, version.guideline_set)
            and version.status == "pending"
            and request.user.pk not in version.editor_ids
            and request.user.pk != version.created_by_id,
            "approve_form": ApproveForm(),
            "tester": tester or RuleTryForm(),
            "verdict": verdict,
        },
    )


@committee_required
def version_detail(request: HttpRequest, version_id: int) -> HttpResponse:
    """Rules, every new or changed rule in full, actions, the rule tester and (on request) the impact preview."""
    version = selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
    return _version_page(request, version)


@committee_required
@require_POST
def version_try(request: HttpRequest, version_id: int) -> HttpResponse:
    """Try the version's rules on sample text: the verdict a doctor would get (nothing is stored)."""
    version = selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
    form = RuleTryForm(request.POST)
    verdict = None
    if form.is_valid():
        verdict = services.rule_try(
            version=version, text=form.cleaned_data["text"], lang=form.cleaned_data["lang"]
        )
    return _version_page(request, version, tester=form, verdict=verdict)


@committee_required
def rule_edit(request: HttpRequest, version_id: int, code: str | None = None) -> HttpResponse:
    """Add or edit one rule of a draft with the form of its kind."""
    version = selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
    existing = next((r for r in version.rules if r.get("code") == code), None) if code else None
    if code and existing is None:
        return render(request, "404.html", status=404)
    if not version.is_editable:
        if existing is not None:
            # A submitted or approved version is read, not edited: the approver sees the whole rule.
            change = next(
                (c for c in services.rule_changes(version=version) if c["code"] == code), None
            )
            return render(
                request,
                "guidelines/rule_view.html",
                {"version": version, "rule": existing, "change": change},
            )
        messages.error(request, _("Only a draft can be edited; start a new draft instead."))
        return redirect("guidelines:version", version_id=version.pk)
    kind = existing["kind"] if existing else request.GET.get("kind") or request.POST.get("kind", "")
    try:
        form = RuleForm(
            request.POST or None,
            kind=kind,
            initial=RuleForm.initial_from_rule(existing) if existing else None,
        )
    except ValueError:
        messages.error(request, _("Choose a rule kind from the catalogue."))
        return redirect("guidelines:version", version_id=version.pk)
    if request.method == "POST" and form.is_valid():
        try:
            rule = form.rule_dict()
            rules = (
                [r for r in version.rules if r.get("code") != code] if code else list(version.rules)
            )
            rules.append(rule)
            services.guideline_draft_update(actor=request.user, version=version, rules=rules)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        except PermissionDenied:
            return render(request, "403.html", status=403)
        else:
            messages.success(request, _("Rule saved in the draft."))
            return redirect("guidelines:version", version_id=version.pk)
    return render(
        request,
        "guidelines/rule_form.html",
        {"form": form, "version": version, "kind": kind, "code": code},
    )


@committee_required
def rule_delete(request: HttpRequest, version_id: int, code: str) -> HttpResponse:
    """Remove a rule from a draft, after a confirmation page (GET asks, POST removes)."""
    version = selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
    rule = next((r for r in version.rules if r.get("code") == code), None)
    if rule is None:
        return render(request, "404.html", status=404)
    if request.method != "POST":
        return render(request, "guidelines/rule_delete.html", {"version": version, "rule": rule})
    try:
        services.guideline_draft_update(
            actor=request.user,
            version=version,
            rules=[r for r in version.rules if r.get("code") != code],
        )
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, str(exc))
    return redirect("guidelines:version", version_id=version.pk)


@committee_required
@require_POST
def version_action(request: HttpRequest, version_id: int, action: str) -> HttpResponse:
    """Submit, approve or send back a version."""
    version = selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
    try:
        if action == "submit":
            services.guideline_version_submit(actor=request.user, version=version)
            messages.success(request, _("Submitted: a second committee member must approve it."))
        elif action == "approve":
            form = ApproveForm(request.POST)
            effective = form.cleaned_data.get("effective_from") if form.is_valid() else None
            services.guideline_version_approve(
                actor=request.user, version=version, effective_from=effective
            )
            messages.success(request, _("Approved."))
        elif action == "return":
            services.guideline_version_return_to_draft(
                actor=request.user, version=version, reason=request.POST.get("reason", "")
            )
            messages.info(request, _("Sent back to draft."))
        else:
            return render(request, "404.html", status=404)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except PermissionDenied:
        return render(
            request,
            "403.html",
            {"reason": _("You are not a member of this set's committee.")},
            status=403,
        )
    return redirect("guidelines:version", version_id=version.pk)
