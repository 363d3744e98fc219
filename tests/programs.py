"""Programs outside Python that some tests run, and what happens when one is missing.

A test that needs one says so with `@needs_program("soffice")` (or a module's `pytestmark`). On a
developer's machine without the program such a test is skipped, with the reason in pytest's
summary. When `CI=true`, a missing program is a failure that names it: CI can never go green by
skipping. `.ci/run` installs the Debian package of every program named here and checks each is
on the PATH before pytest starts; `tests/test_ci_setup.py` keeps this list, the tests and
`.ci/run` in step. Loaded as a pytest plugin by `conftest.py`.
"""

from __future__ import annotations

import glob
import os
import shutil

import pytest

# program -> (the names it may be installed under, the Debian package that brings it)
PROGRAMS: dict[str, tuple[tuple[str, ...], str]] = {
    "soffice": (("soffice", "libreoffice"), "libreoffice-calc-nogui"),
    # the throwaway PostgreSQL cluster the server run of the tests starts (tests/pg_cluster.py)
    "initdb": (("initdb",), "postgresql"),
    "pg_ctl": (("pg_ctl",), "postgresql"),
}
# Debian keeps PostgreSQL's server programs off the PATH, in one folder per major version.
FOLDERS = {"initdb": "/usr/lib/postgresql/*/bin", "pg_ctl": "/usr/lib/postgresql/*/bin"}


def find(program: str) -> str | None:
    """The path of `program` (under any of its names, on the PATH or in its FOLDERS), or None."""
    names, _package = PROGRAMS[program]
    folders = sorted(glob.glob(FOLDERS.get(program, "")), key=_version, reverse=True)
    path = os.pathsep.join([os.environ.get("PATH", os.defpath), *folders])
    return next((found for name in names if (found := shutil.which(name, path=path))), None)


def _version(folder: str) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.split("/") if part.isdigit())


def needs_program(program: str) -> pytest.MarkDecorator:
    if program not in PROGRAMS:
        raise KeyError(f"{program!r} is not in tests/programs.py PROGRAMS")
    return pytest.mark.needs_program(program)


def missing_message(program: str) -> str:
    _names, package = PROGRAMS[program]
    return f"{program} is not installed (Debian package {package})"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs_program(name): the test runs a program outside Python (tests/programs.py)"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs_program"):
        program = mark.args[0]
        if find(program) is None:
            if in_ci():
                pytest.fail(f"CI=true: {missing_message(program)}; .ci/run must install it",
                            pytrace=False)  # fmt: skip
            pytest.skip(missing_message(program))
