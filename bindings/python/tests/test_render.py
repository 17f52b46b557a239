"""Pages from a pack and from a guidance: HTML, Markdown, plain text and JSON-LD, drawn by
the core's render module."""

from __future__ import annotations

import json

import pytest

import vt_content
from repo import CONFORMANCE

PACK = vt_content.bundled()


def test_a_pack_renders_as_an_accessible_page() -> None:
    page = PACK.to_html()
    assert page.startswith("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\">")
    assert '<aside class="vt-notice vt-notice--urgent"' in page
    assert 'href="tel:116123"' in page
    assert "not yet reviewed" in page
    fragment = PACK.to_html(fragment=True, first_heading_level=2)
    assert fragment.startswith('<article class="vt-document vt-document--pack" lang="en-GB" dir="ltr">')
    linked = PACK.to_html(stylesheet="/site.css")
    assert '<link rel="stylesheet" href="/site.css">' in linked and "<style>" not in linked


def test_any_int_is_a_heading_level_taken_as_the_nearest() -> None:
    def top(level: int) -> str:
        fragment = PACK.to_html(fragment=True, first_heading_level=level)
        return fragment[fragment.index("<h") + 2]

    levels = (-(2**100), -(2**31), 0, 2, 256, 2**31 - 1, 2**31, 2**100)
    assert [top(level) for level in levels] == ["1", "1", "1", "2", "3", "3", "3", "3"]
    guidance = PACK.guidance(["withdrawing"]).to_html(fragment=True, first_heading_level=2**40)
    assert guidance[guidance.index("<h") + 2] == "3"


def test_any_int_is_a_width_taken_as_the_nearest() -> None:
    narrowest = PACK.to_text(20)
    assert max(len(line) for line in narrowest.splitlines()) == 20
    for width in (-1, -(2**100), 0, 19):
        assert PACK.to_text(width) == narrowest
        assert PACK.guidance(["withdrawing"]).to_text(width) == PACK.guidance(["withdrawing"]).to_text(20)
    # A width beyond any line: each paragraph on one line.
    widest = PACK.to_text(2**100)
    assert widest == PACK.to_text(2**63) and PACK.summary[0] in widest.splitlines()
    with pytest.raises(TypeError):
        PACK.to_text(80.0)  # type: ignore[arg-type]
    # Without a width, 80 columns.
    assert PACK.to_text() == PACK.to_text(80) != PACK.to_text(60)
    guidance = PACK.guidance(["withdrawing"])
    assert guidance.to_text() == guidance.to_text(80) != guidance.to_text(60)


def test_the_urgent_help_stands_alone_for_a_page_of_your_own() -> None:
    help = PACK.urgent_help_html()
    assert help is not None
    assert help.startswith('<aside class="vt-notice vt-notice--urgent" lang="en-GB" dir="ltr"')
    assert '<h2 id="urgent-help">' in help and 'href="tel:116123"' in help
    assert help.removesuffix("\n") in PACK.to_html(fragment=True, first_heading_level=1).replace(
        '<aside class="vt-notice vt-notice--urgent" aria', '<aside class="vt-notice vt-notice--urgent" lang="en-GB" dir="ltr" aria'
    )
    assert PACK.guidance(["withdrawing"]).urgent_help_html(heading_level=2) == help
    assert '<h3 id="urgent-help">' in (PACK.urgent_help_html(2**40) or "")
    # A pack of schema 1.0 gives none.
    minimal = vt_content.load(CONFORMANCE / "valid" / "minimal-pack" / "pack.json")
    assert minimal.urgent_help_html() is None


def test_an_id_prefix_starts_every_id_and_every_link_to_one() -> None:
    guidance = PACK.guidance(["withdrawing"])
    for page, first_section in ((PACK, "what-it-is"), (guidance, "recognised-signs")):
        html = page.to_html(fragment=True, id_prefix="vt")
        assert '<h1 id="vt-title">' in html
        assert f'<li><a href="#vt-{first_section}">' in html and f'<h2 id="vt-{first_section}">' in html
        assert html.count('id="vt-') == html.count('id="') and html.count('href="#vt-') == html.count('href="#')
        assert html.replace('id="vt-', 'id="').replace('href="#vt-', 'href="#').replace(
            'aria-labelledby="vt-', 'aria-labelledby="'
        ) == page.to_html(fragment=True)
        assert '<h2 id="vt-urgent-help">' in (page.urgent_help_html(id_prefix="vt") or "")
        markdown = page.to_markdown(id_prefix="vt")
        assert markdown.replace('<a id="vt-', '<a id="').replace("](#vt-", "](#") == page.to_markdown()
        assert '<a id="vt-urgent-help">' in markdown
    with pytest.raises(ValueError, match=r'^id_prefix: "My page" is not a kebab-case id: '):
        PACK.to_html(id_prefix="My page")
    with pytest.raises(ValueError, match="^id_prefix: "):
        guidance.to_markdown(id_prefix="")


def test_text_markdown_and_json_ld() -> None:
    assert all(len(line) <= 40 for line in PACK.to_text(40).splitlines())
    assert '<a id="sign-withdrawing"></a>' in PACK.to_markdown()
    data = PACK.to_json_ld()
    assert (data["@type"], data["inLanguage"]) == ("MedicalWebPage", "en-GB")


def test_a_guidance_renders_with_its_pack() -> None:
    guidance = PACK.guidance(["withdrawing", "low-motivation"])
    assert isinstance(guidance, vt_content.GuidanceContent)
    page = guidance.to_html()
    body = page[page.index("<body") :]
    assert body.index("vt-notice--urgent") < body.index("Someone you trust")
    assert PACK.attribution.notice in page
    assert guidance.to_text().startswith("Guidance for the signs you recognise\n")
    assert guidance.to_markdown().startswith("# Guidance for the signs you recognise\n")
    assert guidance.to_json_ld()["@type"] == "MedicalWebPage"
    # The options reach the guidance's pages as they reach the pack's.
    linked = guidance.to_html(stylesheet="/site.css")
    assert '<link rel="stylesheet" href="/site.css">' in linked and "<style>" not in linked
    assert '<h3 id="urgent-help">' in (guidance.urgent_help_html(3) or "")
    assert max(len(line) for line in guidance.to_text(30).splitlines()) == 30


def test_markup_from_a_pack_is_escaped() -> None:
    pack = vt_content.loads(PACK.to_json().replace("Vicarious traumatisation\",", "<script>x</script>\","))
    page = pack.to_html()
    assert "<script>x" not in page and "&lt;script&gt;x" in page


def test_json_ld_text_cannot_end_a_script_element() -> None:
    title = "</script><script>alert(1)</script> & co"
    pack = vt_content.loads(PACK.to_json().replace('"Vicarious traumatisation",', json.dumps(title) + ",", 1))
    for rendered in (pack, pack.guidance(["withdrawing"])):
        text = rendered.to_json_ld_text()
        assert "<" not in text and ">" not in text and "&" not in text
        assert "\\u003c/script\\u003e" in text
        assert json.loads(text) == rendered.to_json_ld()
    assert json.loads(pack.to_json_ld_text())["name"] == title
