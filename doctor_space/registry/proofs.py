"""Proofs of control: register numbers are public, so a match alone never verifies anyone.

Each proof is one class with the same small interface; `PROOFS` lists them in order of preference and the
first one available for a register entry is used. A national login (France's Pro Santé Connect, an OpenID
Connect provider) would be one more class here: `available` when the entry's register is the one the
provider vouches for, `start` redirecting to the provider, and its callback calling `proof_passed`.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Protocol

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from doctor_space.models import ProofCode, RegisterEntry, Verification

CODE_VALIDITY = timedelta(hours=24)
CODE_MAX_ATTEMPTS = 5


class Proof(Protocol):
    """One way for a doctor to show they control the identity the register lists."""

    method: str
    label: Promise

    def available(self, entry: RegisterEntry) -> bool:
        """Whether this proof can be used for this register entry."""

    def start(self, verification: Verification) -> None:
        """Begin the proof (send a code, ask staff...); sets the verification's step."""


def code_digest(code: str) -> str:
    """What is stored of a code: a keyed hash, so a database reader cannot use pending codes."""
    return salted_hmac("bridge.doctor_space.proof_code", code).hexdigest()


class EmailCodeProof:
    """A one-time code sent to the professional e-mail that the register publishes."""

    method: str = "email_code"
    label: Promise = _("a code sent to the professional e-mail address listed on the register")

    def available(self, entry: RegisterEntry) -> bool:
        return bool(entry.email)

    def start(self, verification: Verification) -> None:
        from bridge.outbox.services import outbox_add

        assert verification.entry is not None  # noqa: S101  (only started on a matched entry)
        verification.step, verification.proof_method = Verification.Step.PROOF, self.method
        verification.save(update_fields=["step", "proof_method", "updated_at"])
        code = ProofCode.objects.create(
            verification=verification,
            sent_to=verification.entry.email,
            expires_at=timezone.now() + CODE_VALIDITY,
        )
        # The code itself is drawn by the outbox handler: it never travels through the broker.
        outbox_add(key=f"proof-code:{code.pk}", handler="doctors.proof_code", code_id=code.pk)


class StaffDocumentProof:
    """No e-mail on the register: staff check a document with the doctor, through the practice on the register."""

    method: str = "staff_document"
    label: Promise = _(
        "a document check by our staff, who contact you through the practice listed on the register"
    )

    def available(self, entry: RegisterEntry) -> bool:
        return True

    def start(self, verification: Verification) -> None:
        verification.step, verification.proof_method = Verification.Step.STAFF, self.method
        verification.save(update_fields=["step", "proof_method", "updated_at"])


PROOFS: tuple[Proof, ...] = (EmailCodeProof(), StaffDocumentProof())


def proof_for(entry: RegisterEntry) -> Proof:
    """The preferred proof available for this entry."""
    return next(proof for proof in PROOFS if proof.available(entry))


def proof_label(method: str) -> Promise | str:
    """The human description of a proof method."""
    return next((proof.label for proof in PROOFS if proof.method == method), method)


def proof_code_issue(*, code_id: int) -> tuple[ProofCode, str] | None:
    """Draw the secret of a pending code (once); None when it was already drawn, used or expired."""
    with transaction.atomic():
        code = (
            ProofCode.objects.select_for_update()
            .filter(pk=code_id, code_hash="", used_at__isnull=True)
            .first()
        )
        if code is None or code.expires_at < timezone.now():
            return None
        secret = f"{secrets.randbelow(10**8):08d}"
        code.code_hash = code_digest(secret)
        code.save(update_fields=["code_hash"])
    return code, secret


def proof_code_matches(*, verification: Verification, submitted: str) -> bool:
    """Check a submitted code against the latest live one; wrong tries are counted and limited."""
    digits = "".join(c for c in submitted if c.isdigit())
    with transaction.atomic():
        code = (
            ProofCode.objects.select_for_update()
            .filter(verification=verification, used_at__isnull=True, expires_at__gt=timezone.now())
            .exclude(code_hash="")
            .order_by("-created_at")
            .first()
        )
        if code is None or code.attempts >= CODE_MAX_ATTEMPTS:
            return False
        if len(digits) == 8 and constant_time_compare(code.code_hash, code_digest(digits)):
            code.used_at = timezone.now()
            code.save(update_fields=["used_at"])
            return True
        code.attempts += 1
        code.save(update_fields=["attempts"])
    return False
