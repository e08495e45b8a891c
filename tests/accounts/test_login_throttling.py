"""Sign-in limits that an attacker can neither reset nor turn against a doctor (review findings 4, 5)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings

from tests.factories import PASSWORD

ONE_PROXY = {"BRIDGE_TRUSTED_PROXIES": 1}


def _token(client: Client, email: str, password: str, **headers: Any) -> Any:
    return client.post(
        "/api/auth/token/",
        {"email": email, "password": password},
        content_type="application/json",
        **headers,
    )


@pytest.fixture
def frozen_throttle_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The throttle's clock stands still: a delay of a few real seconds could end while a loaded machine
    (CI beside other work) was still sending the guesses, and the step that must be refused would pass."""
    from bridge.accounts import throttle

    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: 1_000_000.0))


@pytest.mark.django_db
def test_forged_forwarded_for_does_not_reset_the_api_sign_in_limit(patient: Any) -> None:
    client = Client(REMOTE_ADDR="198.51.100.9")
    codes = [
        _token(
            client, f"nobody{i}@example.org", "x", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}"
        ).status_code
        for i in range(25)
    ]
    assert codes[:20] == [401] * 20
    assert set(codes[20:]) == {
        429
    }  # 20/min per address, whatever the client writes in X-Forwarded-For


@pytest.mark.django_db
def test_behind_one_proxy_the_address_the_proxy_saw_is_the_client(patient: Any) -> None:
    proxy = Client(REMOTE_ADDR="10.0.0.2")  # every request arrives from our proxy
    rest = {
        "REST_FRAMEWORK": {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1},
        **ONE_PROXY,
    }
    with override_settings(**rest):
        for i in range(
            20
        ):  # an attacker forging the left part of the header, seen by the proxy as 203.0.113.5
            assert (
                _token(
                    proxy,
                    f"nobody{i}@example.org",
                    "x",
                    HTTP_X_FORWARDED_FOR=f"1.2.3.{i}, 203.0.113.5",
                ).status_code
                == 401
            )
        assert (
            _token(
                proxy, "nobody@example.org", "x", HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5"
            ).status_code
            == 429
        )
        # another client behind the same proxy is not throttled by the attacker's attempts
        assert (
            _token(proxy, patient.email, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.44").status_code
            == 201
        )


@pytest.mark.django_db
def test_behind_the_proxy_wrong_passwords_elsewhere_do_not_lock_the_doctor(
    verified_doctor: Any,
) -> None:
    proxy = Client(REMOTE_ADDR="10.0.0.2")
    with override_settings(**ONE_PROXY):
        for _ in range(6):
            proxy.post(
                "/accounts/login/",
                {"username": verified_doctor.email, "password": "wrong"},
                HTTP_X_FORWARDED_FOR="203.0.113.66",
            )
        locked = proxy.post(
            "/accounts/login/",
            {"username": verified_doctor.email, "password": PASSWORD},
            HTTP_X_FORWARDED_FOR="203.0.113.66",
        )
        assert locked.status_code == 429  # the attacker's address is locked out of the account
        cache.clear()  # the per-account delay is over (tested below); only axes' lock of the attacker remains
        doctor = Client(REMOTE_ADDR="10.0.0.2")
        ok = doctor.post(
            "/accounts/login/",
            {"username": verified_doctor.email, "password": PASSWORD},
            HTTP_X_FORWARDED_FOR="192.0.2.10",
        )
        assert ok.status_code == 302 and ok["Location"].startswith("/accounts/2fa/")


@pytest.mark.django_db
def test_wrong_passwords_from_many_addresses_slow_guessing_but_keep_the_doctor_in(
    verified_doctor: Any, frozen_throttle_clock: None
) -> None:
    doctor = Client(REMOTE_ADDR="192.0.2.10")
    assert (
        doctor.post(
            "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
        ).status_code
        == 302
    )
    doctor.post("/accounts/logout/")
    for i in range(
        14
    ):  # a botnet: one wrong password from each of many addresses (then a 16 s delay)
        Client(REMOTE_ADDR=f"203.0.113.{i}").post(
            "/accounts/login/", {"username": verified_doctor.email, "password": "guess"}
        )
    # a new address, even with the right password, must wait: guessing is slowed across addresses
    fresh = Client(REMOTE_ADDR="198.51.100.77")
    refused = fresh.post(
        "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
    )
    assert refused.status_code == 200 and "Wait" in refused.content.decode()
    assert "_auth_user_id" not in fresh.session
    api = _token(Client(REMOTE_ADDR="198.51.100.78"), verified_doctor.email, PASSWORD)
    assert api.status_code == 429 and api.json()["detail"] and 0 < int(api["Retry-After"]) <= 60
    # the doctor's own browser (which signed in before) is not held up
    back = doctor.post(
        "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
    )
    assert back.status_code == 302 and back["Location"].startswith("/accounts/2fa/")


@pytest.mark.django_db
def test_the_delay_is_short_and_ends(verified_doctor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # the throttle's clock is set by the test (a real 1-second delay could end while a loaded machine
    # was still sending the twelve guesses, and the "refused" step would then pass the password)
    from bridge.accounts import throttle

    now = [1_000_000.0]
    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: now[0]))
    with override_settings(BRIDGE_LOGIN_MAX_DELAY_SECONDS=1):
        for i in range(12):
            Client(REMOTE_ADDR=f"203.0.113.{i}").post(
                "/accounts/login/", {"username": verified_doctor.email, "password": "guess"}
            )
        fresh = Client(REMOTE_ADDR="198.51.100.77")
        now[0] += 0.5  # within the delay: refused
        assert (
            fresh.post(
                "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
            ).status_code
            == 200
        )
        now[0] += 1.0  # past the longest delay: let in
        assert (
            fresh.post(
                "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
            ).status_code
            == 302
        )


@pytest.mark.django_db
def test_api_lockout_answers_json(patient: Any) -> None:
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _token(client, patient.email, "wrong-password")
    cache.clear()  # leave only axes' (account, address) lock
    locked = _token(client, patient.email, PASSWORD)
    assert locked.status_code == 429
    assert locked["Content-Type"].startswith("application/json") and "detail" in locked.json()


@pytest.mark.django_db
def test_a_forged_device_cookie_does_not_skip_the_delay(
    verified_doctor: Any, frozen_throttle_clock: None
) -> None:
    for i in range(12):
        Client(REMOTE_ADDR=f"203.0.113.{i}").post(
            "/accounts/login/", {"username": verified_doctor.email, "password": "guess"}
        )
    forger = Client(REMOTE_ADDR="198.51.100.5")
    forger.cookies[settings.BRIDGE_DEVICE_COOKIE_NAME] = "eyJ1IjoxfQ:forged:signature"
    assert (
        forger.post(
            "/accounts/login/", {"username": verified_doctor.email, "password": PASSWORD}
        ).status_code
        == 200
    )
