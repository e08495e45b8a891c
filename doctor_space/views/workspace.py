"""The case workspace: the question, the doctor's draft, the live check with highlighted violations, publishing, leak reports."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bridge.templatetags.bridge_text import specialty_label
from doctor_space import services
from doctor_space.access import closed_space_view
from doctor_space.forms import AnswerForm, DoctorMessageForm, LeakForm, ReferForm, SnippetPickForm
from doctor_space.leaks import leak_report
from doctor_space.snippets import snippet_insert, snippets_of
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable


def _warning_rules(violations: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(str(v["rule"]), str(v["message"])) for v in violations if v.get("severity") == "warn"]


@closed_space_view
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    """The case workspace: anonymised question, lease, the doctor's own draft, the live check."""
    case = case_get_for_doctor(doctor=request.user, case_id=case_id)
    draft = services.draft_get(doctor=request.user, case=case)
    form = AnswerForm(
        initial={"text": draft.text if draft else "", "title": draft.title if draft else ""}
    )
    return _render_case(request, case, form, None)


def highlight_segments(
    text: str, spans: list[tuple[int, int, str, str]]
) -> list[tuple[str, str, str]]:
    """Cut the answer into (text, severity, rules) pieces so that violations show at their spans.

    Overlapping marks stack: the text is cut at every span boundary and each piece names every rule covering
    it, with the strongest severity (a whole-sentence warning never hides a blocking span inside it).
    """
    marks = [(s, e, sev, rule) for s, e, sev, rule in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _e, _v, _r in marks), *(e for _s, e, _v, _r in marks)})
    pieces: list[tuple[str, str, str]] = []
    for start, end in pairwise(cuts):
        covering = [(sev, rule) for s, e, sev, rule in marks if s <= start and end <= e]
        severity = (
            ("block" if any(sev == "block" for sev, _r in covering) else "warn") if covering else ""
        )
        rules = " ".join(dict.fromkeys(rule for _sev, rule in covering))
        if pieces and pieces[-1][1:] == (severity, rules):
            pieces[-1] = (pieces[-1][0] + text[start:end], severity, rules)
        else:
            pieces.append((text[start:end], severity, rules))
    return pieces


def _snippet_form(request: HttpRequest) -> SnippetPickForm | None:
    snippets = list(snippets_of(doctor=request.user))
    return SnippetPickForm(snippets=snippets) if snippets else None


