"""OParl 1.1 objects as the services build them and the export writes them: JSON-ready dicts
whose ids are the base address plus their file below ``oparl/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "https://schema.oparl.org/1.1/"
Json = dict[str, Any]


@dataclass
class OParlData:
    """Every object by kind, each a JSON-ready dict whose ids are paths below ``oparl/``."""

    system: Json
    body: Json
    organizations: list[Json] = field(default_factory=list)
    meetings: list[Json] = field(default_factory=list)
    persons: list[Json] = field(default_factory=list)
    memberships: list[Json] = field(default_factory=list)
    locations: list[Json] = field(default_factory=list)
    files: list[Json] = field(default_factory=list)


class Ids:
    """Object ids: the base address plus the object's file below ``oparl/``."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/") + "/oparl/"

    def __call__(self, path: str) -> str:
        return f"{self.base}{path}.json"


