"""Fetching an article from an http(s) URL given on the command line (the only network access).

A timeout, a size cap and a content-type check (HTML or plain text); every failure is an
`InputError` with one line that says what happened.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from email.message import Message

from . import __version__
from .errors import InputError
from .inputs import DEFAULT_MAX_BYTES, Article, to_article

TIMEOUT_SECONDS = 20.0
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) (urllib would also follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.lower().startswith(("http://", "https://")):
            fp.close()
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-HTTP address", headers, None)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def _kind(content_type: str | None, url: str) -> str:
    if not content_type:
        return "auto"
    media = content_type.split(";", 1)[0].strip().lower()
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "text"
    raise InputError(f"{url}: the server sent {media}, not an HTML page or plain text")


def fetch(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = TIMEOUT_SECONDS) -> Article:
    """Download `url` and read it as an article (HTML reduced to its main text)."""
    try:
        request = urllib.request.Request(
            url, headers={"User-Agent": f"claimcheck/{__version__}", "Accept": "text/html, text/plain;q=0.9"}
        )
        with _OPENER.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            kind = _kind(headers.get("Content-Type"), url)
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: input is larger than {max_bytes} bytes (see --max-bytes)")
            data = response.read(max_bytes + 1)
            charset = headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
        detail = getattr(reason, "strerror", None) or str(reason)
        raise InputError(f"{url}: cannot reach the server ({detail})") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # resets, bad URLs, truncation
        raise InputError(f"{url}: cannot fetch ({exc})") from None
    return to_article(data, url, kind, max_bytes, charset)
