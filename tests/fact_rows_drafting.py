"""Fact rows: the agents' checklist items (checker/packs/patent/facts/drafting_checklist.py):
words naming the kind of patent, reference signs against names, figure numbering, figures
the embodiments refer to, the title against the claimed subjects, unpunctuated paragraphs."""

from __future__ import annotations

from fact_table import CLIP, row

_HEAD = "【發明名稱】\n發光二極體封裝\n【技術領域】\n【0001】本新型係關於一種燈。\n"
_SIGNS = "【符號說明】\n10:基板\n20:晶片\n20:底座\n30:基板\n"
_USE = "【實施方式】\n【0002】請參閱圖1，基板10上設有晶片20。\n【0003】如圖3所示，晶片12設於基板20上\n"
DRAFT = {"files": {"description.txt": _HEAD + "【圖式簡單說明】\n【0004】圖1為剖面圖。\n" + _USE + _SIGNS}}
NO_TITLE = {"description.txt": "【實施方式】\n燈。\n"}  # the title is then the request's
UM_WORDS = {
    "description": {"sections": {"summary": "本發明提供一種線材收納夾。本發明人另提出……"}},
}

ROWS = [
    row("patent_kind_words.word", "【發明名稱】, 本新型", **DRAFT, id="an invention draft saying 本新型"),
    row("patent_kind_words.word", "本新型, 本新型, 本新型", base=CLIP, id="clip: 本新型 in three items"),
    row("patent_kind_words.names", "invention, utility_model", **DRAFT, id="the kinds named"),
    row("patent_kind_words.names", "utility_model, utility_model, utility_model", base=CLIP, id="clip"),
    row("patent_kind_words.other_kind", "", id="LED: 本發明 in an invention"),
    row("patent_kind_words.other_kind", "True", **DRAFT, id="本新型 in an invention"),
    row("patent_kind_words.other_kind", "", base=CLIP, id="本新型 in a utility model"),
    row("patent_kind_words.other_kind", "True", UM_WORDS, base=CLIP, id="本發明 (not 本發明人) in a utility model"),
    row("patent_kind_words.other_kind@pointer", "/description@4:1", **DRAFT, id="at its line"),
    row("patent_kind_words.other_kind@pointer", "/description/sections/summary", UM_WORDS, base=CLIP, id="inline"),
    row("patent_kind_words.document", "description, description", **DRAFT, id="in the description"),
    row("patent_kind_words.document", "", files=NO_TITLE, id="no such word"),
    row("patent_kind_words.word@pointer", "/description@1:1", **DRAFT, id="the first at its line"),
    row("sign_name_conflicts.problem", "", id="LED: consistent"),
    row(
        "sign_name_conflicts.problem",
        "sign_two_names, name_two_signs, differs_from_list",
        **DRAFT,
        id="in the list twice, in use once",
    ),
    row("sign_name_conflicts.sign", "", id="LED: none"),
    row("sign_name_conflicts.sign", "20, 30, 20", **DRAFT, id="the signs (晶片12: 12 is not listed)"),
    row("sign_name_conflicts.name", "", id="LED: none"),
    row("sign_name_conflicts.name", "底座, 基板, 基板", **DRAFT, id="the names"),
    row("sign_name_conflicts.used", "", id="LED: none"),
    row("sign_name_conflicts.used", "20:底座, 30:基板, 基板20", **DRAFT, id="as written"),
    row("sign_name_conflicts.listed", "", id="LED: none"),
    row("sign_name_conflicts.listed", "20:晶片, 10:基板, 20:晶片, 10:基板, 30:基板", **DRAFT, id="what the list says"),
    row("sign_name_conflicts.problem@pointer", "/description@13:1", **DRAFT, id="the first at its line"),
    row(
        "sign_name_conflicts.problem@pointer",
        "/claims@5:1",
        files={
            "claims.txt": "【第1項】\n一種發光二極體封裝，包含：\n一基板（10）；\n一發光晶片（20），設置於該基板上；\n一封裝膠體（40）。\n"
        },
        id="in a claim",
    ),
    row("figure_numbering.figure", "", id="LED: 1, 2"),
    row("figure_numbering.figure", "3", {"drawings": [{"figure": "1"}, {"figure": "3"}]}, id="a gap"),
    row(
        "figure_numbering.figure",
        "2, 2A",
        {"drawings": [{"figure": "2"}, {"figure": "2A"}, {"figure": "2A"}]},
        id="start, repeat",
    ),
    row("figure_numbering.problem", "", id="LED: none"),
    row("figure_numbering.problem", "gap", {"drawings": [{"figure": "1"}, {"figure": "3"}]}, id="a gap"),
    row(
        "figure_numbering.problem",
        "start, repeat",
        {"drawings": [{"figure": "2"}, {"figure": "2A"}, {"figure": "2A"}]},
        id="start, repeat",
    ),
    row(
        "figure_numbering.problem",
        "order",
        {"drawings": [{"figure": "1"}, {"figure": "2"}, {"figure": "1A"}]},
        id="lower than before",
    ),
    row("figure_numbering.expected", "", id="LED: none"),
    row("figure_numbering.expected", "2", {"drawings": [{"figure": "1"}, {"figure": "3"}]}, id="2 would follow 1"),
    row("figure_numbering.figure@pointer", "/drawings/1", {"drawings": [{"figure": "1"}, {"figure": "3"}]}, id="entry"),
    row(
        "figure_numbering.figure@pointer",
        "/description@5:1",
        {"drawings": []},
        files={"description.txt": "【發明名稱】\n燈\n【圖式簡單說明】\n圖1為剖面圖。\n圖4為側視圖。\n"},
        id="without drawings: the brief description's line",
    ),
    row("embodiment_figures_undescribed.figure", "", id="LED: 圖1, 圖2 described"),
    row("embodiment_figures_undescribed.figure", "3", **DRAFT, id="圖3 not described"),
    row("embodiment_figures_undescribed.figure@pointer", "/description@9:1", **DRAFT, id="at its first mention"),
    row("title_unnamed_subjects.subject", "", id="LED: the title names it"),
    row("title_unnamed_subjects.subject", "發光二極體封裝", {"title": "燈具"}, files=NO_TITLE, id="another title"),
    row("title_unnamed_subjects.number", "", id="LED: none"),
    row("title_unnamed_subjects.number", "1", {"title": "燈具"}, files=NO_TITLE, id="claim 1"),
    row("title_unnamed_subjects.number@pointer", "/claims@1:1", {"title": "燈具"}, files=NO_TITLE, id="at the claim"),
    row("unpunctuated_paragraphs.ending", "", id="LED: every paragraph ends with 。"),
    row("unpunctuated_paragraphs.ending", "，晶片12設於基板20上", **DRAFT, id="the last characters"),
    row("unpunctuated_paragraphs.ending@pointer", "/description@9:1", **DRAFT, id="at its last line"),
]
