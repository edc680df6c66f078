"""Every error survives ``copy.copy``, ``copy.deepcopy`` and ``pickle`` with its attributes, and
crosses a process boundary typed (a worker's ``NotFoundError`` arrives as one in the parent)."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from iotclients.core import errors, rpc_errors
from iotclients.core.write_results import IncompleteWriteError
from iotclients.exosite.points import RejectedPoint, WritePointsResult
from iotclients.iotile._auth import NotLoggedInError
from iotclients.iotticket import names_path

API_KEY = "oden-secret-key-3c9d2e8f71"
BASE_URL = "https://api.oden.example"


def _all_subclasses(root: type) -> Iterator[type]:
    for cls in root.__subclasses__():
        yield cls
        yield from _all_subclasses(cls)


def _status_error(cls: type[errors.APIStatusError]) -> errors.APIStatusError:
    return cls(
        "GET /things -> 404 Not Found: no such thing",
        status_code=getattr(cls, "status_code", 520),
        headers={"content-type": "application/json", "x-request-id": "req-1"},
        body=b'{"error": "no such thing"}',
        error={"error": "no such thing"},
        request_id="req-1",
        method="GET",
        url="https://example.test/things",
    )


BUILDERS: dict[type, Callable[[type], BaseException]] = {
    errors.APIStatusError: _status_error,
    errors.ResponseTooLargeError: lambda cls: cls(
        "too large", limit=1024, status_code=200, method="GET", url="https://example.test/x"
    ),
    errors.APIResponseValidationError: lambda cls: cls(
        "bad reply", status_code=200, body=b"[", method="GET", url="https://example.test/x"
    ),
    errors.APIConnectionError: lambda cls: cls(
        "refused", method="POST", url="https://example.test/x", request_sent=False
    ),
    IncompleteWriteError: lambda cls: cls(
        "1 of 3 points not written",
        result=WritePointsResult(2, [RejectedPoint(1, 0, 1.0, "invalid")], 1),
        errors=(
            errors.BadRequestError(
                "POST /rpc -> 400", status_code=400, headers={}, body=b"", method="POST", url="u"
            ),
        ),
    ),
    errors.MissingCredentialError: lambda cls: cls(
        "search_lines needs a credential for APIKeyAuth", operation="search_lines", schemes=("APIKeyAuth",)
    ),
    errors.APIError: lambda cls: cls("failed", method="GET", url="https://example.test/x"),
    names_path.PathNotFoundError: lambda cls: cls("names_path", ("a", "b"), 1, ["c", "d"], "asset"),
    names_path.AmbiguousPathError: lambda cls: cls("names_path", ("a",), 0, ["id-1", "id-2"], "asset"),
    names_path.NamesPathError: lambda cls: cls("names_path", ("a",), 0, "no match"),
    errors.InvalidArgumentError: lambda cls: cls("chunk_size", "must be an integer >= 1"),
}


def _build(cls: type) -> BaseException:
    for base in cls.__mro__:
        if base in BUILDERS:
            return BUILDERS[base](cls)
    raise AssertionError(f"no builder for {cls}")


def _samples() -> list[BaseException]:
    classes = {*_all_subclasses(errors.APIError), *_all_subclasses(errors.InvalidArgumentError)}
    classes |= {errors.APIError, errors.InvalidArgumentError, NotLoggedInError}
    # JSON-RPC errors are classes mixed at run time: build them the way the client does.
    made: list[BaseException] = [
        rpc_errors.call_error(
            procedure="read", call_id=3, status=word, error={"code": 400}, statuses=statuses, url="u"
        )
        for word, statuses in (
            ("invalid", {"invalid": 400}),
            ("noauth", {"noauth": 401}),
            ("locked", {"locked": 423}),
        )
    ]
    made.append(
        rpc_errors.call_error(
            procedure="record", call_id=4, status=[[1, "invalid"], [2, "invalid"]], error=None, statuses={}
        )
    )
    made.append(rpc_errors.request_error({"code": 401, "message": "bad auth", "context": "auth"}))
    built = [
        _build(cls)
        for cls in sorted(classes, key=lambda c: c.__qualname__)
        if cls.__module__ != rpc_errors.__name__ or cls in (rpc_errors.LockedError,)
    ]
    return built + made


SAMPLES = _samples()


def _state(error: BaseException) -> tuple[type, tuple[Any, ...], dict[str, Any], str]:
    # Errors carried inside an error (a write's causes) compare by their own state.
    attributes = {
        name: tuple(_state(e) if isinstance(e, BaseException) else e for e in value)
        if isinstance(value, tuple)
        else value
        for name, value in vars(error).items()
    }
    return type(error), error.args, attributes, str(error)


def test_the_catalogue_covers_every_error_class() -> None:
    covered = {type(error) for error in SAMPLES}
    for root in (errors.APIError, errors.InvalidArgumentError):
        for cls in _all_subclasses(root):
            if cls.__module__ == rpc_errors.__name__ and cls.__name__ not in ("LockedError",):
                continue  # the mixed classes and their abstract bases are covered through the factories
            assert cls in covered, cls
    assert len(SAMPLES) > 30


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize(
    "round_trip",
    [copy.copy, copy.deepcopy, lambda e: pickle.loads(pickle.dumps(e))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_errors_copy_and_pickle_with_their_attributes(
    error: BaseException, round_trip: Callable[[BaseException], BaseException]
) -> None:
    again = round_trip(error)
    assert again is not error
    assert _state(again) == _state(error)
    assert isinstance(again, type(error))


def _oden(status: int, body: dict[str, Any]) -> Any:
    from iotclients.oden import OdenClient

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return OdenClient(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler), max_retries=0)


def test_a_status_error_from_a_client_round_trips_and_stays_redacted() -> None:
    client = _oden(404, {"error": f"no line for key {API_KEY}"})
    with pytest.raises(errors.NotFoundError) as caught:
        client.search_lines({"name": "Line 01", "factory": {"name": "Factory A"}})
    for again in (copy.deepcopy(caught.value), pickle.loads(pickle.dumps(caught.value))):
        assert isinstance(again, errors.NotFoundError)
        assert again.status_code == 404
        assert API_KEY not in str(again)
        assert API_KEY.encode() not in again.body
        assert API_KEY not in repr(again.error)
        assert again.error == caught.value.error


def search_in_worker() -> None:
    """Runs in a pool process: raises the client's NotFoundError."""
    _oden(404, {"error": "no such line"}).search_lines({"name": "Line 01", "factory": {"name": "Factory A"}})


def test_a_not_found_error_raised_in_a_process_pool_arrives_typed() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(search_in_worker)
        with pytest.raises(errors.NotFoundError) as caught:
            future.result(timeout=60)
        # The pool survives: a second task runs.
        assert pool.submit(int, "7").result(timeout=60) == 7
    assert caught.value.status_code == 404
    assert "no such line" in str(caught.value)
