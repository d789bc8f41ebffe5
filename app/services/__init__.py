"""Use cases, one module per area; each owns its transaction and returns frozen dataclasses."""
