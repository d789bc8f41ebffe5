"""The OParl objects as plain JSON files below ``oparl/``: every object at the path its id
names, and the body's external lists in pages (``data``, ``pagination``, ``links`` with ``next``
on every page but the last). Keys keep their order and nothing depends on the clock, so
unchanged data gives identical bytes.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.documents.oparl import Ids, Json, OParlData

PAGE_SIZE = 50


def oparl_files(data: OParlData, ids: Ids) -> dict[str, bytes]:
    """Every file by its path below the website's folder."""
    files: dict[str, bytes] = {}

    def put(obj: Json) -> None:
        files[_path(ids, obj["id"])] = _encode(obj)

    put(data.system)
    put(data.body)
    _pages(files, ids, "bodies", [data.body])
    for name, objects in (("organizations", data.organizations), ("meetings", data.meetings),
                          ("persons", data.persons), ("memberships", data.memberships),
                          ("locations", data.locations), ("files", data.files),
                          ("papers", [])):
        for obj in objects:
            put(obj)
        _pages(files, ids, f"body/1/{name}", objects)
    return files


def _path(ids: Ids, url: str) -> str:
    return "oparl/" + url.removeprefix(ids.base)


def _encode(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _pages(files: dict[str, bytes], ids: Ids, name: str, objects: list[Json]) -> None:
    pages = [objects[start:start + PAGE_SIZE]
             for start in range(0, len(objects), PAGE_SIZE)] or [[]]

    def url(number: int) -> str:
        return ids(name if number == 1 else f"{name}-{number}")

    for number, page in enumerate(pages, start=1):
        links = {"first": url(1), "last": url(len(pages)), "self": url(number)}
        if number > 1:
            links["prev"] = url(number - 1)
        if number < len(pages):
            links["next"] = url(number + 1)
        listing = {"data": page, "pagination": {
            "totalElements": len(objects), "elementsPerPage": PAGE_SIZE,
            "currentPage": number, "totalPages": len(pages)}, "links": links}
        files[_path(ids, url(number))] = _encode(listing)
