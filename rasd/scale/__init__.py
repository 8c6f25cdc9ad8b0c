"""Batch processing: executors that fan a pipeline out over processes or a Ray cluster."""
