"""Alembic, driven from Python so users need no alembic.ini in their working directory."""

from __future__ import annotations

from collections.abc import Callable

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from alembic import command
from factdb.config import migrations_dir


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def _run(engine: Engine, action: Callable[[Config, str], None], revision: str) -> None:
    """An Alembic command on one transaction of `engine`: the migration and its version stamp
    commit together or not at all."""
    with engine.begin() as conn:
        config = _config(engine)
        config.attributes["connection"] = conn
        action(config, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    _run(engine, command.downgrade, revision)


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrations_dir())).get_current_head()
