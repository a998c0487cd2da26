"""Progress bars: drawn on a terminal (count, rate, time left), nothing when stderr is piped.

The commands run as real processes, once with stderr on a pseudo-terminal of 100 columns and
once on a pipe.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT

pty = pytest.importorskip("pty")  # POSIX only
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")


def _on_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run factdb with stderr on a terminal; its exit status and what the terminal showed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "factdb", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=cwd,
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.wait(timeout=120), shown.decode("utf-8", "replace")


def _piped(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factdb", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def statements(tmp_path: Path) -> Path:
    path = tmp_path / "statements.txt"
    lines = ["Hungary cấp ODA 0,4 tỷ USD cho Việt Nam", "To Lam met Orban"] * 200
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bars_on_a_terminal(tmp_path: Path, statements: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    status, shown = _on_terminal(["--db", db, "load", str(REPO_ROOT / "fixtures")], tmp_path)
    assert status == 0, shown
    assert "load:" in shown and "claim/s" in shown
    status, shown = _on_terminal(
        ["--db", db, "check", "--file", str(statements), "--format", "jsonl"], tmp_path
    )
    assert status == 0, shown
    assert "check:" in shown and "/400" in shown and "statement/s" in shown
    assert "<" in shown  # the time left, as tqdm shows it: [elapsed<left, rate]


def test_nothing_when_piped(tmp_path: Path, statements: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    loaded = _piped(["--db", db, "load", str(REPO_ROOT / "fixtures")], tmp_path)
    assert loaded.returncode == 0 and loaded.stderr == ""
    checked = _piped(
        ["--db", db, "check", "--file", str(statements), "--format", "jsonl"], tmp_path
    )
    assert checked.returncode == 0
    assert checked.stderr == ""
    assert "\r" not in checked.stdout and "\x1b" not in checked.stdout
    assert len(checked.stdout.splitlines()) == 400
