"""`patentcheck fees`: every official fee a bundle's submission owes, line by line with its
legal basis, as a table or JSON (the computation: checker/packs/patent/fee_statement.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker import __version__
from checker.core.lawtext import law_title
from checker.core.pipeline import open_bundle
from checker.packs.patent.fee_statement import FeeStatement, compute_fees

_WORDS = {
    "zh-TW": {
        "fee": "費目",
        "amount": "金額 (NT$)",
        "how": "計算",
        "basis": "依據",
        "total": "合計",
        "incomplete": "（部分費目金額未知，未計入）",
        "paid": "已繳",
        "short": "不足",
        "over": "溢繳",
        "exact": "與應繳相符",
        "assumptions": "假設",
        "notes": "說明",
        "paid_on": "付款日",
        "schedule": "規費標準",
        "in_force": "施行",
        "unknown": "未知",
        "invalid": "無效",
        "nothing": "無應繳之規費",
        "assumed": "＊",
        "legend": "＊ 金額依下列假設計算",
    },
    "en": {
        "fee": "fee",
        "amount": "NT$",
        "how": "computation",
        "basis": "basis",
        "total": "total",
        "incomplete": " (some amounts unknown, not included)",
        "paid": "paid",
        "short": "short by",
        "over": "overpaid by",
        "exact": "matches the amount due",
        "assumptions": "assumptions",
        "notes": "notes",
        "paid_on": "payment date",
        "schedule": "schedule",
        "in_force": "in force",
        "unknown": "unknown",
        "invalid": "invalid",
        "nothing": "no fee owed",
        "assumed": "*",
        "legend": "* the amount rests on an assumption below",
    },
}


@dataclass
class BundleFees:
    path: str
    valid: bool
    as_of: str | None = None
    statement: FeeStatement | None = None
    problems: list[str] = field(default_factory=list)  # why an invalid bundle has none

    @property
    def computed(self) -> bool:
        return self.valid and self.statement is not None and self.statement.problem is None


def collect(
    paths: Iterable[Path],
    as_of: dt.date | None,
    calendar: Any = None,
    today: dt.date | None = None,
    request: str | None = None,
) -> list[BundleFees]:
    from checker.core.pipeline import evaluation_date

    results = []
    for path in paths:
        bundle, opened = open_bundle(path)
        if bundle is None:
            results.append(BundleFees(opened.path, False, problems=opened.problems()))
            continue
        if bundle.regime != "patent":  # the fee schedules shipped are the Patent Act's only
            continue
        when = evaluation_date(bundle, as_of, today)
        results.append(BundleFees(opened.path, True, when.isoformat(), compute_fees(bundle, when, calendar, request)))
    return results


def _money(amount: int | None, words: dict[str, str]) -> str:
    if amount is None:
        return words["unknown"]
    return f"−{-amount:,}" if amount < 0 else f"{amount:,}"


def render_text(results: list[BundleFees], console: Console, lang: str = "zh-TW") -> None:
    words = _WORDS[lang]
    for result in results:
        console.print(f"[bold]{escape(result.path)}[/]")
        if not result.valid or result.statement is None:
            console.print(f"  [bold red]{words['invalid']}[/]")
            for problem in result.problems:
                console.print(f"  {escape(problem)}")
            continue
        s = result.statement
        head = [
            s.procedure,
            s.patent_type,
            f"{words['paid_on']} {s.payment_date.isoformat()} ({s.payment_date_source})",
        ]
        if s.schedule:
            law = law_title(s.schedule.law, lang)
            head.append(f"{words['schedule']} {law} ({words['in_force']} {s.schedule.in_force_from.isoformat()})")
        console.print("  " + " · ".join(escape(h) for h in head))
        if s.problem:
            console.print(f"  [bold red]{escape(s.problem[lang])}[/]")
        elif not s.lines:
            console.print(f"  {words['nothing']}")
        else:
            table = Table(show_header=True, header_style="bold", pad_edge=False)
            table.add_column(words["fee"], overflow="fold")  # CJK text has no spaces to wrap at
            table.add_column(words["amount"], justify="right", no_wrap=True)
            table.add_column(words["how"], overflow="fold")
            table.add_column(words["basis"], overflow="fold")
            for line in s.lines:
                mark = words["assumed"] if line.assumed else ""
                table.add_row(
                    escape(line.label[lang] + mark),
                    _money(line.amount, words),
                    escape(line.detail[lang]) if line.detail else "",
                    escape(line.basis_text(lang, s.schedule)),
                )
            console.print(table)
            total = f"  [bold]{words['total']} NT${s.total:,}[/]"
            if s.computation() != str(s.total):
                total += f"  ({escape(s.computation())})"
            console.print(total + ("" if s.complete else words["incomplete"]))
            if s.paid is not None and s.total is not None:
                difference = s.paid - s.total
                verdict = (
                    words["exact"]
                    if difference == 0
                    else f"{words['short']} NT${-difference:,}"
                    if difference < 0
                    else f"{words['over']} NT${difference:,}"
                )
                console.print(f"  {words['paid']} NT${s.paid:,}: {verdict}")
        if any(line.assumed for line in s.lines) and not s.problem:
            console.print(f"  {words['legend']}")
        for title, entries in ((words["assumptions"], s.assumptions), (words["notes"], s.notes)):
            if entries:
                console.print(f"  {title}:")
                for entry in entries:
                    console.print(f"    - {escape(entry[lang])}")
        console.print()


def render_json(results: list[BundleFees], as_of: dt.date | None, lang: str = "zh-TW") -> str:
    data = {
        "tool": {"name": "patentcheck", "version": __version__},
        "as_of": as_of.isoformat() if as_of else None,
        "lang": lang,
        "bundles": [
            {
                "path": r.path,
                "valid": r.valid,
                "as_of": r.as_of,
                **({"fees": r.statement.as_json(lang)} if r.statement else {"problems": r.problems}),
            }
            for r in results
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
