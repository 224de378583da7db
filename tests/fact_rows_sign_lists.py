"""Fact rows: the layout of the reference sign lists, 【符號說明】 and 【代表圖之符號簡單說明】
(checker/packs/patent/facts/sign_lists.py)."""

from __future__ import annotations

from fact_table import CLIP, row

WHOLE = "examples/invention-whole-document/bundle.yaml"  # documents: {file: draft.docx}
_DESCRIPTION = (
    "【發明名稱】\n燈\n【實施方式】\n燈具1包含燈座10。\n【符號說明】\n【0001】\n1:燈具\n10：燈座\n20:燈泡 30:燈罩\n"
)
BAD = {"files": {"description.txt": _DESCRIPTION}}
_WHOLE_TEXT = (
    "【發明摘要】\n【中文】\n一種燈。\n【指定代表圖】\n圖1\n【代表圖之符號簡單說明】\n1：燈具\n10:燈座\n"
    "【發明說明書】\n【發明名稱】\n燈\n【申請專利範圍】\n【第1項】\n一種燈。\n"
)
BAD_WHOLE = {"patch": {"documents": {"file": "draft.txt"}}, "files": {"draft.txt": _WHOLE_TEXT}}
NO_SIGNS = {
    "patch": {"documents": {"file": "draft.txt"}},
    "files": {"draft.txt": _WHOLE_TEXT.replace("1：燈具\n10:燈座\n", "")},
}

ROWS = [
    row("reference_sign_lines.text", "", id="LED: a pair a line"),
    row("reference_sign_lines.text", "", base=CLIP, id="inline: a pair a line"),
    row("reference_sign_lines.text", "10：燈座, 20:燈泡 30:燈罩", **BAD, id="full-width colon, two pairs"),
    row(
        "reference_sign_lines.text",
        "1：線材收納夾；10：夾體",
        {"description": {"sections": {"reference_signs": "1：線材收納夾；10：夾體"}}},
        base=CLIP,
        id="inline, one line",
    ),
    row("reference_sign_lines.problem", "", id="LED: none"),
    row("reference_sign_lines.problem", "colon, pairs", **BAD, id="full-width colon, two pairs"),
    row("reference_sign_lines.text@pointer", "", id="LED: none"),
    row("reference_sign_lines.text@pointer", "/description@8:1", **BAD, id="file: the first bad line"),
    row(
        "reference_sign_lines.text@pointer",
        "/description/sections/reference_signs",
        {"description": {"sections": {"reference_signs": "1：線材收納夾"}}},
        base=CLIP,
        id="inline section",
    ),
    row("has_representative_signs", True, base=WHOLE, id="whole document"),
    row("has_representative_signs", False, id="separate files: no such list"),
    row("has_representative_signs", False, **NO_SIGNS, base=WHOLE, id="heading without pairs"),
    row("representative_sign_lines.text", "", base=WHOLE, id="whole document: a pair a line"),
    row("representative_sign_lines.text", "1：燈具", **BAD_WHOLE, base=WHOLE, id="full-width colon"),
    row("representative_sign_lines.problem", "", base=WHOLE, id="whole document: none"),
    row("representative_sign_lines.problem", "colon", **BAD_WHOLE, base=WHOLE, id="full-width colon"),
    row("representative_sign_lines.text@pointer", "", base=WHOLE, id="whole document: none"),
    row(
        "representative_sign_lines.text@pointer",
        "/documents/representative_signs@1:1",
        **BAD_WHOLE,
        base=WHOLE,
        id="the part's first line",
    ),
]
