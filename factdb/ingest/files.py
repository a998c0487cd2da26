"""Reading input files without trusting them: regular files only, in bounded pieces, and
unchanged while they were read.

- A device, a pipe or a folder is refused before it is read: `/dev/zero` never ends and
  `/dev/urandom` never has a line end, so a symlink to either would read until memory runs out.
- A file read whole (YAML, a seed text, a labelled statement file) has a size limit, and a line
  of a streamed file (JSON Lines, CSV) a length limit, so that memory stays bounded.
- A file is compared before and after its read (device, inode, size, modification time, and for
  a file read whole its SHA-256): one truncated or rewritten meanwhile is refused, never loaded
  in part.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

MiB = 1024 * 1024
# YAML is for hand curation; a bigger claim file belongs in JSON Lines or CSV, which stream
# (a 100 MB YAML file took 181 s and 4.7 GB to load).
YAML_MAX_BYTES = 16 * MiB
SOURCE_MAX_BYTES = 16 * MiB  # one article's text
LINE_MAX_BYTES = 1 * MiB  # one claim of a bulk file (a claim with its quotes is about 500 bytes)
_CHUNK = 64 * 1024
BOM = b"\xef\xbb\xbf"


class UnstableFile(Exception):
    """A file that cannot be read safely: not a regular file, too large, or changed while read."""


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _regular(st: os.stat_result, limit: int | None) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise UnstableFile("is not a regular file (a device, a pipe or a folder)")
    if limit is not None and st.st_size > limit:
        raise UnstableFile(f"is {st.st_size:,} bytes, over the limit of {limit:,}")


def read_whole(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes that did not change while
    it was read. OSError for a file that cannot be opened, UnstableFile for the rest."""
    _regular(path.stat(), limit)  # before opening: opening a pipe waits for a writer
    with path.open("rb") as handle:
        before = os.fstat(handle.fileno())
        _regular(before, limit)
        data = handle.read(limit + 1)
        handle.seek(0)
        again = hashlib.sha256(handle.read(limit + 1)).digest()
    if (
        len(data) != before.st_size
        or _identity(path.stat()) != _identity(before)
        or hashlib.sha256(data).digest() != again
    ):
        raise UnstableFile("changed while it was read; nothing was loaded from it")
    return data


class Lines:
    """The lines of a regular file as bytes, without a leading byte order mark. A line over
    `limit` bytes comes as None, its rest skipped, so that the caller can report it and go on;
    `line` is the number of the line last given. At the end, UnstableFile if the file changed
    meanwhile."""

    def __init__(self, path: Path, limit: int = LINE_MAX_BYTES) -> None:
        _regular(path.stat(), None)  # before opening: opening a pipe waits for a writer
        self.handle: BinaryIO = path.open("rb")
        self.limit = limit
        self.line = 0  # the number of the line last returned
        try:
            self.before = os.fstat(self.handle.fileno())
            _regular(self.before, None)
        except BaseException:
            self.handle.close()
            raise
        self.read = 0

    def __enter__(self) -> Lines:
        return self

    def __exit__(self, *_: object) -> None:
        self.handle.close()

    def __iter__(self) -> Iterator[bytes | None]:
        while True:
            data = self.handle.readline(self.limit + 1)
            if not data:
                break
            self.read += len(data)
            self.line += 1
            if self.line == 1 and data.startswith(BOM):
                data = data[len(BOM) :]
            if len(data) > self.limit and not data.endswith(b"\n"):
                while (rest := self.handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
                    self.read += len(rest)
                self.read += len(rest)
                yield None
                continue
            yield data
        self.check()

    def check(self) -> None:
        """UnstableFile if the file is not, in full, what was there when it was opened."""
        try:
            after = os.stat(self.handle.name)
        except OSError as exc:
            raise UnstableFile(f"changed while it was read ({exc.strerror})") from exc
        if self.read != self.before.st_size or _identity(after) != _identity(self.before):
            raise UnstableFile(
                f"changed while it was read ({self.before.st_size:,} bytes when opened, "
                f"{after.st_size:,} now); nothing was loaded"
            )
