"""Shared fixtures: a private build cache per test, fast measurement settings, and helpers that
run real jobs on real scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from mlagility import config, records  # noqa: E402
from mlagility.engine.job import run_job  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent / "scripts"
# Few timed calls: these tests check behaviour, never speed.
QUICK = [
    "measure.warmup_min_calls=1", "measure.warmup_min_s=0", "measure.min_iterations=3",
    "measure.min_duration_s=0", "measure.max_duration_s=2", "measure.precision=0",
    # Neither wait for a quiet host nor time a contended measurement twice: other work may run
    # beside the tests, and they check what the tool does, not how fast.
    "measure.quiet_wait_s=0", "measure.retries=0",
]


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def run(tmp_path: Path, cache_dir: Path):
    """Run one job in-process: ``run("corpus=selftest", "runtime=ort")`` -> its records."""
    counter = iter(range(1000))

    def _run(*overrides: str, job_dir: Path | None = None) -> list[records.Record]:
        cfg = config.compose([*QUICK, f"cache_dir={cache_dir}", *overrides])
        out = job_dir or tmp_path / f"job{next(counter)}"
        run_job(cfg, out)
        return list(records.read(out / records.RESULTS_FILE))

    return _run


def scripts_corpus(*names: str) -> list[str]:
    """Overrides selecting fixture scripts from tests/scripts."""
    include = ",".join(f"{name}.py" for name in names)
    return [f"corpus.folder={SCRIPTS}", "corpus.name=test_scripts", f"corpus.include=[{include}]"]


def run_cli(*args: str, cwd: Path = REPO, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a command line (``python -m mlagility ...``) as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def mlagility(*overrides: str, tmp_path: Path, cache: str = "cache") -> subprocess.CompletedProcess:
    """``python -m mlagility`` with QUICK settings and a cache under ``tmp_path``; Hydra's flags
    among ``overrides`` (``-m``, ``--help``) are moved before the overrides."""
    flags = [o for o in overrides if o.startswith("-")]
    overrides = tuple(o for o in overrides if not o.startswith("-"))
    return run_cli("-m", "mlagility", *flags, *QUICK, f"cache_dir={tmp_path / cache}", *overrides)


def read_records(folder: Path) -> list[dict]:
    """The records of one job folder, as dicts."""
    return [json.loads(line) for line in (folder / "results.jsonl").read_text().splitlines()]


def sweep_records(folder: Path) -> dict[str, list[dict]]:
    """{job folder name: its records as dicts} for the jobs of a sweep folder that wrote results."""
    return {job.name: [json.loads(line) for line in (job / "results.jsonl").read_text().splitlines()]
            for job in sorted(folder.iterdir()) if (job / "results.jsonl").exists()}


def figure_html(page: str, caption: str) -> str:
    """The HTML of a report page's figure with ``caption`` (it must be there)."""
    assert caption in page, caption
    start = page.index(caption)
    return page[start:page.index("</figure>", start)]


class SvgGroups(HTMLParser):
    """The SVG groups of a page that have an id, and how many points (``<use>`` markers) each holds."""

    def __init__(self, page: str):
        super().__init__()
        self.open: list[str | None] = []
        self.ids: list[str] = []
        self.points: Counter = Counter()
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "g":
            self.open.append(dict(attrs).get("id"))
            self.ids.append(self.open[-1] or "")
        elif tag == "use":
            self.points.update(gid for gid in self.open if gid)

    def handle_endtag(self, tag):
        if tag == "g":
            self.open.pop()
