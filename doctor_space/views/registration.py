"""Public doctor registration (no sign-in here; staff verify against the register)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from bridge.accounts.throttle import limit_posts_per_address
from doctor_space import services
from doctor_space.forms import DoctorRegistrationForm


@limit_posts_per_address("signup", per_hour=settings.BRIDGE_ANON_FORMS_PER_HOUR)
def register(request: HttpRequest) -> HttpResponse:
    """Public: register as a doctor; staff verify against the register before the space opens.

    The answer is the same whether the e-mail or number was free or taken (no sign-in here, the
    person signs in next and sets up the second factor): registration reveals no one's account.
    """
    form = DoctorRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.doctor_register(**form.cleaned_data, language=request.LANGUAGE_CODE)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            return redirect("doctor_public:pending")
    return render(request, "doctor_space/register.html", {"form": form})
