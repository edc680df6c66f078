"""Security schemes: the vendor's table of ``components/securitySchemes`` and each operation's
``security`` as alternatives of those schemes, for the templates, plus the lint rules for both.

The runtime (``iotclients.core.security``) applies whatever an operation's first satisfiable
alternative names; nothing about credentials is left for the vendor overlays to know.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MODULE = "security"  # generated/iotclients_generated/<vendor>/security.py

_KINDS = ("apiKey", "http", "oauth2", "openIdConnect")
_API_KEY_PLACES = ("header", "query", "cookie")
PREFIX_EXTENSION = "x-iotclients-prefix"


def _schemes(document: dict[str, Any]) -> dict[str, Any]:
    declared = (document.get("components") or {}).get("securitySchemes") or {}
    return declared if isinstance(declared, dict) else {}


def effective(document: dict[str, Any], operation: dict[str, Any]) -> list[list[str]] | None:
    """The operation's alternatives (scheme names); ``[]`` when open, ``None`` when undeclared."""
    declared = operation.get("security", document.get("security"))
    if declared is None:
        return None
    # Malformed entries are the structural validator's to report; they are skipped here.
    listed = declared if isinstance(declared, list) else []
    return [sorted(map(str, requirement)) for requirement in listed if isinstance(requirement, dict)]


def operation_expression(document: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The Python expression for ``Operation(security=...)``; ``None`` when the operation is open."""
    return _alternatives(effective(document, operation) or [], "_s")


def _alternatives(alternatives: list[list[str]], table: str) -> str | None:
    if not alternatives:
        return None
    rendered = ["(" + "".join(f"{table}[{name!r}], " for name in names) + ")" for names in alternatives]
    return "(" + "".join(f"{item}, " for item in rendered) + ")"


def _fields(name: str, scheme: dict[str, Any]) -> dict[str, Any]:
    kind = scheme["type"]
    fields: dict[str, Any] = {"name": name, "kind": kind}
    if kind == "apiKey":
        fields.update(location=scheme["in"], wire_name=scheme["name"])
        if scheme.get(PREFIX_EXTENSION):
            fields["prefix"] = scheme[PREFIX_EXTENSION]
    elif kind == "http":
        fields["scheme"] = scheme["scheme"]
    elif kind == "oauth2" and _token_url(scheme):
        fields["token_url"] = _token_url(scheme)
    return fields


def _token_url(scheme: dict[str, Any]) -> str | None:
    """The client-credentials flow's ``tokenUrl`` (``None`` for any other or a malformed scheme)."""
    flows = scheme.get("flows") if scheme.get("type") == "oauth2" else None
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    url = flow.get("tokenUrl") if isinstance(flow, dict) else None
    return url if isinstance(url, str) and url else None


def module_source(document: dict[str, Any], spec_file: str) -> str:
    """``security.py`` of a generated vendor package: one ``SecurityScheme`` per declared scheme."""
    lines = [
        f'"""The security schemes of {spec_file}. Generated; do not edit."""',
        "",
        "from iotclients.core.security import SecurityScheme",
        "",
        "SCHEMES: dict[str, SecurityScheme] = {",
    ]
    for name, scheme in sorted(_schemes(document).items()):
        fields = _fields(name, scheme)
        arguments = [repr(fields.pop("name")), repr(fields.pop("kind"))]
        arguments += [f"{key}={value!r}" for key, value in sorted(fields.items())]
        lines.append(f"    {name!r}: SecurityScheme({', '.join(arguments)}),")
    lines.append("}")
    declared = document.get("security") or []
    lines += [
        "",
        "# The spec's global ``security``, for operations built at run time (generic resources).",
        "GLOBAL_SECURITY: tuple[tuple[SecurityScheme, ...], ...] = "
        + (_alternatives([sorted(r) for r in declared], "SCHEMES") or "()"),
        "",
    ]
    return "\n".join(lines)


UNDECLARED = "declare security (here or globally), or `security: []` if the operation is open"


def findings(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, rule) for schemes the runtime cannot apply and operations whose security names
    no declared scheme; once a spec declares schemes, every operation must say how it is
    authenticated (globally or itself) or be explicitly open (``security: []``)."""
    from .lint import iter_operations

    schemes = _schemes(document)
    posts = {path for path, method, _ in iter_operations(document) if method == "post"}
    for name, scheme in schemes.items():
        where = f"#/components/securitySchemes/{name}"
        yield from _scheme_findings(where, scheme)
        token_url = _token_url(scheme) if isinstance(scheme, dict) else None
        if isinstance(token_url, str) and token_url.startswith("/") and token_url not in posts:
            # A token endpoint on the API's own server is one of its operations (and must be open).
            yield f"{where}/flows/clientCredentials/tokenUrl", f"no POST operation has the path {token_url!r}"
    for path, method, operation in iter_operations(document):
        where = f"#/paths/{path.replace('/', '~1')}/{method}"
        alternatives = effective(document, operation)
        if alternatives is None:
            if schemes:
                yield where, UNDECLARED
            continue
        origin = f"{where}/security" if "security" in operation else "#/security"
        for index, names in enumerate(alternatives):
            for scheme_name in names:
                if scheme_name not in schemes:
                    known = ", ".join(sorted(schemes)) or "none"
                    yield (
                        f"{origin}/{index}/{scheme_name}",
                        f"names no scheme in components/securitySchemes (known: {known})",
                    )


def _scheme_findings(where: str, scheme: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(scheme, dict) or scheme.get("type") not in _KINDS:
        yield where, f"type must be one of {', '.join(_KINDS)} (mutualTLS is not supported)"
        return
    kind = scheme["type"]
    if kind == "apiKey":
        if scheme.get("in") not in _API_KEY_PLACES:
            yield f"{where}/in", f"an API key goes in one of {', '.join(_API_KEY_PLACES)}"
        if not isinstance(scheme.get("name"), str) or not scheme["name"]:
            yield f"{where}/name", "an API key needs the name of its header, query parameter or cookie"
        prefix = scheme.get(PREFIX_EXTENSION)
        if prefix is not None and (not isinstance(prefix, str) or not prefix or " " in prefix):
            yield f"{where}/{PREFIX_EXTENSION}", "must be one word (the key is sent after it and a space)"
    elif PREFIX_EXTENSION in scheme:
        yield (
            f"{where}/{PREFIX_EXTENSION}",
            "only apiKey schemes take a prefix (an http scheme names its word in `scheme`)",
        )
    if kind == "http" and (not isinstance(scheme.get("scheme"), str) or " " in scheme["scheme"]):
        yield f"{where}/scheme", "must be one word: basic, bearer, or the vendor's own (e.g. Token)"
    if kind == "oauth2" and not _token_url(scheme):
        yield f"{where}/flows", "only the clientCredentials flow (with its tokenUrl) is supported"
