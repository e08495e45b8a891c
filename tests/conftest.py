"""The test cast as fixtures (healthchecks style): patients, doctors in every state, committee members.

Built by tests/factories.py."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import pytest
from django.test import Client
from hypothesis import settings as hypothesis_settings

from bridge.accounts.models import Role, User
from doctor_space.models import DoctorProfile
from guidelines.models import GuidelineSet
from guidelines.services import committee_membership_grant, guideline_sets_seed

# Re-exported for older imports; new code imports from tests.factories.
from tests import dbclone, pgflush
from tests.factories import PASSWORD, add_totp, current_code, login_with_otp, make_doctor, make_user

__all__ = ["PASSWORD", "add_totp", "current_code", "login_with_otp", "make_doctor", "make_user"]

# Property tests without their own `max_examples` take it from the profile: hypothesis' own 100 examples
# per test in every run (a new random draw each run, failures replayed first from .hypothesis/), or
# `HYPOTHESIS_PROFILE=thorough` for 1,000 when working on the code they cover (tests/README.md).
hypothesis_settings.register_profile("bridge", max_examples=100)
hypothesis_settings.register_profile("thorough", max_examples=1_000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bridge"))


def pytest_configure(config: pytest.Config) -> None:
    """The Python processes a run starts (xdist's workers, the real `manage.py` runs, the hash-seed
    interpreters, the real Celery worker) keep the project's compiled modules in `__pycache__` (ignored by
    git), so each one after the first reads them instead of compiling the project again (~0.5 s of CPU a
    process; issue 14, docs/testing.md). PYTHONDONTWRITEBYTECODE, set on this machine, is lifted for them
    only: this process has already read it."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller: every worker gets the folder where the test database template is shared."""
    node.workerinput[dbclone.FOLDER_KEY] = dbclone.folder_for_workers(node.config)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist controller: `--dist loadfile` hands out the longest files first (tests/schedule.py)."""
    if config.getoption("dist", None) != "loadfile":
        return None
    from tests.schedule import LongestFilesFirst

    return LongestFilesFirst(config, log)


def pytest_unconfigure(config: pytest.Config) -> None:
    dbclone.remove_folder(config)


def _flush_as_fast_as_possible() -> AbstractContextManager[None]:
    """Transactional tests on PostgreSQL: tables emptied by DELETE rather than TRUNCATE (tests/pgflush.py)."""
    from django.db import connection

    return (
        pgflush.delete_instead_of_truncate() if connection.vendor == "postgresql" else nullcontext()
    )


@pytest.fixture(scope="session")
def django_db_setup(  # pytest-django's own fixture, same arguments
    request: pytest.FixtureRequest,
    django_test_environment: None,
    django_db_blocker: Any,
    django_db_use_migrations: bool,
    django_db_keepdb: bool,
    django_db_createdb: bool,
    django_db_modify_db_settings: None,
) -> Iterator[None]:
    """pytest-django's test databases, except that xdist workers copy one migrated template (tests/dbclone.py)
    and that transactional tests on PostgreSQL are cleaned up by DELETE (tests/pgflush.py)."""
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.fixtures import _disable_migrations, _get_databases_for_setup

    verbosity = request.config.option.verbose
    keepdb = django_db_keepdb and not django_db_createdb
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    if dbclone.applies(request.config, keepdb, django_db_use_migrations, serialized_aliases):
        with django_db_blocker.unblock():
            old_name = dbclone.setup_clone(request.config, verbosity)
        with _flush_as_fast_as_possible():
            yield
        with django_db_blocker.unblock():
            dbclone.teardown_clone(old_name, verbosity)
        return

    # Otherwise what pytest-django's django_db_setup does.
    if not django_db_use_migrations:
        _disable_migrations()
    with django_db_blocker.unblock():
        db_cfg = setup_databases(
            verbosity=verbosity,
            interactive=False,
            aliases=aliases,  # type: ignore[arg-type]  # a set, as pytest-django passes it
            serialized_aliases=serialized_aliases,
            keepdb=keepdb,
        )
    with _flush_as_fast_as_possible():
        yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            try:
                teardown_databases(db_cfg, verbosity=verbosity)
            except Exception as exc:
                request.node.warn(
                    pytest.PytestWarning(f"Error when trying to teardown test databases: {exc!r}")
                )


@pytest.fixture
def guideline_sets(db: Any) -> list[GuidelineSet]:
    guideline_sets_seed()
    return list(GuidelineSet.objects.all())


@pytest.fixture
def patient(db: Any) -> User:
    return make_user("patient.a@example.org", Role.PATIENT)


@pytest.fixture
def other_patient(db: Any) -> User:
    return make_user("patient.b@example.org", Role.PATIENT, country="FR")


@pytest.fixture
def verified_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.verified@example.org")


@pytest.fixture
def other_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor("dr.other@example.org")


@pytest.fixture
def french_doctor(db: Any, guideline_sets: Any) -> User:
    return make_doctor(
        "dr.fr@example.org", jurisdiction="FR", register="rpps", number="10003456786"
    )


@pytest.fixture
def unverified_doctor(db: Any) -> User:
    return make_doctor("dr.unverified@example.org", status=DoctorProfile.Status.PENDING)


@pytest.fixture
def staff_user(db: Any) -> User:
    user = make_user("staff@example.org", None, staff=True)
    add_totp(user)  # staff pass a second factor, as doctors do
    return user


@pytest.fixture
def committee_factory(db: Any, guideline_sets: Any, staff_user: User) -> Callable[..., User]:
    def build(email: str, *slugs: str) -> User:
        user = make_user(email, Role.COMMITTEE)
        add_totp(user)
        for guideline_set in GuidelineSet.objects.filter(slug__in=slugs):
            committee_membership_grant(actor=staff_user, member=user, guideline_set=guideline_set)
        return user

    return build


@pytest.fixture
def patient_client(patient: User) -> Client:
    client = Client()
    client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def doctor_client(verified_doctor: User) -> Client:
    return login_with_otp(Client(), verified_doctor)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Throttling counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
