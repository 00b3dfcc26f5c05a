"""Near-duplicate initiatives across offices: titles compared by the syllables of what they mean.

Offices word the same idea differently, and Thai compounds split differently (ยื่นคำขอ / ยื่น + ขอ), so
comparing whole words misses most real pairs. Each title becomes a weighted set of *syllables*:

1. segmented into words (pythainlp ``newmm``, with the phrases below in its dictionary); Thai stop
   words and punctuation dropped; a leading การ dropped (การประชุม / ประชุม);
2. each word or phrase replaced by its canonical form (``SYNONYMS``: เว็บไซต์ → ออนไลน์, หนังสือเวียน →
   สารบรรณ, จุดบริการ → ศูนย์บริการ, ลายเซ็น → ลายมือชื่อ…), the usual vocabulary of Thai public-sector
   initiatives;
3. split into syllables (newmm over pythainlp's syllable list), so that a compound and its parts meet;
4. syllables of *frame* words (พัฒนา, ระบบ, จัดทำ, โครงการ, อบรม…), which say what is done rather than
   what about, weigh ``FRAME_WEIGHT``; every other syllable weighs 1.

Two titles score the weighted Jaccard index of their syllables (sum of the smaller weights over sum
of the larger). Pillars are not compared: offices file one idea under different pillars.

Chosen by measurement on 115 labelled pairs (tests/consolidation/data/similar_initiatives.tsv)
and checked on 32 held-out pairs written afterwards; figures and the other methods tried are in
docs/consolidation.md, and tests/consolidation/test_similarity.py fails below them.

Cost: candidates are found through an inverted index probed with each title's rarest syllables
(prefix filtering: a pair at or above the threshold must share one of them), identical titles are
compared once, and each initiative is suggested with at most one other (its best match), so the
work and the suggestion list grow with the initiatives, not with their pairs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

THRESHOLD = 0.44
FRAME_WEIGHT = 0.2

# Canonical form of words and phrases that name one thing in initiative titles (canonical: variants).
_GROUPS = """
ออนไลน์: ออนไลน์ | ผ่านระบบออนไลน์ | บนระบบออนไลน์ | ทางออนไลน์ | เว็บไซต์ | เว็บ | อินเทอร์เน็ต
ดิจิทัล: ดิจิทัล | อิเล็กทรอนิกส์
ยื่นคำขอ: ยื่นคำขอ | ยื่นขอ | ยื่นคำร้อง
วิเคราะห์ดิน: วิเคราะห์ดิน | ตรวจวิเคราะห์ดิน | ตรวจดิน
สารบรรณ: สารบรรณ | หนังสือเวียน | e-saraban
ศูนย์บริการ: ศูนย์บริการ | ศูนย์บริการร่วม | ศูนย์รวมบริการ | จุดบริการ
เบ็ดเสร็จ: เบ็ดเสร็จ | one stop service | จุดเดียว
แดชบอร์ด: แดชบอร์ด | dashboard
ลายมือชื่อ: ลายมือชื่อ | ลายเซ็น | การลงนาม
ประชุมทางไกล: ประชุมทางไกล | ประชุมออนไลน์ | วิดีโอคอนเฟอเรนซ์ | ประชุมผ่านระบบวิดีโอ
ร้องเรียน: ร้องเรียน | ข้อร้องเรียน | เรื่องร้องเรียน | ร้องทุกข์
ทะเบียน: ทะเบียน | ขึ้นทะเบียน | ลงทะเบียน
คลังข้อมูล: คลังข้อมูล | ศูนย์กลางข้อมูล | ศูนย์ข้อมูล | ฐานข้อมูลกลาง | data center
คลังความรู้: คลังความรู้ | knowledge bank
ความรู้: ความรู้ | องค์ความรู้ | km
ไร้กระดาษ: ไร้กระดาษ | paperless | การใช้กระดาษ
เชื่อมโยง: เชื่อมโยง | บูรณาการ | แลกเปลี่ยน
แอป: แอป | แอปพลิเคชัน | แอปมือถือ | application
ข้อมูลเปิด: ข้อมูลเปิด | เปิดเผยข้อมูล | open data
พี่เลี้ยง: พี่เลี้ยง | mentor
บุคลากร: บุคลากร | เจ้าหน้าที่ | ข้าราชการ | พนักงาน
ที่ปรึกษา: ที่ปรึกษา | ผู้ให้คำปรึกษา | คำปรึกษา
คู่มือปฏิบัติงาน: คู่มือปฏิบัติงาน | คู่มือการปฏิบัติงาน | sop
องค์การ: องค์การ | องค์กร
sms: sms | ข้อความโทรศัพท์ | ข้อความสั้น
ทำงานนอกสถานที่: ทำงานนอกสถานที่ | work from anywhere | work from home | ไม่ยึดติดสถานที่ | จากที่บ้าน
นักวิเคราะห์ข้อมูล: นักวิเคราะห์ข้อมูล | นักวิทยาการข้อมูล | data scientist
ระเบียบ: ระเบียบ | กฎระเบียบ
ชำระเงินดิจิทัล: พร้อมเพย์ | e-payment
ชำระเงิน: ชำระเงิน | ชำระค่าธรรมเนียม
นอกเวลาราชการ: นอกเวลาราชการ | วันหยุดราชการ | วันเสาร์อาทิตย์
สื่อสังคม: สื่อสังคม | สื่อสังคมออนไลน์ | เฟซบุ๊ก | ไลน์ | social media
ประชาสัมพันธ์: ประชาสัมพันธ์ | เผยแพร่ข่าวสาร
ประชาชน: ประชาชน | ผู้รับบริการ
ท้องถิ่น: ท้องถิ่น | อปท. | องค์กรปกครองส่วนท้องถิ่น
เครือข่าย: เครือข่าย | ภาคีเครือข่าย
อบรม: อบรม | ฝึกอบรม
"""
SYNONYMS = {variant.strip(): canonical for canonical, _, variants in
            (line.partition(":") for line in _GROUPS.strip().splitlines()) for variant in variants.split("|")}
# Words that say what is done (develop, set up, a system, a project) more than what it is about.
FRAME = frozenset("พัฒนา ระบบ จัดทำ โครงการ ส่งเสริม ยกระดับ สร้าง ปรับปรุง อบรม จัดตั้ง แต่งตั้ง ใช้ บริการ "
                  "ระดับ หน่วยงาน กรม องค์การ สำหรับ ประจำ เรื่อง ปรับ ลด".split())
_EXTRA_WORDS = ("แผนที่", "ข้อมูลดิน")  # kept whole, where newmm would split them oddly


@lru_cache(maxsize=1)
def _segmenter():
    """newmm with the phrases above in its dictionary, the syllable splitter and the stop words
    (the dictionaries as MARISA tries, as the report's typesetting loads them: fast to build)."""
    from pythainlp.corpus import thai_stopwords, thai_words  # imported on first use: they load dictionaries
    from pythainlp.tokenize.newmm import segment

    from app.typesetting.dictionary import WordList, syllables

    vocabulary = WordList(set(thai_words()) | {k for k in SYNONYMS if " " not in k} | set(_EXTRA_WORDS))
    syllable_list = syllables()
    return (lambda text: [w for w in segment(text, custom_dict=vocabulary) if w.strip()],
            lambda word: segment(word, custom_dict=syllable_list), frozenset(thai_stopwords()))


def _phrases(text: str) -> str:
    """Latin phrases of several words (one stop service) joined before segmenting."""
    for phrase in _LATIN_PHRASES:
        if phrase in text:
            text = text.replace(phrase, SYNONYMS[phrase])
    return text


_LATIN_PHRASES = tuple(sorted((k for k in SYNONYMS if " " in k), key=len, reverse=True))


@lru_cache(maxsize=1)
def _syllables_of() -> Callable[[str], tuple[str, ...]]:
    split = _segmenter()[1]
    return lru_cache(maxsize=16384)(lambda word: tuple(s for s in split(word) if s.strip()))


@lru_cache(maxsize=16384)
def words(text: str) -> tuple[str, ...]:
    """The title's meaningful words in canonical form (see the module's steps 1 and 2)."""
    segment, _, stop = _segmenter()
    out = []
    for word in segment(_phrases(text.lower())):
        word = SYNONYMS.get(word.strip(), word.strip())
        if not word or not any(ch.isalnum() for ch in word) or word in stop:
            continue
        if word.startswith("การ") and len(word) > 4:
            word = SYNONYMS.get(word[3:], word[3:])
        out.append(word)
    return tuple(out)


@lru_cache(maxsize=16384)
def features(text: str) -> dict[str, float]:
    """Syllable -> weight (see the module's steps 3 and 4)."""
    syllables = _syllables_of()
    out: dict[str, float] = {}
    for word in words(text):
        weight = FRAME_WEIGHT if word in FRAME else 1.0
        for syllable in syllables(word):
            if out.get(syllable, 0.0) < weight:
                out[syllable] = weight
    return out


def _weighted_jaccard(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(min(w, b[k]) for k, w in a.items() if k in b)
    total = sum(a.values()) + sum(b.values()) - shared
    return shared / total if total else 0.0


def similarity(a: str, b: str) -> float:
    """Weighted Jaccard index of the two titles' syllables: 1.0 for the same, 0.0 for nothing shared."""
    return _weighted_jaccard(features(a), features(b))


def _prefix(vector: dict[str, float], rarity: dict[str, int], threshold: float) -> list[str]:
    """The rarest syllables that a title at ``threshold`` or above must share with this one."""
    ordered = sorted(vector, key=lambda k: (rarity[k], k))
    total, kept, out = sum(vector.values()), 0.0, []
    for key in ordered:
        out.append(key)
        kept += vector[key]
        if total - kept < threshold * total:
            break
    return out


def near_duplicates(items: Iterable[dict], office_of: Callable[[dict], object],
                    threshold: float = THRESHOLD,
                    skip: Callable[[int, int], bool] = lambda a, b: False) -> list[tuple[dict, dict, float]]:
    """Pairs (first, second, score) of initiatives (rows with ``id`` and ``title``) from *different*
    offices, in any pillar, whose titles are at least ``threshold`` similar. Each initiative is the
    second of at most one pair: its best match among the initiatives before it (by id), leaving out
    pairs ``skip(first_id, second_id)`` names (decided before). Most similar first."""
    rows = sorted(items, key=lambda r: r["id"])
    vectors = [features(r["title"]) for r in rows]
    rarity: dict[str, int] = {}
    for vector in vectors:
        for key in vector:
            rarity[key] = rarity.get(key, 0) + 1
    search = _Search(rows, vectors, office_of, skip, threshold)
    pairs = []
    for n, vector in enumerate(vectors):
        if not vector:
            continue
        best = search.identical(n) or search.best(n, _prefix(vector, rarity, threshold))
        if best is not None:
            pairs.append((rows[best[1]], rows[n], round(best[0], 3)))
        search.add(n)
    pairs.sort(key=lambda p: (-p[2], p[0]["id"], p[1]["id"]))
    return pairs


class _Search:
    """The titles seen so far: an inverted index by syllable, and identical titles met once.

    A title met again (the same syllables) is indexed at most twice, from two offices, so fifty
    offices sending the same initiative cost fifty look-ups, not fifty times fifty comparisons."""

    def __init__(self, rows, vectors, office_of, skip, threshold):
        self.rows, self.vectors, self.office_of, self.skip, self.threshold = rows, vectors, office_of, skip, threshold
        self.index: dict[str, list[int]] = {}
        self.copies: dict[tuple, list[int]] = {}   # signature -> positions indexed (at most two offices)

    @staticmethod
    def signature(vector: dict[str, float]) -> tuple:
        return tuple(sorted(vector.items()))

    def _allowed(self, m: int, n: int) -> bool:
        return (self.office_of(self.rows[m]) != self.office_of(self.rows[n])
                and not self.skip(self.rows[m]["id"], self.rows[n]["id"]))

    def identical(self, n: int) -> tuple[float, int] | None:
        for m in self.copies.get(self.signature(self.vectors[n]), ()):
            if self._allowed(m, n):
                return 1.0, m
        return None

    def best(self, n: int, prefix: list[str]) -> tuple[float, int] | None:
        candidates: set[int] = set()
        for key in prefix:
            candidates.update(self.index.get(key, ()))
        best = None
        for m in sorted(candidates):
            if not self._allowed(m, n):
                continue
            score = _weighted_jaccard(self.vectors[n], self.vectors[m])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, m)
        return best

    def add(self, n: int) -> None:
        copies = self.copies.setdefault(self.signature(self.vectors[n]), [])
        if len(copies) >= 2 or any(self.office_of(self.rows[m]) == self.office_of(self.rows[n]) for m in copies):
            return
        copies.append(n)
        for key in self.vectors[n]:
            self.index.setdefault(key, []).append(n)
