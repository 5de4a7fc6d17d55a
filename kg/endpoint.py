"""A read-only SPARQL 1.1 Protocol endpoint over the store, with a query page.

The server is Oxigraph's own (the ``oxigraph`` package, ``oxigraph
serve-read-only``): kg only checks the store, starts it, waits until it
answers, and stops it.

Oxigraph's read-only mode takes no lock, and its documentation calls reading
while another process writes undefined. Tried on this store: it opens a
store nobody holds, and also one a writer holds (and a writer can open the
store while it serves). So kg takes the store's lock itself (the ``LOCK``
file RocksDB locks with ``fcntl``) for as long as it serves: a store being
built is refused with a message, and ``kg build`` waits its turn (it fails
with "cannot open the store") while the endpoint runs.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError, StoreError
from .store import store_location

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
READY_TIMEOUT = 20.0


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed with kg (beside this Python first)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("The Oxigraph server is not installed: `pip install oxigraph` (a dependency of kg), then run "
                      "`kg serve` again.")
    return found


def store_folder(store: str | os.PathLike | None) -> Path:
    """The on-disk store to serve: refuse what Oxigraph's server cannot open."""
    where = store_location(store)
    if where == "memory:" or where.startswith(("http://", "https://")):
        raise StoreError(f"{where}: kg serves an on-disk store; give its folder with --store or KG_STORE.")
    path = Path(where.removeprefix("file://"))
    if not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: there is no store here. Run `kg build` first, or point --store/KG_STORE at one.")
    return path


def _in_use(path: Path) -> StoreError:
    return StoreError(
        f"{path}: the store is in use (a `kg build` or `kg remove` running, or a notebook holding it open). "
        "Wait for the command to finish, or close the store in the notebook, then run `kg serve` again.")


def lock_store(path: Path) -> int:
    """Hold the store's lock (as a writer would) and return its descriptor.

    A writer in this very process (a notebook) is found by opening the store
    once: fcntl locks do not see their own process. That probe is closed
    before the lock is taken, as closing it would release the lock.
    """
    import gc

    import pyoxigraph as ox

    try:
        probe = ox.Store(str(path))
    except OSError as err:
        raise _in_use(path) from err
    del probe
    gc.collect()
    try:
        fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store's lock file ({err.strerror}). Check the folder's permissions.") from err
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        os.close(fd)
        raise _in_use(path) from err
    return fd


def _die_with_parent() -> None:
    """In the child, before exec: the kernel stops the server when kg's
    process ends, however it ends (Linux; elsewhere ``stop()`` alone does)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port(host: str = DEFAULT_HOST) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


@dataclass
class Endpoint:
    """A running endpoint: ``url`` is the query page, ``query_url`` the SPARQL endpoint."""

    store: Path
    host: str
    port: int
    process: subprocess.Popen
    _lock: int = field(repr=False)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def query_url(self) -> str:
        return self.url + "query"

    def wait(self) -> int:
        """Serve until the server stops, or Ctrl-C or a TERM signal stops kg."""
        def interrupt(signum, frame):
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, interrupt)  # never leave the server running alone
        try:
            return self.process.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()
            signal.signal(signal.SIGTERM, previous)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._lock >= 0:
            os.close(self._lock)  # closing the descriptor releases the lock
            self._lock = -1

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(store: str | os.PathLike | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> Endpoint:
    """Start the endpoint and return once it answers; stop it with ``.stop()``."""
    path = store_folder(store)
    binary = oxigraph_binary()
    if _answers(host, port):
        raise KgError(f"{host}:{port} is already taken; give another port with --port.")
    lock = lock_store(path)
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"  # an IPv6 address goes in brackets
    cmd = [binary, "serve-read-only", "--location", str(path), "--bind", bind, "--union-default-graph"]
    log = tempfile.TemporaryFile()  # a file, not a pipe: a server that talks a lot never blocks on it
    try:
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                   preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    except OSError as err:
        os.close(lock)
        raise KgError(f"Cannot start the Oxigraph server ({err}).") from err
    endpoint = Endpoint(path, host, port, process, lock)
    deadline = time.monotonic() + READY_TIMEOUT
    try:
        while not _answers(host, port):
            if process.poll() is not None or time.monotonic() > deadline:
                endpoint.stop()
                log.seek(0)
                reason = log.read().decode("utf-8", "replace").strip().splitlines()
                raise KgError(f"The Oxigraph server did not start on {host}:{port}"
                              f"{': ' + reason[-1] if reason else ''}. Try another --port.")
            time.sleep(0.05)
    except BaseException:  # Ctrl-C while it starts: never leave it running
        endpoint.stop()
        raise
    return endpoint


def prefix_lines() -> str:
    """The PREFIX lines kg's own queries take for granted (the server predeclares none)."""
    from .vocab import PREFIXES

    return "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())


def with_prefixes(sparql: str) -> str:
    """A query as kg runs it, made to run on the endpoint."""
    return prefix_lines() + "\n" + sparql
