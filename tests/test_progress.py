"""What a run tells while it runs and keeps afterwards: progress lines (plain, as stdout here is
a pipe), the job's log file, and --help."""

import io
import os
import re
import subprocess
import sys

from rich.console import Console

from conftest import QUICK, REPO, SCRIPTS, mlagility, scripts_corpus
from mlagility.engine.job import print_script_table


def test_a_run_shows_each_stage_and_its_log_keeps_stages_outcomes_and_warnings(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    # A line torn by a killed writer: the report skips it with a warning, which the log keeps.
    (run / "results.jsonl").write_text('{"script": "killed_writer.py", "sta')
    done = mlagility("corpus=selftest", "corpus.include=[two_models.py]", "runtime=ort", f"hydra.run.dir={run}",
                     tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr

    stages = re.findall(r"^\[(\d)/1 done, \d:\d\d:\d\d\] selftest/two_models\.py: (.+)$", done.stdout, re.MULTILINE)
    assert stages == [("0", "starting worker"), ("0", "running script")] + [
        ("0", f"{model}: {stage}") for model in ("encoder", "classifier")
        for stage in ("reference", "exporting", "optimizing", "preparing ort", "timing ort")
    ], done.stdout
    assert "torn line" in done.stdout  # the warning shows on the console too

    log = (run / "mlagility.log").read_text()
    for expected in (
        "[mlagility.engine.job][INFO] - 1 script(s) from selftest, device=cpu, runtime=ort; batch_size=1",
        "selftest/two_models.py: running script took ",
        "selftest/two_models.py: encoder: exporting took ",
        "selftest/two_models.py: classifier: timing ort took ",
        "selftest/two_models.py: done in ",
        "two_models.py encoder ort: ok, median ",
        "[py.warnings][WARNING] - ",
        "1 script(s), 2 record(s), 0 failed",
    ):
        assert expected in log, log
    assert "[DEBUG]" not in log


def test_hydra_verbose_mlagility_adds_debug_lines_to_the_log(tmp_path):
    done = mlagility("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager", "hydra.verbose=mlagility",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "run" / "mlagility.log").read_text()
    assert "[mlagility.progress][DEBUG] - selftest/linear.py: model: timing torch-eager" in log
    assert "[DEBUG]" not in done.stdout  # debug goes to the log, not the console


def test_help_describes_the_tool_its_groups_and_keys_without_schemas(tmp_path):
    done = mlagility("--help", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("mlagility: benchmark the PyTorch models")
    assert "powered by Hydra" not in text
    groups = dict(re.findall(r"^(corpus|device|build|runtime|experiment): (.+)$", text, re.MULTILINE))
    assert set(groups) == {"corpus", "device", "build", "runtime", "experiment"}
    assert "selftest" in groups["corpus"].split(", ") and "torch-eager" in groups["runtime"].split(", ")
    assert "_schema" not in text
    for key in ("batch_size=1", "corpus.include=", "build.stop_after=", "timeout=", "resume=true", "mlagility.log"):
        assert key in text


def test_a_wait_for_a_quiet_host_and_a_retry_show_as_stages(tmp_path):
    # A CPU hog keeps the host busy, and max_host_busy=0 tolerates none of it: the loop waits
    # for a quiet host (2 s), times anyway, finds the measurement contended and retries. Each
    # window lasts half a second: the kernel's CPU counters move in 10 ms steps, and a shorter
    # window can read as idle.
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        done = mlagility("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager",
                         "measure.max_host_busy=0", "measure.quiet_wait_s=2", "measure.retries=1",
                         "measure.min_duration_s=0.5",
                         f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    finally:
        hog.kill()
        hog.wait()
    assert done.returncode == 0, done.stderr
    stages = re.findall(r"^\[0/1 done, \d:\d\d:\d\d\] selftest/linear\.py: model: (.+)$", done.stdout, re.MULTILINE)
    waits = [i for i, stage in enumerate(stages) if re.fullmatch(r"waiting for a quiet host: \d+% busy, \d+ s of 2", stage)]
    retries = [i for i, stage in enumerate(stages) if re.fullmatch(r"retrying: contended \d+%, attempt 2 of 2", stage)]
    assert len(retries) == 1 and len(waits) >= 2, stages
    # Each wait is followed by the timing it waited for, so the line never says "waiting" while timing.
    assert waits[0] < retries[0] < waits[-1] and stages[-1] == "timing torch-eager", stages
    log = (tmp_path / "run" / "mlagility.log").read_text()
    assert re.search(r"selftest/linear\.py: model: waiting for a quiet host: \d+% busy, \d+ s of 2 took ", log), log


def on_a_terminal(args: list[str], columns: int) -> str:
    """What ``args`` writes to a terminal ``columns`` wide (a pseudo-terminal), control codes and all."""
    controller, terminal = os.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "40", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(args, stdin=terminal, stdout=terminal, stderr=terminal, cwd=REPO, env=env)
    os.close(terminal)
    output = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # every writer has closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    process.wait(timeout=600)
    return output.decode(errors="replace")


def test_on_a_terminal_the_clock_moves_during_a_long_stage_and_an_eta_follows_the_first_script(tmp_path):
    # downloads.py fails in a second; hangs.py runs until timeout=6: its "running script" stage
    # lasts 6 s, in which nothing reaches the parent, yet the line's clock must move.
    output = on_a_terminal([sys.executable, "-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}",
                            f"corpus.folder={SCRIPTS}", "corpus.name=scripts", "corpus.include=[downloads.py,hangs.py]",
                            "timeout=6", f"hydra.run.dir={tmp_path / 'run'}"], columns=160)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)  # without colours and cursor moves
    lines = re.findall(r"(\d:\d\d:\d\d) 1/2 scripts, \d:\d\d:\d\d left hangs\.py running script", text)
    assert len(set(lines)) >= 3, output


def script_table(script: str, script_records: list, width: int) -> str:
    """The console table of one script's records, printed at ``width`` columns."""
    out = Console(width=width, file=io.StringIO(), color_system=None)
    print_script_table(script, script_records, out)
    return out.file.getvalue()


SCRIPT_TABLE_HEADERS = ["model", "class", "built at", "params", "hash", "runtime", "status", "median ms", "inputs/s",
                        "measurement"]


def test_the_script_table_fits_80_columns_without_breaking_a_word_and_has_every_column_at_200(run):
    # Two invocations on two runtimes, a BERT with long input names, a script that fails.
    two_shapes = run("corpus=selftest", "corpus.include=[two_shapes.py]", "runtime=[ort,torch-eager]")
    others = run(*scripts_corpus("tiny_bert", "raises"), "runtime=torch-eager")
    tables = {"selftest/two_shapes.py": two_shapes,
              "scripts/tiny_bert.py": [r for r in others if r.script == "tiny_bert.py"],
              "scripts/raises.py": [r for r in others if r.script == "raises.py"]}
    assert all(tables.values()) and any(r.median_ms for r in tables["scripts/tiny_bert.py"])
    for script, script_records in tables.items():
        wide, narrow = script_table(script, script_records, 200), script_table(script, script_records, 80)
        header = next(line for line in wide.splitlines() if line.startswith("model "))
        assert re.split(r"\s{2,}", header.strip()) == SCRIPT_TABLE_HEADERS, wide
        for record in script_records:
            assert record.variable in wide and record.runtime in wide and record.status in wide
        assert "input_ids:[1,128]" in script_table("scripts/tiny_bert.py", tables["scripts/tiny_bert.py"], 200)

        assert max(len(line.rstrip()) for line in narrow.splitlines()) <= 80, narrow
        narrow_header = next(line for line in narrow.splitlines() if line.startswith("model "))
        assert {"model", "runtime", "status", "median ms", "measurement"} <= set(re.split(r"\s{2,}", narrow_header.strip()))
        # Wrapped only between words: every word at 80 columns is a whole word of the wide table
        # (or of the caption that names the columns left out).
        whole = set(wide.split())
        caption = [line for line in narrow.splitlines() if "report.html has every column" in line
                   or line.strip().endswith("column")]
        broken = [word for line in narrow.splitlines() if line not in caption for word in line.split()
                  if word not in whole and set(word) != {"─"}]
        assert not broken, narrow
    raises = script_table("scripts/raises.py", tables["scripts/raises.py"], 80)
    assert "broken on purpose" in raises  # the failure's reason, below the table
