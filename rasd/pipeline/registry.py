"""Stage registry: names → factories. Registration happens when a stage module is imported.

`STAGE_MODULES` lists where the built-in stages live so the registry can import
them on demand, keeping `import rasd` cheap and free of side effects.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable

from rasd.errors import ConfigError

Factory = Callable[[dict, Any], Any]
_REGISTRY: dict[str, Factory] = {}

STAGE_MODULES = {
    "text": "rasd.stages.text",
    "ner": "rasd.stages.ner",
    "places": "rasd.stages.places",
    "times": "rasd.stages.times",
    "quantities": "rasd.stages.quantities",
    "quotes": "rasd.stages.quotes",
    "events": "rasd.stages.events",
}


def register_stage(name: str) -> Callable[[Factory], Factory]:
    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = factory
        return factory
    return deco


def get_factory(name: str) -> Factory:
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(set(_REGISTRY) | set(STAGE_MODULES)))
        raise ConfigError(f"unknown stage {name!r} (known: {known})", code="E022") from None


def available_stages() -> list[str]:
    return sorted(set(_REGISTRY) | set(STAGE_MODULES))
