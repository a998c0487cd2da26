"""A plain `pip install` of the built wheel works from any directory: the curated claims, the
seeds and the migrations travel inside the package, and the database goes to the user's data
directory, never into site-packages.

This builds the wheel and installs it (with its dependencies, from the package index) into a
fresh virtual environment, so it takes a while; it is the only test that proves the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this checkout installed in it; its bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        REPO_ROOT,
        "-w",
        root / "dist",
        cwd=root,
    )
    (wheel,) = (root / "dist").glob("factdb-*.whl")
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / "bin"
    _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=root)
    return bin_dir


def test_the_wheel_checks_a_statement_from_another_directory(
    installed: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTDB_", "XDG_"))}
    env["HOME"] = str(home)
    out = _run(
        installed / "factdb",
        "check",
        "Hungary's ODA for Vietnam totals 400 million USD",
        cwd=tmp_path,
        env=env,
    )
    assert out.startswith("SUPPORTED"), out
    assert "hu-oda-400m-usd" in out
    done = subprocess.run(
        [
            installed / "factdb",
            "check",
            "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and done.stdout.startswith("CONTRADICTED"), done
    assert (home / ".local/share/factdb/factdb.sqlite").is_file()
    site = Path(
        _run(
            installed / "python",
            "-c",
            "import factdb; print(factdb.__file__)",
            cwd=tmp_path,
            env=env,
        ).strip()
    ).parent
    assert not list(site.parent.glob("*.sqlite")), "a database was written into site-packages"
    assert (site / "_data" / "fixtures" / "claims").is_dir()
    assert len(_run(installed / "factdb", "sources", cwd=tmp_path, env=env).splitlines()) >= 7
    # A fresh check as installed imports none of what its start was cut of (12-20 ms of it):
    # only a wheel install shows pathlib and importlib, which an editable install's finder
    # imports anyway.
    unused = (
        "dataclasses",
        "inspect",
        "typing",
        "pathlib",
        "json",
        "urllib.parse",
        "click",
        "importlib",
        "warnings",
    )
    code = (
        "import sys\nfrom factdb.cli.fast import main\nsys.argv[0] = 'factdb'\n"
        f"try:\n    main()\nexcept SystemExit:\n    unused = {unused!r}\n"
        "    print(' '.join(m for m in unused if m in sys.modules) or '-', file=sys.stderr)\n"
        "    raise\n"
    )
    statement = "Hungary's ODA for Vietnam totals 400 million USD"
    for _ in range(2):  # the first compiles the SQL this statement's reads need, once
        fresh = subprocess.run(
            [installed / "python", "-c", code, "check", statement],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert fresh.returncode == 0 and fresh.stdout.startswith("SUPPORTED"), fresh
    assert fresh.stderr.strip() == "-", fresh.stderr
