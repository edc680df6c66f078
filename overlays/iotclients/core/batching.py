"""Running a batch plan against a sync or an async client with one piece of logic.

A *plan* is a generator that yields request bodies and is sent back each reply, or the
``APIError`` that request ended in; it returns the overall result. Splitting, checking and
bookkeeping live in the plan, written once; ``run_plan`` and ``run_plan_async`` only do the I/O.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

from .errors import APIError

__all__ = ["Plan", "run_plan", "run_plan_async"]

R = TypeVar("R")
Plan = Generator[Any, Any, R]


def run_plan(plan: Plan[R], send: Callable[[Any], Any]) -> R:
    try:
        request = next(plan)
        while True:
            try:
                reply: Any = send(request)
            except APIError as error:
                reply = error
            request = plan.send(reply)
    except StopIteration as done:
        result: R = done.value
        return result


async def run_plan_async(plan: Plan[R], send: Callable[[Any], Awaitable[Any]]) -> R:
    try:
        request = next(plan)
        while True:
            try:
                reply: Any = await send(request)
            except APIError as error:
                reply = error
            request = plan.send(reply)
    except StopIteration as done:
        result: R = done.value
        return result
