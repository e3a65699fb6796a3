"""The README's examples run as written: the quick start's first command, the Python API example
saved as a script, and the ``--compare`` line. Each is read from README.md (the fenced block under
its heading), so that editing the README changes what these tests run. Each runs in a folder of
its own, with the build cache there (MLAGILITY_CACHE_DIR), and nothing else added.

The quick start and the API example measure with the default settings, which wait for a quiet
host and time each model for a second or more: 25 to 40 s each on a quiet host (CI runs them),
minutes on a busy one."""

from __future__ import annotations

import json
import re
import shlex
import shutil

from conftest import QUICK, REPO, run_cli

README = REPO / "README.md"


def fenced_blocks(heading: str, language: str) -> list[str]:
    """The fenced ``language`` blocks of the README's section under ``heading`` (a whole line,
    ``## Quick start``), up to the next heading of the same or a higher level."""
    lines = README.read_text().splitlines(keepends=True)
    start = lines.index(f"{heading}\n") + 1
    level, fenced, end = len(heading.split(" ", 1)[0]), False, len(lines)
    for number, line in enumerate(lines[start:], start):
        fenced ^= line.startswith("```")
        # A heading of the same or a higher level ends the section; a bash comment in a block does not.
        if not fenced and re.match(rf"#{{1,{level}}} ", line):
            end = number
            break
    section = "".join(lines[start:end])
    return re.findall(rf"^```{language}\n(.*?)^```", section, flags=re.MULTILINE | re.DOTALL)


def command(heading: str, starts: str) -> list[str]:
    """The words of the command that begins with ``starts`` in the section's bash blocks (a part of
    a line joined by ``&&`` counts as a command), without its leading ``python``."""
    for block in fenced_blocks(heading, "bash"):
        for line in block.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if " ".join(words).startswith(starts):
                    assert words[0] == "python"
                    return words[1:]
    raise AssertionError(f"no command starting with {starts!r} under {heading!r} in README.md")


def records_of(folder) -> list[dict]:
    """The records of every run folder under ``folder``."""
    return [json.loads(line) for path in sorted(folder.rglob("results.jsonl")) for line in path.read_text().splitlines()]


SELFTEST = {path.name for path in (REPO / "models" / "selftest").glob("*.py")}


def test_the_quick_start_command_composes():
    """The quick start's overrides are ones the tool knows (in a second, before the run itself, below)."""
    words = command("## Quick start", "python -m mlagility")
    done = run_cli(*words, "--cfg", "job")
    assert done.returncode == 0, done.stderr
    assert "name: selftest" in done.stdout


