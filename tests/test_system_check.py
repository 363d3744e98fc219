"""What the shopkeeper is told when the computer lacks Qt's system libraries (OpenGL/EGL) or
fonts: the messages themselves, how they reach the shopkeeper, and the app's real start-up."""

from __future__ import annotations

import ctypes
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vyapar_lite import system_check

SRC = Path(__file__).resolve().parent.parent / "src"
LIBGL_ERROR = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")

# Runs the app's entry point with the Qt modules failing to load as they do without libGL.
NO_LIBGL_APP = """
import sys
class NoLibGL:
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6.QtGui", "PySide6.QtWidgets"):
            raise ImportError(
                "libGL.so.1: cannot open shared object file: No such file or directory")
        return None
sys.meta_path.insert(0, NoLibGL())
from vyapar_lite.app import main
sys.exit(main(sys.argv[1:]))
"""
NO_FONTS_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_a_missing_libgl_names_the_library_and_the_packages_to_install() -> None:
    message = system_check.qt_import_message(LIBGL_ERROR, platform="linux")
    assert message.startswith("Vyapar Lite cannot start: the system library libGL.so.1 is missing")
    assert "    sudo apt-get install libgl1 libegl1 fonts-dejavu-core\n" in message
    assert "Your shop file has not been opened or changed." in message
    assert "Traceback" not in message


def test_another_missing_library_adds_its_own_package() -> None:
    error = ImportError("libxkbcommon.so.0: cannot open shared object file: No such file")
    assert system_check.missing_library(error) == "libxkbcommon.so.0"
    message = system_check.qt_import_message(error, platform="linux")
    assert "sudo apt-get install libxkbcommon0 libgl1 libegl1 fonts-dejavu-core" in message


def test_an_import_error_without_a_library_name_still_says_what_to_install() -> None:
    error = ImportError("undefined symbol: _ZN7QString")
    assert system_check.missing_library(error) is None
    message = system_check.qt_import_message(error, platform="linux")
    assert "a system library Qt needs is missing" in message
    assert "sudo apt-get install libgl1 libegl1 fonts-dejavu-core" in message
    assert "undefined symbol: _ZN7QString" in message


def test_on_windows_the_message_points_to_the_runtime_not_to_apt() -> None:
    error = ImportError(
        "DLL load failed while importing QtGui: The specified module was not found."
    )
    message = system_check.qt_import_message(error, platform="win32")
    assert "Visual C++ Redistributable" in message
    assert "apt-get" not in message


def test_qt_problem_is_none_when_qt_loads() -> None:
    assert system_check.qt_problem() is None


def test_no_fonts_means_only_qts_generic_names_are_listed() -> None:
    message = system_check.fonts_message(["Monospace", "Sans Serif", "Serif"], platform="linux")
    assert message is not None
    assert "no fonts are installed" in message
    assert "sudo apt-get install fonts-dejavu-core fontconfig" in message
    assert system_check.fonts_message([], platform="darwin") is not None


def test_one_real_font_is_enough() -> None:
    assert system_check.fonts_message(["Monospace", "Sans Serif", "DejaVu Sans"]) is None


def test_tell_prints_to_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    system_check.tell("install libgl1")
    assert stream.getvalue() == "install libgl1\n"


def test_tell_shows_a_message_box_on_windows_without_a_console(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[object, str, str, int]] = []

    class User32:
        @staticmethod
        def MessageBoxW(owner: object, text: str, title: str, flags: int) -> int:
            shown.append((owner, text, title, flags))
            return 1

    class WinDLL:
        user32 = User32()

    monkeypatch.setattr(sys, "stderr", None)  # a windowed app started from the Explorer
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    system_check.tell("install the runtime")
    assert shown == [(None, "install the runtime", "Vyapar Lite", 0x10)]


def _run_app(
    code_or_module: list[str], tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        **env,
    }
    return subprocess.run(
        [sys.executable, *code_or_module],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_the_app_without_libgl_exits_with_the_message(tmp_path: Path) -> None:
    shop = tmp_path / "shop.vyapar"
    result = _run_app(["-c", NO_LIBGL_APP, "--smoke", "--data", str(shop)], tmp_path)
    assert result.returncode == 1
    assert "the system library libGL.so.1 is missing" in result.stderr
    assert "sudo apt-get install libgl1 libegl1 fonts-dejavu-core" in result.stderr
    assert "Traceback" not in result.stderr
    assert not shop.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_the_app_without_fonts_exits_with_the_message(tmp_path: Path) -> None:
    config = tmp_path / "no-fonts.conf"  # fontconfig with no font folder: no font at all
    config.write_text(NO_FONTS_CONFIG.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    shop = tmp_path / "shop.vyapar"
    result = _run_app(
        ["-m", "vyapar_lite", "--demo", "--smoke", "--data", str(shop)],
        tmp_path,
        FONTCONFIG_FILE=str(config),
    )
    assert result.returncode == 1
    assert "no fonts are installed on this computer" in result.stderr
    assert "sudo apt-get install fonts-dejavu-core" in result.stderr
    assert not shop.exists()  # stopped before the shop was opened or made


def test_no_screen_on_linux_is_said_in_plain_words() -> None:
    message = system_check.display_problem({}, "linux", lambda lib: "found")
    assert message is not None
    assert "no screen to show its window on" in message and "QT_QPA_PLATFORM=offscreen" in message
    assert system_check.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert system_check.display_problem({}, "win32") is None
    assert system_check.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None


def test_missing_x11_libraries_are_named_with_their_packages() -> None:
    present = {"xcb-icccm", "xcb-keysyms", "xcb-shape", "xkbcommon-x11"}
    message = system_check.display_problem(
        {"DISPLAY": ":0"}, "linux", lambda lib: "lib" if lib in present else None
    )
    assert message is not None and "sudo apt-get install libxcb-cursor0\n" in message
    everything = system_check.display_problem({"DISPLAY": ":0"}, "linux", lambda lib: "lib")
    assert everything is None


def test_the_x11_libraries_are_found_by_their_sonames_as_qt_loads_them() -> None:
    import ctypes

    for lib, soname in system_check.XCB_SONAMES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            assert system_check._loadable(lib) is None or "." in str(system_check._loadable(lib))
        else:
            assert system_check._loadable(lib) == soname
    assert set(system_check.XCB_SONAMES) == set(system_check.XCB_LIBRARIES)
    assert system_check._loadable("no-such-library-here") is None
