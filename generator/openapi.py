"""The OpenAPI path: openapi-python-client parses the spec, our templates render it.

The parser gives us class names and property types; what it drops (vendor extensions, every media
type of a response, request body names) we read from the spec ourselves and hand to the templates.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

from .lint import iter_operations
from .naming import attribute_name, attribute_names, snake
from .prepare import prepare
from .specload import resolve_ref
from .vendors import ROOT, TEMPLATES, Vendor

_WORD = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
_FILE = re.compile(r"\bFile\b")
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class GenerationError(Exception):
    pass


def _text(value: Any) -> str:
    """Plain text of the parser's wrapped strings (our specs are trusted and linted)."""
    for accessor in ("get_untrusted_value", "as_unembedded_code"):
        getter = getattr(value, accessor, None)
        if getter is not None:
            return str(getter())
    return str(value)


def _without_raw_bodies(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` minus raw request bodies (CSV, ``*/*``), which the parser cannot read and
    drops whole operations for; their shape is read from the spec itself."""
    for _, _, operation in iter_operations(document):
        body = operation.get("requestBody")
        if body is None:
            continue
        content = resolve_ref(document, body).get("content") or {}
        if content and not any(_structured(media_type) for media_type in content):
            del operation["requestBody"]
    return document


class _Attributes:
    """Python attribute names of model properties.

    The parser derives names of its own and refuses two properties that share one (``sn`` and
    ``sn[]``), so it is handed a copy of the spec in which ``name[]`` keys are already renamed to
    their attributes; the real wire names are restored here.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.parser_document = _without_raw_bodies(copy.deepcopy(document))
        self._wires: dict[str, dict[str, str]] = {}
        schemas = (self.parser_document.get("components") or {}).get("schemas") or {}
        for component, schema in schemas.items():
            properties = schema.get("properties") if isinstance(schema, dict) else None
            if not properties or not any(str(key).endswith("[]") for key in properties):
                continue
            names = attribute_names(list(properties))
            bracketed = {key: names[key] for key in properties if str(key).endswith("[]")}
            schema["properties"] = {bracketed.get(k, k): v for k, v in properties.items()}
            if isinstance(schema.get("required"), list):
                schema["required"] = [bracketed.get(k, k) for k in schema["required"]]
            self._wires[component] = {name: wire for wire, name in bracketed.items()}

    def _restored(self, model: Any) -> dict[str, str]:
        component = _text(model.name).rsplit("/", 1)[-1]
        return self._wires.get(component) or self._wires.get(_text(model.class_info.name)) or {}

    def _wires_of(self, model: Any) -> dict[str, str]:
        """The parser's property name -> the name on the wire."""
        restored = self._restored(model)
        keys = [_text(p.name) for p in model.required_properties + model.optional_properties]
        return {key: restored.get(key, key) for key in keys}

    def wire_of(self, model: Any, key: str) -> str:
        """The wire name behind the parser's property name ``key``."""
        return self._restored(model).get(key, key)

    def of(self, model: Any) -> dict[str, str]:
        """The parser's property name -> attribute, for the properties of ``model``."""
        wires = self._wires_of(model)
        names = attribute_names(list(wires.values()))
        return {key: names[wire] for key, wire in wires.items()}

    def renames(self, model: Any) -> dict[str, str]:
        """Attribute -> wire name, for the properties of ``model`` whose names differ."""
        wires = self._wires_of(model)
        return dict(sorted((name, wires[key]) for key, name in self.of(model).items() if name != wires[key]))


def _error_class_name(status: int) -> str:
    sys.path.insert(0, str(ROOT / "overlays"))
    try:
        from iotclients.core.errors import error_class_for_status
    finally:
        sys.path.pop(0)
    return error_class_for_status(status).__name__


class _Types:
    """Python type expressions for spec schemas, for annotations and lazy runtime thunks."""

    def __init__(self, document: dict[str, Any], class_names: set[str]) -> None:
        self.document = document
        self.class_names = class_names

    def expr(self, schema: Any, *, qualified: bool) -> str:
        prefix = "_m." if qualified else ""
        if not isinstance(schema, dict) or not schema:
            # ``object`` at runtime: msgspec decodes it as untyped JSON without any import.
            return "object" if qualified else "Any"
        if "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if name in self.class_names:
                return prefix + name
            return self.expr(resolve_ref(self.document, schema), qualified=qualified)
        kind = schema.get("type")
        if isinstance(kind, list):
            return " | ".join(self.expr({**schema, "type": k}, qualified=qualified) for k in kind)
        if kind == "array":
            return f"list[{self.expr(schema.get('items'), qualified=qualified)}]"
        if kind in _PRIMITIVES and not schema.get("format"):
            return _PRIMITIVES[kind]
        if kind == "object" and not schema.get("properties"):
            return "dict[str, Any]"
        raise GenerationError(f"unsupported schema at the top of a body or response: {schema!r}")


def _body(document: dict[str, Any], operation: dict[str, Any], types: _Types) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    content_type, media = next(iter(resolve_ref(document, body)["content"].items()))
    schema = media.get("schema") or {}
    info = {
        "argument": snake(schema["$ref"].rsplit("/", 1)[-1]) if "$ref" in schema else "body",
        "content_type": content_type,
        "type_expr": types.expr(schema, qualified=True),
        "annotation": types.expr(schema, qualified=False),
        "files": _file_parts(document, schema) if content_type == "multipart/form-data" else (),
        "any_media_type": "*" in content_type,
        "raw": not _structured(content_type),
    }
    if info["raw"]:
        # Raw content (CSV, a blob): the caller's bytes or text go out as they are.
        info.update(argument="content", type_expr="bytes", annotation="bytes | str")
    return info


def _params(endpoint: Any) -> list[dict[str, Any]]:
    return [
        {
            "argument": _text(prop.python_name),
            "wire_name": _text(prop.name),
            "location": location,
            "required": bool(prop.required),
            "annotation": _text(prop.get_type_string(no_optional=True)),
        }
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for prop in props
    ]


def _responses(
    document: dict[str, Any], operation: dict[str, Any], types: _Types
) -> tuple[list[tuple[int, list[tuple[str, str | None]]]], list[tuple[int, str]]]:
    """Success replies (media type -> type, ``None`` for text and raw) and typed error bodies."""
    replies: list[tuple[int, list[tuple[str, str | None]]]] = []
    errors: list[tuple[int, str]] = []
    for status, declared in (operation.get("responses") or {}).items():
        if status == "default":
            continue  # see _default_error
        code = int(str(status))
        content = resolve_ref(document, declared).get("content") or {}
        if 200 <= code < 300:
            media = [
                (ct, types.expr(item.get("schema"), qualified=True) if _is_json(ct) else None)
                for ct, item in content.items()
            ]
            replies.append((code, media))
        else:
            json_media = [item for media_type, item in content.items() if _is_json(media_type)]
            if json_media:  # a text error body is kept as text, in the message and ``body``
                errors.append((code, types.expr(json_media[0].get("schema"), qualified=True)))
    return replies, errors


def _default_error(document: dict[str, Any], operation: dict[str, Any], types: _Types) -> str | None:
    """The type of the ``default`` response's JSON body: the error model of undeclared statuses."""
    declared = (operation.get("responses") or {}).get("default")
    content = resolve_ref(document, declared).get("content") or {} if declared else {}
    json_media = [item for media_type, item in content.items() if _is_json(media_type)]
    return types.expr(json_media[0].get("schema"), qualified=True) if json_media else None


def _operations(document: dict[str, Any], openapi: Any, types: _Types) -> dict[str, dict[str, Any]]:
    parsed = {
        _text(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    result: dict[str, dict[str, Any]] = {}
    for path, method, operation in iter_operations(document):
        op_id = operation["operationId"]
        endpoint = parsed.get(op_id)
        if endpoint is None:  # the parser skips what it cannot read, with a warning we do not show
            raise GenerationError(
                f"operation {op_id} ({method.upper()} {path}) could not be read by the parser"
            )
        info: dict[str, Any] = {
            "name": op_id,
            "method": method.upper(),
            "path": path,
            "tag": _text(endpoint.tags[0]),
            "summary": str(operation.get("summary", "")).strip(),
            "description": str(operation.get("description", "")).strip(),
            "idempotent": bool(operation["x-iotclients-idempotent"]),
            "batch": operation.get("x-iotclients-batch"),
            "core_imports": ["Operation", "Reply"],
        }
        info["body"] = _body(document, operation, types)
        if info["body"]:
            info["core_imports"].append("Body")
        params = _params(endpoint)
        info["params"] = params
        if params:
            info["core_imports"].append("Param")
        replies, errors = _responses(document, operation, types)
        info["replies"] = sorted(replies)
        info["errors"] = sorted(errors)
        info["default_error"] = _default_error(document, operation, types)
        if info["batch"]:
            info["core_imports"].append("BatchLimits")
        thunks = [e for _, e in errors] + [t for _, media in replies for _, t in media if t]
        if info["default_error"]:
            thunks.append(info["default_error"])
        if info["body"]:
            thunks.append(info["body"]["type_expr"])
        # Type thunks are evaluated in the endpoint module: ``Any`` must be importable there.
        info["needs_any"] = any(re.search(r"\bAny\b", t) for t in thunks)
        info["return_annotation"] = _return_annotation(replies)
        info["pagination"] = _pagination(document, operation, types)
        if info["pagination"]:
            info["core_imports"].append("Pagination")
        info["core_imports"] = sorted(info["core_imports"])
        result[op_id] = info
    return dict(sorted(result.items()))


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def _structured(content_type: str) -> bool:
    """Bodies built from a model (JSON, form fields, multipart parts) rather than sent raw."""
    return _is_json(content_type) or content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    )


def _file_parts(document: dict[str, Any], schema: dict[str, Any]) -> tuple[str, ...]:
    """Attribute names of the binary properties of a multipart body (sent as file parts)."""
    properties = resolve_ref(document, schema).get("properties") or {}
    return tuple(
        sorted(
            attribute_name(name)
            for name, prop in properties.items()
            if prop.get("format") == "binary" or "contentMediaType" in prop
        )
    )


def _pagination(document: dict[str, Any], operation: dict[str, Any], types: _Types) -> dict[str, Any] | None:
    """``x-iotclients-pagination`` for the templates, with the type of one item of a page."""
    declared = operation.get("x-iotclients-pagination")
    if not declared:
        return None
    page_schema: Any = None
    for status, response in sorted((operation.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if str(status).startswith("2"):
            media = (resolve_ref(document, response).get("content") or {}).get("application/json") or {}
            page_schema = media.get("schema")
            break
    properties = resolve_ref(document, page_schema or {}).get("properties") or {}
    results = properties.get(declared["results"])
    if not isinstance(results, dict):
        raise GenerationError(
            f"{operation['operationId']}: the page has no property {declared['results']!r} to iterate"
        )
    results = resolve_ref(document, results)
    item = types.expr(results.get("items"), qualified=False) if results.get("type") == "array" else "Any"
    fields = {k: v for k, v in declared.items() if k in ("style", "page_param", "page_size_param")}
    fields["results"] = attribute_name(declared["results"])
    fields["next"] = attribute_name(declared.get("next", "next"))
    return {"fields": dict(sorted(fields.items())), "item_annotation": item}


def _return_annotation(replies: list[tuple[int, list[tuple[str, str | None]]]]) -> str:
    """What a call returns: the first success reply's type, ``| None`` when another has no body."""
    if not replies:
        return "None"
    _, media = sorted(replies)[0]
    kinds = {
        (
            "str"
            if content_type.startswith("text/")
            else "bytes"
            if not _is_json(content_type)
            else (expr or "None")
        )
        for content_type, expr in media
    }
    if not kinds:
        return "None"
    if len(kinds) > 1 and "object" in kinds:
        return "Any"  # untyped JSON or text: ``object`` would force a cast on every use
    kind = " | ".join(sorted(k.replace("_m.", "") for k in kinds))
    if any(not other for _, other in replies):
        kind += " | None"  # e.g. 200 with a body or 204 without one
    return kind


def _annotation(type_string: str) -> str:
    """A model field's annotation: aware datetimes, and our file type for binary properties."""
    return _FILE.sub("FileContent", type_string.replace("datetime.datetime", "AwareDatetime"))


def _model_imports(model: Any) -> dict[str, list[str]]:
    """Split a model's imports: stdlib ones at the top, sibling models after the class."""
    stdlib: set[str] = set()
    models: set[str] = set()
    for line in set(model.relative_imports) | set(model.lazy_imports):
        if line.startswith("from ..models."):
            models.add("from ." + line[len("from ..models.") :])
        elif line.startswith("from ..") or "dateutil" in line or line == "from io import BytesIO":
            continue
        elif line.startswith("from typing import"):
            names = {n.strip() for n in line[len("from typing import ") :].split(",")} - {"cast"}
            if names:
                stdlib.add("from typing import " + ", ".join(sorted(names)))
        else:
            stdlib.add(line)
    for prop in model.required_properties + model.optional_properties:
        if "Any" in _text(prop.get_type_string()):
            stdlib.add("from typing import Any")
        if _FILE.search(_text(prop.get_type_string())):
            stdlib.add("from iotclients.core.bodies import FileContent")
    return {"stdlib": sorted(stdlib), "models": sorted(models)}


def _secret_fields(
    models: list[Any], attributes: _Attributes, schemas: dict[str, Any], schema_names: dict[str, str]
) -> dict[str, list[str]]:
    """Class name -> attributes whose properties say ``x-iotclients-secret: true``."""
    found: dict[str, list[str]] = {}
    for model in models:
        class_name = _text(model.class_info.name)
        properties = (schemas.get(schema_names[class_name]) or {}).get("properties") or {}
        secrets = [
            attributes.of(model)[_text(p.name)]
            for p in model.required_properties + model.optional_properties
            if (properties.get(attributes.wire_of(model, _text(p.name))) or {}).get("x-iotclients-secret")
        ]
        if secrets:
            found[class_name] = sorted(secrets)
    return found


def render(vendor: Vendor, out_dir: Path) -> None:
    """Write the generated package for ``vendor`` into ``out_dir`` (which must not exist)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    document = prepare(vendor.spec_path, house=vendor.house).document
    attributes = _Attributes(document)
    config = Config.from_sources(
        ConfigFile(post_hooks=[], literal_enums=False),
        MetaType.NONE,
        vendor.spec_path,
        "utf-8",
        True,
        out_dir,
    )
    openapi = GeneratorData.from_dict(attributes.parser_document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise GenerationError(f"{vendor.spec}: {openapi.header}: {openapi.detail}")
    if openapi.errors:
        raise GenerationError("\n".join(f"{vendor.spec}: {e.header}: {e.detail}" for e in openapi.errors))

    schemas = (document.get("components") or {}).get("schemas") or {}
    class_names: set[str] = set()
    schema_names: dict[str, str] = {}
    open_models: set[str] = set()
    for model in list(openapi.models) + list(openapi.enums):
        class_name = _text(model.class_info.name)
        component = _text(model.name).rsplit("/", 1)[-1]
        class_names.add(class_name)
        if component not in schemas and class_name in schemas:
            component = class_name  # the parser names request bodies "body"
        # An inline schema has no pointer of its own: the template says so.
        schema_names[class_name] = component if component in schemas else ""
        # Open only where the spec says so explicitly: JSON Schema's implicit "allow" would make
        # every model open and slow every decode for keys nobody documented. Inline maps
        # (``additionalProperties: {schema}`` without properties) are open too, or their entries
        # would be dropped on decode.
        declared = getattr(getattr(model, "data", None), "additionalProperties", None)
        if declared not in (None, False):
            open_models.add(class_name)
    secret_fields = _secret_fields(openapi.models, attributes, schemas, schema_names)
    for model in openapi.models:
        taken: dict[str, str] = {}
        for wire, name in attributes.of(model).items():
            if not name.isidentifier() or name in taken:
                raise GenerationError(
                    f"{vendor.spec}: {_text(model.name)}.{wire}: attribute name {name!r} is not an "
                    f"identifier or is also the name of {taken.get(name)!r}"
                )
            taken[name] = wire

    types = _Types(document, class_names)
    operations = _operations(document, openapi, types)
    annotation_models: set[str] = set()
    for op in operations.values():
        texts = [op["return_annotation"]] + [p["annotation"] for p in op["params"]]
        if op["pagination"]:
            texts.append(op["pagination"]["item_annotation"])
        if op["body"]:
            texts.append(op["body"]["annotation"])
        for text in texts:
            annotation_models |= set(_WORD.findall(text)) & class_names
    statuses = {status for op in operations.values() for status, _ in op["errors"]}

    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES / "openapi")
    project.env.filters["pyrepr"] = repr
    project.env.filters["raw"] = _text
    project.env.filters["annotation"] = _annotation
    project.env.globals.update(
        spec_file=vendor.display_path,
        facade_module=vendor.facade_module,
        sync_base=vendor.sync_base,
        async_base=vendor.async_base,
        operations=operations,
        open_models=open_models,
        secret_fields=secret_fields,
        schema_names=schema_names,
        annotation_models=annotation_models,
        error_names={status: _error_class_name(status) for status in statuses},
        model_imports=_model_imports,
        wire_renames=attributes.renames,
        model_attributes=attributes.of,
    )
    problems = [e for e in project.build() if e.level.name == "ERROR"]
    if problems:
        raise GenerationError("\n".join(f"{e.header}: {e.detail}" for e in problems))
