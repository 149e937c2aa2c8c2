"""Shared test set-up: Qt offscreen, no network, no thread left running."""

from __future__ import annotations

import os
import socket
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


def _refuse(self: socket.socket, address: object) -> None:
    # Local IPC (Unix sockets, e.g. Qt's offscreen plugin or multiprocessing) is not the network.
    if self.family == getattr(socket, "AF_UNIX", None):
        _real_connect(self, address)
        return
    raise NetworkUsed(f"the program tried to open a network connection to {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application must never open a network connection; any attempt fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: _refuse(socket.socket(), address))
    yield


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


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    return SHARED_DATA
