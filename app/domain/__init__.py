"""The domain model: typed SQLAlchemy models, enums, validation rules and domain errors."""
