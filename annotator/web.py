"""`annotator serve`: the annotation screen in a browser tab, on textual-serve.

Each tab runs its own `annotator annotate` (or `review`) process on the shared database, as
a terminal would. Who annotates is decided by the private link: `/a/<secret>` serves the
screen of the annotator that secret belongs to, and anything else gets 403 and no screen. The
websocket that drives the process sits under the same secret.
"""

from __future__ import annotations

import hmac
import logging
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

log = logging.getLogger("annotator.serve")

FORBIDDEN = (
    "403: this link is not valid. Open the private link your project lead gave you "
    "(`annotator serve --links` prints them)."
)


@dataclass(frozen=True)
class Session:
    """What one private link opens."""

    mode: str
    """annotate or review"""
    annotator: str
    secret: str
    options: tuple[str, ...] = ()
    """More options of the screen's command (`--repeat-share 0.1`, `--show-repeats`)."""

    def command(self, db: Path) -> str:
        """The process a tab of this link runs (a shell command line, as textual-serve
        wants it; every part quoted)."""
        return shlex.join(
            [
                sys.executable,
                "-m",
                "annotator",
                self.mode,
                "--db",
                str(db),
                "--annotator",
                self.annotator,
                *self.options,
            ]
        )


def link(base: str, session: Session) -> str:
    return f"{base.rstrip('/')}/a/{session.secret}"


class AnnotatorServer(Server):
    """textual-serve's server, with one private link per annotator instead of one app for
    everyone."""

    def __init__(
        self, db: Path, sessions: list[Session], *, host: str, port: int, public_url: str
    ) -> None:
        super().__init__(
            command="annotator",
            host=host,
            port=port,
            title="claim-annotator",
            public_url=public_url,
        )
        self.db = db.resolve()
        self.sessions = list(sessions)

    def find(self, request: web.Request) -> Session:
        """The session of the request's secret; 403 otherwise (compared in constant time)."""
        given = request.match_info.get("secret", "")
        found = None
        for session in self.sessions:
            if hmac.compare_digest(given.encode(), session.secret.encode()):
                found = session
        if found is None:
            log.warning("refused %s %s: no such link", request.method, request.path[:12] + "…")
            raise web.HTTPForbidden(text=FORBIDDEN, headers=_PRIVATE)
        return found

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[_private_headers])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_root),
                web.get("/a/{secret}", self.handle_index, name="index"),
                web.get("/a/{secret}/ws", self.handle_websocket, name="websocket"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # The access log would print every link's secret: who opened and closed a screen is
        # logged instead, by name.
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        log.info("serving %d link(s) on %s (ctrl+c stops)", len(self.sessions), self.public_url)

    async def handle_root(self, request: web.Request) -> web.Response:
        raise web.HTTPForbidden(text=FORBIDDEN, headers=_PRIVATE)

    async def handle_index(self, request: web.Request) -> web.Response:
        session = self.find(request)
        secret = session.secret
        scheme = (
            "wss" if request.secure or request.headers.get("X-Forwarded-Proto") == "https" else "ws"
        )
        context: dict[str, Any] = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            # The browser's own host: the link works however the server is reached.
            "app_websocket_url": f"{scheme}://{request.host}/a/{secret}/ws",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": f"claim-annotator · {session.annotator} · {session.mode}"},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        session = self.find(request)
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = AppService(
                session.command(self.db),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]
                download_manager=self.download_manager,
                debug=False,
            )
            log.info("%s opened the %s screen", session.annotator, session.mode)
            await service.start(width, height)
            try:
                await self._process_messages(websocket, service)
            finally:
                # The process quits as on `q`: every label it showed as saved is on disk.
                await service.stop()
                log.info("%s closed the %s screen", session.annotator, session.mode)
        except Exception as error:  # one tab's failure must not stop the others'
            log.warning("%s: %s", session.annotator, error)
        return websocket


_PRIVATE = {
    # the secret is in the path: never sent on to another site, never cached
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


@web.middleware
async def _private_headers(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    if not response.prepared:
        for name, value in _PRIVATE.items():
            response.headers.setdefault(name, value)
    return response
