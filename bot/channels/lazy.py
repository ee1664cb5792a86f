"""Channel packages load their network library only when used.

`bootstrap` imports every channel package to list it in the registry, and every command imports
`bootstrap`; a package's ``__init__`` therefore holds only its ``from_settings`` and re-exports its
names through `lazy_exports`, so ``walking-home staff list`` never loads matrix-nio or PTB, and
``run`` loads a channel's library only when its settings turn it on.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__``: ``exports`` maps a name to the submodule of ``package`` that defines it."""

    def __getattr__(name: str) -> object:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # the next look-up is a plain attribute
        return value

    return __getattr__
