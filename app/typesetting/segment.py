"""Where a line may break: words, spaces, hard breaks, and grapheme clusters for emergencies.

Thai is written without spaces between words, so break opportunities inside a Thai run come
from pythainlp's ``newmm`` dictionary segmenter.  Everything else follows the usual rules of
line breaking (UAX #14, simplified): break after spaces, after a slash inside a Latin run
(URLs, paths), never between a Thai word and digits or Latin letters that touch it, never
before closing punctuation or after opening punctuation.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.typesetting import dictionary

__all__ = [
    "NEWLINE",
    "SPACE",
    "WORD",
    "Piece",
    "emergency_levels",
    "graphemes",
    "pieces",
    "thai_words",
]

WORD, SPACE, NEWLINE = "word", "space", "newline"

# Thai letters, vowels, tone marks, ฯ and ๆ.  Thai digits (U+0E50-0E59) are left out on purpose:
# they behave like digits (no break between "ปี" and "๒๕๖๑").
_THAI = "\u0e01-\u0e4f"
_TOKEN = re.compile(
    rf"(?P<newline>\r\n|[\n\r\u2028\u2029\v\f])"
    # Any other white space is a break opportunity, except the no-break spaces, which glue.
    rf"|(?P<space>(?:[^\S\n\r\u2028\u2029\v\f\u00a0\u202f\u2007]|\u200b)+)"
    rf"|(?P<thai>[{_THAI}]+)"
    rf"|(?P<other>(?:[^\s{_THAI}\u200b]|[\u00a0\u202f\u2007])+)"
)
_TOKEN_THAI_OR_NOT = re.compile(rf"(?P<thai>[{_THAI}]+)|(?P<other>[^{_THAI}]+)")
# Inside a Latin/digit run: break after a slash or dash when a letter follows (URLs, paths),
# after ? & = in a URL query.  Not after a hyphen: poppler (pdftotext, Evince) removes a
# hyphen that ends a line and glues the halves, so "e-|Service" would extract as "eService".
_SOFT_BREAK_AFTER = re.compile(r"(?<=[/\u2013\u2014])(?=[^\W\d_])|(?<=[?&=])(?=[^\W_])")

# Marks that belong to the preceding base: above/below vowels, sara am, tone marks, thanthakhat.
_THAI_FOLLOWING = "\u0e31\u0e33-\u0e3a\u0e47-\u0e4e"
# Leading vowels เ แ โ ใ ไ belong to the following consonant.
_THAI_LEADING = "\u0e40-\u0e44"
_GRAPHEME = re.compile(
    rf"[{_THAI_LEADING}]*(?:\r\n|.)[{_THAI_FOLLOWING}\u0300-\u036f\u200c\u200d\ufe00-\ufe0f]*",
    re.S,
)
# Tokens that must not start a line: ๆ (repetition), ฯ (abbreviation), and stray marks.
_NO_BREAK_BEFORE = re.compile(rf"^[ๆฯ{_THAI_FOLLOWING}]")
_CLOSING = set(")]}>,.;:!?%\u2019\u201d\u00bb\u3001\u3002'\"")
_OPENING = set("([{<\u2018\u201c\u00ab")


@dataclass(frozen=True, slots=True)
class Piece:
    """One unit of line breaking.

    ``kind`` is WORD, SPACE or NEWLINE.  A WORD never contains a break opportunity; a line may
    break after any SPACE, and between two consecutive WORDs (the Thai case).
    """

    kind: str
    text: str


_trie_lock = threading.Lock()
_segment = None
_trie = None
_syllables = None

# Words of government planning that pythainlp's dictionary lacks, so newmm offers a break inside
# them ("ตัวชี้|วัด" in a plan table).  Kept whole like any dictionary word; the emergency levels
# may still cut them, at their component words, in a column too narrow for them.
EXTRA_WORDS = frozenset({"ตัวชี้วัด", "แดชบอร์ด"})
_EXTRA = re.compile("|".join(sorted(EXTRA_WORDS, key=len, reverse=True)))


def _segmenter():
    """pythainlp's newmm with its default dictionary, loaded once, on first use (dictionary.py)."""
    global _segment, _trie
    if _segment is None:
        with _trie_lock:
            if _segment is None:
                from pythainlp.tokenize.newmm import segment

                trie = dictionary.words()

                def _seg(text: str) -> list[str]:
                    return segment(text, trie)

                _trie = trie
                _segment = _seg
    return _segment


