"""Demo data for `make run`: accounts for every role, guideline sets, questions and one answer.

Idempotent: running it again changes nothing but refreshes the demo backup codes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from bridge.accounts.models import Role, User
from doctor_space.models import DoctorProfile
from guidelines.models import GuidelineSet
from guidelines.services import committee_membership_grant, guideline_sets_seed
from patient_portal.models import Question
from patient_portal.services import (
    patient_signup,
    question_confirm,
    question_preview,
    question_submit,
)

DEMO_PASSWORD = "bridge-demo-2026"  # noqa: S105  (demo accounts of the embedded mode only)
BACKUP_CODES = ("111111", "222222", "333333", "444444", "555555")


@dataclass(frozen=True)
class DemoAccount:
    """One printed demo login."""

    role: str
    email: str
    note: str = ""


def demo_totp_key(email: str) -> str:
    """A fixed TOTP key per demo account (hex), so that the demo can print codes."""
    return hashlib.sha1(f"bridge-demo:{email}".encode(), usedforsecurity=False).hexdigest()


def demo_totp_now(email: str) -> str:
    """The current TOTP code of a demo account."""
    return f"{totp(bytes.fromhex(demo_totp_key(email))):06d}"


def _user(
    email: str, *, role: str, country: str = "GB", staff: bool = False, name: str = ""
) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(
            email=email, country=country, display_name=name, is_staff=staff, is_superuser=staff
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


def _second_factor(user: User) -> None:
    TOTPDevice.objects.get_or_create(
        user=user,
        name="Demo authenticator",
        defaults={"key": demo_totp_key(user.email), "confirmed": True},
    )
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Demo backup codes")
    device.token_set.all().delete()
    for code in BACKUP_CODES:
        device.token_set.create(token=code)


def _doctor(
    email: str,
    name: str,
    register: str,
    number: str,
    specialty: str,
    jurisdiction: str,
    verified: bool,
) -> User:
    user = _user(email, role=Role.DOCTOR, country=jurisdiction, name=name)
    DoctorProfile.objects.get_or_create(
        user=user,
        defaults={
            "full_name": name,
            "register": register,
            "register_number": number,
            "jurisdiction": jurisdiction,
            "specialty": specialty,
            "status": DoctorProfile.Status.VERIFIED if verified else DoctorProfile.Status.PENDING,
            "verified_at": timezone.now() if verified else None,
        },
    )
    _second_factor(user)
    return user


DEMO_QUESTIONS = (
    (
        "alice@bridge.test",
        "en",
        True,
        "Hello, my name is Alice Martin and my daughter Emma (7) has had a red itchy rash on her elbows for three weeks. "
        "We tried an emollient. Is this eczema? You can reach me at alice.martin@example.com or 07700 900123.",
    ),
    (
        "alice@bridge.test",
        "en",
        False,
        "I have had a dry cough for two weeks after a cold, no fever. When should I worry?",
    ),
    (
        "bob@bridge.test",
        "fr",
        True,
        "Bonjour, je m'appelle Bob Durand, j'habite 12 rue de la Paix à Lyon. Depuis un mois j'ai des brûlures d'estomac après les repas. "
        "Faut-il consulter un gastro-entérologue ?",
    ),
)


DEMO_ANSWER = (
    "Thank you for your question. An itchy red rash in the creases of the elbows that lasts for weeks is very "
    "often atopic eczema, which is common in children. Using a fragrance-free emollient several times a day and "
    "washing without soap helps most children. If the skin weeps, crusts, becomes painful, or your child has a "
    "fever, see your GP promptly, because infected eczema needs treatment. Your own doctor can examine the skin "
    "and discuss whether a short course of a mild steroid cream is appropriate. You can read more on "
    "https://www.nhs.uk/conditions/atopic-eczema/ (NHS, 2024). This answer is general information and is not a "
    "consultation: it does not replace an examination by your own doctor."
)


def _demo_answer() -> None:
    """Publish one answer through the real path (claim, check, publish), once."""
    from doctor_space.services import answer_publish
    from triage.models import Case
    from triage.services import case_claim

    question = (
        Question.objects.filter(patient__email="alice@bridge.test", consent_publication=True)
        .order_by("pk")
        .first()
    )
    if question is None or question.case is None or question.case.status == Case.Status.ANSWERED:
        return
    doctor = User.objects.get(email="dr.gp@bridge.test")
    case_claim(doctor=doctor, case_id=question.case.pk)
    answer_publish(doctor=doctor, case_id=question.case.pk, text=DEMO_ANSWER)


class DemoRefused(Exception):
    """The demo world must not be created here."""


# A few public-register rows so that matching works in the demo: the demo doctors and two colleagues.
DEMO_REGISTER = (
    ("gmc", "7012345", "OKAFOR", "Grace", "General practice", "grace.okafor@nhs.example.uk"),
    ("gmc", "7000017", "SMITH", "John", "Cardiology", ""),
    (
        "rpps",
        "10003456786",
        "LEFÈVRE",
        "Hugo",
        "Dermatologie et vénéréologie",
        "hugo.lefevre@cabinet.example.fr",
    ),
    ("rpps", "10001045367", "GARCIA-NUÑEZ", "Inès", "Médecine générale", ""),
    ("npi", "1234567893", "PENDING", "SAM", "207RC0000X", ""),
)


def _register_rows() -> None:
    from doctor_space.models import RegisterEntry
    from doctor_space.registry.names import name_key
    from doctor_space.registry.specialties import NPPES_TAXONOMY, specialty_from_label

    for register, number, last, first, label, email in DEMO_REGISTER:
        specialty = (
            NPPES_TAXONOMY.get(label, "") if register == "npi" else specialty_from_label(label)
        )
        RegisterEntry.objects.update_or_create(
            register=register,
            number=number,
            defaults={
                "last_name": last,
                "first_name": first,
                "name_key": name_key(f"{first} {last}"),
                "specialty_label": label,
                "specialty": specialty,
                "email": email,
                "active": True,
            },
        )


def _pending_verification() -> None:
    """dr.pending is matched against the demo register and waits for staff (no e-mail on the NPPES row)."""
    from doctor_space.models import Verification
    from doctor_space.registry.services import verification_start

    profile = DoctorProfile.objects.get(user__email="dr.pending@bridge.test")
    if (
        profile.status == DoctorProfile.Status.PENDING
        and not Verification.objects.filter(profile=profile).exists()
    ):
        verification_start(profile=profile)


def seed_demo() -> list[DemoAccount]:
    """Create (once) the demo world and return the accounts to print; refused under production settings."""
    # Its password is published and its TOTP keys derive from the e-mail: never under production settings.
    if settings.PRODUCTION:
        raise DemoRefused(
            "seed_demo refuses to run under production settings (BRIDGE_ENV=production): its accounts have a "
            "published password and one-time codes anyone can compute."
        )
    return _seed()


@transaction.atomic
def _seed() -> list[DemoAccount]:
    guideline_sets_seed()
    staff = _user("staff@bridge.test", role="", staff=True, name="Staff")
    _second_factor(staff)  # the admin asks for a second factor too
    for email, country in (("alice@bridge.test", "GB"), ("bob@bridge.test", "FR")):
        if not User.objects.filter(email=email).exists():
            patient_signup(
                email=email,
                password=DEMO_PASSWORD,
                country=country,
                language="en" if country == "GB" else "fr",
            )
    _doctor("dr.gp@bridge.test", "Grace Okafor", "gmc", "7012345", "general_practice", "GB", True)
    _doctor("dr.derm@bridge.test", "Hugo Lefèvre", "rpps", "10003456786", "dermatology", "FR", True)
    _doctor("dr.pending@bridge.test", "Sam Pending", "npi", "1234567893", "cardiology", "US", False)
    _register_rows()
    _pending_verification()
    committee = {
        "ethics.gb1@bridge.test": ("global", "gb"),
        "ethics.gb2@bridge.test": ("global", "gb"),
        "ethics.fr1@bridge.test": ("fr",),
        "ethics.fr2@bridge.test": ("fr",),
    }
    for email, slugs in committee.items():
        member = _user(email, role=Role.COMMITTEE, country="FR" if ".fr" in email else "GB")
        _second_factor(member)
        for guideline_set in GuidelineSet.objects.filter(slug__in=slugs):
            if not member.has_perm("guidelines.edit_guidelines", guideline_set):
                committee_membership_grant(actor=staff, member=member, guideline_set=guideline_set)
    for email, lang, consent, text in DEMO_QUESTIONS:
        patient = User.objects.get(email=email)
        if not Question.objects.filter(
            patient=patient,
            client_token=f"demo-{hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]}",
        ).exists():
            question = question_submit(
                patient=patient,
                text=text,
                lang=lang,
                consent_publication=consent,
                client_token=f"demo-{hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]}",
            )
            question_confirm(
                patient=patient,
                question_id=question.pk,
                fingerprint=question_preview(question=question).fingerprint,
            )
    _demo_answer()
    from community.demo import seed_community

    seed_community()
    return [
        DemoAccount("staff (admin)", "staff@bridge.test"),
        DemoAccount("patient", "alice@bridge.test", "GB"),
        DemoAccount("patient", "bob@bridge.test", "FR"),
        DemoAccount(
            "doctor, verified",
            "dr.gp@bridge.test",
            "GMC, general practice, GB; community moderator",
        ),
        DemoAccount("doctor, verified", "dr.derm@bridge.test", "RPPS, dermatology, FR"),
        DemoAccount(
            "doctor, NOT verified",
            "dr.pending@bridge.test",
            "NPI, matched, waiting for a staff document check (/staff/doctors/)",
        ),
        DemoAccount("committee", "ethics.gb1@bridge.test", "global + GB sets"),
        DemoAccount("committee", "ethics.gb2@bridge.test", "global + GB sets"),
        DemoAccount("committee", "ethics.fr1@bridge.test", "FR set"),
        DemoAccount("committee", "ethics.fr2@bridge.test", "FR set"),
    ]
