"""Near-duplicate initiatives across offices, found by the words they share.

Thai is written without spaces, so titles are split into words with pythainlp's dictionary
segmenter (``newmm``, the library PRODUCT.md chose); stop words (และ, ของ, การ…) and punctuation are
dropped, and two titles are compared by the Jaccard index of their word sets.

Threshold: measured on the demo workshop's 12 initiatives, different initiatives within one pillar
score at most 0.12; paraphrases an office would plausibly write for the same idea (for example
"แผนบริหารความเสี่ยงระดับองค์การ" / "จัดทำแผนบริหารความเสี่ยงขององค์การ", "พัฒนาทักษะดิจิทัลของบุคลากร" /
"อบรมทักษะดิจิทัลให้บุคลากรทุกระดับ") score 0.5 to 0.86. ``THRESHOLD = 0.45`` sits below every
paraphrase and far above unrelated titles. Pairs are only *suggested*; the facilitator decides.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import Callable, Iterable

THRESHOLD = 0.45


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords
    return frozenset(thai_stopwords())


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """The set of meaningful words in ``text`` (Thai segmented with newmm, lower-cased)."""
    from pythainlp.tokenize import word_tokenize  # imported on first use: it loads a dictionary

    stop = _stop_words()
    return frozenset(w.lower() for w in word_tokenize(text, engine="newmm", keep_whitespace=False)
                     if w.strip() and any(ch.isalnum() for ch in w) and w not in stop)


def similarity(a: str, b: str) -> float:
    """Jaccard index of the two texts' word sets: 1.0 for the same words, 0.0 for none shared."""
    wa, wb = words(a), words(b)
    union = wa | wb
    return len(wa & wb) / len(union) if union else 0.0


def near_duplicates(items: Iterable[dict], office_of: Callable[[dict], object],
                    threshold: float = THRESHOLD) -> list[tuple[dict, dict, float]]:
    """Pairs of initiatives (rows with ``id``, ``title``, ``pillar_id``) from *different* offices in
    the *same* pillar whose titles are at least ``threshold`` similar; most similar first."""
    pairs = []
    for a, b in combinations(sorted(items, key=lambda r: r["id"]), 2):
        if a["pillar_id"] is None or a["pillar_id"] != b["pillar_id"] or office_of(a) == office_of(b):
            continue
        score = similarity(a["title"], b["title"])
        if score >= threshold:
            pairs.append((a, b, round(score, 3)))
    pairs.sort(key=lambda p: (-p[2], p[0]["id"], p[1]["id"]))
    return pairs
