"""pythainlp's Thai word and syllable lists as MARISA tries, for its ``newmm`` segmenter.

pythainlp builds its own trie in Python, node by node: 62,000 words took 0.45 s of every process
that prints a report. The same words in a MARISA trie (the C++ library behind ``marisa-trie``)
take 0.06 s to build, and newmm only asks a dictionary for the words that start at a position
(``prefixes``), which both answer alike, shortest first.

Building even the MARISA trie, and reading pythainlp's word list to build it, was still a tenth of
a second of every ``report``; so the built trie is kept in the user's cache folder (beside the
executable in portable mode) and loaded from there in a few milliseconds. Its name carries
pythainlp's version and the word file's size and time, so a new pythainlp builds it again; a cache
that cannot be written or read only costs that tenth of a second.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Iterable

# Raised when the way a cached trie is written changes, so older files are not read.
CACHE_FORMAT = 1

class WordList:
    """The dictionary newmm walks: ``prefixes(text, start)`` and ``word in words``."""

    def __init__(self, words: Iterable[str] = (), *, trie=None, longest: int = 0):
        import marisa_trie

        if trie is not None:  # a trie loaded from the cache, with its longest word's length
            self._trie, self._longest = trie, longest
            return
        # pythainlp strips each entry; an empty one would make newmm step on the spot.
        cleaned = [w for w in (word.strip() for word in words) if w]
        self._trie = marisa_trie.Trie(cleaned)
        self._longest = max(map(len, cleaned), default=0)

    def __bool__(self) -> bool:  # newmm takes a falsy dictionary for "use the default one"
        return True

    def __contains__(self, word: str) -> bool:
        return word in self._trie

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words that begin ``text[start:]``, shortest first."""
        return self._trie.prefixes(text[start:start + self._longest])

    def ends(self, text: str, start: int) -> list[int]:
        """Where the dictionary words that begin at ``start`` end, nearest first."""
        return [start + len(word) for word in self.prefixes(text, start)]


def cache_folder() -> Path:
    """Where built tries are kept: ``cache`` in the portable data folder, else the user's cache."""
    from app.paths import APP_NAME, portable_root

    root = portable_root()
    if root is not None:
        return root / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cached_corpus(file_name: str, folder: Path | None = None) -> WordList:
    """The WordList of one of pythainlp's corpus files, from the cache when it holds this version's."""
    import marisa_trie
    import pythainlp
    from importlib.resources import files

    source = files("pythainlp.corpus").joinpath(file_name)
    try:
        folder = folder or cache_folder()
        stat = os.stat(str(source))
        stem = f"{Path(file_name).stem}-{CACHE_FORMAT}-{pythainlp.__version__}-{stat.st_size}-{stat.st_mtime_ns}"
    except OSError:  # the corpus is no plain file (an archive): nothing to key a cache on
        stem = None
    for found in folder.glob(f"{stem}-*.marisa") if stem else ():  # named ... -LONGEST.marisa
        try:
            trie = marisa_trie.Trie()
            trie.load(str(found))
            return WordList(trie=trie, longest=int(found.stem.rsplit("-", 1)[1]))
        except (OSError, ValueError, RuntimeError):  # unreadable: built again and replaced below
            with suppress(OSError):
                found.unlink()
    from pythainlp.corpus import get_corpus

    built = WordList(get_corpus(file_name))
    if stem is not None:
        _store(built, folder, stem, file_name)
    return built


def _store(built: WordList, folder: Path, stem: str, file_name: str) -> None:
    """Write the trie under its versioned name (whole or not at all) and drop older versions."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".marisa")
        os.close(handle)
        try:
            built._trie.save(temp)
            os.replace(temp, folder / f"{stem}-{built._longest}.marisa")
        finally:
            if os.path.exists(temp):
                os.remove(temp)
        for old in folder.glob(f"{Path(file_name).stem}-*.marisa"):
            if not old.name.startswith(stem + "-"):
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: the next process builds it again
        pass


@lru_cache(maxsize=1)
def words() -> WordList:
    return cached_corpus("words_th.txt")


@lru_cache(maxsize=1)
def syllables() -> WordList:
    return cached_corpus("syllables_th.txt")
