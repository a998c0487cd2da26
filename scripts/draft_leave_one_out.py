"""Measure `factdb draft` against the hand-curated fixtures, leaving one seed out.

For each seed: build a claim base from the other four (their claims, their vocabulary), draft
the seed with it, and compare the candidates with the seed's curated claims. Prints the Markdown
table the README shows; see factdb/curate/draft_eval.py for what is counted.

Usage: python scripts/draft_leave_one_out.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from factdb.curate.draft_eval import leave_one_out, table
from factdb.ingest.discover import seed_folder
from factdb.ingest.loader import load_paths
from factdb.store.db import make_engine
from factdb.store.migrations import upgrade

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    fixtures = ROOT / "fixtures"
    seeds = seed_folder(fixtures / "sources.yaml", ROOT / "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        full = make_engine(f"sqlite:///{Path(tmp) / 'full.sqlite'}")
        upgrade(full)
        result = load_paths(full, [fixtures])
        scores = [leave_one_out(fixtures, seeds, full, s) for s in sorted(result.sources)]
        full.dispose()
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
