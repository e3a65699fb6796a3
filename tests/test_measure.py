"""The timing loop: when it stops, and the median's confidence interval it stops on."""

import random
import re
import time

import pytest

from mlagility.measure import OUT_OF_REACH, SPREAD_OUT_OF_REACH, Timed, TimingFailed, measure_together
from mlagility.measurement import MeasureSettings
from mlagility.measurement import median_confidence, milliseconds

# These tests are about the loop, not the host: no quiet wait, no retry, any load will do.
QUIET = dict(quiet_wait_s=0, retries=0, max_host_busy=1.0)


def timed_alone(call, settings):
    """``call``'s measurement, timed as the engine times an invocation with one runtime."""
    return measure_together({"call": Timed(call)}, settings)["call"]


def test_median_confidence_uses_the_order_statistics_around_the_median():
    # n=10: ranks 5 -+ 1.96*sqrt(10)/2 = 1.9 and 8.1, widened to the 1st and 9th samples.
    assert median_confidence([float(x) for x in range(1, 11)]) == pytest.approx((9 - 1) / (2 * 5.5))
    assert median_confidence([2.0] * 50) == 0.0
    assert median_confidence([1.0]) == float("inf")


def test_a_steady_call_stops_at_the_minimum_count_once_the_median_is_precise():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=20, min_duration_s=0,
                               max_duration_s=10, precision=0.5, **QUIET)
    result = timed_alone(lambda: time.sleep(0.002), settings)
    assert len(result.samples_s) == 20
    assert result.median_ci <= 0.5
    assert 2.0 <= result.median_ms < 20


def alternating(short_s: float, long_s: float):
    """A call that sleeps ``short_s`` and ``long_s`` in turn: its median sits between two modes of
    equal weight, and its interval spans the gap between them however many calls are made."""
    calls = iter(range(10**7))
    return lambda: time.sleep(short_s if next(calls) % 2 else long_s)


def test_a_bimodal_call_is_timed_until_max_duration_when_told_not_to_stop_out_of_reach():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=0.5, precision=0.01, stop_out_of_reach=False, **QUIET)
    result = timed_alone(alternating(0.001, 0.004), settings)
    assert result.end - result.start >= 0.5
    assert result.median_ci > 0.01
    # Past the minimum count (the median never settled), and no more calls than fit in the window.
    assert settings.min_iterations < len(result.samples_s) <= (result.end - result.start) / 0.001
    assert not any("out of reach" in why for why in result.instability)


def test_a_median_whose_precision_is_out_of_reach_stops_long_before_max_duration():
    """The interval spans the gap between two modes however many calls are made: at the rate it
    could narrow, the precision would take far past max_duration_s, so timing stops once enough
    calls say so, unstable, and says why."""
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0.2,
                               max_duration_s=30, precision=0.01, **QUIET)
    result = timed_alone(alternating(0.001, 0.004), settings)
    timed_s = sum(result.samples_s)  # the calls alone: the window also holds the loop between them
    assert result.end - result.start >= 0.2 and len(result.samples_s) >= min(calls for calls, _ in OUT_OF_REACH)
    assert timed_s < 0.2 * settings.max_duration_s, f"timed {timed_s:.1f} s of max_duration_s=30"
    assert not result.stable
    [why] = [why for why in result.instability if "out of reach" in why]
    assert re.search(r"at \+-\d+\.\d% the median's interval, narrowing as 1/sqrt\(calls\), would reach "
                     r"precision=0.01 only after about \d+ s, past max_duration_s=30", why), why


def test_a_precision_far_out_of_reach_is_judged_from_fewer_calls():
    """A call whose interval, after a few calls, says the precision would take many times
    max_duration_s is not timed to the count that judges a nearer miss: it stops before 50 calls."""
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=30, precision=0.01, **QUIET)
    result = timed_alone(alternating(0.002, 0.008), settings)
    assert len(result.samples_s) < max(calls for calls, _ in OUT_OF_REACH)
    assert not result.stable
    [why] = [why for why in result.instability if "out of reach" in why]
    needs_s = float(re.search(r"only after about (\d+) s", why).group(1))
    assert needs_s > min(factor for _, factor in OUT_OF_REACH + SPREAD_OUT_OF_REACH) * settings.max_duration_s


def noisy(median_s: float, sigma: float, seed: int = 0):
    """A call that sleeps a lognormal draw around ``median_s`` (``sigma`` of its log): a model on a
    host whose noise puts every call within a few tens of percent of the last."""
    draws = random.Random(seed)
    return lambda: time.sleep(median_s * draws.lognormvariate(0.0, sigma))


