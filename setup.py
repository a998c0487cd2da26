"""The curated claim base travels inside the wheel.

`fixtures/`, `seeds/` and `alembic/` stay at the top of the repository (the project's layout),
and are copied into the built package as `factdb/_data/…`, where factdb.config finds them when
factdb runs outside a project. Everything else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("fixtures", "seeds", "alembic")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.sqlite*")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "factdb" / "_data"
        for name in SHIPPED:
            shutil.copytree(root / name, target / name, ignore=SKIP, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
