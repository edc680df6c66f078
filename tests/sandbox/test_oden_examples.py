"""Every request example of the spec, sent to a fresh sandbox, gets a declared, non-5xx answer.

The demo data carries the ids the examples use, so nearly all of them succeed outright.
"""

from __future__ import annotations

import pytest

from iotclients_sandbox import load_spec
from tests.spec_examples import media_examples

SPEC = load_spec("oden.openapi.yaml")
EXAMPLES = [
    pytest.param(path, item["post"], name, value, id=f"{item['post']['operationId']}-{name}")
    for path, item in SPEC["paths"].items()
    for name, value in media_examples(item["post"]["requestBody"]["content"]["application/json"]).items()
]
# Examples that are refused on purpose against the demo data.
EXPECTED_FAILURES = {("set_interval_type", "create"): 400}  # "operator id" already exists


def test_every_operation_has_an_example():
    with_examples = {operation["operationId"] for _, operation, _, _ in (p.values for p in EXAMPLES)}
    assert with_examples == {item["post"]["operationId"] for item in SPEC["paths"].values()}


@pytest.mark.parametrize(("path", "operation", "name", "body"), EXAMPLES)
def test_example(client, oden, path, operation, name, body):
    response = client.post(path, json=body)
    expected = EXPECTED_FAILURES.get((operation["operationId"], name), 200)
    assert response.status_code == expected, response.text
    assert oden.journal.count(operation["operationId"]) == 1
