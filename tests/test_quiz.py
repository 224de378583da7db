"""`patentcheck quiz`, driven through a pseudo-terminal as a trainee uses it: right, wrong and
unreadable answers, skip, quit, end of input and Ctrl-C, the score and the articles to review."""

from __future__ import annotations

import io
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.core.pipeline import default_packs
from checker.teach import quiz

ROOT = Path(__file__).resolve().parent.parent
RULES = {rule.id: rule for pack in default_packs() for rule in pack.rules}


def answer_for(question: quiz.Question) -> str:
    c = RULES[question.rule_id].citations[0]
    return f"{c.article}({c.paragraph})" if c.paragraph else str(c.article)


class Terminal:
    """patentcheck quiz on a pseudo-terminal: type lines, read what the trainee sees."""

    def __init__(self, *args: str):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "cli.py"), "quiz", *args],
            cwd=ROOT,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            close_fds=True,
            env={**os.environ, "COLUMNS": "120", "TERM": "dumb"},
        )
        os.close(slave)
        self.seen = ""

    def read_until(self, text: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while text not in self.seen:
            left = end - time.monotonic()
            assert left > 0, f"waited for {text!r}; saw:\n{self.seen[-3000:]}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    assert text in self.seen, f"ended before {text!r}; saw:\n{self.seen[-3000:]}"
                    break
                self.seen += chunk.decode("utf-8", "replace")
        return self.seen

    def type(self, text: str) -> None:
        os.write(self.master, text.encode("utf-8"))

    def finish(self, timeout: float = 60) -> int:
        end = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.seen += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:
                    break
        code = self.proc.wait(timeout=max(end - time.monotonic(), 1))
        while select.select([self.master], [], [], 0.5)[0]:  # what it wrote before it ended
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk.decode("utf-8", "replace")
        os.close(self.master)
        return code


def test_a_session_right_wrong_unreadable_skip_score_and_review():
    chosen = quiz.select(RULES, 7, None, 4)
    assert len(chosen) == 4
    term = Terminal("--seed", "7", "-n", "4", "--lang", "en")
    term.read_until("Which article? > ")
    term.type(answer_for(chosen[0]) + "\r")
    term.read_until("Question 2/4")
    assert "Right" in term.seen
    term.read_until("Which article? > ")
    term.type("999\r")  # wrong
    term.read_until("Question 3/4")
    assert "Not quite." in term.seen
    term.read_until("Which article? > ")
    term.type("\x1b[A;DROP 🙂\r")  # an arrow key's escape, punctuation, an emoji: asked again
    term.read_until("Cannot read")
    term.type("\r")  # empty: asked again
    term.type("s\r")
    term.read_until("Question 4/4")
    assert "Skipped." in term.seen
    term.read_until("Which article? > ")
    term.type("q\r")
    assert term.finish() == 0
    out = term.seen
    assert "Score: 1/3" in out
    review = out[out.index("Articles to review:") :]
    first_missed = RULES[chosen[1].rule_id].citations[0]
    assert f"art. {first_missed.article}" in review and "patentcheck explain" in review
    assert "Traceback" not in out


def test_the_seed_repeats_the_session_and_topics_limit_it():
    assert [q.rule_id for q in quiz.select(RULES, 5, None, 6)] == [q.rule_id for q in quiz.select(RULES, 5, None, 6)]
    assert [q.rule_id for q in quiz.select(RULES, 5, None, 6)] != [q.rule_id for q in quiz.select(RULES, 6, None, 6)]
    for topic in quiz.topics():
        pool = quiz.questions(RULES, topic)
        assert pool, topic
        assert all(quiz._in_topic(RULES[q.rule_id], topic) for q in pool)
    claims = {q.rule_id for q in quiz.questions(RULES, "claims")}
    assert "PA026-01" in claims and "PA093-01" not in claims
    sources = {q.source.split("/")[0] for q in quiz.questions(RULES)}
    assert sources == {"examples", "tests"}  # the defective examples and the rule cases


@pytest.mark.parametrize("written", ["26", "26-2", "26(2)", "第26條第2項", "第二十六條第二項"])
def test_judge_accepts_every_written_form(written):
    from checker.teach.answers import parse_article

    rule = next(r for r in RULES.values() if any(c.article == 26 and c.paragraph == 2 for c in r.citations))
    assert quiz.judge(rule, parse_article(written)) == "exact"
    assert quiz.judge(rule, parse_article("26(9)")) in ("article", "exact")
    assert quiz.judge(rule, parse_article("27")) == "wrong"


def test_end_of_input_ends_with_the_score():
    term = Terminal("--seed", "1", "-n", "2")
    term.read_until("違反哪一條？> ")
    term.type("\x04")  # Ctrl-D at the start of a line: end of input
    assert term.finish() == 0
    assert "結束練習。" in term.seen and "得分：0/0" in term.seen and "Traceback" not in term.seen


def test_ctrl_c_ends_with_the_score():
    term = Terminal("--seed", "2", "-n", "3", "--lang", "en")
    term.read_until("Which article? > ")
    # a signal landing between the prompt and the read is only seen at the next one: press again,
    # as a person would, until the session ends
    for _ in range(30):
        term.proc.send_signal(signal.SIGINT)
        try:
            term.proc.wait(timeout=2)
            break
        except subprocess.TimeoutExpired:
            continue
    assert term.finish() == 0
    assert "Session ended." in term.seen and "Score: 0/0" in term.seen and "Traceback" not in term.seen


def test_piped_input_and_bad_options():
    out = io.StringIO()
    answers = iter(["", "x", "第26條"])
    session = quiz.Session(RULES, quiz.select(RULES, 3, "claims", 1), "zh-TW", lambda prompt: next(answers), out)
    assert session.run() == 0 and "得分：" in out.getvalue()
    bad = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "quiz", "--topic", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert bad.returncode == 2 and "claims" in bad.stderr
    eof = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "quiz", "--seed", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert eof.returncode == 0 and "得分：0/0" in eof.stdout and "Traceback" not in eof.stderr
