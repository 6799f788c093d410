"""URLs: fetched with a timeout, a size cap and a content-type check, from a local test server."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimcheck.errors import InputError
from claimcheck.fetch import fetch
from conftest import ARTICLE, run_cli

PAGE = f"<!doctype html><html><body><nav>Menu</nav><article><h1>News</h1><p>{ARTICLE}</p></article></body></html>"
ROUTES: dict[str, tuple[int, str | None, bytes]] = {
    "/page.html": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/page.txt": (200, "text/plain", ARTICLE.encode()),
    "/latin": (200, "text/plain; charset=iso-8859-1", "Café “quotes”.".encode("cp1252")),
    "/doc.pdf": (200, "application/pdf", b"%PDF-1.4"),
    "/big": (200, "text/plain", b"a" * 5000),
    "/empty": (200, "text/html", b""),
    "/untyped": (200, None, PAGE.encode()),
    "/moved": (302, None, b""),
    "/ftp": (302, None, b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page.txt")
            self.end_headers()
            return
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/x")
            self.end_headers()
            return
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_html_page_is_fetched_and_extracted(server: str) -> None:
    article = fetch(f"{server}/page.html")
    assert article.name == f"{server}/page.html"
    assert article.text == f"# News\n\n{ARTICLE.replace(chr(10), ' ').strip()}\n"


def test_plain_text_and_redirects(server: str) -> None:
    assert fetch(f"{server}/page.txt").text == ARTICLE
    assert fetch(f"{server}/moved").text == ARTICLE


def test_charset_from_header(server: str) -> None:
    article = fetch(f"{server}/latin")
    assert (article.text, article.warnings) == ("Café “quotes”.", ())


def test_untyped_response_is_sniffed(server: str) -> None:
    assert fetch(f"{server}/untyped").text.startswith("# News\n")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/doc.pdf", "the server sent application/pdf, not an HTML page or plain text"),
        ("/missing", "the server answered 404 Not Found"),
        ("/empty", "the input is empty"),
        ("/ftp", "the server answered 302 redirect to a non-HTTP address"),
    ],
)
def test_fetch_errors(server: str, path: str, message: str) -> None:
    with pytest.raises(InputError) as exc:
        fetch(f"{server}{path}")
    assert str(exc.value) == f"{server}{path}: {message}"


def test_size_cap(server: str) -> None:
    with pytest.raises(InputError) as exc:
        fetch(f"{server}/big", max_bytes=1000)
    assert str(exc.value) == f"{server}/big: input is larger than 1000 bytes (see --max-bytes)"


def test_timeout(server: str) -> None:
    with pytest.raises(InputError) as exc:
        fetch(f"{server}/slow", timeout=0.3)
    assert str(exc.value) == f"{server}/slow: no answer within 0.3 seconds"


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_unreachable_server_is_one_clear_error_line() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/article"
    result = run_cli(url)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {url}: cannot reach the server (Connection refused)\n"
    assert result.stdout == ""


def test_url_through_the_cli(server: str) -> None:
    result = run_cli("--format", "json", "--include-text", f"{server}/page.html", f"{server}/doc.pdf")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {server}/doc.pdf: the server sent application/pdf, not an HTML page or plain text\n"
    report = json.loads(result.stdout)
    assert report["input"] == f"{server}/page.html"
    assert report["text"].startswith("# News\n\nThe MASH trial")


def test_bad_url_is_an_error_not_a_crash() -> None:
    result = run_cli("http://[::1")
    assert result.exit_code == 2
    assert result.stderr == "Error: http://[::1: cannot fetch (Invalid IPv6 URL)\n"


def test_no_network_without_a_url_argument(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Text that merely mentions a URL is never fetched."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "a.html"
    path.write_text(f'<p>See <a href="http://127.0.0.1:1/">this</a>. <img src="http://127.0.0.1:1/x.png">{ARTICLE}</p>')
    assert run_cli(str(path)).exit_code == 0
