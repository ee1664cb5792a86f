"""Every port of `workflows.ports.UnitOfWork` is there, method for method, on the fake and on SQL.

A port method added to a Protocol without its fake (or its adapter) fails here by name,
before any behaviour test runs; the behaviour of each method is the rest of this suite's.
"""

from __future__ import annotations

import inspect
import typing

from uow_backends import NOW

from workflows import ports


def port_methods() -> list[tuple[str, str, type]]:
    """(port attribute, method name, Protocol) for every method of every port of the unit of work."""
    hints = typing.get_type_hints(ports.UnitOfWork)
    found = []
    for attribute, protocol in hints.items():
        if not (inspect.isclass(protocol) and getattr(protocol, "_is_protocol", False)):
            continue
        for name, member in vars(protocol).items():
            if not name.startswith("_") and inspect.isfunction(member):
                found.append((attribute, name, protocol))
    return found


def test_the_unit_of_work_has_ports_to_check():
    assert {attribute for attribute, _, _ in port_methods()} >= {"cases", "people", "staff_views", "erasure"}


async def test_every_port_method_is_implemented_with_the_same_parameters(backend):
    uow = backend.uow(NOW)
    async with uow:
        missing, different = [], []
        for attribute, name, protocol in port_methods():
            implementation = getattr(getattr(uow, attribute, None), name, None)
            if implementation is None:
                missing.append(f"{attribute}.{name}")
                continue
            wanted = list(inspect.signature(getattr(protocol, name)).parameters)[1:]  # without self
            given = list(inspect.signature(implementation).parameters)
            if wanted != given:
                different.append(f"{attribute}.{name}: {given} != {wanted}")
        for method in ("commit", "rollback", "after_commit"):
            if method in vars(ports.UnitOfWork) and not callable(getattr(uow, method, None)):
                missing.append(method)
    assert (missing, different) == ([], [])
