"""The floor of the `report` command: plain reportlab setting the report's text, as a whole process.

Not a test. Reads the report's text (every paragraph, table cells included, in the report's order,
with its font and size) from a JSON file that bench/bench_report_process.py writes once, untimed,
and sets it with reportlab's own ``Paragraph`` on A4 pages with the report's margins: no Thai
segmentation (reportlab breaks only at spaces), no shaping, no tables, no header or page numbers.
Streams compressed, without ASCII85, as the report writes them. Imports nothing of the
application, so its time is Python, reportlab, the two Sarabun fonts and the text.

    python bench/floor_report.py TEXT.json OUT.pdf
"""

from __future__ import annotations

import json
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

rl_config.useA85 = 0


def main(source: str, target: str) -> int:
    with open(source, encoding="utf-8") as handle:
        dump = json.load(handle)
    for name, path in dump["fonts"].items():
        pdfmetrics.registerFont(TTFont(name, path))
    styles: dict[tuple[str, float], ParagraphStyle] = {}
    story = []
    for font, size, text in dump["paragraphs"]:
        style = styles.get((font, size))
        if style is None:
            style = styles[(font, size)] = ParagraphStyle(f"{font}-{size}", fontName=font, fontSize=size,
                                                          leading=size * 1.4)
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), style))
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2.5 * cm, bottomMargin=2 * cm)
    doc.build(story)
    print(f"{target}: {doc.page} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
