"""Terminal views for `explain` and `rule`: the English summary beside the Chinese text, what
follows a breach, a failing and a passing example from the rule's own cases, related articles."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker.teach import lawnotes
from checker.core.lawtext import format_citation, get_article

LABELS = {
    "zh-TW": {
        "consequences": "違反之效果",
        "examples": "範例（取自本規則之測試案例）",
        "fail": "不合格",
        "pass": "合格",
        "related": "相關條文",
        "text": "條文",
        "summary": "英文摘要",
        "none": "（無資料）",
        "unconfirmed": "未經核對",
        "note": "修正",
    },
    "en": {
        "consequences": "Consequences of a breach",
        "examples": "Examples (from this rule's test cases)",
        "fail": "Failing",
        "pass": "Passing",
        "related": "Related articles",
        "text": "Text (zh-TW)",
        "summary": "English summary",
        "none": "(none recorded)",
        "unconfirmed": "Unconfirmed",
        "note": "Amended",
    },
}


def _l(lang: str) -> dict:
    return LABELS["en" if lang.lower().startswith("en") else "zh-TW"]


def print_summary_beside(console: Console, law: str, label: str, lang: str) -> bool:
    """The Chinese paragraphs with the English summary of each beside it (a two-column table);
    for an article whose text is not shipped, the summary alone. False when there is neither."""
    summary = lawnotes.english_summary(law, label)
    article = get_article(law, label)
    if summary is None:
        return False
    labels = _l(lang)
    console.print(f"[bold]{escape(summary.title)}[/]  [dim]({escape(lawnotes.summary_label(law, lang))})[/]")
    if article is None or not summary.text_shipped:
        for line in lawnotes.summary_lines(summary):
            console.print(f"  {escape(line)}")
    else:
        table = Table(show_header=True, header_style="bold", show_lines=True, expand=True)
        table.add_column(labels["text"], ratio=1, overflow="fold")
        table.add_column(labels["summary"], ratio=1, overflow="fold")
        for paragraph in article.paragraphs:
            zh = [f"({paragraph.number}) {paragraph.text}"]
            zh += [f"  {s.number}. {s.text}" for s in paragraph.subparagraphs]
            para = summary.paragraphs[paragraph.number - 1] if paragraph.number <= len(summary.paragraphs) else None
            en = [] if para is None else [f"({para.number}) {para.text}"]
            en += [f"  {i}. {item}" for i, item in enumerate(para.items if para else (), start=1)]
            table.add_row(escape("\n".join(zh)), escape("\n".join(en)))
        console.print(table)
    if summary.note:
        console.print(f"  [dim]{labels['note']}: {escape(summary.note)}[/]")
    if summary.unconfirmed:
        console.print(f"  [dim]{labels['unconfirmed']}: {escape(summary.unconfirmed)}[/]")
    return True


def consequence_lines(items, lang: str) -> list[str]:
    key = "en" if lang.lower().startswith("en") else "zh-TW"
    lines = []
    for c in items:
        cite = format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang) if c.article else ""
        lines.append(f"{c.label(lang)}: {c.text[key]} ({cite})" if cite else f"{c.label(lang)}: {c.text[key]}")
    return lines


def print_article_consequences(console: Console, law: str, label: str, lang: str) -> None:
    items = lawnotes.consequences(law, label)
    console.print(f"\n[bold]{_l(lang)['consequences']}[/]")
    for line in consequence_lines(items, lang) or [_l(lang)["none"]]:
        console.print(f"  {escape(line)}")


def print_rule_teaching(console: Console, rule, lang: str) -> None:
    """Consequences, examples and related articles of a rule (after its own docs)."""
    labels = _l(lang)
    console.print(f"\n[bold]{labels['consequences']}[/]")
    for line in consequence_lines(lawnotes.rule_consequences(rule), lang) or [labels["none"]]:
        console.print(f"  {escape(line)}")
    print_examples(console, rule.id, lang)
    print_related(console, rule, lang)


def print_examples(console: Console, rule_id: str, lang: str) -> None:
    from checker.teach.examples import rule_examples

    found = rule_examples().get(rule_id)
    if not found:
        return
    labels = _l(lang)
    console.print(f"\n[bold]{labels['examples']}[/]")
    for outcome in ("fail", "pass"):
        example = found.get(outcome)
        if not example:
            continue
        style = "red" if outcome == "fail" else "green"
        console.print(
            f"  [bold {style}]{labels[outcome]}[/]: {escape(example['name'])}  [dim]({escape(example['source'])})[/]"
        )
        for line in example["excerpt"].splitlines():
            console.print(f"    {escape(line)}")


def print_related(console: Console, rule, lang: str) -> None:
    related = lawnotes.related_articles(rule)
    if not related:
        return
    console.print(f"\n[bold]{_l(lang)['related']}[/]")
    for law, label, why in related:
        summary = lawnotes.english_summary(law, label)
        title = f" — {summary.title}" if summary and lang.lower().startswith("en") else ""
        console.print(
            f"  {escape(format_citation(law, label, lang=lang))}{escape(title)}: [dim]{escape(why)}[/]"
            f"  [dim](patentcheck explain {label})[/]"
        )


def cited_summary(law: str, article, paragraph: int | None, subparagraph: int | None) -> str | None:
    """The English summary of a cited 項 (or its 款), labelled; the whole article without a 項."""
    summary = lawnotes.english_summary(law, article)
    if summary is None:
        return None
    if paragraph is None:
        text = " ".join(lawnotes.summary_lines(summary))
    elif 0 < paragraph <= len(summary.paragraphs):
        para = summary.paragraphs[paragraph - 1]
        if subparagraph and 0 < subparagraph <= len(para.items):
            text = f"{para.text} … {subparagraph}. {para.items[subparagraph - 1]}"
        else:
            text = " ".join([para.text] + [f"{i}. {item}" for i, item in enumerate(para.items, start=1)])
    else:
        return None
    return f"[{lawnotes.summary_label(law, 'en')}] {text}"


EXAMPLE_RULES = 2  # `explain ARTICLE` shows the examples of this many citing rules; `rule` shows any
EXAMPLE_LINES = 8


def print_article_examples(console: Console, citing: list, lang: str) -> None:
    """A failing and a passing excerpt for the first citing rules that have both (shortened)."""
    from checker.teach.examples import rule_examples

    examples = rule_examples()
    shown = [rule for rule in citing if {"fail", "pass"} <= set(examples.get(rule.id, {}))][:EXAMPLE_RULES]
    if not shown:
        return
    labels = _l(lang)
    console.print(f"\n[bold]{labels['examples']}[/]")
    for rule in shown:
        console.print(f"  [bold]{rule.id}[/] {rule.name}")
        for outcome in ("fail", "pass"):
            example = examples[rule.id][outcome]
            style = "red" if outcome == "fail" else "green"
            console.print(f"    [bold {style}]{labels[outcome]}[/]: {escape(example['name'])}")
            lines = example["excerpt"].splitlines()
            for line in lines[:EXAMPLE_LINES]:
                console.print(f"      {escape(line)}")
            if len(lines) > EXAMPLE_LINES:
                console.print("      …")
    more = (
        "其他規則之範例：patentcheck rule <規則>" if lang == "zh-TW" else "Other rules' examples: patentcheck rule <ID>"
    )
    console.print(f"  [dim]{more}[/]")


def print_article_related(console: Console, law: str, label: str, lang: str) -> None:
    """Articles that apply this one to another kind of patent (120, 142), or transitional ones."""
    related = lawnotes.related_to_article(law, label)
    if not related:
        return
    console.print(f"\n[bold]{_l(lang)['related']}[/]")
    for other, why in related:
        console.print(
            f"  {escape(format_citation(law, other, lang=lang))}: [dim]{escape(why)}[/]"
            f"  [dim](patentcheck explain {other})[/]"
        )
