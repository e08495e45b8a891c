"""Seed the fault suite's template database: patients and doctors with API tokens (printed as JSON)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bridge.settings")

import django

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from bridge.accounts.models import Role, User  # noqa: E402
from bridge.accounts.services import api_token_issue  # noqa: E402
from doctor_space.models import DoctorProfile  # noqa: E402
from guidelines.services import guideline_sets_seed  # noqa: E402


def main(patients: int, doctors: int) -> None:
    guideline_sets_seed()
    patient_group, _ = Group.objects.get_or_create(name=Role.PATIENT)
    doctor_group, _ = Group.objects.get_or_create(name=Role.DOCTOR)
    out: dict[str, list[str]] = {"patients": [], "doctors": []}
    for i in range(patients):
        user = User.objects.create_user(
            email=f"patient{i}@faults.example.org", password=None, country="GB"
        )
        user.groups.add(patient_group)
        out["patients"].append(api_token_issue(user=user, second_factor=False)[0])
    for i in range(doctors):
        user = User.objects.create_user(
            email=f"doctor{i}@faults.example.org", password=None, country="GB"
        )
        user.groups.add(doctor_group)
        DoctorProfile.objects.create(
            user=user,
            full_name=f"Doctor {i}",
            register="gmc",
            register_number=str(7100000 + i),
            jurisdiction="GB",
            specialty="general_practice",
            status=DoctorProfile.Status.VERIFIED,
            verified_at=timezone.now(),
        )
        TOTPDevice.objects.create(user=user, name="faults", confirmed=True)
        out["doctors"].append(api_token_issue(user=user, second_factor=True)[0])
    print(json.dumps(out))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
