"""An IPython profile whose kernels refuse every non-local connection.

nbval and papermill run notebooks in kernel subprocesses, which the socket
guard of ``conftest.py`` (patched in the test process) does not reach. IPython
runs every file in ``$IPYTHONDIR/profile_default/startup/`` when a kernel
starts, so pointing ``IPYTHONDIR`` at the folder made by
:func:`offline_ipython_dir` puts the same guard inside each kernel, with no
sitecustomize and nothing installed. Loopback and Unix sockets stay allowed
(the kernel talks to its client over them).
"""
from __future__ import annotations

from pathlib import Path

GUARD = '''\
import ipaddress as _ipaddress
import socket as _socket


class NetworkBlocked(RuntimeError):
    """Raised when a notebook kernel tries to reach a non-local address."""


def _is_local(address):
    if isinstance(address, (str, bytes)):
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return _ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guard(real):
    def connect(self, address):
        if not _is_local(address):
            raise NetworkBlocked(f"notebook kernel tried to connect to {address!r}")
        return real(self, address)
    return connect


_socket.socket.connect = _guard(_socket.socket.connect)
_socket.socket.connect_ex = _guard(_socket.socket.connect_ex)
_socket.NetworkBlocked = NetworkBlocked
del _guard
'''


def offline_ipython_dir(folder: str | Path) -> Path:
    """Write an IPython dir under ``folder`` whose kernels start with the network guard; return it."""
    ipython_dir = Path(folder) / "ipython"
    startup = ipython_dir / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-no-network.py").write_text(GUARD, encoding="utf-8")
    return ipython_dir
