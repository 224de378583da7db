"""`patentcheck quiz`: a terminal drill. Each question shows part of a defective bundle (a
defective example's failed finding, or a rule's failing test case) and asks which article (and
paragraph) it breaches; answers are read as 26, 26-2, 26(2) or 第26條第2項. After each answer the
rule's provisions (text, and the English summary with --lang en), why, how to fix it and the
consequence of a breach; at the end the score and the articles to review.

Unexpected input asks again; end of input (Ctrl-D) or Ctrl-C ends the session with its score.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, TextIO

from checker.teach import lawnotes
from checker.core.lawtext import article_summary, cited_text, format_citation, law_title
from checker.teach.answers import parse_article
from checker.teach.examples import defective_findings, rule_examples

# topic -> the (law, article) pairs whose rules belong to it; "patent_act" unless law given.
TOPICS: dict[str, dict] = {
    "claims": {"patent_act": ["26", "33", "104"], "patent_act_enforcement_rules": ["18", "19", "20"]},
    "description": {"patent_act": ["26", "126"], "patent_act_enforcement_rules": ["17", "21", "22", "23"]},
    "designs": {
        "patent_act": [
            "121",
            "122",
            "124",
            "125",
            "126",
            "127",
            "128",
            "129",
            "130",
            "131",
            "132",
            "135",
            "139",
            "142",
        ],
        "patent_act_enforcement_rules": ["49", "50", "51", "52", "53", "54"],
    },
    "periods": {
        "patent_act": [
            "17",
            "22",
            "27",
            "29",
            "30",
            "34",
            "38",
            "48",
            "52",
            "53",
            "93",
            "94",
            "107",
            "108",
            "130",
            "131",
            "132",
            "135",
        ]
    },
    "priority": {"patent_act": ["28", "29", "30", "142"]},
    "fees": {"patent_act": ["52", "92", "93", "94", "95"], "patent_fees_regulations": None},
    "amendments": {"patent_act": ["34", "43", "44", "49", "67", "69", "108", "131", "132", "139"]},
    "formalities": {"patent_act": ["5", "7", "11", "12", "25", "106", "125"], "foreign_language_filing_rules": None},
}

WORDS = {
    "zh-TW": {
        "intro": "專利法練習：每題顯示案卷的一部分，請回答違反哪一條（及項）。",
        "how": "回答如 26、26-2、26(2) 或 第26條第2項；s 跳過，q 結束。",
        "question": "第 {n}/{total} 題",
        "context": "案件",
        "prompt": "違反哪一條？> ",
        "unreadable": "看不懂「{text}」：請輸入條號，如 26 或 第26條第2項（s 跳過，q 結束）。",
        "right": "正確！",
        "right_para": "正確（條與項皆對）！",
        "article_only": "條號正確，但項不對。",
        "wrong": "不正確。",
        "skipped": "已跳過。",
        "answer": "答案",
        "why": "說明",
        "fix": "如何修正",
        "consequence": "違反之效果",
        "score": "得分：{right}/{total}",
        "review": "請複習：",
        "none_review": "全部答對，沒有需要複習的條文。",
        "source": "出處",
        "bye": "結束練習。",
        "no_questions": "此主題沒有題目。",
        "rule": "規則",
        "law": "法規",
    },
    "en": {
        "intro": "Patent Act drill: each question shows part of a filing; name the article (and paragraph) it breaches.",
        "how": "Answer like 26, 26-2, 26(2) or 第26條第2項; s to skip, q to quit.",
        "question": "Question {n}/{total}",
        "context": "Case",
        "prompt": "Which article? > ",
        "unreadable": "Cannot read {text!r}: type an article such as 26 or 26(2) (s to skip, q to quit).",
        "right": "Right!",
        "right_para": "Right (article and paragraph)!",
        "article_only": "Right article, wrong paragraph.",
        "wrong": "Not quite.",
        "skipped": "Skipped.",
        "answer": "Answer",
        "why": "Why",
        "fix": "How to fix",
        "consequence": "Consequences of a breach",
        "score": "Score: {right}/{total}",
        "review": "Articles to review:",
        "none_review": "All right: nothing to review.",
        "source": "From",
        "bye": "Session ended.",
        "no_questions": "No questions for this topic.",
        "rule": "Rule",
        "law": "law",
    },
}


@dataclass(frozen=True)
class Question:
    rule_id: str
    excerpt: str
    source: str
    context: dict


def topics() -> list[str]:
    return sorted(TOPICS)


def _in_topic(rule, topic: str | None) -> bool:
    if topic is None:
        return True
    wanted = TOPICS[topic]
    for c in rule.citations:
        if c.law in wanted and (wanted[c.law] is None or str(c.article) in wanted[c.law]):
            return True
    if topic == "designs":
        types = set(rule.applies_values("patent_type"))
        return bool(types) and types <= {"design", "derivative_design"}
    return False


def questions(rules: dict, topic: str | None = None) -> list[Question]:
    """Every question: the defective examples' findings first, then each rule's failing case."""
    found, seen = [], set()
    for item in defective_findings():
        rule = rules.get(item["rule"])
        if rule is not None and _in_topic(rule, topic) and (item["rule"], item["excerpt"]) not in seen:
            seen.add((item["rule"], item["excerpt"]))
            found.append(Question(item["rule"], item["excerpt"], item["source"], item.get("context", {})))
    for rule_id, example in sorted(rule_examples().items()):
        rule = rules.get(rule_id)
        fail = example.get("fail")
        if rule is None or not fail or not fail.get("excerpt") or not _in_topic(rule, topic):
            continue
        found.append(Question(rule_id, fail["excerpt"], fail["source"], fail.get("context", {})))
    return found


def select(rules: dict, seed: int | None, topic: str | None, count: int) -> list[Question]:
    """The session's questions: a seeded shuffle, so --seed repeats a session exactly."""
    pool = questions(rules, topic)
    rng = random.Random(seed)
    rng.shuffle(pool)
    return pool[: max(count, 0)]


