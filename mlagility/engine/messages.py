"""What a worker sends its job through their pipe, as ``(kind, payload)``: the worker (worker.py)
sends them, the job's runner (runner.py) reads them; neither imports the other for them."""

from __future__ import annotations

import enum


class Message(enum.StrEnum):
    """The kinds of message, each with its payload."""

    RECORD = "record"  # a record, as its dict
    # The script called a model: the record dict to write for it should the worker die before its own.
    DISCOVERED = "discovered"
    # One measurement's latencies, for the job's samples file: {"measurement_id", "round_calls", "latencies_s"}.
    SAMPLES = "samples"
    STAGE = "stage"  # the stage the worker has just begun: a short text for the progress line and the log
