"""`import_register` as a service: load the file, mark who disappeared, suspend the doctors who left."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone

from bridge.audit.services import audit_record
from doctor_space.models import DoctorProfile, RegisterEntry, RegisterImport
from doctor_space.registry.formats import Parsed
from doctor_space.registry.loader import LoadCounts, register_stage_and_merge
from doctor_space.registry.services import (
    doctor_suspend,
    doctors_back_on_register,
    doctors_left_register,
)


class MassRemovalRefused(Exception):
    """The file would remove so much of the register that it is probably truncated."""


def _too_many(count: int, of: int, *, floor: int, share: float) -> bool:
    return count > max(floor, of * share)


@transaction.atomic
def register_import(
    *,
    register: str,
    rows: Iterable[Parsed],
    source_name: str,
    allow_mass_removal: bool = False,
    progress: Callable[[int], None] | None = None,
) -> tuple[RegisterImport, LoadCounts]:
    """Import one extract in one transaction: a refused or failed import changes nothing."""
    previously_active = RegisterEntry.objects.filter(register=register, active=True).count()
    counts, mark_missing = register_stage_and_merge(register=register, rows=rows, progress=progress)
    # A truncated download must not strike off half the register and suspend its doctors.
    if not allow_mass_removal and _too_many(
        counts.disappeared, previously_active, floor=50, share=0.05
    ):
        raise MassRemovalRefused(
            f"{counts.disappeared} of {previously_active} register entries would disappear; "
            "the file looks incomplete. Re-run with --allow-mass-removal if it is right."
        )
    mark_missing()
    leaving = list(doctors_left_register(register=register).select_related("user"))
    verified = DoctorProfile.objects.filter(
        register=register, status=DoctorProfile.Status.VERIFIED
    ).count()
    if not allow_mass_removal and _too_many(len(leaving), verified, floor=20, share=0.10):
        raise MassRemovalRefused(
            f"{len(leaving)} of {verified} verified doctors would be suspended; "
            "re-run with --allow-mass-removal if the file is complete."
        )
    for profile in leaving:
        doctor_suspend(profile=profile, reason="left_register")
    doctors_back_on_register(register=register)
    run = RegisterImport.objects.create(
        register=register,
        source_name=source_name[:255],
        finished_at=timezone.now(),
        rows_read=counts.rows_read,
        rows_skipped=sum(counts.skipped.values()),
        added=counts.added,
        updated=counts.updated,
        disappeared=counts.disappeared,
        suspended=len(leaving),
    )
    audit_record(
        actor=None,
        action="register.imported",
        target=run,
        data={
            "register": register,
            "added": counts.added,
            "updated": counts.updated,
            "disappeared": counts.disappeared,
            "suspended": len(leaving),
        },
    )
    return run, counts
