"""The cache's layout, and where it is by default: the one module that knows its folders.

    <cache_dir>/builds/<build name>/   one build: its ONNX files, state.json, labels, log
        trt_cache/                     the TensorRT engines and profiles trt made from it
    <cache_dir>/builds/.locks/         one lock per build name, held while it is made
    <cache_dir>/builds/.staging/       builds being made, moved into place when done
    <cache_dir>/flops/                 the FLOP count of each invocation, counted once
    <cache_dir>/locks/                 the host lock that the tool's jobs sharing the cache hold

Light to import: the parent process (host.py, the config, benchit) reads it without torch.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_ENV = "MLAGILITY_CACHE_DIR"
DEFAULT_CACHE_DIR = "~/.cache/mlagility"
# The config's default: MLAGILITY_CACHE_DIR when set, else DEFAULT_CACHE_DIR (OmegaConf resolves it).
CACHE_DIR_SETTING = f'${{oc.env:{CACHE_DIR_ENV},"{DEFAULT_CACHE_DIR}"}}'


def default_cache_dir() -> str:
    """The cache folder when none is given: MLAGILITY_CACHE_DIR, else ~/.cache/mlagility."""
    return os.environ.get(CACHE_DIR_ENV, DEFAULT_CACHE_DIR)


def builds_dir(cache_dir: str | Path) -> Path:
    """The folder that holds one folder per build."""
    return Path(cache_dir).expanduser() / "builds"


def build_folder(cache_dir: str | Path, build_name: str) -> Path:
    """Where one build's files live."""
    return builds_dir(cache_dir) / build_name


def built_scripts(cache_dir: str | Path) -> set[str]:
    """The scripts (their file stems) with at least one build in the cache: a build's folder is
    named ``<script stem>_<hash>`` (builder/cache.py's build_name). Empty when there is no cache."""
    try:
        return {folder.name.rpartition("_")[0] for folder in builds_dir(cache_dir).iterdir()
                if not folder.name.startswith(".")}
    except OSError:
        return set()


def trt_engine_dir(build: str | Path) -> Path:
    """The folder of the build ``build`` where trt has TensorRT keep the engines it makes from it."""
    return Path(build) / "trt_cache"


def build_lock(cache_dir: str | Path, build_name: str) -> Path:
    """The lock held while a build is made (its folder exists: the file need not)."""
    folder = builds_dir(cache_dir) / ".locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{build_name}.lock"


def staging_dir(cache_dir: str | Path) -> Path:
    """Where builds are made before they are moved into place: ``<build name>-<pid>`` each."""
    return builds_dir(cache_dir) / ".staging"


def flops_dir(cache_dir: str | Path) -> Path:
    """The folder of FLOP counts."""
    return Path(cache_dir).expanduser() / "flops"


def locks_dir(cache_dir: str | Path) -> Path:
    """The folder of the host lock, as an absolute path (every job must name the same file)."""
    return Path(cache_dir).expanduser().resolve() / "locks"
