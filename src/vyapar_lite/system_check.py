"""Plain-words messages for a machine that cannot run the app: Qt's system libraries or fonts
are missing.

Standard library only, so it works before PySide6 is imported (app.py calls `qt_problem()` first).
A fresh Linux machine (a container, a minimal install) may lack OpenGL/EGL, which makes
`import PySide6.QtGui` fail with "libGL.so.1: cannot open shared object file", or any font, which
makes every letter a box. The shopkeeper gets what is missing and the command that installs it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence

from vyapar_lite import APP_NAME

# shared library (as the loader names it) -> the Debian/Ubuntu package that provides it
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
}
# what the README asks for on a fresh Debian/Ubuntu machine; the missing library's package is
# added when it is another one
BASE_PACKAGES = ("libgl1", "libegl1", "fonts-dejavu-core")
FONT_PACKAGE = "fonts-dejavu-core"
# Qt on Linux (fontconfig) always lists these generic names, even with no font file installed
GENERIC_FAMILIES = frozenset({"Serif", "Sans Serif", "Monospace"})
_MISSING_LIBRARY = re.compile(r"([\w.+-]+\.(?:so(?:\.[\w.]+)?|dylib|dll))", re.IGNORECASE)


def missing_library(error: BaseException) -> str | None:
    """The shared library an import error names ('libGL.so.1'), or None."""
    match = _MISSING_LIBRARY.search(str(error))
    return match.group(1) if match else None


def apt_command(library: str | None) -> str:
    packages = list(BASE_PACKAGES)
    extra = DEBIAN_PACKAGES.get(library or "")
    if extra and extra not in packages:
        packages.insert(0, extra)
    return "sudo apt-get install " + " ".join(packages)


def qt_import_message(error: BaseException, platform: str = sys.platform) -> str:
    """What to tell the shopkeeper when Qt (PySide6) cannot be loaded."""
    library = missing_library(error)
    what = f"the system library {library}" if library else "a system library Qt needs"
    lines = [
        f"{APP_NAME} cannot start: {what} is missing on this computer.",
        f"(Qt said: {error})",
        "",
    ]
    if platform.startswith("linux"):
        lines += [
            "Qt needs OpenGL/EGL and a font. On Debian or Ubuntu install them with:",
            f"    {apt_command(library)}",
            "(on Fedora: sudo dnf install mesa-libGL mesa-libEGL dejavu-sans-fonts)",
            "then start the app again.",
        ]
    elif platform == "win32":
        lines += [
            "Install the latest Microsoft Visual C++ Redistributable (x64) from microsoft.com,",
            "or reinstall the app (the whole folder), then start it again.",
        ]
    else:
        lines += ["Reinstall the app (the whole folder), then start it again."]
    lines += ["Your shop file has not been opened or changed."]
    return "\n".join(lines)


def qt_problem() -> str | None:
    """Import the Qt modules the app needs; a message when they cannot load, else None."""
    try:
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        return qt_import_message(error)
    return None


# what Qt's X11 (xcb) platform plugin loads beyond the base libraries: library -> package
# (its soname, what Qt's plugin asks for, in XCB_SONAMES)
XCB_SONAMES = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-shape": "libxcb-shape.so.0",
}
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
}


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] | None = None,
) -> str | None:
    """On Linux, a message when Qt would find no screen to open a window on, or its X11 plugin's
    libraries are missing (Qt then aborts the process with a hard-to-read message), else None.

    `QT_QPA_PLATFORM` set by the user (offscreen for a headless check, wayland) is left to Qt."""
    if not platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            f"{APP_NAME} cannot start: there is no screen to show its window on (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set). Start it from the desktop; to check it on a machine "
            "without a screen, set QT_QPA_PLATFORM=offscreen."
        )
    if env.get("WAYLAND_DISPLAY"):
        return None
    if find_library is None:
        find_library = _loadable
    missing = [package for lib, package in XCB_LIBRARIES.items() if not find_library(lib)]
    if not missing:
        return None
    return "\n".join(
        [
            f"{APP_NAME} cannot start: Qt's X11 support needs libraries this computer lacks.",
            "On Debian or Ubuntu install them with:",
            f"    sudo apt-get install {' '.join(missing)}",
            "then start the app again. Your shop file has not been opened or changed.",
        ]
    )


def _loadable(lib: str) -> str | None:
    """The library's soname when the loader opens it (as Qt's plugin will, a fraction of a
    millisecond), else what `ctypes.util.find_library` finds (it runs `ldconfig -p` each time,
    several milliseconds, so only when the soname is not found as is)."""
    import ctypes

    try:
        ctypes.CDLL(XCB_SONAMES[lib])
    except (OSError, KeyError):
        from ctypes import util

        return util.find_library(lib)
    return XCB_SONAMES[lib]


def fonts_message(families: Sequence[str], platform: str = sys.platform) -> str | None:
    """A message when Qt found no font at all (every letter would show as a box), else None.

    `families` is `QFontDatabase.families()`; on Linux it holds Qt's generic names even when no
    font is installed, so only other names count as fonts."""
    if any(family not in GENERIC_FAMILIES for family in families):
        return None
    lines = [
        f"{APP_NAME} cannot start: no fonts are installed on this computer, so no text, "
        "name or amount could be read on screen.",
    ]
    if platform.startswith("linux"):
        lines += [
            "On Debian or Ubuntu install a font with:",
            f"    sudo apt-get install {FONT_PACKAGE} fontconfig",
            "(on Fedora: sudo dnf install dejavu-sans-fonts) then start the app again.",
        ]
    else:
        lines += ["Reinstall the system fonts, then start the app again."]
    lines += ["Your shop file has not been opened or changed."]
    return "\n".join(lines)


def tell(message: str) -> None:
    """Print the message to stderr; with no stderr to print to (a windowed app started from the
    Windows Explorer), show it in a native message box instead. Never raises."""
    stream = sys.stderr
    if stream is not None:
        try:
            print(message, file=stream, flush=True)
            return
        except (OSError, ValueError):
            pass
    if sys.platform == "win32":
        try:
            import ctypes

            MB_ICONERROR = 0x10
            ctypes.windll.user32.MessageBoxW(None, message, APP_NAME, MB_ICONERROR)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            pass
