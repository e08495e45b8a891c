"""Helpers for the register tests: run the real command on small files."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command


def import_file(fmt: str, path: Path, *extra: str) -> str:
    """Run `import_register` and return what it printed."""
    out = StringIO()
    call_command(
        "import_register", "--format", fmt, str(path), *extra, stdout=out, stderr=StringIO()
    )
    return out.getvalue()


def register_doctor(
    client: Any, *, full_name: str, email: str, register: str, number: str, specialty: str
) -> Any:
    """Register through the public page, then sign in (registration itself signs no one in), as a doctor would."""
    response = client.post(
        "/join/doctor/",
        {
            "full_name": full_name,
            "email": email,
            "password": "a-long-doctor-passphrase-9",
            "register": register,
            "register_number": number,
            "specialty": specialty,
        },
    )
    client.post("/accounts/login/", {"username": email, "password": "a-long-doctor-passphrase-9"})
    return response
