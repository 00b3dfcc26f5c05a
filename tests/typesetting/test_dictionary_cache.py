"""The word list's trie is built once and kept in the cache folder; a loaded one answers alike."""

from __future__ import annotations

from app.typesetting import dictionary

SAMPLE = "ระบบราชการ๔.๐การพัฒนาองค์การเทคโนโลยีสารสนเทศ"


def _answers(words: dictionary.WordList) -> list:
    return [words.prefixes(SAMPLE, start) for start in range(len(SAMPLE))] + [
        "ราชการ" in words, "ราชกา" in words]


def test_the_trie_is_written_once_and_a_loaded_one_answers_as_the_built_one(tmp_path):
    built = dictionary.cached_corpus("syllables_th.txt", tmp_path)
    files = list(tmp_path.glob("syllables_th-*.marisa"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    loaded = dictionary.cached_corpus("syllables_th.txt", tmp_path)
    assert files[0].stat().st_mtime_ns == stamp  # read, not written again
    assert _answers(loaded) == _answers(built)
    assert loaded._longest == built._longest > 0
    from pythainlp.corpus import get_corpus
    assert _answers(loaded) == _answers(dictionary.WordList(get_corpus("syllables_th.txt")))


def test_an_unreadable_cache_is_built_again_and_replaced(tmp_path):
    dictionary.cached_corpus("syllables_th.txt", tmp_path)
    [cached] = tmp_path.glob("syllables_th-*.marisa")
    cached.write_bytes(b"not a trie")
    again = dictionary.cached_corpus("syllables_th.txt", tmp_path)
    assert "ราช" in again
    # A version that is not this one's is removed when this one is written.
    stale = tmp_path / "syllables_th-0-0.0-1-1-9.marisa"
    stale.write_bytes(b"old")
    cached.unlink()
    dictionary.cached_corpus("syllables_th.txt", tmp_path)
    assert not stale.exists() and len(list(tmp_path.glob("syllables_th-*.marisa"))) == 1


def test_a_cache_folder_that_cannot_be_written_still_gives_the_words(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    words = dictionary.cached_corpus("syllables_th.txt", blocked / "cache")
    assert "ราช" in words
