"""The OpenRPC path: our own Jinja templates render a typed JSON-RPC client from the spec.

Emitted per vendor: ``models.py`` (attrs classes for object schemas, type aliases for the rest),
``procedures.py`` (the runtime's ``Procedure`` descriptors and the ``Envelope``), ``client.py``
(sync client, async client and batch, one method per procedure) and ``__init__.py``.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

import jinja2

from .openrpc_types import input_annotation, is_model, is_open, names_in, output, ref_name, referenced
from .specload import load_spec, resolve_ref
from .vendors import ROOT, TEMPLATES, Vendor

_TYPING = ("Annotated", "Any", "Literal")


class GenerationError(Exception):
    pass


def _error_class_name(status: int) -> str:
    import sys

    sys.path.insert(0, str(ROOT / "overlays"))
    try:
        from iotclients.core.errors import error_class_for_status
    finally:
        sys.path.pop(0)
    return "LockedError" if status == 423 else error_class_for_status(status).__name__


def _docstring(text: Any) -> str:
    return str(text or "").strip().replace("\\", "\\\\").replace('"""', "'''")


def _sorted_aliases(names: list[str], components: dict[str, Any]) -> list[str]:
    """Aliases in an order where each comes after the aliases it mentions (classes come first)."""
    placed: list[str] = []
    pending = sorted(names)
    while pending:
        progress = False
        for name in list(pending):
            needs = set(referenced(components[name], components, set())) & set(pending) - {name}
            if not needs:
                placed.append(name)
                pending.remove(name)
                progress = True
        if not progress:
            raise GenerationError(f"cyclic type aliases: {pending}")
    return placed


def _models(document: dict[str, Any], components: dict[str, Any], reachable: set[str]) -> dict[str, Any]:
    classes = []
    aliases = []
    for name in sorted(reachable):
        schema = components[name]
        where = f"#/components/schemas/{name}"
        if is_model(schema):
            required = set(schema.get("required") or [])
            fields = []
            for prop, prop_schema in schema["properties"].items():
                if not prop.isidentifier() or keyword.iskeyword(prop):
                    raise GenerationError(f"{where}/properties/{prop}: not a Python identifier")
                fields.append(
                    {
                        "name": prop,
                        "type": output(prop_schema, f"{where}/properties/{prop}"),
                        "required": prop in required,
                        "description": _docstring(resolve_ref(document, prop_schema).get("description")),
                    }
                )
            fields.sort(key=lambda f: not f["required"])  # required ones first (attrs needs it)
            classes.append(
                {
                    "name": name,
                    "open": is_open(schema),
                    "fields": fields,
                    "description": _docstring(schema.get("description")),
                }
            )
        else:
            aliases.append(name)
    ordered = _sorted_aliases(aliases, components)
    return {
        "classes": classes,
        "aliases": [
            {
                "name": n,
                "type": output(components[n], f"#/components/schemas/{n}"),
                "description": _docstring(components[n].get("description")),
            }
            for n in ordered
        ],
    }


def _qualify(expression: str, names: set[str]) -> str:
    return re.sub(r"\b([A-Z][A-Za-z0-9_]*)\b", lambda m: f"m.{m[1]}" if m[1] in names else m[1], expression)


