"""A local SMTP sink for the fault suite: records every message; can refuse, or hold each message a while.

Python's `smtpd` is gone in 3.12 and aiosmtpd would be a dependency for 60 lines; this speaks just the
SMTP that Django's backend uses (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), without TLS.
"""

from __future__ import annotations

import socketserver
import threading
import time
from dataclasses import dataclass, field


@dataclass
class SinkState:
    refusing: bool = False  # answer 421 to every connection (the relay is down for us)
    hold_seconds: float = (
        0.0  # wait this long before taking a message's DATA (a slow relay, nothing accepted yet)
    )
    messages: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    refused: int = 0
    holding: int = 0  # sessions waiting on the slow relay (a worker is mid-send)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(socketserver.StreamRequestHandler):
    state: SinkState

    def _say(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self) -> None:
        state = self.state
        if state.refusing:
            with state.lock:
                state.refused += 1
            self._say("421 4.3.2 relay refusing (fault injected)")
            return
        self._say("220 bridge-faults sink")
        rcpts: list[str] = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            verb = raw.decode("utf-8", "replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self._say("250 bridge-faults")
            elif verb == "MAIL":
                rcpts = []
                self._say("250 OK")
            elif verb == "RCPT":
                rcpts.append(raw.decode("utf-8", "replace").split(":", 1)[1].strip().strip("<>"))
                self._say("250 OK")
            elif verb == "DATA":
                with state.lock:
                    state.holding += 1
                time.sleep(state.hold_seconds)
                with state.lock:
                    state.holding -= 1
                self._say("354 end with <CRLF>.<CRLF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line.decode("utf-8", "replace"))
                if not line:
                    return  # the client died mid-message: nothing was accepted
                with state.lock:
                    state.messages.append((tuple(rcpts), "".join(lines)))
                self._say("250 OK queued")
            elif verb in ("RSET", "NOOP"):
                self._say("250 OK")
            elif verb == "QUIT":
                self._say("221 bye")
                return
            else:
                self._say("502 not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def smtp_sink_start(state: SinkState) -> tuple[_Server, int]:
    """Serve on a free port of 127.0.0.1 in a thread; returns (server, port)."""
    handler = type("Handler", (_Handler,), {"state": state})
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, int(server.server_address[1])
