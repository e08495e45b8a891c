"""Staff view of the queue: depth, time to claim and to answer, escalations."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from bridge.accounts.decorators import staff_with_second_factor
from triage.selectors import leak_reports_per_week, queue_metrics


@staff_with_second_factor
def staff_queue(request: HttpRequest) -> HttpResponse:
    """Queue measures over the last 24 hours and 7 days; doctors' leak reports per week."""
    return render(
        request,
        "triage/staff_queue.html",
        {
            "day": queue_metrics(days=1),
            "week": queue_metrics(days=7),
            "leaks": leak_reports_per_week(),
        },
    )
