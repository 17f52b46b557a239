"""A small web front end on vt_content: the content in the reader's language, a form
where a reader ticks the signs they recognise, and the guidance for them.

Start it with ``scripts/web.sh`` (it installs what it needs), then open
http://127.0.0.1:8000/. Routes:

- ``/``: the whole pack, then the form; a link at the top goes to the form.
- ``/guidance``: the guidance for the signs ticked (none: prevention), then the form with
  those signs ticked, to change them; a link goes back to the start. The form sends the
  signs in the request's body (POST), so that they are in no address: not in the browser's
  history, nor in the logs of a proxy between. ``/guidance?sign=ID&sign=ID`` gives the
  same page, for a link of your own.
- ``/pack.json`` and ``/schema.json``: the pack and its JSON Schema.
- ``/style.css``: the library's style sheet.

Every page comes from the library (``to_html``), which escapes every text of the pack.
Bad input gets a clear page and the right status, never a stack trace; an error page shows
the urgent help too (``urgent_help_html``), so that no page leaves a reader without it.
"""

from __future__ import annotations

import json
import os

from flask import Flask, Response, render_template_string, request
from werkzeug.exceptions import HTTPException

import vt_content

CATALOG = vt_content.catalog()
"""The packs this front end serves, one per locale."""

MAX_QUERY = 2048
"""The longest query string accepted, in bytes; a longer one is refused with 414. A form's
body is held to the same (413)."""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
"""What a page may load: its style sheet and nothing else, no script (the JSON-LD in a page is
data, which the browser does not run). Should a text ever get past the library's escaping,
the browser would still run nothing from it."""

PAGE = """<!DOCTYPE html>
<html lang="{{ lang }}" dir="{{ dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body class="vt-page">
<main class="vt-main">
<p class="vt-links">{% if back %}<a href="/">{{ back }}</a> · {% endif %}<a href="#signs-form">{{ legend }}</a></p>
{{ content | safe }}
<form id="signs-form" class="vt-form" method="post" action="/guidance">
<fieldset>
<legend>{{ legend }}</legend>
{% for sign in signs %}
<div><input type="checkbox" name="sign" value="{{ sign.id }}" id="tick-{{ sign.id }}"{% if sign.id in ticked %} checked{% endif %}>
<label for="tick-{{ sign.id }}">{{ sign.title }}</label></div>
{% endfor %}
</fieldset>
<button type="submit">{{ button }}</button>
</form>
</main>
</body>
</html>
"""

