"""Record what `factdb check --file` prints for the development statements, and compare later.

    python bench/verdicts.py record /tmp/before     # before a change meant to keep verdicts
    python bench/verdicts.py compare /tmp/before    # after it: exit 1 on any difference

A speed change must not change a verdict, a reason or an evidence quote. This runs the
statements of every development corpus in fixtures/statements (held-out files are left out:
they are only ever scored) and the bench's distinct batch through `factdb check --file`, as
JSON lines and as text, forked as a batch is, and keeps or compares the bytes. Not a test: the
suite compares read paths and forked against one-process output; this compares two versions of
the code.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
BATCH = 10_000  # the bench's distinct statements


def corpora() -> dict[str, list[str]]:
    """Statements by corpus name: the development files, and the bench's batch."""
    import yaml

    sys.path.insert(0, str(BENCH))
    from run import distinct_statements

    found = {}
    for path in sorted((REPO / "fixtures" / "statements").rglob("*.yaml")):
        if "held-out" in path.name:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        texts = [str(s["text"]) for s in data.get("statements") or []]
        name = path.relative_to(REPO / "fixtures" / "statements").with_suffix("")
        found[str(name).replace("/", "-")] = [" ".join(t.split()) for t in texts]
    found["bench-batch"] = distinct_statements(BATCH)
    return found


def outputs(folder: Path) -> None:
    """Each corpus checked as JSON lines and as text, into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    script = Path(sys.executable).parent / "factdb"
    for name, texts in corpora().items():
        lines = folder / f"{name}.statements"
        lines.write_text("\n".join(texts) + "\n", encoding="utf-8")
        for fmt in ("jsonl", "text"):
            with open(folder / f"{name}.{fmt}", "wb") as out:
                cmd = [str(script), "check", "--file", str(lines), "--format", fmt]
                subprocess.run(cmd, stdout=out, cwd=REPO, env={**os.environ, "NO_COLOR": "1"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "record":
        outputs(args.folder)
        print(f"recorded {len(list(args.folder.glob('*.jsonl')))} corpora in {args.folder}")
        return 0
    now = args.folder.with_name(args.folder.name + ".now")
    outputs(now)
    differ = [
        p.name
        for p in sorted(args.folder.iterdir())
        if (now / p.name).read_bytes() != p.read_bytes()
    ]
    for name in differ:
        print(f"differs: {name} (now in {now / name})")
    print(f"{len(differ)} of {len(list(args.folder.iterdir()))} outputs differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
