"""A real PostgreSQL for the tests: initdb + pg_ctl into a temporary folder, TLS from a test CA.

The server runs on 127.0.0.1 on a free port and on a Unix socket in its own folder. PostgreSQL
refuses to run as root, so when the suite runs as root (CI) the server runs as `nobody`, its
folder handed over to that user. Every connection needs a password (SCRAM-SHA-256); TCP
connections may use TLS (the test CA signs a certificate for localhost and 127.0.0.1) or not, so
a test can try both. Missing binaries are a failure naming the package, never a skip: the server
tests must run in CI.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_MAJOR = 15
INSTALL_HINT = (
    f"PostgreSQL {MIN_MAJOR}+ server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin. "
    "Install them, e.g. `apt-get install postgresql` (Debian/Ubuntu)."
)
SUPERUSER = "casus_test_super"


class PostgresMissing(RuntimeError):
    pass


def _major(initdb: Path) -> int:
    out = subprocess.run([str(initdb), "--version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(found[1]) if found else 0


def find_bin_dir() -> Path:
    """The folder with initdb and pg_ctl of PostgreSQL 15 or newer (PATH first, then Debian's folders)."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted(
            (p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True
        )
        candidates.extend(p / "bin" for p in versions)
    for folder in candidates:
        initdb, pg_ctl = folder / "initdb", folder / "pg_ctl"
        if initdb.is_file() and pg_ctl.is_file() and _major(initdb) >= MIN_MAJOR:
            return folder
    raise PostgresMissing(INSTALL_HINT)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class TestCA:
    ca_cert: Path
    server_cert: Path
    server_key: Path


def make_ca(folder: Path) -> TestCA:
    """A CA and a server certificate for localhost and 127.0.0.1, made with `cryptography`."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)  # certificates are checked against the real clock by libpq
    valid = (now - dt.timedelta(days=1), now + dt.timedelta(days=30))

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Casus test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = TestCA(folder / "ca.crt", folder / "server.crt", folder / "server.key")
    paths.ca_cert.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths.server_cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths.server_key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    paths.server_key.chmod(0o600)
    return paths


@dataclass
class PostgresServer:
    """A running test server. `superuser`/`password` connect with every right."""

    bin_dir: Path
    base: Path
    port: int
    ca: TestCA
    password: str
    superuser: str = SUPERUSER

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def url(self, dbname: str = "postgres", *, host: str = "localhost", query: str = "") -> str:
        """A Casus register address for this server, verified against the test CA."""
        params = f"sslrootcert={self.ca.ca_cert}"
        return f"postgresql://{host}:{self.port}/{dbname}?{params}" + (f"&{query}" if query else "")

    def connect_kwargs(self, dbname: str = "postgres", **overrides: object) -> dict[str, object]:
        """psycopg.connect(**...) as the superuser over TLS, verify-full against the test CA."""
        kwargs: dict[str, object] = {
            "host": "localhost",
            "port": self.port,
            "dbname": dbname,
            "user": self.superuser,
            "password": self.password,
            "sslmode": "verify-full",
            "sslrootcert": str(self.ca.ca_cert),
            "connect_timeout": 10,
        }
        kwargs.update(overrides)
        return kwargs

    def create_database(self, prefix: str = "t") -> str:
        import psycopg
        from psycopg import sql

        name = f"{prefix}_{secrets.token_hex(4)}"
        with psycopg.connect(**self.connect_kwargs(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def log_tail(self) -> str:
        log = self.base / "server.log"
        return log.read_text("utf-8", "replace")[-4000:] if log.exists() else ""


def _as_server_user() -> dict[str, object]:
    """subprocess options that run the server as `nobody` when we are root (PostgreSQL refuses root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return {}
    import pwd  # POSIX only, like running as root

    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _chown_tree(path: Path, options: dict[str, object]) -> None:
    if not options:
        return
    uid, gid = int(options["user"]), int(options["group"])
    for root, dirs, files in os.walk(path):
        os.chown(root, uid, gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid)


def _run(cmd: list[str], options: dict[str, object], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd="/", timeout=120, **options, **kwargs
    )


def _configure(server: PostgresServer) -> None:
    conf = f"""
# Casus test server
listen_addresses = '127.0.0.1'
port = {server.port}
unix_socket_directories = '{server.socket_dir}'
ssl = on
ssl_cert_file = '{server.ca.server_cert}'
ssl_key_file = '{server.ca.server_key}'
password_encryption = 'scram-sha-256'
max_connections = 40
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
"""
    with (server.data_dir / "postgresql.conf").open("a", encoding="utf-8") as f:
        f.write(conf)
    (server.data_dir / "pg_hba.conf").write_text(
        "local all all scram-sha-256\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        "hostnossl all all 127.0.0.1/32 scram-sha-256\n",
        encoding="utf-8",
    )


def start_server() -> PostgresServer:
    """initdb, configure and start a server; the caller stops it with `stop_server`."""
    bin_dir = find_bin_dir()
    options = _as_server_user()
    base = Path(tempfile.mkdtemp(prefix="casus-pg-"))
    try:
        (base / "sock").mkdir()
        (base / "tls").mkdir()
        password = secrets.token_urlsafe(24)
        pwfile = base / "pwfile"
        pwfile.write_text(password + "\n", encoding="utf-8")
        ca = make_ca(base / "tls")
        server = PostgresServer(bin_dir, base, _free_port(), ca, password)
        os.chmod(base, 0o700)
        _chown_tree(base, options)
        done = _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(server.data_dir),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            ],
            options,
        )
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
        _configure(server)
        _chown_tree(base, options)
        for attempt in range(3):
            started = _run(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(server.data_dir),
                    "-l",
                    str(base / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    f"-p {server.port}",
                    "start",
                ],
                options,
            )
            if started.returncode == 0:
                return server
            if attempt == 2:
                raise RuntimeError(f"pg_ctl start failed:\n{started.stderr}\n{server.log_tail()}")
            server.port = _free_port()  # the port was taken meanwhile: try another
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    raise AssertionError("unreachable")


def stop_server(server: PostgresServer) -> None:
    with contextlib.suppress(Exception):
        _run(
            [str(server.bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-m", "fast", "-w", "stop"],
            _as_server_user(),
        )
    shutil.rmtree(server.base, ignore_errors=True)


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)
