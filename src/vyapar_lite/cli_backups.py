"""`vyapar-lite-cli backup` and `restore`: the same backup service the app uses."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from vyapar_lite.cli import CommandError
from vyapar_lite.db import DataFileError, close_data_file, open_data_file
from vyapar_lite.db.store import ServerAddress, data_location

BACKUP_PASSWORD_VARIABLE = "VYAPAR_BACKUP_PASSWORD"


def _password(args: argparse.Namespace, *, twice: bool) -> str:
    """The backup's password: from VYAPAR_BACKUP_PASSWORD (scripts), else typed at a terminal."""
    if (given := os.environ.get(BACKUP_PASSWORD_VARIABLE)) is not None:
        if not given:
            raise CommandError(f"{BACKUP_PASSWORD_VARIABLE} is empty; nothing was done")
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(
            "an encrypted backup needs its password: run this at a terminal to type it, or set "
            f"{BACKUP_PASSWORD_VARIABLE} for a script; nothing was done"
        )
    try:
        password = getpass.getpass("Backup password: ")
    except EOFError:
        password = ""
    if not password:
        raise CommandError("no password typed; nothing was done")
    if twice and _again() != password:
        raise CommandError("the two passwords differ; nothing was backed up")
    return password


def _again() -> str:
    try:
        return getpass.getpass("Type the password again: ")
    except EOFError:
        return ""


def _back_up_server(args: argparse.Namespace) -> str:
    """`backup --data postgresql://...`: pg_dump into the folder named with --to."""
    from vyapar_lite.services import server_backups
    from vyapar_lite.services.backup_files import BackupError

    if args.encrypt:
        raise CommandError("a shop on a server is backed up by pg_dump, without --encrypt")
    if not args.to:
        raise CommandError("name the folder for a server's backup with --to DIR")
    try:
        path = server_backups.back_up(args.data, Path(args.to).expanduser())
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    return f"backup of {args.data.url} written to {path} (pg_dump's custom format)"


def _restore_on_server(args: argparse.Namespace) -> str:
    """`restore DUMP --data postgresql://.../empty_db`: pg_restore into an empty database."""
    from vyapar_lite.services import server_backups
    from vyapar_lite.services.backup_files import BackupError

    try:
        server_backups.restore(Path(args.backup).expanduser(), args.data)
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    return f"{args.backup} restored into {args.data.url}"


def cmd_backup(args: argparse.Namespace) -> str:
    from vyapar_lite.services import backups
    from vyapar_lite.services.backup_files import BackupError

    if isinstance(args.data, ServerAddress):
        return _back_up_server(args)
    data = Path(args.data).expanduser().absolute()
    if not data.is_file():
        raise CommandError(f"there is no shop file at {data}")
    password = _password(args, twice=True) if args.encrypt else None
    to = Path(args.to).expanduser() if args.to else None
    if to is not None and not to.is_dir():
        raise CommandError(f"there is no folder {to} to back up into")
    try:
        try:
            open_data_file(data, create=False)
        except DataFileError as exc:
            if exc.kind != "in_use":
                raise
            # open in the app: a backup only reads, so it is taken all the same
            result = backups.back_up_file(
                data, to or backups.default_folder(data), password=password
            )
        else:
            result = backups.back_up(to, password=password)
            close_data_file()
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    info = result.info
    note = f" ({result.note})" if result.note else ""
    kind = "encrypted backup" if info.encrypted else "backup"
    removed = backups.removed_note(result.removed)
    removed = f"\n{removed}" if removed else ""
    return f"{kind} of '{info.shop_name}' ({info.summary}) written to {info.path}{note}{removed}"


def cmd_restore(args: argparse.Namespace) -> str:
    from vyapar_lite.services import backup_restore
    from vyapar_lite.services.backup_files import BackupError, read_info

    if isinstance(args.data, ServerAddress):
        return _restore_on_server(args)
    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        raise CommandError(f"there is no backup file {backup}")
    try:
        info = read_info(backup)
        password = _password(args, twice=False) if info.encrypted else None
        result = backup_restore.restore(backup, Path(args.data), password=password)
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    kept = f"; the previous file is kept as {result.safety_copy}" if result.safety_copy else ""
    return (
        f"restored '{info.shop_name}' of {info.taken_at:%d-%m-%Y %H:%M} ({info.summary}) "
        f"into {args.data}{kept}"
    )


def add_backup_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back up the shop file (checked; old backups thinned out)",
        description="Copy the shop file with SQLite's online backup (safe while the app has it "
        "open), check the copy and keep it in DIR (default: the backup folder in Settings, or "
        "'backups' beside the shop file).",
    )
    backup.add_argument("--to", type=Path, metavar="DIR", help="the folder for the backup")
    backup.add_argument(
        "--encrypt", action="store_true", help="encrypt the backup with a password (asked for)"
    )
    backup.set_defaults(run=cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the shop file with a backup (the current file is kept)",
        description="Check BACKUP, keep the current shop file as "
        "<name>.before-restore-<time>.vyapar, and put the backup in its place. Refused while "
        "the shop is open in the app.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    restore.set_defaults(run=cmd_restore)
    move = commands.add_parser(
        "move-to-server",
        parents=[common],
        help="copy the shop file to an empty database on a PostgreSQL server (or back)",
        description="Copy every table of the shop file (--data) into the empty database named "
        "by --to, in one transaction, and check the copy (row counts, every balance, check, the "
        "audit chain) before it counts; the file is left as it was. With a server as --data and "
        "a new file as --to, the shop comes back to one PC the same way.",
    )
    move.add_argument(
        "--to",
        type=data_location,
        required=True,
        metavar="URL|FILE",
        help="postgresql://user@host:port/dbname (an empty database), or a new shop file",
    )
    move.set_defaults(run=cmd_move_to_server)


def cmd_move_to_server(args: argparse.Namespace) -> str:
    from vyapar_lite.services import store_move

    if isinstance(args.data, ServerAddress) and isinstance(args.to, Path):
        target = args.to.expanduser().absolute()
        moved = store_move.move_to_file(args.data, target)
        where = f"{args.data.url} moved to {target}"
    elif isinstance(args.data, Path) and isinstance(args.to, ServerAddress):
        moved = store_move.move_to_server(args.data, args.to)
        where = f"{args.data} moved to {args.to.url}"
    else:
        raise CommandError("move a shop file to a server (--to postgresql://...) or back")
    return (
        f"{where}: {moved.rows} rows in {moved.tables} tables, checked after the copy "
        "(row counts, balances, check, audit chain)"
    )
