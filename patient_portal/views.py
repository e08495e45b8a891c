"""Patient pages: they parse input, call one service or selector, and render."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bridge.accounts.current import signed_in_user
from bridge.accounts.models import Role, User
from bridge.accounts.throttle import limit_posts_per_address
from patient_portal import exchange, notifications, selectors, services
from patient_portal import signup as signup_service
from patient_portal.forms import (
    EraseForm,
    FeedbackForm,
    PublicationForm,
    SignupForm,
    UrgentCheckForm,
)

View = Callable[..., HttpResponse]


def patient_required(view: View) -> View:
    """Signed in as a patient; other roles get a 403."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not (isinstance(request.user, User) and request.user.has_role(Role.PATIENT)):
            return render(
                request, "403.html", {"reason": _("This page is for patients.")}, status=403
            )
        return view(request, *args, **kwargs)

    return wrapper


def home(request: HttpRequest) -> HttpResponse:
    """The front page, with the public "Is it urgent?" check."""
    lang = request.LANGUAGE_CODE[:2]
    country = getattr(request.user, "country", "") or ("FR" if lang == "fr" else "GB")
    urgent_form = UrgentCheckForm(initial={"lang": lang, "country": country}, auto_id="urgent_%s")
    return render(
        request,
        "patient_portal/home.html",
        {"recent": selectors.library_entries()[:3], "urgent_form": urgent_form},
    )


@limit_posts_per_address("signup", per_hour=settings.BRIDGE_ANON_FORMS_PER_HOUR)
def signup(request: HttpRequest) -> HttpResponse:
    """Ask for a patient account: the same answer whether the address is free or taken (no enumeration)."""
    form = SignupForm(request.POST or None, initial={"language": request.LANGUAGE_CODE[:2]})
    if request.method == "POST" and form.is_valid():
        try:
            signup_service.patient_signup_request(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                country=form.cleaned_data["country"],
                language=form.cleaned_data["language"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("patient_portal:signup_sent")
    return render(request, "patient_portal/signup.html", {"form": form})


def signup_sent(request: HttpRequest) -> HttpResponse:
    """After a sign-up: check your e-mail (the same page whether the address was free or taken)."""
    return render(request, "patient_portal/signup_sent.html")


def signup_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link from the mail: a page with a button (mail scanners open links; only a POST opens the account)."""
    if request.method == "POST":
        try:
            user = signup_service.patient_signup_confirm(token=token)
        except ValidationError as exc:
            return render(
                request,
                "patient_portal/signup_confirm.html",
                {"error": " ".join(exc.messages)},
                status=400,
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Bridge. You can ask your first question."))
        return redirect("patient_portal:ask")
    return render(request, "patient_portal/signup_confirm.html", {"token": token})


@patient_required
def question_list(request: HttpRequest) -> HttpResponse:
    """The patient's questions."""
    page = Paginator(selectors.question_list_for_patient(patient=request.user), 20).get_page(
        request.GET.get("page")
    )
    unread = notifications.unread_question_ids(user=request.user)
    rows = [(q, selectors.patient_status(q), q.pk in unread) for q in page]
    return render(request, "patient_portal/question_list.html", {"page": page, "rows": rows})


@patient_required
def question_detail(request: HttpRequest, question_id: int) -> HttpResponse:
    """One question: emergency guidance, what doctors see, status, the answer."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    case = question.case
    answer = getattr(case, "answer", None) if case is not None else None
    notifications.notifications_mark_read(
        user=request.user, question_id=question.pk
    )  # seen here: no longer new
    return render(
        request,
        "patient_portal/question_detail.html",
        {
            "question": question,
            "case": case,
            "answer": answer,
            "guidance": selectors.question_guidance(question),
            "safety_net": selectors.question_safety_net(question),
            "can_change": selectors.question_can_change(question),
            "status": selectors.patient_status(question),
            "feedback": getattr(question, "feedback", None),
            "feedback_form": FeedbackForm(
                initial={"rating": getattr(getattr(question, "feedback", None), "rating", None)},
                auto_id="fb_%s",
            ),
            "reports": list(question.reports.all()),
            "exchange": exchange.exchange_for(question),
        },
    )


@patient_required
@require_POST
def question_publication(request: HttpRequest, question_id: int) -> HttpResponse:
    """Opt in or out of publication for one question."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    form = PublicationForm(request.POST)
    if form.is_valid():
        services.question_set_publication(
            patient=signed_in_user(request),
            question=question,
            consent=form.cleaned_data["consent_publication"],
        )
        messages.success(request, _("Your publication choice was saved."))
    return redirect("patient_portal:question_detail", question_id=question.pk)


@patient_required
def notification_list(request: HttpRequest) -> HttpResponse:
    """The patient's notifications; opening the list marks them read (the page still shows which were new)."""
    page = Paginator(notifications.notifications_for(user=request.user), 20).get_page(
        request.GET.get("page")
    )
    rows = list(page)
    notifications.notifications_mark_read(user=request.user)
    return render(
        request,
        "patient_portal/notifications.html",
        {"page": page, "rows": rows, "unread_notifications": 0},
    )


@patient_required
def account(request: HttpRequest) -> HttpResponse:
    """The patient's data: export and erasure."""
    return render(request, "patient_portal/account.html", {"erase_form": EraseForm()})


@patient_required
def export(request: HttpRequest) -> HttpResponse:
    """Download everything Bridge holds about the patient as JSON."""
    response = HttpResponse(
        services.patient_export_json(patient=signed_in_user(request)),
        content_type="application/json",
    )
    response["Content-Disposition"] = 'attachment; filename="bridge-my-data.json"'
    return response


@patient_required
def export_page(request: HttpRequest) -> HttpResponse:
    """The same export as a page to read or print (the browser's Print makes a PDF)."""
    data = services.patient_export(patient=signed_in_user(request))
    return render(
        request, "patient_portal/export.html", {"data": services.export_for_reading(data)}
    )


@patient_required
@require_POST
def erase(request: HttpRequest) -> HttpResponse:
    """Erase the account after the password is confirmed."""
    form = EraseForm(request.POST)
    if form.is_valid() and request.user.check_password(form.cleaned_data["password"]):
        user = request.user
        logout(request)
        services.patient_erase(patient=user)  # type: ignore[arg-type]
        messages.success(request, _("Your account and all your questions were erased."))
        return redirect("home")
    messages.error(request, _("The password was not right; nothing was erased."))
    return render(request, "patient_portal/account.html", {"erase_form": form}, status=400)
