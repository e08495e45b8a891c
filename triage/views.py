"""Staff view of the queue: depth, time to claim and to answer, escalations."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from triage.selectors import queue_metrics


@staff_member_required
def staff_queue(request: HttpRequest) -> HttpResponse:
    """Queue measures over the last 24 hours and 7 days."""
    return render(request, "triage/staff_queue.html", {"day": queue_metrics(days=1), "week": queue_metrics(days=7)})
