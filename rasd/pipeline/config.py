"""Pipeline configuration: a small TOML file (stdlib tomllib)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources as importlib_resources

from rasd.errors import ConfigError


@dataclass
class PipelineConfig:
    stages: list[str]
    options: dict[str, dict] = field(default_factory=dict)  # per-stage options
    on_error: str = "raise"  # "raise" | "record"

    @classmethod
    def from_dict(cls, data: dict) -> "PipelineConfig":
        pipe = data.get("pipeline", {})
        stages = pipe.get("stages")
        if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
            raise ConfigError("config: [pipeline] stages must be a list of stage names")
        on_error = pipe.get("on_error", "raise")
        if on_error not in ("raise", "record"):
            raise ConfigError(f"config: on_error must be 'raise' or 'record', not {on_error!r}")
        options = {k: v for k, v in data.get("stages", {}).items() if isinstance(v, dict)}
        return cls(stages=stages, options=options, on_error=on_error)

    @classmethod
    def from_toml(cls, text: str) -> "PipelineConfig":
        try:
            return cls.from_dict(tomllib.loads(text))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config: invalid TOML: {exc}") from None


def default_config() -> PipelineConfig:
    """The packaged default pipeline (rasd/pipeline/default.toml)."""
    text = importlib_resources.files("rasd.pipeline").joinpath("default.toml").read_text("utf-8")
    return PipelineConfig.from_toml(text)
