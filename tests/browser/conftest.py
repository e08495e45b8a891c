"""Browser tests: Playwright's Python API driving Debian's chromium against pytest-django's live server.

`playwright install` cannot download browsers here, so the system chromium is used. Without it these
tests skip on a developer's machine, and fail under CI (BRIDGE_REQUIRE_SERVICES=1, where `.ci/run`
installs the package): a journey no browser walks is untested.

Fixtures: `browser` (one chromium per session), `page` (JavaScript on, 1280 px), `page_nojs`
(JavaScript off), `mobile_page` (390 px, touch), and `sign_in(page, user, otp=True)` to open a page
as a user (a real session cookie, the second factor marked as passed for doctors and committee).
Tests that use them need `@pytest.mark.django_db(transaction=True)`: the live server runs in another
thread and only sees committed rows.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright() -> Iterator[None]:
    """Playwright's sync API keeps an event loop in this thread; the ORM calls that tests (and the
    database fixtures) make between page actions are still synchronous and safe. Set for this package
    only, so no later test (nor a subprocess such as `check --deploy`) inherits it."""
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if before is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


CHROMIUM = os.environ.get("BRIDGE_CHROMIUM", "/usr/bin/chromium")
# Flags from ENGINEERING-NOTES: without the background-networking ones chromium keeps dialling out.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _require_chromium() -> None:
    missing = not (os.path.exists(CHROMIUM) or shutil.which("chromium"))
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = True
    if missing:
        if os.environ.get("BRIDGE_REQUIRE_SERVICES"):
            pytest.fail("Browser tests need playwright and Debian's chromium (.ci/run installs it)")
        pytest.skip("no chromium/playwright on this machine")


@pytest.fixture(scope="package")
def browser(_orm_beside_playwright: None) -> Iterator[Any]:
    _require_chromium()
    from playwright.sync_api import expect, sync_playwright

    # Assertions read after a click that navigates go through expect(), which retries until the new
    # document shows what is awaited (a bare is_visible() read once, mid-load: CI failed on it).
    expect.set_options(timeout=30_000)
    with sync_playwright() as p:
        executable = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _new_page(browser: Any, live_server: Any, **options: Any) -> Iterator[Any]:
    context = browser.new_context(
        base_url=live_server.url, locale=options.pop("locale", "en-GB"), **options
    )
    context.set_default_timeout(30_000)  # generous: a first POST compiles the engines
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors  # a test can assert that our scripts threw nothing
    # A click that navigates returns once the new document is committed, not parsed: read at that
    # moment, content() can be '' (CI once saw it on a no-JS page). Every read waits for the load.
    read_content = page.content

    def content_once_loaded() -> str:
        page.wait_for_load_state("load")
        return str(read_content())

    page.content = content_once_loaded
    yield page
    context.close()


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    yield from _new_page(browser, live_server, viewport=DESKTOP)


@pytest.fixture
def page_nojs(browser: Any, live_server: Any) -> Iterator[Any]:
    yield from _new_page(browser, live_server, viewport=DESKTOP, java_script_enabled=False)


@pytest.fixture
def mobile_page(browser: Any, live_server: Any) -> Iterator[Any]:
    yield from _new_page(browser, live_server, viewport=PHONE, is_mobile=True, has_touch=True)


@pytest.fixture
def french_page(browser: Any, live_server: Any) -> Iterator[Any]:
    yield from _new_page(browser, live_server, viewport=DESKTOP, locale="fr-FR")


@pytest.fixture
def sign_in(live_server: Any) -> Callable[..., Any]:
    """Give the page's browser context a signed-in session for `user` (and a passed second factor)."""
    from django.conf import settings
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def _sign_in(page: Any, user: Any, *, otp: bool = True) -> Any:
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        if otp:
            device = TOTPDevice.objects.filter(user=user).first() or TOTPDevice.objects.create(
                user=user, name="browser-test", confirmed=True
            )
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )
        return page

    return _sign_in


def page_overflows(page: Any) -> bool:
    """True when the page is wider than its viewport (horizontal scrolling at 390 px)."""
    page.wait_for_load_state("load")
    return bool(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))


def axe_violations(page: Any, *, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """Serious and critical axe-core violations of the page as it is now, as "rule: target" lines.

    axe-core comes bundled in the `axe-playwright-python` package (no download at run time); it runs
    on the rendered DOM, so a page opened without JavaScript is checked through a page with it.
    """
    from axe_playwright_python.sync_playwright import Axe

    # after a click that navigates, the new document may be committed but not parsed yet (axe then finds
    # no documentElement: CI failed once on it): read the page once it has loaded, as content() does
    page.wait_for_load_state("load")
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    found = []
    for violation in results.response.get("violations", []):
        if violation.get("impact") in impacts:
            targets = ", ".join(str(node.get("target")) for node in violation.get("nodes", [])[:3])
            found.append(f"{violation['id']} ({violation['impact']}): {targets}")
    return found
