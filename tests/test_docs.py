"""The README and docs/ stand alone: every link points at a file in this repository, nothing
points outside it, and the README's picture is there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_every_link_in_the_docs_points_at_a_file_here() -> None:
    checked = 0
    for doc in DOCS:
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue  # a web address
            path = (doc.parent / target).resolve()
            assert path.exists(), f"{doc.relative_to(ROOT)} links to {target}, which is missing"
            assert ROOT in path.parents, f"{doc.relative_to(ROOT)} links outside the repo: {target}"
            checked += 1
    assert checked >= 20


def test_nothing_points_at_a_folder_outside_the_repo() -> None:
    for folder in ("src", "tests", "docs"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".md"} and path != Path(__file__):
                assert "../shared" not in path.read_text(encoding="utf-8"), path
    assert "../shared" not in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_starts_with_the_two_commands_and_shows_the_app() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert first_block[0].startswith("python3 build_scripts/dev.py app --demo")
    assert first_block[1].startswith("python3 build_scripts/dev.py test")
    assert "(docs/main-window.png)" in readme
    assert (ROOT / "docs" / "main-window.png").read_bytes().startswith(b"\x89PNG")
