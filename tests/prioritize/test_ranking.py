"""Ranking initiatives from dots and impact/effort: plain rules, no Qt."""

from app.model import Initiative, Vote
from app.ranking import dots_by_initiative, rank_initiatives, spent_dots


def _i(id, impact=None, effort=None, position=None):
    return Initiative(id=id, title=f"I{id}", pillar_id=None, answer_id=None, impact=impact, effort=effort,
                      position=id if position is None else position)


def _labels(ranked):
    return [(r.initiative.id, r.label) for r in ranked]


def test_more_dots_rank_higher():
    ranked = rank_initiatives([_i(1), _i(2), _i(3)], [Vote(2, 1, 3), Vote(3, 1, 1), Vote(3, 2, 1)])
    assert _labels(ranked) == [(2, "1"), (3, "2"), (1, "3")]
    assert [r.dots for r in ranked] == [3, 2, 0]


def test_equal_keys_share_a_rank_and_the_next_rank_skips():
    ranked = rank_initiatives([_i(1), _i(2), _i(3)], [Vote(1, 1, 2), Vote(2, 1, 2), Vote(3, 1, 1)])
    assert _labels(ranked) == [(1, "1="), (2, "1="), (3, "3")]
    assert [r.tied for r in ranked] == [True, True, False]


def test_impact_minus_effort_breaks_equal_dots():
    items = [_i(1, impact=3, effort=3), _i(2, impact=5, effort=1), _i(3), _i(4, impact=2, effort=5)]
    ranked = rank_initiatives(items, [])
    assert _labels(ranked) == [(2, "1"), (1, "2"), (4, "3"), (3, "4")]
    assert ranked[0].net_value == 4 and ranked[-1].net_value is None


def test_higher_impact_breaks_equal_net_value_and_otherwise_ties_stay_ties():
    items = [_i(1, 3, 2), _i(2, 5, 4), _i(3, 5, 4), _i(4, 3, 2)]
    assert _labels(rank_initiatives(items, [])) == [(2, "1="), (3, "1="), (1, "3="), (4, "3=")]


def test_dots_outweigh_impact_and_effort():
    ranked = rank_initiatives([_i(1, 5, 1), _i(2, 1, 5)], [Vote(2, 1, 1)])
    assert _labels(ranked) == [(2, "1"), (1, "2")]


def test_ties_keep_the_facilitators_order():
    ranked = rank_initiatives([_i(1, position=2), _i(2, position=0), _i(3, position=1)], [])
    assert _labels(ranked) == [(2, "1="), (3, "1="), (1, "1=")]


def test_no_initiatives_rank_to_an_empty_list():
    assert rank_initiatives([], [Vote(1, 1, 1)]) == []


def test_dot_totals_and_spending():
    votes = [Vote(1, 1, 2), Vote(1, 2, 1), Vote(2, 1, 3)]
    assert dots_by_initiative(votes) == {1: 3, 2: 3}
    assert spent_dots(votes, 1) == 5 and spent_dots(votes, 3) == 0