ERROR = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body class="vt-page">
<main class="vt-main">
<h1>{{ title }}</h1>
<p>{{ message }}</p>
{{ urgent_help | safe }}
<p><a href="/">Back to the start</a></p>
</main>
</body>
</html>
"""


def choose_pack() -> vt_content.ContentPack:
    """The pack in the reader's language, negotiated from ``Accept-Language`` through the
    bundled catalog (which holds en-GB alone today); a malformed header is ignored."""
    pack, _ = CATALOG.negotiate(request.headers.get("Accept-Language", ""))
    return pack


def html(body: str, status: int, pack: vt_content.ContentPack | None = None) -> Response:
    """An HTML response, in the language of `pack` when there is one."""
    return negotiated(Response(body, status=status, mimetype="text/html"), pack)


def negotiated(response: Response, pack: vt_content.ContentPack | None) -> Response:
    """`response` marked as chosen by ``Accept-Language`` (so that a cache keeps one copy
    per language), in the language of `pack` when there is one."""
    if pack is not None:
        response.headers["Content-Language"] = pack.locale
    response.headers["Vary"] = "Accept-Language"
    return response


def create_app() -> Flask:
    """The web application."""
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_QUERY

    @app.after_request
    def private(response: Response) -> Response:
        # A guidance page reached by a link names its signs in its address: no other site
        # learns them from a link the reader follows (the urgent-help services' sites).
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        return response

    @app.before_request
    def refuse_huge_queries() -> Response | None:
        if len(request.query_string) > MAX_QUERY:
            return error_page(
                414, "Request too long", "The address is too long. Go back to the start and tick the signs again."
            )
        # A server may pass the query's bytes on as they came (WSGI allows it), and
        # Werkzeug reads them as UTF-8 only when asked: bytes that are not are no sign.
        try:
            request.query_string.decode("utf-8")
        except UnicodeDecodeError:
            return error_page(
                400, "Unknown sign", "The address is not one this site made. Go back to the start and tick the signs again."
            )
        return None

    def page(pack: vt_content.ContentPack, content: str, ticked: list[str], heading: str | None) -> Response:
        """`content` (a fragment the library drew) in a page of the pack's language, with
        a link to the form of signs, and the form itself with the signs `ticked`. The
        start (no `heading`) is titled by the guide's title; the guidance page by its
        `heading`, the fragment's, and the guide's title, and links back to the start by
        the guide's title."""
        labels = vt_content.labels(pack)
        body = render_template_string(
            PAGE,
            lang=pack.locale,
            dir=pack.direction.value,
            title=pack.title if heading is None else f"{heading} – {pack.title}",
            back=None if heading is None else pack.title,
            content=content,
            signs=pack.signs,
            ticked=ticked,
            legend=labels.recognised_signs,
            button=labels.guidance_title,
        )
        return html(body, 200, pack)

    @app.get("/")
    def home() -> Response:
        pack = choose_pack()
        return page(pack, pack.to_html(fragment=True), [], heading=None)

    @app.route("/guidance", methods=["GET", "POST"])
    def guidance() -> Response:
        pack = choose_pack()
        ids = (request.form if request.method == "POST" else request.args).getlist("sign")
        try:
            advice = pack.guidance(ids)
        except vt_content.UnknownIdError:
            # The address is not the reader's words: it is not shown back to them.
            return error_page(
                400,
                "Unknown sign",
                "The address names a sign that is not in this guide. "
                "Go back to the start and tick the signs you recognise.",
            )
        # The page is titled as the guidance's heading: the prevention advice's with no sign.
        labels = vt_content.labels(pack)
        prevention = advice.kind is vt_content.GuidanceKind.PREVENTION
        heading = labels.prevention if prevention else labels.guidance_title
        response = page(pack, advice.to_html(fragment=True), ids, heading)
        # Nor is the page the signs chose kept, on a shared computer or in a cache between.
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.get("/pack.json")
    def pack_json() -> Response:
        pack = choose_pack()
        return negotiated(Response(pack.to_json(), mimetype="application/json"), pack)

    @app.get("/schema.json")
    def schema_json() -> Response:
        return Response(json.dumps(vt_content.schema(), indent=2), mimetype="application/schema+json")

    @app.get("/style.css")
    def style() -> Response:
        return Response(vt_content.STYLESHEET, mimetype="text/css")

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status=204)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        if error.code == 404:
            return error_page(404, "Page not found", "There is no page at this address.")
        page = error_page(error.code or 500, error.name, error.description or "")
        # The headers the error carries, such as a 405's Allow (RFC 9110).
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                page.headers[name] = value
        return page

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        # The reader gets a plain page; the log gets the traceback, as Flask logs it.
        app.logger.error("Exception on %s [%s]", request.path, request.method, exc_info=error)
        return error_page(500, "Something went wrong", "The page could not be made. Please try again.")

    return app


def error_page(status: int, title: str, message: str) -> Response:
    """A clear page for an error: what happened, where to turn now (the urgent help of the
    pack in the reader's language, which the library draws and escapes, as on every page),
    and a way back. Should the pack fail too, the page still says what happened."""
    try:
        urgent_help = choose_pack().urgent_help_html() or ""
    except Exception:  # noqa: BLE001 - an error page must not fail in turn
        urgent_help = ""
    body = render_template_string(ERROR, title=title, message=message, urgent_help=urgent_help)
    return html(body, status)


def main() -> None:
    """Serves the application on 127.0.0.1 (port ``PORT``, 8000 by default)."""
    from waitress import serve  # type: ignore[import-untyped]

    port = int(os.environ.get("PORT", "8000"))
    print(f"vt-content web example on http://127.0.0.1:{port}/", flush=True)
    serve(create_app(), host="127.0.0.1", port=port)


if __name__ == "__main__":
    main()