def _longest_word_at(text: str, start: int) -> int:
    """Length of the longest dictionary word starting at ``start``."""
    ends = _trie.ends(text, start)
    return ends[-1] - start if ends else 0


def _dictionary_words(run: str) -> list[str]:
    """newmm's words, a break inside a dictionary word that starts at the same place removed.

    newmm's maximal matching sometimes splits a compound where two segmentations tie
    ("เข้า|ใจตรงกัน" instead of "เข้าใจ|ตรงกัน").  A break inside a dictionary word that
    starts at the same place is therefore not offered: on our corpus this took newmm's
    breaks that ICU's dictionary rejects from 5 of 283 to 2 of 273 (both real word
    boundaries), for a few microseconds per run.  A word newmm does not know comes out as
    letter clusters ("แด|ช|บอร์ด", "วรา|ภรณ์"), which are no word boundaries: such a short
    fragment is glued to both its neighbours.
    """
    words = _segmenter()(run)
    out: list[str] = []
    glue_next = False
    pos = 0
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        longest = _longest_word_at(run, pos)
        joined = longest > len(word)
        while i < len(words) and longest > len(word):
            word += words[i]
            i += 1
        unknown = not joined and len(word) <= 4 and word not in _trie
        if out and (glue_next or unknown):
            out[-1] += word
        else:
            out.append(word)
        glue_next = unknown
        pos += len(word)
    return out


# Enough for the Thai runs of a whole stress-workshop report (about 11,000), so a preview and
# the saved copy segment each run once; about 1 kB per entry.
@lru_cache(maxsize=16384)
def thai_words(run: str) -> tuple[str, ...]:
    """Split a run of Thai letters into words; joining the result gives back ``run``.

    The words of EXTRA_WORDS are taken out first and kept whole (newmm would match
    "หมายตัว|ชี้|วัด" in "เป้าหมายตัวชี้วัด"); the rest is segmented by ``_dictionary_words``.
    """
    _segmenter()
    parts: list[str] = []
    start = 0
    for m in _EXTRA.finditer(run):
        if m.start() > start:
            parts += _dictionary_words(run[start:m.start()])
        parts.append(m.group())
        start = m.end()
    if start < len(run):
        parts += _dictionary_words(run[start:])
    out: list[str] = []
    for word in parts:
        # newmm works on Thai character clusters, so this only guards against a future change:
        # a word may never begin with a mark, ๆ or ฯ, nor can the previous end in a leading vowel.
        if out and (_NO_BREAK_BEFORE.match(word) or out[-1][-1] in "เแโใไ"):
            out[-1] += word
        else:
            out.append(word)
    return tuple(out)


def _syllable_split(text: str) -> list[str]:
    global _syllables
    if _syllables is None:
        from pythainlp.tokenize.newmm import segment

        trie = dictionary.syllables()
        _syllables = lambda t: segment(t, trie)  # noqa: E731
    return _syllables(text)


def _split_thai(text: str, split) -> list[str]:
    units: list[str] = []
    for m in _TOKEN_THAI_OR_NOT.finditer(text):
        part = m.group()
        units.extend(split(part) if m.lastgroup == "thai" else [part])
    # The segmenters work on Thai character clusters; keep the same guard as for words.
    merged: list[str] = []
    for u in units:
        if merged and (_NO_BREAK_BEFORE.match(u) or merged[-1][-1] in "เแโใไ"):
            merged[-1] += u
        else:
            merged.append(u)
    return merged


def _compound_parts(run: str) -> list[str]:
    """The fewest dictionary words that make up ``run``, the whole word itself excluded
    ("เทคโนโลยีสารสนเทศ" -> "เทคโนโลยี|สารสนเทศ"); ``[run]`` when no such split exists.

    newmm's own segmentation of a compound can be finer than needed ("สาร|สน|เทศ" inside a
    longer run) or nothing at all (a whole dictionary word); a break between the largest
    words a compound is made of reads best.
    """
    _segmenter()
    n = len(run)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (parts, previous cut) per end
    best[0] = (0, 0)
    for start in range(n):
        if best[start] is None:
            continue
        for i in _trie.ends(run, start):
            if not (start == 0 and i == n):
                cost = best[start][0] + 1
                if best[i] is None or cost < best[i][0]:
                    best[i] = (cost, start)
    if best[n] is None:
        return [run]
    cuts, end = [], n
    while end:
        start = best[end][1]
        cuts.append(run[start:end])
        end = start
    return cuts[::-1]