def test_the_quick_start_command_runs_as_written(tmp_path):
    words = command("## Quick start", "python -m mlagility")
    done = run_cli(*words, cwd=tmp_path, env={"MLAGILITY_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [run] = (tmp_path / "outputs").glob("*/*")
    records = records_of(run)
    assert {r["script"] for r in records} == SELFTEST
    assert {r["status"] for r in records} == {"ok"}, done.stdout[-3000:]
    assert (run / "report.html").is_file()


def test_the_python_api_example_runs_as_a_script(tmp_path):
    [example] = fenced_blocks("### Python API", "python")
    (tmp_path / "example.py").write_text(example)
    done = run_cli("example.py", cwd=tmp_path, env={"MLAGILITY_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    records = records_of(tmp_path / "outputs")
    assert {r["script"] for r in records} == SELFTEST
    assert {r["status"] for r in records} == {"ok"}, done.stdout[-3000:]
    assert {r["runtime"] for r in records} == {"ort", "torch-eager"}
    assert {r["parameters"]["batch_size"] for r in records} == {8}
    assert "median_ms" in done.stdout and "parameters.batch_size" in done.stdout  # what the example prints


def test_the_compare_line_runs_as_written(tmp_path):
    """The README's --compare line, in a folder that holds the two runs it names (made here with
    quick settings: the line under test is the comparison)."""
    words = command("### Comparing two runs", "python -m mlagility.report --compare")
    baseline, candidate = words[words.index("--compare") + 1:words.index("--compare") + 3]
    out = words[words.index("--out") + 1]
    made = run_cli("-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=torch-eager", f"hydra.run.dir={tmp_path / baseline}")
    assert made.returncode == 0, made.stderr
    shutil.copytree(tmp_path / baseline, tmp_path / candidate)
    done = run_cli(*words, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.search(r"\d+ slower, \d+ faster, \d+ same, \d+ not comparable", done.stdout)
    assert (tmp_path / out / "compare.csv").is_file() and (tmp_path / out / "compare.html").is_file()


def test_the_language_model_commands_compose():
    """The language-model section's run and sweep compose (a sweep's grid at its first point: Hydra
    takes --cfg for one job only), and the corpus it names holds the script it picks."""
    for starts in ("python -m mlagility corpus=llm", "python -m mlagility -m corpus=llm"):
        words = command("## Language models", starts)
        words = [word.split(",")[0] if "=" in word and not word.split("=", 1)[1].startswith("[") else word
                 for word in words if word != "-m"]
        done = run_cli(*words, "--cfg", "job")
        assert done.returncode == 0, done.stderr
        assert "name: llm" in done.stdout and "max_seq_length: 128" in done.stdout
    assert (REPO / "models" / "llm" / "smollm2_135m.py").exists()


def test_the_sql_example_runs_as_a_script(tmp_path):
    """The README's `mlagility.report.connect` example, in a folder that holds the `multirun`
    folder it names (made here with quick settings)."""
    [example] = fenced_blocks("### Many records: SQL over every run", "python")
    made = run_cli("-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=[ort,torch-eager]", f"hydra.run.dir={tmp_path / 'multirun'}")
    assert made.returncode == 0, made.stderr
    (tmp_path / "example.py").write_text(example)
    done = run_cli("example.py", cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "median(median_ms)" in done.stdout and "torch-eager" in done.stdout and "ort" in done.stdout


def test_the_samples_example_runs_as_a_script(tmp_path):
    """The README's `mlagility.report.samples` example, in a folder whose `outputs` holds a run
    (made here with quick settings, where a run goes by default)."""
    [example] = fenced_blocks("## What a measurement cost besides time", "python")
    made = run_cli("-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=[ort,torch-eager]", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert list(tmp_path.glob("outputs/*/*/samples.parquet"))
    (tmp_path / "example.py").write_text(example)
    done = run_cli("example.py", cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "torch-eager" in done.stdout and "ort" in done.stdout and "mean" in done.stdout


def test_the_profile_command_runs_as_written(tmp_path):
    """The README's `measure.profile=true` line (with quick timing and a cache of its own): each
    record names its top operators and its trace."""
    words = command("## What a measurement cost besides time", "python -m mlagility corpus=selftest")
    done = run_cli(*words, *QUICK, f"cache_dir={tmp_path / 'cache'}", cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    found = records_of(tmp_path / "outputs")
    assert {r["runtime"] for r in found} == {"ort", "torch-eager"}
    for record in found:
        assert record["profile_top"] and not record["profile_top"].startswith("profile failed")
        assert (tmp_path / record["profile_path"]).is_file()


def test_the_variants_command_runs_as_written(tmp_path):
    """The README's build-variants line (with quick timing): one record per variant, all checked."""
    words = command("## Build variants: fusions and quantization", "python -m mlagility corpus=selftest")
    done = run_cli(*words, *QUICK, f"cache_dir={tmp_path / 'cache'}", cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    found = records_of(tmp_path / "outputs")
    assert sorted(r["build_variant"] for r in found) == sorted(
        ["fp32", "int8_dynamic", "int8_static", "fused", "fused+int8_dynamic", "fused+int8_static"])
    assert all(r["status"] == "ok" and r["cosine_similarity"] > 0.98 for r in found), found