def judge(rule, answer: tuple[str, int | None, int | None]) -> str:
    """ "exact" (article and paragraph, or article alone when none was given), "article" (right
    article, wrong paragraph) or "wrong"."""
    label, paragraph, _ = answer
    cited = [c for c in rule.citations if str(c.article) == label]
    if not cited:
        return "wrong"
    if paragraph is None or any(c.paragraph in (paragraph, None) for c in cited):
        return "exact"
    return "article"


class Session:
    def __init__(self, rules: dict, chosen: list[Question], lang: str, read: Callable[[str], str], out: TextIO) -> None:
        self.rules, self.chosen, self.lang = rules, chosen, lang
        self.words = WORDS["en" if lang == "en" else "zh-TW"]
        self.read, self.out = read, out
        self.right = 0
        self.asked = 0
        self.review: list[tuple[str, str]] = []  # (law, article) in the order missed

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def run(self) -> int:
        w = self.words
        self.say(w["intro"])
        self.say(w["how"])
        if not self.chosen:
            self.say(w["no_questions"])
            return 0
        try:
            for n, question in enumerate(self.chosen, start=1):
                if not self.ask(n, question):
                    break
        except (EOFError, KeyboardInterrupt):
            self.say()
            self.say(w["bye"])
        self.finish()
        return 0

    def ask(self, n: int, question: Question) -> bool:
        """One question; False when the user quits."""
        w = self.words
        rule = self.rules[question.rule_id]
        self.say()
        self.say(f"== {w['question'].format(n=n, total=len(self.chosen))} ==")
        context = ", ".join(f"{k}={v}" for k, v in sorted(question.context.items()))
        law = law_title(rule.citations[0].law, self.lang) if rule.citations else ""
        self.say(
            f"{w['context']}: " + "; ".join(part for part in (context, f"{w['law']}: {law}" if law else "") if part)
        )
        for line in question.excerpt.splitlines():
            self.say(f"  | {line}")
        while True:
            text = self.read(w["prompt"])
            cleaned = (text or "").strip()
            if cleaned.lower() in ("q", "quit", "exit", "結束"):
                return False
            if cleaned.lower() in ("s", "skip", "跳過"):
                self.asked += 1
                self.say(w["skipped"])
                self.explain(rule, question)
                self.missed(rule)
                return True
            answer = parse_article(cleaned)
            if answer is None:
                shown = cleaned if len(cleaned) <= 40 else cleaned[:40] + "…"
                self.say(w["unreadable"].format(text="".join(ch if ch.isprintable() else "?" for ch in shown)))
                continue
            break
        self.asked += 1
        verdict = judge(rule, answer)
        if verdict == "exact":
            self.right += 1
            self.say(w["right_para"] if answer[1] is not None else w["right"])
        else:
            self.say(w["article_only"] if verdict == "article" else w["wrong"])
            self.missed(rule)
        self.explain(rule, question)
        return True

    def missed(self, rule) -> None:
        for c in rule.citations:
            key = (c.law, str(c.article))
            if key not in self.review:
                self.review.append(key)
            break  # the first citation is the provision the rule enforces

    def explain(self, rule, question: Question) -> None:
        w, lang = self.words, self.lang
        cites = [format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang) for c in rule.citations]
        self.say(
            f"{w['answer']}: {'、'.join(cites) if lang == 'zh-TW' else '; '.join(cites)}"
            f"  ({w['rule']} {rule.id} {rule.name})"
        )
        for c in rule.citations:
            if c.version:
                continue
            text = cited_text(c.law, c.article, c.paragraph, c.subparagraph)
            if text:
                self.say(
                    f"  {format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang='zh-TW')}："
                    + " ".join(text.split())
                )
            elif other := article_summary(c.law, c.article):  # a law whose text is not shipped
                label = "摘要（非法條原文）" if lang == "zh-TW" else "Summary (not the official text)"
                self.say(f"  {format_citation(c.law, c.article, lang=lang)} {label}: {other}")
            if lang == "en":
                from checker.teach.views import cited_summary

                summary = cited_summary(c.law, c.article, c.paragraph, c.subparagraph)
                if summary:
                    self.say(f"    {summary}")
        self.say(f"{w['why']}: {' '.join(rule.explanation[lang].split())}")
        self.say(f"{w['fix']}: {' '.join(rule.fix[lang].split())}")
        consequences = lawnotes.rule_consequences(rule)
        if consequences:
            first = consequences[0]
            cite = format_citation(first.law, first.article, first.paragraph, first.subparagraph, lang=lang)
            self.say(f"{w['consequence']}: {first.label(lang)} ({cite})")
        self.say(f"{w['source']}: {question.source}")

    def finish(self) -> None:
        w = self.words
        self.say()
        self.say(w["score"].format(right=self.right, total=self.asked))
        if not self.review:
            self.say(w["none_review"] if self.asked else "")
            return
        self.say(w["review"])
        for law, label in self.review:
            self.say(
                f"  {format_citation(law, label, lang=self.lang)}  (patentcheck explain {label}"
                + (f" --law {law}" if law != "patent_act" else "")
                + (" --lang en" if self.lang == "en" else "")
                + ")"
            )