def _methods(document: dict[str, Any], components: dict[str, Any], names: set[str]) -> list[dict[str, Any]]:
    methods = []
    for method in document["methods"]:
        name = method["name"]
        where = f"#/methods/{name}"
        params = []
        for param in method.get("params") or []:
            schema = param.get("schema") or {}
            default = schema.get("default", resolve_ref(document, schema).get("default"))
            const = schema.get("const")
            params.append(
                {
                    "name": param["name"],
                    "type": _qualify(output(schema, f"{where}/params/{param['name']}"), names),
                    "annotation": input_annotation(schema, components, f"{where}/params/{param['name']}"),
                    "required": bool(param.get("required", False)),
                    "default": default,
                    "has_default": "default" in schema,
                    "const": const,
                    "is_const": "const" in schema,
                    "description": _docstring(
                        param.get("description") or resolve_ref(document, schema).get("description")
                    ),
                }
            )
        result_schema = (method.get("result") or {}).get("schema") or {}
        returns_none = result_schema.get("type") == "null"
        result_type = "None" if returns_none else output(result_schema, f"{where}/result")
        errors = []
        for entry in method.get("errors") or []:
            error = resolve_ref(document, entry)
            ref = ref_name(entry) or ""
            errors.append(
                {
                    "class": _error_class_name(int(error["code"])),
                    "status": error["message"],
                    "data": _docstring(error.get("data")),
                    "name": ref or str(error["message"]),
                }
            )
        secret_paths = []
        target = components.get(ref_name(result_schema) or "", {})
        if target.get("x-iotclients-secret"):
            secret_paths.append("")
        for prop, prop_schema in (target.get("properties") or {}).items():
            if components.get(ref_name(prop_schema) or "", {}).get("x-iotclients-secret"):
                secret_paths.append(prop)
        methods.append(
            {
                "name": name,
                "procedure": method.get("x-iotclients-procedure", name),
                "summary": _docstring(method.get("summary")),
                "description": _docstring(method.get("description")),
                "deprecated": bool(method.get("deprecated")),
                "idempotent": bool(method["x-iotclients-idempotent"]),
                "long_poll": method.get("x-iotclients-long-poll"),
                "params": params,
                **_python_order(params),
                "result_type": _qualify(result_type, names) if not returns_none else None,
                "return_annotation": result_type,
                "errors": errors,
                "secret_result": tuple(secret_paths),
            }
        )
    return methods


def _python_order(params: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Which params are positional and in what order the defaulted ones follow.

    Required params without a default come first, in spec order. Defaulted params follow; those
    the spec puts *before* a required one (a leading client that defaults to the caller itself)
    go last, so ``listing(types, options=None, resource=None)`` reads as the older call forms did.
    """
    args = [p for p in params if not p["is_const"]]
    positional = [p for p in args if p["required"] and not p["has_default"]]
    first = args.index(positional[0]) if positional else len(args)
    defaulted = [p for p in args if p not in positional]
    trailing = [p for p in defaulted if args.index(p) > first]
    leading = [p for p in defaulted if args.index(p) < first]
    return {"args": args, "positional": positional, "keyword": trailing + leading}


def render(vendor: Vendor, out_dir: Path) -> None:
    """Write the generated package for ``vendor`` into ``out_dir``."""
    document = load_spec(vendor.spec_path)
    components: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    envelope = document["x-iotclients-envelope"]
    auth_ref = ref_name(envelope["auth"])
    auth_variants = [ref_name(s) for s in components[auth_ref or ""].get("anyOf", [])] if auth_ref else []
    reachable: set[str] = set(auth_variants)  # type: ignore[arg-type]
    for method in document["methods"]:
        referenced(method.get("params") or [], components, reachable)
        referenced(method.get("result") or {}, components, reachable)
    for name in list(reachable):
        referenced(components[name], components, reachable)
    names = set(reachable)
    models = _models(document, components, reachable)
    methods = _methods(document, components, names)

    annotation_names: set[str] = set()
    for method in methods:
        annotation_names |= names_in(method["return_annotation"])
        for param in method["args"]:
            annotation_names |= names_in(param["annotation"])
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "openrpc"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701  (Python source, not HTML)
    )
    env.filters["pyrepr"] = repr
    context = {
        "spec_file": f"specs/{vendor.spec}",
        "title": _docstring(document["info"]["title"]),
        "sync_base": vendor.sync_base,
        "async_base": vendor.async_base,
        "batch_base": vendor.sync_base.replace("Client", "Batch"),
        "models": models,
        "methods": methods,
        "envelope": envelope,
        "auth_variants": auth_variants,
        "model_names": sorted(annotation_names & names),
        "typing_names": _TYPING,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for template, target in (
        ("package_init.py.jinja", "__init__.py"),
        ("models.py.jinja", "models.py"),
        ("procedures.py.jinja", "procedures.py"),
        ("client.py.jinja", "client.py"),
    ):
        (out_dir / target).write_text(env.get_template(template).render(**context), encoding="utf-8")
