"""A bundle no rule set covers (``no-rule-set``): its governing date lies outside the
in-force span its pack declares in pack.yaml (``in_force: {from, until}``).

Why a finding of the core and not a rule of the pack: a rule applies only inside its own
in-force span, so a rule saying "this date is before every rule" would need a span before
the pack's own, and every pack would have to repeat it. The core knows each pack's span and
the governing date every pack defines (the ``governing_date`` fact its rules' in-force
conditions read), so it says once, for every pack, that nothing was judged. It is an
error: not a breach of the law, but a bundle the checker could not judge must never pass
silently (exit status 1 under the default ``--fail-on error``). Like ``unused-suppression``
it is selectable and ignorable by its name.
"""

from __future__ import annotations

from typing import Any, Callable

from checker.core.config import NOT_COVERED
from checker.core.findings import Finding, Location
from checker.core.registry import iso

__all__ = ["NOT_COVERED", "coverage_findings"]

_MESSAGE = {
    "zh-TW": "本案卷之準據日 {date} 不在任何規則集之施行期間內（{pack}：{span}）；未檢查任何規定，結果不代表合規。"
    "請以當時施行之法規另行檢查。",
    "en": "No rule set covers this bundle: its governing date {date} is outside the in-force span of "
    "{pack} ({span}); nothing was judged, so no finding means nothing. Check it against the law then in force.",
}


def coverage_findings(
    bundle: Any, ctx: Any, pack: Any, lang: str, locate: Callable[[Any, str], Location]
) -> list[Finding]:
    """One ``no-rule-set`` error when the bundle's governing date falls outside its pack's
    in-force span; none when it is inside, or when the pack defines no governing date."""
    if "governing_date" not in ctx.registry.facts or not pack.in_force_from:
        return []
    date = ctx.fact("governing_date")
    until = pack.in_force_until
    if not date or (date >= pack.in_force_from and (until is None or date < until)):
        return []
    span = f"{iso(pack.in_force_from)} – {iso(until) if until else ('今' if lang == 'zh-TW' else 'now')}"
    title = (pack.titles or {}).get(lang) or pack.title or pack.id
    pointer = "/submitted_on" if "submitted_on" in bundle.data else ""
    return [
        Finding(
            rule=NOT_COVERED,
            name="",
            outcome="fail",
            severity="error",
            message=_MESSAGE[lang].format(date=iso(date), pack=title, span=span),
            location=locate(bundle, pointer),
        )
    ]
