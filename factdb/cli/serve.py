"""`factdb serve`: the claim base and the checker in the browser."""

from __future__ import annotations

import click

from factdb.cli.common import Context, db_option, fail, pass_ctx


@click.command(short_help="Run a read-only local web app over the claim base.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0: any free."
)
@db_option
@pass_ctx
def serve(ctx: Context, port: int) -> None:
    """Run a local, read-only web app on 127.0.0.1: browse sources with their claim spans
    highlighted, open a claim with its spans, restatements and lint findings, and paste a
    statement or a draft to get the same report as `check --format html`."""
    try:
        from factdb.serve.server import local_server
    except ModuleNotFoundError as exc:
        fail(f"the web app needs {exc.name}: pip install -e '.[serve]'")
    engine = ctx.engine()
    try:
        server = local_server(engine, port)
    except OSError as exc:
        fail(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}")
    click.echo(f"factdb: serving on http://127.0.0.1:{server.server_port}/  (Ctrl-C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
