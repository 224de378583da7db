"""`patentcheck deadlines`: every statutory deadline a bundle gives rise to, with how it
was computed, as a rich table, JSON, or an iCalendar file for a docketing calendar."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from rich.console import Console
from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from checker import __version__
from checker.timing.deadlines import DeadlineRecord, deadlines_of
from checker.report.ics import deadlines_to_ics
from checker.timing.periods import Step
from checker.core.pipeline import bundle_context, evaluation_date, open_bundle
from checker.core.shown import word
from checker.report.render import citations_text
from checker.report.safe_text import neutralise
from checker.report.wrap import break_offsets, wrap

_STATUS_STYLE = {
    "done": "green",
    "pending": "cyan",
    "open": "cyan",
    "late": "bold red",
    "overdue": "bold red",
    "closed": "dim",
}


@dataclass
class BundleDeadlines:
    path: str
    valid: bool
    as_of: str | None = None
    records: list[DeadlineRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why an invalid bundle has none


def collect(
    paths: Iterable[Path], as_of: dt.date | None, calendar: Any, today: dt.date | None = None
) -> list[BundleDeadlines]:
    results = []
    for path in paths:
        bundle, opened = open_bundle(path)
        if bundle is None:
            results.append(BundleDeadlines(opened.path, False, problems=opened.problems()))
            continue
        when = evaluation_date(bundle, as_of, today)
        ctx = bundle_context(bundle, when, calendar)
        results.append(BundleDeadlines(opened.path, True, when.isoformat(), deadlines_of(ctx)))
    return results


def _explanation(record: DeadlineRecord, lang: str) -> list[str]:
    d = record.deadline
    lines = [f"{step.date.isoformat()}: {step.text(lang)}" for step in d.steps]
    return lines + list(d.warnings_in(lang))


def _step_json(step: Step, lang: str) -> dict[str, Any]:
    # "reason" keeps its English text (what it has always held); "text" is the step in the
    # report language and "texts" in both, so a consumer need not re-run to switch.
    return {
        "date": step.date.isoformat(),
        "reason": step.reason,
        "basis": list(step.basis),
        "kind": step.kind,
        "text": step.text(lang),
        "texts": {"zh-TW": step.text("zh-TW"), "en": step.text("en")},
    }


def record_json(record: DeadlineRecord, lang: str = "zh-TW") -> dict[str, Any]:
    d = record.deadline
    return {
        "period": record.period.id,
        "title": record.period.title,
        "basis": [c.as_json() for c in record.version.basis],
        "version": record.version.label,
        "version_labels": {"zh-TW": record.version.label, "en": record.version.label_for("en")},
        "event": {
            "fact": record.period.event_fact,
            "date": d.event.isoformat(),
            **({"label": record.period.event_label} if record.period.event_label else {}),
        },
        **({"pointer": record.pointer} if record.pointer else {}),  # the item of an item period
        "length": d.period,
        "raw_end": d.raw_end.isoformat(),
        "deadline": d.end.isoformat(),
        "status": record.status,
        "act_on": record.act_on.isoformat() if record.act_on else None,
        "verified": d.verified,
        "steps": [_step_json(s, lang) for s in d.steps],
        "warnings": list(d.warnings),  # English, as always; warning_texts has both languages
        "warning_texts": {"zh-TW": list(d.warnings_in("zh-TW")), "en": list(d.warnings_in("en"))},
    }


def render_json(results: list[BundleDeadlines], as_of: dt.date | None, lang: str = "zh-TW") -> str:
    data = {
        "tool": {"name": "patentcheck", "version": __version__},
        "as_of": as_of.isoformat() if as_of else None,
        "lang": lang,
        "bundles": [
            {
                "path": r.path,
                "valid": r.valid,
                "as_of": r.as_of,
                "problems": r.problems,
                "deadlines": [record_json(rec, lang) for rec in r.records],
            }
            for r in results
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_ics(results: list[BundleDeadlines], stamp: dt.date, lang: str) -> str:
    records = []
    for result in results:
        for rec in result.records:
            title = rec.period.title[lang]
            records.append(
                {
                    # an item period has a deadline per item: its pointer keeps the UIDs apart
                    "bundle": result.path,
                    "id": rec.period.id + (f"@{rec.pointer}" if rec.pointer else ""),
                    "title": f"{title}屆滿 — {result.path}" if lang == "zh-TW" else f"{title} ends — {result.path}",
                    "deadline": rec.deadline.end,
                    "raw_deadline": rec.deadline.raw_end,
                    "status": {"open": "pending", "closed": "done"}.get(rec.status, rec.status),
                    "basis": citations_text(rec.version.basis, lang),
                    "explanation": [rec.version.label_for(lang)] + _explanation(rec, lang),
                }
            )
    return deadlines_to_ics(records, stamp=stamp, lang=lang)


# The narrowest each column may get: a date (10 cells), "(← 2025-08-02)", "substantive",
# "art. 28(1)" and the header 期間長度 stay whole. At 80 columns they just fit.
_MIN_WIDTHS = (11, 10, 10, 8, 14, 10)
_SHRINK_LAST = (4, 5)  # the dates give way only when the text columns cannot
_OVERHEAD = 17  # 7 rules and 10 cells of padding (the outer edges unpadded)


def column_widths(heads: tuple[str, ...], rows: list[tuple[str, ...]], width: int) -> list[int]:
    """Each column's width: its content's when the table fits ``width``, else the widest
    columns give way first, never below their minimum (a date, the raw end)."""

    def cells(markup: str) -> int:
        return max((cell_len(line) for line in Text.from_markup(markup).plain.splitlines()), default=0)

    widths = [max([cells(h), *(cells(row[i]) for row in rows)]) for i, h in enumerate(heads)]
    widths = [max(w, 1) for w in widths]
    while sum(widths) + _OVERHEAD > width:
        shrinkable = [i for i, w in enumerate(widths) if w > _MIN_WIDTHS[i]]
        first = [i for i in shrinkable if i not in _SHRINK_LAST] or shrinkable
        if not first:
            break
        widest = max(first, key=lambda i: (widths[i] - _MIN_WIDTHS[i], -i))
        widths[widest] -= 1
    return widths


def _cell(markup: str, width: int) -> Text:
    """A cell's text broken into lines of ``width`` cells where checker/report/wrap.py
    allows (never inside a date, a rule id or 第28條), so rich has nothing left to fold."""
    text = Text.from_markup(markup)
    lines = []
    for part in text.split("\n"):
        lines += [part[start:end] for start, end in break_offsets(part.plain, width, 0)]
    return Text("\n").join(lines)


def _table(heads: tuple[str, ...], rows: list[tuple[str, ...]], width: int) -> Table:
    """Columns that wrap (CJK folds between characters) rather than cut with "…", sized so
    the table fits the console: the period and its dates stay readable at 80 columns."""
    table = Table(show_lines=True, pad_edge=False)
    widths = column_widths(heads, rows, width)
    for head, size in zip(heads, widths, strict=False):
        table.add_column(_cell(head, size), width=size, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(cell, size) for cell, size in zip(row, widths, strict=False)))
    return table


def render_text(
    results: list[BundleDeadlines], console: Console, lang: str, verbose: bool, width: int | None = None
) -> None:
    """A table per bundle, then how the moved or unverified deadlines were computed.
    ``width``: wrap those explanation lines to it (a terminal's width)."""
    heads = {
        "zh-TW": ("期間", "法律依據", "起算事實", "期間長度", "屆滿日", "狀態"),
        "en": ("Period", "Basis", "Event", "Length", "Last day", "Status"),
    }[lang]

    def say(markup: str) -> None:
        if width is None:
            console.print(markup)
            return
        for line in wrap(Text.from_markup(markup), width):
            console.print(line, soft_wrap=True)

    for result in results:
        console.print(
            f"[bold]{escape(neutralise(result.path))}[/]" + (f"  [dim]({result.as_of})[/]" if result.as_of else "")
        )
        for problem in result.problems:
            console.print(f"  [red]{escape(neutralise(problem))}[/]")
        if result.valid and not result.records:
            console.print("  [dim]" + ("無法定期間" if lang == "zh-TW" else "no statutory deadline arises") + "[/]")
        if not result.records:
            console.print()
            continue
        rows: list[tuple[str, ...]] = []
        for rec in result.records:
            d = rec.deadline
            last = d.end.isoformat() + (f" [dim](← {d.raw_end.isoformat()})[/]" if d.extended else "")
            if not d.verified:
                last += " [yellow]⚠[/]"
            status = f"[{_STATUS_STYLE.get(rec.status, '')}]{status_text(rec.status, lang)}[/]"
            if rec.act_on:
                status += f" {rec.act_on.isoformat()}"
            rows.append(
                (
                    escape(rec.period.title[lang]),
                    escape(citations_text(rec.version.basis, lang)),
                    f"{escape(rec.period.event_name(lang))} {d.event.isoformat()}",
                    escape(d.period_text(lang)),
                    last,
                    status,
                )
            )
        console.print(_table(heads, rows, console.width))
        for rec in result.records:
            if verbose or rec.deadline.extended or not rec.deadline.verified:
                say(f"  [bold]{escape(rec.period.title[lang])}[/] [dim]{escape(rec.version.label_for(lang))}[/]")
                for line in _explanation(rec, lang):
                    say(f"    {escape(line)}")
        console.print()


def status_text(status: str, lang: str) -> str:
    """A deadline's status for the table, worded as every report words it (checker/core/words.yaml):
    the JSON keeps the machine value."""
    return str(word("period_status", status, lang))
