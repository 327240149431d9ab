"""Shared fixtures, and a guard that refuses every network connection.

The guard is autouse for the whole session: any attempt of the package (or a
library it calls) to reach a non-local address raises, so a hidden download
shows up as a failing test. Loopback and Unix sockets stay allowed because
Jupyter kernels (nbval) talk to the test process over them.
"""
from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

import corpus_tools

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


class NetworkBlocked(RuntimeError):
    pass


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # Unix socket path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self, address):
    if not _is_local(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Refuse non-local connections for the whole test session."""
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


@pytest.fixture(scope="session")
def seeds():
    """The embedded corpus, loaded once."""
    return corpus_tools.load_corpus()


def corpora_under_test() -> list[Path]:
    """Every valid corpus the tests load: the seeds and each folder in tests/data with a manifest."""
    folders = [corpus_tools.seeds_path()]
    folders += sorted(p.parent for p in DATA.glob("*/corpus.toml"))
    return folders
