"""Private messages under /doctors/messages/: conversations with unread counts, sending, blocking, reporting."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import selectors
from community.access import community_page
from community.forms import ConversationForm, FlagForm, MessageForm
from community.identity import identity_of, pseudonym_jurisdictions
from community.models import ConversationMember
from community.services import messages as message_services
from community.services import moderation
from community.views.forum import form_errors


@community_page
def inbox(request: HttpRequest) -> HttpResponse:
    """Your conversations (unread counts) and a form to start one."""
    form = ConversationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        handles = [h.strip() for h in form.cleaned_data["recipients"].split(",") if h.strip()]
        found = selectors.doctor_ids_by_handle(handles=handles, exclude=request.user.pk)
        unknown = [h for h in handles if h not in found]
        if unknown:
            form.add_error(
                "recipients",
                _("No verified colleague found for: %(names)s.") % {"names": ", ".join(unknown)},
            )
        else:
            try:
                conversation = message_services.conversation_start(
                    sender=request.user,
                    recipient_ids=list(found.values()),
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                    lang=(request.LANGUAGE_CODE or "en")[:2],
                )
            except ValidationError as exc:
                form_errors(form, exc)
            else:
                return redirect("community_messages:conversation", conversation_id=conversation.pk)
    rows = list(selectors.conversation_list_for(user=request.user)[:100])
    status = 400 if request.method == "POST" else 200
    return render(request, "community/inbox.html", {"rows": rows, "form": form}, status=status)


@community_page
def conversation(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """A conversation you belong to (404 otherwise) and the reply form."""
    form = MessageForm(request.POST or None)
    member = message_services.conversation_member(
        user=request.user, conversation_id=conversation_id
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                message_services.message_send(
                    sender=request.user,
                    conversation_id=conversation_id,
                    body=form.cleaned_data["body"],
                    lang=(request.LANGUAGE_CODE or "en")[:2],
                )
            except ValidationError as exc:
                form_errors(form, exc)
            else:
                return redirect("community_messages:conversation", conversation_id=conversation_id)
        status = 400
    allowed = pseudonym_jurisdictions()
    rows = list(selectors.visible_messages(user=request.user, conversation_id=conversation_id))
    for row in rows:
        row.identity = identity_of(row.sender, allowed)  # type: ignore[attr-defined]
    others = list(
        ConversationMember.objects.filter(conversation_id=conversation_id)
        .exclude(user_id=int(request.user.pk or 0))
        .select_related("user__doctor_profile", "user__community_profile")
    )
    people = [(m.user_id, identity_of(m.user, allowed)) for m in others]
    message_services.conversation_mark_read(user=request.user, conversation_id=conversation_id)
    return render(
        request,
        "community/conversation.html",
        {
            "conversation": member.conversation,
            "rows": rows,
            "form": form,
            "flag_form": FlagForm(),
            "people": people,
            "blocked": selectors.blocked_ids(user=request.user),
        },
        status=status,
    )


@community_page
@require_POST
def block(request: HttpRequest) -> HttpResponse:
    """Block or unblock a colleague."""
    target = request.POST.get("user", "")
    back = request.POST.get("conversation", "")
    if target.isdigit():
        try:
            blocked = message_services.doctor_block(
                blocker=request.user, blocked_id=int(target), block=request.POST.get("block") == "1"
            )
            messages.success(
                request,
                _("Blocked: their messages will not reach you.") if blocked else _("Unblocked."),
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    if back.isdigit():
        return redirect("community_messages:conversation", conversation_id=int(back))
    return redirect("community_messages:inbox")


@community_page
@require_POST
def flag_message(request: HttpRequest, message_id: int) -> HttpResponse:
    """Report a message to the moderators."""
    form = FlagForm(request.POST)
    back = request.POST.get("conversation", "")
    if form.is_valid():
        try:
            moderation.flag_create(
                reporter=request.user, message_id=message_id, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("Thank you: the moderators will review this message."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    if back.isdigit():
        return redirect("community_messages:conversation", conversation_id=int(back))
    return redirect("community_messages:inbox")
