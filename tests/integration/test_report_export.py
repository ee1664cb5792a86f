"""``walking-home report`` on SQLite and PostgreSQL: the figures and the pseudonymised case list as CSV,
XLSX and Markdown, opened with their readers (csv, openpyxl); headers in the chosen language; cells that
would be formulas neutralised; numbers typed as numbers; every export audited.

The data set is the hand-counted one of `test_stats_figures` (March 2026, Asia/Shanghai)."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from test_stats_figures import T, build

from bot.cli import execute
from bot.report_export import safe_cell
from storage.records import AuditRecord, CaseEntryRecord

AUDIT = AuditRecord.__table__


@pytest.fixture
async def exported(engine, seeded, db_url, tmp_path, monkeypatch):
    world = await build(engine, seeded)
    monkeypatch.setenv("WALKING_HOME_DATABASE_URL", db_url)
    monkeypatch.setenv("WALKING_HOME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WALKING_HOME_TIME_ZONE", "Asia/Shanghai")
    monkeypatch.setenv("WALKING_HOME_LOG_LEVEL", "WARNING")
    monkeypatch.chdir(tmp_path)
    return world


def run(*argv: str) -> int:
    """The command in a thread of its own (it runs its own event loop), as the console script would."""
    return asyncio.get_running_loop().run_in_executor(None, execute, list(argv))


async def audit_rows(engine) -> list[tuple]:
    async with engine.connect() as connection:
        query = select(AUDIT.c.actor_id, AUDIT.c.outcome).where(AUDIT.c.action == "export_report")
        return [tuple(r) for r in await connection.execute(query.order_by(AUDIT.c.id))]


async def test_csv_on_standard_output_in_english(exported, engine, capfd):
    assert await run("--lang", "en", "report", "--from", "2026-03-01", "--to", "2026-03-31", "--region", "hailar") == 0
    text = capfd.readouterr().out
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows[0]) == 1 and rows[0][0].startswith("Figures 2026-03 · ")
    assert rows[1] == ["Section", "Figure", "This period", "Previous period", "Unit"]
    figures = {r[1]: r for r in rows[2 : rows.index([])]}
    assert figures["Cases registered"][2:4] == ["6", "1"]  # G A B C E F; H in February
    assert figures["Time to accept, median"][2] == "1.0"  # hours
    cases = rows[rows.index([]) + 1 :]
    assert cases[0][:3] == ["Case reference", "Registered", "Service"]
    references = [r[0] for r in cases[1:]]
    world = exported
    assert references == [world.refs[n] for n in ("G", "A", "B", "E", "F")]  # C is confidential: not listed
    a = cases[1 + references.index(world.refs["A"])]
    assert a[1] == T.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
    assert a[6] == "Closed: Resolved" and a[10:] == ["1.0", "3.0", "120.0"]
    # No word of hers anywhere in the export (her description was "her words").
    assert "her words" not in text
    async with engine.connect() as connection:
        assert (await connection.execute(select(CaseEntryRecord.__table__.c.id))).first() is not None
    assert await audit_rows(engine) == [(None, "csv:2026-03:5:r:hailar")]


async def test_xlsx_needs_output_and_opens_with_typed_numbers_in_chinese(exported, engine, tmp_path, capfd):
    assert await run("report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx") == 2
    assert "--output" in capfd.readouterr().err
    target = tmp_path / "march.xlsx"
    argv = ("--lang", "zh-Hans-CN", "report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx")
    assert await run(*argv, "--output", str(target)) == 0
    from openpyxl import load_workbook

    book = load_workbook(target)
    assert book.sheetnames == ["统计", "案件"]
    figures = list(book["统计"].iter_rows(values_only=True))
    assert figures[1] == ("部分", "指标", "本期", "上期", "单位")
    by_label = {row[1]: row for row in figures[2:]}
    assert by_label["登记的案件"][2:4] == (7, 1)  # every region: D in ergun too
    assert isinstance(by_label["登记的案件"][2], int)
    assert by_label["登记的案件"][4] == "件数" and by_label["受理用时（中位数）"][4] == "小时"  # the unit translated
    assert by_label["受理用时（中位数）"][2] == pytest.approx(1.0)
    assert by_label["司法确认"][2] is None  # not recorded
    cases = list(book["案件"].iter_rows(values_only=True))
    assert cases[0][0] == "案件编号" and len(cases) == 1 + 6  # G A B D E F (C confidential)
    assert all(isinstance(row[10], float | int) or row[10] is None for row in cases[1:])
    assert (await audit_rows(engine))[-1] == (None, "xlsx:2026-03:6:all")


async def test_markdown_to_a_file_in_russian_and_a_custom_period(exported, engine, tmp_path):
    target = tmp_path / "report.md"
    argv = ("--lang", "ru", "report", "--from", "2026-03-10", "--to", "2026-03-12", "--format", "md")
    assert await run(*argv, "--output", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Показатели 2026-03-10..2026-03-12")
    assert "| Раздел | Показатель | Этот период | Прошлый период | Единица |" in text
    assert "| часы |" in text and "| число |" in text  # the unit in her language
    assert "| hours |" not in text and "| count |" not in text
    assert exported.refs["A"] in text and exported.refs["G"] not in text
    assert (await audit_rows(engine))[-1] == (None, "md:2026-03-10..2026-03-12:3:all")


async def test_bad_arguments_are_refused_without_an_export(exported, engine, capfd):
    assert await run("--lang", "en", "report", "--from", "2026-03-31", "--to", "2026-03-01") == 2
    assert await run("--lang", "en", "report", "--from", "2026-03-01", "--to", "2026-03-31", "--region", "nowhere") == 2
    err = capfd.readouterr().err
    assert "There is no region nowhere." in err and "on or after its first day" in err
    assert await audit_rows(engine) == []


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("<5", "<5"),
        ("Hailar", "Hailar"),
        (-3, -3),
        (2.5, 2.5),
        (None, ""),
    ],
)
def test_formula_cells_are_neutralised_and_numbers_kept(value, cell):
    assert safe_cell(value) == cell


async def test_a_formula_in_a_label_stays_text_in_csv_and_xlsx(tmp_path):
    """A catalog or a code that starts like a formula reaches the file as text, in both formats."""
    from openpyxl import load_workbook

    from bot.report_export import write_csv, write_xlsx
    from bot.stats_text import FigureRow

    def word(message_id: str, **_: object) -> str:
        return "=cmd|' /C calc'!A0" if message_id == "stats-col-reference" else message_id

    rows = [FigureRow("stats-section-opened", "opened", "-bad", 3, "=1+1")]

    async def cases():
        yield ["@ref", 1.5, None]

    out = io.StringIO()
    assert await write_csv(out, "+title", rows, [word("stats-col-reference")], cases(), word) == 1
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed[0] == ["'+title"] and parsed[2][1:4] == ["'-bad", "3", "'=1+1"]
    assert parsed[-2] == ["'=cmd|' /C calc'!A0"] and parsed[-1] == ["'@ref", "1.5", ""]
    path = Path(tmp_path / "x.xlsx")
    await write_xlsx(path, "+title", rows, [word("stats-col-reference")], cases(), word)
    book = load_workbook(path)
    first, second = (list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets)
    assert first[0][0] == "'+title" and first[2][2:4] == (3, "'=1+1")
    assert [row[:2] for row in second] == [("'=cmd|' /C calc'!A0", None), ("'@ref", 1.5)]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


async def test_an_output_folder_that_does_not_exist_is_one_line_and_no_export(exported, engine, tmp_path, capfd):
    target = tmp_path / "no-such-folder" / "march.csv"
    for fmt in ("csv", "xlsx"):
        argv = ("--lang", "en", "report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", fmt)
        assert await run(*argv, "--output", str(target)) == 1
    err = capfd.readouterr().err
    assert err.count(f"Cannot write {target}: its folder does not exist") == 2, err
    assert "Traceback" not in err
    assert await audit_rows(engine) == []


async def test_an_export_cut_short_by_its_reader_ends_quietly_and_is_audited(exported, engine, tmp_path, db_url):
    """``walking-home report | head``: a real process whose standard output is closed by its reader."""
    import os
    import sys

    from bot.settings import PROJECT_DIR

    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    script = "import sys; from bot.cli import main; sys.exit(main())"
    argv = ["--lang", "en", "report", "--from", "2026-03-01", "--to", "2026-03-31"]
    reader, writer = os.pipe()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", script, *argv, stdout=writer, stderr=asyncio.subprocess.PIPE, env=env, cwd=PROJECT_DIR
    )
    os.close(writer)
    os.close(reader)  # the reader is gone before the first line is written
    err = (await process.stderr.read()).decode()
    assert await asyncio.wait_for(process.wait(), 120) == 1, err
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert "The export was cut short after" in err
    rows = await audit_rows(engine)
    assert len(rows) == 1 and rows[0][1].startswith("csv-cut:2026-03:"), rows
