"""The committed boundaries: every unit has exactly one feature, areas are right, the 34 are clean."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
from pyproj import Geod
from shapely import unary_union
from shapely.geometry import Point, shape

from dashboard.paths import DATASETS, ROOT

GEO = DATASETS / "geo"
GEOD = Geod(ellps="WGS84")


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def features(generation: int) -> list[dict]:
    return json.loads((GEO / f"provinces_{generation}.geojson").read_text(encoding="utf-8"))["features"]


def shapes(generation: int) -> dict:
    return {f["id"]: shape(f["geometry"]) for f in features(generation)}


def km2(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


@pytest.mark.parametrize("generation", [2024, 2025])
def test_every_code_joins_exactly_one_feature(generation: int) -> None:
    codes = [row["code"] for row in rows(DATASETS / "reference" / f"provinces_{generation}.csv")]
    ids = [f["id"] for f in features(generation)]
    assert sorted(ids) == sorted(codes)
    assert len(set(ids)) == len(ids) == {2024: 63, 2025: 34}[generation]
    names = {row["code"]: row["name_vi"] for row in rows(DATASETS / "reference" /
                                                          f"provinces_{generation}.csv")}
    assert all(f["properties"]["name_vi"] == names[f["id"]] for f in features(generation))


@pytest.mark.parametrize("generation", [2024, 2025])
def test_geometries_are_valid_polygons_with_ids_as_codes(generation: int) -> None:
    for feature in features(generation):
        geometry = shape(feature["geometry"])
        assert geometry.is_valid and geometry.geom_type in {"Polygon", "MultiPolygon"}, feature["id"]
        assert feature["id"] == feature["properties"]["code"]


@pytest.mark.parametrize(("code", "official"), [("12", 9069), ("11", 9540)])
def test_areas_match_official_figures(code: str, official: float) -> None:
    """Lai Châu and Điện Biên: the border between them is where a poorer source goes wrong."""
    assert km2(shapes(2024)[code]) == pytest.approx(official, rel=0.05)


def test_total_area_is_vietnams_land_area() -> None:
    """331,345 km² officially (incl. the archipelagos, which the polygons leave out)."""
    assert 320_000 < sum(km2(s) for s in shapes(2024).values()) < 335_000


def test_the_34_are_unions_of_the_63_without_holes_or_slivers() -> None:
    old, new = shapes(2024), shapes(2025)
    members: dict[str, list[str]] = {}
    for row in rows(DATASETS / "reference" / "province_merger_2025.csv"):
        members.setdefault(row["new_code"], []).append(row["old_code"])
    for code, geometry in new.items():
        parts = list(getattr(geometry, "geoms", [geometry]))
        assert all(not p.interiors for p in parts), f"{code} has interior holes"
        union = unary_union([old[c] for c in members[code]])
        assert geometry.symmetric_difference(union).area < 1e-9, code
        # a union only joins parts: more parts than its members had would be slivers
        member_parts = sum(len(getattr(old[c], "geoms", [old[c]])) for c in members[code])
        assert len(parts) <= member_parts, code
    assert sum(km2(s) for s in new.values()) == pytest.approx(sum(km2(s) for s in old.values()),
                                                               rel=1e-6)


def test_archipelagos_belong_to_da_nang_and_khanh_hoa_and_lie_offshore() -> None:
    islands = rows(GEO / "archipelagos.csv")
    groups = {(r["archipelago_vi"], r["code_2024"], r["code_2025"]) for r in islands}
    assert groups == {("Quần đảo Hoàng Sa", "48", "48"), ("Quần đảo Trường Sa", "56", "56")}
    mainland = unary_union(list(shapes(2024).values()))
    for island in islands:
        point = Point(float(island["lon"]), float(island["lat"]))
        assert not mainland.contains(point) and point.x > 111, island


def test_attribution_and_licence_ship_with_the_geometry() -> None:
    for generation in (2024, 2025):
        collection = json.loads((GEO / f"provinces_{generation}.geojson").read_text(encoding="utf-8"))
        assert "© OpenStreetMap contributors" in collection["attribution"]
    assert "Open Database License" in (GEO / "LICENSE-ODbL.md").read_text(encoding="utf-8")


def test_decoder_reads_echarts_compressed_rings() -> None:
    """Zig-zag deltas from the offset, 1/1024 degree: 'BA' = (+1, -1), '@D' = (0, +2)."""
    spec = importlib.util.spec_from_file_location("build_provinces",
                                                  ROOT / "scripts" / "geo" / "build_provinces.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    x0, y0 = 105 * 1024, 10 * 1024
    assert module.decode_ring("@@BA@D", [x0, y0]) == [
        ((x0 + 1) / 1024, (y0 - 1) / 1024), ((x0 + 1) / 1024, (y0 + 1) / 1024)]
