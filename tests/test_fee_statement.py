"""Every fee a submission owes (checker/packs/patent/fee_statement.py): each fee line, the
thresholds at their edges, reductions, the art. 94 surcharge, the art. 52(4) and 70(2)
multiples, the discounts, the stated assumptions, and a payment before the earliest schedule."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bundle_patch import Replace, write_patched
from checker.core.lawtext import get_article
from checker.inputs.bundle import read_bundle
from checker.packs.patent.fee_statement import compute_fees
from checker.packs.patent.facts import derive_facts
from fact_table import CHAIR, CLIP, DERIV, LED, inline_claims

APP = {"number": "110100123", "filed_on": "2021-03-12", "patent_type": "invention"}
COMPANY = Replace([{"name": "光源科技股份有限公司", "kind": "company"}])
PERSON = Replace([{"name": "張家豪", "kind": "natural_person"}])


def claims(n: int, *, text: str = "一種燈具，包含一基板。") -> Replace:
    return Replace(inline_claims(*([text] * n)))


def statement(tmp_path, base=LED, patch=None, as_of=None, request=None):
    bundle, findings = read_bundle(write_patched(tmp_path, base, patch))
    assert not findings, [f"{f.location.pointer}: {f.message}" for f in findings]
    return compute_fees(bundle, as_of, request=request)


def lines(s) -> dict[str, int | None]:
    return {line.code: line.amount for line in s.lines}


def exam(claim_count: int, pages: int | None, procedure: str = "examination_request") -> dict:
    description = {"file": "description.txt", **({"pages": pages} if pages is not None else {})}
    return {
        "procedure": procedure,
        "application": APP,
        "claims": claims(claim_count),
        "description": Replace(description),
    }


# --- each fee line -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "base,patch,code,amount",
    [
        (LED, {}, "filing", 3500),
        (CLIP, {}, "filing", 3000),
        (CHAIR, {}, "filing", 3000),
        (DERIV, {}, "filing", 3000),
        (LED, {"procedure": "divisional", "application": APP}, "divisional", 3500),
        (CLIP, {"procedure": "divisional", "application": APP}, "divisional", 3000),
        (CHAIR, {"procedure": "divisional", "application": APP}, "divisional", 3000),
        (
            LED,
            {"procedure": "conversion", "application": APP, "conversion": {"from_type": "utility_model"}},
            "conversion",
            3500,
        ),
        (LED, {"procedure": "correction", "application": APP}, "correction", 2000),
        (CLIP, {"procedure": "correction", "application": APP}, "correction", 2000),
        (CHAIR, {"procedure": "correction", "application": APP}, "correction", 2000),
        (LED, {"procedure": "term_extension", "application": APP}, "term_extension", 9000),
        (CHAIR, {"procedure": "re_examination", "application": APP}, "re_examination", 3500),
    ],
)
def test_flat_fee_lines(tmp_path, base, patch, code, amount):
    s = statement(tmp_path, base, patch)
    assert lines(s)[code] == amount
    assert s.total == amount and s.complete


def test_each_line_cites_the_fee_article_and_the_schedule(tmp_path):
    s = statement(tmp_path, CLIP, {"procedure": "correction", "application": APP})
    line = s.lines[0]
    assert [(c.article, c.paragraph) for c in line.basis] == [(92, 1), (67, 1), (120, None)]
    assert (
        line.basis_text("zh-TW", s.schedule) == "專利法第92條第1項、專利法第67條第1項、專利法第120條、專利規費收費辦法"
    )
    assert line.basis_text("en", s.schedule).endswith("Patent Act art. 120; Regulations Governing Patent Fees")


def test_every_cited_provision_exists_in_the_act(tmp_path):
    cases = [
        (LED, {"fee": {"examination_requested": True, "electronic_filing": True}}),
        (LED, {"procedure": "divisional", "application": APP}),
        (LED, {"procedure": "term_extension", "application": APP}),
        (CHAIR, {"procedure": "re_examination", "application": APP}),
        (
            LED,
            {
                "procedure": "annuity",
                "application": APP,
                "applicants": PERSON,
                "fee": {"year": 4, "due_on": "2025-07-01", "paid_on": "2025-08-02", "reduction_requested": True},
            },
        ),
        (
            LED,
            {
                "procedure": "annuity",
                "application": APP,
                "fee": {"year": 4, "due_on": "2025-01-02", "paid_on": "2025-09-01"},
            },
        ),
        (
            LED,
            {
                "procedure": "grant_fee",
                "application": {**APP, "events": [{"type": "allowance_served", "on": "2025-01-02"}]},
                "fee": {"year": 1, "paid_on": "2025-05-06"},
            },
        ),
    ]
    seen = set()
    for index, (base, patch) in enumerate(cases):
        folder = tmp_path / str(index)
        folder.mkdir()
        for line in statement(folder, base, patch).lines:
            for c in line.basis:
                found = get_article(c.law, c.article)
                assert found is not None, (line.code, c)
                if c.paragraph:
                    assert c.paragraph <= len(found.paragraphs), (line.code, c)
                seen.add(line.code)
    assert {
        "filing",
        "examination",
        "divisional",
        "term_extension",
        "re_examination",
        "annuity",
        "annuity_reduction",
        "annuity_surcharge",
        "annuity_restoration",
        "certificate",
        "first_annuity",
        "first_annuity_doubled",
        "electronic_filing_discount",
    } <= seen


def test_technical_report_is_quoted_for_a_utility_model(tmp_path):
    assert lines(statement(tmp_path, CLIP, request="technical_report")) == {"technical_report": 5000}


@pytest.mark.parametrize("count,extra", [(10, None), (11, 600), (12, 1200)])
def test_technical_report_claims_beyond_ten(tmp_path, count, extra):
    s = statement(tmp_path, CLIP, {"claims": claims(count)}, request="technical_report")
    assert lines(s).get("technical_report_claims") == extra
    assert s.total == 5000 + (extra or 0)


def test_technical_report_is_not_for_an_invention(tmp_path):
    s = statement(tmp_path, LED, request="technical_report")
    assert s.lines == [] and "utility models only" in s.notes[0]["en"]


def test_conversion_into_a_utility_model_has_no_amount_in_the_notes(tmp_path):
    s = statement(
        tmp_path, CLIP, {"procedure": "conversion", "application": APP, "conversion": {"from_type": "invention"}}
    )
    assert lines(s) == {"conversion": None}
    assert not s.complete and s.total == 0
    assert "no amount" in s.notes[0]["en"] and "未載" in s.notes[0]["zh-TW"]


def test_utility_models_have_no_re_examination_fee(tmp_path):
    s = statement(tmp_path, CLIP, {"procedure": "re_examination", "application": APP})
    assert s.lines == [] and s.complete and s.total == 0


def test_priority_restoration(tmp_path):
    restored = {
        "priority_claims": Replace(
            [
                {
                    "type": "foreign",
                    "country": "JP",
                    "filing_date": "2024-04-02",
                    "application_number": "2024-058812",
                    "declared_at_filing": False,
                    "restoration_requested_on": "2025-03-14",
                }
            ]
        )
    }
    s = statement(tmp_path, LED, restored)
    assert lines(s) == {"filing": 3500, "priority_restoration": 2000}
    assert any("once per application" in a["en"] for a in s.assumptions)


def test_invention_application_with_examination(tmp_path):
    s = statement(tmp_path, LED, {"fee": {"examination_requested": True}, "claims": claims(3)})
    assert lines(s) == {"filing": 3500, "examination": 7000}
    assert s.total == 10500


def test_invention_application_without_examination_says_it_is_owed_later(tmp_path):
    s = statement(tmp_path, LED)
    assert lines(s) == {"filing": 3500}
    assert "38(1)" in s.notes[0]["en"]


# --- thresholds: claims 10/11, pages 50/51/100/101 -------------------------------------------


@pytest.mark.parametrize(
    "count,pages,total",
    [
        (10, 50, 7000),
        (11, 50, 7800),
        (10, 51, 7500),
        (10, 100, 7500),
        (10, 101, 8000),
        (14, 120, 7000 + 4 * 800 + 2 * 500),
    ],
)
@pytest.mark.parametrize("procedure", ["examination_request", "re_examination"])
def test_examination_fee_edges(tmp_path, procedure, count, pages, total):
    s = statement(tmp_path, LED, exam(count, pages, procedure))
    assert s.total == total
    assert sum(line.amount for line in s.lines) == total


def test_examination_fee_computation_is_shown(tmp_path):
    s = statement(tmp_path, LED, exam(14, 120))
    assert s.computation() == "7000 + 800×4 + 500×2 = 11200"
    detail = {line.code: line.detail for line in s.lines}
    assert detail["examination_pages"]["en"] == "120 pages − 50 = 70 → 2 block(s) × NT$500"
    assert detail["examination_claims"]["zh-TW"] == "14項 − 10 = 4項 × NT$800"


def test_unknown_pages_and_claims_are_assumed_within_the_basic_fee(tmp_path):
    s = statement(
        tmp_path,
        LED,
        {
            "procedure": "examination_request",
            "application": APP,
            "claims": None,
            "description": Replace({"file": "description.txt"}),
        },
    )
    assert s.total == 7000
    texts = " ".join(a["en"] for a in s.assumptions)
    assert "no claims" in texts and "no page count" in texts


def test_multiple_dependent_claims_count_as_one_and_say_so(tmp_path):
    texts = ["一種燈具，包含一基板。"] * 9 + ["如請求項1至9中任一項所述之燈具，其中該基板為銅。"]
    s = statement(tmp_path, LED, {**exam(0, 10), "claims": Replace(inline_claims(*texts))})
    assert s.total == 7000  # 10 claims as numbered
    assert any("there would be 18" in a["en"] for a in s.assumptions)
    # with 10 claims or fewer counted either way, the reading does not matter: nothing is assumed
    s = statement(
        tmp_path, LED, {**exam(0, 10), "claims": Replace(inline_claims(*texts[:3], texts[-1].replace("9", "2")))}
    )
    assert s.assumptions == []


def test_deleted_claims_are_not_counted(tmp_path):
    texts = ["一種燈具，包含一基板。"] * 10 + ["（刪除）"]
    s = statement(tmp_path, LED, {**exam(0, 10), "claims": Replace(inline_claims(*texts))})
    assert s.total == 7000
    assert any("（刪除）" in a["en"] for a in s.assumptions)


# --- discounts ----------------------------------------------------------------------------


def test_electronic_filing_and_english_translation_discounts(tmp_path):
    s = statement(tmp_path, LED, {"fee": {"electronic_filing": True, "english_translation": True}})
    assert lines(s) == {"filing": 3500, "electronic_filing_discount": -600, "english_translation_discount": -800}
    assert s.total == 2100
    assert s.computation() == "3500 − 600 − 800 = 2100"
    assert any("do not say which fee" in a["en"] for a in s.assumptions)


def test_no_english_translation_discount_when_the_foreign_text_is_english(tmp_path):
    s = statement(tmp_path, LED, {"language": "en", "fee": {"english_translation": True}})
    assert lines(s) == {"filing": 3500}
    assert any("English" in n["en"] for n in s.notes)


def test_discounts_are_not_invented_for_utility_models(tmp_path):
    s = statement(tmp_path, CLIP, {"fee": {"electronic_filing": True}})
    assert lines(s) == {"filing": 3000}
    assert "inventions only" in s.notes[0]["en"]


# --- certificate, first annuity, annuities, reductions, surcharges ---------------------------

ALLOWED = {**APP, "status": "allowed", "events": [{"type": "allowance_served", "on": "2025-01-02"}]}


@pytest.mark.parametrize(
    "base,paid_on,reduction,expected",
    [
        (LED, "2025-03-20", False, {"certificate": 1000, "first_annuity": 2500}),
        (CHAIR, "2025-03-20", False, {"certificate": 1000, "first_annuity": 800}),
        (CLIP, "2025-03-20", True, {"certificate": 1000, "first_annuity": 2500, "annuity_reduction": -800}),
        (LED, "2025-05-06", False, {"certificate": 1000, "first_annuity": 2500, "first_annuity_doubled": 2500}),
        (
            CLIP,
            "2025-05-06",
            True,
            {"certificate": 1000, "first_annuity": 2500, "annuity_reduction": -800, "first_annuity_doubled": 1700},
        ),
    ],
)
def test_grant_fee(tmp_path, base, paid_on, reduction, expected):
    s = statement(
        tmp_path,
        base,
        {
            "procedure": "grant_fee",
            "application": ALLOWED,
            "applicants": PERSON,
            "fee": {"year": 1, "paid_on": paid_on, "reduction_requested": reduction},
        },
    )
    assert lines(s) == expected


def test_grant_fee_after_both_periods_cannot_be_paid(tmp_path):
    s = statement(
        tmp_path, LED, {"procedure": "grant_fee", "application": ALLOWED, "fee": {"year": 1, "paid_on": "2025-12-01"}}
    )
    assert s.total is None and "52(4)" in s.problem["en"]


def annuity(year: int = 4, due="2025-07-01", paid="2025-06-20", reduction=False, base_applicants=COMPANY) -> dict:
    return {
        "procedure": "annuity",
        "application": APP,
        "applicants": base_applicants,
        "fee": {"year": year, "due_on": due, "paid_on": paid, "reduction_requested": reduction},
    }


@pytest.mark.parametrize(
    "base,year,amount",
    [
        (LED, 2, 2500),
        (LED, 3, 2500),
        (LED, 4, 5000),
        (LED, 6, 5000),
        (LED, 7, 8000),
        (LED, 9, 8000),
        (LED, 10, 16000),
        (LED, 20, 16000),
        (CLIP, 3, 2500),
        (CLIP, 4, 4000),
        (CLIP, 6, 4000),
        (CLIP, 7, 8000),
        (CLIP, 10, 8000),
        (CHAIR, 2, 800),
        (CHAIR, 4, 2000),
        (CHAIR, 7, 3000),
        (DERIV, 5, 2000),
    ],
)
def test_annuities_by_type_and_year(tmp_path, base, year, amount):
    assert lines(statement(tmp_path, base, annuity(year))) == {"annuity": amount}


@pytest.mark.parametrize(
    "base,year,expected",
    [
        (LED, 2, {"annuity": 2500, "annuity_reduction": -800}),
        (LED, 4, {"annuity": 5000, "annuity_reduction": -1200}),
        (CLIP, 6, {"annuity": 4000, "annuity_reduction": -1200}),
        (CHAIR, 3, {"annuity": 800, "annuity_reduction": -800}),
        (LED, 7, {"annuity": 8000}),  # reductions cover years 1-6
    ],
)
def test_art_95_reductions(tmp_path, base, year, expected):
    s = statement(tmp_path, base, annuity(year, reduction=True, base_applicants=PERSON))
    assert lines(s) == expected


def test_no_reduction_for_a_company(tmp_path):
    s = statement(tmp_path, LED, annuity(4, reduction=True))
    assert lines(s) == {"annuity": 5000}
    assert "PA095-02" in s.notes[0]["en"]


@pytest.mark.parametrize(
    "paid,months,percent,surcharge",
    [
        ("2025-07-01", 0, 0, None),
        ("2025-07-02", 1, 20, 1000),  # 1 day late: a whole month
        ("2025-08-01", 1, 20, 1000),  # exactly 1 month
        ("2025-08-02", 2, 40, 2000),  # 1 month and 1 day
        ("2025-12-01", 5, 100, 5000),  # 5 months: the cap is reached
        ("2026-01-01", 6, 100, 5000),  # 6 months late (2026-01-01 is a holiday: the late period ends 01-02)
    ],
)
def test_late_surcharge(tmp_path, paid, months, percent, surcharge):
    s = statement(tmp_path, LED, annuity(4, paid=paid))
    assert lines(s).get("annuity_surcharge") == surcharge
    assert s.total == 5000 + (surcharge or 0)
    if surcharge:
        line = s.lines[-1]
        assert f"{months} month(s) late, {percent}%" in line.label["en"]
        assert [(c.article, c.paragraph) for c in line.basis] == [(94, 1), (94, 2)]


def test_surcharge_on_a_reduced_annuity_is_assumed(tmp_path):
    s = statement(tmp_path, LED, annuity(4, paid="2025-08-02", reduction=True, base_applicants=PERSON))
    assert lines(s) == {"annuity": 5000, "annuity_reduction": -1200, "annuity_surcharge": 1520}
    assert s.total == 5320
    assert s.lines[-1].assumed
    assert any("reduced annuity" in a["en"] for a in s.assumptions)


def test_restoration_at_three_times(tmp_path):
    s = statement(tmp_path, LED, annuity(4, due="2025-01-02", paid="2025-09-01"))
    assert lines(s) == {"annuity": 5000, "annuity_restoration": 10000}
    assert s.total == 15000
    assert [(c.article, c.paragraph) for c in s.lines[-1].basis] == [(70, 2)]


def test_restoration_of_a_reduced_annuity_is_assumed(tmp_path):
    s = statement(
        tmp_path, LED, annuity(2, due="2025-01-02", paid="2025-09-01", reduction=True, base_applicants=PERSON)
    )
    assert s.total == 3 * 1700
    assert any("three times the reduced" in a["en"] for a in s.assumptions)


def test_after_the_restoration_period_nothing_can_be_paid(tmp_path):
    s = statement(tmp_path, LED, annuity(4, due="2023-01-03", paid="2025-09-01"))
    assert s.total is None and "lapsed" in s.problem["en"]


@pytest.mark.parametrize(
    "paid,reduction",
    [
        ("2025-06-20", False),
        ("2025-07-02", False),
        ("2025-08-02", False),
        ("2025-12-02", False),
        ("2025-06-20", True),
        ("2025-08-02", True),
        ("2025-12-02", True),
    ],
)
def test_the_statement_agrees_with_the_annuity_facts(tmp_path, paid, reduction):
    patch = annuity(4, paid=paid, reduction=reduction, base_applicants=PERSON)
    s = statement(tmp_path, LED, patch)
    bundle, _ = read_bundle(tmp_path / "bundle.yaml")
    facts = derive_facts(bundle, dt.date.fromisoformat(paid))
    assert s.total == facts["annuity_reduced_amount_due" if reduction else "annuity_amount_due"]


# --- schedules ----------------------------------------------------------------------------


def test_a_payment_before_the_earliest_schedule_is_told_not_guessed(tmp_path):
    s = statement(tmp_path, LED, {"submitted_on": "2019-10-31"})
    assert s.total is None and s.lines == []
    assert "2019-10-31" in s.problem["en"] and "2019-11-01" in s.problem["en"]
    assert "早於" in s.problem["zh-TW"]
    assert statement(tmp_path, LED, {"submitted_on": "2019-11-01"}).total == 3500


def test_the_payment_date_is_paid_on_then_submitted_on(tmp_path):
    s = statement(tmp_path, LED, annuity(4, paid="2025-06-20"))
    assert (s.payment_date, s.payment_date_source) == (dt.date(2025, 6, 20), "fee.paid_on")
    s = statement(tmp_path, LED)
    assert (s.payment_date, s.payment_date_source) == (dt.date(2025, 3, 14), "submitted_on")


def test_json_in_both_languages(tmp_path):
    s = statement(tmp_path, LED, {**exam(11, 51), "fee": {"amount": 7000}})
    en, zh = s.as_json("en"), s.as_json("zh-TW")
    assert en["total"] == zh["total"] == 8300
    assert en["paid"] == 7000 and en["difference"] == -1300
    assert en["lines"][1]["label"] == "claims beyond 10" and zh["lines"][1]["label"] == "請求項超過10項加收"
    assert en["lines"][0]["labels"] == zh["lines"][0]["labels"]
    assert en["lines"][0]["basis"][0] == {"law": "patent_act", "article": 92, "paragraph": 1, "subparagraph": None}
    assert en["schedule"] == {"law": "patent_fees_regulations", "in_force_from": "2019-11-01"}
    json.dumps(en, ensure_ascii=False)  # serialisable


# --- the command --------------------------------------------------------------------------


def fees_cli(*args: str):
    from typer.testing import CliRunner

    from checker.cli import app

    # wide enough that the table does not fold its cells
    return CliRunner().invoke(app, ["fees", *args], catch_exceptions=False, env={"COLUMNS": "240"})


def test_cli_lists_the_fees_of_every_example_in_both_languages():
    from fact_table import ROOT

    # patent bundles only: another regime's bundles (regime: indigenous_creation) have no fees
    found = sorted(
        p
        for p in (ROOT / "examples").rglob("*.yaml")
        if "firm-rules" not in p.parts and "\nregime:" not in p.read_text("utf-8")
    )
    zh = fees_cli(str(ROOT / "examples"), "--format", "json")
    en = fees_cli(str(ROOT / "examples"), "--format", "json", "--lang", "en")
    assert zh.exit_code == en.exit_code == 0, zh.output
    zh_bundles, en_bundles = json.loads(zh.output)["bundles"], json.loads(en.output)["bundles"]
    assert len(zh_bundles) == len(found) == len(en_bundles)
    for z, e in zip(zh_bundles, en_bundles, strict=False):
        assert z["valid"] and z["fees"]["problem"] is None, z["path"]
        assert z["fees"]["total"] == e["fees"]["total"] and z["fees"]["total"] is not None
        for zl, el in zip(z["fees"]["lines"], e["fees"]["lines"], strict=False):
            assert zl["basis_text"].startswith("專利法第") and el["basis_text"].startswith("Patent Act art.")
    totals = {b["path"].split("examples/")[1]: b["fees"]["total"] for b in en_bundles}
    assert totals["invention-led-package/bundle.yaml"] == 3500
    assert totals["grant-fee-cable-clip/bundle.yaml"] == 2700
    assert totals["defective/annuity-paid-late-short.yaml"] == 8000


def test_cli_text_table(tmp_path):
    from fact_table import ROOT

    result = fees_cli(str(ROOT / "examples/defective/annuity-paid-late-short.yaml"), "--lang", "en")
    assert result.exit_code == 0
    assert "annuity, year 4" in result.output and "late surcharge: 3 month(s) late, 60%" in result.output
    assert "total NT$8,000" in result.output and "paid NT$5,000: short by NT$3,000" in result.output
    zh = fees_cli(str(ROOT / "examples/defective/annuity-paid-late-short.yaml"))
    assert "第4年專利年費" in zh.output and "專利法第94條第2項" in zh.output and "不足 NT$3,000" in zh.output


def test_cli_before_the_earliest_schedule_exits_1_with_a_message(tmp_path):
    write_patched(tmp_path, LED, {"submitted_on": "2019-05-01"})
    result = fees_cli(str(tmp_path / "bundle.yaml"), "--lang", "en")
    assert result.exit_code == 1
    assert "before the earliest fee schedule shipped (in force 2019-11-01)" in result.output


def test_cli_quotes_a_technical_report_and_refuses_an_unknown_request():
    from fact_table import ROOT

    result = fees_cli(str(ROOT / CLIP), "--request", "technical_report", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)["bundles"][0]["fees"]["total"] == 5000
    assert fees_cli(str(ROOT / CLIP), "--request", "annuity").exit_code == 2


def test_cli_invalid_bundle_exits_2(tmp_path):
    (tmp_path / "bundle.yaml").write_text("format: 1\nprocedure: nonsense\npatent_type: invention\n", encoding="utf-8")
    result = fees_cli(str(tmp_path / "bundle.yaml"))
    assert result.exit_code == 2 and "bundle.yaml:2" in result.output


def test_the_schedule_in_force_on_the_payment_date_is_used(tmp_path, monkeypatch):
    import yaml

    from checker.packs.patent import fee_statement, fees

    data = yaml.safe_load(fees.DATA_FILE.read_text("utf-8"))
    later = yaml.safe_load(yaml.safe_dump(data["versions"][0]))
    later["in_force"] = {"from": "2026-01-01"}
    later["requests"]["invention"]["filing"] = 4000
    later["annuities"]["invention"][1][2] = 6000  # years 4-6
    data["versions"].append(later)
    table = tmp_path / "patent_fees.yaml"
    table.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(fees, "DATA_FILE", table)
    monkeypatch.setattr(fee_statement, "DATA_FILE", table)
    fees.fee_versions.cache_clear()
    fee_statement.schedules.cache_clear()
    try:
        folder = tmp_path / "b"
        folder.mkdir()
        assert statement(folder, LED, {"submitted_on": "2025-12-31"}).total == 3500
        assert statement(folder, LED, {"submitted_on": "2026-01-01"}).total == 4000
        s = statement(folder, LED, annuity(4, due="2026-01-05", paid="2026-01-02"))
        assert (s.total, s.schedule.in_force_from) == (6000, dt.date(2026, 1, 1))
    finally:
        fees.fee_versions.cache_clear()
        fee_statement.schedules.cache_clear()


def test_missing_dates_are_stated_as_assumptions(tmp_path):
    s = statement(
        tmp_path, LED, {"procedure": "annuity", "application": APP, "fee": {"year": 4, "paid_on": "2025-06-20"}}
    )
    assert s.total == 5000 and any("no due date" in a["en"] for a in s.assumptions)
    s = statement(
        tmp_path, LED, {"procedure": "grant_fee", "application": APP, "fee": {"year": 1, "paid_on": "2025-06-20"}}
    )
    assert s.total == 3500 and any("no service of the allowance" in a["en"] for a in s.assumptions)


def test_an_amendment_fee_is_unknown_not_zero(tmp_path):
    s = statement(tmp_path, LED, {"procedure": "amendment", "application": APP})
    assert lines(s) == {"amendment": None} and not s.complete


def test_a_basic_fee_on_unknown_claims_or_pages_is_marked_assumed(tmp_path):
    s = statement(
        tmp_path,
        LED,
        {"procedure": "examination_request", "application": APP, "description": Replace({"file": "description.txt"})},
    )
    assert [line.assumed for line in s.lines] == [True]
    s = statement(tmp_path, LED, exam(3, 12))
    assert [line.assumed for line in s.lines] == [False]
