"""Who may apply and what post-filing acts contain (arts. 5, 7, 12, 48, 69, 108, 131,
132, 139): applicants' stated right to apply, co-owners, licensees and pledgees of
record, consents declared for a correction, the kinds of change a correction declares,
the direction of a conversion and the papers of a re-examination request.

Each fact reads the bundle as written; which of these the law requires is in the rules
(rules/tw-patent-act-2013/art005-right-to-apply.yaml and its neighbours). Names are
compared exactly, after trimming spaces, as the register spells them.
"""

from __future__ import annotations

from checker.core.listing import shown_list
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact

NAME_SEPARATOR = "、"
DESIGN_TYPES = ("design", "derivative_design")
# The kinds of change that art. 67(1)(1)-(2) call 請求項之刪除 and 申請專利範圍之減縮.
CLAIM_DELETING_OR_NARROWING = ("delete_claim", "narrow")


def _names(values) -> list[str]:
    """Distinct non-blank names in their order."""
    seen: list[str] = []
    for value in values or []:
        name = str(value).strip() if value is not None else ""
        if name and name not in seen:
            seen.append(name)
    return seen


def _joined(names: list[str]) -> str:
    return shown_list(names, NAME_SEPARATOR)


def _applicants(ctx: FactContext) -> list[dict]:
    return [a for a in ctx.data.get("applicants") or [] if isinstance(a, dict)]


def _applicant_names(ctx: FactContext) -> list[str]:
    return _names(a.get("name") for a in _applicants(ctx))


def _application(ctx: FactContext) -> dict:
    return ctx.data.get("application") or {}


def _creators(ctx: FactContext) -> list[str]:
    key = "designers" if ctx.data.get("patent_type") in DESIGN_TYPES else "inventors"
    return _names(p.get("name") for p in ctx.data.get(key) or [] if isinstance(p, dict))


def _with_basis(ctx: FactContext, *bases: str) -> list[tuple[int, dict]]:
    return [
        (i, a)
        for i, a in enumerate(ctx.data.get("applicants") or [])
        if isinstance(a, dict) and a.get("right_basis") in bases
    ]


def _display(applicant: dict, index: int) -> str:
    return str(applicant.get("name") or "").strip() or f"applicant {index + 1}"


def _attached(ctx: FactContext, kind: str) -> bool:
    return kind in (ctx.data.get("attachments") or [])


# --- applicants and their right to apply (arts. 5, 7, 12) -----------------------------


@fact("successor_applicants", "str")
def successor_applicants(ctx: FactContext) -> str:
    """Names of the applicants who state they hold the right as assignee (受讓人) or heir
    (繼承人), joined with 、; "" when none."""
    return _joined([_display(a, i) for i, a in _with_basis(ctx, "assignee", "heir")])


@fact("funder_applicants", "str")
def funder_applicants(ctx: FactContext) -> str:
    """Names of the applicants who state they hold the right as the party that funded the
    research (出資人, `right_basis: funder`), joined with 、; "" when none."""
    return _joined([_display(a, i) for i, a in _with_basis(ctx, "funder")])


@fact("employer_or_funder_applicants", "str")
def employer_or_funder_applicants(ctx: FactContext) -> str:
    """Names of the applicants whose `right_basis` is `employer` or `funder`, joined with
    、; "" when none."""
    return _joined([_display(a, i) for i, a in _with_basis(ctx, "employer", "funder")])


@fact("has_assignment_proof", "bool")
def has_assignment_proof(ctx: FactContext) -> bool:
    """`attachments` lists `assignment` (申請權證明, proof of the right to apply)."""
    return _attached(ctx, "assignment")


@fact("creator_count", "int")
def creator_count(ctx: FactContext) -> int:
    """Number of distinct creators named: designers (設計人) for design types, inventors
    (發明人 / 新型創作人) otherwise."""
    return len(_creators(ctx))


@REGISTRY.item_kind(
    "applicants",
    {"name": "str", "right_basis": "str", "named_as_creator": "bool"},
    labels={"zh-TW": "申請人", "en": "applicant"},
)
def applicant_items(ctx: FactContext) -> list[dict]:
    """Every applicant, at `/applicants/<i>`: ``name`` ("applicant N" when it has none),
    ``right_basis`` ("" when not stated) and ``named_as_creator``: its name is among the
    named creators (inventors; designers for design types)."""
    creators = set(_creators(ctx))
    return [
        {
            "pointer": f"/applicants/{index}",
            "name": _display(applicant, index),
            "right_basis": str(applicant.get("right_basis") or ""),
            "named_as_creator": str(applicant.get("name") or "").strip() in creators,
        }
        for index, applicant in enumerate(ctx.data.get("applicants") or [])
        if isinstance(applicant, dict)
    ]


