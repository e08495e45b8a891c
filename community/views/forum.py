"""Forum pages under /doctors/forum/: spaces, threads, replies, search, case questions, notifications, images."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import selectors
from community.access import community_page, is_moderator
from community.forms import AskColleagueForm, FlagForm, IdentityForm, PostForm, ThreadForm
from community.identity import identity_of, pseudonym_allowed, pseudonym_jurisdictions
from community.models import CommunityProfile
from community.services import forum, moderation
from community.services.notify import notifications_mark_read
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable

PAGE_SIZE = 25


def form_errors(form: Any, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form (field errors where the field exists)."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _with_identities(
    items: list[Any],
    attr: str = "author",
    allowed: frozenset[str] | None = None,
    quotes: bool = False,
) -> list[Any]:
    allowed = pseudonym_jurisdictions() if allowed is None else allowed
    for item in items:
        item.identity = identity_of(getattr(item, attr), allowed)
        quote = item.quote if quotes else None  # selected with the posts of a thread page only
        if quote is not None:
            quote.identity = identity_of(quote.author, allowed)
    return items


@community_page
def home(request: HttpRequest) -> HttpResponse:
    """The spaces, the latest threads, and the search box."""
    threads = list(selectors.thread_list_for(user=request.user)[:20])
    for thread in threads:
        thread.unread = selectors.is_unread(thread)  # type: ignore[attr-defined]
    return render(
        request,
        "community/home.html",
        {
            "spaces": forum.spaces(),
            "threads": _with_identities(threads),
            "unread": selectors.unread_notification_count(user=request.user),
        },
    )


@community_page
def space(request: HttpRequest, space: str) -> HttpResponse:
    """The threads of one space, paginated, and a form to start one."""
    if space not in forum.spaces():
        raise Http404
    page = Paginator(selectors.thread_list_for(user=request.user, space=space), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    threads = _with_identities(list(page.object_list))
    for thread in threads:
        thread.unread = selectors.is_unread(thread)
    form = ThreadForm(initial={"lang": (request.LANGUAGE_CODE or "en")[:2]})
    return render(
        request,
        "community/space.html",
        {"space": space, "page": page, "threads": threads, "form": form},
    )


@community_page
def thread_new(request: HttpRequest, space: str) -> HttpResponse:
    """Start a thread in a space."""
    if space not in forum.spaces():
        raise Http404
    form = ThreadForm(
        request.POST or None,
        request.FILES or None,
        initial={"lang": (request.LANGUAGE_CODE or "en")[:2]},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            thread = forum.thread_create(
                author=request.user,
                space=space,
                title=data["title"],
                body=data["body"],
                lang=data["lang"],
                image=data["image"],
            )
        except ValidationError as exc:
            form_errors(form, exc)
        else:
            return redirect("community:thread", thread_id=thread.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "community/thread_new.html", {"space": space, "form": form}, status=status
    )


def _thread_page(
    request: HttpRequest, thread_id: int, form: PostForm | None = None, status: int = 200
) -> HttpResponse:
    thread = forum.thread_get(thread_id=thread_id)
    paginator = Paginator(selectors.posts_for(user=request.user, thread=thread), PAGE_SIZE)
    paginator.count = (
        thread.post_count
    )  # kept by the services; hidden posts keep their place (one COUNT less)
    page = paginator.get_page(request.GET.get("page"))
    allowed = pseudonym_jurisdictions()
    posts = _with_identities(list(page.object_list), allowed=allowed, quotes=True)
    following = forum.thread_mark_read(user=request.user, thread=thread)
    quote_id = request.GET.get("quote")
    form = form or PostForm(
        initial={"quote": quote_id if quote_id and quote_id.isdigit() else None}
    )
    holds_case = bool(thread.case_id and thread.author_id == request.user.pk)
    return render(
        request,
        "community/thread.html",
        {
            "thread": thread,
            "author": identity_of(thread.author, allowed),
            "page": page,
            "posts": posts,
            "form": form,
            "flag_form": FlagForm(),
            "following": following,
            "holds_case": holds_case,
            "moderator": is_moderator(request.user),
        },
        status=status,
    )


@community_page
def thread(request: HttpRequest, thread_id: int) -> HttpResponse:
    """A thread's posts (hidden ones say so), the reply form, follow."""
    return _thread_page(request, thread_id)