def test_a_noisy_call_s_spread_judges_the_precision_out_of_reach_from_the_first_check():
    """Calls at +-15% (BERT-base on this host is at +-5 to +-12%) would need about 1,400 calls
    for +-1%: the spread of the first ten already says so, robustly, so timing stops there instead
    of at the 20 calls that the median's rough early interval needs (1 to 3 s of a cold run)."""
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=1, precision=0.01, **QUIET)
    result = timed_alone(noisy(0.004, 0.15), settings)
    assert len(result.samples_s) < min(calls for calls, _ in OUT_OF_REACH), len(result.samples_s)
    assert not result.stable
    [why] = [why for why in result.instability if "out of reach" in why]
    needs_s = float(re.search(r"only after about (\d+) s", why).group(1))
    assert needs_s > 3 * settings.max_duration_s, why


def test_a_call_with_a_narrow_spread_is_not_judged_out_of_reach_from_its_spread():
    """Calls at +-3%, whose median reaches +-1% within max_duration_s, are timed until it does."""
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=10, precision=0.01, **QUIET)
    result = timed_alone(noisy(0.004, 0.03), settings)
    assert result.stable, result.instability


def test_a_steady_call_never_stops_at_the_noise_floor_before_reaching_its_precision():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0.2,
                               max_duration_s=30, precision=0.2, **QUIET)
    result = timed_alone(lambda: time.sleep(0.002), settings)
    assert result.stable, result.instability


def test_precision_zero_leaves_the_count_and_duration_to_decide():
    settings = MeasureSettings(warmup_min_calls=3, warmup_min_s=0, min_iterations=7, min_duration_s=0,
                               max_duration_s=10, precision=0, **QUIET)
    calls = []
    result = timed_alone(lambda: calls.append(time.sleep(0.001 * (len(calls) % 3))), settings)
    assert (result.warmup_calls, len(result.samples_s)) == (3, 7)
    assert len(calls) == 10


def settling(first_s: list[float], steady_s: float):
    """A call that sleeps ``first_s`` in turn (a model still filling its caches, faster each
    time), then ``steady_s`` every time after."""
    calls = iter(range(10**7))
    return lambda: time.sleep(first_s[n] if (n := next(calls)) < len(first_s) else steady_s)


def test_a_steady_slow_call_ends_its_warm_up_once_three_calls_agree():
    """A 20 ms call is done warming up after three calls that agree, not ten: for a slow model the
    seven more were seconds of nothing learnt. With warmup_settled=0 it waits for the ten."""
    settings = MeasureSettings(warmup_min_calls=10, warmup_min_s=0, min_iterations=5, min_duration_s=0,
                               max_duration_s=10, precision=0, **QUIET)
    # Three when the sleeps agree within 10%; a busy host's late wake-ups can cost a call or two.
    assert 3 <= timed_alone(lambda: time.sleep(0.02), settings).warmup_calls < 10
    waits = timed_alone(lambda: time.sleep(0.02), MeasureSettings(**{**vars(settings), "warmup_settled": 0}))
    assert waits.warmup_calls == 10


def test_a_call_still_getting_faster_is_warmed_up_until_it_settles():
    """Calls of 60, 40 and 25 ms before a steady 10 ms: warm-up lasts until three calls agree,
    and none of the slow ones is timed (a busy host's late wake-ups stay well below 25 ms)."""
    settings = MeasureSettings(warmup_min_calls=20, warmup_min_s=0, min_iterations=5, min_duration_s=0,
                               max_duration_s=10, precision=0, **QUIET)
    result = timed_alone(settling([0.06, 0.04, 0.025], 0.01), settings)
    assert 6 <= result.warmup_calls < 20
    assert max(result.samples_s) < 0.025


def test_warm_up_lasts_at_least_warmup_min_s_however_settled():
    settings = MeasureSettings(warmup_min_calls=10, warmup_min_s=0.3, min_iterations=5, min_duration_s=0,
                               max_duration_s=10, precision=0, **QUIET)
    result = timed_alone(lambda: time.sleep(0.02), settings)
    assert 0.3 / 0.02 * 0.5 < result.warmup_calls <= 0.3 / 0.02 + 1


def test_timing_lasts_at_least_min_duration():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=1, min_duration_s=0.3,
                               max_duration_s=10, precision=0.5, **QUIET)
    result = timed_alone(lambda: time.sleep(0.01), settings)
    # Past min_iterations and a precise median, the calls went on until the window lasted
    # min_duration_s, and they filled it: the loop's bookkeeping between calls takes microseconds,
    # less than one call. Counted from the calls' own times: a busy host makes each sleep longer
    # (12-16 ms) and fewer of them fit, so no count of 10 ms calls can be asserted.
    assert result.end - result.start >= settings.min_duration_s
    assert sum(result.samples_s) > settings.min_duration_s - max(result.samples_s)


