"""Every reader on a Dask corpus gives the pandas table — on a real cluster of worker
processes (a LocalCluster, then ``dask scheduler`` + ``dask worker`` started here), on the
seed and on a sample of the dev corpus; a worker killed mid-count changes nothing; a worker
memory limit below the corpus size spills and completes."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from scale_helpers import DEV_CORPUS, ROOT, SEED, synthetic_records, write_jsonl

import akhbar
from akhbar.freq import collocations, keyness, kwic, word_counts
from akhbar.speakers import quotes, speaker_counts
from akhbar.topics import TopicModel, fit_topics, topics_by, topics_over_time

distributed = pytest.importorskip("distributed")


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert_frame_equal(a, b, check_exact=True)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=":0")
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


@pytest.fixture(scope="module")
def dev_sample(tmp_path_factory):
    if not DEV_CORPUS.exists():
        print(f"SKIPPED: {DEV_CORPUS} is absent (set AKHBAR_SHARED to the folder with corpus-dev/)")
        pytest.skip(f"{DEV_CORPUS} is absent (set AKHBAR_SHARED to the folder with corpus-dev/)")
    with gzip.open(DEV_CORPUS, "rb") as file:
        lines = list(itertools.islice(file, 250))
    path = tmp_path_factory.mktemp("dev") / "dev-sample.jsonl"
    path.write_bytes(b"".join(lines))
    return path


def check_readers(pandas_corpus: pd.DataFrame, dask_corpus, term: str) -> None:
    """The word, speaker and overview readers: identical tables."""
    for options in ({}, {"by": "auto"}, {"ngram": 2, "by": "month"}):
        same(word_counts(pandas_corpus, **options), word_counts(dask_corpus, **options))
    same(keyness(pandas_corpus), keyness(dask_corpus))
    same(kwic(pandas_corpus, term), kwic(dask_corpus, term))
    same(kwic(pandas_corpus, term, limit=3), kwic(dask_corpus, term, limit=3))
    same(collocations(pandas_corpus, min_count=2), collocations(dask_corpus, min_count=2))
    events = quotes(pandas_corpus)
    same(events, quotes(dask_corpus))
    for by in (None, "article_id", "month"):
        same(speaker_counts(events, by=by), speaker_counts(events, by=by))
    for by in (None, "month", ["section", "year"]):
        same(akhbar.articles_by(pandas_corpus, by=by), akhbar.articles_by(dask_corpus, by=by))


def test_seed_readers_on_a_local_cluster(client):
    pandas_corpus = akhbar.load_corpus(SEED)
    dask_corpus = akhbar.load_corpus(SEED, engine="dask")
    check_readers(pandas_corpus, dask_corpus, "روسيا")
    ours, theirs = fit_topics(pandas_corpus), fit_topics(dask_corpus)
    for table in ("topics", "doc_topics", "summary", "k_scores"):
        same(getattr(ours, table), getattr(theirs, table))
    same(topics_by(ours, pandas_corpus), topics_by(ours, dask_corpus))


def test_dev_sample_readers_on_a_local_cluster(client, dev_sample):
    pandas_corpus = akhbar.load_corpus(dev_sample)
    dask_corpus = akhbar.load_corpus(dev_sample, engine="dask", partition_size=1 << 20).persist()
    assert dask_corpus.npartitions >= 2
    check_readers(pandas_corpus, dask_corpus, "السعودية")


def test_topics_fitted_on_a_sample_and_assigned_per_partition(client, dev_sample):
    from akhbar.scale import sample_articles

    pandas_corpus = akhbar.load_corpus(dev_sample)
    dask_corpus = akhbar.load_corpus(dev_sample, engine="dask", partition_size=1 << 20).persist()
    same(sample_articles(pandas_corpus, 120), sample_articles(dask_corpus, 120))
    model = TopicModel(4).fit(sample_articles(pandas_corpus, 120))
    result = fit_topics(dask_corpus, 4, sample=120)
    for table in ("topics_", "summary_", "k_scores_"):
        same(getattr(model, table), getattr(result.model, table))
    expected = model.transform(pandas_corpus)
    # Weights are one BLAS product per batch: equal to the last bit or two, never more.
    assert_frame_equal(expected, result.doc_topics, check_exact=False, rtol=0, atol=1e-12)
    dominant = [t.loc[t.groupby(["article_id", "unit"])["weight"].idxmax(), "topic"].to_numpy()
                for t in (expected, result.doc_topics)]
    np.testing.assert_array_equal(*dominant)
    same(topics_over_time(result, pandas_corpus), topics_over_time(result, dask_corpus))


def test_a_worker_killed_mid_count_changes_nothing(client, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", synthetic_records(6000))
    pandas_corpus = akhbar.load_corpus(path)
    dask_corpus = akhbar.load_corpus(path, engine="dask", partition_size=1 << 20)
    address, victim = next(iter(client.run(os.getpid).items()))
    killed = threading.Event()

    def kill_while_it_counts():
        # not after a fixed delay: on a fast machine the count may be over by then
        deadline = time.monotonic() + 60
        while not client.processing().get(address) and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(victim, signal.SIGKILL)
        killed.set()

    threading.Thread(target=kill_while_it_counts, daemon=True).start()
    counted = word_counts(dask_corpus, by="section")
    assert killed.is_set(), "the count ended before the worker was killed"
    same(word_counts(pandas_corpus, by="section"), counted)
    client.wait_for_workers(2, timeout=60)
    assert victim not in client.run(os.getpid).values()


def _long_articles(path, n: int) -> pd.DataFrame:
    """``n`` long articles (about 18 KB each) written as JSON Lines; their dates."""
    paragraphs = [r["content"] for r in synthetic_records(50)]
    dates = []
    with open(path, "w", encoding="utf-8") as file:
        for i in range(n):
            date = f"20{10 + i % 12}-{1 + i % 12:02d}-01 08:00"
            body = "\n".join(paragraphs[(i + k) % 50] for k in range(12)) + f" رقم {i}"
            file.write(json.dumps({"id": f"l{i}", "title": f"عنوان {i}", "content": body,
                                   "date": date}, ensure_ascii=False) + "\n")
            dates.append(date)
    return pd.DataFrame({"published": pd.to_datetime(dates)})


def test_a_memory_limit_below_the_corpus_size_spills_and_completes(tmp_path):
    path = tmp_path / "big.jsonl"
    dates = _long_articles(path, 24_000)  # ~430 MB of text
    limit = 400 << 20
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, memory_limit=limit,
                                  host="127.0.0.1", dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        corpus = akhbar.load_corpus(path, engine="dask", partition_size=4 << 20).persist()
        distributed.wait(corpus)
        held = sum(c.run(lambda dask_worker: dask_worker.state.nbytes).values())
        spilled = c.run(lambda dask_worker: len(dask_worker.data.slow))
        same(akhbar.articles_by(dates, by="month"), akhbar.articles_by(corpus, by="month"))
        assert len(c.scheduler_info(n_workers=-1)["workers"]) == 2  # none died
    print(f"corpus {held >> 20} MB held, {limit >> 20} MB per worker, spilled {spilled}")
    assert held > limit and sum(spilled.values()) > 0


@pytest.fixture(scope="module")
def scheduler_and_workers(tmp_path_factory):
    """``dask scheduler`` and ``dask worker`` as separate processes on localhost."""
    folder = tmp_path_factory.mktemp("cluster")
    file = folder / "scheduler.json"
    dask_cli = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen([*dask_cli, "--host", "127.0.0.1", "--port", "0",
                                  "--no-dashboard", "--scheduler-file", str(file)],
                                 cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = None
    try:
        for _ in range(300):
            if file.exists() and file.stat().st_size:
                break
            time.sleep(0.1)
        workers = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(file),
             "--nworkers", "2", "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
            cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with distributed.Client(scheduler_file=str(file)) as client:
            client.wait_for_workers(2, timeout=120)
            yield client
    finally:
        for process in (workers, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def test_seed_readers_on_scheduler_and_worker_processes(scheduler_and_workers):
    client = scheduler_and_workers
    pandas_corpus = akhbar.load_corpus(SEED)
    check_readers(pandas_corpus, akhbar.load_corpus(SEED, engine="dask"), "روسيا")
    # the lexicon travels as a reference: each worker has read its own
    from akhbar.text import reference_lexicon

    assert set(client.run(lambda: len(reference_lexicon())).values()) == {len(reference_lexicon())}


def test_cli_words_on_the_running_cluster(scheduler_and_workers):
    address = scheduler_and_workers.scheduler.address
    out = subprocess.run([sys.executable, "-m", "akhbar", "words", "seeds", "--engine", "dask",
                          "--scheduler", address, "--format", "csv", "--top", "3"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[1].startswith("الأمن,7")
    assert "dashboard" in out.stderr and "1 articles loaded" in out.stderr
