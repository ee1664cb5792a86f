"""Rewrite ``docs/state-machine.md`` from the machine: ``python -m workflows.diagram``.

The file is committed so the diagram shows on the forge; a unit test fails when it
no longer matches `workflows.machine.mermaid`.
"""

from __future__ import annotations

from pathlib import Path

from workflows.machine import mermaid

DIAGRAM_PATH = Path(__file__).resolve().parent.parent / "docs" / "state-machine.md"


def render() -> str:
    """The whole Markdown file: a heading, a pointer to the source, the Mermaid diagram."""
    return (
        "# The case state machine\n"
        "\n"
        "Generated from `workflows/machine.py` by `python -m workflows.diagram`; do not edit by hand.\n"
        "Who may fire each trigger, and with which data, is in `workflows/rules.py` and `workflow.md`.\n"
        "\n"
        "```mermaid\n"
        f"{mermaid()}"
        "```\n"
    )


def main(path: Path = DIAGRAM_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
