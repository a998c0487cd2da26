"""`factdb serve`: the claim base in the browser, on 127.0.0.1, read-only.

Routes:
- `/`: a box to paste a statement or a draft, and the sources;
- `/check` (GET ?text= or POST text=): the same page as `check --sentences --format html`,
  with claims and spans linked to their pages;
- `/sources`, `/sources/ID`: a source with every claim span highlighted;
- `/claims/ID`: a claim with its spans in their sentences, its restatements and its lint
  findings.

Bottle (one file, no dependencies) handles routing and requests, the standard library's WSGI
server serves them. The database is opened read-only: on SQLite every connection runs with
`PRAGMA query_only`, on PostgreSQL every transaction is READ ONLY, so no request can change it
whatever the code does. A load run beside it is seen on the next request. Requests are served
one at a time (one checker, one connection), which a newsroom's handful of users never notice.
Only requests naming this server (Host 127.0.0.1, localhost) are answered, so a web page
elsewhere cannot reach it through DNS rebinding.
"""

from __future__ import annotations

from typing import Any

import bottle
from sqlalchemy import Engine, event

from factdb.check.checker import Checker
from factdb.check.statement import StatementTooLong
from factdb.explain.html import Row, Sources, cited_sources, render_page
from factdb.explain.pages import (
    NAV,
    check_form,
    check_page,
    claim_page,
    home_page,
    message_page,
    source_page,
    sources_page,
)
from factdb.store.browse import (
    NotFound,
    get_claim,
    get_source,
    list_sources,
    restated_by,
    source_meta,
)

MAX_TEXT = 200_000  # characters pasted into /check: a long article, not a book
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def read_only(engine: Engine) -> None:
    """Make every new connection of `engine` refuse writes. Call before its first use."""
    engine.dispose()  # connections opened before (to build the base) must not be reused

    @event.listens_for(engine, "connect")
    def _refuse_writes(dbapi_conn: Any, _record: Any) -> None:
        if engine.dialect.name == "sqlite":
            dbapi_conn.execute("PRAGMA query_only=ON")
            return
        # Outside a transaction, or the rollback SQLAlchemy issues next would undo the SET.
        autocommit = dbapi_conn.autocommit
        dbapi_conn.autocommit = True
        with dbapi_conn.cursor() as cur:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_conn.autocommit = autocommit


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def make_app(engine: Engine) -> bottle.Bottle:
    """The web app over `engine`, which must already be migrated and loaded."""
    read_only(engine)
    checker = Checker(engine)
    app = bottle.Bottle()

    @app.hook("before_request")
    def _local_only() -> None:
        host = bottle.request.get_header("Host", "")
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        if name not in LOCAL_HOSTS:
            bottle.abort(403, "factdb serve answers only requests to 127.0.0.1 or localhost")
        # A NUL names nothing and PostgreSQL cannot bind it; lone surrogates are not text.
        values = [bottle.request.path, *bottle.request.params.values()]
        if any("\x00" in v or not _encodes(v) for v in values):
            bottle.abort(400, "the address or the text holds a NUL character or bytes not UTF-8")

    @app.error(400)
    @app.error(403)
    @app.error(404)
    @app.error(405)
    @app.error(413)
    @app.error(500)
    def _error(err: bottle.HTTPError) -> str:
        bottle.response.content_type = "text/html; charset=utf-8"
        return message_page(f"{err.status_code} {err.status_line.split(' ', 1)[-1]}", err.body)

    @app.get("/")
    def home() -> str:
        return home_page(list_sources(engine))

    @app.get("/sources")
    def sources() -> str:
        return sources_page(list_sources(engine))

    @app.get("/sources/<source_id>")
    def source(source_id: str) -> str:
        try:
            return source_page(get_source(engine, source_id))
        except NotFound as exc:
            bottle.abort(404, str(exc))
            raise  # unreachable: abort raises

    @app.get("/claims/<claim_id>")
    def claim(claim_id: str) -> str:
        from factdb.curate.lint import lint

        try:
            found, texts = get_claim(engine, claim_id)
        except NotFound as exc:
            bottle.abort(404, str(exc))
            raise
        problems = [p for p in lint(engine) if claim_id in p.ids]
        meta = source_meta(engine, texts)
        return claim_page(found, texts, meta, restated_by(engine, claim_id), problems)

    @app.route("/check", method=["GET", "POST"])
    def check() -> str:
        text = bottle.request.forms.getunicode("text") or bottle.request.query.getunicode("text")
        if not text or not text.strip():
            return check_page()
        if len(text) > MAX_TEXT:
            bottle.abort(413, f"the text has {len(text):,} characters; at most {MAX_TEXT:,}")
        rows = []
        with checker.snapshot():
            for piece in (text[a:b] for a, b in checker.sentences(text)):
                try:
                    rows.append(Row(piece, checker.check(piece)))
                except StatementTooLong as exc:
                    rows.append(Row(piece, error=f"Not checked: {exc}"))
            meta = source_meta(engine, cited_sources(rows))
            sources = Sources(checker.source_text, meta, linked=True)
            return render_page(text, rows, sources, "Check", form=check_form(text), nav=NAV)

    return app
