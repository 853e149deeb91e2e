"""Write the development set's PDF reports (run once; the PDFs are committed).

    .venv/bin/python tests/extraction/make_pdfs.py     # needs the `bench` extra (fpdf2)

The text goes into a real text layer, wrapped by fpdf2 into lines as a PDF report would be.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "devset"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

REPORTS = {
    "en25-long-an-annual-report.pdf": [
        "Long An Province annual economic report 2023",
        "TAN AN, December 27, 2023 - Long An's GRDP grew 6.05% in 2023, according to the provincial "
        "People's Committee, driven by processing industries and logistics.",
        "The provincial poverty rate was 0.81% at the end of the year.",
        "The province created jobs for about 40,000 workers in 2023. Export turnover increased 4.3%, "
        "while budget revenue reached VND 21 trillion.",
    ],
    "vi22-dong-thap-bao-cao.pdf": [
        "Báo cáo tình hình kinh tế - xã hội tỉnh Đồng Tháp năm 2024",
        "Ngày 20/12/2024, UBND tỉnh Đồng Tháp cho biết tốc độ tăng trưởng kinh tế (GRDP) năm 2024 của "
        "tỉnh ước đạt 6,4%, xếp thứ 5 vùng Đồng bằng sông Cửu Long.",
        "Tỷ lệ hộ nghèo của tỉnh giảm còn 1,52%; tỷ lệ hộ nghèo ở các xã biên giới là 3,1%.",
        "Trong năm, tỉnh đã giải quyết việc làm cho 32.000 lao động, trong đó đưa 1.500 người đi làm việc "
        "ở nước ngoài theo hợp đồng.",
    ],
}


def write(name: str, paragraphs: list[str]) -> None:
    pdf = FPDF(format="A4")
    pdf.set_title(paragraphs[0])
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(120, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.output(str(HERE / name))


if __name__ == "__main__":
    for name, paragraphs in REPORTS.items():
        write(name, paragraphs)
        print(HERE / name)
