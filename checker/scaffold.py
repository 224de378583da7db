"""``patentcheck init --from draft.docx --type invention``: a bundle to start from, written
beside the draft. What the draft tells (its layout, the title) is filled in; what only
the agent knows (applicants, inventors, dates, priority) is there as commented templates,
so that ``patentcheck check`` right away names what is missing, with its citation.
An existing file is never overwritten (the file is created exclusively).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from checker.core.errors import InputError
from checker.core.resources import resource_dir
from checker.inputs.docx_text import is_docx, read_docx
from checker.inputs.whole_document import split
from checker.inputs.yamlsource import read_text_file
from checker.language.description_analysis import section
from checker.language.texts import parse_description

PATENT_TYPES = ("invention", "utility_model", "design", "derivative_design")
_TYPE_NAMES = {"invention": "發明", "utility_model": "新型", "design": "設計", "derivative_design": "衍生設計"}


@dataclass
class Scaffold:
    path: Path  # the bundle written
    texts: str  # how the draft is linked: "documents" or "description"
    title: str  # "" when the draft names none


def init_bundle(draft: Path, patent_type: str, output: Path | None = None) -> Scaffold:
    """Write the bundle (default: bundle.yaml beside the draft); InputError when the draft
    cannot be read, lies outside the bundle's folder, or the output exists."""
    if patent_type not in PATENT_TYPES:
        raise InputError(f"unknown patent type {patent_type!r}; one of {', '.join(PATENT_TYPES)}", str(draft))
    if not draft.is_file():
        raise InputError("draft not found", str(draft))
    output = output or draft.parent / "bundle.yaml"
    folder = output.parent.resolve()
    relative = Path(os.path.relpath(draft.resolve(), folder))
    if relative.parts and relative.parts[0] == "..":
        raise InputError(
            f"the draft must be in the bundle's folder ({folder}) or below it: "
            "a bundle reads only files inside its folder",
            str(draft),
        )
    text = read_docx(draft, str(draft)).text if is_docx(draft.name) else read_text_file(draft, str(draft))
    parts = split(text)
    whole = parts.claims is not None or parts.abstract is not None
    description = parts.description.text if parts.description else text
    title = _title(description, parts)
    schema = Path(os.path.relpath(resource_dir("schemas") / "bundle.schema.json", folder)).as_posix()
    yaml_text = render(patent_type, relative.as_posix(), whole, title, schema, draft.name)
    try:
        with open(output, "x", encoding="utf-8") as stream:  # never overwrite
            stream.write(yaml_text)
    except FileExistsError:
        raise InputError(
            "exists; patentcheck init never overwrites a file (give another --output)", str(output)
        ) from None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", str(output)) from None
    return Scaffold(output, "documents" if whole else "description", title)


def _title(description: str, parts) -> str:  # noqa: ARG001 (the abstract page's name is not preferred)
    found = section(parse_description(description), "title")
    if found and found.text.strip():
        return found.text.strip().splitlines()[0].strip()
    return ""


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def render(patent_type: str, draft: str, whole: bool, title: str, schema: str, shown: str) -> str:
    design = patent_type in ("design", "derivative_design")
    kind = _TYPE_NAMES[patent_type]
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# {kind}專利申請案卷，由 patentcheck init 自 {shown} 產生。A bundle scaffolded from {shown}.",
        "# 取消註解並填寫 TODO 欄位後執行 patentcheck check / uncomment, fill in the TODOs, run patentcheck check.",
        "# 各欄位說明見 schemas/bundle.schema.json（編輯器會顯示）。",
        "format: 1",
        "procedure: application          # 新申請案",
        f"patent_type: {patent_type}",
        "# submitted_on: 2026-01-31      # 送件日 the day the papers reach the office (YYYY-MM-DD); absent: judged as of today",
    ]
    if title:
        lines.append(f"title: {_q(title)}   # {kind}名稱，取自草稿 / from the draft")
    else:
        lines.append(f"# title: TODO                  # {kind}名稱 (the draft names none)")
    lines += [
        "",
        "# 申請人 applicants (專利法第25條第1項 / art. 25(1)); one entry each:",
        "# applicants:",
        "#   - name: TODO",
        "#     kind: company             # natural_person | school | sme | company | government | other",
        "#     nationality: TW",
        "#     domicile_in_roc: true     # 在中華民國境內有住所或營業所; if not, an agent is needed (art. 11(2))",
        "#     right_basis: employer     # inventor | employer | funder | assignee | heir (arts. 5, 7, 8)",
    ]
    if design:
        lines += [
            "# 設計人 designers:",
            "# designers:",
            "#   - {name: TODO, nationality: TW}",
            "# 指定所施予之物品 the article (art. 129(3)):",
            '# article: {name: TODO, locarno_class: "06-01"}',
        ]
        if patent_type == "derivative_design":
            lines += [
                "# 原設計 the original design (art. 127):",
                "# original_design: {application_number: TODO, applicants: [TODO], filed_on: 2025-01-01, similar_to: original}",
            ]
    else:
        label = "發明人" if patent_type == "invention" else "新型創作人"
        lines += [f"# {label} inventors:", "# inventors:", "#   - {name: TODO, nationality: TW}"]
    lines += [
        "# 代理人 agent:",
        "# agent: {name: TODO, qualification: patent_attorney}   # patent_attorney | attorney_at_law | patent_agent | other",
        "language: zh-TW                 # 說明書等之語言; a foreign language needs a translation (art. 25(3))",
        "",
    ]
    if whole:
        lines += [
            "# 全份文件：摘要、指定代表圖、說明書、申請專利範圍、圖式 / the whole draft, split into its parts",
            f"documents: {{file: {_q(draft)}}}",
        ]
    else:
        lines += [
            f"description: {{file: {_q(draft)}}}   # 說明書 the description",
        ]
        if design:
            lines += [
                "# drawings:                     # 圖式: the views (ER arts. 53-54)",
                '#   - {figure: "1", view: perspective, representative: true}',
                '#   - {figure: "2", view: front}',
            ]
        else:
            lines += [
                "# claims: {file: TODO}         # 申請專利範圍 the claims, 【第1項】… or 1. 2. …",
                '# abstract: {text: TODO, representative_figure: "1"}   # 摘要, ER art. 21',
                "# drawings:                     # 圖式",
                '#   - {figure: "1", description: TODO}',
            ]
    lines += [
        "",
        "# 附件 other papers enclosed: power_of_attorney, assignment, priority_documents,",
        "# grace_period_evidence, deposit_certificate, ...",
        "# attachments: [power_of_attorney]",
        "# 優先權 priority claims (arts. 28-30):",
        "# priority_claims:",
        "#   - {type: foreign, country: JP, filing_date: 2025-01-01, application_number: TODO}",
        "# 優惠期 grace period disclosures (art. 22(3)-(4)):",
        "# grace_period:",
        "#   - {type: publication, disclosed_on: 2025-01-01, declared_at_filing: true}",
    ]
    if patent_type == "invention":
        lines += ["# 生物材料寄存 biological material (art. 27):", "# biological_material: {involved: false}"]
    return "\n".join(lines) + "\n"
