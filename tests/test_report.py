"""`pipeline report` opened in headless Chromium: what a reviewer sees."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.decks import SAMPLE_DECKS, write_deck

from .conftest import SAMPLE, run_cli

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("PIPELINE_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (PIPELINE_REQUIRE_BROWSER is set): apt-get install chromium chromium-driver")
        pytest.skip("Chromium not installed (apt-get install chromium chromium-driver; `make test` does it when run as root)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SAMPLE, folder / "sample.txt")
    name, slides = next(iter(SAMPLE_DECKS.items()))
    write_deck(folder / f"{name}.pdf", slides)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    out = folder / "out"
    assert run_cli("ingest", str(folder), "-o", str(out), "-w", "1").returncode == 1
    res = run_cli("report", str(out))
    assert res.returncode == 0, res.stderr.decode()
    return out / "report" / "index.html"


def test_report_index_shows_documents_problems_and_review_queue(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    assert browser.find_element(By.CSS_SELECTOR, "p.summary").text.startswith("3 documents: 2 ok, 0 partial, 1 failed")
    rows = {r.find_element(By.TAG_NAME, "td").text: r.text for r in browser.find_elements(By.CSS_SELECTOR, "table.documents tr")[1:]}
    assert set(rows) == {"sample.txt", "broken.pdf", "klastry_podlasie.pdf"}
    assert "failed" in rows["broken.pdf"] and "pdf.corrupt" in rows["broken.pdf"]
    review = browser.find_elements(By.CSS_SELECTOR, "table.review tr")[1:]
    confidences = [float(r.find_element(By.TAG_NAME, "td").text) for r in review]
    assert len(confidences) > 20 and confidences == sorted(confidences)  # least confident first
    assert all(r.is_displayed() for r in review[:5])
    # a struck-through lost glyph and its repair, side by side
    first = review[0].find_elements(By.TAG_NAME, "td")[3]
    assert first.find_element(By.CLASS_NAME, "before").value_of_css_property("text-decoration-line") == "line-through"


def test_document_page_highlights_repairs_in_the_text(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    browser.find_element(By.LINK_TEXT, "sample.txt").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "sample.txt"
    marks = [m for m in browser.find_elements(By.CSS_SELECTOR, ".page mark.repair") if m.is_displayed()]
    words = {m.text for m in marks}
    assert {"obejmujące", "władz", "Północnej"} <= words
    mark = next(m for m in marks if m.text == "obejmujące")
    assert "→ 'obejmujące'" in mark.get_attribute("title") and "confidence" in mark.get_attribute("title")
    page_bg = browser.find_element(By.TAG_NAME, "body").value_of_css_property("background-color")
    assert mark.value_of_css_property("background-color") != page_bg  # visibly highlighted
    entity_rows = browser.find_elements(By.CSS_SELECTOR, "table.entities tr")[1:]
    assert any("COUNTRY" in r.text and "Francja" in r.text for r in entity_rows)
    quality = browser.find_element(By.CSS_SELECTOR, "#page-3 + p.quality").text
    assert quality.startswith("source: text") and "lost_glyph" in quality and "glyph.lexicon" in quality
    assert browser.get_screenshot_as_png()[:8] == b"\x89PNG\r\n\x1a\n"
