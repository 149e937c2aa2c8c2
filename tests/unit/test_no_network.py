import socket

import pytest

from tests.conftest import NetworkUsed


def test_guard_refuses_connections() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))


def test_cli_help_opens_no_connection(capsys: pytest.CaptureFixture[str]) -> None:
    from ctdc_desktop.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "scan" in capsys.readouterr().out
