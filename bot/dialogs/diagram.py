"""Draw the reporter's intake from its table: ``python -m bot.dialogs.diagram``.

It lives in ``docs/dialogs.md``, committed so the diagram shows on the forge; a unit test
fails when it no longer matches `bot.dialogs.intake.QUESTIONS` (as `workflows.diagram` does
for the case machine).
"""

from __future__ import annotations

from pathlib import Path

from bot.dialogs.intake import CHOICE, CONSENT, QUESTIONS, REVIEW, REVIEW_FIELDS, TEXT, WORDS, Question, next_step

DIAGRAM_PATH = Path(__file__).resolve().parent.parent.parent / "docs" / "dialogs.md"
#: Where the intake starts from and ends: her menu (``menu:new``; a receipt, or a declined consent).
MENU = "menu"


def edges(question: Question) -> list[tuple[str, str, str]]:
    """(from, to, label) for each way on from ``question``, as the dialog reads its row."""
    step = question.step
    if question.kind == CHOICE:
        found = []
        if question.follow is not None:
            found.append((step, question.follow[1], f"{question.prefix}:{question.follow[0]}"))
        found.append((step, next_step(question), f"{question.prefix}:*"))
        return found
    if question.kind == TEXT:
        return [(step, next_step(question), "words")]
    if question.kind == WORDS:
        return [(step, next_step(question), "continue")]
    if question.kind == CONSENT:
        return [(step, next_step(question), "yes"), (step, MENU, "no")]
    if question.kind == REVIEW:
        return [*((step, field, f"chg:{field}") for field in REVIEW_FIELDS), (step, MENU, "confirm")]
    raise ValueError(f"no edges for the kind {question.kind!r}")


def mermaid() -> str:
    """The intake as a Mermaid flowchart: each step with its prompt, each way on labelled."""
    lines = ["flowchart TD", f"    {MENU}([{MENU}])"]
    for question in QUESTIONS:
        lines.append(f'    {question.step}["{question.step}<br/><small>{question.prompt}</small>"]')
    lines.append(f"    {MENU} -->|menu:new| {QUESTIONS[0].step}")
    for question in QUESTIONS:
        lines.extend(f"    {source} -->|{label}| {dest}" for source, dest, label in edges(question))
    return "\n".join(lines) + "\n"


def render() -> str:
    """The whole Markdown file: a heading, how to read it, the Mermaid diagram."""
    return (
        "# The reporter's intake\n"
        "\n"
        "Generated from `bot/dialogs/intake.py` (`QUESTIONS`) by `python -m bot.dialogs.diagram`; do not edit\n"
        "by hand. Each box is a step and the catalog message that asks it; each arrow is a way on, labelled with\n"
        "the answer that takes it (``prefix:*``: any of the row's buttons). After a change from the review, the\n"
        'next answer leads back to the review. At every step "danger now", quick exit and the commands are\n'
        "handled first (`bot.dialogs.reporter.ReporterDialog.handle`).\n"
        "\n"
        f"```mermaid\n{mermaid()}```\n"
    )


def main(path: Path = DIAGRAM_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
