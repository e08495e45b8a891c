"""A question's pages: ask (guidance at once, valid or not), preview and send, edit, withdraw, delete;
and the public "Is it urgent?" check, which needs no account and stores nothing.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bridge.accounts.current import signed_in_user
from patient_portal import selectors, services
from patient_portal.forms import EditForm, QuestionForm, SendForm, UrgentCheckForm, WordsForm
from patient_portal.models import Question
from patient_portal.redaction import Redaction, parse_phrases
from patient_portal.screen import urgency_check
from patient_portal.throttles import UrgentCheckThrottle
from patient_portal.views import patient_required
from triage.core import SPECIALTIES, emergency_guidance
from triage.selectors import typical_answer_times


def _add_errors(form: Any, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def ask(request: HttpRequest) -> HttpResponse:
    """Ask a question; a visitor without an account gets the public "Is it urgent?" check first."""
    if not request.user.is_authenticated:
        lang = request.LANGUAGE_CODE[:2]
        urgent_form = UrgentCheckForm(
            initial={"lang": lang, "country": "FR" if lang == "fr" else "GB"}, auto_id="urgent_%s"
        )
        return render(request, "patient_portal/ask_anonymous.html", {"urgent_form": urgent_form})
    return _ask(request)


@patient_required
def _ask(request: HttpRequest) -> HttpResponse:
    """Ask a question. Red flags and the safety screen run on every submission, valid or not."""
    lang = request.LANGUAGE_CODE[:2]
    user: Any = request.user
    form = QuestionForm(
        request.POST or None, initial={"lang": lang, "country": user.country}, lang=lang
    )
    guidance = None
    safety_net: tuple[str, ...] = ()
    if request.method == "POST":
        data = form.data
        urgency = urgency_check(
            data.get("text", ""),
            data.get("lang") or lang,
            data.get("country") or user.country,
            form.raw_answers(),
        )
        guidance, safety_net = urgency.guidance, urgency.safety_net
        if request.POST.get("action") == "check":
            # "Is it urgent?" without JavaScript: the check only, no error, nothing stored.
            form = QuestionForm(initial=request.POST.dict(), lang=lang)
            return render(
                request,
                "patient_portal/ask.html",
                {
                    "form": form,
                    "guidance": guidance,
                    "safety_net": safety_net,
                    "checked": True,
                    "answer_times": _answer_times(lang),
                },
            )
        if form.is_valid():
            cleaned = form.cleaned_data
            try:
                question = services.question_submit(
                    patient=user,
                    text=cleaned["text"],
                    lang=cleaned["lang"],
                    consent_publication=cleaned["consent_publication"],
                    age=cleaned["age"],
                    sex=cleaned["sex"] or "",
                    specialty_hint=cleaned["specialty_hint"] or "",
                    client_token=cleaned["client_token"] or "",
                    safety_answers=form.raw_answers(),
                    country=cleaned["country"] or user.country,
                )
            except ValidationError as exc:
                _add_errors(form, exc)
            else:
                return redirect("patient_portal:question_preview", question_id=question.pk)
    return render(
        request,
        "patient_portal/ask.html",
        {
            "form": form,
            "guidance": guidance,
            "safety_net": safety_net,
            "answer_times": _answer_times(lang),
        },
    )


def _answer_times(lang: str) -> dict[str, Any]:
    """The measured waits for the ask page: overall, and per specialty in the page's language."""
    times = typical_answer_times(
        last_n=settings.BRIDGE_ANSWER_TIME_SAMPLE, min_cases=settings.BRIDGE_ANSWER_TIME_MIN_CASES
    )
    overall = next((t for t in times if not t.specialty), None)
    rows = [
        (SPECIALTIES.get(t.specialty, {}).get(lang, t.specialty), t) for t in times if t.specialty
    ]
    return {"overall": overall, "rows": rows}


def _unique(words: list[str]) -> list[str]:
    return list({w.casefold(): w for w in words}.values())


def _render_preview(
    request: HttpRequest,
    question: Question,
    redaction: Redaction,
    words: WordsForm,
    status: int = 200,
) -> HttpResponse:
    guidance = selectors.question_guidance(question)
    return render(
        request,
        "patient_portal/preview.html",
        {
            "question": question,
            "redaction": redaction,
            "words": words,
            "send": SendForm(initial={"fingerprint": redaction.fingerprint}),
            "guidance": guidance,
            "safety_net_line": selectors.question_safety_net(question),
        },
        status=status,
    )


def _words_form(question: Question, redaction: Redaction, data: Any = None) -> WordsForm:
    possible = _unique([s.original for s in redaction.possible])
    redacted = _unique([s.original for s in redaction.redacted] + list(question.restored_phrases))
    return WordsForm(
        data,
        possible=possible,
        redacted=redacted,
        initial={
            "hide": ", ".join(question.hidden_phrases),
            "restore": list(question.restored_phrases),
        },
    )


