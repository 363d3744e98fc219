"""CI on a clean machine: every program a test runs is installed by `.ci/run`.

A test that runs something other than Python must find it through `tests/programs.py`, which
names its Debian package; `.ci/run` installs that package and checks the program is there before
pytest starts. These tests read the test sources and `.ci/run` and fail when the three disagree,
so a test can't quietly depend on a program a developer installed by hand.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import programs

TESTS = Path(__file__).resolve().parent
CI_RUN = TESTS.parent / ".ci" / "run"
RUNNERS = {"run", "Popen", "call", "check_call", "check_output"}


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(TESTS.rglob("*.py"))]


def _found_programs(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to `programs.find("X")`: name -> program."""
    names = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and ast.unparse(node.value.func) == "programs.find"
        ):
            program = node.value.args[0]
            assert isinstance(program, ast.Constant)
            for target in node.targets:
                names[ast.unparse(target)] = str(program.value)
    return names


def _ci_list(variable: str) -> set[str]:
    match = re.search(rf'^{variable}="([^"]*)"', CI_RUN.read_text(), re.MULTILINE)
    assert match, f'.ci/run has no {variable}="..." line'
    return set(match.group(1).split())


def test_tests_find_programs_only_through_the_list() -> None:
    for path, tree in _sources():
        if path.name == "programs.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "shutil.which":
                raise AssertionError(
                    f"{path.relative_to(TESTS)}:{node.lineno}: use programs.find() and "
                    "needs_program(), so CI installs the program and fails when it is missing"
                )


def test_every_program_a_test_starts_is_python_or_listed() -> None:
    started = set()
    for path, tree in _sources():
        found = _found_programs(tree)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in RUNNERS
                and ast.unparse(node.func.value) == "subprocess"
                and node.args
            ):
                continue
            argv = node.args[0]
            assert isinstance(argv, ast.List) and argv.elts, (
                f"{path.relative_to(TESTS)}:{node.lineno}: pass the command as a list"
            )
            first = ast.unparse(argv.elts[0])
            if first == "sys.executable":
                continue
            assert first in found, (
                f"{path.relative_to(TESTS)}:{node.lineno}: starts {first}, which is neither "
                "sys.executable nor a program found with programs.find()"
            )
            started.add(found[first])
    assert started <= set(programs.PROGRAMS)
    assert "soffice" in started  # the check itself sees the LibreOffice tests
    assert {"initdb", "pg_ctl"} <= started  # ... and the server run's cluster (pg_cluster.py)


def test_ci_installs_and_checks_every_listed_program() -> None:
    script = CI_RUN.read_text()
    assert re.search(r"apt-get install .*\$TEST_PACKAGES", script), (
        ".ci/run installs no TEST_PACKAGES"
    )
    assert _ci_list("PROGRAMS_TESTS_RUN") == set(programs.PROGRAMS)
    for program, (_names, package) in programs.PROGRAMS.items():
        assert package in _ci_list("TEST_PACKAGES"), (
            f".ci/run does not install {package}, which brings {program}"
        )


def test_a_missing_program_fails_in_ci_and_is_skipped_elsewhere(tmp_path: Path) -> None:
    test = tmp_path / "test_needs.py"
    test.write_text(
        "from programs import needs_program\n\n"
        "@needs_program('soffice')\n"
        "def test_it():\n    pass\n"
    )
    env = {**os.environ, "PYTHONPATH": str(TESTS), "PATH": str(Path(sys.executable).parent)}

    def run(ci: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "programs", "-rs", "-q", "-p",
             "no:cacheprovider", "-c", os.devnull, str(test)],
            capture_output=True, text=True, env={**env, "CI": ci}, cwd=tmp_path,
            timeout=120, check=False,
        )  # fmt: skip

    in_ci = run("true")
    assert in_ci.returncode == 1, in_ci.stdout
    assert "CI=true: soffice is not installed (Debian package libreoffice-calc-nogui)" in (
        in_ci.stdout
    )
    at_a_desk = run("")
    assert at_a_desk.returncode == 0, at_a_desk.stdout
    assert "SKIPPED" in at_a_desk.stdout and "soffice is not installed" in at_a_desk.stdout