def test_a_call_too_slow_for_min_iterations_is_unstable_and_says_why():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=0.05, precision=0.5, **QUIET)
    result = timed_alone(lambda: time.sleep(0.06), settings)
    assert len(result.samples_s) == 1 and not result.stable
    assert "unstable: 1 of min_iterations=10 calls within max_duration_s=0.05" in result.instability
    assert result.summary()["median_ci"] is None  # not inf: nothing bounds one sample's median


def test_stable_needs_the_count_and_a_median_within_precision():
    steady = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                             max_duration_s=5, precision=0.5, **QUIET)
    assert timed_alone(lambda: time.sleep(0.001), steady).stable
    calls = iter(range(10**6))
    bimodal = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                              max_duration_s=0.3, precision=0.01, **QUIET)
    result = timed_alone(lambda: time.sleep(0.001 if next(calls) % 2 else 0.004), bimodal)
    assert not result.stable and any("wider than precision=0.01" in why for why in result.instability)


def test_two_calls_are_timed_in_interleaved_rounds():
    order = []
    targets = {name: Timed(lambda name=name: order.append(name)) for name in ("a", "b")}
    settings = MeasureSettings(warmup_min_calls=2, warmup_min_s=0, min_iterations=9, min_duration_s=0,
                               max_duration_s=5, precision=0, rounds=3, **QUIET)
    results = measure_together(targets, settings)
    turns = [name for i, name in enumerate(order) if i == 0 or order[i - 1] != name]
    assert turns == ["a", "b"] * 3
    assert all(len(r.round_medians_s) == 3 and len(r.samples_s) == 9 for r in results.values())


def test_a_single_call_is_timed_in_one_round():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=7, min_duration_s=0,
                               max_duration_s=5, precision=0, rounds=3, **QUIET)
    result = timed_alone(lambda: None, settings)
    assert len(result.round_medians_s) == 1 and len(result.samples_s) == 7


def test_a_call_that_fails_while_timed_is_named():
    calls = iter(range(10**6))

    def flaky():
        if next(calls) == 5:
            raise ValueError("boom")

    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=20, min_duration_s=0,
                               max_duration_s=5, precision=0, **QUIET)
    with pytest.raises(TimingFailed, match="flaky failed while timed") as failure:
        measure_together({"steady": Timed(lambda: None), "flaky": Timed(flaky)}, settings)
    assert failure.value.target == "flaky" and isinstance(failure.value.__cause__, ValueError)


def test_a_measurement_carries_what_it_measured():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=3, min_duration_s=0,
                               max_duration_s=1, precision=0, **QUIET)
    measured = timed_alone(lambda: time.sleep(0.001), settings).of("abc123", "ort", "cpu", 2)
    assert (measured.invocation_hash, measured.runtime, measured.device, measured.threads) == ("abc123", "ort", "cpu", 2)
    assert str(measured).startswith("ort on cpu, 2 threads, invocation abc123: median ")


def test_a_fast_calls_median_is_written_with_three_significant_digits():
    # An empty call takes well under a microsecond: three fixed decimals wrote it as 0.000 ms.
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=3, min_duration_s=0,
                               max_duration_s=1, precision=0, **QUIET)
    measured = timed_alone(lambda: None, settings)
    written = re.match(r"median (\d+\.\d+) ms, ", str(measured)).group(1)
    assert measured.median_ms < 0.01
    assert float(written) == pytest.approx(measured.median_ms, rel=0.01)
    assert milliseconds(12.5) == "12.500" and milliseconds(0.00512) == "0.00512"


def test_a_call_that_changes_its_inputs_gets_them_restored_before_every_call():
    """A call that appends to its input (as a model does to a cache) and refuses a used one: with
    ``restored``, every warm-up and timed call runs on inputs restored just before it."""
    restores = []

    def restored():
        cache = []
        restores.append(cache)

        def call():
            assert not cache, "called on a cache an earlier call appended to"
            cache.append(1)
        return call

    settings = MeasureSettings(warmup_min_calls=3, warmup_min_s=0, min_iterations=5, min_duration_s=0,
                               max_duration_s=5, precision=0, **QUIET)
    result = measure_together({"appends": Timed(restored(), restored=restored)}, settings)["appends"]
    assert len(restores) == 1 + result.warmup_calls + len(result.samples_s)
    assert all(cache == [1] for cache in restores[1:])