def _render_case(
    request: HttpRequest,
    case: Any,
    form: AnswerForm,
    outcome: Any,
    status: int = 200,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    holds = case.status == "claimed" and case.claimed_by_id == request.user.pk
    template = (
        "doctor_space/_verdict.html"
        if request.headers.get("X-Live-Check")
        else "doctor_space/case.html"
    )
    # The offsets point into the exact text that was checked (cleaned: NFC, LF line ends, no control
    # characters), not into the raw form value: show and cut that text.
    text = outcome.text if outcome and outcome.text else form.initial.get("text") or ""
    violations = (
        [
            v.to_dict()
            | {
                "explanation": v.explanation,
                "source": v.source,
                "excerpt": text[v.start : v.end][:200],
            }
            for v in outcome.verdict.violations
        ]
        if outcome
        else []
    )
    segments = (
        highlight_segments(
            text, [(v.start, v.end, v.severity, v.rule) for v in outcome.verdict.violations]
        )
        if outcome and outcome.verdict.violations
        else []
    )
    return render(
        request,
        template,
        {
            "segments": segments,
            "case": case,
            "form": form,
            "holds": holds,
            "outcome": outcome,
            "violations": violations,
            "refer_form": ReferForm(),
            "leak_form": LeakForm(auto_id="leak_%s"),
            "specialty_label": specialty_label(case.specialty),
            "answer": getattr(case, "answer", None),
            "snippet_form": _snippet_form(request) if holds else None,
            "case_messages": list(case.messages.select_related("reply")),
            "message_form": DoctorMessageForm(auto_id="msg_%s"),
            **(extra or {}),
        },
        status=status,
    )


@closed_space_view
@require_POST
def answer(request: HttpRequest, case_id: int) -> HttpResponse:
    """Save, check, or publish the answer (publishing re-checks the exact text)."""
    case = case_get_for_doctor(doctor=request.user, case_id=case_id)
    action = request.POST.get("action", "check")
    pre = AnswerForm(request.POST)
    pre.fields["acknowledged"].choices = [(c, c) for c in request.POST.getlist("acknowledged")]  # type: ignore[attr-defined]
    if not pre.is_valid():
        return _render_case(request, case, pre, None, status=400)
    text = pre.cleaned_data["text"]
    title = pre.cleaned_data["title"]
    if action == "publish" and not title.strip():
        pre.add_error("title", _("Write a plain title for the library before publishing."))
        return _render_case(request, case, pre, None, status=400)
    title_problems: tuple[Any, ...] = ()
    try:
        if action == "insert_snippet":
            # The snippet joins the draft; the check below covers it like any text the doctor typed.
            picked = SnippetPickForm(request.POST, snippets=list(snippets_of(doctor=request.user)))
            if not picked.is_valid() or not picked.cleaned_data["snippet"]:
                messages.error(request, _("Choose one of your snippets to insert."))
                services.draft_save(doctor=request.user, case_id=case_id, text=text, title=title)
                return redirect("doctor_space:case", case_id=case_id)
            text = snippet_insert(
                doctor=request.user,
                case_id=case_id,
                text=text,
                snippet_id=picked.cleaned_data["snippet"],
            ).text
            services.draft_save(doctor=request.user, case_id=case_id, text=text, title=title)
            outcome = services.answer_dry_run(doctor=request.user, case_id=case_id, text=text)
        elif action == "save":
            services.draft_save(doctor=request.user, case_id=case_id, text=text, title=title)
            messages.success(request, _("Draft saved."))
            return redirect("doctor_space:case", case_id=case_id)
        if action == "publish":
            result = services.answer_publish(
                doctor=request.user,
                case_id=case_id,
                text=text,
                acknowledged_rules=pre.cleaned_data["acknowledged"],
                acknowledgement_reason=pre.cleaned_data["acknowledgement_reason"],
                title=title,
            )
            if result.answer is not None:
                messages.success(request, _("Your answer passed the guidelines and was published."))
                if result.greeting_name_removed:
                    messages.info(
                        request,
                        _(
                            "The library copy greets without the asker's name: "
                            "it opens with a neutral greeting instead."
                        ),
                    )
                return redirect("doctor_space:case", case_id=case_id)
            outcome = result.outcome
            title_problems = result.title_violations
            if title_problems:
                messages.error(
                    request, _("The answer was not published: its title breaks the guidelines.")
                )
            elif outcome.verdict.passed:
                messages.warning(request, _("Acknowledge each warning before publishing."))
            else:
                messages.error(
                    request, _("The answer was not published: it breaks the guidelines below.")
                )
        else:
            services.draft_save(doctor=request.user, case_id=case_id, text=text, title=title)
            outcome = services.answer_dry_run(doctor=request.user, case_id=case_id, text=text)
    except CaseUnavailable:
        messages.error(
            request, _("You no longer hold this case (the lease expired or it was answered).")
        )
        return redirect("doctor_space:case", case_id=case_id)
    except ValidationError as exc:
        pre.add_error(None, exc)
        return _render_case(request, case, pre, None, status=400)
    violations = [v.to_dict() for v in outcome.verdict.violations]
    form = AnswerForm(
        initial={
            "text": outcome.text or text,
            "title": title,
            "acknowledged": pre.cleaned_data["acknowledged"],
        },
        warning_rules=_warning_rules(violations),
    )
    if (
        title_problems
    ):  # an unbound form: set its title errors directly (add_error needs cleaned data)
        form.errors["title"] = form.error_class([f"{v.rule}: {v.message}" for v in title_problems])
    failed = not outcome.verdict.passed or bool(title_problems)
    return _render_case(request, case, form, outcome, status=422 if failed else 200)


@closed_space_view
@require_POST
def report_leak(request: HttpRequest, case_id: int) -> HttpResponse:
    """Mark words of the question as an identifier: they are redacted at once wherever doctors read it."""
    case_get_for_doctor(doctor=request.user, case_id=case_id)
    form = LeakForm(request.POST)
    if form.is_valid():
        try:
            outcome = leak_report(doctor=request.user, case_id=case_id, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request,
                _(
                    "Thank you: the identifier was replaced in the question (%(n)d times) and in drafts (%(d)d times)."
                )
                % {"n": outcome.in_case, "d": outcome.in_drafts},
            )
            if outcome.answer_blocked:
                messages.warning(
                    request,
                    _(
                        "The published answer holds these words too, but its redacted text no longer "
                        "passes the guidelines it was published under: it was left as it was, and the audit "
                        "log records it for staff."
                    ),
                )
            elif outcome.in_answer or outcome.elsewhere:
                messages.info(
                    request,
                    _(
                        "Also replaced in the published answer and its library title (%(a)d times) and in "
                        "other copies of the case (%(e)d times)."
                    )
                    % {"a": outcome.in_answer, "e": outcome.elsewhere},
                )
    else:
        messages.error(
            request,
            _("Copy the identifier exactly as it appears in the question (2 to 120 characters)."),
        )
    return redirect("doctor_space:case", case_id=case_id)