@fact("co_owner_count", "int")
def co_owner_count(ctx: FactContext) -> int:
    """Number of distinct names in `application.co_owners`."""
    return len(_names(_application(ctx).get("co_owners")))


@fact("original_applicant_count", "int")
def original_applicant_count(ctx: FactContext) -> int:
    """Number of distinct names in `application.applicants` (applicants of record of the
    existing or parent application)."""
    return len(_names(_application(ctx).get("applicants")))


@REGISTRY.item_kind(
    "owners_of_record",
    {"name": "str", "co_owner": "bool", "applicant_of_record": "bool", "applying": "bool"},
    labels={"zh-TW": "登記之權利人", "en": "owner of record"},
)
def owners_of_record_items(ctx: FactContext) -> list[dict]:
    """Every distinct name in `application.co_owners` and then `application.applicants` (the
    co-owners and the applicants of record of the existing, parent or original application
    or patent), at its first entry (`/application/co_owners/<i>`,
    `/application/applicants/<i>`): ``name``; ``co_owner``: listed in `co_owners`;
    ``applicant_of_record``: listed in `application.applicants`; ``applying``: among this
    bundle's applicants (names compared after trimming spaces)."""
    application = _application(ctx)
    lists = {key: _names(application.get(key)) for key in ("co_owners", "applicants")}
    present = set(_applicant_names(ctx))
    items: list[dict] = []
    for key in ("co_owners", "applicants"):
        raw = application.get(key)
        for index, value in enumerate(raw if isinstance(raw, list) else []):
            name = str(value).strip() if value is not None else ""
            if not name or any(item["name"] == name for item in items):
                continue
            items.append(
                {
                    "pointer": f"/application/{key}/{index}",
                    "name": name,
                    "co_owner": name in lists["co_owners"],
                    "applicant_of_record": name in lists["applicants"],
                    "applying": name in present,
                }
            )
    return items


# --- corrections after grant (arts. 67, 69, 139) --------------------------------------


def _owners_of_record(ctx: FactContext) -> list[str]:
    application = _application(ctx)
    return _names(list(application.get("co_owners") or []) + list(application.get("applicants") or []))


def _changes(ctx: FactContext) -> list[dict]:
    correction = ctx.data.get("correction") or {}
    return [c for c in correction.get("changes") or [] if isinstance(c, dict)]


def _consent(ctx: FactContext, party: str) -> bool:
    consents = (ctx.data.get("correction") or {}).get("consents") or {}
    return consents.get(party) is True


@fact("patentee_count", "int")
def patentee_count(ctx: FactContext) -> int:
    """Distinct owners of record of the existing application or patent: the names in
    `application.co_owners` and `application.applicants` together."""
    return len(_owners_of_record(ctx))


@fact("licensees_of_record", "str")
def licensees_of_record(ctx: FactContext) -> str:
    """Names in `application.licensees` (被授權人), joined with 、; "" when none."""
    return _joined(_names(_application(ctx).get("licensees")))


@fact("pledgees_of_record", "str")
def pledgees_of_record(ctx: FactContext) -> str:
    """Names in `application.pledgees` (質權人), joined with 、; "" when none."""
    return _joined(_names(_application(ctx).get("pledgees")))


@fact("licensee_consent", "bool")
def licensee_consent(ctx: FactContext) -> bool:
    """The licensees' consent is recorded: `correction.consents.licensees: true`, or
    `attachments` lists `consent_of_licensees`."""
    return _consent(ctx, "licensees") or _attached(ctx, "consent_of_licensees")


@fact("pledgee_consent", "bool")
def pledgee_consent(ctx: FactContext) -> bool:
    """The pledgees' consent is recorded: `correction.consents.pledgees: true`."""
    return _consent(ctx, "pledgees")