def emergency_levels():
    """Ever finer splitters for a word wider than a whole line, best first.

    Only reached for a word that cannot fit (a long compound in a narrow table column, a
    200-letter word, a URL): first the dictionary words a compound is made of, then Thai
    syllables, then grapheme clusters; a break between words reads better than one between
    syllables, and one between syllables far better than one between letters.
    """
    return _EMERGENCY


def graphemes(text: str) -> list[str]:
    """Clusters that an emergency break may never split (a Thai consonant with its marks,
    a leading vowel with its consonant, a Latin letter with its combining accents)."""
    return _GRAPHEME.findall(text)


_EMERGENCY = (
    lambda t: _split_thai(t, _compound_parts),
    lambda t: _split_thai(t, _syllable_split),
    graphemes,
)


def _split_other(run: str) -> list[str]:
    parts, start = [], 0
    for m in _SOFT_BREAK_AFTER.finditer(run):
        parts.append(run[start : m.start()])
        start = m.start()
    parts.append(run[start:])
    return [p for p in parts if p]


def pieces(text: str, keep: tuple[tuple[int, int], ...] = ()) -> list[Piece]:
    """Break ``text`` into pieces; a line may end only between pieces.

    ``keep`` holds (start, end) ranges of names (people, groups, organizations): no
    dictionary knows them, so inside a range a line breaks only at spaces, and a person's
    title stays with the given name even when typed apart ("นาย สมชาย").  A part of a name
    wider than the whole line is still cut by the emergency levels.
    """
    return _join_glued_words(_tokens(unicodedata.normalize("NFC", text), keep))


# Titles that go with the given name: a space typed after one is no place for a line break.
TITLES = frozenset({"นาย", "นาง", "นางสาว", "น.ส.", "ดร.", "ศ.", "รศ.", "ผศ.", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.",
                    "Mr.", "Mrs.", "Ms.", "Dr."})


def _tokens(text: str, keep: tuple[tuple[int, int], ...] = ()) -> list[list]:
    """``[kind, text, may_break_after]`` per token, with Thai runs already cut into words and
    Latin runs at their soft breaks (neither inside a ``keep`` range)."""
    flat: list[list] = []
    word = ""  # the name's word so far (inside a keep range), to recognise a title
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        named = keep and any(a <= m.start() < b for a, b in keep)
        if kind == "newline":
            flat.append([NEWLINE, "\n", True])
        elif kind == "space":
            if named and word in TITLES and flat:
                flat[-1][2] = False
                flat.append([WORD, m.group(), False])
                continue
            flat.append([SPACE, m.group(), True])
        else:
            s = m.group()
            if named:
                flat.append([WORD, s, True])
            else:
                for w in thai_words(s) if kind == "thai" else _split_other(s):
                    flat.append([WORD, w, True])
            flat[-1][2] = False  # what follows touches the run without a space
        word = word + m.group() if kind not in ("newline", "space") else ""
    return flat


def _join_glued_words(flat: list[list]) -> list[Piece]:
    """Pieces from the tokens, joining consecutive words where no break is allowed between them."""
    out: list[Piece] = []
    pending = ""
    for i, (kind, s, may_break) in enumerate(flat):
        if kind != WORD:
            if pending:
                out.append(Piece(WORD, pending))
                pending = ""
            out.append(Piece(kind, s))
            continue
        pending += s
        nxt = flat[i + 1] if i + 1 < len(flat) else None
        if nxt is None or nxt[0] != WORD:
            continue
        # Inline rather than a helper: this runs for every word of every paragraph.
        if may_break and not (
            s[-1] in _OPENING or nxt[1][0] in _CLOSING or _NO_BREAK_BEFORE.match(nxt[1])
        ):
            out.append(Piece(WORD, pending))
            pending = ""
    if pending:
        out.append(Piece(WORD, pending))
    return out
