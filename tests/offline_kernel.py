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

# The startup file is tests/network_guard.py itself, plus the call that installs it.
GUARD = (Path(__file__).with_name("network_guard.py").read_text(encoding="utf-8")
         + "\ninstall()\n")


def offline_ipython_dir(folder: str | Path) -> Path:
    """Write an IPython dir under ``folder`` whose kernels start with the network guard; return it."""
    ipython_dir = Path(folder) / "ipython"
    startup = ipython_dir / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-no-network.py").write_text(GUARD, encoding="utf-8")
    return ipython_dir
