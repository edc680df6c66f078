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

from . import security
from .access_modes import flagged_fields, relax_required
from .constraints import body_type_expr, model_tables
from .deprecation import deprecation_info
from .lint import iter_operations
from .naming import attribute_name, attribute_names
from .page_models import page_models
from .parameters import parameter_facts, parser_friendly
from .prepare import prepare
from .raw_responses import write_raw_responses
from .request_bodies import body_info
from .request_bodies import is_json as _is_json
from .request_bodies import is_structured as _structured
from .response_headers import declared_headers
from .specload import resolve_ref
from .unions import Unions, is_union, model_field_hooks, without_markers
from .vendors import ROOT, TEMPLATES, Vendor

_WORD = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
_FILE = re.compile(r"\bFile\b")
# Standard-library types the parser writes into parameter annotations (``format: date-time``,
# ``date``, ``uuid``), and the import that defines each for the client module.
_STDLIB_ANNOTATIONS = (
    (re.compile(r"\bdatetime\.(?:datetime|date)\b"), "import datetime"),
    (re.compile(r"(?<!\.)\bUUID\b"), "from uuid import UUID"),
)
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
        self.parser_document = relax_required(_without_raw_bodies(copy.deepcopy(document)))
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

    def __init__(self, document: dict[str, Any], class_names: set[str], unions: Unions | None = None) -> None:
        self.document = document
        self.class_names = class_names
        self.unions = unions
        if unions is not None:
            class_names.update(unions.aliases.values())  # named unions are referred to like classes

    def expr(self, schema: Any, *, qualified: bool) -> str:
        prefix = "_m." if qualified else ""
        if not isinstance(schema, dict) or not schema:
            # ``object`` at runtime: msgspec decodes it as untyped JSON without any import.
            return "object" if qualified else "Any"
        if self.unions is not None and is_union(schema):
            return self.unions.expr(schema, "thunk" if qualified else "annotation")
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
        info["body"] = body_info(document, operation, types)
        if info["body"]:
            info["core_imports"] += ["Body", "BodyMedia"] if info["body"]["others"] else ["Body"]
            _constrain_body(document, operation, info)
        params = parameter_facts(document, path, operation, endpoint, types.class_names)
        info["params"] = params
        info.update(deprecation_info(document, path, operation, params))
        if params:
            info["core_imports"].append("Param")
        replies, errors = _responses(document, operation, types)
        info["replies"] = sorted(replies)
        info.update(declared_headers(document, operation))
        if info["reply_headers"]:
            info["core_imports"].append("ResponseHeader")
        info["errors"] = sorted(errors)
        info["default_error"] = _default_error(document, operation, types)
        if info["batch"]:
            info["core_imports"].append("BatchLimits")
        thunks = [e for _, e in errors] + [t for _, media in replies for _, t in media if t]
        if info["default_error"]:
            thunks.append(info["default_error"])
        if info["body"]:
            thunks += [media["type_expr"] for media in info["body"]["media"]]
        # Type thunks are evaluated in the endpoint module: ``Any`` must be importable there.
        info["needs_any"] = any(re.search(r"\bAny\b", t) for t in thunks)
        info["needs_union"] = any("OneOf(" in t for t in thunks)
        info["return_annotation"] = _return_annotation(replies)
        info["pagination"] = _pagination(document, operation, types)
        if info["pagination"]:
            info["core_imports"].append("Pagination")
        info["core_imports"] = sorted(info["core_imports"])
        info["security"] = security.operation_expression(document, operation)
        result[op_id] = info
    return dict(sorted(result.items()))


