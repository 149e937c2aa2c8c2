"""Shared test set-up: Qt offscreen, no network, no thread left running."""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto
_REAL_SOCKET = socket.socket
_LOCAL = getattr(socket, "AF_UNIX", None)

# Every refused attempt, so that one the code swallowed (`except Exception: pass`) still fails the test.
network_attempts: list[str] = []


def _refused(what: str) -> NetworkUsed:
    network_attempts.append(what)
    return NetworkUsed(f"the program tried to use the network: {what}")


def _refuse(self: socket.socket, address: object) -> None:
    # Local IPC (Unix sockets, e.g. Qt's offscreen plugin or multiprocessing) is not the network.
    if self.family == _LOCAL:
        _real_connect(self, address)
        return
    raise _refused(f"a connection to {address!r}")


def _refuse_sendto(self: socket.socket, data: bytes, *args: object) -> int:
    # UDP needs no connect(): a DNS query or a broadcast goes out through sendto().
    if self.family == _LOCAL:
        return _real_sendto(self, data, *args)  # type: ignore[arg-type]
    raise _refused(f"a datagram to {args[-1]!r}")


def _refuse_lookup(host: object, *args: object, **kwargs: object) -> object:
    raise _refused(f"a name lookup of {host!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application must never open a network connection, send a datagram or look up a host name; any attempt
    fails the test, even one the code caught and ignored."""
    network_attempts.clear()
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket.socket, "sendto", _refuse_sendto)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: _refuse(_REAL_SOCKET(), address))
    for lookup in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, lookup, _refuse_lookup)
    yield
    attempts = list(network_attempts)
    network_attempts.clear()
    assert not attempts, f"the program tried to use the network (and carried on): {attempts}"


class _LocalOnlySocket(_REAL_SOCKET):
    """socket.socket that refuses to be made for the internet (IPv4/IPv6); Unix sockets stay allowed."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
        internet = (socket.AF_INET, socket.AF_INET6)
        if fileno is None and (family == -1 or family in internet):
            raise _refused(f"a new internet socket (family {family})")
        super().__init__(family, type, proto, fileno)


@pytest.fixture
def sockets_refused(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Stricter than `no_network`: no internet socket may even be made, and Qt's network module is never loaded
    (Qt's own C++ sockets do not go through Python's)."""
    monkeypatch.setattr(socket, "socket", _LocalOnlySocket)
    qt_network_before = "PySide6.QtNetwork" in sys.modules
    yield
    assert qt_network_before or "PySide6.QtNetwork" not in sys.modules, "the program loaded Qt's network module"


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """A test that leaves a Python thread running has a worker nobody owns."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture(autouse=True)
def activity_log_folder(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The activity log the commands and the window start goes to a fresh folder, never the user's."""
    from ctdc_desktop import activity_log

    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv(activity_log.FOLDER_VARIABLE, str(folder))
    yield folder
    activity_log.stop_activity_log()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    return SHARED_DATA
