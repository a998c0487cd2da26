"""`factdb serve`: the read-only web app on 127.0.0.1, through HTTP and in a real Chromium.

Pinned: the home page lists the sources and has the check box; a source page highlights every
claim span (with an anchor per span); a claim page shows its spans in their sentences, its
restatements and its lint findings; /check gives the same report as `check --format html`,
with claims linked; unknown ids are 404 pages, not tracebacks; requests naming another host
are refused (DNS rebinding); and no request can write: the database is the same after them,
and a write through the app's own engine is refused by the database itself.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import chrome_fixture, screenshot  # noqa: F401  (the `chrome` fixture)
from conftest import dump
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

pytest.importorskip(
    "bottle", reason="the web app's extra is not installed: pip install -e '.[serve]'"
)

from factdb.serve.app import MAX_TEXT
from factdb.serve.server import local_server
from factdb.store.db import make_engine

ODA_QUOTE = "khoản ODA trị giá 400 triệu USD cho Việt Nam"


class App:
    def __init__(self, base: str, engine: Any) -> None:
        self.base = base
        self.engine = engine

    def get(
        self, path: str, host: str | None = None, data: dict[str, str] | None = None
    ) -> tuple[int, str]:
        body = None if data is None else urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base + path, data=body)
        if host:
            request.add_header("Host", host)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")


@pytest.fixture
def app(loaded: Path, db_url: str) -> Iterator[App]:
    engine = make_engine(db_url)
    server = local_server(engine, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield App(f"http://127.0.0.1:{server.server_port}", engine)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        engine.dispose()


def test_home_lists_sources_and_offers_the_box(app: App) -> None:
    status, page = app.get("/")
    assert status == 200
    assert '<textarea id="text" name="text"' in page
    assert 'href="/sources/004"' in page and 'href="/sources/000"' in page


def test_source_page_highlights_every_span(app: App) -> None:
    status, page = app.get("/sources/004")
    assert status == 200
    assert 'id="span-4629-4673"' in page
    assert f'<mark data-claims="hu-oda-400m-usd">{ODA_QUOTE}</mark>' in page
    # Two claims cite "Petr Macinka" in one place each; both are marked.
    assert page.count('data-claims="to-lam-met-macinka"') == 2
    assert 'href="/claims/gaza-meeting-dates"' in page


def test_claim_page(app: App) -> None:
    status, page = app.get("/claims/gaza-meeting-dates")
    assert status == 200
    assert "<mark>từ ngày 18–20/2/2026</mark>" in page
    assert "<mark>từ ngày 18 - 20/2</mark>" in page  # the span in the other source
    assert "Restated by (0)" in page and "Lint findings (0)" in page


def test_unknown_ids_are_pages(app: App) -> None:
    for path, code in (
        ("/claims/nope", 404),
        ("/sources/nope", 404),
        ("/nope", 404),
        ("/claims/%00", 400),
        ("/check?text=a%00b", 400),
    ):
        status, page = app.get(path)
        assert status == code, path
        assert "Traceback" not in page and "<nav>" in page


def test_only_local_hosts(app: App) -> None:
    status, _ = app.get("/", host="attacker.example")
    assert status == 403
    assert app.get("/", host="localhost:1234")[0] == 200


def test_check_gives_the_report(app: App) -> None:
    status, page = app.get(
        "/check",
        data={
            "text": "Ngay 19/2/2026 Hungary thong qua khoan ODA 40 trieu USD cho Viet Nam. "
            "Trời đẹp."
        },
    )
    assert status == 200
    assert 'class="s v-contradicted"' in page and 'class="s v-nothing_checkable"' in page
    assert 'href="/claims/hu-oda-400m-usd"' in page
    assert 'href="/sources/004#span-4629-4673"' in page
    assert (
        app.get("/check?text=" + urllib.parse.quote("Hungary cấp ODA 0,4 tỷ USD cho Việt Nam"))[
            1
        ].count('class="s v-supported"')
        == 1
    )
    assert "<textarea" in app.get("/check")[1]
    assert app.get("/check", data={"text": "x" * (MAX_TEXT + 1)})[0] == 413


def test_read_only(app: App, db_url: str) -> None:
    before = dump(db_url)
    for path in ("/", "/sources/004", "/claims/hu-oda-400m-usd"):
        assert app.get(path)[0] == 200
    assert (
        app.get(
            "/check", data={"text": "Ngày 19/2/2026, Hungary đã phê duyệt khoản ODA 40 triệu USD."}
        )[0]
        == 200
    )
    assert dump(db_url) == before
    with pytest.raises(DBAPIError), app.engine.begin() as conn:
        conn.execute(text("DELETE FROM claims"))
    assert dump(db_url) == before


def test_in_chromium(chrome: Any, app: App, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    chrome.get(app.base + "/")
    box = chrome.find_element(By.ID, "text")
    box.send_keys("Ngày 19/2/2026, Hungary đã phê duyệt khoản ODA 40 triệu USD cho Việt Nam.")
    chrome.find_element(By.ID, "submit").click()
    WebDriverWait(chrome, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".draft .s")))
    sentence = chrome.find_element(By.CSS_SELECTOR, ".draft .s")
    assert sentence.get_attribute("data-verdict") == "contradicted"
    sentence.click()
    detail = chrome.find_element(By.ID, "d0")
    assert detail.is_displayed()
    assert detail.find_element(By.CSS_SELECTOR, ".badge").text == "Contradicted"
    assert [m.text for m in detail.find_elements(By.TAG_NAME, "mark")] == [ODA_QUOTE]
    screenshot(chrome, "serve-check", tmp_path)

    # From the evidence to the span in its source, highlighted there.
    detail.find_element(By.PARTIAL_LINK_TEXT, "source 004").click()
    WebDriverWait(chrome, 30).until(ec.url_contains("/sources/004#span-4629-4673"))
    mark = chrome.find_element(By.CSS_SELECTOR, 'mark[data-claims="hu-oda-400m-usd"]')
    assert mark.text == ODA_QUOTE
    assert mark.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert mark.value_of_css_property("outline-style") == "solid"  # the span linked to
    screenshot(chrome, "serve-source", tmp_path)
