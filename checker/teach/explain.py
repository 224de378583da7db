"""Trainee-facing views: an article with the rules citing it, a rule's documentation."""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape

from checker.core import conditions
from checker.teach import lawnotes
from checker.core.lawtext import (
    citations_text,
    article_summary,
    chinese_numeral,
    cited_text,
    format_citation,
    get_article,
)
from checker.core.rulepack import Rule, RulePack, applicability
from checker.core.dates import iso


def _all_rules(packs: list[RulePack]) -> list[Rule]:
    return [rule for pack in packs for rule in pack.rules]


def _citations(rule: Rule, lang: str) -> str:
    """As findings cite: an amended text names its version (34(2)(2) of 2013 and of 2019)."""
    return citations_text(rule.citations, lang)


def explain_article(console: Console, law: str, number: int | str, lang: str, packs: list[RulePack]) -> bool:
    """The article's text (項, 款, 目) and its legislative reason when the law ships them, else
    its labelled summary; in English the project's English summary beside the text; what
    follows a breach; then the rules citing it. False when there is nothing to show."""
    from checker.teach import views

    article = get_article(law, number)
    summary = None if article is not None else article_summary(law, number)
    english = lawnotes.english_summary(law, number)
    if article is None and summary is None and english is None:
        return False
    heading = format_citation(law, number, lang=lang)
    where = " ".join(part for part in (article.chapter, article.section) if part) if article else ""
    console.print(f"[bold]{escape(heading)}[/]  [dim]{escape(where)}[/]")
    if article is None:
        if summary is not None:
            label = (
                "摘要（非法條原文，本工具未附此法全文）："
                if lang == "zh-TW"
                else ("Summary (not the official text, which patentcheck does not ship): ")
            )
            console.print(f"  [dim]{escape(label + summary)}[/]")
        if english is not None:  # an article added after the shipped text (157-1)
            views.print_summary_beside(console, law, str(number), lang)
    # in English, the Chinese text with the English summary beside it, 項 by 項
    elif not (lang == "en" and views.print_summary_beside(console, law, article.label, lang)):
        for paragraph in article.paragraphs:
            console.print(f"  [bold]({paragraph.number})[/] {escape(paragraph.text)}")
            for sub in paragraph.subparagraphs:
                console.print(f"      {sub.number}. {escape(sub.text)}")
                for item in sub.items:
                    console.print(f"          （{chinese_numeral(item.number)}）{escape(item.text)}")
    if article is not None and article.reason:
        console.print()
        console.print("[bold]立法理由[/]" if lang == "zh-TW" else "[bold]Legislative reason[/] (立法理由)")
        for entry in article.reason:
            console.print(f"  {escape(entry)}")
        if article.reason_note:
            console.print(f"  [dim]{escape(article.reason_note[lang])}[/]")
    views.print_article_consequences(console, law, article.label if article else str(number), lang)
    citing = [rule for rule in _all_rules(packs) if str(number).isdigit() and rule.cites(law, int(number))]
    console.print()
    title = "引用本條之規則" if lang == "zh-TW" else "Rules citing this article"
    console.print(f"[bold]{title}[/] ({len(citing)})")
    for rule in citing:
        console.print(f"  [bold]{rule.id}[/] {rule.name} [{rule.severity}]  [dim]{escape(_citations(rule, lang))}[/]")
    views.print_article_related(console, law, article.label if article else str(number), lang)
    views.print_article_examples(console, citing, lang)
    return True


def find_rule(packs: list[RulePack], key: str) -> Rule | None:
    return next((r for r in _all_rules(packs) if key.upper() == r.id or key == r.name), None)


