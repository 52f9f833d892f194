"""The disk cache of derived reference data saves time and never changes a result."""

import pickle

import pytest

from akhbar import diskcache


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_then_read_back(cache_folder):
    builds = []

    def build():
        builds.append(1)
        return {"روسيا": 1e-5}

    assert diskcache.cached("lexicon", "v1", build) == {"روسيا": 1e-5}
    assert diskcache.cached("lexicon", "v1", build) == {"روسيا": 1e-5}
    assert len(builds) == 1


def test_a_new_version_is_rebuilt_and_replaces_the_old_file(cache_folder):
    diskcache.cached("lexicon", "v1", lambda: "old")
    assert diskcache.cached("lexicon", "v2", lambda: "new") == "new"
    assert len(list(cache_folder.glob("lexicon-*.pickle"))) == 1


def test_a_damaged_cache_file_is_rebuilt(cache_folder):
    diskcache.cached("lexicon", "v1", lambda: "good")
    (path,) = cache_folder.glob("lexicon-*.pickle")
    path.write_bytes(b"\x80\x05 truncated")
    assert diskcache.cached("lexicon", "v1", lambda: "rebuilt") == "rebuilt"
    assert pickle.loads(path.read_bytes()) == "rebuilt"


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(blocker / "cache"))
    assert diskcache.cached("lexicon", "v1", lambda: "built") == "built"


def test_an_empty_setting_switches_caching_off(tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    assert diskcache.cache_dir() is None
    assert diskcache.cached("lexicon", "v1", lambda: "built") == "built"
    assert list(tmp_path.iterdir()) == []


def test_the_reference_lexicon_is_read_back_from_the_cache_as_built(cache_folder, monkeypatch):
    from akhbar.text import lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "reference_lexicon",
                        lexicon_module.reference_lexicon.__wrapped__)  # no per-process copy
    built = lexicon_module.reference_lexicon()  # an empty cache: built and written
    assert len(list(cache_folder.glob("reference-lexicon-*.pickle"))) == 1

    def no_rebuild():
        raise AssertionError("the lexicon was rebuilt instead of read from the cache")

    monkeypatch.setattr(lexicon_module, "build_reference_lexicon", no_rebuild)
    read = lexicon_module.reference_lexicon()
    assert read is not built
    assert read.frequencies == built.frequencies
    assert read.evidence == built.evidence
