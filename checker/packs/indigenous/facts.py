"""Facts and items of an application to register an indigenous traditional intellectual
creation (原住民族傳統智慧創作保護實施辦法, law id ``indigenous_creations_rules``).

Each fact has a value of its type for every bundle (dates YYYYMMDD, 0 unknown; "" for
text not given; declared booleans the bundle may leave unsaid are "yes" / "no" / "").
The rules of rules/tw-indigenous-creations-2015/ judge them; nothing here decides.
"""

from __future__ import annotations

from typing import Any

from checker.packs.indigenous import analysis
from checker.core.registry import Registry

REGISTRY = Registry("indigenous_creation")
fact = REGISTRY.fact


def _section(ctx: Any, key: str) -> dict[str, Any]:
    value = ctx.data.get(key)
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _ymd(value: Any) -> int:
    return int(str(value).replace("-", "")) if value else 0


# --- applicability -----------------------------------------------------------------------


@fact("procedure", "str")
def procedure(ctx: Any) -> str:
    """`procedure`: application (the only procedure of this regime so far)."""
    return str(ctx.data.get("procedure") or "")


@fact("evaluation_date", "date")
def evaluation_date(ctx: Any) -> int:
    """The date the bundle is judged at (--as-of, else submitted_on, else today), YYYYMMDD."""
    return int(ctx.as_of.strftime("%Y%m%d"))


@fact("governing_date", "date")
def governing_date(ctx: Any) -> int:
    """The date that selects the text in force: the application's `submitted_on` (the day
    the papers reach the authority, Rules art. 16), YYYYMMDD; 0 when not given."""
    return _ymd(ctx.data.get("submitted_on"))


# --- the creation (arts. 2, 10(1)(1), 10(1)(5), 37) --------------------------------------


@fact("creation_name", "str")
def creation_name(ctx: Any) -> str:
    """`creation.name`, "" when not given."""
    return _text(_section(ctx, "creation").get("name"))


@fact("creation_types_count", "int")
def creation_types_count(ctx: Any) -> int:
    """How many types of art. 2(1) `creation.types` names (several may be combined, 2(2))."""
    return len(_section(ctx, "creation").get("types") or [])


@fact("summary", "str")
def summary(ctx: Any) -> str:
    """`creation.summary`, the summary of the creation's content on the form (art. 10(1)(5))."""
    return _text(_section(ctx, "creation").get("summary"))


@fact("summary_characters", "int")
def summary_characters(ctx: Any) -> int:
    """Characters of `creation.summary` counted as 字: every character except whitespace."""
    return analysis.summary_characters(ctx.fact("summary"))


# --- who applies (arts. 3, 8, 10(1)(2)-(4)) ------------------------------------------------


@fact("applicant_name", "str")
def applicant_name(ctx: Any) -> str:
    """`applicant.people_or_tribe`: the people or tribe seeking the exclusive right."""
    return _text(_section(ctx, "applicant").get("people_or_tribe"))


@fact("representative_given", "bool")
def representative_given(ctx: Any) -> bool:
    """A `representative` is recorded with a name."""
    return bool(_text(_section(ctx, "representative").get("name")))


@fact("representative_address", "str")
def representative_address(ctx: Any) -> str:
    """`representative.address`, "" when not given."""
    return _text(_section(ctx, "representative").get("address"))


@fact("representative_indigenous_status", "str")
def representative_indigenous_status(ctx: Any) -> str:
    """`representative.indigenous_status`: yes, no, or "" when the bundle does not say."""
    return analysis.yes_no(_section(ctx, "representative").get("indigenous_status"))


@fact("representative_member_of_applicant", "str")
def representative_member_of_applicant(ctx: Any) -> str:
    """`representative.member_of_applicant`: yes, no, or "" when the bundle does not say."""
    return analysis.yes_no(_section(ctx, "representative").get("member_of_applicant"))


@fact("representative_chosen_by_custom", "str")
def representative_chosen_by_custom(ctx: Any) -> str:
    """`representative.chosen_by_custom`: yes, no, or "" when the bundle does not say."""
    return analysis.yes_no(_section(ctx, "representative").get("chosen_by_custom"))


