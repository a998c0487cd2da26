"""datasette/metadata.yaml names real tables and columns, so Datasette keeps labelling foreign
keys after a migration renames something (README: "Browsing the SQLite file in Datasette")."""

from __future__ import annotations

import yaml
from conftest import REPO_ROOT

from factdb.store.models import Base


def test_metadata_names_real_tables_and_label_columns() -> None:
    meta = yaml.safe_load((REPO_ROOT / "datasette" / "metadata.yaml").read_text(encoding="utf-8"))
    tables = meta["databases"]["factdb"]["tables"]
    known = Base.metadata.tables
    assert set(tables) - {"alembic_version"} <= set(known)
    assert set(known) <= set(tables)  # every table described
    for name, table in tables.items():
        if "label_column" in table:
            assert table["label_column"] in known[name].columns, name
