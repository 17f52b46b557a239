"""The web example, through Flask's test client: every route, and bad input answered with
a clear page and the right status, never a stack trace."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import vt_content
from flask.testing import FlaskClient

sys.path.insert(0, str(Path(__file__).parent))
import app as web  # noqa: E402


URGENT_HELP = '<aside class="vt-notice vt-notice--urgent" lang="en-GB" dir="ltr"'
"""The start of the urgent help that an error page shows, as the library draws it alone."""


@pytest.fixture
def client() -> FlaskClient:
    return web.create_app().test_client()


def test_the_home_page_has_the_content_and_the_form(client: FlaskClient) -> None:
    response = client.get("/", headers={"Accept-Language": "cy, en-GB;q=0.8"})
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "en-GB"
    page = response.get_data(as_text=True)
    assert '<html lang="en-GB" dir="ltr">' in page and 'class="vt-notice vt-notice--urgent"' in page
    assert page.count('type="checkbox" name="sign"') == 7


def test_the_form_leads_to_the_guidance(client: FlaskClient) -> None:
    home = client.get("/").get_data(as_text=True)
    assert '<form id="signs-form" class="vt-form" method="post" action="/guidance">' in home
    # The form sends the signs in its body, so that no address holds them; a link of your
    # own names them in its query and gets the same page.
    response = client.post("/guidance", data={"sign": ["withdrawing", "low-motivation"]})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    body = page[page.index("<body") :]
    assert body.index("If you need help now") < body.index("Someone you trust") < body.index("Your line manager")
    assert "<title>Guidance for the signs you recognise – Vicarious traumatisation</title>" in page
    assert page.count(" checked>") == 2
    assert client.get("/guidance?sign=withdrawing&sign=low-motivation").get_data(as_text=True) == page


def test_a_form_too_large_is_refused(client: FlaskClient) -> None:
    response = client.post("/guidance", data={"sign": ["withdrawing"] * 400})
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "Traceback" not in page and URGENT_HELP in page
    response = client.post("/guidance", data={"sign": ["sad"]})
    assert response.status_code == 400 and "names a sign that is not in this guide" in response.get_data(as_text=True)


def test_a_guidance_page_is_titled_by_its_heading(client: FlaskClient) -> None:
    page = client.get("/guidance").get_data(as_text=True)
    assert "<title>Lowering your risk – Vicarious traumatisation</title>" in page
    assert "<h1" in page and "Lowering your risk</h1>" in page


def test_the_guidance_leads_back_and_keeps_the_signs_ticked(client: FlaskClient) -> None:
    page = client.get("/guidance?sign=withdrawing").get_data(as_text=True)
    assert '<a href="/">Vicarious traumatisation</a>' in page
    assert '<a href="#signs-form">Signs you recognise</a>' in page
    assert page.index("Someone you trust") < page.index('<form id="signs-form"')
    assert 'value="withdrawing" id="tick-withdrawing" checked>' in page
    assert page.count(" checked>") == 1
    home = client.get("/").get_data(as_text=True)
    assert '<a href="/">' not in home and '<a href="#signs-form">' in home and " checked>" not in home


def test_data_and_style(client: FlaskClient) -> None:
    assert client.get("/pack.json").get_json()["id"] == "vicarious-traumatisation"
    assert client.get("/schema.json").get_json()["$id"].startswith("urn:vt-content:schema:")
    assert "vt-notice" in client.get("/style.css").get_data(as_text=True)


@pytest.mark.parametrize(
    ("path", "headers", "status", "words"),
    [
        ("/guidance?sign=sad", {}, 400, "names a sign that is not in this guide"),
        ("/guidance?sign=%3Cscript%3E", {}, 400, "tick the signs you recognise"),
        ("/guidance?" + "sign=withdrawing&" * 400, {}, 414, "too long"),
        ("/", {"Accept-Language": "\x00;;q=zz, *;q=-1, ,,"}, 200, "Vicarious traumatisation"),
        ("/nowhere", {}, 404, "There is no page at this address"),
    ],
)
def test_bad_input_gets_a_clear_page(
    client: FlaskClient, path: str, headers: dict[str, str], status: int, words: str
) -> None:
    response = client.get(path, headers=headers)
    page = response.get_data(as_text=True)
    assert response.status_code == status
    assert words in page
    assert "Traceback" not in page and "<script>" not in page
    # Every page, an error page too, shows where to turn now.
    assert 'class="vt-notice vt-notice--urgent"' in page and 'href="tel:116123"' in page
    assert (URGENT_HELP in page) == (status >= 400)


@pytest.mark.parametrize("query", [b"sign=\xff", b"sign=losing-hope&x=\xed\xa0\x80"])
def test_a_query_that_is_not_utf8_is_refused(client: FlaskClient, query: bytes) -> None:
    # As a server that passes a query's bytes on as they came gives them (WSGI allows it).
    response = client.get("/guidance", environ_overrides={"QUERY_STRING": query.decode("latin-1")})
    assert response.status_code == 400
    assert "Traceback" not in response.get_data(as_text=True)


def test_no_other_site_learns_the_signs_a_reader_ticked(client: FlaskClient) -> None:
    for path in ("/", "/guidance?sign=withdrawing", "/nowhere", "/style.css"):
        response = client.get(path)
        assert response.headers["Referrer-Policy"] == "no-referrer", path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
        assert response.headers["Content-Security-Policy"].startswith("default-src 'none';"), path
    assert client.get("/guidance?sign=withdrawing").headers["Cache-Control"] == "no-store"
    assert "Cache-Control" not in client.get("/").headers


def test_the_pack_json_says_it_was_chosen_by_language(client: FlaskClient) -> None:
    response = client.get("/pack.json", headers={"Accept-Language": "en-GB"})
    assert response.headers["Vary"] == "Accept-Language"
    assert response.headers["Content-Language"] == "en-GB"


def test_a_method_not_allowed_says_which_are(client: FlaskClient) -> None:
    response = client.put("/guidance")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "Method Not Allowed" in page and URGENT_HELP in page


def test_an_unexpected_error_is_a_plain_page_and_a_logged_traceback(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> vt_content.ContentPack:
        raise RuntimeError("a defect in the front end")

    monkeypatch.setattr(web, "choose_pack", broken)
    response = client.get("/")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong" in page and "a defect" not in page
    # The pack failed: the page says what happened without it.
    assert URGENT_HELP not in page
    [record] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert record.getMessage() == "Exception on / [GET]"
    assert record.exc_info is not None and "a defect in the front end" in str(record.exc_info[1])