@patient_required
def preview(request: HttpRequest, question_id: int) -> HttpResponse:
    """What doctors will see: hide more words, show a word hidden by mistake, then send."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    if question.status != Question.Status.DRAFT:
        return redirect("patient_portal:question_detail", question_id=question.pk)
    redaction = services.question_preview(question=question)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "send":
        send = SendForm(request.POST)
        try:
            if not send.is_valid():
                raise ValidationError(_("Check the preview again, then send."))
            services.question_confirm(
                patient=signed_in_user(request),
                question_id=question.pk,
                fingerprint=send.cleaned_data["fingerprint"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return _render_preview(
                request, question, redaction, _words_form(question, redaction), status=409
            )
        messages.success(
            request, _("Your question was sent to the doctors. This is what they see.")
        )
        return redirect("patient_portal:question_detail", question_id=question.pk)
    if action == "update":
        words = _words_form(question, redaction, request.POST)
        if words.is_valid():
            restore = words.cleaned_data["restore"]
            restored_keys = {w.casefold() for w in restore}
            hidden = [
                p
                for p in parse_phrases(words.cleaned_data["hide"])
                + words.cleaned_data["hide_possible"]
                if p.casefold() not in restored_keys
            ]
            services.question_choose_words(
                patient=signed_in_user(request),
                question_id=question.pk,
                hidden=hidden,
                restored=restore,
            )
            messages.success(
                request, _("The preview was updated. Check it, then send it to the doctors.")
            )
            return redirect("patient_portal:question_preview", question_id=question.pk)
        return _render_preview(request, question, redaction, words, status=400)
    return _render_preview(request, question, redaction, _words_form(question, redaction))


@patient_required
def edit(request: HttpRequest, question_id: int) -> HttpResponse:
    """Change the words of a question no doctor has claimed; it goes back to the preview."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    form = EditForm(request.POST or None, initial={"text": question.text})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.question_edit(
                    patient=signed_in_user(request),
                    question_id=question.pk,
                    text=form.cleaned_data["text"],
                )
            except ValidationError as exc:
                _add_errors(form, exc)
            else:
                messages.success(
                    request,
                    _(
                        "Your question was changed. Check what doctors will see, then send it again."
                    ),
                )
                return redirect("patient_portal:question_preview", question_id=question.pk)
    guidance = (
        urgency_check(form.data.get("text", ""), question.lang, question.country).guidance
        if form.is_bound
        else None
    )
    return render(
        request,
        "patient_portal/edit.html",
        {"form": form, "question": question, "guidance": guidance},
        status=status,
    )


@patient_required
@require_POST
def withdraw(request: HttpRequest, question_id: int) -> HttpResponse:
    """Withdraw a question no doctor has claimed: it leaves the queue."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    try:
        services.question_withdraw(patient=signed_in_user(request), question_id=question.pk)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Your question was withdrawn. No doctor will see it."))
    return redirect("patient_portal:question_detail", question_id=question.pk)


@patient_required
def delete(request: HttpRequest, question_id: int) -> HttpResponse:
    """Delete one question for good (after a confirmation page)."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    if request.method == "POST":
        services.question_delete(patient=signed_in_user(request), question_id=question.pk)
        messages.success(request, _("Your question and everything derived from it were deleted."))
        return redirect("patient_portal:question_list")
    return render(request, "patient_portal/delete.html", {"question": question})


def urgent_check(request: HttpRequest) -> HttpResponse:
    """Public "Is it urgent?": red flags on a text, the numbers of the chosen country. Stores nothing."""
    lang = request.LANGUAGE_CODE[:2]
    user: Any = request.user
    country = getattr(user, "country", "") or ("FR" if lang == "fr" else "GB")
    form = UrgentCheckForm(request.POST or None, initial={"lang": lang, "country": country})
    result = None
    status = 200
    if request.method == "POST":
        if not UrgentCheckThrottle().allow_request(request, None):  # type: ignore[arg-type]
            # No check for now, but never no numbers: the chosen country's, tap to call.
            numbers = emergency_guidance(str(form.data.get("country") or country), lang)
            return render(
                request,
                "patient_portal/urgent.html",
                {"form": form, "throttled": True, "guidance": numbers},
                status=429,
            )
        if form.is_valid():
            result = urgency_check(
                form.cleaned_data["text"], form.cleaned_data["lang"], form.cleaned_data["country"]
            )
        else:
            status = 400
    context = {
        "form": form,
        "result": result,
        "guidance": result.guidance if result else None,
        "safety_net": result.safety_net if result else (),
    }
    return render(request, "patient_portal/urgent.html", context, status=status)
