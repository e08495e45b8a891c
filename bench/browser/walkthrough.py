"""Walk through the product in headless Chromium (Debian's package) and save screenshots to out/screens/.

Usage: start `make run` (or runserver on 127.0.0.1:8000 with seed_demo), then
    .venv/bin/python bench/browser/walkthrough.py [BASE_URL]
Requires `pip install playwright` and Debian's `chromium` (playwright's own browser download does not work offline).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path("out/screens")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "bridge-demo-2026"  # noqa: S105  (demo account)


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
    print("saved", name)


def login(page: Page, email: str, otp: str | None = None) -> None:
    page.goto(f"{BASE}/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.card button[type=submit]")
    if otp:
        page.fill("input[name=token]", otp)
        page.click("form.card button[type=submit]")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(BASE)
        shot(page, "01-home")
        login(page, "alice@bridge.test")
        page.goto(f"{BASE}/ask/")
        page.fill(
            "textarea[name=text]",
            "Hi, I'm Alice Martin, phone 07700 900123. <script>alert(1)</script> My knee hurts when I climb stairs since March.",
        )
        page.check("input[name=consent_health_data]")
        shot(page, "02-ask")
        page.click("form.card button[type=submit]")
        shot(page, "03-question-detail")
        page.goto(f"{BASE}/ask/")
        page.fill(
            "textarea[name=text]",
            "I have crushing chest pain going down my left arm and I'm sweating",
        )
        page.check("input[name=consent_health_data]")
        page.click("form.card button[type=submit]")
        shot(page, "04-emergency")
        page.goto(f"{BASE}/ask/")
        page.fill("textarea[name=text]", "hi")
        page.click("form.card button[type=submit]")
        shot(page, "05-ask-errors")
        page.goto(f"{BASE}/questions/")
        shot(page, "06-my-questions")
        page.click("button.link")  # sign out
        login(page, "dr.gp@bridge.test", otp=sys.argv[2] if len(sys.argv) > 2 else "222222")
        page.goto(f"{BASE}/doctors/")
        shot(page, "07-queue")
        page.click("form[action$='claim-next/'] button")
        page.fill(
            "textarea[name=text]",
            "Sorry to hear that. Call me on 07700 900456 or e-mail me at dr.g@gmail.com.",
        )
        page.click("button[value=check]")
        shot(page, "08-case-blocked")
        page.goto(f"{BASE}/library/")
        shot(page, "09-library")
        page.goto(f"{BASE}/i18n/")
        browser.close()
    print("dialogs fired:", len(dialogs))


if __name__ == "__main__":
    main()