def _constrain_body(document: dict[str, Any], operation: dict[str, Any], info: dict[str, Any]) -> None:
    """Rules on the body as a whole (not on a model's fields) ride on its type thunk."""
    if info["body"]["raw"]:
        return
    schema = next(iter(resolve_ref(document, operation["requestBody"])["content"].values())).get("schema")
    expr = body_type_expr(document, schema, info["body"]["type_expr"])
    if expr != info["body"]["type_expr"]:
        info["body"]["type_expr"] = expr
        info["core_imports"].append("constrained")


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
    """What a call returns: the types of every success reply, ``| None`` when one has no body."""
    if not replies:
        return "None"
    media = [item for _, declared in sorted(replies) for item in declared]
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
    kind = " | ".join(sorted({without_markers(k.replace("_m.", "")) for k in kinds}))
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


def _check_attribute_names(vendor: Vendor, models: list[Any], attributes: _Attributes) -> None:
    for model in models:
        taken: dict[str, str] = {}
        for wire, name in attributes.of(model).items():
            if not name.isidentifier() or name in taken:
                raise GenerationError(
                    f"{vendor.spec}: {_text(model.name)}.{wire}: attribute name {name!r} is not an "
                    f"identifier or is also the name of {taken.get(name)!r}"
                )
            taken[name] = wire


def _annotation_names(
    operations: dict[str, dict[str, Any]], class_names: set[str]
) -> tuple[set[str], set[str]]:
    """The models and the standard-library imports the client module's annotations name."""
    models: set[str] = set()
    stdlib: set[str] = set()
    for op in operations.values():
        texts = [op["return_annotation"]] + [p["annotation"] for p in op["params"]]
        if op["pagination"]:
            texts.append(op["pagination"]["item_annotation"])
        if op["body"]:
            texts.append(op["body"]["annotation"])
        for text in texts:
            models |= set(_WORD.findall(text)) & class_names
            stdlib |= {line for pattern, line in _STDLIB_ANNOTATIONS if pattern.search(text)}
    return models, stdlib


def render(vendor: Vendor, out_dir: Path) -> None:
    """Write the generated package for ``vendor`` into ``out_dir`` (which must not exist)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    document = prepare(vendor.spec_path, house=vendor.house).document
    attributes = _Attributes(document)
    parser_friendly(attributes.parser_document)
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
    read_only, write_only = (
        flagged_fields(openapi.models, schemas, schema_names, attributes, flag)
        for flag in ("readOnly", "writeOnly")
    )
    _check_attribute_names(vendor, openapi.models, attributes)

    unions = Unions(document, {c: n for n, c in schema_names.items() if c})
    types = _Types(document, class_names, unions)
    operations = _operations(document, openapi, types)
    annotation_models, annotation_stdlib = _annotation_names(operations, class_names)
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
        read_only_fields=read_only,
        write_only_fields=write_only,
        schema_names=schema_names,
        page_models=page_models(document, operations, schema_names),
        annotation_models=annotation_models,
        annotation_stdlib=sorted(annotation_stdlib),
        constraint_tables=model_tables(list(openapi.models), attributes, document),
        error_names={status: _error_class_name(status) for status in statuses},
        **model_field_hooks(
            unions,
            schemas=schemas,
            schema_names=schema_names,
            wire_of=attributes.wire_of,
            text=_text,
            default=lambda prop: _annotation(_text(prop.get_type_string())),
            model_imports=_model_imports,
        ),
        wire_renames=attributes.renames,
        model_attributes=attributes.of,
    )
    problems = [e for e in project.build() if e.level.name == "ERROR"]
    if problems:
        raise GenerationError("\n".join(f"{e.header}: {e.detail}" for e in problems))
    _write_beside_the_parser(project.env, out_dir, document, unions, f"specs/{vendor.spec}")


def _write_beside_the_parser(
    env: Any, out_dir: Path, document: dict[str, Any], unions: Unions, spec: str
) -> None:
    """Modules the parser's project does not know about: raw-response twins, union aliases and
    the security table."""
    write_raw_responses(env, out_dir)
    unions.write_aliases(out_dir / "models", spec)
    (out_dir / f"{security.MODULE}.py").write_text(security.module_source(document, spec), encoding="utf-8")