def explain_rule(console: Console, key: str, lang: str, packs: list[RulePack]) -> bool:
    rule = find_rule(packs, key)
    if rule is None:
        return False
    other = "en" if lang == "zh-TW" else "zh-TW"
    labels = {
        "zh-TW": ("規定", "說明", "如何修正", "適用", "條件", "未通過時", "通過時", "不確定之處"),
        "en": ("Provision", "Why", "How to fix", "Applies to", "Fails when", "On failure", "On pass", "Uncertain"),
    }[lang]
    console.print(f"[bold]{rule.id}[/] {rule.name}  [dim]({rule.severity}, {rule.pack}, {rule.source})[/]")
    console.print()
    console.print(f"[bold]{labels[0]}[/]")
    shown_summaries: set[tuple[str, int]] = set()
    for c in rule.citations:
        console.print(
            f"  {escape(format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang, item=c.item))}"
            f" [dim]({escape(format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=other, item=c.item))})[/]"
        )
        if c.version:  # only the 2013 text ships; do not show it for an amended provision
            note = (
                f"（{c.version} 施行之修正條文，本工具未附全文；見下方說明）"
                if lang == "zh-TW"
                else f"(text as amended in force from {c.version}, not shipped; see below)"
            )
            console.print(f"    [dim]{escape(note)}[/]")
            continue
        text = cited_text(c.law, c.article, c.paragraph, c.subparagraph, c.item)
        if text:
            console.print(f"    [italic]{escape(text)}[/]")
            if lang == "en":  # the project's English summary of the cited 項 (not the law's text)
                from checker.teach.views import cited_summary

                if english := cited_summary(c.law, c.article, c.paragraph, c.subparagraph):
                    console.print(f"    [dim]{escape(english)}[/]")
        elif (summary := article_summary(c.law, c.article)) and (c.law, c.article) not in shown_summaries:
            shown_summaries.add((c.law, c.article))  # an article's summary once, not per 項
            label = "摘要（非法條原文）：" if lang == "zh-TW" else "Summary (not the official text): "
            console.print(f"    [dim]{escape(label + summary)}[/]")
    console.print(f"\n[bold]{labels[1]}[/]\n  {escape(rule.explanation[lang])}")
    console.print(f"\n[bold]{labels[2]}[/]\n  {escape(rule.fix[lang])}")
    if rule.uncertain:
        console.print(f"\n[bold]{labels[7]}[/]\n  {escape(rule.uncertain)}")
    console.print(
        f"\n[bold]{labels[3]}[/]\n  {escape(rule.scope_text())}; {_in_force(rule)}"
        + (f"\n  given each item of: {rule.given}" if rule.given else "")
    )
    if rule.when:
        console.print(f"  when {escape(conditions.render(rule.when))}")
    console.print(f"\n[bold]{labels[4]}[/]\n  {escape(conditions.render(rule.fail_when))}")
    console.print(f"\n[bold]{labels[5]}[/]\n  {escape(rule.messages['fail'][lang])}")
    console.print(f"[bold]{labels[6]}[/]\n  {escape(rule.messages['pass'][lang])}")
    from checker.teach.views import print_rule_teaching

    print_rule_teaching(console, rule, lang)
    return True


def _in_force(rule: Rule) -> str:
    until = f" to {iso(rule.in_force_until)} (exclusive)" if rule.in_force_until else " onward"
    return f"in force from {iso(rule.in_force_from)}{until}"


def list_rules(console: Console, lang: str, packs: list[RulePack], as_json: bool = False, keep=None) -> None:
    """Every rule, or those ``keep`` accepts (the `rules` filters)."""
    rules = sorted((r for r in _all_rules(packs) if keep is None or keep(r)), key=lambda r: r.id)
    if as_json:
        data = [
            {
                "id": r.id,
                "name": r.name,
                "pack": r.pack,
                "severity": r.severity,
                "citations": [c.as_json() for c in r.citations],
                "applies_to": {
                    "scopes": [n for n in r.scope_names if n],
                    "blocks": [{name: list(values) for name, values in scope} for scope in r.scopes()],
                },
                **({"given": r.given} if r.given else {}),
                "condition": conditions.render({"all": [applicability(r), r.fail_when]}),
            }
            for r in rules
        ]
        console.file.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    for r in rules:
        console.print(f"[bold]{r.id}[/]  {r.name:<48} {r.severity:<8} [dim]{escape(_citations(r, lang))}[/]")