@fact("agent_appointed", "bool")
def agent_appointed(ctx: Any) -> bool:
    """An `agent` is recorded."""
    return isinstance(ctx.data.get("agent"), dict)


@fact("agent_name_and_office_given", "bool")
def agent_name_and_office_given(ctx: Any) -> bool:
    """The agent's `name` and `office` are both given."""
    agent = _section(ctx, "agent")
    return bool(_text(agent.get("name")) and _text(agent.get("office")))


@fact("coordination_ground", "str")
def coordination_ground(ctx: Any) -> str:
    """`coordinated_by_authority.ground` (high_value_unclaimed, endangered,
    applicant_extinct), "" when the application was not coordinated by the authority."""
    return str(_section(ctx, "coordinated_by_authority").get("ground") or "")


# --- documents (arts. 9, 14) ---------------------------------------------------------------


def _enclosed(ctx: Any) -> set[str]:
    return set(_section(ctx, "documents").get("enclosed") or [])


@fact("application_form_enclosed", "bool")
def application_form_enclosed(ctx: Any) -> bool:
    """`documents.enclosed` lists the application form (申請書)."""
    return "application_form" in _enclosed(ctx)


@fact("representative_proof_enclosed", "bool")
def representative_proof_enclosed(ctx: Any) -> bool:
    """`documents.enclosed` lists the proof of the representative's selection."""
    return "representative_proof" in _enclosed(ctx)


@fact("description_enclosed", "bool")
def description_enclosed(ctx: Any) -> bool:
    """The description is filed: listed in `documents.enclosed`, or given as `description`."""
    return "description" in _enclosed(ctx) or isinstance(ctx.data.get("description"), dict)


@fact("drawings_or_samples_enclosed", "bool")
def drawings_or_samples_enclosed(ctx: Any) -> bool:
    """`documents.enclosed` lists drawings or samples (originals or reproductions)."""
    return "drawings_or_samples" in _enclosed(ctx)


@fact("proofs_form", "str")
def proofs_form(ctx: Any) -> str:
    """`documents.proofs`: originals, copies_declared_identical, copies; "" when not given."""
    return str(_section(ctx, "documents").get("proofs") or "")


# --- the description (arts. 11, 13) ---------------------------------------------------------


def _items(ctx: Any) -> dict[str, analysis.DescriptionItem]:
    cached = ctx.__dict__.get("_indigenous_items")
    if cached is None:
        source = ctx.bundle.texts.get("/description") if ctx.bundle is not None else None
        cached = analysis.description_items(ctx.data, source.text if source else None)
        ctx.__dict__["_indigenous_items"] = cached
    return cached


def _item_fact(key: str, what: str):
    def compute(ctx: Any) -> bool:
        return key in _items(ctx)

    compute.__doc__ = f"The description gives {what} (a non-blank item, inline or under its heading)."
    return compute


for _key, _what in (
    ("features_and_scope", "the creation's features and scope (art. 11(1)(3)(i))"),
    ("history_use_and_development", "its history, present use and future development (art. 11(1)(3)(ii))"),
    ("social_cultural_connection", "its social and cultural connection with the applicant (art. 11(1)(3)(iii))"),
    ("reasons_not_to_disclose", "reasons why parts should not be disclosed (art. 11(1)(3)(iv))"),
):
    fact(f"description_{_key}_given", "bool")(_item_fact(_key, _what))


@fact("description_given", "bool")
def description_given(ctx: Any) -> bool:
    """The bundle gives a `description` (inline items or a file)."""
    return isinstance(ctx.data.get("description"), dict)


@REGISTRY.item_kind(
    "non_disclosure_passages",
    {"wording": "str"},
    labels={"zh-TW": "表示不宜公開之處", "en": "passage withholding something"},
)
def non_disclosure_passages(ctx: Any) -> list[dict[str, Any]]:
    """Each item of the description whose wording says that part of the creation must stay
    undisclosed (不宜公開, 不對外, 秘密, 僅限族人…), at its heading line in the description
    file (`/description@LINE:1`) or the inline item (`/description/<key>`): ``wording``,
    the first such wording in it."""
    found = []
    for item in _items(ctx).values():
        wording = analysis.non_disclosure_wording([item.text])
        if wording:
            pointer = f"/description@{item.line}:1" if item.line else f"/description/{item.key}"
            found.append({"pointer": pointer, "wording": wording})
    return found


