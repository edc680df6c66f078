"""The security schemes of specs/iotticket.openapi.yaml. Generated; do not edit."""

from iotclients.core.security import SecurityScheme

SCHEMES: dict[str, SecurityScheme] = {
    "DeviceBasic": SecurityScheme("DeviceBasic", "http", scheme="basic"),
    "OAuth2": SecurityScheme("OAuth2", "oauth2", token_url="/oauth2/token"),
}

# The spec's global ``security``, for operations built at run time (generic resources).
GLOBAL_SECURITY: tuple[tuple[SecurityScheme, ...], ...] = ((SCHEMES["OAuth2"],),)
