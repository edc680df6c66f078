"""The security schemes of specs/iotile.openapi.yaml. Generated; do not edit."""

from iotclients.core.security import SecurityScheme

SCHEMES: dict[str, SecurityScheme] = {
    "JWTAuth": SecurityScheme(
        "JWTAuth", "apiKey", location="header", prefix="JWT", wire_name="Authorization"
    ),
}

# The spec's global ``security``, for operations built at run time (generic resources).
GLOBAL_SECURITY: tuple[tuple[SecurityScheme, ...], ...] = ((SCHEMES["JWTAuth"],),)
