"""Every page's <title> is text: a block title holding markup breaks the tab name and hides content."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = re.compile(r"{%\s*block title\s*%}(.*?){%\s*endblock", re.S)


def test_no_title_block_holds_markup() -> None:
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        for body in TITLE.findall(path.read_text(encoding="utf-8")):
            if "<" in body:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
