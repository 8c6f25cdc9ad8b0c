"""Pipeline assembly: stages, registry, config."""
from rasd.pipeline.config import PipelineConfig, default_config
from rasd.pipeline.pipeline import Failure, Pipeline, check_order
from rasd.pipeline.registry import available_stages, get_factory, register_stage
from rasd.pipeline.stage import FIELDS, Stage

__all__ = ["FIELDS", "Failure", "Pipeline", "PipelineConfig", "Stage", "available_stages",
           "check_order", "default_config", "get_factory", "register_stage"]
