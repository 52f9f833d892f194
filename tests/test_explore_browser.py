"""The explorer as a user meets it: a Voilà page in a real browser (headless Chromium).

The test starts ``akhbar explore`` (a real Voilà server on a free localhost
port) on a small corpus with sections, opens the page in Debian's Chromium
driven by Playwright, waits for the widgets (no fixed sleeps), chooses a
section, types a term in Contexts, and checks what is on screen: the match
count equals the library's, the rows appear, Arabic cells compute to
``direction: rtl``, and the words before the match are drawn to its *right*.
A screenshot is saved in the test's temporary folder (its path is printed).

Skips, saying why, where Chromium, Playwright or Voilà is missing (CI
installs Debian's ``chromium``: see ``.ci/run``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import explore_corpus
import pytest

import akhbar
from akhbar.freq import kwic

ROOT = Path(__file__).resolve().parents[1]
SECTION, TERM = "سياسة", "روسيا"
TIMEOUT_MS = 180_000
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists()
                                       else None)
        if found:
            return found
    return None


def _missing() -> str | None:
    if chromium() is None:
        return "Chromium is not installed (Debian: apt-get install chromium; .ci/run does)"
    for module in ("playwright", "voila"):
        if importlib.util.find_spec(module) is None:
            return f"the Python package {module!r} is not installed (pip install -e '.[test]')"
    return None


def _on_screen(page) -> dict:
    """What the Contexts panel shows: count, rows, directions, boxes of the first row."""
    line = page.locator(".akhbar-kwic-line").first
    before = line.locator(".akhbar-kwic-before > span")
    match = line.locator(".akhbar-kwic-match")
    after = line.locator(".akhbar-kwic-after")
    direction = "e => getComputedStyle(e).direction"
    return {
        "count": int(page.locator(".akhbar-kwic-count").inner_text().replace(",", "")),
        "rows": page.locator(".akhbar-kwic-line:visible").count(),
        "directions": [before.evaluate(direction), match.evaluate(direction),
                       after.evaluate(direction)],
        "before": before.bounding_box(), "match": match.bounding_box(),
        "after": after.bounding_box(), "selected": page.locator(".akhbar-selected").inner_text(),
    }


def drive_the_page(corpus_path: Path, folder: Path, screenshot: Path) -> dict:
    """Serve the explorer of ``corpus_path``, choose a section, look up a term in
    Contexts; returns what is on screen (and saves a screenshot)."""
    from playwright.sync_api import sync_playwright

    from akhbar.explore.serve import free_port, start, wait_until_serving

    port = free_port()
    server = start([str(corpus_path)], port, out_dir=folder / "saved", folder=folder, quiet=True)
    try:
        wait_until_serving(f"http://127.0.0.1:{port}/", server, timeout=120)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector(".akhbar-explorer .akhbar-selected")
            total = page.locator(".akhbar-selected").inner_text()
            page.select_option(".akhbar-filter-sections select", label=SECTION)
            page.wait_for_function(
                f"() => document.querySelector('.akhbar-selected').textContent !== '{total}'")
            page.get_by_text("Contexts · سياقات").click()
            page.locator(".akhbar-contexts-term input").type(TERM, delay=60)  # debounced
            page.wait_for_selector(".akhbar-kwic-line", state="visible")
            page.wait_for_selector(".akhbar-kwic-count")
            shown = _on_screen(page)
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
            browser.close()
        return shown
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_the_page_in_a_browser(tmp_path):
    missing = _missing()
    if missing:
        print(f"SKIPPED: {missing}", file=sys.stderr)
        pytest.skip(missing)
    corpus_path = explore_corpus.write(tmp_path)
    screenshot = tmp_path / "explorer.png"
    shown = drive_the_page(corpus_path, tmp_path, screenshot)
    print(f"\nscreenshot of the explorer: {screenshot}")
    corpus = akhbar.load_corpus(corpus_path)
    subcorpus = corpus[corpus["section"] == SECTION]
    assert shown["selected"] == f"{len(subcorpus):,}"
    assert shown["count"] == len(kwic(subcorpus, TERM)) > 0
    assert shown["rows"] == min(shown["count"], 25)
    assert shown["directions"] == ["rtl", "rtl", "rtl"]
    before, match, after = shown["before"], shown["match"], shown["after"]
    assert before["x"] >= match["x"] + match["width"] - 1  # before: to the right of the match
    assert after["x"] + after["width"] <= match["x"] + 1   # after: to its left
    assert screenshot.stat().st_size > 10_000
