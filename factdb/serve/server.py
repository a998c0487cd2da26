"""The HTTP server under the web app: the standard library's WSGI server, bound to 127.0.0.1.

Connections are accepted on threads, so a browser's idle or speculative connection cannot hold
up the next request; the app itself runs one request at a time (one checker, one connection),
which a newsroom's handful of users never notice.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from sqlalchemy import Engine

from factdb.serve.app import make_app

HOST = "127.0.0.1"  # never another interface: the app has no login


class _Handler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        # One line a request on stderr, without the client address (always this machine).
        sys.stderr.write(f"{self.log_date_time_string()} {format % args}\n")


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True  # a connection left open by a browser never blocks shutdown


def _one_at_a_time(app: Callable[..., Iterable[bytes]]) -> Callable[..., list[bytes]]:
    lock = threading.Lock()

    def serialised(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        with lock:
            return list(app(environ, start_response))

    return serialised


def local_server(engine: Engine, port: int = 0) -> WSGIServer:
    """A server for the app over `engine` on 127.0.0.1:`port` (0: any free port)."""
    return make_server(
        HOST,
        port,
        _one_at_a_time(make_app(engine)),
        server_class=_ThreadingServer,
        handler_class=_Handler,
    )
