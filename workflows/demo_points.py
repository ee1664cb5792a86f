"""The catalog names of the demo service points (`storage.seed.DEMO_POINTS`): pure data, read by
the staff views to show a demo point's name in the reader's language."""

from __future__ import annotations

#: Each demo point's name in the catalogs (every language), by the name stored for it.
DEMO_POINT_MESSAGES = {
    "Hailar Jianshe Street Women's Home": "point-hailar-jianshe",
    "Hailar Mobile Legal Team": "point-hailar-mobile-legal",
    "Manzhouli Border Women's Home": "point-manzhouli-border",
    "Ergun Shiwei Russian Township Home": "point-ergun-shiwei",
    "Evenki Banner Mobile Service Team": "point-evenki-mobile",
    "New Barag Left Banner Pastoral Home": "point-new-barag-left-pastoral",
    "Morin Dawa Daur Women's Home": "point-morin-dawa-daur",
}


def demo_point_message(name: str) -> str | None:
    """The catalog id naming a demo point in the reader's language (None for other points)."""
    return DEMO_POINT_MESSAGES.get(name)
