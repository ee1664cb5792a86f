"""A staff form under way is a typed record (`FormProgress`) stored in the conversation as before."""

from __future__ import annotations

from bot.dialogs.staff_forms import HOTLINE_FORM, FormProgress
from bot.triggers import TRIGGERS
from workflows.vocabulary import Trigger


def test_a_form_stored_by_the_earlier_code_loads_and_is_stored_in_the_same_shape() -> None:
    earlier = {
        "name": "record_session",
        "ref": "HLB-2026-000001",
        "index": 1,
        "answers": {"session_date": "2026-03-02"},
    }
    form = FormProgress.load(earlier)
    assert form == FormProgress("record_session", "HLB-2026-000001", 1, {"session_date": "2026-03-02"})
    assert form.stored() == earlier
    typing = {**earlier, "typing": True}
    assert FormProgress.load(typing).typing and FormProgress.load(typing).stored() == typing


def test_no_form_is_none() -> None:
    assert FormProgress.load(None) is None and FormProgress.load({}) is None


def test_a_form_asks_its_registry_rows_questions_and_names_its_buttons() -> None:
    form = FormProgress("reject", "HLB-2026-000001", index=1)
    assert form.fields == TRIGGERS[Trigger.REJECT].form
    assert form.button_prefix == "sf:reject.1:"
    assert FormProgress("hotline", "").fields == HOTLINE_FORM
