"""The `factdb` console script ([project.scripts] in pyproject.toml): this module is imported by
that script alone, and turns the cyclic collector off before anything of factdb is imported.

A fresh `factdb check "…"` never needs the collector (factdb.cli.fast turns it off for the
check), but the imports before it ran with it on: the script's own `import re` and factdb's
first modules set off a full collection, 5 % of a cold check's instructions (callgrind: 185.2 M
-> 175.7 M). Any command the fast entry does not answer (click's: a load makes millions of
objects) runs with the collector as the interpreter had it.
"""

import gc

_COLLECTING = gc.isenabled()
gc.disable()

from factdb.cli.fast import end_at_once, main  # noqa: E402  # after the collector is off


def script() -> None:
    """The `factdb` console script: fast.main, ending at once after an answer of its own."""
    main(end_at_once, _COLLECTING)
