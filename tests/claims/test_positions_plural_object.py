"""A plural post after one name (أبلغ فلان أعضاء المجلس) is not that name's, from sentences
written for these tests."""

from __future__ import annotations

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


def test_plural_post_as_object_is_nobodys(run) -> None:  # type: ignore[no-untyped-def]
    found = _positions(run("وأبلغ حسين لبيب أعضاء مجلس إدارة نادي الزمالك بقراره."))
    assert not any(p == "حسين لبيب" for p, _r, _o in found), found


def test_plural_post_before_a_list_is_each_ones(run) -> None:  # type: ignore[no-untyped-def]
    found = _positions(run("وقال أعضاء مجلس إدارة نادي الوحدات حسين لبيب وعمر زيدان إن القرار نهائي."))
    holders = {p for p, _r, o in found if o is not None and o.startswith("نادي الوحدات")}
    assert holders == {"حسين لبيب", "عمر زيدان"}, found
