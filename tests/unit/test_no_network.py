"""No network, for real: the guard in tests/conftest.py refuses connections, datagrams and name lookups (and fails a
test even when the code swallowed the refusal); the whole `run` chain and the self-test work with no internet
socket at all. The window's pages are walked under the same guard in tests/gui/test_whole_workflow.py."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.resources import sample_export_path
from tests.conftest import NetworkUsed, network_attempts


def test_guard_refuses_connections() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    assert network_attempts == ["a connection to ('127.0.0.1', 9)"]
    network_attempts.clear()  # refused on purpose here; the guard would otherwise fail this test at teardown


def test_guard_refuses_name_lookups_and_datagrams() -> None:
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(NetworkUsed):
        udp.sendto(b"x", ("192.0.2.1", 53))
    assert len(network_attempts) == 2
    network_attempts.clear()


def test_guard_remembers_an_attempt_the_code_swallowed() -> None:
    with contextlib.suppress(Exception):  # what careless code does; the attempt must still count
        socket.gethostbyname("example.org")
    assert network_attempts == ["a name lookup of 'example.org'"]
    network_attempts.clear()


def test_strict_guard_refuses_even_making_an_internet_socket(sockets_refused: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.socket()  # the default family is IPv4
    network_attempts.clear()
    if hasattr(socket, "AF_UNIX"):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # local IPC stays allowed


def test_cli_help_opens_no_connection(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "scan" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not sample_export_path().is_file(), reason="the sample export is not built")
@pytest.mark.parametrize("method", ["dp", "kanon"])
def test_whole_run_chain_works_with_sockets_disabled(
    method: str, sockets_refused: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, ledger = tmp_path / "out", tmp_path / "ledger"
    out.mkdir()
    args = ["run", str(sample_export_path()), "--recipe", "victim_perpetrator_2022", "--drop-flagged"]
    code = main([*args, "--method", method, "--out", str(out), "--ledger-folder", str(ledger), "--seed", "1"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert len(list(out.iterdir())) == 1  # the bundle was written: the chain really ran to the end
