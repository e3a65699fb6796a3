"""Draw the pass-rate sample of the generated scripts (issue 29), and print or run its checks.

    python models/tools/sample_new.py                      # the sample, and the commands that check it
    python models/tools/sample_new.py --run --out outputs/sample-new
    python models/tools/sample_new.py --readme             # the draw, as models/readme.md lists it

The generated scripts are every script of models/timm, the models/transformers scripts that
``generate_transformers.py`` writes (not the hand-written ones of ``HAND_WRITTEN``), and the
models/popular_on_huggingface and models/llm scripts that ``generate_popular.py`` writes. The
sample is stratified by corpus: each corpus gives its share of ``--size``, in proportion to how
many generated scripts it has (at least one each), drawn with ``--seed``; the ``--compiled``
scripts checked on torch-compiled too are drawn the same way from the sample. The same seed and
sizes draw the same scripts, so anyone can rerun the check, and a check run again into the same
``--out`` resumes where it stopped.
"""

import argparse
import random
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from generate_popular import scripts as popular_scripts  # noqa: E402
from generate_transformers import HAND_WRITTEN  # noqa: E402

MODELS_DIR = TOOLS.parent


def generated() -> dict[str, list[str]]:
    """{corpus: the file names of its generated scripts, sorted}."""
    table = popular_scripts()
    hand_written = {f"{stem}.py" for stem in HAND_WRITTEN.values()}
    return {
        "timm": sorted(p.name for p in (MODELS_DIR / "timm").glob("*.py")),
        "transformers": sorted(p.name for p in (MODELS_DIR / "transformers").glob("*.py") if p.name not in hand_written),
        "popular_on_huggingface": sorted(Path(r).name for r in table if r.startswith("popular_on_huggingface/")),
        "llm": sorted(Path(r).name for r in table if r.startswith("llm/")),
    }


def stratified(population: dict[str, list[str]], size: int, seed: int) -> dict[str, list[str]]:
    """``size`` names drawn from ``population``, each corpus giving its share in proportion to its
    count (largest remainders, at least one each), with ``seed``; sorted within each corpus."""
    total = sum(len(names) for names in population.values())
    exact = {corpus: size * len(names) / total for corpus, names in population.items()}
    shares = {corpus: max(1, int(share)) for corpus, share in exact.items()}
    for corpus in sorted(exact, key=lambda c: exact[c] - int(exact[c]), reverse=True)[:max(0, size - sum(shares.values()))]:
        shares[corpus] += 1
    generator = random.Random(seed)
    return {corpus: sorted(generator.sample(names, min(shares[corpus], len(names))))
            for corpus, names in population.items()}


def commands(sample: dict[str, list[str]], runtimes: list[str], out: Path) -> list[list[str]]:
    """The health checks of ``sample`` on ``runtimes``: one per corpus."""
    return [["python", "-m", "mlagility.cli.health", "--pass-rate", corpus, "--include", *names,
             "--runtimes", *runtimes, "--out", str(out)] for corpus, names in sample.items()]


def readme_list(sample: dict[str, list[str]], compiled: dict[str, list[str]]) -> str:
    """The draw as models/readme.md lists it: a line per corpus, the scripts checked on
    torch-compiled too in bold."""
    lines = []
    for corpus, names in sample.items():
        listed = ", ".join(f"**{Path(n).stem}**" if n in compiled[corpus] else Path(n).stem for n in names)
        lines.append(textwrap.fill(f"- {corpus} ({len(names)}, {len(compiled[corpus])} in bold): {listed}.", 100,
                                   subsequent_indent="  ", break_on_hyphens=False))
    return "\n".join(lines)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--size", type=int, default=300, help="scripts checked on ort and torch-eager")
    cli.add_argument("--compiled", type=int, default=100, help="of those, the scripts checked on torch-compiled too")
    cli.add_argument("--seed", type=int, default=29)
    cli.add_argument("--out", type=Path, default=Path("outputs/sample-new"))
    cli.add_argument("--run", action="store_true", help="run the checks (else print them)")
    cli.add_argument("--readme", action="store_true", help="print the draw as models/readme.md lists it instead")
    args = cli.parse_args()
    sample = stratified(generated(), args.size, args.seed)
    compiled = stratified(sample, args.compiled, args.seed)
    checks = commands(sample, ["ort", "torch-eager"], args.out) + commands(compiled, ["torch-compiled"],
                                                                          args.out / "torch-compiled")
    if args.readme:
        print(readme_list(sample, compiled))
        return
    for corpus, names in sample.items():
        print(f"{corpus}: {len(names)} ({len(compiled[corpus])} on torch-compiled too)", file=sys.stderr)
    for check in checks:
        if args.run:
            subprocess.run([sys.executable, *check[1:]], check=False)
        else:
            print(shlex.join(check))


if __name__ == "__main__":
    main()
