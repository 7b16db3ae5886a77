"""News as it is saved: HTML pages and URLs, their article extracted with trafilatura.

trafilatura is the field's extractor of main text from web pages: it leaves out navigation,
share bars, cookie banners, related links, comments and footers, and reads the title, date,
author, site name and canonical URL. We keep its paragraphs (one per line of its output) as
paragraphs of the article, and the whole page in the database (`pages`), so nothing is lost.
"""

from __future__ import annotations

import codecs
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.records import Page

HTML_SUFFIXES = (".html", ".htm")
FETCH_TIMEOUT_S = 20.0
MAX_PAGE_BYTES = 50 << 20
USER_AGENT = "claim-annotator (news import; +https://github.com/claim-annotator)"

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|title)[\s>/]", re.I)
_URL = re.compile(r"https?://", re.IGNORECASE)


def is_url(value: str | Path) -> bool:
    return bool(_URL.match(str(value)))


def decode_page(data: bytes, where: str | Path, declared: str | None = None) -> str:
    """A page's bytes as text: its byte-order mark, else the charset the server declared,
    else the one its `<meta charset>` declares, else UTF-8, else Windows-1252."""
    if not data.strip():
        raise InputError(where, "empty page")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    candidates = []
    if declared:
        candidates.append(declared)
    found = _META_CHARSET.search(data[:8192])
    if found:
        candidates.append(found.group(1).decode("ascii", "replace"))
    candidates += ["utf-8", "cp1252"]
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what pages labelled Latin-1 are written in, in practice
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def extract(
    html: str, where: str | Path, url: str | None = None
) -> tuple[str, str, dict[str, Any]]:
    """(title, text, meta) of the page's article. Paragraphs are separated by a blank line.
    A page with no article text is an error naming it."""
    import trafilatura

    if "\x00" in html or not _HTML_HINT.search(html[:65536]):
        raise InputError(where, "not an HTML page")
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(where, "no article text found in this page (nothing to import)")
    from annotator.ingest.boilerplate import is_boilerplate

    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if all(is_boilerplate(line) for line in lines):
        # what is left of a page without an article: "Accueil", a copyright line
        raise InputError(where, "no article text found in this page (nothing to import)")
    title = " ".join((getattr(document, "title", None) or "").split()) or lines[0]
    if lines[0].casefold() != title.casefold() and not is_boilerplate(title):
        lines.insert(0, title)  # the headline heads the text, as in a .txt article
    body = "\n\n".join(lines)
    meta: dict[str, Any] = {"extracted_with": f"trafilatura {version('trafilatura')}"}
    for field in ("title", "date", "author", "sitename", "url", "hostname", "description"):
        value = getattr(document, field, None)
        if value:
            meta[field] = value
    if url:
        meta["fetched_from"] = url
    return title, body, meta


def read_page(path: Path, data: bytes) -> tuple[str, str, dict[str, Any], Page]:
    html = decode_page(data, path)
    title, text, meta = extract(html, path)
    return title, text, meta, Page(html=html)


def fetch(url: str, timeout: float | None = None) -> tuple[str, str, dict[str, Any], Page]:
    """Fetch a page and extract its article; every failure is one line naming the URL."""
    import urllib.error
    import urllib.request

    timeout = timeout or FETCH_TIMEOUT_S
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            data = response.read(MAX_PAGE_BYTES + 1)
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(url, f"cannot fetch: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(url, f"cannot fetch: no answer within {timeout:g} s") from None
        raise InputError(
            url, f"cannot fetch: {getattr(reason, 'strerror', None) or reason}"
        ) from None
    except TimeoutError:
        raise InputError(url, f"cannot fetch: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise InputError(url, f"cannot fetch: {error}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(url, f"page larger than {MAX_PAGE_BYTES >> 20} MiB")
    if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        raise InputError(url, f"not an HTML page (the server says {kind})")
    html = decode_page(data, url, charset)
    title, text, meta = extract(html, url, final)
    return title, text, meta, Page(html=html, url=url)
