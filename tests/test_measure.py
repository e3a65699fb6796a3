"""The timing loop: when it stops, and the median's confidence interval it stops on."""

import time

import pytest

from mlagility.measure import MeasureSettings, measure, median_confidence


def test_median_confidence_uses_the_order_statistics_around_the_median():
    # n=10: ranks 5 -+ 1.96*sqrt(10)/2 = 1.9 and 8.1, widened to the 1st and 9th samples.
    assert median_confidence([float(x) for x in range(1, 11)]) == pytest.approx((9 - 1) / (2 * 5.5))
    assert median_confidence([2.0] * 50) == 0.0
    assert median_confidence([1.0]) == float("inf")


def test_a_steady_call_stops_at_the_minimum_count_once_the_median_is_precise():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=20, min_duration_s=0,
                               max_duration_s=10, precision=0.5)
    result = measure(lambda: time.sleep(0.002), settings)
    assert len(result.samples_s) == 20
    assert result.median_ci <= 0.5
    assert 2.0 <= result.median_ms < 20


def test_a_bimodal_call_is_timed_until_max_duration_when_the_median_never_settles():
    calls = iter(range(10**6))
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=10, min_duration_s=0,
                               max_duration_s=0.5, precision=0.01)
    result = measure(lambda: time.sleep(0.001 if next(calls) % 2 else 0.004), settings)
    assert result.end - result.start >= 0.5
    assert result.median_ci > 0.01
    assert 50 < len(result.samples_s) < 500


def test_precision_zero_leaves_the_count_and_duration_to_decide():
    settings = MeasureSettings(warmup_min_calls=3, warmup_min_s=0, min_iterations=7, min_duration_s=0,
                               max_duration_s=10, precision=0)
    calls = []
    result = measure(lambda: calls.append(time.sleep(0.001 * (len(calls) % 3))), settings)
    assert (result.warmup_calls, len(result.samples_s)) == (3, 7)
    assert len(calls) == 10


def test_timing_lasts_at_least_min_duration():
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=1, min_duration_s=0.3,
                               max_duration_s=10, precision=0.5)
    result = measure(lambda: time.sleep(0.01), settings)
    assert result.end - result.start >= 0.3
    assert len(result.samples_s) >= 25
