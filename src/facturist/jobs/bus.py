"""Status announcements over a Unix datagram socket: workers send, the API process listens."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from pathlib import Path

# Without announcements (a datagram lost, a worker on another machine) waiters still look at
# the database again this often; announcements are what make long-polls wake promptly.
RECHECK_SECONDS = 5.0


class DatagramStatusBus:
    """`StatusBus`: `publish` from any local process, `wait` inside the API's event loop."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.waiters = Waiters()
        self._sock: socket.socket | None = None
        self._send_sock: socket.socket | None = None

    # -- publisher side (workers, any thread) ----------------------------------------------
    def publish(self, extraction_id: str) -> None:
        try:
            if self._send_sock is None:
                self._send_sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._send_sock.setblocking(False)
            self._send_sock.sendto(extraction_id.encode(), str(self.path))
        except OSError:
            pass  # nobody listening: waiters fall back to re-reading the database
        if self._sock is not None:  # same process as the listener (tests, CLI)
            self._wake(extraction_id)

    # -- listener side (API process) -------------------------------------------------------
    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Bind the socket and dispatch announcements to waiters on `loop`."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(str(self.path))
        sock.setblocking(False)
        self._sock = sock
        loop.add_reader(sock.fileno(), self._drain)

    def stop(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._sock is not None:
            with contextlib.suppress(Exception):
                loop.remove_reader(self._sock.fileno())
            self._sock.close()
            self._sock = None
            self.path.unlink(missing_ok=True)

    def _drain(self) -> None:
        assert self._sock is not None
        while True:
            try:
                data = self._sock.recv(256)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            self._wake(data.decode(errors="replace"))

    def _wake(self, extraction_id: str) -> None:
        self.waiters.wake(extraction_id)

    async def wait(self, extraction_id: str, timeout: float) -> None:
        await self.waiters.wait(extraction_id, timeout)


class Waiters:
    """Long-poll waiters by extraction id, woken by whichever bus hears an announcement."""

    def __init__(self) -> None:
        self._events: dict[str, list[asyncio.Event]] = {}

    def wake(self, extraction_id: str) -> None:
        for event in self._events.get(extraction_id, []):
            event.set()

    async def wait(self, extraction_id: str, timeout: float) -> None:
        """Until woken, `timeout` passes or RECHECK_SECONDS (then the caller looks again)."""
        event = asyncio.Event()
        self._events.setdefault(extraction_id, []).append(event)
        try:
            await asyncio.wait_for(event.wait(), timeout=min(timeout, RECHECK_SECONDS))
        except TimeoutError:
            pass
        finally:
            events = self._events.get(extraction_id, [])
            if event in events:
                events.remove(event)
            if not events:
                self._events.pop(extraction_id, None)
