"""Aggregating self-assessment scores: plain rules, no Qt."""

from app.assessment import aggregate, aggregate_levels, most_disputed, overall_mean
from app.model import Assessment


def _a(group, target_id, level, target="category"):
    return Assessment(id=0, group_id=group, target=target, target_id=target_id, level=level, reason="")


def test_aggregate_gives_mean_extremes_spread_and_count():
    result = aggregate([_a(1, 1, 1), _a(2, 1, 3), _a(3, 1, 2)], "category", [1])
    (agg,) = result
    assert (agg.count, agg.mean, agg.lowest, agg.highest, agg.spread) == (3, 2.0, 1, 3, 2)


def test_aggregate_is_empty_when_nobody_scored_a_target():
    result = aggregate([_a(1, 1, 2)], "category", [1, 2])
    assert result[1].count == 0
    assert (result[1].mean, result[1].lowest, result[1].highest, result[1].spread) == (None,) * 4


def test_aggregate_skips_missing_scores_when_a_group_did_not_score():
    agg = aggregate([_a(1, 1, 3)], "category", [1], group_ids=[1, 2, 3])[0]
    assert (agg.count, agg.mean, agg.spread, agg.levels) == (1, 3.0, 0, (3,))
    assert aggregate_levels("pillar", 5, [None, 2, None, 3]).mean == 2.5


def test_aggregate_ignores_other_targets_and_groups():
    rows = [_a(1, 1, 1), _a(1, 1, 3, target="pillar"), _a(9, 1, 3)]
    assert aggregate(rows, "category", [1], group_ids=[1])[0].levels == (1,)
    assert aggregate(rows, "pillar", [1])[0].mean == 3


def test_aggregate_with_no_groups_at_all_is_empty():
    assert aggregate([], "category", [1, 2], group_ids=[]) == [
        aggregate_levels("category", 1, []), aggregate_levels("category", 2, [])]
    assert overall_mean(aggregate([], "category", [1])) is None


def test_most_disputed_orders_by_spread_and_leaves_out_single_scores():
    rows = [_a(1, 1, 1), _a(2, 1, 2), _a(1, 2, 1), _a(2, 2, 3), _a(1, 3, 3), _a(1, 4, 2), _a(2, 4, 2)]
    order = [a.target_id for a in most_disputed(aggregate(rows, "category", [1, 2, 3, 4]))]
    assert order == [2, 1, 4]
    assert [a.target_id for a in most_disputed(aggregate(rows, "category", [1, 2, 3, 4]), 1)] == [2]


def test_most_disputed_keeps_given_order_for_equal_spread():
    rows = [_a(1, 5, 1), _a(2, 5, 2), _a(1, 6, 2), _a(2, 6, 3)]
    assert [a.target_id for a in most_disputed(aggregate(rows, "category", [6, 5]))] == [6, 5]


def test_overall_mean_weighs_each_target_the_same():
    rows = [_a(1, 1, 1), _a(2, 1, 1), _a(3, 1, 1), _a(1, 2, 3)]
    assert overall_mean(aggregate(rows, "category", [1, 2, 3])) == 2.0
