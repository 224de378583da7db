"""Every official fee a submission owes, line by line, with its legal basis.

``compute_fees(bundle)`` is the function other code calls (``patentcheck fees`` and the facts
``fees_*`` use it). The amounts are the schedule in ``data/patent_fees.yaml`` in force on the
payment date (`fee.paid_on`, else the bundle's `submitted_on`, else the evaluation date): the
fee regulation (專利規費收費辦法) and the annuity reductions (art. 95) as summarised in the
project's legal notes. A payment date before the earliest schedule gives no amounts, and a
``problem`` saying so.

Where the notes are silent, the statement computes the reading they support and says so in
``assumptions``: how claims are counted, which fee a discount reduces, whether the late
surcharge and the art. 70(2) restoration are computed on a reduced annuity. Where they give no
amount at all (the conversion into a utility model, for instance) the line has no amount and
the statement is not ``complete``.

This is a computation, not a verdict: whether a payment is short is for the rules to say
(facts ``fees_total`` and ``fees_computation``, rules in ``art092-fee-amount.yaml``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import yaml

from checker.core.findings import Citation
from checker.core.lawtext import format_citation, law_title
from checker.language.claims.dependencies import parse_dependency
from checker.language.texts import is_deleted_claim
from checker.packs.patent import fees
from checker.packs.patent.fees import DATA_FILE
from checker.core.dates import iso

SCHEDULE_LAW = "patent_fees_regulations"
SMALL_ENTITY_KINDS = ("natural_person", "school", "sme")
_TABLE_TYPE = {
    "invention": "invention",
    "utility_model": "utility_model",
    "design": "design",
    "derivative_design": "design",
}


def _c(article: int, paragraph: int | None = None, subparagraph: int | None = None) -> Citation:
    return Citation("patent_act", article, paragraph, subparagraph)


# ---------------------------------------------------------------- the schedule (data) ---


@dataclass(frozen=True)
class Schedule:
    """One version of the fee schedule: in force from ``in_force_from``."""

    in_force_from: dt.date
    law: str
    requests: dict[str, dict[str, Any]]  # table type -> fee code -> amount or formula
    discounts: dict[str, dict[str, int]]  # table type -> discount code -> amount


@cache
def schedules() -> tuple[Schedule, ...]:
    data = yaml.load(DATA_FILE.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found = [
        Schedule(
            dt.date.fromisoformat(str(v["in_force"]["from"])),
            v.get("law", SCHEDULE_LAW),
            v.get("requests") or {},
            v.get("discounts") or {},
        )
        for v in data["versions"]
    ]
    return tuple(sorted(found, key=lambda s: s.in_force_from))


def schedule_on(on: dt.date) -> Schedule | None:
    """The schedule in force on ``on``; None before the earliest one shipped."""
    return next((s for s in reversed(schedules()) if s.in_force_from <= on), None)


# ---------------------------------------------------------------- the statement ---------


@dataclass(frozen=True)
class FeeLine:
    code: str  # filing, examination, examination_claims, annuity, annuity_surcharge, ...
    label: dict[str, str]  # zh-TW, en
    basis: tuple[Citation, ...]  # the Patent Act provisions; the amount is the schedule's
    amount: int | None  # NT$ (negative: a discount); None when the notes give no figure
    detail: dict[str, str] | None = None  # how the amount was computed, when not a flat fee
    assumed: bool = False  # the amount rests on a stated assumption
    unit: int | None = None  # the amount is unit × count (claims, page blocks...)
    count: int | None = None

    def basis_text(self, lang: str, schedule: Schedule | None) -> str:
        separator = "、" if lang == "zh-TW" else "; "
        parts = [format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang) for c in self.basis]
        if schedule is not None and self.amount is not None and self.code not in _STATUTORY_AMOUNTS:
            parts.append(_REDUCTION_RULES[lang] if self.code == "annuity_reduction" else law_title(schedule.law, lang))
        return separator.join(parts)

    def as_json(self, lang: str, schedule: Schedule | None) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label[lang],
            "labels": dict(self.label),
            "amount": self.amount,
            "detail": self.detail[lang] if self.detail else None,
            "details": dict(self.detail) if self.detail else None,
            "basis": [c.as_json() for c in self.basis],
            "basis_text": self.basis_text(lang, schedule),
            "assumed": self.assumed,
        }


# The art. 95 reductions are set by their own regulation (cited by name: no article is known).
_REDUCTION_RULES = {"zh-TW": "專利年費減免辦法", "en": "Regulations for the Reduction of Patent Annuities"}

# Lines whose amount the Patent Act itself sets (a multiple of a scheduled annuity).
_STATUTORY_AMOUNTS = ("annuity_surcharge", "first_annuity_doubled", "annuity_restoration")


@dataclass
class FeeStatement:
    procedure: str
    patent_type: str
    payment_date: dt.date
    payment_date_source: str  # fee.paid_on | submitted_on | as_of
    schedule: Schedule | None
    lines: list[FeeLine] = field(default_factory=list)
    assumptions: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    problem: dict[str, str] | None = None  # why nothing could be computed
    paid: int | None = None  # fee.amount

    @property
    def complete(self) -> bool:
        """Every line has an amount and nothing stopped the computation."""
        return self.problem is None and all(line.amount is not None for line in self.lines)

    @property
    def total(self) -> int | None:
        """The sum of the lines with an amount; None when nothing could be computed."""
        if self.problem is not None:
            return None
        return sum(line.amount for line in self.lines if line.amount is not None)

    @property
    def assumed(self) -> bool:
        return bool(self.assumptions)

    def computation(self) -> str:
        """The arithmetic, language-neutral: 「7000 + 800×4 + 500×2 − 800 = 10400」."""
        if self.total is None:
            return ""
        terms = [line for line in self.lines if line.amount is not None]
        if not terms:
            return "0"
        if len(terms) == 1 and not (terms[0].count and terms[0].count > 1):
            return str(self.total)
        text = ""
        for index, line in enumerate(terms):
            shown, amount = _term(line), line.amount or 0  # every term has an amount
            if index == 0:
                text = shown if amount >= 0 else f"−{shown}"
            else:
                text += f" + {shown}" if amount >= 0 else f" − {shown}"
        return f"{text} = {self.total}"

    def as_json(self, lang: str = "zh-TW") -> dict[str, Any]:
        return {
            "procedure": self.procedure,
            "patent_type": self.patent_type,
            "payment_date": self.payment_date.isoformat() if self.payment_date else None,
            "payment_date_source": self.payment_date_source,
            "schedule": (
                {"law": self.schedule.law, "in_force_from": self.schedule.in_force_from.isoformat()}
                if self.schedule
                else None
            ),
            "lines": [line.as_json(lang, self.schedule) for line in self.lines],
            "total": self.total,
            "complete": self.complete,
            "computation": self.computation(),
            "paid": self.paid,
            "difference": (self.paid - self.total) if self.paid is not None and self.total is not None else None,
            "assumptions": [a[lang] for a in self.assumptions],
            "assumption_texts": [dict(a) for a in self.assumptions],
            "notes": [n[lang] for n in self.notes],
            "note_texts": [dict(n) for n in self.notes],
            "problem": self.problem[lang] if self.problem else None,
            "problem_texts": dict(self.problem) if self.problem else None,
        }


def _term(line: FeeLine) -> str:
    """One term of the computation: unit×count when the line has them, else the amount."""
    if line.unit and line.count and line.count > 1:
        return f"{line.unit}×{line.count}"
    return str(abs(line.amount or 0))  # only terms with an amount get here


# ---------------------------------------------------------------- computing -------------


def _fee_data(data: dict) -> dict:
    return data.get("fee") or {}


def _payment_date(data: dict, as_of: dt.date) -> tuple[dt.date, str]:
    fee = _fee_data(data)
    if fee.get("paid_on"):
        return dt.date.fromisoformat(str(fee["paid_on"])), "fee.paid_on"
    if data.get("submitted_on"):
        return dt.date.fromisoformat(str(data["submitted_on"])), "submitted_on"
    return as_of, "as_of"


def _statute(patent_type: str, *citations: Citation) -> tuple[Citation, ...]:
    """The invention provisions, with the article that applies them to utility models (120)
    or designs (142(1))."""
    extra = {"utility_model": (_c(120),), "design": (_c(142, 1),), "derivative_design": (_c(142, 1),)}
    return tuple(citations) + extra.get(patent_type, ())


_NAMES = {  # patent type as a word in a label
    "invention": ("發明專利", "invention"),
    "utility_model": ("新型專利", "utility model"),
    "design": ("設計專利", "design"),
    "derivative_design": ("衍生設計專利", "derivative design"),
}


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _both(zh: str, en: str) -> dict[str, str]:
    return {"zh-TW": zh, "en": en}


class _Builder:
    def __init__(self, statement: FeeStatement, schedule: Schedule, data: dict, claims: list | None, ctx: Any) -> None:
        self.s = statement
        self.schedule = schedule
        self.data = data
        self.claims = claims
        self.ctx = ctx
        self.type = data["patent_type"]
        self.table = _TABLE_TYPE[self.type]
        self.requests = schedule.requests.get(self.table, {})
        self.name_zh, self.name_en = _NAMES[self.type]

    # -- helpers --
    def add(
        self,
        code: str,
        zh: str,
        en: str,
        basis: tuple[Citation, ...],
        amount: int | None,
        detail: dict[str, str] | None = None,
        assumed: bool = False,
        unit: int | None = None,
        count: int | None = None,
    ) -> None:
        self.s.lines.append(FeeLine(code, _both(zh, en), basis, amount, detail, assumed, unit, count))

    def assume(self, zh: str, en: str) -> None:
        entry = _both(zh, en)
        if entry not in self.s.assumptions:
            self.s.assumptions.append(entry)

    def note(self, zh: str, en: str) -> None:
        self.s.notes.append(_both(zh, en))

    def unknown(self, code: str, zh: str, en: str, basis: tuple[Citation, ...]) -> None:
        self.add(code, zh, en, basis, None)
        self.note(
            f"專案之規費摘要未載「{zh}」（{self.name_zh}）之金額：未予計算，請依官方收費標準確認。",
            f'The project\'s summary of the fee regulation gives no amount for "{en}" ({self.name_en}): '
            "not computed; check the office's schedule.",
        )

    def flat(self, code: str, zh: str, en: str, basis: tuple[Citation, ...]) -> None:
        amount = self.requests.get(code)
        if amount is None:
            self.unknown(code, zh, en, basis)
        else:
            self.add(code, zh, en, basis, int(amount))

    # -- claims and pages --
    def claim_count(self, included: int) -> tuple[int, bool, bool]:
        """Claims counted for a fee; whether the bundle gives them; whether the count rests on
        an assumption (a reading the notes do not settle that changes the fee)."""
        if not self.claims:
            return 0, False, False
        kept = [c for c in self.claims if not is_deleted_claim(c.text)]
        assumed = False
        if len(self.claims) > len(kept) and len(self.claims) > included:
            assumed = True
            self.assume(
                "標示「（刪除）」之請求項不計入規費之項數。", "Claims kept as 「（刪除）」 are not counted for the fee."
            )
        weighted = 0
        for claim in kept:
            targets = claim.depends_on
            if targets is None:
                dependency = parse_dependency(claim.text, claim.number)
                targets = dependency.targets if dependency else ()
            weighted += max(1, len(targets))
        if weighted != len(kept) and weighted > included:
            assumed = True
            self.assume(
                f"多項附屬項計為一項（法規摘要僅言「每超過一項」）；若按其所依附之項數計，共 {weighted} 項。",
                f'A multiple dependent claim counts as one claim (the notes say only "per claim"); '
                f"counted by the claims it refers to, there would be {weighted}.",
            )
        return len(kept), True, assumed

    def pages(self) -> tuple[int, bool]:
        description = self.data.get("description")
        pages = description.get("pages") if isinstance(description, dict) else None
        return (int(pages), True) if isinstance(pages, int) else (0, False)

    def _mark_assumed(self, index: int) -> None:
        self.s.lines[index] = replace(self.s.lines[index], assumed=True)

    def formula(self, code: str, zh: str, en: str, basis: tuple[Citation, ...]) -> None:
        """A base fee plus claims beyond the included number, plus page blocks."""
        formula = self.requests.get(code)
        if formula is None:
            self.unknown(code, zh, en, basis)
            return
        if isinstance(formula, int):
            self.add(code, zh, en, basis, formula)
            return
        base = int(formula["base"])
        included = int(formula["claims_included"])
        self.add(
            code,
            f"{zh}（基本費：{included}項以內"
            + (f"、{formula['pages_included']}頁以內）" if "pages_included" in formula else "）"),
            f"{en} (basic fee: up to {included} claims"
            + (f" and {formula['pages_included']} pages)" if "pages_included" in formula else ")"),
            basis,
            base,
        )
        base_line = len(self.s.lines) - 1
        count, known, assumed = self.claim_count(included)
        if not known:
            self._mark_assumed(base_line)
            self.assume(
                f"本件未載請求項，{zh}以{included}項以內計算；請求項超過{included}項者，每項另加收。",
                f"The bundle gives no claims: the {en.lower()} is computed for at most {included} "
                "claims; each claim beyond adds to it.",
            )
        beyond = max(0, count - included)
        per_claim = int(formula["per_claim"])
        if beyond:
            self.add(
                f"{code}_claims",
                f"請求項超過{included}項加收",
                f"claims beyond {included}",
                basis,
                beyond * per_claim,
                {
                    "zh-TW": f"{count}項 − {included} = {beyond}項 × NT${per_claim}",
                    "en": f"{count} claims − {included} = {beyond} × NT${per_claim}",
                },
                assumed=assumed,
                unit=per_claim,
                count=beyond,
            )
        if "pages_included" not in formula:
            return
        pages, known = self.pages()
        pages_included, block, per_block = (
            int(formula["pages_included"]),
            int(formula["page_block"]),
            int(formula["per_page_block"]),
        )
        if not known:
            self._mark_assumed(base_line)
            self.assume(
                f"本件未載頁數（description.pages），{zh}以{pages_included}頁以內計算；"
                f"超過者每{block}頁加收NT${per_block}。",
                f"The bundle gives no page count (description.pages): the {en.lower()} is computed for "
                f"at most {pages_included} pages; each further {block} pages add NT${per_block}.",
            )
        over = max(0, pages - pages_included)
        blocks = -(-over // block)  # a part of a block counts as a whole one
        if blocks:
            self.add(
                f"{code}_pages",
                f"頁數超過{pages_included}頁加收（每{block}頁，不足{block}頁以{block}頁計）",
                f"pages beyond {pages_included} (per {block} pages, a part counting as {block})",
                basis,
                blocks * per_block,
                {
                    "zh-TW": f"{pages}頁 − {pages_included} = {over}頁 → {blocks} × NT${per_block}",
                    "en": f"{pages} pages − {pages_included} = {over} → {blocks} block(s) × NT${per_block}",
                },
                unit=per_block,
                count=blocks,
            )

    # -- discounts on a new application's fee --
    def discounts(self, basis: tuple[Citation, ...]) -> None:
        fee = _fee_data(self.data)
        available = self.schedule.discounts.get(self.table, {})
        wanted = [
            ("electronic_filing", fee.get("electronic_filing")),
            ("english_translation", fee.get("english_translation")),
        ]
        if not any(flag for _, flag in wanted):
            return
        if not available:
            self.note(
                f"法規摘要僅就發明專利載有電子申請及英文翻譯之減收，{self.name_zh}未予減收；請依官方收費標準確認。",
                f"The notes give the electronic-filing and English-translation discounts for inventions "
                f"only: none is computed for {_a(self.name_en)}; check the office's schedule.",
            )
            return
        self.assume(
            "電子申請及英文翻譯之減收，自新申請案（申請、分割、改請）之申請費扣除（法規摘要未載其減收之費目）。",
            "The electronic-filing and English-translation discounts reduce the fee of the new application "
            "(filing, divisional, conversion); the notes do not say which fee they reduce.",
        )
        if fee.get("electronic_filing") and "electronic_filing" in available:
            self.add(
                "electronic_filing_discount",
                "電子申請減收",
                "electronic filing discount",
                basis,
                -int(available["electronic_filing"]),
                assumed=True,
            )
        if fee.get("english_translation") and "english_translation" in available:
            language = self.data.get("language") or "zh-TW"
            if language == "en":
                self.note(
                    "外文本為英文，英文翻譯不減收規費。",
                    "The foreign-language text is English: an English translation earns no discount.",
                )
            else:
                self.add(
                    "english_translation_discount",
                    "附英文翻譯（名稱、姓名、摘要）減收",
                    "English translation (title, names, abstract) discount",
                    basis,
                    -int(available["english_translation"]),
                    assumed=True,
                )

    # -- procedures --
    def new_application(self, code: str, zh: str, en: str, basis: tuple[Citation, ...]) -> None:
        self.flat(code, zh, en, basis)
        self.discounts(basis)
        fee = _fee_data(self.data)
        if fee.get("examination_requested"):
            if self.type == "invention":
                self.formula(
                    "examination",
                    "實體審查費",
                    "substantive examination fee",
                    _statute(self.type, _c(92, 1), _c(38, 1)),
                )
            else:
                self.note(
                    f"{self.name_zh}無實體審查之申請，fee.examination_requested 不計費。",
                    f"{_a(self.name_en).capitalize()} has no request for substantive examination: "
                    "fee.examination_requested is ignored.",
                )
        elif self.type == "invention":
            self.note(
                "本件未同時申請實體審查（fee.examination_requested）；申請時須另繳實體審查費（第38條第1項）。",
                "Substantive examination is not requested with this submission (fee.examination_requested); "
                "its fee is owed when it is requested (art. 38(1)).",
            )
        self.priority_restoration()

    def priority_restoration(self) -> None:
        restored = [p for p in self.data.get("priority_claims") or [] if p.get("restoration_requested_on")]
        if not restored:
            return
        basis = _statute(self.type, _c(92, 1), _c(29, 4))
        if "priority_restoration" in self.requests:
            self.assume(
                "回復優先權主張之申請費按件（每一申請案一件）計收，不按優先權數計收。",
                "The fee for restoring priority is charged once per application, not per priority claim.",
            )
        self.flat("priority_restoration", "回復優先權主張申請費", "restoration of priority", basis)

    def grant_fee(self) -> None:
        ctx, on = self.ctx, self.s.payment_date
        basis = _statute(self.type, _c(52, 1), _c(92, 2))
        self.add("certificate", "證書費", "certificate fee", basis, fees.certificate_fee(on))
        first = fees.annuity(self.type, 1, on)
        status, late_status = ctx.fact("grant_fee_status"), ctx.fact("grant_fee_late_status")
        if not status:
            self.assume(
                "本件未載核准審定書送達日（application.events allowance_served），以期限內繳納計算。",
                "The bundle records no service of the allowance (application.events allowance_served): "
                "the fees are computed as paid in time.",
            )
        if status in ("late", "overdue") and late_status in ("late", "overdue"):
            self.s.problem = _both(
                "證書費及第一年年費之繳納期限及第52條第4項之補繳期限均已屆滿：已無可繳之規費，不予公告。",
                "Both the period to pay the grant fees and the late period of art. 52(4) have ended: no fee "
                "can be paid any more and the patent will not be published.",
            )
            return
        self.add("first_annuity", "第一年專利年費", "first annuity", _statute(self.type, _c(52, 1), _c(93, 1)), first)
        reduction = self.reduction(1, first, _statute(self.type, _c(95)))
        if status in ("late", "overdue"):
            doubled = first - reduction
            self.add(
                "first_annuity_doubled",
                "逾期繳納：第一年年費加倍（第52條第4項）",
                "paid late: the first annuity again (art. 52(4))",
                _statute(self.type, _c(52, 4)),
                doubled,
                assumed=bool(reduction),
            )
            if reduction:
                self.assume(
                    "第52條第4項之「二倍之第一年專利年費」以減免後之年費計算。",
                    "The double first annuity of art. 52(4) is twice the reduced annuity.",
                )

    def reduction(self, year: int, amount: int, basis: tuple[Citation, ...]) -> int:
        """The art. 95 reduction line, when requested and every applicant qualifies; the amount."""
        fee = _fee_data(self.data)
        if not fee.get("reduction_requested"):
            return 0
        applicants = self.data.get("applicants") or []
        if not applicants or not all(a.get("kind") in SMALL_ENTITY_KINDS for a in applicants):
            self.note(
                "申請減免年費，但並非所有申請人均為自然人、學校或中小企業：未予減收（見規則 PA095-02）。",
                "A reduction is requested but not every applicant is a natural person, school or SME: "
                "no reduction computed (see rule PA095-02).",
            )
            return 0
        reduced = fees.reduced_annuity(self.type, year, self.s.payment_date)
        off = amount - reduced
        if off:
            self.add(
                "annuity_reduction",
                "年費減免（自然人、學校、中小企業）",
                "annuity reduction (natural person, school, SME)",
                basis,
                -off,
            )
        else:
            self.note(
                f"第{year}年之年費無減免（減免限第1至6年）。",
                f"No reduction for year {year} (reductions cover years 1-6).",
            )
        return off

    def annuity(self) -> None:
        ctx, on = self.ctx, self.s.payment_date
        year = _fee_data(self.data).get("year") or 0
        if not year:
            self.s.problem = _both(
                "本件未載年次（fee.year），無法計算年費。",
                "The bundle gives no patent year (fee.year): the annuity cannot be computed.",
            )
            return
        amount = fees.annuity(self.type, year, on)
        basis = _statute(self.type, _c(92, 2), _c(93, 1))
        late, restoration = ctx.fact("annuity_late_status"), ctx.fact("annuity_restoration_status")
        if late in ("late", "overdue") and restoration in ("late", "overdue"):
            self.s.problem = _both(
                "補繳期限及第70條第2項之回復期限均已屆滿：專利權已消滅，無可繳之年費。",
                "Both the late period and the restoration period of art. 70(2) have ended: the patent has "
                "lapsed and no annuity can be paid.",
            )
            return
        if late in ("late", "overdue"):  # restoration: three times the annuity, no surcharge
            self.add("annuity", f"第{year}年專利年費", f"annuity, year {year}", basis, amount)
            reduction = self.reduction(year, amount, _statute(self.type, _c(95)))
            due = amount - reduction
            self.add(
                "annuity_restoration",
                "回復專利權：三倍之專利年費（第70條第2項）",
                "restoration of the patent: three times the annuity (art. 70(2))",
                _statute(self.type, _c(70, 2)),
                2 * due,
                {
                    "zh-TW": f"三倍 NT${due} × 3，已計入上列年費 NT${due}，另加 NT${due} × 2",
                    "en": f"three times NT${due}: the annuity above plus NT${due} × 2",
                },
                assumed=bool(reduction),
                unit=due,
                count=2,
            )
            if reduction:
                self.assume(
                    "第70條第2項之三倍年費，以減免後之年費計算。",
                    "The triple annuity of art. 70(2) is three times the reduced annuity.",
                )
            self.note(
                f"補繳期限已過；依第70條第2項申請回復專利權（非因故意），應於 "
                f"{_iso(ctx.fact('annuity_restoration_deadline'))} 前申請並繳納三倍年費。",
                f"The late period has ended: restoring the patent (art. 70(2), delay not intentional) "
                f"must be requested by {_iso(ctx.fact('annuity_restoration_deadline'))} with three times the annuity.",
            )
            return
        self.add("annuity", f"第{year}年專利年費", f"annuity, year {year}", basis, amount)
        reduction = self.reduction(year, amount, _statute(self.type, _c(95)))
        months = ctx.fact("annuity_months_late")
        if not ctx.fact("annuity_due_on"):
            self.assume(
                "本件未載應繳日（fee.due_on），以期限內繳納計算，未計逾期加繳。",
                "The bundle gives no due date (fee.due_on): the annuity is computed as paid in time, "
                "with no surcharge.",
            )
        if months:
            due = amount - reduction
            percent = fees.surcharge_percent(months)
            self.add(
                "annuity_surcharge",
                f"逾期加繳：逾期{months}個月，加繳{percent}%",
                f"late surcharge: {months} month(s) late, {percent}%",
                _statute(self.type, _c(94, 1), _c(94, 2)),
                fees.surcharge(due, months),
                {
                    "zh-TW": f"NT${due} × {percent}%（每逾一個月20%，最高100%）",
                    "en": f"NT${due} × {percent}% (20% a month, at most 100%)",
                },
                assumed=bool(reduction),
            )
            if reduction:
                self.assume(
                    "逾期加繳之比率，以減免後之年費計算。", "The late surcharge is computed on the reduced annuity."
                )

    def build(self, request: str | None = None) -> None:
        p, t = request or self.data["procedure"], self.type
        if p == "application":
            self.new_application(
                "filing", f"{self.name_zh}申請費", f"{self.name_en} filing fee", _statute(t, _c(92, 1))
            )
        elif p == "divisional":
            self.new_application(
                "divisional", "分割申請費", "divisional application fee", _statute(t, _c(92, 1), _c(34, 1))
            )
        elif p == "conversion":
            self.new_application(
                "conversion",
                f"改請為{self.name_zh}申請費",
                f"conversion into {_a(self.name_en)}",
                _statute(t, _c(92, 1)),
            )
        elif p == "examination_request":
            if t == "invention":
                self.formula(
                    "examination", "實體審查費", "substantive examination fee", _statute(t, _c(92, 1), _c(38, 1))
                )
            else:
                self.note(
                    f"{self.name_zh}無實體審查之申請：本件無規費可計。",
                    f"{_a(self.name_en).capitalize()} has no request for substantive examination: no fee computed.",
                )
        elif p == "re_examination":
            if t == "utility_model":
                self.note(
                    "新型專利無再審查程序：本件無規費可計。", "Utility models have no re-examination: no fee computed."
                )
            else:
                self.formula("re_examination", "再審查申請費", "re-examination fee", _statute(t, _c(92, 1), _c(48)))
        elif p == "correction":
            self.flat("correction", "更正申請費", "correction fee", _statute(t, _c(92, 1), _c(67, 1)))
        elif p == "term_extension":
            if t == "invention":
                self.flat(
                    "term_extension", "延長專利權期間申請費", "term extension fee", _statute(t, _c(92, 1), _c(53, 1))
                )
            else:
                self.note(
                    "僅發明專利得申請延長專利權期間：本件無規費可計。",
                    "Only an invention patent's term can be extended: no fee computed.",
                )
        elif p == "technical_report":
            if t == "utility_model":
                self.formula(
                    "technical_report",
                    "新型專利技術報告申請費",
                    "utility-model technical report",
                    _statute(t, _c(92, 1), _c(115, 1)),
                )
            else:
                self.note(
                    "技術報告僅適用於新型專利：本件無規費可計。",
                    "Technical reports are for utility models only: no fee computed.",
                )
        elif p == "grant_fee":
            self.grant_fee()
        elif p == "annuity":
            self.annuity()
        else:  # amendment: the notes name no fee, which is not the same as none
            self.unknown("amendment", "修正申請費", "amendment fee", _statute(t, _c(92, 1)))


def _iso(value: int) -> str:
    return iso(value) if value else "?"


# Requests whose fee can be quoted for a bundle that does not itself make them
# (`patentcheck fees --request`): none needs a payment's own dates.
QUOTABLE_REQUESTS = (
    "examination_request",
    "re_examination",
    "divisional",
    "correction",
    "term_extension",
    "technical_report",
)


def _load_periods() -> None:
    """The statement reads the grant-fee and annuity periods, which the rule pack declares
    (periods.yaml): load it when no one has."""
    from checker.packs.patent.facts import FACTS

    if "annuity_late_status" not in FACTS:
        from checker.core.pipeline import default_packs

        default_packs()


def statement_for(ctx: Any, request: str | None = None) -> FeeStatement:
    """The fee statement of the bundle behind a fact context (computed once per bundle)."""
    cache_ = ctx.__dict__.setdefault("_fee_statements", {})
    if request not in cache_:
        _load_periods()
        cache_[request] = _compute(ctx, request)
    return cache_[request]


def _compute(ctx: Any, request: str | None = None) -> FeeStatement:
    data = ctx.data
    on, source = _payment_date(data, ctx.as_of)
    amount = _fee_data(data).get("amount")
    if request is not None:
        if request not in QUOTABLE_REQUESTS:
            raise ValueError(f"fees can be quoted for {', '.join(QUOTABLE_REQUESTS)}, not {request!r}")
        on, source, amount = ctx.as_of, "as_of", None  # a quote: no payment recorded for it
    statement = FeeStatement(
        request or data["procedure"],
        data["patent_type"],
        on,
        source,
        schedule_on(on),
        paid=amount if isinstance(amount, int) else None,
    )
    if statement.schedule is None:
        first = schedules()[0].in_force_from.isoformat()
        statement.problem = _both(
            f"付款日 {on.isoformat()}（{source}）早於本專案所載最早之規費標準（{first} 施行）：無從計算規費。",
            f"The payment date {on.isoformat()} ({source}) is before the earliest fee schedule shipped "
            f"(in force {first}): no fee can be computed.",
        )
        return statement
    _Builder(statement, statement.schedule, data, ctx.claims, ctx).build(request)
    return statement


def compute_fees(
    bundle: Any, as_of: dt.date | None = None, calendar: Any = None, request: str | None = None
) -> FeeStatement:
    """Every official fee ``bundle`` (a checker.inputs.bundle.Bundle) owes, as of ``as_of``
    (default: its submitted_on, else today), with the office ``calendar`` (default: the
    shipped one). ``request`` (one of QUOTABLE_REQUESTS) quotes the fee of a request the
    bundle does not itself make, such as a technical report on a utility model, under the
    schedule in force on ``as_of``. The statement's ``lines`` give each fee with its basis,
    ``total`` their sum, ``assumptions`` what was assumed, ``problem`` why nothing could be
    computed."""
    from checker.core.pipeline import evaluation_date
    from checker.packs.patent.facts import derive_context

    return statement_for(derive_context(bundle, evaluation_date(bundle, as_of), calendar), request)
