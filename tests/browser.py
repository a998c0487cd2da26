"""A real headless Chromium for the tests of the pages factdb writes (the HTML report, the web
app), driven by Selenium through Debian's chromium-driver.

`.ci/run` installs Debian's `chromium` and `chromium-driver`. Where that is impossible it says
why in FACTDB_BROWSER_UNAVAILABLE, and only then do these tests skip, with that reason. On a
developer's machine without Chromium they skip and say how to install it; under CI (CI set)
without that variable a missing browser is a failure, so a broken install step cannot turn the
browser tests into silent skips.

Screenshots go to FACTDB_SCREENSHOT_DIR when it is set (CI keeps them), else beside the test's
temporary files; the path is printed either way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver"
UNAVAILABLE = "FACTDB_BROWSER_UNAVAILABLE"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)


def _missing() -> str | None:
    binary = next((b for b in CHROMIUM if Path(b).is_file()), None)
    if binary is None or not Path(CHROMEDRIVER).is_file():
        return (
            "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)"
        )
    try:
        import selenium  # noqa: F401
    except ModuleNotFoundError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module", name="chrome")
def chrome_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Selenium WebDriver on a fresh headless Chromium profile, for the module."""
    missing = _missing()
    if missing:
        if os.environ.get(UNAVAILABLE):
            pytest.skip(f"browser tests skipped: {os.environ[UNAVAILABLE]}")
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {missing}")
        pytest.skip(f"browser tests skipped: {missing}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = next(b for b in CHROMIUM if Path(b).is_file())
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: Any, name: str, fallback_dir: Path) -> Path:
    """Save a PNG of the page, print where, and return the path."""
    folder = Path(os.environ.get("FACTDB_SCREENSHOT_DIR") or fallback_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot taken of {name}"
    print(f"screenshot: {path}")
    return path