@REGISTRY.item_kind(
    "licensees_and_pledgees",
    {"name": "str", "role": "str", "consented": "bool"},
    labels={"zh-TW": "被授權人或質權人", "en": "licensee or pledgee"},
)
def licensee_and_pledgee_items(ctx: FactContext) -> list[dict]:
    """Every distinct name in `application.licensees` (被授權人) and then
    `application.pledgees` (質權人), at its entry (`/application/licensees/<i>`,
    `/application/pledgees/<i>`): ``name``; ``role``: licensee or pledgee; ``consented``:
    that party's consent to the correction is recorded (`licensee_consent`,
    `pledgee_consent`)."""
    application = _application(ctx)
    consent = {"licensees": licensee_consent(ctx), "pledgees": pledgee_consent(ctx)}
    items: list[dict] = []
    for key, role in (("licensees", "licensee"), ("pledgees", "pledgee")):
        raw = application.get(key)
        seen: set[str] = set()
        for index, value in enumerate(raw if isinstance(raw, list) else []):
            name = str(value).strip() if value is not None else ""
            if not name or name in seen:
                continue
            seen.add(name)
            items.append(
                {"pointer": f"/application/{key}/{index}", "name": name, "role": role, "consented": consent[key]}
            )
    return items


@fact("co_owner_consent", "bool")
def co_owner_consent(ctx: FactContext) -> bool:
    """The co-owners' consent is recorded: `correction.consents.co_owners: true`, or
    `attachments` lists `consent_of_co_owners`."""
    return _consent(ctx, "co_owners") or _attached(ctx, "consent_of_co_owners")


@fact("correction_change_count", "int")
def correction_change_count(ctx: FactContext) -> int:
    """Number of changes listed under `correction.changes`."""
    return len(_changes(ctx))


@fact("correction_deletes_or_narrows_claims", "bool")
def correction_deletes_or_narrows_claims(ctx: FactContext) -> bool:
    """`correction.changes` declares a change of kind `delete_claim` (請求項之刪除) or
    `narrow` (申請專利範圍之減縮)."""
    return any(c.get("kind") in CLAIM_DELETING_OR_NARROWING for c in _changes(ctx))


# --- conversions (arts. 108, 131, 132) ------------------------------------------------


@fact("conversion_from_type", "str")
def conversion_from_type(ctx: FactContext) -> str:
    """The patent type converted from: `conversion.from_type`, else the existing
    application's `patent_type`; "" when neither is given or the bundle is no conversion."""
    if ctx.data.get("procedure") != "conversion":
        return ""
    from_type = (ctx.data.get("conversion") or {}).get("from_type") or _application(ctx).get("patent_type")
    return str(from_type or "")


@fact("conversion_direction", "str")
def conversion_direction(ctx: FactContext) -> str:
    """A conversion's direction as "FROM→TO" (e.g. "utility_model→invention"); "" when the
    type converted from is unknown or the bundle is no conversion."""
    from_type = conversion_from_type(ctx)
    return f"{from_type}→{ctx.data.get('patent_type')}" if from_type else ""


# --- re-examination (art. 48) ---------------------------------------------------------


@fact("re_examination_reasons_given", "bool")
def re_examination_reasons_given(ctx: FactContext) -> bool:
    """A statement of reasons (理由書) is recorded: `re_examination.reasons_submitted: true`,
    or `attachments` lists `reasons`."""
    declared = (ctx.data.get("re_examination") or {}).get("reasons_submitted") is True
    return declared or _attached(ctx, "reasons")


@fact("application_status", "str")
def application_status(ctx: FactContext) -> str:
    """The existing application's stated `status` (pending, allowed, rejected, granted,
    lapsed); "" when not stated."""
    return str(_application(ctx).get("status") or "")


# --- amendments at re-examination after a final notice (arts. 43(4), 49(2)) -----------


def _events_on(ctx: FactContext, kind: str) -> list[str]:
    return [
        str(e["on"])
        for e in _application(ctx).get("events") or []
        if isinstance(e, dict) and e.get("type") == kind and e.get("on")
    ]


@fact("final_notice_before_rejection", "bool")
def final_notice_before_rejection(ctx: FactContext) -> bool:
    """The existing application records a `final_notice` (最後通知) dated on or before the
    latest `rejection_served`: the rejection followed a final notice."""
    rejections = _events_on(ctx, "rejection_served")
    return bool(rejections) and any(on <= max(rejections) for on in _events_on(ctx, "final_notice"))


@fact("amendment_responding_to", "str")
def amendment_responding_to(ctx: FactContext) -> str:
    """`amendment.responding_to` (office_action, final_notice, voluntary, re_examination);
    "" when not stated."""
    return str((ctx.data.get("amendment") or {}).get("responding_to") or "")
