"""seed_demo keeps its contract with the registers: dr.pending stays pending, matched, waiting for staff."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from doctor_space.models import DoctorProfile, RegisterEntry


@pytest.mark.django_db
def test_seed_demo_seeds_register_rows_and_keeps_the_demo_statuses() -> None:
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)  # idempotent
    assert RegisterEntry.objects.filter(register="rpps", number="10003456786", active=True).exists()
    statuses = dict(DoctorProfile.objects.values_list("user__email", "status"))
    assert statuses["dr.gp@bridge.test"] == statuses["dr.derm@bridge.test"] == "verified"
    pending = DoctorProfile.objects.get(user__email="dr.pending@bridge.test")
    assert pending.status == "pending"
    assert (pending.verification.outcome, pending.verification.step) == ("matched", "staff")
