"""Every name of every unit resolves, however a report spells it."""

from __future__ import annotations

import csv
import unicodedata

import pytest

from dashboard.paths import DATASETS
from dashboard.provinces import NEW, OLD, Gazetteer, fold

REF = DATASETS / "reference"


def rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def spellings(name: str) -> set[str]:
    nfc = unicodedata.normalize("NFC", name)
    return {nfc, unicodedata.normalize("NFD", nfc), strip_marks(nfc), nfc.upper(), nfc.lower()}


def test_reference_sizes(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.old_units()) == 63
    assert len(gazetteer.new_units()) == 34
    assert {u.successor_code for u in gazetteer.old_units()} == {u.code for u in gazetteer.new_units()}


@pytest.mark.parametrize("row", rows("provinces_2024.csv"), ids=lambda r: r["name_en"])
def test_every_2024_name_resolves(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    for name in (row["name_vi"], row["name_en"]):
        for spelling in spellings(name) | {f"tỉnh {name}", f"{name} Province", f"TP. {name}"}:
            unit = gazetteer.resolve(spelling, OLD)
            assert unit is not None and unit.code == row["code"], spelling


@pytest.mark.parametrize("row", rows("provinces_2025.csv"), ids=lambda r: r["name_en"])
def test_every_2025_name_resolves(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    for name in (row["name_vi"], row["name_en"]):
        for spelling in spellings(name):
            unit = gazetteer.resolve(spelling, NEW)
            assert unit is not None and unit.code == row["code"], spelling


@pytest.mark.parametrize(("name", "code_2024", "code_2025"), [
    ("Hòa Bình", "17", "25"), ("Hoà Bình", "17", "25"), ("Khánh Hoà", "56", "56"),
    ("Thanh Hoá", "38", "38"), ("HCMC", "79", "79"), ("TP.HCM", "79", "79"),
    ("Saigon", "79", "79"), ("Ho Chi Minh City", "79", "79"), ("Hanoi", "01", "01"),
    ("Ha Noi", "01", "01"), ("Hue", "46", "46"), ("Thua Thien Hue", "46", "46"),
    ("Thừa Thiên - Huế", "46", "46"), ("Ba Ria-Vung Tau", "77", "79"),
    ("Ba Ria - Vung Tau", "77", "79"), ("Dak Lak", "66", "66"), ("Daklak", "66", "66"),
    ("Đắk Lắk", "66", "66"), ("Đăk Lăk", "66", "66"), ("Quy Nhon City", "52", "52"),
    ("Bac Giang", "24", "24"), ("Bac Ninh", "27", "24"), ("Lao Cai", "10", "15"),
    ("Yen Bai", "15", "15"), ("Binh Dinh", "52", "52"), ("thành phố Cần Thơ", "92", "92"),
])
def test_aliases_and_the_merger(gazetteer: Gazetteer, name: str, code_2024: str,
                                code_2025: str) -> None:
    assert gazetteer.resolve(name, OLD).code == code_2024
    assert gazetteer.resolve(name, NEW).code == code_2025


def test_merger_is_rekeyed_by_code_not_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Bac Giang", NEW).name_en == "Bac Ninh"
    assert gazetteer.resolve("Binh Dinh", NEW).name_en == "Gia Lai"
    assert gazetteer.resolve("Gia Lai", OLD).code == "64"
    assert gazetteer.resolve("Lao Cai", NEW).code == "15"


@pytest.mark.parametrize("row", rows("province_aliases.csv"), ids=lambda r: r["alias"])
def test_every_listed_alias_resolves(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    for spelling in spellings(row["alias"]):
        assert gazetteer.resolve(spelling, OLD).code == row["code_2024"], spelling


def test_unknown_and_ambiguous_names_do_not_resolve(gazetteer: Gazetteer) -> None:
    for name in ("Vinh", "Atlantis", "", "province", "Tân An"):
        assert gazetteer.resolve(name) is None, name


def test_mentions_keep_offsets_into_the_original_text(gazetteer: Gazetteer) -> None:
    nfd = unicodedata.normalize("NFD", "Hội nghị tại TP. Quy Nhơn, tỉnh Bình Định và Hoà Bình.")
    found = gazetteer.mentions(nfd)
    assert [m.code_2024 for m in found] == ["52", "52", "17"]
    assert [strip_marks(nfd[m.start:m.end]) for m in found] == ["Quy Nhon", "Binh Dinh", "Hoa Binh"]


def test_fold_index_maps_back() -> None:
    text = unicodedata.normalize("NFD", "Đắk Lắk")
    folded, index = fold(text)
    assert folded == "dak lak"
    assert len(index) == len(folded)


def test_a_city_whose_bare_name_is_a_common_word_resolves_only_with_its_affix() -> None:
    gazetteer = Gazetteer()
    for text in ("Hội nghị tại TP Vinh", "in Vinh City", "thành phố Vinh", "TP. Vinh"):
        assert [m.code_2024 for m in gazetteer.mentions(text)] == ["40"], text
    assert [m.code_2024 for m in gazetteer.mentions("vịnh Hạ Long")] == ["22"]  # a bay, then Hạ Long
    assert gazetteer.mentions("Tân An ward") == []