@community_page
@require_POST
def reply(request: HttpRequest, thread_id: int) -> HttpResponse:
    """Post a reply; a blocked reply comes back with one message per broken rule and the text kept."""
    form = PostForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            post = forum.post_create(
                author=request.user,
                thread_id=thread_id,
                body=data["body"],
                quote_id=data["quote"],
                image=data["image"],
            )
        except ValidationError as exc:
            form_errors(form, exc)
        else:
            if post.images.filter(status="held").exists():
                messages.info(
                    request,
                    _(
                        "Your image shows a face: a moderator will review it before colleagues see it."
                    ),
                )
            return redirect("community:thread", thread_id=thread_id)
    return _thread_page(request, thread_id, form, status=400)


@community_page
@require_POST
def follow(request: HttpRequest, thread_id: int) -> HttpResponse:
    """Follow or stop following a thread."""
    forum.thread_follow(
        user=request.user, thread_id=thread_id, following=request.POST.get("following") == "1"
    )
    return redirect("community:thread", thread_id=thread_id)


@community_page
@require_POST
def flag_post(request: HttpRequest, post_id: int) -> HttpResponse:
    """Report a post to the moderators."""
    form = FlagForm(request.POST)
    thread_id = request.POST.get("thread", "")
    if form.is_valid():
        try:
            moderation.flag_create(
                reporter=request.user, post_id=post_id, reason=form.cleaned_data["reason"]
            )
            messages.success(
                request,
                _(
                    "Thank you: the moderators will review this post. You will see the outcome under “My reports”."
                ),
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        messages.error(request, _("Say briefly what is wrong."))
    if thread_id.isdigit():
        return redirect("community:thread", thread_id=int(thread_id))
    return redirect("community:flags")


@community_page
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over visible posts."""
    query = request.GET.get("q", "")
    page = Paginator(selectors.search_posts(user=request.user, query=query), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "community/search.html",
        {"q": query, "page": page, "posts": _with_identities(list(page.object_list))},
    )


@community_page
def ask(request: HttpRequest, case_id: int) -> HttpResponse:
    """Ask a colleague of another specialty about a case you hold (the anonymised text goes with it)."""
    case = case_get_for_doctor(doctor=request.user, case_id=case_id)
    form = AskColleagueForm(
        request.POST or None, initial={"specialty": request.GET.get("specialty")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            thread = forum.case_question_ask(
                doctor=request.user, case_id=case_id, **form.cleaned_data
            )
        except CaseUnavailable:
            messages.error(
                request, _("Only the doctor who holds the case can ask colleagues about it.")
            )
            return redirect("doctor_space:case", case_id=case_id)
        except ValidationError as exc:
            form_errors(form, exc)
        else:
            messages.success(
                request, _("Your question was sent to the colleagues of that specialty.")
            )
            return redirect("community:thread", thread_id=thread.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "community/ask.html", {"case": case, "form": form}, status=status)


@community_page
def notifications(request: HttpRequest) -> HttpResponse:
    """Your notifications; POST marks them all read."""
    if request.method == "POST":
        notifications_mark_read(user=request.user)
        return redirect("community:notifications")
    rows = list(selectors.notifications_for(user=request.user)[:100])
    return render(request, "community/notifications.html", {"notifications": rows})


@community_page
def flags(request: HttpRequest) -> HttpResponse:
    """The reports you made and what the moderators decided."""
    return render(
        request,
        "community/flags.html",
        {"flags": list(selectors.flags_of(user=request.user)[:100])},
    )


@community_page
def identity(request: HttpRequest) -> HttpResponse:
    """How you appear to colleagues (name or verified pseudonym) and your e-mail preference."""
    current = CommunityProfile.objects.filter(user_id=int(request.user.pk or 0)).first()
    initial = (
        {
            "pseudonym": current.pseudonym,
            "use_pseudonym": current.use_pseudonym,
            "email_notifications": current.email_notifications,
        }
        if current
        else {"email_notifications": True}
    )
    form = IdentityForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            forum.community_profile_update(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("community:identity")
    profile = request.user.doctor_profile  # type: ignore[union-attr]
    return render(
        request,
        "community/identity.html",
        {"form": form, "pseudonym_allowed": pseudonym_allowed(profile), "profile": profile},
    )


@community_page
def image(request: HttpRequest, image_id: int) -> HttpResponse:
    """An image, only inside the closed space, never cached by shared caches, never sniffed."""
    row = selectors.image_for(user=request.user, image_id=image_id)
    response = HttpResponse(bytes(row.data), content_type=row.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = (
        f'inline; filename="image-{row.pk}.{row.content_type.split("/")[-1]}"'
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