@fact("description_language", "str")
def description_language(ctx: Any) -> str:
    """`description.language`: zh-TW (the default) or the applicant's indigenous language."""
    return str(_section(ctx, "description").get("language") or "zh-TW")


@fact("translation_provided", "bool")
def translation_provided(ctx: Any) -> bool:
    """`description.translation_provided`: a translation or explanation is filed."""
    return _section(ctx, "description").get("translation_provided") is True


# --- one creation per application (art. 12), present control and use (art. 23) -----------


@fact("creations_count", "int")
def creations_count(ctx: Any) -> int:
    """`creations_count`, the creations the application covers; 1 when not given."""
    value = ctx.data.get("creations_count")
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


@fact("creations_share_type_or_concept", "bool")
def creations_share_type_or_concept(ctx: Any) -> bool:
    """`creations_share_type_or_concept`: the creations share a type or one concept."""
    return ctx.data.get("creations_share_type_or_concept") is True


@fact("creations_form_one_expression", "bool")
def creations_form_one_expression(ctx: Any) -> bool:
    """`creations_form_one_expression`: they combine several types into one expression."""
    return ctx.data.get("creations_form_one_expression") is True


@fact("control_and_use_stated", "bool")
def control_and_use_stated(ctx: Any) -> bool:
    """`control_and_use_statement` is given and not blank."""
    return bool(_text(ctx.data.get("control_and_use_statement")))


# --- periods (arts. 17, 18) --------------------------------------------------------------


@REGISTRY.item_kind(
    "periods",
    {
        "period": "str",
        "ends_on": "date",
        "extension_requested_on": "date",
        "requested_on": "date",
        "cause_ended_on": "date",
        "original_period_ended_on": "date",
        "reasons_stated": "str",
        "proof_enclosed": "str",
        "omitted_act_done": "str",
    },
)
def periods(ctx: Any) -> list[dict[str, Any]]:
    """Each `periods` entry: its kind as `period` (designated, correction, restoration), its dates
    (YYYYMMDD, 0 when not given) and what the request declares (yes / no / ""). The
    pack's periods.yaml adds each period's deadline and status (`<period>_deadline`,
    `<period>_status`) to the items it concerns."""
    return [analysis.period_item(i, e) for i, e in enumerate(ctx.data.get("periods") or [])]


def _count(ctx: Any, test) -> int:
    return sum(1 for item in ctx.items("periods") if test(item))


@fact("extension_requests", "int")
def extension_requests(ctx: Any) -> int:
    """Designated periods (`periods`, kind designated) whose extension was requested (art. 17)."""
    return _count(ctx, lambda i: i["period"] == "designated" and i["extension_requested_on"] != 0)


@fact("extension_reasons_declared", "int")
def extension_reasons_declared(ctx: Any) -> int:
    """Extension requests that say whether they state reasons (`reasons_stated` given)."""
    return _count(
        ctx, lambda i: i["period"] == "designated" and i["extension_requested_on"] != 0 and i["reasons_stated"] != ""
    )


@fact("correction_periods", "int")
def correction_periods(ctx: Any) -> int:
    """Correction periods recorded (`periods`, kind correction; art. 18(1))."""
    return _count(ctx, lambda i: i["period"] == "correction")


@fact("restoration_requests", "int")
def restoration_requests(ctx: Any) -> int:
    """Restorations recorded (`periods`, kind restoration; art. 18(2))."""
    return _count(ctx, lambda i: i["period"] == "restoration")


def _declared(prop: str, what: str):
    def compute(ctx: Any) -> int:
        return _count(ctx, lambda i: i["period"] == "restoration" and i[prop] != "")

    compute.__doc__ = f"Restorations that say whether {what} (`{prop}` given)."
    return compute


for _prop, _what in (
    ("reasons_stated", "the request states the cause, its end and the dates"),
    ("proof_enclosed", "proof is enclosed"),
    ("omitted_act_done", "the omitted act is done with the request"),
):
    fact(f"restoration_{_prop}_declared", "int")(_declared(_prop, _what))
