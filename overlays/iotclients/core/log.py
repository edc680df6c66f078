"""The ``iotclients`` logger: stdlib logging, quiet unless the application enables it.

Set ``IOTCLIENTS_LOG=debug`` (or ``info``) to get a stderr handler without configuring logging.
Every record passes a redacting filter, on the logger itself and on the handler we install.
"""

from __future__ import annotations

import logging
import os

from . import redaction

__all__ = ["HTTP_LOGGERS", "RedactingFilter", "child", "cover_http_loggers", "logger"]


class RedactingFilter(logging.Filter):
    """Masks registered secrets in the final message of every record it sees."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not redaction.has_secrets():
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: let the handler report it as usual
            return True
        cleaned = redaction.redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


logger: logging.Logger = logging.getLogger("iotclients")
_filter = RedactingFilter()
logger.addFilter(_filter)


def _install_env_handler() -> None:
    level_name = os.environ.get("IOTCLIENTS_LOG", "").strip().upper()
    if not level_name:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    handler = logging.StreamHandler()
    handler.addFilter(_filter)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


_install_env_handler()


# httpx logs each request line; httpcore's DEBUG trace prints request and response headers as
# they crossed the wire (an echoed API key, a JWT in WWW-Authenticate). Filters on a logger do not
# apply to its children's records, so each logger that writes records gets the filter.
HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def cover_http_loggers() -> None:
    """Put the redacting filter on httpx's and httpcore's loggers (done when a client is created)."""
    for name in HTTP_LOGGERS:
        log = logging.getLogger(name)
        if _filter not in log.filters:
            log.addFilter(_filter)


def child(name: str) -> logging.Logger:
    """A child logger (``iotclients.<name>``) that carries the redacting filter too.

    Filters on a parent logger do not apply to records created on its children, so each child gets one.
    """
    log = logger.getChild(name)
    if _filter not in log.filters:
        log.addFilter(_filter)
    return log
