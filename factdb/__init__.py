"""factdb: check statements against curated, span-verified claims from trusted articles.

import factdb
checker = factdb.open_checker()
checker.check("Hungary approved 400 million USD of ODA for Vietnam").verdict
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from factdb.check.checker import Checker

__version__ = "0.1.0"


def open_checker(url: str | None = None) -> Checker:
    """A Checker on the database at `url` (else the one factdb.config finds), first loaded or
    refreshed from the fixtures as `factdb check` does. When the fixtures no longer load, it
    answers from the last good load and warns (UserWarning) naming the file and line."""
    # Imported here: `import factdb` stays cheap, and the two pipelines meet only at this door.
    import warnings

    from factdb.check.checker import Checker
    from factdb.ingest.refresh import ensure_ready
    from factdb.store.db import make_engine

    engine = make_engine(url)
    stale = ensure_ready(engine)
    if stale is not None:
        warnings.warn(stale, stacklevel=2)
    return Checker(engine)
