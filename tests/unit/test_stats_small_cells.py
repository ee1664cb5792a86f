"""The small-cell rule cannot be undone by subtraction (issue 16 tryout): a reader who knows the rule,
sees every shown cell and the total, still cannot tell any hidden cell's value."""

from __future__ import annotations

import itertools

import pytest

from workflows.stats import (
    HIDDEN,
    SMALL_CELL,
    WITHHELD,
    CaseFigures,
    FollowUpFigures,
    Period,
    Scope,
    is_hidden,
    protect,
    suppress,
)
from workflows.vocabulary import REGIONS, UNKNOWN_REGION


def _compositions(total: int, parts: int):
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _seen(values: tuple[int, ...]) -> tuple[object, tuple[object, ...]]:
    """What she sees: the total (itself hidden when under 5) and the protected cells."""
    total = sum(values)
    cells = protect(dict(enumerate(values)))
    return (total if total >= SMALL_CELL else HIDDEN), tuple(cells[i] for i in range(len(values)))


@pytest.mark.parametrize("parts,top", [(2, 14), (3, 9), (4, 6)])
def test_no_hidden_cell_follows_from_what_is_shown(parts, top):
    """Every breakdown of ``parts`` cells with values 0..top: for every cell not shown, some other
    breakdown that looks exactly the same (same total, same shown cells, same markers) gives that
    cell another value; the candidates range over every split of the total, not only 0..top."""
    checked = 0
    for values in itertools.product(range(top + 1), repeat=parts):
        total, cells = _seen(values)
        candidates = (
            list(_compositions(sum(values), parts))
            if total is not HIDDEN
            else [c for t in range(SMALL_CELL) for c in _compositions(t, parts)]
        )
        alike = [c for c in candidates if _seen(c) == (total, cells)]
        for i, cell in enumerate(cells):
            if is_hidden(cell):
                assert len({c[i] for c in alike}) > 1, (values, cells)
                checked += 1
            else:
                assert cell == values[i]
    assert checked > 0


def test_the_tryouts_december_cannot_be_worked_out():
    """December: 8 cases, Hailar 5, Manzhouli 1, Ergun 1, Genhe 1; every region listed, none pinned."""
    figures = CaseFigures(
        period=Period.month(2026, 12),
        scope=Scope.everywhere(),
        opened=8,
        by_region={"hailar": 5, "manzhouli": 1, "ergun": 1, "genhe": 1},
        by_service={"rights": 5, "family": 3},
    )
    shown = suppress(figures)
    assert set(shown.by_region) == {*REGIONS, UNKNOWN_REGION}
    assert shown.by_region["hailar"] == 5 and shown.by_region["jalainur"] is HIDDEN
    assert shown.by_region["genhe"] is HIDDEN and shown.by_region[UNKNOWN_REGION] is HIDDEN
    # by service: 5 + one hidden cell would give 3 away; every service is listed, zeros hidden too.
    assert all(is_hidden(v) for k, v in shown.by_service.items() if k != "rights")
    assert len(shown.by_service) > 2


def test_one_hidden_cell_beside_a_total_withholds_the_breakdown():
    shown = protect({"web": 10, "telegram": 6, "matrix": 0, "hotline": 7})
    assert shown == dict.fromkeys(("web", "telegram", "matrix", "hotline"), WITHHELD)
    assert protect({"web": 10, "telegram": 6, "matrix": 0, "hotline": 1}) == {
        "web": 10,
        "telegram": 6,
        "matrix": HIDDEN,
        "hotline": HIDDEN,
    }
    assert str(WITHHELD) == "*" and str(HIDDEN) == "<5"


def test_person_times_is_withheld_with_a_hidden_not_accepted_count():
    figures = CaseFigures(
        period=Period.month(2026, 12),
        scope=Scope.region("hailar"),
        opened=9,
        by_state={"new": 8, "not_accepted": 1},
        person_times=8,
    )
    shown = suppress(figures)
    assert shown.by_state["not_accepted"] is HIDDEN and shown.opened == 9
    assert shown.person_times is WITHHELD


def test_the_satisfaction_mean_is_withheld_when_a_score_is_hidden():
    follow = FollowUpFigures(asked=9, answered=8, satisfaction={5: 6, 4: 2}, satisfaction_mean=4.75)
    shown = suppress(CaseFigures(period=Period.month(2026, 12), scope=Scope.region("hailar"), follow_up=follow))
    assert is_hidden(shown.follow_up.satisfaction[4]) and is_hidden(shown.follow_up.satisfaction_mean)
