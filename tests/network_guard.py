"""Refuse every non-local network connection (loopback and Unix sockets stay open).

One guard, used in two places: ``conftest.py`` installs it in the test
process, and :mod:`offline_kernel` copies this file into an IPython startup
folder so each notebook kernel (nbval, papermill) installs it too. So a
hidden download anywhere fails loudly. Standard library only: it runs at
kernel start-up.
"""
import ipaddress
import socket


class NetworkBlocked(RuntimeError):
    """Raised when code tries to reach a non-local address."""


def is_local(address) -> bool:
    """True for a Unix socket path, localhost, or a loopback IP address."""
    if isinstance(address, (str, bytes)):
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_REAL = {"connect": socket.socket.connect, "connect_ex": socket.socket.connect_ex}


def _refusing(name):
    real = _REAL[name]

    def connect(self, address):
        if not is_local(address):
            raise NetworkBlocked(f"tried to connect to {address!r} (the network is off in tests)")
        return real(self, address)

    return connect


def install() -> None:
    """Patch ``socket.socket`` so non-local connections raise :class:`NetworkBlocked`."""
    for name in _REAL:
        setattr(socket.socket, name, _refusing(name))
    socket.NetworkBlocked = NetworkBlocked  # so code inside a kernel can catch it by name


def uninstall() -> None:
    for name, real in _REAL.items():
        setattr(socket.socket, name, real)
