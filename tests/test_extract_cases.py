"""The extractor on the cases the issue names, one short report each; and reading each file type."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.extract import DocumentError, Extractor, read_document
from dashboard.extract.documents import document_from_text
from dashboard.extract.numbers import find_numbers, parse_number
from dashboard.paths import ROOT
from dashboard.provinces import Gazetteer


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer())


def facts(extractor: Extractor, text: str) -> set[tuple]:
    doc = document_from_text("case.txt", text)
    return {(o.province, o.indicator, o.year, o.value, o.kind) for o in extractor.extract(doc)}


@pytest.mark.parametrize(("token", "language", "value"), [
    ("33,000", "en", 33000), ("33.000", "vi", 33000), ("13,45", "vi", 13.45), ("13.45", "en", 13.45),
    ("1.200", "en", 1.2), ("1.200", "vi", 1200), ("13.45", "vi", 13.45), ("1,234,567.5", "en", 1234567.5),
])
def test_separators_follow_the_language(token: str, language: str, value: float) -> None:
    assert parse_number(token, language) == value


@pytest.mark.parametrize(("text", "language", "value", "qualifier"), [
    ("1.2 million", "en", 1.2e6, None), ("1,2 triệu", "vi", 1.2e6, None),
    ("28,5 nghìn", "vi", 28500, None), ("hơn 300", "vi", 300, "over"), ("gần 500", "vi", 500, "nearly"),
    ("khoảng 250", "vi", 250, "about"), ("more than 2,000", "en", 2000, "over"),
    ("around 45,000", "en", 45000, "about"), ("Ninety participants", "en", 90, None),
    ("about forty-five delegates", "en", 45, "about"),
])
def test_scales_and_qualifiers(text: str, language: str, value: float, qualifier: str | None) -> None:
    [number] = find_numbers(text, language)
    assert (number.value, number.qualifier) == (value, qualifier)


@pytest.mark.parametrize(("text", "expected"), [
    ("Quang Ninh's GRDP grew 10.03% in 2023, above the national average of 5.05%.",
     {("Quang Ninh", "grdp_growth", 2023, 10.03, "actual")}),
    ("Binh Duong's economy contracted by 4.83% in 2021.",
     {("Binh Duong", "grdp_growth", 2021, -4.83, "actual")}),
    ("Năm 2021, tăng trưởng kinh tế của tỉnh Bình Dương âm 4,83%.",
     {("Binh Duong", "grdp_growth", 2021, -4.83, "actual")}),
    ("Ha Giang's poverty rate dropped by 4.2 percentage points to 25.97% in 2023.",
     {("Ha Giang", "poverty_rate", 2023, 25.97, "actual")}),
    ("Dien Bien's poverty rate fell by 3.5% to 11.2% in 2022.",
     {("Dien Bien", "poverty_rate", 2022, 11.2, "actual")}),
    ("Năm 2023, tỷ lệ hộ nghèo tỉnh Bắc Giang giảm còn 2,63%.",
     {("Bac Giang", "poverty_rate", 2023, 2.63, "actual")}),
    ("Tra Vinh's GRDP growth was 2.62% in 2021, 8.01% in 2022 and 5.49% in 2023.",
     {("Tra Vinh", "grdp_growth", y, v, "actual")
      for y, v in ((2021, 2.62), (2022, 8.01), (2023, 5.49))}),
    ("In 2023, Tra Vinh recorded GRDP growth of 5.5% and Soc Trang 6.3%.",
     {("Tra Vinh", "grdp_growth", 2023, 5.5, "actual"),
      ("Soc Trang", "grdp_growth", 2023, 6.3, "actual")}),
    ("Vietnam's GDP grew 5.05% in 2023. GDP cả nước năm 2023 tăng 5,05%.", set()),
    ("Bac Ninh targets GRDP growth of 8% in 2024.", {("Bac Ninh", "grdp_growth", 2024, 8.0, "target")}),
    ("Năm 2024, tỉnh Bắc Ninh phấn đấu tăng trưởng GRDP đạt 8%.",
     {("Bac Ninh", "grdp_growth", 2024, 8.0, "target")}),
    ("In 2023, the poverty rate among ethnic minority households in Ha Giang was 31.4%.", set()),
    ("In 2023, Long An's export turnover grew 9%, budget revenue rose 4% and per capita income 7%.", set()),
    ("In 2023, Nghe An created jobs for 46,800 workers, 17,200 of whom went abroad.",
     {("Nghe An", "jobs_created", 2023, 46800.0, "actual")}),
    ("Năm 2023, Long An giải quyết việc làm cho 33.000 lao động, trong đó 11.300 người đi làm việc "
     "ở nước ngoài.",
     {("Long An", "jobs_created", 2023, 33000.0, "actual")}),
    ("A conference in Da Lat, Lam Dong on 5 May 2024 gathered officials from 13 provinces and cities.",
     set()),
])
def test_cases_from_the_issue(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_relative_years(extractor: Extractor) -> None:
    text = ("HAI PHONG, January 5, 2024 - Last year, Hai Phong's GRDP grew 10.34%. "
            "In 2022 Bac Giang's economy grew 19.3%. Its poverty rate fell to 3.01% the same year.")
    doc = document_from_text("r.txt", text)
    by_value = {o.value: o for o in Extractor(Gazetteer()).extract(doc)}
    assert (by_value[10.34].year, by_value[10.34].year_basis) == (2023, "relative")
    assert (by_value[3.01].year, by_value[3.01].year_basis, by_value[3.01].province) == \
        (2022, "relative", "Bac Giang")


@pytest.mark.parametrize(("text", "expected"), [
    # dated: "next year" is the one after the dateline's
    ("HUE, 10 December 2024 - Hue plans to create jobs for 16,000 workers next year.",
     {("Hue", "jobs_created", 2025, 16000, "target")}),
    # "the following year" follows the sentence's own year
    ("Long An's GRDP grew 6.8% in 2022 and 7.1% the following year.",
     {("Long An", "grdp_growth", 2022, 6.8, "actual"), ("Long An", "grdp_growth", 2023, 7.1, "actual")}),
    # undated: the lead names the year reviewed, and the report is told after it ends
    ("Bac Ninh closed 2025 with strong growth.\n\nThe province created jobs for 41,200 workers last year.",
     {("Bac Ninh", "jobs_created", 2025, 41200, "actual")}),
])
def test_years_relative_to_the_report(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_quy_nhon_event_after_the_merger_is_gia_lai(extractor: Extractor) -> None:
    after = document_from_text("a.txt", "A forum opened in Quy Nhon on 15 July 2025. "
                                        "It was attended by about 400 delegates.")
    before = document_from_text("b.txt", "Ngày 20/6/2025, tại TP. Quy Nhơn, hội nghị có hơn 300 "
                                         "đại biểu tham dự.")
    [a] = extractor.extract(after)
    [b] = extractor.extract(before)
    assert after.date == date(2025, 7, 15) and before.date == date(2025, 6, 20)
    assert (a.province, a.province_code, a.generation, a.value, a.qualifier) == \
        ("Gia Lai", "52", 2025, 400.0, "about")
    assert (b.province, b.province_code, b.generation, b.value, b.qualifier) == \
        ("Binh Dinh", "52", 2024, 300.0, "over")


def test_html_drops_scripts_and_styles(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title><style>p{}</style></head><body>"
                    "<script>var x = 'GRDP grew 99% in 2023';</script>"
                    "<p>Bac Giang&#39;s GRDP grew <b>13.45%</b> in 2023.</p></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert doc.text == "Bac Giang's GRDP grew 13.45% in 2023."
    assert doc.title == "T"
    [obs] = Extractor(Gazetteer()).extract(doc)
    assert obs.value == 13.45


def test_table_cells_take_percent_from_header_or_label(tmp_path: Path, extractor: Extractor) -> None:
    page = tmp_path / "table.html"
    page.write_text("<h1>Yen Bai, 2023</h1><table><tr><th>Indicator</th><th>2023 (%)</th></tr>"
                    "<tr><td>GRDP growth</td><td>7.2</td></tr><tr><td>Jobs created</td><td>19,500</td></tr>"
                    "</table>", encoding="utf-8")
    doc = read_document(page)
    assert "Indicator | 2023 (%)\n\nGRDP growth | 7.2" in doc.text
    assert {(o.indicator, o.year, o.value) for o in extractor.extract(doc)} == {("grdp_growth", 2023, 7.2)}
    table = "| Chỉ tiêu | Năm 2023 |\n|---|---|\n| Tỷ lệ hộ nghèo tỉnh Yên Bái (%) | 9,1 |\n"
    assert facts(extractor, table) == {("Yen Bai", "poverty_rate", 2023, 9.1, "actual")}


def test_a_qualifier_is_a_whole_word(extractor: Extractor) -> None:
    [number] = find_numbers("mức tăng trưởng chung cả nước 5,05%", "vi")
    assert number.qualifier is None and number.value == 5.05  # "nước" ends in "ước" (estimated)
    assert facts(extractor, "Kinh tế Đà Nẵng năm 2023 tăng 2,58%, thấp hơn mức chung cả nước 5,05%.") == {
        ("Da Nang", "grdp_growth", 2023, 2.58, "actual")}


def test_a_bare_count_continues_a_list_of_counts(extractor: Extractor) -> None:
    text = "Kien Giang created jobs for 31,000 workers in 2023 and plans 32,000 in 2024."
    assert facts(extractor, text) == {("Kien Giang", "jobs_created", 2023, 31000, "actual"),
                                      ("Kien Giang", "jobs_created", 2024, 32000, "target")}
    assert facts(extractor, "In 2024, about 400 delegates from 20 provinces attended the Can Tho forum.") == {
        ("Can Tho", "attendance", 2024, 400, "actual")}


def test_pdf_text_layer() -> None:
    doc = read_document(ROOT / "tests" / "extraction" / "devset" / "en25-long-an-annual-report.pdf")
    assert "Long An's GRDP grew 6.05% in 2023" in doc.text
    assert doc.date == date(2023, 12, 27)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("report.docx", b"PK", "unsupported file type"),
    ("scan.pdf", b"not a pdf", "not a PDF"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
    ("latin1.txt", "Bình".encode("cp1258", errors="replace") + b"\xff", "not UTF-8"),
])
def test_bad_files_name_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    assert name in str(error.value) and message in str(error.value)


def test_build_stores_the_event_date_and_the_2025_unit(tmp_path: Path, datasets_copy: Path) -> None:
    import duckdb

    from dashboard.store.build import build

    (datasets_copy / "reports" / "quy-nhon-2025.txt").write_text(
        "A forum opened in Quy Nhon on 15 July 2025. It was attended by about 400 delegates.\n",
        encoding="utf-8")
    db = tmp_path / "dated.duckdb"
    build(db, datasets_copy)
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("""
        SELECT s.date, o.province_code, o.generation, p.name_en, o.value
        FROM observations o JOIN sources s USING (source_id)
        JOIN provinces p ON p.code = o.province_code AND p.generation = o.generation
        WHERE s.path LIKE '%quy-nhon-2025%'""").fetchall()
    assert row == [(date(2025, 7, 15), "52", 2025, "Gia Lai", 400.0)]


@pytest.mark.parametrize(("text", "province", "generation"), [
    ("A seminar was held in Quy Nhon in June 2025. It was attended by 300 delegates.", "Binh Dinh", 2024),
    ("Hội nghị tổ chức tại Quy Nhơn tháng 8/2025 có hơn 300 đại biểu tham dự.", "Gia Lai", 2025),
])
def test_a_month_is_enough_to_place_an_event(extractor: Extractor, text: str, province: str,
                                             generation: int) -> None:
    [obs] = extractor.extract(document_from_text("m.txt", text))
    assert (obs.province, obs.generation, obs.value) == (province, generation, 300.0)


def test_extraction_does_not_depend_on_hash_order(tmp_path) -> None:
    """Ties (e.g. an undated report naming two years equally often) are broken by value, not by set order."""
    import os
    import subprocess
    import sys

    report = tmp_path / "undated.txt"
    report.write_text("Ha Tinh news\n\nThe province's GRDP grew 6.5% in 2023. Targets for 2025 were set. "
                      "The festival drew 3,000 visitors. In 2023 the poverty rate was 2.1%, and 2025 "
                      "plans were approved.", encoding="utf-8")
    command = [sys.executable, "-m", "dashboard", "extract", str(report)]
    outputs = {subprocess.run(command, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in "1234"}
    assert len(outputs) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a range is no single figure, but the list goes on after it
    ("Năm 2025, Gia Lai phấn đấu tăng trưởng 8-8,5%; Đắk Lắk đặt chỉ tiêu 8 phần trăm trở lên.",
     {("Dak Lak", "grdp_growth", 2025, 8.0, "target")}),
    ("Ho Chi Minh City aims for growth of at least eight per cent in 2025.",
     {("Ho Chi Minh City", "grdp_growth", 2025, 8.0, "target")}),
    ("Tỷ lệ hộ nghèo của tỉnh Điện Biên trong các năm 2022, 2023 và 2024 lần lượt là 30,62%, 26,19% "
     "và 21,69%.",
     {("Dien Bien", "poverty_rate", 2022, 30.62, "actual"),
      ("Dien Bien", "poverty_rate", 2023, 26.19, "actual"),
      ("Dien Bien", "poverty_rate", 2024, 21.69, "actual")}),
    ("Năm 2024, ba tỉnh Sơn La, Lai Châu và Hòa Bình giải quyết việc làm mới lần lượt cho 19.850, 6.120 "
     "và 21.400 lao động.",
     {("Son La", "jobs_created", 2024, 19850, "actual"), ("Lai Chau", "jobs_created", 2024, 6120, "actual"),
      ("Hoa Binh", "jobs_created", 2024, 21400, "actual")}),
    ("In 2024 the poverty rate was 2.06% in the former An Giang and 0.87% in the former Kien Giang.",
     {("An Giang", "poverty_rate", 2024, 2.06, "actual"),
      ("Kien Giang", "poverty_rate", 2024, 0.87, "actual")}),
    ("The three provinces ended 2024 with poverty rates of 1.48% (Tra Vinh) and 1.05% (Ben Tre).",
     {("Tra Vinh", "poverty_rate", 2024, 1.48, "actual"), ("Ben Tre", "poverty_rate", 2024, 1.05, "actual")}),
    ("Long An and Can Tho grew 6.91% and 6.29% respectively in 2023, while Hau Giang was at 6.2%.",
     {("Long An", "grdp_growth", 2023, 6.91, "actual"), ("Can Tho", "grdp_growth", 2023, 6.29, "actual"),
      ("Hau Giang", "grdp_growth", 2023, 6.2, "actual")}),
])
def test_lists_ranges_and_words(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_caption_with_percent_names_a_tables_cells(extractor: Extractor) -> None:
    text = ("Bảng dưới đây tổng hợp tốc độ tăng GRDP (%) của các tỉnh.\n\n"
            "| Tỉnh | 2023 | 2024 | Bình quân 2022-2024 |\n|---|---|---|---|\n"
            "| Thanh Hóa | 7,34 | 11,24 | 9,48 |\n| Nghệ An | 6,20 | 9,64 | 7,85 |\n")
    assert facts(extractor, text) == {
        ("Thanh Hoa", "grdp_growth", 2023, 7.34, "actual"),
        ("Thanh Hoa", "grdp_growth", 2024, 11.24, "actual"),
        ("Nghe An", "grdp_growth", 2023, 6.2, "actual"), ("Nghe An", "grdp_growth", 2024, 9.64, "actual")}


def test_a_column_per_province(extractor: Extractor) -> None:
    text = ("| Chỉ tiêu | Đắk Nông (cũ) năm 2024 | Bình Thuận (cũ) năm 2024 |\n|---|---|---|\n"
            "| Tốc độ tăng GRDP (%) | 6,35 | 7,07 |\n")
    assert facts(extractor, text) == {("Dak Nong", "grdp_growth", 2024, 6.35, "actual"),
                                      ("Binh Thuan", "grdp_growth", 2024, 7.07, "actual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("THANH HOA, December 10, 2024 - The Thanh Hoa People's Council opened its session with 82 of its "
     "86 deputies present.", {("Thanh Hoa", "attendance", 2024, 82, "actual")}),
    # an earlier edition's audience is not this event's
    ("VUNG TAU, October 5, 2025 - About 9,000 runners took part in the Vung Tau marathon. Its 2024 "
     "edition attracted 7,200 runners.", {("Ho Chi Minh City", "attendance", 2025, 9000, "actual")}),
    # "hoạt động, hội chợ" is not Đồng Hới
    ("Tối 23/3/2025 tại TP. Phan Thiết, Bình Thuận bế mạc hội chợ. Sau 7 ngày hoạt động, hội chợ đã "
     "thu hút gần 40.000 lượt khách đến tham quan.", {("Binh Thuan", "attendance", 2025, 40000, "actual")}),
])
def test_attendance_cases(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_wire_dateline_in_january_reports_the_year_before(extractor: Extractor) -> None:
    text = ("Kien Giang tops Mekong Delta growth table for 2023\n\n"
            "CAN THO, Jan. 12 (VNA) - Kien Giang led the delta last year, its GRDP rising 7.12%. "
            "Around 300 officials attended the conference on Friday.")
    assert facts(extractor, text) == {("Kien Giang", "grdp_growth", 2023, 7.12, "actual"),
                                      ("Kien Giang", "attendance", 2024, 300, "actual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("HA LONG, July 4, 2025 - In the first six months of 2025, Quang Ninh found jobs for 10,200 workers, "
     "while the full-year total for 2024 came to 19,870.",
     {("Quang Ninh", "jobs_created", 2024, 19870, "actual")}),
    ("Sáng 12/3/2025, tỉnh Lào Cai khai giảng lớp tập huấn. Lớp học có 120 học viên là công chức các xã.",
     {("Lao Cai", "attendance", 2025, 120, "actual")}),
])
def test_counts_after_a_ruled_out_one_and_classes(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_lunar_year_dates_a_report() -> None:
    text = "Bắc Giang: Ngày hội việc làm đầu xuân Ất Tỵ\n\nSáng 15/2, tỉnh tổ chức ngày hội việc làm."
    doc = document_from_text("t.txt", text)
    assert (doc.year, doc.date) == (2025, date(2025, 2, 15))


def test_a_weekday_dates_a_day_without_its_year() -> None:
    text = "VINH - Nghe An opened a course on Tuesday, March 19, under the 2022-2025 poverty standard."
    doc = document_from_text("t.txt", text)
    assert doc.date == date(2024, 3, 19)


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2024, Hải Phòng (cũ) đã giải quyết việc làm cho 58.210 lao động, còn tỉnh Hải Dương (cũ) là "
     "33.000 lao động.",
     {("Hai Phong", "jobs_created", 2024, 58210, "actual"),
      ("Hai Duong", "jobs_created", 2024, 33000, "actual")}),
    ("| Province | GRDP growth 2024 (%) |\n|---|---|\n| Kiên Giang | 6.91 |\n"
     "| Mekong Delta region | 6.80 |\n",
     {("Kien Giang", "grdp_growth", 2024, 6.91, "actual")}),
])
def test_same_unit_lists_and_aggregate_rows(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_row_number_is_no_figure(extractor: Extractor) -> None:
    text = ("Khánh Hòa đặt chỉ tiêu năm 2026 như sau:\n\n| STT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2026 |\n"
            "|---|---|---|---|\n| 5 | Số lao động được giải quyết việc làm | người | 36.000 |\n")
    assert facts(extractor, text) == {("Khanh Hoa", "jobs_created", 2026, 36000, "target")}


def test_a_marker_straddling_a_clause_break_still_rules_out(extractor: Extractor) -> None:
    text = "Hue will organise 50 job and career fairs for young people in 2026."
    assert facts(extractor, text) == set()


def test_a_region_opening_the_sentence_is_no_province(extractor: Extractor) -> None:
    text = ("Hai Phong's GRDP grew 11.8% in 2025. Across the Red River Delta region, growth in 2025 averaged "
            "a little over 9%.")
    assert facts(extractor, text) == {("Hai Phong", "grdp_growth", 2025, 11.8, "actual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("| Chỉ tiêu | Đơn vị | Cần Thơ năm 2024 |\n|---|---|---|\n"
     "| Tốc độ tăng GRDP (giá so sánh 2010) | % | 7,45 |\n",
     {("Can Tho", "grdp_growth", 2024, 7.45, "actual")}),
    ("**Household poverty rate at year end (% of households, 2021-2025 standard)**\n\n"
     "| Former province | 2023 | 2024 |\n|---|---|---|\n| Kon Tum (now Quang Ngai) | 13.96 | 10.85 |\n",
     {("Kon Tum", "poverty_rate", 2023, 13.96, "actual"),
      ("Kon Tum", "poverty_rate", 2024, 10.85, "actual")}),
    ("Số lao động được giải quyết việc làm (đơn vị: người)\n\n| Năm | Tỉnh Thái Bình (cũ) |\n|---|---|\n"
     "| 2024 | 33.870 |\n",
     {("Thai Binh", "jobs_created", 2024, 33870, "actual")}),
    ("The former Hoa Binh province, which became part of Phu Tho on 1 July 2025, closed 2024 with a "
     "household poverty rate of 9.74%.",
     {("Hoa Binh", "poverty_rate", 2024, 9.74, "actual")}),
])
def test_tables_and_merged_provinces(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi, January 2024 - Viet Nam's gross domestic product (GDP) grew by 5.05% in 2023, lower than the "
     "8.02% recorded in 2022. Hai Phong's GRDP rose 10.34% in 2023. Quang Ninh followed closely with 10.03%.",
     {("Hai Phong", "grdp_growth", 2023, 10.34, "actual"),
      ("Quang Ninh", "grdp_growth", 2023, 10.03, "actual")}),
    ("Kon Tum's poverty rate was 10.85% in 2024. The national multidimensional poverty rate, by comparison, "
     "fell to about 1.93% in 2024.",
     {("Kon Tum", "poverty_rate", 2024, 10.85, "actual")}),
    ("In 2024 the former Ben Tre province created jobs for 22,450 workers, while the former Tra Vinh "
     "province created jobs for about 18,900.",
     {("Ben Tre", "jobs_created", 2024, 22450, "actual"),
      ("Tra Vinh", "jobs_created", 2024, 18900, "actual")}),
    ("Tỷ lệ hộ nghèo của Sóc Trăng năm 2024 là 3,51%. Tỷ lệ hộ nghèo là người dân tộc Khmer vẫn ở mức 5,7%.",
     {("Soc Trang", "poverty_rate", 2024, 3.51, "actual")}),
])
def test_national_comparisons_followers_and_units_before(extractor: Extractor, text: str,
                                                          expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dong Nai adopts 2026 socio-economic plan\n\nDelegates of the Dong Nai People's Council on December 10 "
     "passed the plan for 2026. The province's GRDP in 2025 grew by 10.6%.\n\n"
     "For 2026, the resolution sets out 24 key targets. Among them, GRDP is to grow by at least 10%, and the "
     "province aims to create new jobs for 105,000 workers.",
     {("Dong Nai", "grdp_growth", 2025, 10.6, "actual"), ("Dong Nai", "grdp_growth", 2026, 10, "target"),
      ("Dong Nai", "jobs_created", 2026, 105000, "target")}),
    ("Ngày 12/12/2025, HĐND tỉnh Gia Lai họp. Năm 2025 tăng trưởng GRDP ước đạt 7,83%.\n\n"
     "Nghị quyết xác định năm 2026 là năm khởi đầu nhiệm kỳ, với 24 chỉ tiêu chủ yếu. Đáng chú ý, tốc độ "
     "tăng trưởng kinh tế (GRDP) đạt trên 10%; giải quyết việc làm mới cho 45.000 lao động.",
     {("Gia Lai", "grdp_growth", 2025, 7.83, "actual"), ("Gia Lai", "grdp_growth", 2026, 10, "target"),
      ("Gia Lai", "jobs_created", 2026, 45000, "target")}),
])
def test_a_sentence_announcing_targets_makes_its_paragraph_targets(extractor: Extractor, text: str,
                                                                     expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("| Province | GRDP growth 2024 | Main driver |\n|---|---|---|\n"
     "| Can Tho | 7.81% | Services, trade |\n",
     {("Can Tho", "grdp_growth", 2024, 7.81, "actual")}),
    ("Thanh Hóa giải quyết việc làm năm 2024:\n\n| Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 |\n"
     "|---|---|---|\n| Tổng số lao động được giải quyết việc làm | 60.000 | 66.512 |\n"
     "| – Việc làm trong tỉnh | 34.000 | 37.890 |\n",
     {("Thanh Hoa", "jobs_created", 2024, 60000, "target"),
      ("Thanh Hoa", "jobs_created", 2024, 66512, "actual")}),
    ("Năm 2024 tỉnh Đắk Lắk đã giải quyết việc làm cho 24.600 lao động. Ngân hàng Chính sách xã hội cho "
     "vay giải quyết việc làm với doanh số 210 tỷ đồng, giúp tạo việc làm cho khoảng 4.800 lao động.",
     {("Dak Lak", "jobs_created", 2024, 24600, "actual")}),
    ("HA LONG, July 2025. Quang Ninh created jobs for 9,850 people in the first six months, 61.6% of the "
     "annual plan of 16,000.",
     {("Quang Ninh", "jobs_created", 2025, 16000, "target")}),
    ("Da Lat Flower Festival closes\n\nLam Dong's festival closed on December 21, 2024. The festival "
     "welcomed nearly 1.3 million visitors. Around 3,000 artists and performers took part in the opening "
     "night alone.",
     {("Lam Dong", "attendance", 2024, 1.3e6, "actual")}),
])
def test_cells_sub_rows_channels_and_shares_of_plan(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Da Nang economy rebounds 14% as tourists return\n\nDa Nang's GRDP grew 14.05% in 2022.",
     {("Da Nang", "grdp_growth", 2022, 14.05, "actual")}),
    ("Quang Tri's poverty rate was 3.87% at the end of 2025. Under the new yardstick the province's "
     "poverty rate is expected to roughly double. Even so, Quang Tri aims to bring it below 6.5% by the "
     "end of 2026.",
     {("Quang Tri", "poverty_rate", 2025, 3.87, "actual"),
      ("Quang Tri", "poverty_rate", 2026, 6.5, "target")}),
    ("Ho Chi Minh City's GRDP grew 8.03% in 2025. Growth in the former Ba Ria-Vung Tau area was weaker "
     "at 5.1%.",
     {("Ho Chi Minh City", "grdp_growth", 2025, 8.03, "actual")}),
    ("Bac Ninh's GRDP grew 12.6 per cent in 2025. Growth in the south picked up in the second half, "
     "while the old Bac Giang kept its pace — the former Bac Giang province alone grew 13.85 per cent "
     "in 2024.",
     {("Bac Ninh", "grdp_growth", 2025, 12.6, "actual"),
      ("Bac Giang", "grdp_growth", 2024, 13.85, "actual")}),
])
def test_headlines_pronouns_areas_and_new_clauses(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "language", "value", "qualifier"), [
    ("Two thousand graduates", "en", 2000, None), ("Close to three thousand people", "en", 3000, "nearly"),
    ("a thousand people", "en", 1000, None),
])
def test_counts_in_words(text: str, language: str, value: float, qualifier: str | None) -> None:
    [number] = find_numbers(text, language)
    assert (number.value, number.qualifier) == (value, qualifier)


def test_vague_and_half_counts_are_no_numbers() -> None:
    assert find_numbers("tens of thousands of people, around half a million people", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("QUANG TRI, July 26, 2025 - Close to three thousand people gathered at the Truong Son cemetery. "
     "One group of 45 elderly veterans came from Nam Dinh.",
     {("Quang Tri", "attendance", 2025, 3000, "actual")}),
    ("CAN THO, May 10, 2024 - Today, in this hall, we have the honour of receiving more than 700 "
     "delegates.",
     {("Can Tho", "attendance", 2024, 700, "actual")}),
    ("BINH THUAN, June 5, 2024 - Organisers had prepared for around 500 guests, but the event drew more "
     "than 700 delegates.",
     {("Binh Thuan", "attendance", 2024, 700, "actual")}),
    ("Bac Giang, March 8, 2025 - The fair drew upwards of 3,000 job seekers, the first large-scale job "
     "fair of the year. The department plans 24 mobile job sessions in districts.",
     {("Bac Giang", "attendance", 2025, 3000, "actual")}),
])
def test_attendance_phrasings(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DONG HOI, June 14, 2024 - She said Quang Binh's economy grew by 5.2% last year despite "
     "difficulties in construction and exports.",
     {("Quang Binh", "grdp_growth", 2023, 5.2, "actual")}),
    ("Tuy nhiên, do sản lượng giảm trong quý IV, Sở dự báo tăng trưởng GRDP cả năm 2024 của tỉnh Thanh "
     "Hóa ước đạt khoảng 10,6%.",
     {("Thanh Hoa", "grdp_growth", 2024, 10.6, "actual")}),
    ("Dẫn đầu khu vực là Kon Tum với tăng trưởng GRDP năm 2024 đạt 9,19%. Tỉnh láng giềng Gia Lai tăng "
     "7,38%. Năm 2023, chỉ số sản xuất công nghiệp của tỉnh Đồng Nai tăng 2,8%.",
     {("Kon Tum", "grdp_growth", 2024, 9.19, "actual"), ("Gia Lai", "grdp_growth", 2024, 7.38, "actual")}),
    ("Theo báo cáo của UBND xã Mèo Vạc, tỉnh Tuyên Quang, năm 2025 xã đã giải quyết việc làm cho 420 lao "
     "động. Tỷ lệ hộ nghèo của xã còn 38,5%.",
     set()),
    ("| Indicator | Target for 2024 |\n|---|---|\n| New jobs created | 15,000 persons |\n\n"
     "Quang Ninh adopted the targets on December 8, 2023.",
     {("Quang Ninh", "jobs_created", 2024, 15000, "target")}),
    ("Hà Tĩnh, ngày 5/1/2024.\n\nChỉ tiêu chủ yếu năm 2024 (theo Nghị quyết HĐND tỉnh):\n"
     "- Giải quyết việc làm mới: 19.000 người, trong đó xuất khẩu lao động 10.000 người.\n",
     {("Ha Tinh", "jobs_created", 2024, 19000, "target")}),
])
def test_clauses_estimates_subjects_communes_and_list_intros(extractor: Extractor, text: str,
                                                             expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HA TINH, March 12, 2024 – The Steering Committee held a one-day training session in Ha Tinh City "
     "for about 160 provincial and district officials.",
     {("Ha Tinh", "attendance", 2024, 160, "actual")}),
    ("Dak Lak's household poverty rate was 5.2% in 2024, and over 90% of administrative records are now "
     "processed online.",
     {("Dak Lak", "poverty_rate", 2024, 5.2, "actual")}),
])
def test_units_after_an_and_and_shares_of_records(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Dự đại hội có", "đồng chí", members represented and committees elected are no audience
    ("Sáng 14/10/2025, tại phường Quy Nhơn, Đảng bộ tỉnh Gia Lai khai mạc Đại hội. Dự đại hội có 450 đại "
     "biểu chính thức, đại diện cho hơn 152.000 đảng viên. Đại hội đã bầu Ban Chấp hành gồm 65 đồng chí.",
     {("Gia Lai", "attendance", 2025, 450, "actual")}),
    ("Ngày 20/10/2025, Đại hội Đảng bộ tỉnh Lào Cai khai mạc. Số đại biểu có mặt tại phiên khai mạc "
     "là 396 đồng chí.",
     {("Lao Cai", "attendance", 2025, 396, "actual")}),
    ("QUANG TRI, October 11, 2025 - The congress opened in Dong Hoi ward, bringing together 350 official "
     "delegates representing more than 86,000 Party members.",
     {("Quang Tri", "attendance", 2025, 350, "actual")}),
    ("KON TUM, March 12, 2024 - The Kon Tum provincial Party Committee held a conference on Tuesday, with "
     "around 250 participants including provincial leaders.",
     {("Kon Tum", "attendance", 2024, 250, "actual")}),
    ("TAY NINH, October 6, 2025 - Some 350 delegates are expected to attend the Tay Ninh congress.",
     set()),
])
def test_congress_delegates_members_represented_and_expected_audiences(extractor: Extractor, text: str,
                                                                       expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reference to the province is a growth verb's subject; a multi-year average is no year's growth
    ("KON TUM, March 12, 2024 - Last year, the Central Highlands province grew by 9.06 percent, bringing "
     "average growth for 2021-2023 to 8.2 percent.",
     {("Kon Tum", "grdp_growth", 2023, 9.06, "actual")}),
    ("QUANG TRI, October 11, 2025 - Provincial leaders said Quang Tri aims to grow by 10 percent in 2026.",
     {("Quang Tri", "grdp_growth", 2026, 10, "target")}),
    # a year after the report's date is a target, whatever the verb
    ("Chiều 9/10/2025, Đại hội Đảng bộ tỉnh Đắk Lắk thảo luận văn kiện. Đến năm 2030, tỷ lệ hộ nghèo "
     "toàn tỉnh giảm xuống dưới 2%.",
     {("Dak Lak", "poverty_rate", 2030, 2, "target")}),
    # "tỷ lệ này" mid-sentence; a clause for the whole year drops the sentence's opening "nine months"
    ("Ngày 12/3/2024, tại Kiên Giang: tỷ lệ hộ nghèo giảm còn 1,69% vào cuối năm 2023; năm 2024, tỉnh "
     "phấn đấu đưa tỷ lệ này xuống dưới 1,2%.",
     {("Kien Giang", "poverty_rate", 2023, 1.69, "actual"),
      ("Kien Giang", "poverty_rate", 2024, 1.2, "target")}),
    ("HAI PHONG, October 20, 2025 - GRDP in the first nine months of 2025 rose 11.6%, and the city aims "
     "for growth of 12.5% for the whole of 2025.",
     {("Hai Phong", "grdp_growth", 2025, 12.5, "target")}),
    # jobs over a term are no year's
    ("Ngày 5/10/2025, Đại hội Đảng bộ tỉnh Tuyên Quang khai mạc. Trong giai đoạn 2020-2025, tổng số lao "
     "động được giải quyết việc làm đạt khoảng 128.000 lượt người. Riêng năm 2025, toàn tỉnh giải quyết "
     "việc làm mới cho khoảng 26.500 lao động.",
     {("Tuyen Quang", "jobs_created", 2025, 26500, "actual")}),
])
def test_subjects_future_years_anaphors_and_term_totals(extractor: Extractor, text: str,
                                                        expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # other cells' words are not the number's: "+9.5%/year" makes no "96 million VND" a percentage
    ("*Ninh Binh, October 4, 2025*\n\n| Indicator | 2021-2025 (average) | 2025 |\n|---|---|---|\n"
     "| Household poverty rate | -0.6 pt/year | 1.2% |\n| Per capita GRDP | +9.5%/year | 96 million VND |\n",
     {("Ninh Binh", "poverty_rate", 2025, 1.2, "actual")}),
    # an intro "...năm 2023:" gives its year to the HTML table rows under it
    ("Cập nhật 15/8/2024. Lớp tập huấn diễn ra tại tỉnh Hà Giang. Một số kết quả chủ yếu năm 2023:\n\n"
     "Chỉ tiêu | Kết quả\n\nTốc độ tăng trưởng GRDP | 6,1%\n\nSố lao động được giải quyết việc làm mới | "
     "16.535 người\n",
     {("Ha Giang", "grdp_growth", 2023, 6.1, "actual"), ("Ha Giang", "jobs_created", 2023, 16535, "actual")}),
])
def test_table_cells_and_intros_over_html_rows(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_plan_year_in_the_lead_does_not_date_the_report() -> None:
    text = ("Phu Tho elects new leadership\n\nHANOI, Sept 27 (Wire) - The congress adopted a resolution that "
            "calls for double-digit growth through 2030. Jobs were found for 58,000 workers in 2025, while "
            "FDI in the first eight months of 2025 jumped 40%.")
    assert document_from_text("r.txt", text).year == 2025


@pytest.mark.parametrize(("text", "expected"), [
    # a Vietnamese range "từ 7% đến 7,5%"; "First-quarter"; "Per-capita GRDP"; "Sở Kế hoạch và Đầu tư"
    ("Ngày 20/12/2023, HĐND tỉnh Sóc Trăng họp. Năm 2024, tỉnh đặt mục tiêu tăng trưởng GRDP từ 7% đến 7,5%.",
     set()),
    ("KHANH HOA, June 5, 2023 - First-quarter GRDP rose 9.85%. Per-capita GRDP rose 9.6% last year.",
     set()),
    ("Ngày 28/12/2024, tại Nghệ An: theo báo cáo của Sở Kế hoạch và Đầu tư, tốc độ tăng trưởng GRDP năm 2024 "
     "của tỉnh đạt 9,01%, cao hơn mức tăng GDP cả nước (7,09%).",
     {("Nghe An", "grdp_growth", 2024, 9.01, "actual")}),
    # a figure naming itself ("11% GRDP growth") is not ruled out by a trade word before it; "nationally"
    ("HANOI, November 23, 2025 - \"Trade promotion is one of the tools we rely on to reach the city's "
     "target of 11% GRDP growth in 2026,\" Hanoi's trade chief said.",
     {("Ha Noi", "grdp_growth", 2026, 11, "target")}),
    ("CAN THO, May 5, 2025 - In the former Soc Trang province the household poverty rate was 3.21% at the "
     "end of 2024, compared with 1.93% nationally, as the country seeks growth of at least 8 per cent.",
     {("Soc Trang", "poverty_rate", 2024, 3.21, "actual")}),
    # an aside names neither the subject nor the year; a ranking carries the sentence before
    ("Quang Ninh edges Hai Phong\n\nVnExpress International, January 6, 2026\n\nQuang Ninh grew the fastest "
     "last year, with a GRDP expansion of 11.89%. Hai Phong, which absorbed Hai Duong in the July 2025 "
     "merger, was a close second at 11.81%.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual"),
      ("Hai Phong", "grdp_growth", 2025, 11.81, "actual")}),
])
def test_ranges_hyphens_planning_departments_self_named_figures_and_asides(extractor: Extractor, text: str,
                                                                          expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counselled, pre-screened, hired at a fair: no jobs created, no audience; another month's fair
    ("Ngày 20/9/2025, Gia Lai tổ chức Ngày hội việc làm. Có 1.260 người được sơ tuyển; trung tâm tư vấn cho "
     "gần 16.000 lượt người; 640 người được tuyển dụng trực tiếp tại chỗ. Ngày hội việc làm tổ chức vào "
     "tháng 3 năm nay thu hút khoảng 2.700 lượt người tham gia.",
     set()),
    # last year's edition after the count; "took to the streets"; "300 đại biểu dự"
    ("Tối 11/5/2024, Hải Phòng khai mạc Lễ hội Hoa Phượng Đỏ. Khoảng 15.000 người đã có mặt, đông hơn so với "
     "con số 12.000 người của mùa lễ hội năm ngoái.",
     {("Hai Phong", "attendance", 2024, 15000, "actual")}),
    ("HANOI, November 9, 2025 - More than 11,000 runners took to the streets of the capital on Sunday.",
     {("Ha Noi", "attendance", 2025, 11000, "actual")}),
    ("Ngày 15/10/2025, tỉnh Lào Cai tổ chức hội nghị trực tuyến, với hơn 300 đại biểu dự tại điểm cầu tỉnh.",
     {("Lao Cai", "attendance", 2025, 300, "actual")}),
    # a column of enterprises is no audience; a range of jobs is no target; "while Bac Ninh created 30,500"
    ("BAC NINH, 22 September 2025 - The career day drew job seekers.\n\n"
     "Sector | Participating enterprises\n\nElectronics | 58\n\n"
     "The former Bac Giang province created jobs for 31,200 people in 2024, while Bac Ninh "
     "created 30,500. For 2026, the province plans to create jobs for 300,000-310,000 workers.",
     {("Bac Giang", "jobs_created", 2024, 31200, "actual"),
      ("Bac Ninh", "jobs_created", 2024, 30500, "actual")}),
])
def test_fairs_editions_and_table_columns(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_points_figure_in_another_column_is_no_points_label(extractor: Extractor) -> None:
    text = ("Long An, ngày 06/01/2025.\n\nChỉ tiêu | Đơn vị | Kế hoạch 2024 | Thực hiện 2024\n\n"
            "Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều giai đoạn 2022-2025) | % | Giảm 0,2 điểm % | 0,58\n")
    assert facts(extractor, text) == {("Long An", "poverty_rate", 2024, 0.58, "actual")}


@pytest.mark.parametrize(("text", "expected"), [
    # former provinces' areas inside a merged one; "(hợp nhất ...)" asides;
    # "của Cà Mau tăng" is Cà Mau's exports
    ("Ngày 10/1/2026, các địa phương công bố số liệu. Cà Mau dẫn đầu với mức tăng GRDP 8,09%. "
     "An Giang (hợp nhất An Giang và Kiên Giang) đứng thứ hai với 7,91%. "
     "Thành phố Cần Thơ đạt mức tăng 7,52%; địa bàn Sóc Trăng cũ tăng 8,4%. "
     "Kim ngạch xuất khẩu của An Giang tăng 9,6%, của Cà Mau tăng 7,2%.",
     {("Ca Mau", "grdp_growth", 2025, 8.09, "actual"), ("An Giang", "grdp_growth", 2025, 7.91, "actual"),
      ("Can Tho", "grdp_growth", 2025, 7.52, "actual")}),
    # "the Ba Ria - Vung Tau area" is a part even past its dash; "July 1" is no figure; a what-if
    ("HO CHI MINH CITY, January 9, 2026 – Ho Chi Minh City's GRDP rose 8.03% in 2025, the first "
     "figure for the megacity that absorbed Binh Duong on July 1.\n\nThe result is an improvement "
     "on the 7.17% that the former city, within its old boundaries, recorded in 2024. The former "
     "Binh Duong area grew 8.4%, while the Ba Ria - Vung Tau area grew only 5.9%. Excluding the "
     "refinery, the economy would have grown 11.1%.",
     {("Ho Chi Minh City", "grdp_growth", 2025, 8.03, "actual"),
      ("Ho Chi Minh City", "grdp_growth", 2024, 7.17, "actual")}),
    ("Ngày 25/12/2025, Tuyên Quang tổng kết năm. Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số "
     "toàn tỉnh là 15,2%.",
     set()),
])
def test_merged_units_parts_asides_and_what_ifs(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the cue's own "growth" does not let earlier words rule it out; "24 job-exchange sessions"
    ("QUANG NINH, April 27, 2024 — Leaders said tourism and services would be a key driver as "
     "Quang Ninh targets economic growth of 10% this year.",
     {("Quang Ninh", "grdp_growth", 2024, 10, "target")}),
    ("THANH HOA, January 10, 2025 — In 2025 the department plans to hold 24 job-exchange sessions. "
     "Vocational schools provided training to 51,000 people.",
     set()),
    # the start line; "lượt học sinh"
    ("HO CHI MINH CITY, August 17, 2025 — Organisers received nearly 10,000 registrations, but "
     "about 8,300 athletes actually took to the start line.",
     {("Ho Chi Minh City", "attendance", 2025, 8300, "actual")}),
    ("Ngày 16/3/2024, tại Bắc Ninh. Sự kiện đã thu hút gần 6.000 lượt học sinh, sinh viên đến tìm "
     "hiểu thông tin.",
     {("Bac Ninh", "attendance", 2024, 6000, "actual")}),
    # a headline's "below 1%" is the body's 0.89%, whatever the headline's other words
    ("Hai Duong beats job target, poverty rate below 1%\n\nHAI DUONG, January 8, 2025 - Hai Duong's "
     "household poverty rate fell to 0.89% at the end of 2024.",
     {("Hai Duong", "poverty_rate", 2024, 0.89, "actual")}),
])
def test_own_cues_sessions_start_lines_and_headlines(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's year after its last item; the year after "for the merged province at the end of"
    ("LAO CAI, January 20, 2026 - The poverty rate fell from 7.9% in the former Lao Cai and 6.7% in Yen Bai "
     "at the end of 2024 to 5.2% for the merged province at the end of 2025.",
     {("Lao Cai", "poverty_rate", 2024, 7.9, "actual"), ("Yen Bai", "poverty_rate", 2024, 6.7, "actual"),
      ("Lao Cai", "poverty_rate", 2025, 5.2, "actual")}),
    # a clause's year does not reach past its ";"
    ("Ngày 16/1/2026, Đắk Lắk tổng kết công tác giảm nghèo năm 2025. Trước hợp nhất, cuối năm 2024, tỷ lệ "
     "hộ nghèo là 5,04% ở Đắk Lắk và 2,97% ở Phú Yên; khoảng cách này gây khó khăn cuối năm 2025.",
     {("Dak Lak", "poverty_rate", 2024, 5.04, "actual"), ("Phu Yen", "poverty_rate", 2024, 2.97, "actual")}),
    # jobs cut; people trained over years; a group bused in
    ("BAC GIANG, January 5, 2025 - A garment maker closed its plant, cutting about 1,300 jobs. The programme "
     "has trained 1,150 commune officials.",
     set()),
    # a next standard named beside a target; columns of former units in 2025
    ("Ngày 20/11/2025, Sơn La họp. Phấn đấu đến cuối năm 2025 tỷ lệ hộ nghèo toàn tỉnh giảm xuống dưới 6%; "
     "chuẩn bị triển khai chuẩn nghèo giai đoạn 2026-2030.",
     {("Son La", "poverty_rate", 2025, 6, "target")}),
    ("Hải Phòng, ngày 8/1/2026.\n\n"
     "| Chỉ tiêu (năm 2025) | Hải Phòng (cũ) | Hải Dương (cũ) | Toàn thành phố |\n"
     "|---|---|---|---|\n| Thực hiện giải quyết việc làm (người) | 58.420 | 36.180 | 94.600 |\n",
     {("Hai Phong", "jobs_created", 2025, 94600, "actual")}),
])
def test_list_years_clauses_cuts_next_standards_and_former_columns(extractor: Extractor, text: str,
                                                                   expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nghệ An: Năm 2024 giải quyết việc làm cho hơn 46 nghìn lao động\n\n"
     "Ngày 8/1/2025, Nghệ An tổng kết. Năm "
     "2024 toàn tỉnh đã giải quyết việc làm cho 46.520 lao động.",
     {("Nghe An", "jobs_created", 2024, 46520, "actual")}),
    ("Tối 26/10/2025, trận đấu trên sân Thiên Trường (phường Nam Định, tỉnh Ninh Bình) đã thu hút khoảng "
     "28.000 khán giả. Mùa giải trước, sân đón trung bình khoảng 15.000 khán giả mỗi trận.",
     {("Ninh Binh", "attendance", 2025, 28000, "actual")}),
    ("Lễ hội Nghinh Ông năm 2025 tại phường Vũng Tàu, TP Hồ Chí Minh thu hút hơn 60.000 lượt người tham dự. "
     "Năm 2024, lễ hội đón khoảng 55.000 lượt khách.",
     {("Ho Chi Minh City", "attendance", 2025, 60000, "actual")}),
    ("QUY NHON, October 18, 2025 — In the first nine months of 2025, the economy expanded by 7.4%, and Gia "
     "Lai aims for growth of at least 8% for 2025 as a whole.",
     {("Gia Lai", "grdp_growth", 2025, 8, "target")}),
])
def test_headline_counts_seasons_editions_and_whole_years(extractor: Extractor, text: str,
                                                          expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LAO CAI, January 10, 2026.\n\nPeriod | Growth (%)\n\nQuarter I | 7.1\n\nQuarter IV (estimate) | 9.6\n\n"
     "Whole year 2025 | 8.6\n",
     {("Lao Cai", "grdp_growth", 2025, 8.6, "actual")}),
    ("HUE, January 5, 2025 - For 2025, Hue aims for GRDP growth of at least 10%, higher than the 7.1% "
     "average of the past four years.",
     {("Hue", "grdp_growth", 2025, 10, "target")}),
    ("PHU LY, Ninh Binh, October 12, 2025 - Hundreds of cyclists raced in Phu Ly. Organizers said they "
     "hoped to attract as many as 20,000 spectators next year.",
     set()),
])
def test_quarter_rows_past_averages_and_next_editions(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NGHỊ QUYẾT về kế hoạch năm 2026, ngày 10/12/2025.\n\nĐiều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026\n"
     "1. Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Thanh Hóa đạt 11%.\n"
     "2. Giải quyết việc làm mới cho 70.000 lao động.\n",
     {("Thanh Hoa", "grdp_growth", 2026, 11, "target"),
      ("Thanh Hoa", "jobs_created", 2026, 70000, "target")}),
    ("Sở LĐTBXH tỉnh Bắc Giang, 10/1/2025\n👉 Tỷ lệ hộ nghèo của tỉnh giảm còn 1,51% 📉 Riêng tại các xã "
     "đặc biệt khó khăn, tỷ lệ hộ nghèo vẫn còn khoảng 8%.\n👉 100% người có công được tặng quà.",
     {("Bac Giang", "poverty_rate", 2024, 1.51, "actual")}),
    ("Báo cáo của UBND huyện Mường Tè, ngày 8/1/2025. Tỷ lệ hộ nghèo của huyện cao gấp ba lần bình quân "
     "chung của toàn tỉnh Lai Châu (10,48%). Huyện tổ chức 3 phiên tư vấn, giới thiệu việc làm cho hơn 900 "
     "lượt thanh niên.",
     {("Lai Chau", "poverty_rate", 2024, 10.48, "actual")}),
    ("Tối 26/11/2022, tại Đồng Văn, tỉnh Hà Giang khai mạc Ngày hội Văn hóa dân tộc Mông. Ngày hội thu hút "
     "khoảng 3.000 nghệ nhân, diễn viên, vận động viên và người dân, du khách đến tham dự.",
     {("Ha Giang", "attendance", 2022, 3000, "actual")}),
    ("Ngày 22/11/2025, UBND tỉnh Quảng Trị tổ chức Hội nghị Xúc tiến đầu tư. Hội nghị có gần 700 đại biểu "
     "tham dự, gồm lãnh đạo các bộ, ngành Trung ương và hơn 300 nhà đầu tư trong và ngoài nước.",
     {("Quang Tri", "attendance", 2025, 700, "actual")}),
])
def test_headings_pictographs_province_averages_and_parts(extractor: Extractor, text: str,
                                                          expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "qualifier"), [
    ("tối thiểu 10%", "over"), ("ít nhất 8,5%", "over"), ("không dưới 7%", "over"), ("dưới 7%", "under"),
])
def test_floor_words_are_over(text: str, qualifier: str) -> None:
    assert find_numbers(text, "vi", 0, len(text))[0].qualifier == qualifier


@pytest.mark.parametrize(("text", "expected"), [
    ("Bac Giang tops 2023 growth table as Quang Nam slips into contraction\n\nBac Giang expanded 13.45% last "
     "year. The northern province was followed by Hai Phong (10.34%) and Quang Ninh (10.03%), the only three "
     "localities to post double-digit growth in 2023.\n\nAt the other end of the table, Quang Nam, whose "
     "economy relies heavily on the Thaco auto complex in Chu Lai, contracted 3.3% after car sales slumped.",
     {("Bac Giang", "grdp_growth", 2023, 13.45, "actual"),
      ("Hai Phong", "grdp_growth", 2023, 10.34, "actual"),
      ("Quang Ninh", "grdp_growth", 2023, 10.03, "actual"),
      ("Quang Nam", "grdp_growth", 2023, -3.3, "actual")}),
    ("HAI PHONG - The northern port city expanded 11.01% last year, and leaders say they will push harder in "
     "2025. The city has seen average growth of roughly 12% over the past decade. It plans to lift the "
     "digital economy's share of GRDP to 25%.",
     {("Hai Phong", "grdp_growth", 2024, 11.01, "actual")}),
    ("BINH PHUOC - More than 800 delegates attended the Binh Phuoc Investment Promotion Conference 2024. "
     "Among the attendees were ambassadors from 20 countries and representatives of around 300 "
     "businesses. The conference, held every two years, drew about 600 people in 2022.",
     {("Binh Phuoc", "attendance", 2024, 800, "actual")}),
    ("# Provincial growth tracker, full-year 2025\n\n| Province | 9M 2025 (% y/y) | Full-year 2025 (% y/y) | "
     "Avg. 2021-2025 (% p.a.) |\n|---|---|---|---|\n| Quang Ninh | 11.2 | 11.89 | 9.6 |\n"
     "| **Vietnam** | **7.85** | **8.02** | **6.2** |\n\nMost units target growth in line with the central "
     "government's call for growth of 10% or more.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual")}),
    ("Mekong results, February 12, 2025\n\nGRDP growth, 2024\n\nProvince | GRDP growth 2024 (%)\n\n"
     "Long An | 7.8\n\nMekong Delta (13 localities) | 6.9\n\nWhole country | 7.09\n",
     {("Long An", "grdp_growth", 2024, 7.8, "actual")}),
])
def test_siblings_in_brackets_asides_titles_and_aggregate_rows(extractor: Extractor, text: str,
                                                               expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quang Ninh misses growth goal\n\nHANOI, Jan 8 (Reuters) - Quang Ninh, the coal-mining and tourism "
     "province that is home to Ha Long Bay and that for most of the past decade has been one of Vietnam's "
     "best-performing local economies, grew 7.32% last year, falling short of its 10% goal. Growth slowed to "
     "4.1% in the July-September period before recovering to 9.6% in the final quarter. Its industrial "
     "production rose 8.7% in 2024.",
     {("Quang Ninh", "grdp_growth", 2024, 7.32, "actual"),
      ("Quang Ninh", "grdp_growth", 2024, 10, "target")}),
    ("VINH -- Nghe An found jobs for 46,520 people in 2024, of whom 17,800 went overseas. Nghe An's gross "
     "regional domestic product grew 9.01% last year, compared with 7.09% for the country as a whole. "
     "Everwin has said it plans to hire 12,000 more by 2027.",
     {("Nghe An", "jobs_created", 2024, 46520, "actual"), ("Nghe An", "grdp_growth", 2024, 9.01, "actual")}),
    ("LAO CAI, March 3, 2025 - Yen Bai, a largely agricultural province whose economy relies on cinnamon, "
     "forestry and hydropower, grew 7.43% in 2024. Binh Duong's economy grew 6.05% in 2024, following "
     "growth of 5.05% in 2023 and a 2.36% contraction in 2021.",
     {("Yen Bai", "grdp_growth", 2024, 7.43, "actual"), ("Binh Duong", "grdp_growth", 2024, 6.05, "actual"),
      ("Binh Duong", "grdp_growth", 2023, 5.05, "actual"),
      ("Binh Duong", "grdp_growth", 2021, -2.36, "actual")}),
    ("NHA TRANG, January 6, 2026 - Khanh Hoa grew 8.95% in 2025, short of the 10% it had targeted.",
     {("Khanh Hoa", "grdp_growth", 2025, 8.95, "actual"), ("Khanh Hoa", "grdp_growth", 2025, 10, "target")}),
    ("KẾ HOẠCH của tỉnh Lâm Đồng, ngày 12/01/2026\n\nII. MỤC TIÊU, CHỈ TIÊU NĂM 2026\n\n"
     "1. Giải quyết việc làm cho khoảng 48.000 lao động.\n",
     {("Lam Dong", "jobs_created", 2026, 48000, "target")}),
    ("# Can Tho fact sheet, September 2025\n\n## New jobs created in 2024, by former province\n\n"
     "| Former unit | Jobs created (persons) |\n|---|---|\n| Hau Giang | 20,300 |\n| Soc Trang | 25,870 |\n",
     {("Hau Giang", "jobs_created", 2024, 20300, "actual"),
      ("Soc Trang", "jobs_created", 2024, 25870, "actual")}),
    ("Quảng Ngãi, ngày 5/1/2024. GRDP năm 2023 của tỉnh Quảng Ngãi giảm 3,37%. Nếu loại trừ sản phẩm lọc hóa "
     "dầu, GRDP của tỉnh tăng khoảng 6,1%. Năm 2025, cả 5 địa phương đều tăng trưởng trên 7%; tăng trưởng "
     "của vùng Bắc Trung Bộ ước khoảng 8,5%.",
     {("Quang Ngai", "grdp_growth", 2023, -3.37, "actual")}),
    ("Ha Long, January 6, 2026 - The Quang Ninh Provincial People's Committee held its press conference. The "
     "event was attended by more than 120 reporters and editors.",
     {("Quang Ninh", "attendance", 2026, 120, "actual")}),
    ("TP.HCM, ngày 10/1/2025. TP.HCM - đầu tàu kinh tế của cả nước - đạt mức tăng 7,17% trong năm 2024, cao "
     "hơn năm 2023.",
     {("Ho Chi Minh City", "grdp_growth", 2024, 7.17, "actual")}),
])
def test_appositives_goals_contractions_headings_and_what_ifs(extractor: Extractor, text: str,
                                                              expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vinh, ngày 8/1/2026. Năm 2025, Hà Tĩnh dẫn đầu vùng với mức tăng GRDP 9,12%. Nghệ An và thành phố Huế "
     "tăng lần lượt 8,24% và 8,3%.",
     {("Ha Tinh", "grdp_growth", 2025, 9.12, "actual"), ("Nghe An", "grdp_growth", 2025, 8.24, "actual"),
      ("Hue", "grdp_growth", 2025, 8.3, "actual")}),
    ("LAO CAI, March 3, 2025 - Yen Bai grew 7.43% in 2024, the fastest in its history, whereas the old Lao "
     "Cai, home to the resort town of Sa Pa and the Lao Cai - Ha Khau border gate, managed just 5.7% after "
     "Typhoon Yagi. Exports rose 12%, while Lao Cai's tourism revenue grew 9%.",
     {("Yen Bai", "grdp_growth", 2024, 7.43, "actual"), ("Lao Cai", "grdp_growth", 2024, 5.7, "actual")}),
    ("CA MAU, October 2, 2025 - The economy of Ca Mau grew by an average of 6.1% a year in 2021-2025, "
     "with growth in 2025 at an estimated 7.4%, the highest in the term.",
     {("Ca Mau", "grdp_growth", 2025, 7.4, "actual")}),
    ("BIEN HOA, January 9, 2025 - Dong Nai found jobs for about 95,000 workers in 2024, its labor "
     "department said, up from around 80,000 a year earlier. Some 21,000 workers lost their jobs.",
     {("Dong Nai", "jobs_created", 2024, 95000, "actual"),
      ("Dong Nai", "jobs_created", 2023, 80000, "actual")}),
])
def test_verbs_before_respectively_contrasts_averages_and_baselines(extractor: Extractor, text: str,
                                                                    expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HANOI, Jan 9 (VNA) – Quang Ninh led the 34 provinces in economic growth last year, its GRDP expanding "
     "11.89%, while national GDP rose an estimated 8.02%.\n\nHai Phong, which absorbed Hai Duong in the "
     "reorganisation that cut the number of provinces from 63 to 34, came a close second at 11.81%, followed "
     "by Bac Ninh – the enlarged province that takes in the former Bac Giang, the fastest-growing "
     "locality in both 2023 and 2024 – at 11.23%. The three localities averaged growth of about 10.4% a year "
     "over 2021-2025. Hai Phong has set a 2026 growth target of 13%, while Quang Ninh is aiming for 14% this "
     "year.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual"),
      ("Hai Phong", "grdp_growth", 2025, 11.81, "actual"),
      ("Bac Ninh", "grdp_growth", 2025, 11.23, "actual"), ("Hai Phong", "grdp_growth", 2026, 13, "target"),
      ("Quang Ninh", "grdp_growth", 2026, 14, "target")}),
    ("THANH HOA, December 10, 2024 - Thanh Hoa's GRDP expanded by an estimated 11.2% this year, well ahead "
     "of the national figure, which the government expects to land between 6.8% and 7%.",
     {("Thanh Hoa", "grdp_growth", 2024, 11.2, "actual")}),
])
def test_told_this_year_ranks_after_a_national_figure_long_dash_asides_and_between(
        extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HANOI, February 2, 2026 - Bac Giang, a once-sleepy province on the edge of the Hanoi region, recorded "
     "GRDP growth of 13.45% and 13.85% in 2023 and 2024. Vinh Phuc, long the industrial engine of the "
     "midlands, posted GRDP growth of 5.5% and 2.4% in 2022 and 2023 respectively.",
     {("Bac Giang", "grdp_growth", 2023, 13.45, "actual"),
      ("Bac Giang", "grdp_growth", 2024, 13.85, "actual"),
      ("Vinh Phuc", "grdp_growth", 2022, 5.5, "actual"), ("Vinh Phuc", "grdp_growth", 2023, 2.4, "actual")}),
    ("CAN THO, January 14, 2026 - On the same 2022-2025 standard, Tra Vinh had a rate of 1.37% at the end of "
     "2024. Can Tho, the region's hub city, plans to keep its household poverty rate below 3.5% in 2026. "
     "Dien Bien aims to bring its poverty rate below 15% on the 2022-2025 measure by the end of 2026.",
     {("Tra Vinh", "poverty_rate", 2024, 1.37, "actual"), ("Can Tho", "poverty_rate", 2026, 3.5, "target"),
      ("Dien Bien", "poverty_rate", 2026, 15, "target")}),
    ("VINH, March 2, 2026 - About 5,000 job seekers turned out for the spring job fair in Nghe An, well up "
     "on last spring's fair, which drew around 3,600 people. Neighbouring Thanh Hoa, the region's other "
     "labour heavyweight, found jobs for 68,300 workers last year. Ha Tinh has set a five-year goal of "
     "110,000 jobs for 2026-2030.",
     {("Nghe An", "attendance", 2026, 5000, "actual"),
      ("Thanh Hoa", "jobs_created", 2025, 68300, "actual")}),
    ("HUNG YEN, January 22, 2026 - Provincial leaders said the new province of Hung Yen had grown an "
     "estimated 8.9% in 2025. HCMC's 10% would be its fastest growth since 2018. Retail sales in HCMC grew "
     "16% last year. Dong Thap has yet to publish a full-year figure; its nine-month growth was 7.4%.\n\n"
     "Locality | GRDP growth 2025 | Avg. growth 2021-2025\n\nDong Nai | 10.03% | 7.4%\n",
     {("Hung Yen", "grdp_growth", 2025, 8.9, "actual"),
      ("Ho Chi Minh City", "grdp_growth", 2026, 10, "target"),
      ("Dong Nai", "grdp_growth", 2025, 10.03, "actual")}),
])
def test_english_press_years_after_lists_standards_named_later_appositives_and_parts_of_a_year(
        extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ha Giang, 15/01/2025 - By the end of 2024, the household poverty rate in Ha Giang province stood at "
     "24.48%.\n\nLocality | Poverty rate\n\nMeo Vac | 41.20\n\nHa Giang City | 1.12\n\n"
     "Whole province | 24.48\n",
     {("Ha Giang", "poverty_rate", 2024, 24.48, "actual")}),
    ("QUANG NINH, December 12, 2025 - The province had averaged 7.4% growth a year over 2021-2025.\n\n"
     "| Indicator | 2025 | Change | Plan 2026 |\n|---|---|---|---|\n"
     "| Workers given jobs (persons) | 42,800 | +2,300 | 45,000 |\n",
     {("Quang Ninh", "jobs_created", 2025, 42800, "actual"),
      ("Quang Ninh", "jobs_created", 2026, 45000, "target")}),
])
def test_tables_of_a_provinces_parts_signed_changes_and_averages(extractor: Extractor, text: str,
                                                                 expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("VINH, January 10, 2025 - Nghe An created jobs for 46,120 workers in 2024. About 2,900 workers in "
     "the garment and wood-processing sectors lost their jobs during the year.",
     {("Nghe An", "jobs_created", 2024, 46120, "actual")}),
    ("Bắc Ninh, ngày 12/8/2025. Gần 3.500 người lao động đã đến tham dự phiên giao dịch việc làm tại "
     "tỉnh Bắc Ninh; khoảng 1.100 người đạt sơ tuyển ngay tại chỗ. Gần 2.000 cán bộ, chiến sĩ công an "
     "tham gia phục vụ.",
     {("Bac Ninh", "attendance", 2025, 3500, "actual")}),
    ("Báo Hà Tĩnh. Chiều 20/12/2024, huyện Hương Sơn tổng kết năm 2024. Toàn huyện giải quyết việc làm "
     "cho 1.850 lao động. Năm 2025, huyện phấn đấu giải quyết việc làm cho 1.900 lao động.", set()),
])
def test_jobs_lost_shortlists_and_staff(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_standard_named_before_the_figure_or_called_new(extractor: Extractor) -> None:
    text = ("Quảng Ngãi: Tỷ lệ hộ nghèo theo chuẩn mới là 8,47%\n\nQuảng Ngãi, ngày 5/1/2026. Năm 2025 tỷ "
            "lệ hộ nghèo toàn tỉnh theo chuẩn nghèo đa chiều giai đoạn 2022-2025 giảm còn 3,12%. Tuy "
            "nhiên, theo kết quả rà soát cuối năm 2025 áp dụng chuẩn nghèo đa chiều giai đoạn 2026-2030, "
            "toàn tỉnh có 53.610 hộ nghèo, chiếm tỷ lệ 8,47%.")
    found = {(o.value, o.standard) for o in extractor.extract(document_from_text("case.txt", text))}
    assert found == {(3.12, "2022-2025"), (8.47, "2026-2030")}


@pytest.mark.parametrize(("text", "expected"), [
    ("VINH YEN, October 24, 2025 - At the end of 2024, the household poverty rate was 1.28% in the former "
     "Vinh Phuc area, 2.41% in former Phu Tho and 6.12% in former Hoa Binh.",
     {("Vinh Phuc", "poverty_rate", 2024, 1.28, "actual"), ("Phu Tho", "poverty_rate", 2024, 2.41, "actual"),
      ("Hoa Binh", "poverty_rate", 2024, 6.12, "actual")}),
    ("Phú Thọ, ngày 24/10/2025. Đến cuối năm 2024, tỷ lệ hộ nghèo khu vực tỉnh Hòa Bình cũ là 6,12%, khu "
     "vực tỉnh Vĩnh Phúc cũ là 1,28%. Năm 2025, tỷ lệ hộ nghèo khu vực tỉnh Hòa Bình cũ giảm còn 4,5%.",
     {("Hoa Binh", "poverty_rate", 2024, 6.12, "actual"),
      ("Vinh Phuc", "poverty_rate", 2024, 1.28, "actual")}),
])
def test_a_former_provinces_area_before_the_merger_is_that_province(extractor: Extractor, text: str,
                                                                      expected: set) -> None:
    """After the merger "the former X area" is a part of the new province (no figure of its own), but
    a figure for a year before it is the whole old province's."""
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two giants enter the final year\n\nTHANH HOA, Feb 3 - As the country enters 2025, the last year of the "
     "2021-2025 plan, Thanh Hoa grew 9.55 per cent last year.",
     {("Thanh Hoa", "grdp_growth", 2024, 9.55, "actual")}),
    ("HANOI, Jan 6, 2026 - Quang Ninh, the coal-mining and tourism province bordering China, posted the "
     "fastest growth of any locality in 2025 at 11.89%.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual")}),
    ("Quảng Ngãi, ngày 22/11/2025. Năm 2024 tỉnh Kon Tum cũ đạt mức tăng trưởng 8,46%, thuộc nhóm cao của "
     "vùng Tây Nguyên, còn Quảng Ngãi cũ đạt 7,11%.",
     {("Kon Tum", "grdp_growth", 2024, 8.46, "actual"), ("Quang Ngai", "grdp_growth", 2024, 7.11, "actual")}),
    ("HANOI, Jan 9, 2026 - Hanoi's gross regional domestic product rose 8.16% in 2025, the city's statistics "
     "office said, compared with 8.03% for Ho Chi Minh City. National GDP grew 8.02%.",
     {("Ha Noi", "grdp_growth", 2025, 8.16, "actual"),
      ("Ho Chi Minh City", "grdp_growth", 2025, 8.03, "actual")}),
    ("BUON MA THUOT, Jan 20, 2026 - Dak Lak's household poverty rate stood at 3.68 per cent at the end of "
     "2025. Re-surveyed under the stricter 2026-2030 standard, the rate at the end of 2025 jumps to 9.74 per "
     "cent. In Ea Sup, the rate is 31 per cent.",
     {("Dak Lak", "poverty_rate", 2025, 3.68, "actual"), ("Dak Lak", "poverty_rate", 2025, 9.74, "actual")}),
    ("Quảng Ninh, ngày 18/10/2025. Trong 9 tháng đầu năm, toàn tỉnh đã giải quyết việc làm cho 14.900 lao "
     "động, đạt 78,4% kế hoạch. Năm 2024, con số này là 18.650 lao động.",
     {("Quang Ninh", "jobs_created", 2024, 18650, "actual")}),
    ("MY THO, March 2025 - Tien Giang grew 6.02 per cent in 2024, below the 6.5 per cent it had averaged in "
     "2021-2023.", {("Tien Giang", "grdp_growth", 2024, 6.02, "actual")}),
    ("Sơn La, ngày 15/1/2026. Kết quả rà soát cuối năm 2025, tỷ lệ hộ nghèo toàn tỉnh là 21,4%; 18 xã có "
     "tỷ lệ hộ nghèo trên 40%.", {("Son La", "poverty_rate", 2025, 21.4, "actual")}),
    ("Sơn La, ngày 15/1/2026. UBND tỉnh tổ chức hội nghị triển khai kế hoạch giảm nghèo năm 2026. Tham dự "
     "tại điểm cầu tỉnh có khoảng 250 đại biểu.", {("Son La", "attendance", 2026, 250, "actual")}),
    ("Hai Phong grows 11.81% in first year after merger, sets higher bar for 2026\n\nHAI PHONG - Hai Phong's "
     "economy expanded 11.81 percent in 2025, the city told its council on December 9.\n\nFor 2026, the "
     "city proposed a GRDP growth target of over 12 percent. The household poverty rate now stands at 0.41 "
     "percent.",
     {("Hai Phong", "grdp_growth", 2025, 11.81, "actual"), ("Hai Phong", "grdp_growth", 2026, 12, "target"),
      ("Hai Phong", "poverty_rate", 2025, 0.41, "actual")}),
    ("Ngày 20/9/2025, TP Hồ Chí Minh tổ chức ngày hội việc làm. Ông Thành, Phó Giám đốc Sở Nội vụ cho biết "
     "8 tháng đầu năm 2025, thành phố đã giải quyết việc làm cho hơn 215.000 lượt lao động, tạo việc làm "
     "mới cho khoảng 96.000 lao động. Thị trường lao động mở rộng với quy mô hơn 7,5 triệu lao động, đòi "
     "hỏi hệ thống dịch vụ việc làm phải kết nối đồng bộ.", set()),
])
def test_wire_asides_anaphors_and_opening_scopes(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


def test_a_table_cell_with_its_standard_and_an_estimate_before_the_verb(extractor: Extractor) -> None:
    text = ("Cần Thơ, ngày 10/12/2025\n\n| Chỉ tiêu | Thực hiện năm 2025 | Kế hoạch năm 2026 |\n"
            "|---|---|---|\n| Tỷ lệ hộ nghèo (%) | 1,86 (chuẩn 2021-2025) | giảm 1% (chuẩn 2026-2030) |\n\n"
            "Năm 2025, thành phố Cần Thơ ước giải quyết việc làm cho 58.200 lao động.")
    doc = document_from_text("c.md", text)
    found = {(o.value, o.year, o.standard, o.qualifier) for o in extractor.extract(doc)}
    assert found == {(1.86, 2025, "2021-2025", None), (58200, 2025, None, "about")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hai Duong, December 26 - At the conference reviewing tasks this year and deploying the plan for next "
     "year, the last year of the 2021-2025 term, officials spoke. This year, the province's GRDP growth is "
     "estimated at 10.2%, the highest level since 2019. For next year, the province targets GRDP growth of "
     "10.5%.",
     {("Hai Duong", "grdp_growth", 2024, 10.2, "actual"),
      ("Hai Phong", "grdp_growth", 2025, 10.5, "target")}),
    ("THANH HOA, March 14, 2025 - Last year, Thanh Hoa provided jobs for 66,800 workers, including 12,500 "
     "people sent abroad to work under contracts, exceeding the plan by 6%. The rate of trained workers "
     "reached 72.5%.", {("Thanh Hoa", "jobs_created", 2024, 66800, "actual")}),
    ("Vĩnh Long, ngày 10/12/2025. Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội "
     "năm 2026 với các chỉ tiêu chủ yếu:\n\n- Tốc độ tăng trưởng GRDP đạt 10%;\n- Giải quyết việc làm cho "
     "48.000 lao động.",
     {("Vinh Long", "grdp_growth", 2026, 10, "target"),
      ("Vinh Long", "jobs_created", 2026, 48000, "target")}),
    ("Quang Binh enters 2025 with growth target of 8 percent\n\nDong Hoi, January 9 - The provincial economy "
     "recovered well last year. GRDP grew by 7.05 percent. This year, the province targets economic growth "
     "of 8 percent.",
     {("Quang Binh", "grdp_growth", 2024, 7.05, "actual"), ("Quang Tri", "grdp_growth", 2025, 8, "target")}),
    ("CAO BANG, October 16, 2025 - The conference on poverty reduction had been expected to draw some 250 "
     "participants; in the end it was attended by 180 delegates.",
     {("Cao Bang", "attendance", 2025, 180, "actual")}),
    ("Quảng Ngãi, ngày 22/11/2025. Hội nghị xúc tiến đầu tư thu hút gần 600 đại biểu, cao hơn so với dự "
     "kiến ban đầu khoảng 400 khách mời; hội nghị tương tự năm 2023 có khoảng 450 đại biểu dự.",
     {("Quang Ngai", "attendance", 2025, 600, "actual")}),
    ("Ngày 30/4/2025, Ban tổ chức Lễ hội chùa Hương (Hà Nội) tổng kết. Sau gần ba tháng diễn ra, lễ hội đã "
     "đón khoảng 1,5 triệu lượt khách. Ban tổ chức huy động hơn 1.200 cán bộ, chiến sĩ tham gia giữ gìn an "
     "ninh trật tự.", {("Ha Noi", "attendance", 2025, 1500000, "actual")}),
    ("THANH HOA, January 13, 2025 - The household poverty rate fell to 1.87% at the end of 2024, and the "
     "province aims to cut it below 1.5% this year.",
     {("Thanh Hoa", "poverty_rate", 2024, 1.87, "actual"),
      ("Thanh Hoa", "poverty_rate", 2025, 1.5, "target")}),
    ("Huế, ngày 22/9/2025. Hội sách Huế 2025 đón hơn 45.000 lượt khách tham quan, mua sách.",
     {("Hue", "attendance", 2025, 45000, "actual")}),
    ("DAK LAK, 27 August 2025 - The Tuy Hoa Sea and Culture Week welcomed around 120,000 visitors.",
     {("Dak Lak", "attendance", 2025, 120000, "actual")}),
    ("Đồng Nai, ngày 8/10/2025. Năm 2024, Đồng Nai (cũ) có tăng trưởng GRDP đạt 6,11%. Chín tháng năm 2025, "
     "GRDP toàn tỉnh tăng 8,37%.", {("Dong Nai", "grdp_growth", 2024, 6.11, "actual")}),
    ("Hà Nội, ngày 5/1/2026. Năm 2025, Quảng Ninh dẫn đầu với GRDP tăng 11,89%. Hải Phòng, sau khi hợp nhất "
     "với Hải Dương, đạt 11,81%, xếp thứ hai. Năm 2024, Bắc Giang là \"quán quân\" tăng trưởng của cả nước "
     "với tốc độ tăng GRDP 13,85%.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual"),
      ("Hai Phong", "grdp_growth", 2025, 11.81, "actual"),
      ("Bac Giang", "grdp_growth", 2024, 13.85, "actual")}),
    ("HANOI, Jan 9, 2026 - Had the two provinces stayed separate, the picture would have looked uneven: in "
     "2024 Quang Binh's gross regional domestic product rose 7.03%.",
     {("Quang Binh", "grdp_growth", 2024, 7.03, "actual")}),
    ("Hà Nội, ngày 3/2/2026. Năm 2025, tỉnh Phú Thọ đạt tốc độ tăng trưởng GRDP 9,44%. Nếu tính theo địa "
     "giới cũ, Vĩnh Phúc vẫn là đầu kéo với mức tăng ước khoảng 8,7%. Nếu tính theo địa giới cũ, bức tranh "
     "năm 2024 có phần khác: Hậu Giang tăng trưởng nhanh nhất vùng với 8,19%.",
     {("Phu Tho", "grdp_growth", 2025, 9.44, "actual"), ("Hau Giang", "grdp_growth", 2024, 8.19, "actual")}),
    ("Cần Thơ, ngày 24/2/2025. Cuối năm 2024, tỷ lệ hộ nghèo của Sóc Trăng là 3,12%; riêng hộ nghèo là "
     "người Khmer ở tỉnh này chiếm tỷ lệ 6,8%.", {("Soc Trang", "poverty_rate", 2024, 3.12, "actual")}),
])
def test_official_prose_lists_and_events(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nghệ An: Báo cáo chính trị Đại hội XX\n\nĐại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ "
     "2025-2030 khai mạc sáng 15/10 với sự tham dự của 400 đại biểu chính thức. Đại hội lần thứ XIX năm 2020 "
     "có 350 đại biểu. Năm 2024, toàn tỉnh giải quyết việc làm cho 46.500 lao động. Cả nhiệm kỳ, tỉnh đã "
     "giải quyết việc làm cho trên 220.000 lượt lao động. Trong 5 năm, tỉnh đã giải quyết việc làm cho "
     "khoảng 150.000 lao động.",
     {("Nghe An", "attendance", 2025, 400, "actual"), ("Nghe An", "jobs_created", 2024, 46500, "actual")}),
    ("HAI PHONG, Oct 13 (VNA) - The 1st Congress of the Hai Phong City Party Organisation for the "
     "2025-2030 term opened on Monday, attended by about 500 delegates. For 2025, the merged city is on "
     "course for an estimated 11.2% expansion.",
     {("Hai Phong", "attendance", 2025, 500, "actual"), ("Hai Phong", "grdp_growth", 2025, 11.2, "actual")}),
    ("Lao Cai opens first Party Congress of merged province\n\nLAO CAI — The first Congress of the Lao Cai "
     "Provincial Party Organisation for the 2025-2030 term opened on Monday. More than 340 delegates "
     "attended the opening session.\n\nBoth provinces recovered after Typhoon Yagi, which struck the "
     "region in September 2024.", {("Lao Cai", "attendance", 2025, 340, "actual")}),
    ("NHA TRANG, September 26, 2025 - Looking to 2030, the Khanh Hoa congress resolved to bring the "
     "household poverty rate below 1 per cent.", {("Khanh Hoa", "poverty_rate", 2030, 1, "target")}),
    ("Lâm Đồng, ngày 2/10/2025. Kinh tế tỉnh Lâm Đồng: năm 2021 GRDP chỉ tăng 5,13%; năm 2022 phục hồi "
     "mạnh với mức tăng 9,08%.",
     {("Lam Dong", "grdp_growth", 2021, 5.13, "actual"), ("Lam Dong", "grdp_growth", 2022, 9.08, "actual")}),
    ("NORTHERN CORRIDOR MONTHLY | Issue 1/2026\n\n11.62%. That is the GRDP growth the enlarged Bac Ninh "
     "province reported for 2025, its first year after absorbing Bac Giang on 1 July.\n\nHai Phong was "
     "close behind. The city's statistics office put full-year growth at 11.81%. The former Bac Giang "
     "recorded growth of 13.85% in 2024, while the old Bac Ninh bounced back to 6.0% after its 2023 "
     "contraction.",
     {("Bac Ninh", "grdp_growth", 2025, 11.62, "actual"), ("Hai Phong", "grdp_growth", 2025, 11.81, "actual"),
      ("Bac Giang", "grdp_growth", 2024, 13.85, "actual"), ("Bac Ninh", "grdp_growth", 2024, 6.0, "actual")}),
    ("2025 in review\n\n5 January 2026\n\nDong Nai's GRDP expanded 10.03% in 2025. Ho Chi Minh City's "
     "economy grew 7.53% over the full year, and exports from the enlarged city grew about 12%.\n\nThe "
     "city's employment service centres helped create jobs for more than 340,000 workers during the year.",
     {("Dong Nai", "grdp_growth", 2025, 10.03, "actual"),
      ("Ho Chi Minh City", "grdp_growth", 2025, 7.53, "actual"),
      ("Ho Chi Minh City", "jobs_created", 2025, 340000, "actual")}),
    ("SERVICES WATCH – coastal tourism economies, full-year 2025\nResearch note, 8 January 2026\n\n"
     "Summary. The coastal hubs all grew faster in 2025 than in 2024, "
     "helped by 21.5 million arrivals. Ranked by GRDP growth: Hue (8.52%) and Da Nang (7.96%).",
     {("Hue", "grdp_growth", 2025, 8.52, "actual"), ("Da Nang", "grdp_growth", 2025, 7.96, "actual")}),
    ("Development Finance Digest | January 2026\n\nTuyen Quang closed 2025 with a household poverty rate "
     "of 10.21%. That is high by national standards, where the rate is now close to 1%.",
     {("Tuyen Quang", "poverty_rate", 2025, 10.21, "actual")}),
    ("Cần Thơ sau hợp nhất: tăng trưởng 7,85%, đặt mục tiêu hai con số cho năm 2026\n\nGRDP năm 2025 của "
     "thành phố Cần Thơ tăng 7,85% sau khi hợp nhất từ ngày 1/7/2025. Thành phố đã giải quyết việc làm cho "
     "hơn 68.000 lao động trong năm.",
     {("Can Tho", "grdp_growth", 2025, 7.85, "actual"), ("Can Tho", "jobs_created", 2025, 68000, "actual")}),
    ("Thanh Hóa, ngày 5/1/2026. Với mức tăng 8,87%, Thanh Hóa tiếp tục dẫn đầu vùng về tốc độ tăng trưởng "
     "GRDP năm 2025.", {("Thanh Hoa", "grdp_growth", 2025, 8.87, "actual")}),
    ("NINH BINH, Oct. 18, 2025 - More than 1,500 delegates attended the investment conference. The "
     "province signed memoranda with 32 investors.", {("Ninh Binh", "attendance", 2025, 1500, "actual")}),
    ("HO CHI MINH CITY, October 18, 2025 - For the whole of 2025, Ho Chi Minh City aims to create jobs for "
     "330,000 workers and keep the urban unemployment rate below 2.8%.",
     {("Ho Chi Minh City", "jobs_created", 2025, 330000, "target")}),
    ("RACH GIA, September 26, 2025 - An Giang hosted a tourism investment conference in Rach Gia ward, "
     "drawing 600 delegates, investors and travel companies.",
     {("An Giang", "attendance", 2025, 600, "actual")}),
    ("DAK LAK, November 16, 2025 - Dak Lak estimates that its GRDP will grow by about 7.8% in 2025.",
     {("Dak Lak", "grdp_growth", 2025, 7.8, "actual")}),
    ("LAO CAI, January 2026 - The provincial Party Congress has asked for growth of at least 10.5% in 2026.",
     {("Lao Cai", "grdp_growth", 2026, 10.5, "target")}),
])
def test_congress_reports_and_business_prose(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("QUY NHON, June 22, 2025 - Some 11,000 runners lined up for the Quy Nhon Coastal Marathon 2025. The "
     "field had grown from the 9,500 runners who took part in the 2024 edition. Athletes came from 52 "
     "provinces.", {("Binh Dinh", "attendance", 2025, 11000, "actual")}),
    ("TAY NINH, Jan 12, 2025 - Police estimated the crowd along the route and at the summit at about 15,000. "
     "The stage finish also drew more than 200 journalists and photographers.",
     {("Tay Ninh", "attendance", 2025, 15000, "actual")}),
    ("Bắc Giang, 20/12/2024 - UBND tỉnh Bắc Giang tổ chức Lễ tôn vinh doanh nghiệp. Tới dự có hơn 500 đại "
     "biểu.", {("Bac Giang", "attendance", 2024, 500, "actual")}),
    ("HA GIANG, January 10, 2024 - Ha Giang cut its household poverty rate to 25.6 per cent at the end of "
     "last year. Meo Vac's rate stood at 41.3 per cent, while poverty among ethnic minority households "
     "across the province was estimated at 29.8 per cent. For 2024, Ha Giang aims to bring the overall "
     "poverty rate below 22 per cent under the 2021-2025 standard.",
     {("Ha Giang", "poverty_rate", 2023, 25.6, "actual"),
      ("Ha Giang", "poverty_rate", 2024, 22, "target")}),
    ("Explainer\n\n*Published 14 August 2025*\n\n"
     "| Indicator | Former Lao Cai | Former Yen Bai |\n|---|---|---|\n"
     "| Household poverty rate, end-2024 | 5.35% | 6.49% |\n\nThe Lao Cai People's Council set a GRDP growth "
     "target of 10.5% for 2025. It also aims to bring the household poverty rate down to about 4.5% by the "
     "end of the year.",
     {("Lao Cai", "poverty_rate", 2024, 5.35, "actual"),
      ("Yen Bai", "poverty_rate", 2024, 6.49, "actual"),
      ("Lao Cai", "grdp_growth", 2025, 10.5, "target"), ("Lao Cai", "poverty_rate", 2025, 4.5, "target")}),
    ("Hà Tĩnh, 06/01/2025. Báo cáo tại hội nghị cho biết, năm 2024 kinh tế của tỉnh Hà Tĩnh phục hồi "
     "sau giai đoạn khó khăn của năm 2023. Tốc độ tăng trưởng GRDP cả năm đạt 6,5%, chưa đạt kế hoạch "
     "đề ra nhưng cao hơn nhiều so với mức 1,62% của năm trước. Chủ tịch UBND tỉnh yêu cầu thực hiện "
     "mục tiêu tăng trưởng 8% trong năm 2025.",
     {("Ha Tinh", "grdp_growth", 2024, 6.5, "actual"), ("Ha Tinh", "grdp_growth", 2023, 1.62, "actual"),
      ("Ha Tinh", "grdp_growth", 2025, 8, "target")}),
    ("Explainer\n\nViet Nam's economy grew 5.05 per cent in 2023. Bac Ninh's economy contracted 4.93 per "
     "cent.\n\nProvincial governments have set ambitious goals for 2024. Bac Ninh has set a growth target "
     "of 4 per cent for this year.",
     {("Bac Ninh", "grdp_growth", 2023, -4.93, "actual"), ("Bac Ninh", "grdp_growth", 2024, 4, "target")}),
    ("Tuyên Quang, ngày 9/12/2025. HĐND tỉnh Tuyên Quang khai mạc kỳ họp thường lệ cuối năm 2025. Kỳ họp "
     "có 78/82 đại biểu HĐND tỉnh có mặt; 4 đại biểu vắng mặt có lý do.",
     {("Tuyen Quang", "attendance", 2025, 78, "actual")}),
    ("Gia Lai, ngày 7/1/2026. Kết quả một số chỉ tiêu chủ yếu năm 2025 của tỉnh Gia Lai:\n\n"
     "| TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2025 | Thực hiện năm 2025 |\n|---|---|---|---|---|\n"
     "| 1 | Tốc độ tăng trưởng GRDP | % | 8,0 | 8,25 |\n"
     "| 4 | Tỷ lệ hộ nghèo | % | Giảm 1 - 1,5 điểm % | 2,96 |\n",
     {("Gia Lai", "grdp_growth", 2025, 8.0, "target"), ("Gia Lai", "grdp_growth", 2025, 8.25, "actual"),
      ("Gia Lai", "poverty_rate", 2025, 2.96, "actual")}),
    ("Phú Thọ, 16/12/2025.\n\n| Chỉ tiêu | Kế hoạch 2025 | Ước thực hiện 2025 |\n|---|---|---|\n"
     "| Tỷ lệ hộ nghèo theo chuẩn 2021-2025 (%) | Giảm 0,8 - 1 điểm % | 2,14 |\n"
     "| Tỷ lệ đô thị hóa (%) | 38 | 36,2 |\n", {("Phu Tho", "poverty_rate", 2025, 2.14, "actual")}),
    ("Rạch Giá, 17/12/2025. Năm 2025 tốc độ tăng trưởng GRDP của tỉnh An Giang đạt 7,81%, vượt chỉ tiêu "
     "Nghị quyết HĐND tỉnh đề ra là 7,5%.",
     {("An Giang", "grdp_growth", 2025, 7.81, "actual"), ("An Giang", "grdp_growth", 2025, 7.5, "target")}),
    ("CAN THO - Can Tho City's People's Council opened its year-end session on December 9, 2025. The "
     "enlarged city's gross regional domestic product grew by an estimated 7.4 percent in 2025, short of "
     "the target set for the year but higher than the 6.9 percent recorded by the old Can Tho City in 2024.",
     {("Can Tho", "grdp_growth", 2025, 7.4, "actual"), ("Can Tho", "grdp_growth", 2024, 6.9, "actual")}),
    ("The Quang Ngai provincial People's Council opened its year-end session on December 9, 2024, with 67 "
     "of the council's 72 deputies present.", {("Quang Ngai", "attendance", 2024, 67, "actual")}),
    ("Some 12,000 of the visitors came from Hanoi. The Hue Festival 2024 in Thua Thien Hue drew 40,000 "
     "people.", {("Thua Thien Hue", "attendance", 2024, 40000, "actual")}),
])
def test_events_and_news_explainers(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hà Tĩnh: kết quả công tác giải quyết việc làm năm 2024 và nhiệm vụ năm 2025\n\nPV: Năm 2025, ngành "
     "đặt ra "
     "những mục tiêu gì?\n\nÔng Hùng: Chúng tôi phấn đấu giải quyết việc làm cho ít nhất 20.000 lao động.",
     {("Ha Tinh", "jobs_created", 2025, 20000, "target")}),
    ("Ha Long, 13 March 2025. More than 1,800 job-seekers attended the first-quarter job fair held in Quang "
     "Ninh.",
     {("Quang Ninh", "attendance", 2025, 1800, "actual")}),
    ("HOI AN, March 2, 2025 - More than 5,000 visitors attended the lantern festival in Hoi An ancient town.",
     {("Quang Nam", "attendance", 2025, 5000, "actual")}),
    ("NGHIA LO, Sept 28, 2025 - Around 7,000 residents packed the square for the Lao Cai festival. "
     "Organisers expect 30,000 visitors over the four-day event.",
     {("Lao Cai", "attendance", 2025, 7000, "actual")}),
    ("Hậu Giang, 10/6/2025. Trong giai đoạn, tỉnh đã giải quyết việc làm cho hơn 82.000 lượt lao động.",
     set()),
    ("An Giang, 2025. Over 2021-2025 the two localities together averaged roughly 62,000 jobs a year.",
     set()),
    ("Bắc Giang: Tăng trưởng kinh tế năm 2024\n\nSáng 27/12, Cục Thống kê tỉnh Bắc Giang tổ chức họp báo. "
     "Buổi họp báo có hơn 30 đại biểu, phóng viên tham dự. Cục Thống kê sẽ cập nhật số liệu vào tháng "
     "3/2025.",
     {("Bac Giang", "attendance", 2024, 30, "actual")}),
    ("Quang Ninh keeps double-digit growth in 2024, eyes 12% for 2025\n\nHA LONG - The economy of Quang Ninh "
     "expanded by 11.03 percent in 2024, the Statistics Office said on January 6.\n\nGrowth in the first six "
     "months of 2024 had been 8.7 percent. Some 16,200 workers found new jobs during the year. For 2025, the "
     "province has set a growth target of 12 percent, above the 8 percent growth the Government is seeking "
     "for the country as a whole.",
     {("Quang Ninh", "grdp_growth", 2024, 11.03, "actual"),
      ("Quang Ninh", "jobs_created", 2024, 16200, "actual"),
      ("Quang Ninh", "grdp_growth", 2025, 12, "target")}),
    ("# Nghệ An: GRDP 6 tháng đầu năm 2025\n\nChiều 4/7/2025, Thống kê tỉnh Nghệ An họp báo. Khoảng 25 "
     "phóng viên dự họp báo.\n\n## Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025\n\n"
     "| Chỉ tiêu | Tăng (%) |\n|---|---|\n"
     "| Tốc độ tăng GRDP | 9,32 |\n\n6 tháng đầu năm, toàn tỉnh giải quyết việc làm cho 24.318 lao động, "
     "đạt 55,3% kế hoạch năm (kế hoạch năm 2025 là 44.000 lao động).",
     {("Nghe An", "attendance", 2025, 25, "actual"), ("Nghe An", "jobs_created", 2025, 44000, "target")}),
    ("Binh Duong's growth rebounds to 7.21% in 2024\n\nBinh Duong's economy grew 7.21 percent last year, the "
     "Statistics Office said on January 3. Its employment services connected nearly 52,000 workers with new "
     "jobs over the year.",
     {("Binh Duong", "grdp_growth", 2024, 7.21, "actual"),
      ("Binh Duong", "jobs_created", 2024, 52000, "actual")}),
    ("HUE - Hue's economy expanded an estimated 8.15 percent in 2025, the Statistics Office told a press "
     "conference on January 6 that drew more than 60 delegates and reporters.",
     {("Hue", "grdp_growth", 2025, 8.15, "actual"), ("Hue", "attendance", 2026, 60, "actual")}),
    ("DA LAT, January 9 (2026) - Lam Dong recorded GRDP growth of 7.62 percent in 2025. The result fell "
     "short of the 8 percent growth scenario the province adopted. About 46,800 workers were given jobs "
     "during the year.",
     {("Lam Dong", "grdp_growth", 2025, 7.62, "actual"), ("Lam Dong", "grdp_growth", 2025, 8, "target"),
      ("Lam Dong", "jobs_created", 2025, 46800, "actual")}),
    ("Sáng 4/4/2025, Thống kê tỉnh Hải Dương họp báo. Trong quý, toàn tỉnh giải quyết việc làm cho khoảng "
     "9.800 lao động. Năm 2025, tỉnh phấn đấu tăng trưởng cao hơn mức 8% mà Chính phủ đặt ra cho cả nước.",
     set()),
    ("Kiên Giang, năm 2025. Lượng khách quốc tế đến Phú Quốc tăng khoảng 40%, chuẩn bị cho APEC 2027.",
     set()),
    ("The Quy Nhon marathon on August 10, 2025 drew over 1,000 runners, organisers said.",
     {("Gia Lai", "attendance", 2025, 1000, "actual")}),
])
def test_statistics_releases_and_interviews(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Northern factory belt outpaces the rest as 2024 data roll in\n\nHANOI, Jan 14 (Dispatch) - Vietnam's "
     "northern provinces powered ahead last year, provincial statistics "
     "showed on Tuesday. The port city of Hai Phong expanded at a 10.32% clip, helped by a 33% jump in "
     "foreign "
     "investment, while coal-and-tourism hub Quang Ninh posted growth of 11.03%. Quang Ninh is aiming to "
     "accelerate to 14% this year.",
     {("Hai Phong", "grdp_growth", 2024, 10.32, "actual"),
      ("Quang Ninh", "grdp_growth", 2024, 11.03, "actual"),
      ("Quang Ninh", "grdp_growth", 2025, 14, "target")}),
    ("15 October 2025. Binh Duong's economy grew 7.44% in 2024, while Long An turned in 7.51% on the back "
     "of new "
     "logistics parks. The enlarged Dong Nai has set a 2026 growth target of 10%. Tay Ninh officials told us "
     "that they aim for 10.5% next year.",
     {("Binh Duong", "grdp_growth", 2024, 7.44, "actual"), ("Long An", "grdp_growth", 2024, 7.51, "actual"),
      ("Dong Nai", "grdp_growth", 2026, 10, "target"), ("Tay Ninh", "grdp_growth", 2026, 10.5, "target")}),
    ("March 2024. Kon Tum's household poverty rate fell by 3.1 percentage points during 2023 to 13.35%, "
     "while "
     "Gia Lai's stood at 6.94% at the end of the year.",
     {("Kon Tum", "poverty_rate", 2023, 13.35, "actual"), ("Gia Lai", "poverty_rate", 2023, 6.94, "actual")}),
    ("CAN THO, 20 January 2025 - Soc Trang's economy grew 8.2 pc last year, against the national 7.09 pc.",
     {("Soc Trang", "grdp_growth", 2024, 8.2, "actual")}),
    ("Feb 2024. In Thai Nguyen, unemployment and household poverty rates stood at 2.1% and 3.1% "
     "respectively at "
     "the end of 2023. Vinh Phuc created 21,500 jobs in 2023 and aims to create 22,000 this year.",
     {("Thai Nguyen", "poverty_rate", 2023, 3.1, "actual"),
      ("Vinh Phuc", "jobs_created", 2023, 21500, "actual"),
      ("Vinh Phuc", "jobs_created", 2024, 22000, "target")}),
    ("An Giang, tháng 12/2025. Riêng đặc khu Phú Quốc tăng trưởng tới 14%.", set()),
    ("The Quang Ngai provincial People's Council opened its session on December 9, 2024, with 67 of the "
     "council's 72 deputies present.", {("Quang Ngai", "attendance", 2024, 67, "actual")}),
])
def test_wire_copy_and_investor_letters(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 12/1/2024, Sở Lao động tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có lãnh đạo "
     "21 huyện, thành phố, thị xã cùng cán bộ các đơn vị trực thuộc Sở, tổng cộng khoảng 200 đại biểu.",
     {("Nghe An", "attendance", 2024, 200, "actual")}),
    ("On July 10, 2025, Thai Nguyen held a conference. The former Bac Kan area still faces a much higher "
     "poverty rate, at 10.2%. The merged province aims to achieve GRDP growth of at least 8% for the whole "
     "of "
     "2025 and to create jobs for 28,000 workers during the year.",
     {("Thai Nguyen", "grdp_growth", 2025, 8, "target"),
      ("Thai Nguyen", "jobs_created", 2025, 28000, "target")}),
    ("Hà Tĩnh, 20/04/2025. Một số chỉ tiêu chủ yếu của xã năm 2024 như sau:\n\n"
     "Chỉ tiêu | Năm 2020 | Năm 2024\n\nTỷ lệ hộ nghèo (%) | 6,8 | 2,1\n\n"
     "Số lao động có việc làm mới (người) | 240 | 320\n", set()),
    ("Điện Biên, 2024. Huyện giải quyết việc làm mới cho 650 lao động. Bến Tre, 2025: khu công nghiệp, nơi "
     "giải quyết việc làm cho khoảng 18.000 công nhân.", set()),
    ("Northern belt powers Red River Delta to strong 2024 finish\n\nUpdated January 08, 2025\n\nHà Nam's "
     "economy "
     "grew 7.2 per cent last year, slowing from 8.1 per cent in 2023.\n\nRelated news:\n"
     "- Hải Phòng sets 11 per cent growth target for 2025\n",
     {("Ha Nam", "grdp_growth", 2024, 7.2, "actual"), ("Ha Nam", "grdp_growth", 2023, 8.1, "actual")}),
    ("NDO – Around 450,000 people visited the Hung Kings Temple in Viet Tri City, Phu Tho Province, during "
     "the "
     "2025 Hung Kings Temple Festival.", {("Phu Tho", "attendance", 2025, 450000, "actual")}),
    ("CAN THO, March 12, 2024 - Host city Cần Thơ posted growth of 6.15 per cent last year, while Long An, "
     "which benefits "
     "from its proximity to HCM City, recorded the highest rate in the region at 6.69 per cent.",
     {("Can Tho", "grdp_growth", 2023, 6.15, "actual"), ("Long An", "grdp_growth", 2023, 6.69, "actual")}),
    ("Bac Ninh (VNA) – The northern province of Bac Ninh recorded GRDP growth of 11.35% in 2025, according "
     "to "
     "a report presented at a conference held on January 6.\n\nThe province also created jobs for 48,000 "
     "workers last year.",
     {("Bac Ninh", "grdp_growth", 2025, 11.35, "actual"),
      ("Bac Ninh", "jobs_created", 2025, 48000, "actual")}),
    ("Soc Trang, 2024. In Tra Vinh the gap is narrower but persists, with Khmer poverty at 2.1%.", set()),
    ("Lâm Đồng, ngày 05 tháng 12 năm 2025\n\nTốc độ tăng tổng sản phẩm trên địa bàn (GRDP) năm 2025 so với "
     "cùng kỳ (%)\n\nQuý I | 6 tháng | 9 tháng | Cả năm 2025 (ước)\n\n6,12 | 6,85 | 7,21 | 7,68\n",
     {("Lam Dong", "grdp_growth", 2025, 7.68, "actual")}),
    ("Sóc Trăng, ngày 29 tháng 11 năm 2024\n\n1. Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 ước tăng\n"
     "6,91% so với năm 2023.\n                                   5\n______________________\n"
     "B. KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\nI. CÁC CHỈ TIÊU CHỦ YẾU\n1. Tốc độ tăng trưởng kinh "
     "tế (GRDP) phấn đấu đạt\n8%.\n",
     {("Soc Trang", "grdp_growth", 2024, 6.91, "actual"), ("Can Tho", "grdp_growth", 2025, 8, "target")}),
    ("**ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**\n\n# Báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm 2024\n\n"
     "| Chỉ tiêu | 9 tháng 2024 |\n|---|---|\n| Số lao động được giải quyết việc làm (người) | 15.120 |\n\n"
     "- Đã giải quyết việc làm cho 15.120 lao động, đạt 84% kế hoạch năm.\n", set()),
    ("Ngày 11/12/2024, HĐND tỉnh Điện Biên bế mạc kỳ họp. Tham dự kỳ họp có gần 200 đại biểu. Kỳ họp trước "
     "(tháng 7/2024) có khoảng 180 đại biểu tham dự.", {("Dien Bien", "attendance", 2024, 200, "actual")}),
])
def test_portals_documents_and_state_media(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thanh Hoa, March 2025. Thanh Hoa's GRDP increased 11.52% last year. Nghe An, its larger "
     "neighbour to the south, managed 7.95%.",
     {("Thanh Hoa", "grdp_growth", 2024, 11.52, "actual"), ("Nghe An", "grdp_growth", 2024, 7.95, "actual")}),
    ("Vinh, January 2025. Nghe An, the country's largest province by area, gave jobs to 46,800 people in "
     "2024.", {("Nghe An", "jobs_created", 2024, 46800, "actual")}),
    ("Dong Van, March 2025. In Dien Bien, where the national target programme for ethnic minorities has "
     "financed rural roads, the poverty rate fell to 17.8% by the end of last year. Among Mong households, "
     "however, poverty rates are still above 30%.",
     {("Dien Bien", "poverty_rate", 2024, 17.8, "actual")}),
    ("Đồng Hới, tháng 12/2025 – Từ ngày 1/7/2025, Quảng Bình và Quảng Trị hợp nhất thành tỉnh Quảng Trị "
     "mới. Trong năm, tỉnh giải quyết việc làm cho khoảng 31.500 lao động.",
     {("Quang Tri", "jobs_created", 2025, 31500, "actual")}),
    ("Thủ Dầu Một, tháng 2/2025. Tăng trưởng GRDP năm 2024 của Bình Dương đạt 7,24%. Tại phiên giao "
     "dịch việc làm đầu năm 2025, gần 200 doanh nghiệp đăng ký tuyển dụng 35.000 chỉ tiêu.\n\nĐồng Nai tăng "
     "trưởng 6,3%, trong khi Long An, nơi đón dòng vốn dịch chuyển từ TP Hồ Chí Minh, đạt 7,04%.",
     {("Binh Duong", "grdp_growth", 2024, 7.24, "actual"), ("Dong Nai", "grdp_growth", 2024, 6.3, "actual"),
      ("Long An", "grdp_growth", 2024, 7.04, "actual")}),
    ("Ngày 20/5/2025, tại Lai Châu. Toàn huyện Phong Thổ hiện có tỷ lệ hộ nghèo 24,8%, cao hơn nhiều so "
     "với mức chung của tỉnh Lai Châu là 19,42% vào cuối năm 2024.",
     {("Lai Chau", "poverty_rate", 2024, 19.42, "actual")}),
    ("THU DAU MOT, March 8, 2025 - Around 5,000 job seekers turned out for a spring job fair in Binh "
     "Duong. Organisers said 860 candidates were offered jobs at the fair itself.",
     {("Binh Duong", "attendance", 2025, 5000, "actual")}),
    ("Hà Tĩnh, ngày 24/2/2026. Khi áp dụng chuẩn nghèo giai đoạn 2026-2030, tỷ lệ hộ nghèo toàn tỉnh năm "
     "2025 là 4,12%; tại xã Hương Khê tỷ lệ này là 7,8%.",
     {("Ha Tinh", "poverty_rate", 2025, 4.12, "actual")}),
])
def test_features_and_programme_reviews(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lam Dong, December 14, 2025 – The Lam Dong International Highland Marathon 2025 took place on "
     "December 14, with more than 6,800 runners taking to the start line.",
     {("Lam Dong", "attendance", 2025, 6800, "actual")}),
    ("Chiều 2/9/2025, tại Quảng Ngãi. Giải năm nay có 18 đội với gần 400 vận động viên tham gia tranh tài. "
     "Ước tính hơn 10.000 người dân và du khách đã đến xem và cổ vũ cho các đội đua.",
     {("Quang Ngai", "attendance", 2025, 10000, "actual")}),
    ("Ngày 15/1/2026, tại Đồng Tháp. Năm 2026, tỉnh phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2,5%; 100% người "
     "thuộc hộ nghèo được cấp thẻ bảo hiểm y tế.", {("Dong Thap", "poverty_rate", 2026, 2.5, "target")}),
    ("An Giang, December 11, 2025 – An Giang's GRDP growth reached 7.34% in 2025, exceeding the growth of "
     "7.2% and 6.8% which the former An Giang and Kien Giang provinces respectively recorded in 2024.",
     {("An Giang", "grdp_growth", 2025, 7.34, "actual"), ("An Giang", "grdp_growth", 2024, 7.2, "actual"),
      ("Kien Giang", "grdp_growth", 2024, 6.8, "actual")}),
    ("Tay Ninh, March 2026. The Ba Den festival drew nearly 1.3 million visitors. The busiest day was the "
     "fourth day of Tet, when some 180,000 people crowded the mountain.",
     {("Tay Ninh", "attendance", 2026, 1300000, "actual")}),
    ("Bản tin tối 25/10/2025\n\nSáng 25/10, Cần Thơ tổ chức Ngày hội việc làm, thu hút gần 5.000 lượt người "
     "tham dự.\n\n"
     "| Điểm cầu | Lượt người tham dự |\n|---|---|\n| Ninh Kiều | 1.900 |\n| Vị Thanh | 1.600 |\n"
     "| **Tổng** | **4.950** |\n", {("Can Tho", "attendance", 2025, 5000, "actual")}),
    ("VTV1, bản tin ngày 23/6/2025\n\nPhú Yên: Tối qua, Phú Yên khai mạc Ngày hội văn hóa.\n\nQuảng Bình: "
     "Sáng nay, Sở Nội vụ tỉnh tổ chức Ngày hội việc làm. Hơn 1.500 lao động đã tham dự.\n\nKiên Giang: "
     "Các tuyến tàu tạm ngừng hoạt động.", {("Quang Binh", "attendance", 2025, 1500, "actual")}),
    ("Thanh Hóa, ngày 27 tháng 12 năm 2024\n\nTổng sản phẩm trên địa bàn (GRDP) năm 2024 theo giá so\nsánh "
     "năm 2010 ước tính tăng 11,26% so với năm 2023.", {("Thanh Hoa", "grdp_growth", 2024, 11.26, "actual")}),
    ("Nghệ An, ngày 10/12/2024. UBND tỉnh đề ra 26 chỉ tiêu chủ yếu năm 2025. Trong đó, tỉnh phấn đấu tạo "
     "việc làm mới cho 46.000 lao động.", {("Nghe An", "jobs_created", 2025, 46000, "target")}),
    ("Regional note, 14 January 2026. The former Bac Ninh's economy contracted 5.92% in 2023 before "
     "rebounding to 6.03% in 2024.",
     {("Bac Ninh", "grdp_growth", 2023, -5.92, "actual"), ("Bac Ninh", "grdp_growth", 2024, 6.03, "actual")}),
    ("Gia Lai, ngày 5/1/2026. Lực lượng lao động từ 15 tuổi trở lên có việc làm năm 2025 ước tính 2,05 "
     "triệu người.", set()),
])
def test_bulletins_events_and_release_documents(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ha Giang, March 2025. Ha Giang closed 2024 with a household poverty rate of 19.77% under the "
     "2021-2025 multidimensional standard. In Dien Bien, the poverty rate fell to 17.8% by the end of 2024.",
     {("Ha Giang", 19.77, "2021-2025"), ("Dien Bien", 17.8, None)}),
    ("Dien Bien, December 2024. The poverty rate fell to 22.48% at the end of 2024. The figure is measured "
     "against the 2021-2025 multidimensional standard. For 2025, Dien Bien aims to bring the rate below 19% "
     "under the same standard.",
     {("Dien Bien", 22.48, "2021-2025"), ("Dien Bien", 19, "2021-2025")}),
])
def test_a_standard_named_for_one_province_is_not_another_s(extractor: Extractor, text: str,
                                                            expected: set) -> None:
    doc = document_from_text("case.txt", text)
    assert {(o.province, o.value, o.standard) for o in extractor.extract(doc)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("(Baonghean.vn) - Chiều 18/1, Ban Chỉ đạo tỉnh Nghệ An tổ chức hội nghị trực tuyến tổng kết công tác "
     "giảm nghèo năm 2023. Hội nghị được kết nối tới 21 điểm cầu, với gần 500 đại biểu tham dự.\n\nTỷ lệ "
     "hộ nghèo năm 2023 còn 3,53%.",
     {("Nghe An", "attendance", 2024, 500, "actual"), ("Nghe An", "poverty_rate", 2023, 3.53, "actual")}),
    ("(Baonghean.vn) - Sáng 22/2, Sở Lao động - Thương binh và Xã hội Nghệ An tổ chức Phiên giao dịch việc "
     "làm đầu Xuân 2024. Ngay từ sáng sớm, gần 3.000 lao động đã có mặt.\n\nNăm 2023 toàn tỉnh đã giải "
     "quyết việc làm cho 46.200 lao động.",
     {("Nghe An", "attendance", 2024, 3000, "actual"), ("Nghe An", "jobs_created", 2023, 46200, "actual")}),
    ("Hà Tĩnh, 2024. Tỷ lệ hộ nghèo năm 2023 còn 2,86%. Số hộ nghèo thuộc nhóm không có khả năng lao động "
     "chiếm gần 60% tổng số hộ nghèo.", {("Ha Tinh", "poverty_rate", 2023, 2.86, "actual")}),
    ("Lao Cai, September 2025. Ten weeks after the merger that joined Lao Cai and Yen Bai into a single "
     "province of roughly 1.78 million people, a dialogue was held in Yen Bai ward. Ninety participants "
     "attended.", {("Lao Cai", "attendance", 2025, 90, "actual")}),
    ("DONG NAI, 15 January 2026 – The World Bank and Dong Nai co-hosted a policy dialogue. The dialogue "
     "drew about 180 participants.", {("Dong Nai", "attendance", 2026, 180, "actual")}),
    ("Hue, June 2025. At the end of the event, JICA and the city signed a record of discussion on skills "
     "training for 1,000 young workers.", set()),
    ("*Cần Thơ, 10/10/2025*\n\n| Chỉ tiêu | Giai đoạn 2021-2025 | Năm 2025 | Mục tiêu 2026-2030 |\n"
     "|---|---|---|---|\n| Tăng trưởng GRDP (%) | 6,6 (bình quân/năm) | 8,2 | 10 (bình quân/năm) |\n",
     {("Can Tho", "grdp_growth", 2025, 8.2, "actual")}),
    ("Hai Phong holds its first congress after the merger\n\nHai Phong (VNA) - The congress opened on "
     "October 13, attended by 450 delegates. Growth in 2025 is "
     "estimated at 11.2%. The industrial production index rose around 14% this year.",
     {("Hai Phong", "attendance", 2025, 450, "actual"), ("Hai Phong", "grdp_growth", 2025, 11.2, "actual")}),
])
def test_party_papers_donors_and_congresses(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thứ năm, 8/1/2026. GRDP năm 2025 của Quảng Ninh tăng 11,89%, nhỉnh hơn mức 11,81% của Hải Phòng. Hai "
     "địa phương này duy trì tốc độ tăng trưởng hai con số. Vị trí thứ ba thuộc về Ninh Bình (gồm Hà Nam, "
     "Nam Định và Ninh Bình cũ) với 10,65%.",
     {("Quang Ninh", "grdp_growth", 2025, 11.89, "actual"),
      ("Hai Phong", "grdp_growth", 2025, 11.81, "actual"),
      ("Ninh Binh", "grdp_growth", 2025, 10.65, "actual")}),
    ("Dân trí, 19/2/2024. Năm 2023, Bắc Ninh là địa phương duy nhất có GRDP giảm, ở mức 4,38%. Vĩnh Phúc, "
     "nơi có nhiều nhà máy ô tô, xe máy, cũng chỉ tăng 2,1%.",
     {("Bac Ninh", "grdp_growth", 2023, -4.38, "actual"), ("Vinh Phuc", "grdp_growth", 2023, 2.1, "actual")}),
    ("HANOI, Jan 8, 2025. Growth stayed below the national pace for Hanoi. The capital grew 6.52%.",
     {("Ha Noi", "grdp_growth", 2024, 6.52, "actual")}),
    ("Gia Lai, 1/2026. Năm 2024, khi chưa hợp nhất, Bình Định tăng 7,1% còn Gia Lai (cũ) chỉ đạt 6,4%. "
     "Trước đó, năm 2024, Bình Phước là địa phương tăng trưởng cao nhất vùng Đông Nam Bộ cũ với mức 8,03%.",
     {("Binh Dinh", "grdp_growth", 2024, 7.1, "actual"), ("Gia Lai", "grdp_growth", 2024, 6.4, "actual"),
      ("Binh Phuoc", "grdp_growth", 2024, 8.03, "actual")}),
    ("Điện Biên, 2024. Huyện Mường Nhé có tỷ lệ hộ nghèo cao nhất tỉnh với 45,6%. Thành phố Điện Biên Phủ "
     "chỉ còn 0,9%.", set()),
    ("Hải Phòng, 7/2024. Hải Phòng đặt kế hoạch tăng trưởng 12% cho cả năm 2024, nghĩa là 6 tháng cuối năm "
     "thành phố phải tăng khoảng 13,5%. Bắc Giang cũng phấn đấu đạt 14%.",
     {("Hai Phong", "grdp_growth", 2024, 12, "target"), ("Bac Giang", "grdp_growth", 2024, 14, "target")}),
    ("Bắc Trung Bộ năm 2024: Thanh Hóa dẫn đầu, Huế tăng trưởng cao nhất 10 năm\n\nThanh Niên, 20/1/2025\n\n"
     "Năm 2024, Thanh Hóa tăng trưởng GRDP 8,83%.\n\nTại hội nghị tổng kết, tỉnh đặt chỉ tiêu tăng trưởng "
     "năm 2025 đạt 11%.\n\nNghệ An, địa phương có quy mô dân số lớn thứ tư cả nước, tăng 7,05%.",
     {("Thanh Hoa", "grdp_growth", 2024, 8.83, "actual"), ("Thanh Hoa", "grdp_growth", 2025, 11, "target"),
      ("Nghe An", "grdp_growth", 2024, 7.05, "actual")}),
    ("Bac Ninh, March 2025. Bac Ninh's GRDP grew 6.03 per cent in 2024, after shrinking 4.91 per cent in "
     "2023. Haiphong's economy grew 10.34% last year, compared with national gross domestic product growth "
     "of 5.05%.",
     {("Bac Ninh", "grdp_growth", 2024, 6.03, "actual"), ("Bac Ninh", "grdp_growth", 2023, -4.91, "actual"),
      ("Hai Phong", "grdp_growth", 2024, 10.34, "actual")}),
    ("Ha Long, March 6, 2025. The province's economy grew 11.03 per cent in 2024, though that was below the "
     "12 per cent planned at the start of the year. Industrial parks employed about 52,000 workers.",
     {("Quang Ninh", "grdp_growth", 2024, 11.03, "actual"),
      ("Quang Ninh", "grdp_growth", 2024, 12, "target")}),
    ("Buôn Ma Thuột, 14/3/2025. Lễ hội đã thu hút hơn 1,2 triệu lượt người dân và du khách. Riêng đêm khai "
     "mạc có khoảng 250.000 lượt người đổ về trung tâm thành phố.",
     {("Dak Lak", "attendance", 2025, 1200000, "actual")}),
    ("Quy Nhon, July 20, 2025. Some 5,000 people attended the graduation ceremony. A total of 2,318 "
     "bachelor's "
     "graduates and 9 doctors received their degrees at the ceremony. The enlarged province, with more "
     "than 3.5 million residents, needs skilled workers.", {("Gia Lai", "attendance", 2025, 5000, "actual")}),
    ("Đồng Văn, 9/11/2025. Tuần văn hóa tại Tuyên Quang đã thu hút khoảng 150.000 lượt khách, trong đó hơn "
     "20.000 lượt khách quốc tế.", {("Tuyen Quang", "attendance", 2025, 150000, "actual")}),
    ("Da Nang, August 2025. The city, with the addition of the Quang Nam area, aims for GRDP growth of over "
     "11% in 2025. Da Nang's first-half GRDP rose 9.2% year on year.",
     {("Da Nang", "grdp_growth", 2025, 11, "target")}),
])
def test_rankings_business_press_and_events(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thứ năm, 28/12/2023\n\nNăm nay, toàn tỉnh Hà Tĩnh giải quyết việc làm cho hơn 21.000 lao động.",
     {("Ha Tinh", "jobs_created", 2023, 21000, "actual")}),
    ("LAO CAI, Feb 3, 2026 (VNA) – The poverty rate in the northern mountainous province fell to 4.12% at "
     "the end of last year.", {("Lao Cai", "poverty_rate", 2025, 4.12, "actual")}),
    ("Giám đốc Sở LĐ-TB&XH Nghệ An: \"Giải quyết việc làm phải gắn với chất lượng\"\n\nNăm 2023, thị "
     "trường lao động Nghệ An chịu tác động không nhỏ khi nhiều doanh nghiệp thiếu "
     "đơn hàng. Phóng viên trao đổi với ông Giám đốc Sở về kết quả và định hướng trong năm 2024.\n\nPV: Công "
     "tác giải quyết việc làm năm qua ra sao?\n\nÔng Vũ: Chúng tôi đã giải quyết việc làm cho 46.120 lao "
     "động.",
     {("Nghe An", "jobs_created", 2023, 46120, "actual")}),
    ("Cần Thơ, 3/2024. Năm 2023, dù có tới gần 15.000 lao động của thành phố bị ảnh hưởng do doanh nghiệp "
     "cắt giảm đơn hàng, chúng ta vẫn giải quyết việc làm cho 56.880 lượt lao động.",
     {("Can Tho", "jobs_created", 2023, 56880, "actual")}),
    ("DA NANG, March 2025. Q: What about growth?\n\nA: Cities like Hai Phong or Quang Ninh have been growing "
     "at double digits for years. So for 2025, we are aiming for growth of at least 10 percent.",
     {("Da Nang", "grdp_growth", 2025, 10, "target")}),
    ("Tra Vinh, 2024. By the end of 2023, Tra Vinh had brought its household poverty rate down to 1.13 "
     "percent. Soc Trang, just across the Hau River, still reported 4.28 percent. A province that creates "
     "20,000 jobs a year cannot keep its young people.",
     {("Tra Vinh", "poverty_rate", 2023, 1.13, "actual"),
      ("Soc Trang", "poverty_rate", 2023, 4.28, "actual")}),
    ("Lao Cai, May 2024. In 2023 we found jobs for 13,400 workers, compared with 12,900 the year before. "
     "The province has assigned us to create jobs for 13,000 people this year.",
     {("Lao Cai", "jobs_created", 2023, 13400, "actual"), ("Lao Cai", "jobs_created", 2022, 12900, "actual"),
      ("Lao Cai", "jobs_created", 2024, 13000, "target")}),
    ("CAN THO, January 9, 2026\n\nGRDP growth, % (2025 figures are preliminary)\n\n"
     "Province / city | 2025 result | 2026 target\n\nCan Tho | 7.91 | 10.0\n",
     {("Can Tho", "grdp_growth", 2025, 7.91, "actual"), ("Can Tho", "grdp_growth", 2026, 10, "target")}),
    ("Economy desk, December 30, 2025\n\n| Unit (pre-merger) | 2023 | 2024 | Notes |\n|---|---|---|---|\n"
     "| Hai Duong | 8.33 | 10.2¹ | |\n| Bac Ninh | -5.65 | 6.03 | 2023 contraction due to electronics slump "
     "|\n\n"
     "*GRDP growth, % at comparable prices.*\n¹ Revised; the figure first announced in December 2024 was "
     "9.7%.\n",
     {("Hai Duong", "grdp_growth", 2023, 8.33, "actual"), ("Hai Duong", "grdp_growth", 2024, 10.2, "actual"),
      ("Bac Ninh", "grdp_growth", 2023, -5.65, "actual"), ("Bac Ninh", "grdp_growth", 2024, 6.03, "actual")}),
    ("Quảng Ngãi, 12/12/2025. HĐND tỉnh thông qua Nghị quyết về kế hoạch năm 2026, với 100% đại biểu có mặt "
     "tán thành.", set()),
    ("NGHỊ QUYẾT\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nXét ý kiến đại "
     "biểu "
     "HĐND tỉnh Vĩnh Phúc tại kỳ họp ngày 10/12/2024;\n\nĐiều 1. Đánh giá tình hình thực hiện kế hoạch năm "
     "2024\nTốc độ tăng trưởng GRDP ước đạt 6,2%, thấp hơn kế hoạch đề ra (7%); giải quyết việc làm cho "
     "22.400 lao động.\n",
     {("Vinh Phuc", "grdp_growth", 2024, 6.2, "actual"), ("Vinh Phuc", "grdp_growth", 2024, 7, "target"),
      ("Vinh Phuc", "jobs_created", 2024, 22400, "actual")}),
    ("DA NANG, October 18, 2025\n\n- Jobs created in 2024: 36,020 (former Da Nang) and 21,300 (former Quang "
     "Nam)\n", {("Da Nang", "jobs_created", 2024, 36020, "actual"),
                ("Quang Nam", "jobs_created", 2024, 21300, "actual")}),
    ("Sóc Trăng, ngày 08/01/2024\n\n- Tăng trưởng GRDP: 7,05% (kế hoạch 6,5%), thuộc nhóm khá;\n",
     {("Soc Trang", "grdp_growth", 2023, 7.05, "actual"), ("Soc Trang", "grdp_growth", 2023, 6.5, "target")}),
])
def test_briefs_interviews_and_structured_documents(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Yen Bai, February 2025\n\nUnder the 2022-2025 standard, the province's poverty rate fell, although "
     "the mountainous districts still lag far behind:\n\n| Locality | End-2023 (%) | End-2024 (%) |\n"
     "|---|---|---|\n| Mu Cang Chai district | 38.52 | 33.10 |\n| Yen Bai city | 0.93 | 0.71 |\n"
     "| **Whole province** | **8.87** | **7.12** |\n",
     {("Yen Bai", "poverty_rate", 2023, 8.87, "actual"), ("Yen Bai", "poverty_rate", 2024, 7.12, "actual")}),
    ("GIA LAI, September 12, 2025 - Canh Lien commune handed over 46 houses. In Canh Lien, where almost all "
     "of the 3,600 residents are Bana, the poverty rate is still about 18%.", set()),
    ("Lai Châu, 1/2025. Huyện Mường Tè tổ chức hội nghị tổng kết. Năm 2024, tại Mường Tè, tỷ lệ hộ nghèo "
     "còn 28,5%; ông Lò Văn Mường Tè phát biểu. Tỷ lệ hộ nghèo toàn tỉnh Lai Châu còn 12,4%.",
     {("Lai Chau", "poverty_rate", 2024, 12.4, "actual")}),
    ("LANG SON, January 14, 2025 - Van Lang district held its review. Over the year the district organised "
     "training for 1,150 rural workers and helped 620 local people find jobs.", set()),
    ("Ninh Binh, June 9, 2025\n\nThe tourism week closed on Sunday. Organisers said the week received around "
     "95,000 visitors.", {("Ninh Binh", "attendance", 2025, 95000, "actual")}),
    ("Quang Ninh, January 6, 2025. Provincial GRDP expanded 11.03%, extending a run of double-digit growth "
     "that began in 2015.", {("Quang Ninh", "grdp_growth", 2024, 11.03, "actual")}),
    ("BUON MA THUOT, January 3, 2025 – As Dak Lak turns the page on 2024, a look back. The provincial "
     "economy grew 6.61% in 2024, below the 7% target set by the People's Council but an improvement on "
     "2023. Dak Lak welcomed about 1.4 million visitors, ahead "
     "of the Buon Ma Thuot Coffee Festival in March 2025.",
     {("Dak Lak", "grdp_growth", 2024, 6.61, "actual"), ("Dak Lak", "grdp_growth", 2024, 7, "target")}),
    ("Tây Ninh, 1/2026. Số người tham gia bảo hiểm xã hội bắt buộc và tự nguyện đạt trên 620.000 người.",
     set()),
    ("Nam Định, 26/6/2025. Toàn tỉnh có 23.648 thí sinh đăng ký dự thi. Tại buổi thi sáng nay, có 23.571 thí "
     "sinh dự thi; 77 thí sinh vắng mặt.", {("Nam Dinh", "attendance", 2025, 23571, "actual")}),
    ("Ben Tre, January 2025. GRDP in 2024 is estimated to grow 6.25% over 2023.",
     {("Ben Tre", "grdp_growth", 2024, 6.25, "actual")}),
    ("Hà Tĩnh, ngày 10/12/2025\n\nIII. ĐỊNH HƯỚNG\n- Tỷ lệ hộ nghèo năm 2026 dưới 2%;\n- Phấn đấu 50% số xã "
     "đạt chuẩn nông thôn mới hiện đại.\n", {("Ha Tinh", "poverty_rate", 2026, 2, "target")}),
])
def test_districts_bulletins_and_rural_reviews(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bắc Ninh, ngày 5/1/2024. GRDP năm 2023 ước giảm 6,18% so với năm 2022.",
     {("Bac Ninh", "grdp_growth", 2023, -6.18, "actual")}),
    ("Hà Tĩnh, ngày 11/7/2024. Sở Kế hoạch và Đầu tư dự báo tăng trưởng cả năm 2024 của tỉnh chỉ đạt khoảng "
     "bảy phần trăm, thấp hơn chỉ tiêu 8% mà Nghị quyết HĐND tỉnh đề ra.",
     {("Ha Tinh", "grdp_growth", 2024, 7, "target"), ("Ha Tinh", "grdp_growth", 2024, 8, "target")}),
    ("Hà Tĩnh, ngày 11/7/2024\n\nTheo báo cáo, 6 tháng đầu năm, GRDP của tỉnh ước đạt 6,05%. Toàn tỉnh đã "
     "giải quyết việc làm cho 9.850 lao động.\n", set()),
    ("THAI BINH - The conference on December 24, 2024 reviewed the year. The household poverty rate fell to "
     "1.65% by year-end.", {("Thai Binh", "poverty_rate", 2024, 1.65, "actual")}),
    ("Lai Châu, ngày 8/7/2025. Trong 6 tháng toàn tỉnh đã giải quyết việc làm cho ba nghìn hai trăm lao "
     "động, đạt 53% kế hoạch năm là 6.000 lao động.", {("Lai Chau", "jobs_created", 2025, 6000, "target")}),
    ("Cần Thơ, ngày 7/1/2026\n\nTăng trưởng theo khu vực kinh tế năm 2025 (%)\n\nKhu vực | Tăng so với năm "
     "2024\n\nNông, lâm nghiệp và thủy sản | 3,12\n\nThuế sản phẩm trừ trợ cấp sản phẩm | 6,50\n", set()),
    ("Da Nang's 2023 growth revised up to 3.01%\n\nDa Nang's economy grew 3.01% in 2023, the statistics "
     "office said on Tuesday. The number was revised up from the preliminary estimate of 2.58%.",
     {("Da Nang", "grdp_growth", 2023, 3.01, "actual")}),
    ("Gia Lai, ngày 10/3/2025. Tăng trưởng GRDP năm 2024 của Gia Lai đã được điều chỉnh từ 7,06% lên 7,15%.",
     {("Gia Lai", "grdp_growth", 2024, 7.15, "actual")}),
    ("Nghệ An, ngày 14/1/2026. GRDP năm 2025 của tỉnh Nghệ An đạt 9,62%, cao hơn mức 9,3% ước tính tại kỳ "
     "họp HĐND tỉnh.", {("Nghe An", "grdp_growth", 2025, 9.62, "actual")}),
    ("Ha Giang, May 20, 2025\n\nThe province's poverty rate fell steadily over the past three years:\n\n"
     "Indicator | End-2022 | End-2023 | End-2024\n\nPoverty rate (%) | 34.27 | 28.53 | 22.83\n",
     {("Ha Giang", "poverty_rate", 2022, 34.27, "actual"),
      ("Ha Giang", "poverty_rate", 2023, 28.53, "actual"),
      ("Ha Giang", "poverty_rate", 2024, 22.83, "actual")}),
    ("December 2025. Soc Trang, the poorest of the three units folded into the new Can Tho, still counted "
     "3.35% of its households as poor in 2024.", {("Soc Trang", "poverty_rate", 2024, 3.35, "actual")}),
    ("THANH HOA, Nov 21, 2025 - By mid-morning about 1,500 people had come through the doors of the "
     "recruitment day, officials said.", {("Thanh Hoa", "attendance", 2025, 1500, "actual")}),
    ("Vĩnh Long, ngày 5/1/2026. Quy mô dân số gần 4,3 triệu người đặt ra áp lực lớn về việc làm.", set()),
    ("In Dien Bien, the remote northwestern province best known for the 1954 battle that ended French rule "
     "in Indochina, 25.04 percent of households were still poor at the end of 2023.",
     {("Dien Bien", "poverty_rate", 2023, 25.04, "actual")}),
])
def test_reviews_revisions_and_superseded_estimates(extractor: Extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quảng Trị, ngày 8/1/2026. Song song, tỉnh đã rà soát theo chuẩn nghèo đa chiều giai đoạn 2026-2030. "
     "Tính đến ngày 31/12/2025, toàn tỉnh có 31.560 hộ nghèo, chiếm 7,46%, và 22.090 hộ cận nghèo, chiếm "
     "5,22% theo chuẩn mới. Theo chuẩn giai đoạn 2022-2025, tỷ lệ hộ nghèo toàn tỉnh còn 2,87%.",
     {("Quang Tri", "poverty_rate", 2025, 7.46, "actual", "2026-2030"),
      ("Quang Tri", "poverty_rate", 2025, 2.87, "actual", "2022-2025")}),
    ("Gia Lai, December 2025. The household poverty rate of the enlarged province is estimated at about 3.9% "
     "at the end of this year, while poverty among ethnic-minority households, mainly Jrai and Bahnar, is "
     "still 9.7%.", {("Gia Lai", "poverty_rate", 2025, 3.9, "actual", None)}),
    ("Cao Bằng, ngày 5/1/2026. Tỷ lệ hộ nghèo của tỉnh giảm từ 34,96% vào cuối năm 2021 xuống còn 15,26% vào "
     "cuối năm 2025.", {("Cao Bang", "poverty_rate", 2021, 34.96, "actual", None),
                          ("Cao Bang", "poverty_rate", 2025, 15.26, "actual", None)}),
    ("HA LONG, January 4, 2025 – Quang Ninh province on Saturday held a conference to review its 2024 "
     "performance and launch tasks for 2025, attended by some 450 delegates.",
     {("Quang Ninh", "attendance", 2025, 450, "actual", None)}),
    ("Lạng Sơn, ngày 10/1/2025. Tổng sản phẩm trên địa bàn tỉnh năm 2024 ước đạt 7,45%, đứng thứ 6/14 tỉnh "
     "vùng trung du và miền núi phía Bắc và cao hơn hẳn năm 2023 (tăng 4,1%).",
     {("Lang Son", "grdp_growth", 2024, 7.45, "actual", None),
      ("Lang Son", "grdp_growth", 2023, 4.1, "actual", None)}),
    ("Báo điện tử, 10/01/2024. Tại khu vực phía Nam của vùng, Ninh Bình tăng 7,52% trong năm 2023, nhờ du "
     "lịch phục hồi mạnh.", {("Ninh Binh", "grdp_growth", 2023, 7.52, "actual", None)}),
    ("Gia Lai, ngày 5/1/2026. GRDP của tỉnh tăng 7,83%. Trong đó, khu vực phía Đông (Bình Định cũ) tăng "
     "8,6%.", {("Gia Lai", "grdp_growth", 2025, 7.83, "actual", None)}),
    ("CAN THO, January 15, 2025 – The 13 provinces and cities of the Mekong Delta closed 2024 with combined "
     "GRDP growth of about 6.3%.", set()),
    ("Đà Nẵng, ngày 6/1/2026. Năm đầu tiên vận hành theo mô hình tỉnh mới, chỉ một địa phương vượt mốc 9%.",
     set()),
])
def test_round_ups_standards_and_reviewed_years(extractor: Extractor, text: str, expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lạng Sơn, ngày 1/1/2024. Sáng nay, UBND tỉnh Lạng Sơn tổ chức lễ khởi công cao tốc Đồng Đăng – Trà "
     "Lĩnh. Dự lễ có lãnh đạo tỉnh Cao Bằng cùng hơn 1.000 đại biểu và nhân dân địa phương.",
     {("Lang Son", "attendance", 2024, 1000, "actual", None)}),
    ("Quảng Trị: Khánh thành Trung tâm Tim mạch tại Bệnh viện Cu Ba Đồng Hới\n\nNgày 22/8/2025, tỉnh khánh "
     "thành trung tâm. Trước đây nhiều ca phải chuyển vào Huế điều trị.\n\nTỉnh đang tập trung tháo gỡ khó "
     "khăn, phấn đấu tăng trưởng GRDP cả năm 2025 đạt trên 8%.",
     {("Quang Tri", "grdp_growth", 2025, 8.0, "target", None)}),
    ("LAI CHAU, June 20, 2024 – The hospital serves a province where the household poverty rate stood at "
     "22.4% at the end of 2023 under the 2022-2025 multidimensional standard.",
     {("Lai Chau", "poverty_rate", 2023, 22.4, "actual", "2022-2025")}),
    ("LONG AN, October 8, 2024 – Once filled, the park is forecast to create 45,000 jobs, according to the "
     "provincial Department of Planning and Investment.", set()),
    ("Sóc Trăng, ngày 10/4/2025. Theo bà Trần Thị Kim Loan, Giám đốc Trung tâm Dịch vụ việc làm, năm qua "
     "toàn tỉnh đã giải quyết việc làm cho 23.680 lao động.",
     {("Soc Trang", "jobs_created", 2024, 23680, "actual", None)}),
    ("Dak Lak, November 2025. In the first ten months of 2025 the enlarged province created jobs for 38,400 "
     "people, and it targets 45,000 for the full year.",
     {("Dak Lak", "jobs_created", 2025, 45000, "target", None)}),
    ("Hanoi, January 14, 2025 — Bac Ninh recovered from its 2023 contraction with growth of 6.03%.",
     {("Bac Ninh", "grdp_growth", 2024, 6.03, "actual", None)}),
    ("Phú Thọ, ngày 7/4/2025. Trong ngày chính hội Giỗ Tổ Hùng Vương, ước khoảng 500.000 lượt người dân và "
     "du khách đã về dâng hương tưởng niệm các Vua Hùng.",
     {("Phu Tho", "attendance", 2025, 500000, "actual", None)}),
    ("Thanh Hoa, January 6, 2026\n\n| Indicator | 2021-2025 plan | 2025 result | 2026 target |\n"
     "|---|---|---|---|\n"
     "| Household poverty rate | down 1.5 points a year | 1.41% | down 1.0 point (2026-2030 standard) |\n"
     "| Workers given jobs | 65,000 a year on average | 68,500 | 70,000 |\n\n"
     "*Poverty rate for 2025 is measured under the 2022-2025 multidimensional standard.*",
     {("Thanh Hoa", "poverty_rate", 2025, 1.41, "actual", "2022-2025"),
      ("Thanh Hoa", "jobs_created", 2025, 68500, "actual", None),
      ("Thanh Hoa", "jobs_created", 2026, 70000, "target", None)}),
    ("Hà Tĩnh, 22/10/2025\n\n"
     "| Chỉ tiêu | Nghị quyết nhiệm kỳ 2020-2025 | Thực hiện | Mục tiêu nhiệm kỳ 2025-2030 |\n"
     "|---|---|---|---|\n"
     "| Tốc độ tăng trưởng GRDP | bình quân 8-8,5%/năm | bình quân 6,9%/năm; năm 2025 đạt 7,8% "
     "| bình quân từ 10%/năm trở lên |\n"
     "| Tỷ lệ hộ nghèo | giảm bình quân 1-1,5%/năm | 1,62% cuối năm 2025 (chuẩn 2022-2025) "
     "| dưới 3% vào năm 2030 (chuẩn 2026-2030) |\n"
     "| Giải quyết việc làm | bình quân 22.000 lao động/năm | 23.500 lao động năm 2025 "
     "| bình quân 24.000 lao động/năm |\n\n"
     "Việc vượt mức tăng trưởng 10% trong 5 năm tới không phải là điều dễ dàng.",
     {("Ha Tinh", "grdp_growth", 2025, 7.8, "actual", None),
      ("Ha Tinh", "poverty_rate", 2025, 1.62, "actual", "2022-2025"),
      ("Ha Tinh", "poverty_rate", 2030, 3.0, "target", "2026-2030"),
      ("Ha Tinh", "jobs_created", 2025, 23500, "actual", None)}),
    ("Hà Tĩnh, ngày 22/10/2025. Tốc độ tăng trưởng GRDP giai đoạn 2021-2025 bình quân 6,9%/năm, "
     "riêng năm 2025 đạt 7,8%.", {("Ha Tinh", "grdp_growth", 2025, 7.8, "actual", None)}),
    ("November 20, 2025 — Q: What is your estimate for 2025?\n\nA: The first nine months came in at "
     "8.4 percent, and we expect Tay Ninh to grow about 9 percent for the full year. For 2026, our "
     "target is to provide jobs for 62,000 workers.",
     {("Tay Ninh", "grdp_growth", 2025, 9.0, "target", None),
      ("Tay Ninh", "jobs_created", 2026, 62000, "target", None)}),
    ("Điện Biên, ngày 5/11/2025. Tỉnh phấn đấu mỗi năm giảm 3-4% tỷ lệ hộ nghèo và đến năm 2030, "
     "tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2026-2030 còn dưới 10%.",
     {("Dien Bien", "poverty_rate", 2030, 10.0, "target", "2026-2030")}),
])
def test_guests_mixed_table_cells_and_full_year_targets(extractor: Extractor, text: str,
                                                        expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quy Nhon, August 11, 2025. More than 11,000 runners from 42 countries took to the coastal roads of Quy "
     "Nhon on Sunday. Hotels in Quy Nhon reported occupancy above 90% over the weekend, he said, and the "
     "province had set itself the goal of GRDP growth of at least 8% for the whole of 2025.",
     {("Gia Lai", "attendance", 2025, 11000, "actual", None),
      ("Gia Lai", "grdp_growth", 2025, 8.0, "target", None)}),
    ("Sáng 2/9/2025, UBND xã Lệ Thủy (tỉnh Quảng Trị) tổ chức Lễ hội đua thuyền trên sông Kiến Giang. "
     "Lễ hội thu hút khoảng 40.000 người dân và du khách đến xem, cổ vũ.",
     {("Quang Tri", "attendance", 2025, 40000, "actual", None)}),
    ("Tối 23/4/2025, Sở Văn hóa tỉnh Quảng Nam tổng kết Hội sách tỉnh. Sau 5 ngày tổ chức (19 – 23/4), hội "
     "sách đã thu hút hơn 15.000 lượt bạn đọc.", {("Quang Nam", "attendance", 2025, 15000, "actual", None)}),
    ("Tra Vinh University Open Day welcomes 8,000 students and parents\n\nTra Vinh University opened its "
     "doors to about 8,000 high school students and parents on March 16, 2025. The school said 94% of its "
     "2023 graduates found jobs within a year of graduation.",
     {("Tra Vinh", "attendance", 2025, 8000, "actual", None)}),
    ("HO CHI MINH CITY — The Vung Tau Book Festival, held from September 24 to 28, 2025, welcomed some "
     "35,000 visitors. The enlarged city accounts for nearly a quarter of the country's GDP and is targeting "
     "economic growth of at least 8.5% for the whole of 2025.",
     {("Ho Chi Minh City", "attendance", 2025, 35000, "actual", None),
      ("Ho Chi Minh City", "grdp_growth", 2025, 8.5, "target", None)}),
    ("Tối 14/6/2025, UBND tỉnh Bắc Giang khai mạc Tuần lễ Vải thiều. Lễ khai mạc có sự tham dự của lãnh đạo "
     "các bộ, hơn 200 doanh nghiệp thu mua, xuất khẩu nông sản và khoảng 12.000 người dân, du khách.",
     {("Bac Giang", "attendance", 2025, 12000, "actual", None)}),
    ("Sáng 8/2/2025, UBND tỉnh Quảng Ninh tổ chức Lễ khai hội Xuân Yên Tử. Dự lễ khai hội có lãnh đạo tỉnh "
     "Quảng Ninh, các tỉnh bạn cùng khoảng 20.000 tăng ni, phật tử và du khách. Ông cũng chia sẻ, năm 2024, "
     "kinh tế Quảng Ninh vẫn tăng trưởng 10,05%.",
     {("Quang Ninh", "attendance", 2025, 20000, "actual", None),
      ("Quang Ninh", "grdp_growth", 2024, 10.05, "actual", None)}),
    ("Thanh Hóa, 20/1/2026. UBND tỉnh phê duyệt kết quả rà soát hộ nghèo cuối năm 2025 theo chuẩn nghèo đa "
     "chiều giai đoạn 2022-2025, đồng thời công bố kết quả rà soát lần đầu theo chuẩn nghèo giai đoạn "
     "2026-2030. Năm 2026, Thanh Hóa đặt chỉ tiêu giảm tỷ lệ hộ nghèo theo chuẩn mới xuống còn 4,5%.",
     {("Thanh Hoa", "poverty_rate", 2026, 4.5, "target", "2026-2030")}),
    ("Sóc Trăng, ngày 11/3/2025. Tỷ lệ hộ nghèo toàn tỉnh giảm xuống còn 3,92%; song tỷ lệ hộ nghèo "
     "Khmer vẫn ở mức 7,6%. Khoảng 70% hộ nghèo thiếu hụt về việc làm.",
     {("Soc Trang", "poverty_rate", 2024, 3.92, "actual", None)}),
    ("BUON MA THUOT, 2026. Dak Lak's coffee boom continues. Across the whole of Vietnam, economic growth "
     "reached 8.02% in 2025.", set()),
    ("Government assigns 2025 growth targets to every locality\n\nHANOI — Da Nang is assigned 10%. "
     "The ministry said 28 localities had been assigned growth of 8% or more, while no province would be "
     "allowed to target less than 6.5%.", {("Da Nang", "grdp_growth", 2025, 10.0, "target", None)}),
    ("HO CHI MINH CITY, December 2025. The city helped 348,500 workers find jobs during the year, while "
     "employers reported around 120,000 job losses. The employment centre forecasts demand for some "
     "300,000 workers in 2026. Poor households accounted for 0.08% of the total at the end of 2025.",
     {("Ho Chi Minh City", "jobs_created", 2025, 348500, "actual", None),
      ("Ho Chi Minh City", "poverty_rate", 2025, 0.08, "actual", None)}),
    ("Ha Tinh, December 12, 2025\n\n| Indicator | 2025 result (est.) | 2026 target | Notes |\n"
     "|---|---|---|---|\n"
     "| Multidimensional poverty rate | 2.12% (2022-2025 standard) | cut by 1.5 points | "
     "ethnic-minority households: 9.4% |\n",
     {("Ha Tinh", "poverty_rate", 2025, 2.12, "actual", "2022-2025")}),
    ("BUON MA THUOT — Dak Lak's economy will need to accelerate in the second half if the province is to "
     "hit its 2024 growth target of 7.5%, deputies heard on July 9, 2024.",
     {("Dak Lak", "grdp_growth", 2024, 7.5, "target", None)}),
    ("Ngày 2/7/2025, HĐND thành phố Cần Thơ tổ chức Kỳ họp thứ nhất. HĐND thành phố hiện có 155 đại biểu, "
     "trong đó 149 đại biểu có mặt tại kỳ họp.", {("Can Tho", "attendance", 2025, 149, "actual", None)}),
])
def test_crowds_assigned_targets_and_shares_of_the_poor(extractor: Extractor, text: str,
                                                       expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# An Giang: Kinh tế năm 2025 tăng trưởng 8,12%\n\n| Khu vực | Tỷ trọng (%) | Tốc độ tăng (%) |\n"
     "|---|---|---|\n| Dịch vụ | 41,9 | 10,36 |\n| **Tổng GRDP** | **100** | **8,12** |\n",
     {("An Giang", "grdp_growth", 2025, 8.12, "actual", None)}),
    ("Samsung supplier opens second Thai Nguyen factory as province eyes 2026 jobs push\n\n"
     "THAI NGUYEN, August 2025 - Thai Nguyen aims to create jobs for 32,000 workers in 2026.",
     {("Thai Nguyen", "jobs_created", 2026, 32000, "target", None)}),
    ("Bắc Giang: Hơn 3.000 lao động tìm việc tại phiên giao dịch việc làm đầu xuân\n\n"
     "Ngày 12/2/2025, Trung tâm Dịch vụ việc làm tỉnh Bắc Giang tổ chức phiên giao dịch việc làm đầu xuân.",
     set()),
    ("Nghệ An, ngày 20/8/2025. Hiện các khu công nghiệp tỉnh Nghệ An đang thu hút 151 dự án, tạo việc làm "
     "cho hơn 50.000 lao động. Năm 2024, tỉnh giải quyết việc làm cho 46.500 lao động.",
     {("Nghe An", "jobs_created", 2024, 46500, "actual", None)}),
    ("Khánh Hòa, 5/1/2025. Theo Sở Du lịch, ngành du lịch tạo thêm khoảng 5.000 việc làm mới trong năm.",
     set()),
    ("LAO CAI, January 10, 2025 - For 2025, Lao Cai aims to receive 9 million visitors. Its overall "
     "economic growth was 7.1 percent in 2024, below the target.",
     {("Lao Cai", "grdp_growth", 2024, 7.1, "actual", None)}),
    ("Hội Xuân Núi Bà Đen 2025 đón gần 2,8 triệu lượt khách\n\nTây Ninh, 13/2/2025 – Hội Xuân Núi Bà Đen "
     "năm 2025 đã khép lại với gần 2,8 triệu lượt khách. Đêm rằm tháng Giêng có thời điểm hơn 200.000 "
     "người cùng lúc có mặt tại khu vực chân núi.",
     {("Tay Ninh", "attendance", 2025, 2800000, "actual", None)}),
    ("LAO CAI, January 10, 2025 - The conference, attended by some 300 delegates, reviewed the tourism "
     "year. Officials said the Sa Pa Winter Festival in December, which drew around 20,000 visitors, "
     "helped the sector recover.",
     {("Lao Cai", "attendance", 2025, 300, "actual", None)}),
    ("QUY NHON, November 21, 2025 - Some 600 fishermen and their families turned out in Quy Nhon Dong "
     "ward on Friday morning to receive new boat engines.",
     {("Gia Lai", "attendance", 2025, 600, "actual", None)}),
    ("Thái Nguyên, 3/10/2025. Mưa lũ đã làm khoảng 6.000 lao động bị gián đoạn việc làm. HAI PHONG - "
     "Around 30,000 workers had to stop work temporarily after Yagi.", set()),
    ("PLEIKU, October 14, 2025 - The household poverty rate of Gia Lai fell by an average of 1.4 "
     "percentage points a year and stood at 2.08% at the end of 2025, measured against the 2022-2025 "
     "multidimensional poverty standard.",
     {("Gia Lai", "poverty_rate", 2025, 2.08, "actual", "2022-2025")}),
    ("BIEN HOA, October 2025. The economy of Dong Nai grew 9.45% in 2025, well above the 7.4% a-year "
     "average of the term.\n\n| Indicator | 2021-2025 result | 2026-2030 target |\n|---|---|---|\n"
     "| Average GRDP growth | 7.4% a year | 10% a year or more |\n"
     "| Household poverty rate, end-2025 (2022-2025 standard) | 0.21% | – |\n"
     "| Jobs created in 2025 | 93,600 | – |\n| Jobs created, annual average | 85,000 | 90,000 |\n",
     {("Dong Nai", "grdp_growth", 2025, 9.45, "actual", None),
      ("Dong Nai", "poverty_rate", 2025, 0.21, "actual", "2022-2025"),
      ("Dong Nai", "jobs_created", 2025, 93600, "actual", None)}),
    ("Quang Ninh Party congress reviews a decade\n\nHA LONG – The 16th Congress of the Quang Ninh "
     "Provincial Party Organisation, 2025-2030 term, opened on September 24 with 350 delegates attending.",
     {("Quang Ninh", "attendance", 2025, 350, "actual", None)}),
    ("Đà Lạt, ngày 14/10/2025. Đại hội Đảng bộ tỉnh Lâm Đồng khai mạc.\n\n| Chỉ tiêu | Kết quả nhiệm kỳ "
     "2020-2025 | Mục tiêu nhiệm kỳ 2025-2030 |\n|---|---|---|\n"
     "| Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều giai đoạn 2022-2025) | còn 1,02% (cuối năm 2025) | — |\n\n"
     "Để tạo đà cho cả nhiệm kỳ, riêng năm 2026, tỉnh phấn đấu tạo việc làm mới cho 52.000 lao động.",
     {("Lam Dong", "poverty_rate", 2025, 1.02, "actual", "2022-2025"),
      ("Lam Dong", "jobs_created", 2026, 52000, "target", None)}),
])
def test_share_columns_passing_events_and_rows_that_name_their_year(extractor: Extractor, text: str,
                                                                     expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# Bac Lieu Agricultural and Trade Fair 2024 closes\n\n*Bac Lieu, December 16, 2024*\n\n"
     "| Item | 2023 fair | 2024 fair |\n|---|---|---|\n| Booths | 250 | 320 |\n"
     "| Visitors (seven days) | about 95,000 | about 120,000 |\n",
     {("Bac Lieu", "attendance", 2024, 120000, "actual", None)}),
    ("BAC NINH, July 18, 2025 — The Luc Ngan lychee festival, held on June 6-8 in what was then Bac Giang "
     "province, drew more than 60,000 visitors over its three days.",
     {("Bac Giang", "attendance", 2025, 60000, "actual", None)}),
    ("Thái Bình, 26/12/2024. Trung tâm Dịch vụ việc làm tỉnh Thái Bình đã tổ chức 48 phiên giao dịch "
     "việc làm, thu hút 12.600 lượt người lao động tham gia; tư vấn, giới thiệu việc làm cho hơn "
     "21.000 lượt người.",
     set()),
    ("Gia Lai: Hơn 3.500 lượt lao động dự Ngày hội việc làm tại phường Quy Nhơn\n\nNgày 15/8/2025, "
     "Ngày hội việc làm tỉnh Gia Lai thu hút hơn 3.500 lượt người lao động đến tìm hiểu.",
     {("Gia Lai", "attendance", 2025, 3500, "actual", None)}),
    ("*Cần Thơ, 12/01/2026* — Theo báo cáo, năm 2025 toàn thành phố Cần Thơ giải quyết việc làm cho 76.180 "
     "lao động. Số liệu theo từng khu vực như sau:\n\n"
     "| Khu vực | Năm 2024 (lao động) | Năm 2025 (lao động) |\n|---|---|---|\n"
     "| Thành phố Cần Thơ (cũ) | 36.850 | 38.020 |\n| Tỉnh Hậu Giang (cũ) | 14.600 | 15.110 |\n"
     "| **Toàn thành phố** | **51.450** | **53.130** |\n",
     {("Can Tho", "jobs_created", 2025, 76180, "actual", None),
      ("Can Tho", "jobs_created", 2024, 36850, "actual", None),
      ("Hau Giang", "jobs_created", 2024, 14600, "actual", None)}),
    ("BEN TRE, October 2025 - Vinh Long had found jobs for 41,200 workers in the first nine months of 2025 "
     "and aims to reach 55,000 for the whole year.",
     {("Vinh Long", "jobs_created", 2025, 55000, "target", None)}),
    ("Thái Bình, 26/12/2024. Năm 2024 toàn tỉnh Thái Bình giải quyết việc làm mới cho 35.120 lao động, tăng "
     "1.090 lao động so với năm 2023 (năm 2023 đạt 34.030 lao động).",
     {("Thai Binh", "jobs_created", 2024, 35120, "actual", None),
      ("Thai Binh", "jobs_created", 2023, 34030, "actual", None)}),
    ("THANH HOA, January 12, 2026. Thanh Hoa reviewed its poor households under the 2022-2025 and the "
     "2026-2030 poverty standards.\n\nThe picture changes once the new criteria are applied. Counting as of "
     "December 31, 2025, the review found 58,310 poor households, equal to 5.17% of all households in the "
     "province.\n\nFor the 2026-2030 period, the province plans to cut the poverty rate under the new "
     "standard by 1-1.5 percentage points a year and aims to bring it below 1.5% by 2030.",
     {("Thanh Hoa", "poverty_rate", 2025, 5.17, "actual", "2026-2030"),
      ("Thanh Hoa", "poverty_rate", 2030, 1.5, "target", "2026-2030")}),
    ("Kon Tum, ngày 20/1/2025. Kết quả rà soát cuối năm 2024 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 "
     "cho thấy, tỉnh Kon Tum còn 12.586 hộ nghèo, tỷ lệ 8,50%, giảm 2,79% so với năm 2023 (năm 2023 tỷ lệ "
     "hộ nghèo là 11,29%).",
     {("Kon Tum", "poverty_rate", 2024, 8.5, "actual", "2022-2025"),
      ("Kon Tum", "poverty_rate", 2023, 11.29, "actual", "2022-2025")}),
    ("SON LA, October 2024. The household poverty rate of Son La stood at 13.32% at the end of 2023, down "
     "from 18.51% two years earlier.",
     {("Son La", "poverty_rate", 2023, 13.32, "actual", None),
      ("Son La", "poverty_rate", 2021, 18.51, "actual", None)}),
    ("OPINION | February 20, 2025\n\nGRDP growth in 2024, selected northern localities\n\n"
     "| Locality | 2024 growth | Processing & manufacturing growth |\n|---|---|---|\n"
     "| Bac Giang | 13.85% | 21.4% |\n| Bac Ninh | 6.03% | 4.8% |\n",
     {("Bac Giang", "grdp_growth", 2024, 13.85, "actual", None),
      ("Bac Ninh", "grdp_growth", 2024, 6.03, "actual", None)}),
    ("Magazine feature – The megacity that emerged on 1 July 2025 from the merger of Ho Chi Minh City, Binh "
     "Duong and Ba Ria – Vung Tau met its chairman in mid-January 2026. For most of the past decade the old "
     "Ho Chi Minh City grew more slowly than the national average; in 2024 it managed 7.17%. The "
     "resolution of the City Party Congress sets GRDP growth of at least 10% for 2026.",
     {("Ho Chi Minh City", "grdp_growth", 2024, 7.17, "actual", None),
      ("Ho Chi Minh City", "grdp_growth", 2026, 10.0, "target", None)}),
    ("Thanh Hóa, ngày 5/2/2024. Đúng là năm 2023 rất khó khăn. Nhưng nhờ chủ động kết nối cung - cầu, tổ "
     "chức 90 phiên giao dịch việc làm với trên 35.000 chỉ tiêu tuyển dụng, tỉnh Thanh Hóa vẫn giải quyết "
     "việc làm cho 68.520 lao động trong năm 2023.",
     {("Thanh Hoa", "jobs_created", 2023, 68520, "actual", None)}),
])
def test_fair_tables_bracketed_baselines_and_the_new_criteria(extractor: Extractor, text: str,
                                                              expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HAI DUONG, 6 January 2025. Thirty-six thousand workers found new jobs in Hai Duong last year.",
     {("Hai Duong", "jobs_created", 2024, 36000, "actual", None)}),
    ("Lạng Sơn, 12/12/2025. Kinh tế tỉnh Lạng Sơn tăng trưởng 8,05%, vượt mục tiêu đề ra (8%). Giải quyết "
     "việc làm mới cho hơn mười hai nghìn lao động.",
     {("Lang Son", "grdp_growth", 2025, 8.05, "actual", None),
      ("Lang Son", "grdp_growth", 2025, 8.0, "target", None),
      ("Lang Son", "jobs_created", 2025, 12000, "actual", None)}),
    ("Hà Giang, 10/12/2024. Tốc độ tăng trưởng GRDP tỉnh Hà Giang năm 2024 ước đạt 6,12%, cao hơn mức 5,6% "
     "của năm trước nhưng chưa đạt kế hoạch 6,5%.",
     {("Ha Giang", "grdp_growth", 2024, 6.12, "actual", None),
      ("Ha Giang", "grdp_growth", 2023, 5.6, "actual", None),
      ("Ha Giang", "grdp_growth", 2024, 6.5, "target", None)}),
    ("Sáng Chủ nhật 24/8/2025, hơn năm nghìn vận động viên đã cùng xuất phát tại Quảng trường Nguyễn Tất "
     "Thành, phường Quy Nhơn, tỉnh Gia Lai.", {("Gia Lai", "attendance", 2025, 5000, "actual", None)}),
    ("Cần Thơ, 15/11/2025. Năm 2024, thành phố Cần Thơ đã giải quyết việc làm cho 53.870 lao động; hai tỉnh "
     "Sóc Trăng và Hậu Giang cũ lần lượt là 22.400 và 13.150 lao động.",
     {("Can Tho", "jobs_created", 2024, 53870, "actual", None),
      ("Soc Trang", "jobs_created", 2024, 22400, "actual", None),
      ("Hau Giang", "jobs_created", 2024, 13150, "actual", None)}),
    ("Gia Nghia, 12 June 2025\n\nHousehold poverty rate, Dak Nong (2021–2025 multidimensional standard)\n\n"
     "Year-end | Poor households | Rate\n\n2023 | 12,480 | 6.76%\n\n2024 | 8,610 | 4.66%\n",
     {("Dak Nong", "poverty_rate", 2023, 6.76, "actual", "2021-2025"),
      ("Dak Nong", "poverty_rate", 2024, 4.66, "actual", "2021-2025")}),
    ("*Viet Tri, December 10, 2025*\n\n| Indicator | Unit | 2025 plan | 2025 estimate "
     "| 2025 est. vs 2024 (%) | 2026 plan |\n|---|---|---|---|---|---|\n"
     "| GRDP growth of Phu Tho | % | 8.0 | 8.47 | – | 10.0 |\n",
     {("Phu Tho", "grdp_growth", 2025, 8.0, "target", None),
      ("Phu Tho", "grdp_growth", 2025, 8.47, "actual", None),
      ("Phu Tho", "grdp_growth", 2026, 10.0, "target", None)}),
    ("Cần Thơ, 10/12/2025. Tỷ lệ hộ nghèo toàn thành phố Cần Thơ còn 1,96%. So với thời điểm cuối năm 2024, "
     "tỷ lệ hộ nghèo giảm 0,87 điểm phần trăm. Tại địa bàn tỉnh Sóc Trăng cũ, tỷ lệ hộ nghèo vẫn là 3,45%.",
     {("Can Tho", "poverty_rate", 2025, 1.96, "actual", None)}),
    ("RACH GIA, December 2025. An Giang's GRDP grew 7.25% in 2025, short of the 8.5% originally targeted.",
     {("An Giang", "grdp_growth", 2025, 7.25, "actual", None),
      ("An Giang", "grdp_growth", 2025, 8.5, "target", None)}),
    ("Đồng bằng sông Cửu Long, 5/1/2026 – Sau 5 năm thực hiện chuẩn nghèo đa chiều giai đoạn 2022-2025, bức "
     "tranh giảm nghèo của vùng đã thay đổi.\n\nTại Cà Mau, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều "
     "giai đoạn 2022-2025 giảm còn 1,12%.\n\nVĩnh Long có tỷ lệ hộ nghèo 1,47%.",
     {("Ca Mau", "poverty_rate", 2025, 1.12, "actual", "2022-2025"),
      ("Vinh Long", "poverty_rate", 2025, 1.47, "actual", "2022-2025")}),
    ("Cà Mau, 22/11/2025. Năm 2025, tỉnh Cà Mau phấn đấu giải quyết việc làm cho 36.000 lao động, đến nay "
     "đã đạt 31.200 lao động, bằng 86,7% kế hoạch.",
     {("Ca Mau", "jobs_created", 2025, 36000, "target", None)}),
    ("Đồng Nai, 20/12/2025. Toàn khu vực Đông Nam Bộ đã giải quyết việc làm cho khoảng 780.000 lượt người. "
     "Trong đó, Thành phố Hồ Chí Minh (sau hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu) giải quyết việc làm "
     "cho hơn 452.000 lượt người.",
     {("Ho Chi Minh City", "jobs_created", 2025, 452000, "actual", None)}),
    ("HANOI, December 2025. The capital Hanoi approved a growth target of 11% for next year, up from the "
     "roughly 8% it expects to have achieved this year.",
     {("Ha Noi", "grdp_growth", 2026, 11.0, "target", None),
      ("Ha Noi", "grdp_growth", 2025, 8.0, "actual", None)}),
    ("Ninh Bình, 22/3/2025. Tăng trưởng giữa các địa phương vùng Đồng bằng sông Hồng còn chênh lệch, có tỉnh "
     "chỉ đạt khoảng 6%. HANOI - 11 provinces and cities reported household poverty rates below 1% in 2023.",
     set()),
])
def test_number_words_round_ups_and_plans_measured_against(extractor: Extractor, text: str,
                                                            expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("VINH, 20 February 2025. Under the 2022-2025 multidimensional standard, Nghe An's household poverty "
     "rate had come down to 3.47% by the end of 2024; the target set for the end of 2025 is below 2.5%.",
     {("Nghe An", "poverty_rate", 2024, 3.47, "actual", "2022-2025"),
      ("Nghe An", "poverty_rate", 2025, 2.5, "target", "2022-2025")}),
    ("New poverty line redraws the map\n\nVietnam News, 3 March 2026\n\nThe first review carried out under "
     "the multidimensional poverty standard for 2026-2030 has pushed poverty rates well above last year's."
     "\n\nUnder the 2026-2030 standard, Quang Ngai recorded a household poverty rate of 8.64% at the end of "
     "last year. In the enlarged Gia Lai, the rate stood at 7.15%.\n\nLam Dong had a rate of about 4.2%.",
     {("Quang Ngai", "poverty_rate", 2025, 8.64, "actual", "2026-2030"),
      ("Gia Lai", "poverty_rate", 2025, 7.15, "actual", "2026-2030"),
      ("Lam Dong", "poverty_rate", 2025, 4.2, "actual", "2026-2030")}),
    ("HAI PHONG, 10 May 2025. Hai Phong's GRDP grew 10.2% in 2024. Officials said the terminal is expected "
     "to generate around 2,500 direct jobs once in operation. The expansion is expected to provide about "
     "15,000 jobs at full occupancy.",
     {("Hai Phong", "grdp_growth", 2024, 10.2, "actual", None)}),
    ("Quảng Ninh, 12/10/2025. Năm 2024, Quảng Ninh giải quyết việc làm cho 17.000 lao động. Dự kiến cảng sẽ "
     "tạo việc làm trực tiếp cho khoảng 800 lao động.",
     {("Quang Ninh", "jobs_created", 2024, 17000, "actual", None)}),
    ("TUYEN QUANG, 12 July 2025. He said Tuyen Quang had set itself the task of reaching growth of 8% for "
     "the whole of 2025.",
     {("Tuyen Quang", "grdp_growth", 2025, 8.0, "target", None)}),
    ("Ring Road 3 opened\n\nTHU DAU MOT, April 28, 2025 — The section through Binh Duong province opened.\n\n"
     "More than 3,000 engineers, workers and residents turned out for the ceremony.",
     {("Binh Duong", "attendance", 2025, 3000, "actual", None)}),
    ("Thanh Hoa hands out 2025 plan\n\nTHANH HOA – The Thanh Hoa Provincial People's Committee on January 4 "
     "held a conference to review the implementation of the 2024 plan and to assign targets for 2025.\n\n"
     "The conference was attended by more than 600 delegates. The province's GRDP grew by 11.24%.",
     {("Thanh Hoa", "attendance", 2025, 600, "actual", None),
      ("Thanh Hoa", "grdp_growth", 2024, 11.24, "actual", None)}),
    ("Hà Tĩnh, ngày 28 tháng 6 năm 2024\n\nGiải quyết việc làm cho 11.630 lao động, đạt 55,4% kế hoạch năm "
     "(kế hoạch năm 2024 là 21.000 lao động).",
     {("Ha Tinh", "jobs_created", 2024, 21000, "target", None)}),
    ("Sáng 4/1/2025, UBND tỉnh Nghệ An tổ chức Hội nghị triển khai nhiệm vụ năm 2025. Hơn 400 đại biểu là "
     "lãnh đạo các sở, ban, ngành dự tại điểm cầu trung tâm ở TP Vinh.",
     {("Nghe An", "attendance", 2025, 400, "actual", None)}),
    ("QUY NHON, June 2025. For the whole of 2025, the plan is to create jobs for 34,000 workers, roughly "
     "the same as last year's result: in 2024 Binh Dinh created jobs for 33,920 people.",
     {("Gia Lai", "jobs_created", 2025, 34000, "target", None),
      ("Binh Dinh", "jobs_created", 2024, 33920, "actual", None)}),
    ("*Lạng Sơn, 12/7/2024*\n\n| Chỉ tiêu | ĐVT | TH năm 2023 | KH năm 2024 | TH 6 tháng 2024 |\n"
     "|---|---|---|---|---|\n| Số lao động được giải quyết việc làm | người | 14.250 | 14.500 | 8.120 |\n",
     {("Lang Son", "jobs_created", 2023, 14250, "actual", None),
      ("Lang Son", "jobs_created", 2024, 14500, "target", None)}),
    ("*Ha Long, July 5, 2024*\n\n| Indicator | 2023 result | H1 2024 | 2024 plan |\n|---|---|---|---|\n"
     "| Quang Ninh GRDP growth (%) | 10.27 | 8.12 | 10.0 |\n",
     {("Quang Ninh", "grdp_growth", 2023, 10.27, "actual", None),
      ("Quang Ninh", "grdp_growth", 2024, 10.0, "target", None)}),
    ("UBND TỈNH SƠN LA                     Báo cáo số 246/BC-UBND ngày 08/7/2025\n\nNăm 2024, tốc độ tăng "
     "trưởng GRDP của tỉnh Sơn La đạt 6,61%.\n\nTổ chức thành công kỳ thi tốt nghiệp THPT năm 2025 với "
     "14.890 thí sinh dự thi tại 38 điểm thi.",
     {("Son La", "grdp_growth", 2024, 6.61, "actual", None)}),
    ("Bắc Ninh, 22/2/2024 - Sáng nay (13 tháng Giêng), Lễ hội Lim năm 2024 đã khai mạc. Ban Tổ chức ước tính "
     "trong ngày chính hội có khoảng 50.000 lượt người dân và du khách về dự lễ hội.",
     {("Bac Ninh", "attendance", 2024, 50000, "actual", None)}),
    ("Phú Thọ, 18/4/2024 - Theo Ban Tổ chức lễ hội Đền Hùng, riêng trong ngày chính hội, Khu di tích đã đón "
     "khoảng 1,5 triệu lượt đồng bào, du khách thập phương về dâng hương. Tính từ đầu năm đến nay, khu di "
     "tích đã đón gần 7 triệu lượt khách.",
     {("Phu Tho", "attendance", 2024, 1500000, "actual", None)}),
    ("Phú Thọ, 18/4/2024. Năm 2023, tỷ lệ hộ nghèo tỉnh Phú Thọ giảm còn 3,72% theo chuẩn nghèo đa chiều "
     "giai đoạn 2022-2025; toàn tỉnh giải quyết việc làm cho hơn 20.000 lao động.",
     {("Phu Tho", "poverty_rate", 2023, 3.72, "actual", "2022-2025"),
      ("Phu Tho", "jobs_created", 2023, 20000, "actual", None)}),
    ("CAN THO, December 2025. For the enlarged Can Tho, GRDP growth for the whole of 2025 is estimated at "
     "about 7.8 percent, with more than 48,000 workers placed in jobs since January.",
     {("Can Tho", "grdp_growth", 2025, 7.8, "actual", None)}),
    ("Đà Nẵng, 5/12/2025. Năm 2024, tỉnh Quảng Nam (cũ) đạt tốc độ tăng trưởng GRDP 8,19%, trong đó du lịch "
     "đóng góp lớn; riêng TP Hội An (cũ) tăng trưởng khoảng 11%.",
     {("Quang Nam", "grdp_growth", 2024, 8.19, "actual", None)}),
    ("Hậu Giang, 1/1/2024. Bí thư Tỉnh ủy nhắc lại: khi mới chia tách từ tỉnh Cần Thơ, Hậu Giang là tỉnh "
     "thuần nông; tỷ lệ hộ nghèo của tỉnh khi đó lên tới 21,36%.",
     set()),
    ("Nghệ An, 5/3/2024. Năm 2023, Nghệ An giải quyết việc làm cho 46.000 lao động. Ngành sẽ vận động thêm "
     "khoảng 25.000 người tham gia BHYT hộ gia đình. 100% người thuộc hộ nghèo được cấp thẻ BHYT. Số lao "
     "động tham gia BHXH bắt buộc tăng thêm khoảng 9.400 người.",
     {("Nghe An", "jobs_created", 2023, 46000, "actual", None)}),
    ("MEO VAC, 14 October 2025 — Nearly 1,000 pupils, parents and teachers gathered in the schoolyard as "
     "Tuyen Quang province launched a booster campaign.",
     {("Tuyen Quang", "attendance", 2025, 1000, "actual", None)}),
])
def test_plan_columns_projects_jobs_and_cities_inside_a_province(extractor: Extractor, text: str,
                                                                 expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hậu Giang, 1/1/2024. Năm 2023, tỷ lệ hộ nghèo của tỉnh Hậu Giang lên tới 21,36%.",
     {("Hau Giang", "poverty_rate", 2023, 21.36, "actual", None)}),
    ("HCMC sets higher growth bar for 2025 after 7.17% expansion\n\nHo Chi Minh City, December 27, 2024\n\n"
     "Ho Chi Minh City's economy grew an estimated 7.17% this year.",
     {("Ho Chi Minh City", "grdp_growth", 2024, 7.17, "actual", None)}),
    ("Quảng Nam, 16/1/2025. Đến cuối năm 2024, tỷ lệ hộ nghèo toàn tỉnh Quảng Nam còn khoảng bốn phẩy ba "
     "phần "
     "trăm, tức 4,3%. Mấy năm nay, mỗi năm tỉnh giải quyết việc làm cho khoảng hai mươi nghìn lao động; "
     "riêng "
     "năm 2024 là 21.350 người.",
     {("Quang Nam", "poverty_rate", 2024, 4.3, "actual", None),
      ("Quang Nam", "jobs_created", 2024, 21350, "actual", None)}),
    ("Ngày 12/9/2025, UBND tỉnh Gia Lai tổ chức Hội nghị xúc tiến đầu tư. Trả lời phỏng vấn về mục tiêu tăng "
     "trưởng, Chủ tịch UBND tỉnh cho biết: \"Năm 2024 Bình Định tăng trưởng 7,15%, Gia Lai tăng 6,57%.\"",
     {("Binh Dinh", "grdp_growth", 2024, 7.15, "actual", None),
      ("Gia Lai", "grdp_growth", 2024, 6.57, "actual", None)}),
    ("HA LONG, January 7 (2025) – Quang Ninh reviewed 2024. Thanh said some 4,000 workers had been "
     "temporarily out of work, but about 17,600 workers found new jobs over the year.",
     {("Quang Ninh", "jobs_created", 2024, 17600, "actual", None)}),
    ("Ca Mau reviews first year as merged province\n\nCA MAU, January 13 (2026) – Ca Mau held a press "
     "conference on results for 2025.\n\nAnswering a question about whether the province had met its growth "
     "target, the Vice Chairman was frank. \"The plan had been 8 percent. We reached about 7.1 percent in "
     "2025,\" he said.\n\nA reporter asked about young people who had left for factories in Binh Duong and "
     "Dong Nai. The director said: \"Over thirty-one thousand workers were given jobs in 2025.\"",
     {("Ca Mau", "grdp_growth", 2025, 8.0, "target", None),
      ("Ca Mau", "grdp_growth", 2025, 7.1, "actual", None),
      ("Ca Mau", "jobs_created", 2025, 31000, "actual", None)}),
    ("Kon Tum holds last press conference before merger with Quang Ngai\n\nKON TUM, June 20 (2025) – "
     "\"In 2024 we grew eight point nine percent,\" he said.\n\nSam said the household poverty rate of the "
     "province as a whole had fallen to 6.05 percent at the end of 2024.",
     {("Kon Tum", "grdp_growth", 2024, 8.9, "actual", None),
      ("Kon Tum", "poverty_rate", 2024, 6.05, "actual", None)}),
    ("DA NANG, August 24, 2025 - Some 3,000 cyclists took to the streets of Da Nang early on Sunday for the "
     "\"Green Ride for Da Nang\" event.",
     {("Da Nang", "attendance", 2025, 3000, "actual", None)}),
    ("*Tuyên Quang, 26/10/2025*\n\nSáng 26/10, tại xã Đồng Văn, tỉnh Tuyên Quang, Giải Marathon Cao nguyên "
     "đá "
     "Đồng Văn năm 2025 đã khởi tranh. Theo Ban tổ chức, giải thu hút tổng cộng 6.500 vận động viên đến từ "
     "25 "
     "quốc gia và vùng lãnh thổ.",
     {("Tuyen Quang", "attendance", 2025, 6500, "actual", None)}),
    ("SOC TRANG, November 15, 2024. The chairman noted that Soc Trang's GRDP would grow an estimated 7.12 "
     "percent this year.",
     {("Soc Trang", "grdp_growth", 2024, 7.12, "actual", None)}),
    ("NINH BINH, August 10, 2025 - Thep Xanh Nam Dinh opened the new season with silverware on Sunday "
     "evening, beating Hanoi Police 2-0 in the National Super Cup in front of a crowd of around 20,000 at "
     "Thien Truong Stadium.",
     {("Ninh Binh", "attendance", 2025, 20000, "actual", None)}),
    ("Quảng Ninh, 20/3/2025. Năm 2024, Quảng Ninh giải quyết việc làm cho 17.000 lao động.\n\n| Chỉ tiêu | "
     "Số "
     "lượng |\n|---|---|\n| Vị trí việc làm cần tuyển | 15.300 |\n",
     {("Quang Ninh", "jobs_created", 2024, 17000, "actual", None)}),
    ("HO CHI MINH CITY, March 2, 2025. The union aims to mobilise 100,000 young volunteers for the month and "
     "to help at least 10,000 young workers find jobs through its employment service centre.",
     set()),
    ("Cần Thơ, 5/11/2025. Lễ hội Oóc Om Bóc thu hút khoảng 320.000 lượt người dân và du khách đến xem. Giải "
     "đua "
     "ghe Ngo năm nay có 64 đội ghe tranh tài, đến từ Cần Thơ, Vĩnh Long, An Giang và Cà Mau, với hơn 3.800 "
     "vận động viên. Each long boat carried up to 60 rowers.",
     {("Can Tho", "attendance", 2025, 320000, "actual", None)}),
    ("Vietnam's merged Bac Ninh bets on chips\n\nBAC NINH, Vietnam, Jan 14 (Reuters) - Combined, the "
     "enlarged "
     "province grew an estimated 11.2 per cent in 2025.\n\n\"Samsung is still the anchor, but we do not want "
     "one company to decide whether we grow or shrink,\" said a vice chairman. \"For 2026 we are targeting "
     "at "
     "least 12 per cent.\"",
     {("Bac Ninh", "grdp_growth", 2025, 11.2, "actual", None),
      ("Bac Ninh", "grdp_growth", 2026, 12.0, "target", None)}),
    ("Gia Lai, 20/8/2025. Trước khi hợp nhất, hai tỉnh có tốc độ tăng trưởng tương đương: năm 2024, GRDP "
     "Bình "
     "Định tăng 7,05%, còn Gia Lai đạt 7,27%.",
     {("Binh Dinh", "grdp_growth", 2024, 7.05, "actual", None),
      ("Gia Lai", "grdp_growth", 2024, 7.27, "actual", None)}),
    ("LAM DONG, January 2026. The combined economy of Lam Dong grew 7.6pc in 2025. Dak Nong, the "
     "bauxite-rich "
     "border province, grew 6.3pc in 2024, while coastal Binh Thuan posted 7.1pc.",
     {("Lam Dong", "grdp_growth", 2025, 7.6, "actual", None),
      ("Dak Nong", "grdp_growth", 2024, 6.3, "actual", None),
      ("Binh Thuan", "grdp_growth", 2024, 7.1, "actual", None)}),
    ("Đà Nẵng, 10/1/2026. Kinh tế Đà Nẵng năm 2025 tăng 9,2%. Trong khi đó, Quảng Nam trước khi sáp nhập chỉ "
     "tăng 7,18% trong năm 2024.",
     {("Da Nang", "grdp_growth", 2025, 9.2, "actual", None),
      ("Quang Nam", "grdp_growth", 2024, 7.18, "actual", None)}),
    ("Ho Chi Minh City's mega-merger tests Vietnam's economic engine\n\nHO CHI MINH CITY -- Eight months "
     "after "
     "Ho Chi Minh City absorbed Binh Duong and Ba Ria-Vung Tau, its leaders say the bigger footprint pays "
     "off.\n\nThe enlarged city's economy expanded 8.03 per cent in 2025. That compares with growth of 7.17 "
     "per "
     "cent for the old city in 2024. Binh Duong grew 8.8 per cent that year. Binh Duong's factories in Thu "
     "Dau Mot hired again.",
     {("Ho Chi Minh City", "grdp_growth", 2025, 8.03, "actual", None),
      ("Ho Chi Minh City", "grdp_growth", 2024, 7.17, "actual", None),
      ("Binh Duong", "grdp_growth", 2024, 8.8, "actual", None)}),
    ("Dak Lak's growth figures for 2022 and 2023 revised upward\n\nDak Lak's economy grew faster than "
     "previously "
     "reported, according to figures published in its year-end report for 2024. The province's GRDP growth "
     "for 2023 now stands at 5.92%, compared with the preliminary estimate of 5.1% announced in December "
     "2023.\n\nFor 2024, GRDP is estimated to have increased by 6.1%.",
     {("Dak Lak", "grdp_growth", 2023, 5.92, "actual", None),
      ("Dak Lak", "grdp_growth", 2024, 6.1, "actual", None)}),
    ("GIA LAI — The economy of Gia Lai grew an estimated 7.05% in 2025, according to figures released on "
     "December 30.\n\nThe result was slightly below the national GDP growth of around 8% and short of the 8% "
     "target the province had set for itself.",
     {("Gia Lai", "grdp_growth", 2025, 7.05, "actual", None),
      ("Gia Lai", "grdp_growth", 2025, 8.0, "target", None)}),
    ("Hà Giang, 5/1/2025. Năm 2024 tỉnh Hà Giang đã tạo việc làm mới cho 19.540 lao động; đưa 1.120 người đi "
     "làm việc có thời hạn ở nước ngoài; tổ chức 12 phiên giao dịch việc làm với gần 8.000 vị trí tuyển "
     "dụng.",
     {("Ha Giang", "jobs_created", 2024, 19540, "actual", None)}),
    ("Sơn La, 6/7/2025. Tổng sản phẩm trên địa bàn tỉnh Sơn La 6 tháng ước tăng 6,8% so với cùng kỳ năm "
     "trước, "
     "cao hơn mức tăng 5,95% của cùng kỳ năm 2024.",
     set()),
])
def test_spoken_figures_quotes_crews_and_teams(extractor: Extractor, text: str, expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HAI DUONG ECONOMIC BULLETIN | Issue 04/2025\n\n▪️ GRDP Q1/2025: +9.1% YoY\n\n🔁 Looking back at 2024\n"
     "Full-year GRDP growth of Hai Duong came in at 10.2%. The household poverty rate fell to 0.82%.",
     {("Hai Duong", "grdp_growth", 2024, 10.2, "actual", None),
      ("Hai Duong", "poverty_rate", 2024, 0.82, "actual", None)}),
    ("DAK LAK, 20 October 2025.\n\n• 9M/2025: Dak Lak created jobs for about 25,000 people, 66% of the plan",
     set()),
    ("Bình Phước gặp gỡ nhà đầu tư tại TP. Hồ Chí Minh\n\nTP. Hồ Chí Minh, 19/4/2024 – Chiều 19/4, UBND tỉnh "
     "Bình Phước tổ chức Hội nghị gặp gỡ nhà đầu tư năm 2024 tại khách sạn Rex. Hội nghị có hơn 500 đại biểu "
     "tham dự. Chủ tịch UBND tỉnh Bình Phước cho biết năm 2023, kinh tế của tỉnh vẫn tăng trưởng 5,24%.",
     {("Ho Chi Minh City", "attendance", 2024, 500, "actual", None),
      ("Binh Phuoc", "grdp_growth", 2023, 5.24, "actual", None)}),
    ("Quang Tri pitches to investors in Hanoi\n\nQuang Tri province held an investment promotion conference "
     "at "
     "the Melia Hotel in Hanoi on August 28, 2025. The conference was attended by 500 delegates.",
     {("Ha Noi", "attendance", 2025, 500, "actual", None)}),
    ("TAY NINH, October 2025. The labour department plans to provide new jobs for 52,000 workers in 2025. By "
     "the end of September, about 38,000 people had found jobs.",
     {("Tay Ninh", "jobs_created", 2025, 52000, "target", None)}),
    ("Hà Tĩnh, 20/6/2025. Dự buổi lễ có lãnh đạo Sở Lao động tỉnh Hà Tĩnh cùng gần 900 thầy cô giáo, phụ "
     "huynh "
     "và người học.",
     {("Ha Tinh", "attendance", 2025, 900, "actual", None)}),
    ("Gia Lai, 20/11/2025. Năm 2025, tỉnh Gia Lai giải quyết việc làm mới cho 36.000 người; đến hết tháng "
     "10, "
     "đã có 31.200 lao động được giải quyết việc làm. Chủ tịch UBND xã Ia Hrú cho biết, xã còn 214 hộ nghèo, "
     "chiếm 12,3% tổng số hộ.",
     {("Gia Lai", "jobs_created", 2025, 36000, "actual", None)}),
    ("BUON MA THUOT, 2025. Household poverty rate by group, end of 2024 (2021-2025 standard)\n\n"
     "Group | Poor households | Poverty rate (%)\n\nM'nong households | 3,870 | 21.3\n\n"
     "Province-wide | 45,380 | 7.05\n",
     {("Dak Lak", "poverty_rate", 2024, 7.05, "actual", "2021-2025")}),
    ("HANOI, March 2025 — It is Bac Giang, a once largely agricultural province squeezed between Ha Noi and "
     "the Chinese border, whose GRDP expanded by 13.85% in 2024. Further down the Red River, Hai Phong "
     "remains the region's steadiest performer: the port city grew by more than 11% in 2024.",
     {("Bac Giang", "grdp_growth", 2024, 13.85, "actual", None),
      ("Hai Phong", "grdp_growth", 2024, 11.0, "actual", None)}),
    ("Hà Giang, 10/3/2024. Cuối năm 2020, tỷ lệ hộ nghèo của Hà Giang là 22,5%. Một năm sau, khi rà soát "
     "theo "
     "chuẩn nghèo đa chiều giai đoạn 2022-2025 (nâng ngưỡng thu nhập lên 1,5 triệu đồng/người/tháng), tỷ lệ "
     "này vọt lên 43,87% vào cuối năm 2021. Có 396 đồng chí dự hội nghị.",
     {("Ha Giang", "poverty_rate", 2020, 22.5, "actual", None),
      ("Ha Giang", "poverty_rate", 2021, 43.87, "actual", "2022-2025"),
      ("Ha Giang", "attendance", 2024, 396, "actual", None)}),
    ("PLEIKU, June 2024. Kon Tum's household poverty rate stood at 14.96% at the end of 2023 (measured "
     "against the 2021-2025 multidimensional standard). Lam Dong had a rate of about 1.4% last year on the "
     "same yardstick. Gia Lai reported a rate of 5.6% (same standard).",
     {("Kon Tum", "poverty_rate", 2023, 14.96, "actual", "2021-2025"),
      ("Lam Dong", "poverty_rate", 2023, 1.4, "actual", "2021-2025"),
      ("Gia Lai", "poverty_rate", 2023, 5.6, "actual", "2021-2025")}),
    ("CAN THO, January 2024 — This year's winner was Hau Giang, whose GRDP grew 9.33% in 2023 (a figure its "
     "leaders attribute to the Song Hau 1 power plant). Long An, long the delta's industrial front-runner "
     "thanks to its border with Ho Chi Minh City, came in at 6.74%.",
     {("Hau Giang", "grdp_growth", 2023, 9.33, "actual", None),
      ("Long An", "grdp_growth", 2023, 6.74, "actual", None)}),
    ("QUY NHON, October 2025. The former Binh Dinh grew by 7.15% in 2024, driven by seaport logistics, wood "
     "processing and tourism, while the old Gia Lai managed 6.44%. The merged Gia Lai is on track for "
     "growth of about 8.2% in 2025 — above the first-half figure of 7.4%.",
     {("Binh Dinh", "grdp_growth", 2024, 7.15, "actual", None),
      ("Gia Lai", "grdp_growth", 2024, 6.44, "actual", None),
      ("Gia Lai", "grdp_growth", 2025, 8.2, "actual", None)}),
    ("CAN THO, February 2026. The national poverty rate under the old standard fell to roughly 1.3% by the "
     "end of 2025, against 2.93% two years earlier.",
     set()),
    ("HA TINH, January 2025.\n- Poverty in the western mountainous districts of Ha Tinh remains above 5%.\n\n"
     "💬 \"We set 8% growth for 2025,\" said the Director.",
     {("Ha Tinh", "grdp_growth", 2025, 8.0, "target", None)}),
])
def test_headings_hosts_elsewhere_and_clauses_of_other_provinces(extractor: Extractor, text: str,
                                                                  expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quang Ninh posts 11.03% growth in 2024, eyes 14% next year\n\nQuang Ninh's economy expanded 11.03% "
     "last "
     "year, the provincial statistics office said. Chairman Huy told a meeting on December 28 that the "
     "province did not lose the year.",
     {("Quang Ninh", "grdp_growth", 2024, 11.03, "actual", None),
      ("Quang Ninh", "grdp_growth", 2025, 14.0, "target", None)}),
    ("Binh Duong labour market\n\nTHU DAU MOT, January 8, 2025. Binh Duong, the industrial province north "
     "of Ho "
     "Chi Minh City, created jobs for 58,700 workers in 2024.",
     {("Binh Duong", "jobs_created", 2024, 58700, "actual", None)}),
    ("DA LAT, March 2024. Lam Dong's GRDP by sector, 2023:\n\n| Sector | Share of GRDP (%) | Growth 2023 "
     "(%) |\n"
     "|---|---|---|\n| Services | 37.6 | 8.12 |\n| **Total GRDP** | **100** | **6.41** |\n",
     {("Lam Dong", "grdp_growth", 2023, 6.41, "actual", None)}),
    ("Bắc Giang, 21/12/2024. Sáng 21/12, nhân dân xã Tân Dĩnh (tỉnh Bắc Giang) tổ chức lễ đón nhận Quyết "
     "định "
     "công nhận xã đạt chuẩn nông thôn mới kiểu mẫu. Hơn 700 đại biểu và nhân dân trong xã đã về dự buổi lễ.",
     {("Bac Giang", "attendance", 2024, 700, "actual", None)}),
    ("HCMC helped over 320,500 workers find jobs in 2024\n\nHo Chi Minh City helped more than 320,500 people "
     "find work last year, the city's labour department said at its annual review.\n\nFor this year, the "
     "city aims to create jobs for 300,000 workers.",
     {("Ho Chi Minh City", "jobs_created", 2024, 320500, "actual", None),
      ("Ho Chi Minh City", "jobs_created", 2025, 300000, "target", None)}),
])
def test_title_years_share_columns_and_commune_ceremonies(extractor: Extractor, text: str,
                                                          expected: set) -> None:
    found = extractor.extract(document_from_text("case.txt", text))
    assert {(o.province, o.indicator, o.year, o.value, o.kind, o.standard) for o in found} == expected
