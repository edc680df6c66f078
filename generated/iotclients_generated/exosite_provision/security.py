"""The security schemes of specs/exosite-provision.openapi.yaml. Generated; do not edit."""

from iotclients.core.security import SecurityScheme

SCHEMES: dict[str, SecurityScheme] = {
    "cik": SecurityScheme("cik", "apiKey", location="header", wire_name="X-Exosite-CIK"),
    "token": SecurityScheme("token", "apiKey", location="header", wire_name="X-Exosite-Token"),
}

# The spec's global ``security``, for operations built at run time (generic resources).
GLOBAL_SECURITY: tuple[tuple[SecurityScheme, ...], ...] = (
    (SCHEMES["cik"],),
    (SCHEMES["token"],),
)
