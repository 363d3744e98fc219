"""Files written for the user: exported workbooks, PDFs and XML.

They are made with the user's normal file mode (the umask: usually 0644, readable by another
user of the PC and by the accountant's copy tool), unlike the shop's own files, which stay
owner-only (0600): the shop file (`db/connection.py`), its lock file (`db/lock.py`) and backups
(`services/backups.py`, `backup_files.py`). A file is written under a hidden temporary name
beside its target and put in place whole (`os.replace`), so a failure never leaves half a file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

NORMAL_MODE = 0o666  # before the umask, as any program's new file


def temporary_beside(path: Path, suffix: str) -> Path:
    """A new, empty file beside `path` under a hidden unique name, with the user's normal mode
    (unlike `tempfile.mkstemp`, which makes it owner-only)."""
    path = Path(path)
    for _ in range(100):
        candidate = path.with_name(f".{path.stem}-{secrets.token_hex(4)}{suffix}")
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, NORMAL_MODE))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {path}")


def write_text(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` for the user: a temporary file beside it first, then
    replaced whole, so a failure never leaves half a file or an old one half overwritten."""
    path = Path(path)
    temporary = temporary_beside(path, path.suffix)
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
