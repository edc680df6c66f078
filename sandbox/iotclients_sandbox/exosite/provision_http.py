"""The Provisioning sandbox's HTTP layer: ``/provision/...`` routes, checked against the spec.

Each request is matched to its operation by the framework's ``OpenAPIValidator`` (path, query and
header checks, and form bodies against the operation's form schema); form bodies are then parsed
here (``sn[]`` and ``options[]`` repeat) for the state to read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl

from iotclients_sandbox.contract import ContractViolation, ViolationLog
from iotclients_sandbox.coverage import not_implemented_message
from iotclients_sandbox.exosite.provision import Answer, ProvisionError, ProvisionState, Vendor
from iotclients_sandbox.exosite.provision_devices import Devices
from iotclients_sandbox.validation import OpenAPIValidator

__all__ = ["ProvisionHTTP"]

FORM = "application/x-www-form-urlencoded"


def parse_form(body: bytes) -> dict[str, Any]:
    """Form fields; names ending in ``[]`` collect every value into a list."""
    fields: dict[str, Any] = {}
    for name, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        if name.endswith("[]"):
            fields.setdefault(name, []).append(value)
        else:
            fields[name] = value
    return fields


@dataclass(frozen=True)
class _Body:
    form: dict[str, Any] | None
    raw: bytes
    content_type: str


# The operations _dispatch answers; any other the spec declares answers 501 naming it.
IMPLEMENTED: Final = frozenset(
    {
        "activate_serial_number",
        "download_content",
        "register_vendor",
        "read_vendor",
        "list_models",
        "create_model",
        "read_model",
        "update_model",
        "delete_model",
        "list_serial_numbers",
        "edit_serial_numbers",
        "read_serial_number",
        "update_serial_number",
        "delete_serial_number",
        "list_content",
        "create_content",
        "read_content",
        "upload_content",
        "delete_content",
    }
)


class ProvisionHTTP:
    def __init__(self, state: Callable[[], ProvisionState], validator: OpenAPIValidator) -> None:
        self._state = state
        self.validator = validator
        self.violations: ViolationLog | None = None
        """Where answers off the spec are reported, when the app checks its replies."""
        self.check_replies: Callable[[], bool] = lambda: False

    def answer(
        self, method: str, path: str, query: Mapping[str, list[str]], headers: Mapping[str, str], body: bytes
    ) -> Answer:
        try:
            answer = self._answer(method, path, query, headers, body)
        except ProvisionError as error:
            answer = Answer(error.status, error.reason.encode())
        if self.violations is not None and self.check_replies():
            self._check_answer(method, path, answer)
        return answer

    def _check_answer(self, method: str, path: str, answer: Answer) -> None:
        """Report an answer the spec does not declare (status, media type) as a contract violation."""
        found = self.validator.find(method, path)
        if found is None or self.violations is None:
            return
        operation = found[0]
        issues = self.validator.validate_response(operation, answer.status, answer.content_type, answer.body)
        if issues:
            self.violations.add(
                ContractViolation(operation.operation_id, method, path, answer.status, issues)
            )

    def _answer(
        self, method: str, path: str, query: Mapping[str, list[str]], headers: Mapping[str, str], body: bytes
    ) -> Answer:
        # pyonep's model_update sends its form with no Content-Type at all: read such a body as one.
        content_type = headers.get("content-type") or (FORM if body else "")
        media = content_type.split(";")[0].strip().lower()
        check = self.validator.validate_request(
            method,
            path,
            query=query,
            headers=headers,
            body=body,
            content_type=content_type,
        )
        if check is None:
            raise ProvisionError(404, f"no such resource: {method} {path}")
        operation = check.operation.operation_id
        form: dict[str, Any] | None = None
        declared = (check.operation.definition.get("requestBody") or {}).get("content") or {}
        if not declared:
            pass  # a body the operation takes none of is ignored (pyonep's DELETEs carry a form)
        elif media not in declared and "*/*" not in declared:
            raise ProvisionError(400, f"send the body as {' or '.join(declared)}")
        if check.issues:
            first = check.issues[0]
            raise ProvisionError(400, f"{first.name}: {first.message}")
        if media == FORM and FORM in declared:
            # A form sent to an operation that stores any media (content blobs) is a blob.
            form = parse_form(body)
        params = check.path_params
        flat = {k: v[-1] for k, v in query.items() if v}
        return self._dispatch(operation, params, flat, headers, _Body(form, body, content_type))

    def _dispatch(
        self,
        operation: str,
        params: Mapping[str, str],
        query: dict[str, str],
        headers: Mapping[str, str],
        sent: _Body,
    ) -> Answer:
        form, body, content_type = sent.form, sent.raw, sent.content_type
        state = self._state()
        devices = Devices(state)
        cik, token = headers.get("x-exosite-cik"), headers.get("x-exosite-token")
        if operation == "activate_serial_number":
            assert form is not None
            return devices.activate(form, headers.get("user-agent", ""))
        if operation == "download_content":
            return devices.content_download(cik, query)
        if operation == "register_vendor":
            assert form is not None
            return state.vendor_register(cik, token, form)
        if operation == "read_vendor":
            return state.vendor_show(cik, token)
        vendor: Vendor = state.vendor_for(cik, token)
        model, sn, content_id = params.get("model", ""), params.get("sn", ""), params.get("id", "")
        routes: dict[str, Callable[[], Answer]] = {
            "list_models": lambda: state.model_list(vendor),
            "create_model": lambda: state.model_create(vendor, form or {}),
            "read_model": lambda: state.model_info(vendor, model),
            "update_model": lambda: state.model_update(vendor, model, form or {}),
            "delete_model": lambda: state.model_remove(vendor, model),
            "list_serial_numbers": lambda: devices.serialnumber_list(vendor, model, query),
            "edit_serial_numbers": lambda: devices.serialnumber_batch(
                vendor, model, form, None if form is not None else body.decode("utf-8")
            ),
            "read_serial_number": lambda: devices.serialnumber_info(vendor, model, sn, query),
            "update_serial_number": lambda: devices.serialnumber_update(vendor, model, sn, form or {}),
            "delete_serial_number": lambda: devices.serialnumber_remove(vendor, model, sn),
            "list_content": lambda: devices.content_list(vendor, model),
            "create_content": lambda: devices.content_create(vendor, model, form or {}),
            "read_content": lambda: devices.content_info(vendor, model, content_id),
            "upload_content": lambda: devices.content_upload(vendor, model, content_id, body, content_type),
            "delete_content": lambda: devices.content_remove(vendor, model, content_id),
        }
        handler = routes.get(operation)
        if handler is None:
            raise ProvisionError(501, not_implemented_message(operation))
        return handler()
