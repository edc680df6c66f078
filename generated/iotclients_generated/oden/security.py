"""The security schemes of specs/oden.openapi.yaml. Generated; do not edit."""

from iotclients.core.security import SecurityScheme

SCHEMES: dict[str, SecurityScheme] = {
    "APIKeyAuth": SecurityScheme(
        "APIKeyAuth", "apiKey", location="header", prefix="Token", wire_name="Authorization"
    ),
}

# The spec's global ``security``, for operations built at run time (generic resources).
GLOBAL_SECURITY: tuple[tuple[SecurityScheme, ...], ...] = ((SCHEMES["APIKeyAuth"],),)
