"""Benchmark: Thai typesetting (segmented + shaped) against reportlab's plain Paragraph.

Not a test.  Renders the same 2,700 short answer paragraphs (1-3 lines each, the size of the
stress workshop's answers) twice, side by side in one process:

* ``plain``  - reportlab ``Paragraph``, unshaped and unsegmented (the product's yardstick);
* ``thai``   - ``app.typesetting.ThaiParagraph`` (newmm segmentation, HarfBuzz shaping,
               exact text layer).

Run:  python bench/bench_typesetting.py [--paragraphs 2700] [--repeat 3]
The product bar: the whole report <= 3 s and <= 2 x plain.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from app.typesetting import ThaiParagraph, ThaiStyle, register_fonts  # noqa: E402

SUBJECTS = [
    "หน่วยงานควร",
    "กลุ่มพัฒนาระบบบริหารเสนอให้",
    "ผู้บริหารระดับสูงต้อง",
    "ทุกกองและสำนักควรร่วมกัน",
    "ศูนย์เทคโนโลยีสารสนเทศจะ",
    "คณะทำงานด้านการจัดการความรู้ควร",
    "สำนักงานเขตและสถานีพัฒนาที่ดินควร",
    "ฝ่ายบริหารทรัพยากรบุคคลจะ",
]
ACTIONS = [
    "พัฒนาระบบบริการดิจิทัลเพื่อให้ประชาชนเข้าถึงบริการภาครัฐได้สะดวกรวดเร็ว",
    "ลดขั้นตอนการทำงานที่ซ้ำซ้อนและนำระบบอิเล็กทรอนิกส์มาใช้แทนเอกสารกระดาษ",
    "เชื่อมโยงและแบ่งปันข้อมูลกับหน่วยงานอื่นผ่านระบบ Data Sharing ที่ปลอดภัย",
    "จัดอบรมบุคลากรด้านทักษะดิจิทัลอย่างน้อยปีละ 2 ครั้ง",
    "เปิดเผยข้อมูลการดำเนินงานต่อสาธารณะอย่างโปร่งใสและตรวจสอบได้",
    "รับฟังความคิดเห็นของผู้รับบริการและผู้มีส่วนได้ส่วนเสียอย่างสม่ำเสมอ",
    "จัดทำแผนพัฒนาองค์การให้สอดคล้องกับเกณฑ์ PMQA 4.0 ทั้ง ๗ หมวด",
    "ใช้ข้อมูลสารสนเทศในการวิเคราะห์และตัดสินใจเชิงนโยบาย",
    "สร้างวัฒนธรรมการทำงานแบบร่วมมือกันข้ามหน่วยงาน",
    "ปรับปรุงฐานข้อมูลดินและการใช้ที่ดินให้เป็นปัจจุบันและเข้าถึงได้ทางออนไลน์",
    "ส่งเสริมนวัตกรรมในการให้บริการเกษตรกรและประชาชนในพื้นที่",
    "กำหนดตัวชี้วัดผลลัพธ์ที่ชัดเจนและติดตามผลทุกไตรมาส",
    "พัฒนาแอปพลิเคชันบนมือถือสำหรับยื่นคำขอรับบริการวิเคราะห์ดิน",
    "ถ่ายทอดความรู้จากผู้เชี่ยวชาญสู่บุคลากรรุ่นใหม่อย่างเป็นระบบ",
]
TAILS = [
    "ภายในปีงบประมาณ 2562",
    "ภายในปีงบประมาณ ๒๕๖๓",
    "โดยมีเป้าหมายความพึงพอใจไม่น้อยกว่าร้อยละ 85",
    "เพื่อยกระดับสู่ระบบราชการ 4.0",
    "ตามแนวทาง Open & Connected Government",
    "และรายงานผลต่อคณะกรรมการทุก 3 เดือน",
    "โดยใช้งบประมาณไม่เกิน 500,000 บาท",
    "",
]


def make_paragraphs(n: int, seed: int = 2561) -> list[str]:
    """Realistic answer cards: 1-3 clauses about service, digital work, training, data."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.choice((1, 1, 2, 2, 3))):
            clause = rnd.choice(SUBJECTS) + rnd.choice(ACTIONS)
            tail = rnd.choice(TAILS)
            parts.append(f"{clause} {tail}".strip())
        out.append(" ".join(parts))
    return out


def build(story) -> int:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
    )
    doc.build(story)
    return len(buf.getvalue())


def time_it(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=2700)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    register_fonts()
    texts = make_paragraphs(args.paragraphs)
    plain_style = ParagraphStyle("plain", fontName="Sarabun", fontSize=14, leading=19.6)
    thai_style = ThaiStyle(fontName="Sarabun", fontSize=14, leading=19.6)

    # One-off costs, reported separately: the newmm dictionary and the shaped-word cache.
    from app.typesetting.segment import _segmenter

    dict_load = time_it(lambda: _segmenter()("ทดสอบ"))

    def plain():
        return build([Paragraph(t, plain_style) for t in texts])

    def thai():
        return build([ThaiParagraph(t, thai_style) for t in texts])

    first_thai = time_it(thai)  # cold caches: every word shaped, every Thai run segmented
    plain_times, thai_times = [], []
    for _ in range(args.repeat):
        plain_times.append(time_it(plain))
        thai_times.append(time_it(thai))
    p, t = min(plain_times), min(thai_times)

    # Worst case for segmentation: no Thai run seen before (the word-run cache switched off).
    from app.typesetting import segment

    cached = segment.thai_words
    segment.thai_words = cached.__wrapped__
    try:
        uncached = min(time_it(thai) for _ in range(args.repeat))
    finally:
        segment.thai_words = cached

    # Where the time goes (warm caches, no PDF): segmentation alone and layout alone.
    segment.thai_words.cache_clear()
    seg = time_it(lambda: [segment.pieces(x) for x in texts])
    paras = [ThaiParagraph(x, thai_style) for x in texts]
    lay = time_it(lambda: [q.wrap(16 * cm, 1000) for q in paras])

    n = len(texts)
    print(f"{n} paragraphs, {sum(map(len, texts)) / n:.0f} characters each on average")
    print(f"{'':34} {'ms/paragraph':>12} {'total s':>9}")
    rows = [
        ("plain Paragraph (unshaped)", p),
        ("ThaiParagraph, warm caches", t),
        ("ThaiParagraph, first build (cold)", first_thai),
        ("ThaiParagraph, no segment cache", uncached),
        ("  of which: segmentation only", seg),
        ("  of which: wrap/layout only", lay),
    ]
    for name, secs in rows:
        print(f"{name:34} {secs / n * 1000:12.3f} {secs:9.3f}")
    print(f"{'newmm dictionary load (once)':34} {'':12} {dict_load:9.3f}")
    print(
        f"ratio thai/plain: warm {t / p:.2f}x, cold {first_thai / p:.2f}x, "
        f"no segment cache {uncached / p:.2f}x  (bar: <= 2x, <= 3 s)"
    )
    print(f"median of {args.repeat}: plain {statistics.median(plain_times):.3f} s, "
          f"thai {statistics.median(thai_times):.3f} s")


if __name__ == "__main__":
    main()
