#!/usr/bin/env python3
"""An all-in-one OpenStack Swift with the S3 API (s3api + tempauth) on loopback, for tests and CI.

Runs the Debian packages' servers (install them with scripts/install-system-packages.sh):
one proxy, one
account, one container and one object server, each a single process (`workers = 0`) on a free
loopback port, plus a private memcached (tempauth keeps tokens there). Everything lives in one
directory: configuration, rings (one device, one replica), the data and the logs.

Standard library only, so any Python 3 can run it and tests can import it:

    python3 scripts/swift/server.py start --dir /tmp/swift   # prints FACTURIST_S3_* exports
    python3 scripts/swift/server.py stop --dir /tmp/swift    # stops every process it started

    with SwiftServer(Path("/tmp/swift")) as swift:            # from Python
        swift.endpoint_url, swift.access_key, swift.secret_key, swift.bucket
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import http.client
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

# tempauth users are `user_<account>_<user> = <key> <groups>`; S3 sees `<account>:<user>`.
ACCOUNT = "facturist"
USER = "tester"
ACCESS_KEY = f"{ACCOUNT}:{USER}"
SECRET_KEY = "facturist-test-secret"
REGION = "us-east-1"
DEFAULT_BUCKET = "facturist-test"
HOST = "127.0.0.1"
SERVERS = ("account", "container", "object")  # each has a ring; the proxy comes last
REQUIRED_BINARIES = (
    "swift-proxy-server",
    "swift-account-server",
    "swift-container-server",
    "swift-object-server",
    "swift-ring-builder",
    "memcached",
)
STATE_FILE = "state.json"

# Runs under Swift's Python: part power 4 (a handful of partitions is plenty for one device),
# one replica, one device `d1` per ring; writes <name>.builder and <name>.ring.gz.
RING_BUILDER = """
import json, sys
from swift.common.ring import RingBuilder
host, specs = json.loads(sys.argv[1])
for path, port in specs:
    builder = RingBuilder(4, 1, 1)
    builder.add_dev({"region": 1, "zone": 1, "ip": host, "port": port, "device": "d1",
                     "weight": 1.0})
    builder.rebalance()
    builder.save(path + ".builder")
    builder.get_ring().save(path + ".ring.gz")
