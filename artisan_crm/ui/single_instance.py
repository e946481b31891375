"""One running application per data folder.

A ``QLockFile`` in the data folder says "an instance owns this folder" (not the
database file: DESIGN.md §3). A lock left by a killed process is recognised by
Qt (same host, process gone) and taken over. The owner also listens on a
``QLocalServer`` whose name derives from the data folder; a second start sends
``raise`` to it and exits, and the first brings its window to the front.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from artisan_crm.config import LOCK_FILENAME

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 2000


def server_name(data_dir: Path) -> str:
    """A local socket name unique to this user and data folder (short: Unix path limits)."""
    key = f"{getpass.getuser()}\0{data_dir.resolve()}".encode()
    return f"artisan-crm-{hashlib.sha256(key).hexdigest()[:20]}"


class SingleInstance(QObject):
    """The lock and the "raise" channel of one data folder.

    Signals:
        sig_raise_requested(): another start asked this instance to show its window.
    """

    sig_raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILENAME))
        # 0 = never stale by age; a lock whose process is gone is still recognised as stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another live instance holds it."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            # Held by someone: clear it if its process is gone (killed app), then retry once.
            return bool(self._lock.removeStaleLockFile() and self._lock.tryLock(0))
        # Permission or unknown error: better run than lock the user out of their data.
        log.warning(
            "cannot create the lock file in %s (error %s)", self.data_dir, self._lock.error()
        )
        return True

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def listen(self) -> bool:
        """Start answering other starts (call once the lock is ours)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We own the lock, so a socket left behind is stale.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single-instance server not listening: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The socket stays a child of the server and goes with it. No deleteLater
            # on "disconnected": with PySide that crashed in ~QLocalSocket under load.
            socket.readyRead.connect(self._on_ready_read)
            if socket.bytesAvailable():
                self._read_request(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_request(socket)

    def _read_request(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data:
            log.info("another start asked to raise the window")
            self.sig_raise_requested.emit()


def ask_running_instance_to_raise(
    data_dir: Path, timeout_ms: int = CONNECT_TIMEOUT_MS, *, patience_s: float = 60.0
) -> bool:
    """Send "raise" to the instance owning ``data_dir``; True if it was delivered.

    The owner takes the lock before it starts listening: when several starts happen at
    once (a double click that became a triple, on a slow PC), the others keep trying for
    up to ``patience_s`` instead of reporting a frozen instance; they leave as soon as
    the owner answers.
    """
    deadline = time.monotonic() + patience_s
    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(timeout_ms):
            break
        if time.monotonic() >= deadline:
            log.warning("running instance does not answer: %s", socket.errorString())
            return False
        socket.abort()
        time.sleep(0.1)
    socket.write(RAISE_MESSAGE)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return delivered
