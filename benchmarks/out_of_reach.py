"""Does stopping with the precision out of reach (measure.stop_out_of_reach) ever stop a
measurement that would have reached its precision by max_duration_s? A simulation of the timing
loop's stop rule, no model and no timing: the samples are drawn, and the rule
(measure.precision_out_of_reach) is applied at the loop's own checks (every PRECISION_CHECK_GROWTH
more calls).

    python benchmarks/out_of_reach.py

The noise is independent (lognormal) or drifting (the same, times a slow random walk in time: a
host whose speed wanders, as this one's does). For each noise level and call length it prints how
many of the same trials end stable, stopped out of reach, or at max_duration_s, and the calls they
took on average, under four rules: none, the interval judged from 50 calls only (until 2026-12-07),
the interval's measure.OUT_OF_REACH alone (until 2026-12-08), and with the calls' spread
(measure.SPREAD_OUT_OF_REACH) as well; then the totals over all rows, with the seconds of calls. A
rule should leave the stable count as it is and turn only runs that end at max_duration_s into
early stops.
"""

from __future__ import annotations

import numpy as np

from mlagility.measure import OUT_OF_REACH, PRECISION_CHECK_GROWTH, SPREAD_OUT_OF_REACH, precision_out_of_reach
from mlagility.measurement import MeasureSettings, median_confidence

TRIALS = 200
# (call seconds, lognormal sigmas): a 1 ms model, a 50 ms one, BERT-base on ort here (110 ms), a
# slow model that max_duration_s gives fewer than 50 calls (300 ms).
CASES = ((0.001, (0.2, 0.3, 0.36, 0.4, 0.5)), (0.05, (0.03, 0.05, 0.06, 0.08)), (0.11, (0.03, 0.05, 0.08, 0.1)),
         (0.3, (0.03, 0.05, 0.08)))


# name: the interval's and the spread's (calls, x max_duration_s) tiers, as measure.OUT_OF_REACH.
RULES = {"none": ((), ()), "from 50 calls": (((50, 3.0),), ()), "OUT_OF_REACH": (OUT_OF_REACH, ()),
         "+ SPREAD_OUT_OF_REACH": (OUT_OF_REACH, SPREAD_OUT_OF_REACH)}


def outcome(samples: np.ndarray, call_s: float, settings: MeasureSettings, tiers) -> tuple[str, int]:
    """How one simulated measurement ends (stable, out of reach, or at max_duration_s), and after
    how many calls; ``tiers``: the interval's and the spread's, as measure.precision_out_of_reach."""
    n = settings.min_iterations
    interval_tiers, spread_tiers = tiers
    while n * call_s < settings.max_duration_s and n < len(samples):
        if n * call_s >= settings.min_duration_s:
            ordered = np.sort(samples[:n]) * call_s
            ci = median_confidence(ordered)
            if ci <= settings.precision:
                return "stable", n
            if precision_out_of_reach(ordered.tolist(), ci, settings, interval_tiers, spread_tiers) is not None:
                return "out of reach", n
        n = max(n + 1, int(n * PRECISION_CHECK_GROWTH))
    return "max_duration_s", n


def draw(rng: np.random.Generator, sigma: float, call_s: float, calls: int, drifting: bool) -> np.ndarray:
    """One measurement's call times (relative): lognormal, times a slow random walk if drifting
    (sigma/8 per 100 ms of calls)."""
    samples = rng.lognormal(0.0, sigma, calls)
    if not drifting:
        return samples
    return samples * np.exp(np.cumsum(rng.normal(0.0, sigma / 8 * np.sqrt(call_s / 0.1), calls)))


def main() -> None:
    settings = MeasureSettings()
    rng = np.random.default_rng(0)
    print(f"{TRIALS} trials each; precision={settings.precision}, max_duration_s={settings.max_duration_s}; "
          f"out of reach from (calls, x max_duration_s): the interval {OUT_OF_REACH}, the spread {SPREAD_OUT_OF_REACH}")
    print("each rule: stable/out of reach/at max_duration_s of the same trials, and the calls taken on average")
    totals = {rule: {"stable": 0, "out of reach": 0, "max_duration_s": 0, "seconds": 0.0} for rule in RULES}
    for drifting in (False, True):
        for call_s, sigmas in CASES:
            for sigma in sigmas:
                calls = int(settings.max_duration_s / call_s) + 1
                counts = {rule: {"stable": 0, "out of reach": 0, "max_duration_s": 0} for rule in RULES}
                taken = dict.fromkeys(RULES, 0)
                for _ in range(TRIALS):
                    samples = draw(rng, sigma, call_s, calls, drifting)
                    for rule, tiers in RULES.items():
                        ended, n = outcome(samples, call_s, settings, tiers)
                        counts[rule][ended] += 1
                        taken[rule] += n
                        totals[rule][ended] += 1
                        totals[rule]["seconds"] += n * call_s
                print(f"{'drifting' if drifting else 'independent'}, calls of {call_s * 1e3:g} ms, sigma {sigma}: "
                      + "; ".join(f"{rule} {counts[rule]['stable']}/{counts[rule]['out of reach']}/"
                                  f"{counts[rule]['max_duration_s']} in {taken[rule] / TRIALS:.0f} calls"
                                  for rule in RULES), flush=True)
    for rule, total in totals.items():
        print(f"all rows, {rule}: {total['stable']} stable, {total['out of reach']} out of reach, "
              f"{total['max_duration_s']} at max_duration_s, {total['seconds']:.0f} s of calls")


if __name__ == "__main__":
    main()