"""


def missing_binaries() -> list[str]:
    """The executables this script needs that are not on PATH (empty when installed)."""
    return [name for name in REQUIRED_BINARIES if shutil.which(name) is None]


def _swift_python() -> str:
    """The interpreter the Swift packages run under (from swift-ring-builder's #! line)."""
    script = shutil.which("swift-ring-builder") or "/usr/bin/swift-ring-builder"
    with open(script, encoding="utf-8") as fh:
        first = fh.readline()
    return first[2:].strip().split()[0] if first.startswith("#!") else "/usr/bin/python3"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((HOST, port)) == 0


def _run_user() -> str:
    # Swift drops privileges to `user`; the current one keeps the data directory writable.
    return pwd.getpwuid(os.geteuid()).pw_name  # not $USER: it may name someone else


@dataclass
class SwiftServer:
    """Starts and stops the all-in-one Swift in `root` (created if missing)."""

    root: Path
    bucket: str = DEFAULT_BUCKET
    encryption: bool = True  # server-side encryption (SSE AES256) on offer
    ports: dict[str, int] = field(default_factory=dict)
    pids: dict[str, int] = field(default_factory=dict)

    @property
    def endpoint_url(self) -> str:
        return f"http://{HOST}:{self.ports['proxy']}"

    access_key = ACCESS_KEY
    secret_key = SECRET_KEY
    region = REGION

    # -- configuration ---------------------------------------------------------------------
    def _write_configs(self) -> None:
        etc, devices, logs = self.root / "etc", self.root / "devices", self.root / "logs"
        for directory in (etc, devices / "d1", logs, self.root / "run"):
            directory.mkdir(parents=True, exist_ok=True)
        (etc / "swift.conf").write_text(
            "[swift-hash]\n"
            "swift_hash_path_suffix = facturist-tests\n"
            "swift_hash_path_prefix = facturist-tests\n"
            "[storage-policy:0]\nname = Policy-0\ndefault = yes\n"
        )
        common = (
            "[DEFAULT]\n"
            f"swift_dir = {etc}\n"
            f"devices = {devices}\n"
            "mount_check = false\n"
            f"user = {_run_user()}\n"
            f"bind_ip = {HOST}\n"
            "workers = 0\n"
            "log_level = INFO\n"
        )
        for kind in SERVERS:
            (etc / f"{kind}-server.conf").write_text(
                common
                + f"bind_port = {self.ports[kind]}\n"
                + "[pipeline:main]\n"
                + f"pipeline = healthcheck {kind}-server\n"
                + f"[app:{kind}-server]\nuse = egg:swift#{kind}\n"
                + "[filter:healthcheck]\nuse = egg:swift#healthcheck\n"
            )
        # s3api must come before tempauth; multipart uploads need slo (and copy, dlo).
        pipeline = (
            "catch_errors gatekeeper healthcheck proxy-logging cache listing_formats "
            "s3api tempauth copy slo dlo "
            + ("keymaster encryption " if self.encryption else "")
            + "proxy-logging proxy-server"
        )
        filters = {
            "catch_errors": "catch_errors",
            "gatekeeper": "gatekeeper",
            "healthcheck": "healthcheck",
            "proxy-logging": "proxy_logging",
            "listing_formats": "listing_formats",
            "copy": "copy",
            "slo": "slo",
            "dlo": "dlo",
        }
        sections = "".join(
            f"[filter:{name}]\nuse = egg:swift#{egg}\n" for name, egg in filters.items()
        )
        (etc / "proxy-server.conf").write_text(
            common.replace("log_level = INFO", "log_level = WARNING")
            + f"bind_port = {self.ports['proxy']}\n"
            + f"[pipeline:main]\npipeline = {pipeline}\n"
            + "[app:proxy-server]\nuse = egg:swift#proxy\naccount_autocreate = true\n"
            + sections
            + "[filter:cache]\nuse = egg:swift#memcache\n"
            + f"memcache_servers = {HOST}:{self.ports['memcached']}\n"
            + f"[filter:s3api]\nuse = egg:swift#s3api\nlocation = {REGION}\n"
            + "[filter:tempauth]\nuse = egg:swift#tempauth\n"
            + f"user_{ACCOUNT}_{USER} = {SECRET_KEY} .admin\n"
            # Encryption at rest, so that s3api accepts `x-amz-server-side-encryption: AES256`.
            + "[filter:keymaster]\nuse = egg:swift#keymaster\n"
            + f"encryption_root_secret = {base64.b64encode(secrets.token_bytes(32)).decode()}\n"
            + "[filter:encryption]\nuse = egg:swift#encryption\n"
        )

    def _build_rings(self) -> None:
        """Build the three one-device rings in one process of Swift's own Python.

        Same library as `swift-ring-builder`, but its nine separate invocations take seconds.
        """
        specs = [[str(self.root / "etc" / kind), self.ports[kind]] for kind in SERVERS]
        result = subprocess.run(
            [_swift_python(), "-c", RING_BUILDER, json.dumps([HOST, specs])],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"building the rings failed:\n{result.stdout}{result.stderr}")

    # -- processes -------------------------------------------------------------------------
    def _spawn(self, name: str, argv: list[str]) -> None:
        log = (self.root / "logs" / f"{name}.log").open("ab")
        with log:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() takes its children too
            )
        self.pids[name] = process.pid

    def start(self, timeout: float = 60.0) -> SwiftServer:
        """Write the configuration, build the rings, start the servers; returns when S3 answers."""
        missing = missing_binaries()
        if missing:
            raise RuntimeError(
                f"missing {', '.join(missing)}: run scripts/install-system-packages.sh"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        self.ports = {name: _free_port() for name in (*SERVERS, "proxy", "memcached")}
        self._write_configs()
        try:
            memcached = ["memcached", "-l", HOST, "-p", str(self.ports["memcached"]), "-U", "0"]
            if os.geteuid() == 0:
                memcached += ["-u", _run_user()]  # memcached refuses to run as root otherwise
            self._spawn("memcached", memcached)
            # Only the proxy reads the rings at start: the others boot while the rings build.
            for kind in (*SERVERS, "proxy"):
                if kind == "proxy":
                    self._build_rings()
                conf = self.root / "etc" / f"{kind}-server.conf"
                self._spawn(kind, [f"swift-{kind}-server", str(conf), "--verbose"])
                self._save_state()
            deadline = time.monotonic() + timeout
            self._wait_ready(deadline)
            self._create_bucket_when_served(deadline)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, deadline: float) -> None:
        pending = dict(self.ports)
        while pending:
            for name, port in list(pending.items()):
                if _port_open(port):
                    del pending[name]
            for name, pid in self.pids.items():
                if _exited(pid):
                    raise RuntimeError(f"{name} exited at start:\n{self.log_tail(name)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Swift did not start: {sorted(pending)} not listening")
            time.sleep(0.05)

    def _create_bucket_when_served(self, deadline: float) -> None:
        # A listening proxy may still drop its first requests while its workers start (CI saw
        # "Remote end closed connection without response" once): retry until the deadline.
        while True:
            try:
                self.create_bucket(self.bucket)
                return
            except (OSError, http.client.HTTPException):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.25)

    def _swift_token(self) -> tuple[str, str]:
        request = urllib.request.Request(
            f"{self.endpoint_url}/auth/v1.0",
            headers={"X-Auth-User": ACCESS_KEY, "X-Auth-Key": SECRET_KEY},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers["X-Auth-Token"], response.headers["X-Storage-Url"]

    def create_bucket(self, name: str) -> None:
        """Create a bucket (a Swift container) through the native API; idempotent."""
        token, storage_url = self._swift_token()
        request = urllib.request.Request(
            f"{storage_url}/{name}", method="PUT", headers={"X-Auth-Token": token}
        )
        with urllib.request.urlopen(request, timeout=30):
            pass

    def stop(self, timeout: float = 10.0) -> None:
        """Stop every process started here (TERM, then KILL) and wait for each to go."""
        for pid in self.pids.values():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for pid in self.pids.values():
            while not _exited(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if not _exited(pid):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pid, signal.SIGKILL)
                while not _exited(pid):
                    time.sleep(0.05)
        self.pids.clear()
        (self.root / STATE_FILE).unlink(missing_ok=True)

    def log_tail(self, name: str, lines: int = 30) -> str:
        """The end of one server's log, for error messages."""
        path = self.root / "logs" / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    # -- state, so that a separate `stop` command finds the processes ----------------------
    def _save_state(self) -> None:
        state = {"ports": self.ports, "pids": self.pids, "bucket": self.bucket}
        (self.root / STATE_FILE).write_text(json.dumps(state))

    @classmethod
    def from_state(cls, root: Path) -> SwiftServer:
        """The server a previous `start` left running in `root`."""
        state = json.loads((root / STATE_FILE).read_text())
        # Only processes still running our command lines: a stale file must not kill strangers.
        pids = {name: pid for name, pid in state["pids"].items() if _runs_ours(pid, root, state)}
        return cls(root, state["bucket"], ports=state["ports"], pids=pids)

    def environment(self) -> dict[str, str]:
        """Settings for Facturist's S3 storage pointing at this server."""
        return {
            "FACTURIST_STORAGE": "s3",
            "FACTURIST_S3_ENDPOINT_URL": self.endpoint_url,
            "FACTURIST_S3_REGION": REGION,
            "FACTURIST_S3_ACCESS_KEY_ID": ACCESS_KEY,
            "FACTURIST_S3_SECRET_ACCESS_KEY": SECRET_KEY,
            "FACTURIST_S3_BUCKET": self.bucket,
            "FACTURIST_S3_PATH_STYLE": "true",
        }

    def __enter__(self) -> SwiftServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _runs_ours(pid: int, root: Path, state: dict[str, dict[str, int]]) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    ours = [str(root).encode(), str(state["ports"]["memcached"]).encode()]
    return any(marker in arg for arg in argv for marker in ours)


def _exited(pid: int) -> bool:
    """True once `pid` is gone (reaping it when it is our child)."""
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return True
    except ChildProcessError:  # not our child (a `stop` command): probe it instead
        pass
    try:
        # A zombie waits for its new parent (init) to reap it, but it has stopped already.
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def main(argv: list[str] | None = None) -> int:
    """`start` (prints shell exports) or `stop` an all-in-one Swift in --dir."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("--dir", type=Path, required=True, help="configuration, data and logs")
    parser.add_argument("--bucket", default=DEFAULT_BUCKET)
    parser.add_argument(
        "--no-encryption", action="store_true", help="no SSE (AES256), like a plain Swift"
    )
    args = parser.parse_args(argv)
    if args.action == "stop":
        if not (args.dir / STATE_FILE).exists():
            print(f"nothing running in {args.dir}", file=sys.stderr)
            return 0
        SwiftServer.from_state(args.dir).stop()
        return 0
    started = time.monotonic()
    server = SwiftServer(args.dir, args.bucket, encryption=not args.no_encryption).start()
    for name, value in server.environment().items():
        print(f"export {name}={value}")
    print(f"# Swift S3 API ready in {time.monotonic() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
