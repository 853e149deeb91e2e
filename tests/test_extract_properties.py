"""Property tests: whatever text comes in, extraction never raises and every offset is valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extract import Extractor
from dashboard.extract.documents import document_from_text, html_text
from dashboard.extract.numbers import NUMBER_WORDS, find_numbers
from dashboard.paths import ROOT
from dashboard.provinces import Gazetteer

DEVSET = ROOT / "tests" / "extraction" / "devset"
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))]
# Pieces reports are made of, so that random text often looks like a report.
PIECES = ["GRDP", "grew", "tăng trưởng", "tỷ lệ hộ nghèo", "giảm còn", "poverty rate", "jobs for",
          "việc làm cho", "attended by", "đại biểu", "tham dự", "over", "hơn", "gần", "khoảng", "%",
          " percent", "phần trăm", " million", " triệu", " nghìn", "13,45", "13.45", "33.000", "33,000",
          "-4.83", "âm", "in 2023", "năm 2023", "last year", "cùng năm", "Bắc Giang", "Bac Giang",
          "Quy Nhơn", "tỉnh", "the province", "national average", "cả nước", "targets", "phấn đấu",
          "by 4.2 percentage points to", ", ", ". ", "\n", "\n\n", "(", ")", "–", "2021–2025",
          "ngày 15/7/2025", "on 15 July 2025", "of whom", "trong đó", "e\u0301", "\u0300", "Đ"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer())


def check(extractor: Extractor, text: str) -> None:
    doc = document_from_text("x.txt", text)
    for obs in extractor.extract(doc):
        assert 0 <= obs.start <= obs.value_start < obs.value_end <= obs.end <= len(doc.text)
        assert doc.text[obs.start:obs.end] == obs.quote
        assert obs.year_basis in {"explicit", "relative", "inferred"}
        assert obs.kind in {"actual", "target"}
        assert obs.value == obs.value  # not NaN


report_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_text_never_raises(extractor: Extractor, text: str) -> None:
    check(extractor, text)


@SETTINGS
@given(text=report_like)
def test_report_like_text_never_raises(extractor: Extractor, text: str) -> None:
    check(extractor, text)


@SETTINGS
@given(sample=st.sampled_from(SAMPLES), data=st.data())
def test_mutated_reports_never_raise(extractor: Extractor, sample: str, data: st.DataObject) -> None:
    """Real reports with pieces cut out, repeated or spliced in at random places."""
    text = sample
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 40)))
        op = data.draw(st.sampled_from(["delete", "insert", "duplicate", "swapcase"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + data.draw(st.sampled_from(PIECES) | st.text(max_size=5)) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + text[i:j].swapcase() + text[j:]
    check(extractor, text)


@SETTINGS
@given(text=report_like, language=st.sampled_from(["en", "vi"]))
def test_numbers_have_valid_spans(text: str, language: str) -> None:
    for number in find_numbers(text, language):
        assert 0 <= number.start <= number.value_start < number.value_end <= number.end <= len(text)
        value = text[number.value_start:number.value_end]
        assert value[0].isdigit() or value.split()[0].lower() in {*NUMBER_WORDS, "a"}  # or "năm phần trăm"


@SETTINGS
@given(markup=st.lists(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<style>", "<b>",
                                        "</div>", "<br/>", "&amp;", "&#39;", "<!--", "-->", "<"])
                       | st.text(max_size=10), max_size=40).map("".join))
def test_any_html_gives_text(markup: str) -> None:
    assert isinstance(html_text(markup), str)


def test_nfd_input_is_normalised(extractor: Extractor, tmp_path: Path) -> None:
    import unicodedata

    from dashboard.extract import read_document

    text = "Năm 2023, tỷ lệ hộ nghèo của tỉnh Bắc Giang giảm còn 2,63%."
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    doc = read_document(path)
    assert doc.text == text
    [obs] = extractor.extract(doc)
    assert (obs.province, obs.value, obs.year) == ("Bac Giang", 2.63, 2023)
