"""The website as people see it: every page in headless Chromium at 1280 px and 375 px, no
WCAG 2.1 A/AA violation found by axe-core 4, no page wider than the window, and the keyboard
reaching every link in document order.

Needs Debian's ``chromium`` and ``chromium-driver`` and the npm package ``axe-core`` (path in
``BUENDNISBUERO_AXE`` or ``node_modules/axe-core/axe.min.js``); skipped with the reason where
one is missing, required where ``BUENDNISBUERO_REQUIRE_BROWSER=1`` (as in CI).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.db.database import Database
from app.services.website_publishing import publish_website
from tests.demo_day import DEMO_TODAY

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("BUENDNISBUERO_REQUIRE_BROWSER") == "1"
WIDTHS = (1280, 375)

pytestmark = pytest.mark.browser


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"BUENDNISBUERO_REQUIRE_BROWSER=1, aber {reason}")
    pytest.skip(reason)


def _axe_script() -> str:
    candidates = [Path(os.environ["BUENDNISBUERO_AXE"])] if "BUENDNISBUERO_AXE" in os.environ \
        else [ROOT / "node_modules" / "axe-core" / "axe.min.js"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    _missing("axe-core fehlt (npm install axe-core@4)")
    raise AssertionError


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if chromium is None or not Path(driver_path).is_file():
        _missing("kein Chromium mit chromedriver installiert (apt-get install chromium "
                 "chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium or ""
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--allow-file-access-from-files", "--lang=de-DE"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    from app.db.location import sqlite_target
    from app.db.opening import open_database

    folder = tmp_path_factory.mktemp("website")
    database = folder / "demo.sqlite3"
    database.write_bytes(demo_template.read_bytes())
    db: Database = open_database(sqlite_target(database))
    try:
        return publish_website(db, folder / "site", today=DEMO_TODAY,
                               now=datetime(2026, 11, 29, 12), secretariat="Geschäftsstelle",
                               base_url="https://innenstaedte.example/").folder
    finally:
        db.dispose()


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_passes_axe_and_fits_the_width(browser: Any, site: Path, width: int,
                                                  tmp_path: Path) -> None:
    axe = _axe_script()
    browser.set_window_size(width, 900)
    problems: list[str] = []
    for page in _pages(site):
        browser.get(page.as_uri())
        assert browser.execute_script("return document.documentElement.lang") == "de"
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems.append(f"{page.name} @ {width}px: {overflow}px breiter als das Fenster")
        browser.execute_script(axe)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            ".then(r => done(JSON.stringify(r.violations)));")
        for violation in json.loads(result):
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"{page.relative_to(site)} @ {width}px: {violation['id']} "
                            f"({violation['impact']}) {targets}")
        if page.name in ("index.html", "termine.html"):
            browser.save_screenshot(str(tmp_path / f"{page.stem}-{width}.png"))
    assert problems == []


def test_the_keyboard_reaches_every_link_in_order(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    browser.set_window_size(1280, 900)
    for page in _pages(site):
        browser.get(page.as_uri())
        expected = browser.execute_script(
            "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
        reached: list[str] = []
        body = browser.find_element("tag name", "body")
        body.send_keys(Keys.TAB)
        for _ in range(len(expected)):
            href = browser.execute_script(
                "const a = document.activeElement; return a && a.href ? a.href : null")
            reached.append(href)
            browser.switch_to.active_element.send_keys(Keys.TAB)
        assert reached == expected, page.name
