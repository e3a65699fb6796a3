"""Does stopping with the precision out of reach (measure.stop_out_of_reach) ever stop a
measurement that would have reached its precision by max_duration_s? A simulation of the timing
loop's stop rule on independent noise, no model and no timing: the samples are drawn, and the
rule is applied at the loop's own checks (every PRECISION_CHECK_GROWTH more calls).

    python benchmarks/out_of_reach.py

For each noise level and call length it prints how many of the trials end stable, stopped out of
reach, or at max_duration_s, without the rule and with it. The rule should leave the stable count
as it is and turn only runs that end at max_duration_s into early stops.
"""

from __future__ import annotations

import numpy as np

from mlagility.measure import OUT_OF_REACH_FACTOR, OUT_OF_REACH_MIN_CALLS, PRECISION_CHECK_GROWTH
from mlagility.measurement import MeasureSettings, median_confidence

TRIALS = 200


def outcome(samples: np.ndarray, call_s: float, settings: MeasureSettings, rule: bool) -> str:
    """How one simulated measurement ends: stable, out of reach, or at max_duration_s."""
    n = settings.min_iterations
    while n * call_s < settings.max_duration_s and n < len(samples):
        if n * call_s >= settings.min_duration_s:
            ci = median_confidence(np.sort(samples[:n]))
            if ci <= settings.precision:
                return "stable"
            needs_s = n * call_s * (ci / settings.precision) ** 2
            if rule and n >= OUT_OF_REACH_MIN_CALLS and needs_s > OUT_OF_REACH_FACTOR * settings.max_duration_s:
                return "out of reach"
        n = max(n + 1, int(n * PRECISION_CHECK_GROWTH))
    return "max_duration_s"


def main() -> None:
    settings = MeasureSettings()
    rng = np.random.default_rng(0)
    print(f"{TRIALS} trials each; precision={settings.precision}, max_duration_s={settings.max_duration_s}")
    for call_s, sigmas in ((0.001, (0.2, 0.3, 0.36, 0.4, 0.5)), (0.05, (0.03, 0.05, 0.06, 0.08))):
        for sigma in sigmas:
            calls = int(settings.max_duration_s / call_s) + 1
            counts = {rule: {"stable": 0, "out of reach": 0, "max_duration_s": 0} for rule in (False, True)}
            for _ in range(TRIALS):
                samples = rng.lognormal(0.0, sigma, calls)
                for rule in (False, True):
                    counts[rule][outcome(samples, call_s, settings, rule)] += 1
            print(f"calls of {call_s * 1e3:g} ms, lognormal sigma {sigma}: without the rule {counts[False]}, "
                  f"with it {counts[True]}")


if __name__ == "__main__":
    main()
