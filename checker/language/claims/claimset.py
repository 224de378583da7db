"""A claim set and its structure: each property lists the claims with one defect, as
:class:`Finding` (index, number, detail). Whether a defect breaks Enforcement Rules arts. 18-19
or Patent Act arts. 26, 33 is for the rules to judge.

Nothing here is proportional to a number written in a claim (如前述任一請求項 in a claim numbered
300000000, 如請求項1至999999999) or to the claims a range spans (如請求項1至4999 under claim
5000): references are read as intervals of the claim list (see :mod:`.graph`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from checker.core.listing import SHOWN_ITEMS, shown_list
from checker.language.claims.antecedents import ClaimTerms
from checker.language.claims.dependencies import (
    ALTERNATIVE,
    CUMULATIVE,
    SINGLE,
    Dependency,
    parse_dependency,
    spans_of,
    unparsed_reference,
)
from checker.language.claims.features import subject, subjects_agree, technical_features
from checker.language.claims.graph import Interval, descending, number_intervals, on_cycles
from checker.language.claims.support import description_index, terms_not_described
from checker.language.claims.terms import ANTECEDENT_SPAN
from checker.language.claims.wording import (
    MEDIUM,
    drawing_reference,
    extra_sentence_stops,
    indefinite_wording,
    is_omnibus,
    open_markush,
    preamble,
    simplified_wording,
    transitory_medium,
    unbracketed_sign,
    unterminated,
)
from checker.language.texts import Claim, claim_category, half_width, is_deleted_claim

# A detail names at most this many claims or ranges ("→3, 5-9, …"); listing() cuts it further.
DETAIL_ITEMS = 10
# Antecedents are looked for in the independent claims up the chain, then in the nearest
# claims up it, at most this many, and at most ANTECEDENT_SPAN characters in all: real
# chains are a few claims deep; a 5,000-claim chain must not read 5,000 claims per claim.
EARLIER_CLAIMS = 64
ROOTS = 8  # independent claims kept per claim (a claim under 1至n may sit under many)


@dataclass(frozen=True)
class Finding:
    """One claim and what is wrong with it, for messages: ``detail`` is neutral notation
    (a claim number, a quoted phrase)."""

    index: int  # position in the claim list
    number: int
    detail: str = ""

    def shown(self) -> str:
        return f"{self.number} ({self.detail})" if self.detail else str(self.number)


def _shown_runs(runs: list[tuple[int, int]], more: bool, nearest: bool = False) -> str:
    """ "→3, 5-9, …": claim numbers and ranges; ``nearest``: the ones left out come first."""
    parts = [str(a) if a == b else f"{a}, {b}" if b == a + 1 else f"{a}-{b}" for a, b in runs]
    if more:
        parts = ["…"] + parts if nearest else parts + ["…"]
    return "→" + ", ".join(parts)


class ClaimSet:
    """A claim set and its structure; each property lists the claims with one defect."""

    def __init__(self, claims: list[Claim]) -> None:
        # Full-width digits, letters and parentheses as ASCII once per claim: every check then
        # finds nothing left to normalise (it used to be done ~15 times per claim).
        self.claims = [replace(c, text=half_width(c.text)) for c in claims]
        self.numbers = [c.number for c in self.claims]

    @cached_property
    def dependencies(self) -> list[Dependency | None]:
        result: list[Dependency | None] = []
        for claim in self.claims:
            parsed = parse_dependency(claim.text, claim.number)
            if claim.depends_on is not None:
                targets = tuple(dict.fromkeys(claim.depends_on))
                if not targets:
                    parsed = None
                else:
                    joiner = (
                        parsed.joiner
                        if parsed and parsed.multiple and len(targets) > 1
                        else (SINGLE if len(targets) == 1 else ALTERNATIVE)
                    )
                    parsed = Dependency(
                        spans_of(targets),
                        joiner,
                        parsed.phrase if parsed else "",
                        parsed.reference_form if parsed else False,
                    )
            result.append(parsed)
        return result

    @cached_property
    def by_number(self) -> dict[int, int]:
        """Claim number -> index of the first claim with that number."""
        return {claim.number: index for index, claim in reversed(list(enumerate(self.claims)))}

    @cached_property
    def _sorted_numbers(self) -> list[int]:
        return sorted(self.by_number)

    @cached_property
    def _increasing(self) -> bool:
        return all(a < b for a, b in zip(self.numbers, self.numbers[1:], strict=False))

    @cached_property
    def _run_end(self) -> list[int]:
        """For each position in _sorted_numbers, the last position of its run of consecutive
        numbers (so gaps and runs in a range are found without walking the run)."""
        numbers = self._sorted_numbers
        ends = list(range(len(numbers)))
        for i in range(len(numbers) - 2, -1, -1):
            if numbers[i + 1] == numbers[i] + 1:
                ends[i] = ends[i + 1]
        return ends

    def _intervals(self, spans, below: int | None = None, skip: int | None = None) -> list[Interval]:
        return number_intervals(
            spans, self.numbers, self._increasing, self.by_number, self._sorted_numbers, below, skip
        )

    @cached_property
    def _parent_intervals(self) -> list[list[Interval]]:
        """For each claim, the index intervals of the existing earlier claims it depends on."""
        return [self._intervals(d.spans, below=index) if d else [] for index, d in enumerate(self.dependencies)]

    def parents(self, index: int) -> list[int]:
        """Indexes of the existing earlier claims this claim depends on."""
        return [p for low, high in self._parent_intervals[index] for p in range(low, high + 1)]

    def _up(self, index: int, limit: int) -> list[int]:
        return list(descending(self._parent_intervals[index], self._parent_intervals, limit))

    def ancestors(self, index: int) -> list[int]:
        """Every claim up the dependency chain (earlier claims only, so no circle)."""
        return sorted(descending(self._parent_intervals[index], self._parent_intervals, len(self.claims)))

    def _above(self, flags: list[bool]) -> list[bool]:
        """For each claim, whether a claim up its chain has the flag; prefix sums over the
        claims in order, so a parent interval is one subtraction."""
        above = [False] * len(self.claims)
        prefix = [0] * (len(self.claims) + 1)
        for index, intervals in enumerate(self._parent_intervals):
            above[index] = any(prefix[high + 1] > prefix[low] for low, high in intervals)
            prefix[index + 1] = prefix[index] + (flags[index] or above[index])
        return above

    @cached_property
    def _roots(self) -> list[tuple[int, ...]]:
        """For each claim, the independent claims up its chain (itself when it has no parent),
        at most ROOTS of them; runs of claims sharing their roots are skipped over whole."""
        roots: list[tuple[int, ...]] = []
        run_start: list[int] = []
        for index, intervals in enumerate(self._parent_intervals):
            if not intervals:
                mine: tuple[int, ...] = (index,)
            else:
                found: set[int] = set()
                for low, high in intervals:
                    j = high
                    while j >= low and len(found) < ROOTS:
                        found.update(roots[j])
                        j = run_start[j] - 1
                mine = tuple(sorted(found)[:ROOTS])
            roots.append(mine)
            run_start.append(run_start[-1] if index and roots[index - 1] == mine else index)
        return roots

    def _earlier(self, index: int, terms: list[ClaimTerms]):
        """The claims whose text may introduce this claim's terms: the independent ones up the
        chain, then the nearest up it (EARLIER_CLAIMS, ANTECEDENT_SPAN characters at most),
        produced one by one, so a claim whose terms its root introduces reads only the root."""
        if not self._parent_intervals[index]:
            return
        roots = self._roots[index]
        budget = ANTECEDENT_SPAN
        for root in roots:
            yield terms[root]
            budget -= len(terms[root].body)
        for parent in descending(self._parent_intervals[index], self._parent_intervals, EARLIER_CLAIMS):
            if budget <= 0:
                return
            if parent in roots:
                continue
            yield terms[parent]
            budget -= len(terms[parent].body)

    def independent(self) -> list[int]:
        """Claims that depend on none (an independent claim in reference form, 一種記錄媒體，儲存
        如請求項1所述之方法, included); a claim kept as 「（刪除）」 claims nothing."""
        return [
            i
            for i, d in enumerate(self.dependencies)
            if (d is None or d.reference_form) and not is_deleted_claim(self.claims[i].text)
        ]

    # ER 18(1)
    @cached_property
    def misnumbered(self) -> list[Finding]:
        """The first claim whose number breaks the sequence 1, 2, 3..."""
        for index, number in enumerate(self.numbers):
            if number != index + 1:
                return [Finding(index, number, f"{index + 1}")]
        return []

    def _present(self, low: int, high: int) -> int:
        numbers = self._sorted_numbers
        return bisect_right(numbers, high) - bisect_left(numbers, low)

    def _runs_present(self, low: int, high: int, room: int) -> list[tuple[int, int]]:
        """Runs of consecutive claim numbers present in low..high, at most ``room`` of them."""
        numbers, ends = self._sorted_numbers, self._run_end
        runs: list[tuple[int, int]] = []
        at = bisect_left(numbers, low)
        while at < len(numbers) and numbers[at] <= high and len(runs) < room:
            end = ends[at]
            runs.append((numbers[at], min(numbers[end], high)))
            at = end + 1
        return runs

    def _runs_absent(self, low: int, high: int, room: int) -> list[tuple[int, int]]:
        """Runs of claim numbers absent from low..high, at most ``room`` of them."""
        runs: list[tuple[int, int]] = []
        at = low
        for first, last in self._runs_present(low, high, room + 1):
            if first > at:
                runs.append((at, first - 1))
            at = last + 1
        if at <= high and self._present(at, high) == 0:
            runs.append((at, high))
        return runs[:room]

    def _references(self, pick) -> list[Finding]:
        found = []
        for index, (claim, dependency) in enumerate(zip(self.claims, self.dependencies, strict=True)):
            if dependency is None:
                continue
            runs: list[tuple[int, int]] = []
            total = 0
            for low, high in dependency.spans:
                span_runs, count = pick(claim.number, low, high, DETAIL_ITEMS + 1 - len(runs))
                runs += span_runs
                total += count
            if total:
                found.append(Finding(index, claim.number, _shown_runs(runs[:DETAIL_ITEMS], len(runs) > DETAIL_ITEMS)))
        return found

    # ER 18(5)
    @cached_property
    def self_references(self) -> list[Finding]:
        return [
            Finding(i, self.numbers[i])
            for i, d in enumerate(self.dependencies)
            if d is not None and any(low <= self.numbers[i] <= high for low, high in d.spans)
        ]

    @cached_property
    def forward_references(self) -> list[Finding]:
        def later(number: int, low: int, high: int, room: int):
            low = max(low, number + 1)
            count = self._present(low, high) if low <= high else 0
            return (self._runs_present(low, high, room) if count else []), count

        return self._references(later)

    # ER 18(3)
    @cached_property
    def missing_references(self) -> list[Finding]:
        def absent(number: int, low: int, high: int, room: int):
            count = (high - low + 1) - self._present(low, high)
            return (self._runs_absent(low, high, room) if count else []), count

        return self._references(absent)

    @cached_property
    def circular(self) -> list[Finding]:
        """Claims that depend on themselves through other claims (1→2→1)."""
        if not self.forward_references:  # references to earlier claims alone cannot close a circle
            return []
        edges = [self._intervals(d.spans, skip=i) if d else [] for i, d in enumerate(self.dependencies)]
        return [Finding(i, self.claims[i].number) for i in sorted(on_cycles(edges))]

    # ER 18(4)
    @cached_property
    def cumulative_multiple(self) -> list[Finding]:
        return [
            Finding(i, self.claims[i].number, d.phrase)
            for i, d in enumerate(self.dependencies)
            if d is not None and d.joiner == CUMULATIVE and not d.reference_form
        ]

    def _is_multiple(self, index: int) -> bool:
        dependency = self.dependencies[index]
        return dependency is not None and dependency.multiple

    # ER 18(5)
    @cached_property
    def multiple_on_multiple(self) -> list[Finding]:
        multiple = [self._is_multiple(i) for i in range(len(self.claims))]
        above = self._above(multiple)
        found = []
        for index in range(len(self.claims)):
            if not (multiple[index] and above[index]):
                continue
            bad: list[int] = []
            more = False
            for ancestor in descending(self._parent_intervals[index], self._parent_intervals, len(self.claims)):
                if multiple[ancestor]:
                    if len(bad) == DETAIL_ITEMS:
                        more = True
                        break
                    bad.append(self.claims[ancestor].number)
            found.append(
                Finding(
                    index, self.claims[index].number, _shown_runs([(n, n) for n in sorted(bad)], more, nearest=True)
                )
            )
        return found

    def _each(self, describe) -> list[Finding]:
        found = []
        for index, claim in enumerate(self.claims):
            detail = describe(index, claim)
            if detail:
                found.append(Finding(index, claim.number, "" if detail is True else detail))
        return found

    # ER 18(6)
    @cached_property
    def several_sentences(self) -> list[Finding]:
        return self._each(lambda i, c: extra_sentence_stops(c.text) > 0)

    @cached_property
    def unterminated(self) -> list[Finding]:
        """Claims that do not end with 「。」 (a full stop in English)."""
        return self._each(lambda i, c: unterminated(c.text))

    # ER 18(3)
    @cached_property
    def unparsed_references(self) -> list[Finding]:
        """Claims that read as dependent (如請求項一所述之, 基於前述請求項, "of claim one") but
        whose reference gives no claim number: they are not taken as independent in silence."""
        return self._each(
            lambda i, c: (
                "" if self.dependencies[i] is not None or c.depends_on is not None else unparsed_reference(c.text)
            )
        )

    # ER 19(1)
    @cached_property
    def omnibus(self) -> list[Finding]:
        return self._each(lambda i, c: is_omnibus(c.text))

    @cached_property
    def drawing_references(self) -> list[Finding]:
        return self._each(lambda i, c: "" if is_omnibus(c.text) else drawing_reference(c.text))

    # ER 19(2)
    @cached_property
    def bare_reference_signs(self) -> list[Finding]:
        return self._each(lambda i, c: unbracketed_sign(c.text))

    # Patent Act 26(2)
    @cached_property
    def lacking_antecedent(self) -> list[Finding]:
        terms = [ClaimTerms(c.text) for c in self.claims]
        return self._each(lambda i, c: "、".join(terms[i].missing(self._earlier(i, terms))))

    @cached_property
    def subject_mismatches(self) -> list[Finding]:
        categories = [claim_category(c.text) for c in self.claims]  # once each, not once per child
        subjects = [
            subject(c.text, dependent=d is not None and not d.reference_form)
            for c, d in zip(self.claims, self.dependencies, strict=True)
        ]
        same: dict[str, list[int]] = {}
        for category in set(categories):
            prefix = [0]
            for mine in categories:
                prefix.append(prefix[-1] + (mine == category))
            same[category] = prefix
        run_end = list(range(len(subjects)))  # runs of claims naming the same subject
        for i in range(len(subjects) - 2, -1, -1):
            if subjects[i + 1] == subjects[i]:
                run_end[i] = run_end[i + 1]
        agree: dict[tuple[str, str], bool] = {}

        def describe(index: int, claim: Claim) -> str:
            intervals = self._parent_intervals[index]
            dependency = self.dependencies[index]
            if not intervals or dependency is None or dependency.reference_form:
                return ""
            prefix = same[categories[index]]
            mine = subjects[index]
            if any(prefix[high + 1] - prefix[low] != high - low + 1 for low, high in intervals):
                # 如請求項1所述之方法 under a device claim changes category: only the reference
                # form naming the parent's subject (如請求項1所述之裝置之製造方法) may.
                parent = next(
                    p for low, high in intervals for p in range(low, high + 1) if categories[p] != categories[index]
                )
                theirs = subjects[parent]
                if theirs and mine and theirs in mine and mine != theirs:
                    return ""
                return f"{mine} / {self.claims[parent].number}: {theirs}"
            for low, high in intervals:
                parent = low
                while parent <= high:
                    theirs = subjects[parent]
                    key = (mine, theirs)
                    if key not in agree:
                        agree[key] = subjects_agree(mine, theirs)
                    if not agree[key]:
                        return f"{mine} / {self.claims[parent].number}: {theirs}"
                    parent = run_end[parent] + 1
            return ""

        return self._each(describe)

    @cached_property
    def simplified(self) -> list[Finding]:
        return self._each(lambda i, c: simplified_wording(c.text))

    @cached_property
    def indefinite(self) -> list[Finding]:
        return self._each(lambda i, c: indefinite_wording(c.text))

    # Patent Act 26(2): open Markush groups, storage media that may be signals
    @cached_property
    def open_markush_groups(self) -> list[Finding]:
        return self._each(lambda i, c: open_markush(c.text))

    @cached_property
    def transitory_media(self) -> list[Finding]:
        """Independent claims to a storage medium that do not say it is non-transitory."""
        medium = [bool(MEDIUM.search(preamble(c.text))) for c in self.claims]
        under = self._above(medium)

        # A claim under a medium claim is that medium (reported once, at the top); a medium
        # claim executing "the method of claim 1" is not under a medium claim.
        return self._each(lambda i, c: "" if under[i] else transitory_medium(c.text))

    def undescribed_terms(self, description: str) -> list[Finding]:
        """Claims introducing terms the description never mentions (art. 26(2) support);
        nothing when there is no description to compare with."""
        if not description.strip():
            return []
        index = description_index(description)
        return self._each(lambda i, c: "、".join(terms_not_described(c.text, index)))

    # Patent Act 33: independent claims that share no feature word with the first one's group
    @cached_property
    def unrelated_independent(self) -> list[Finding]:
        independent = self.independent()
        if len(independent) < 2:
            return []
        features = {i: technical_features(self.claims[i].text) for i in independent}
        having: dict[str, list[int]] = {}
        for i in independent:
            for feature in features[i]:
                having.setdefault(feature, []).append(i)
        group, queue = {independent[0]}, [independent[0]]
        seen: set[str] = set()
        while queue:  # claims reached through shared words, each word followed once
            for feature in features[queue.pop()] - seen:
                seen.add(feature)
                for other in having[feature]:
                    if other not in group:
                        group.add(other)
                        queue.append(other)
        return [Finding(i, self.claims[i].number) for i in independent if i not in group]


DETAIL = 120  # characters of one claim's detail ("→3, 4, 5, …")


def listing(findings: list[Finding]) -> str:
    """ "3, 5 (該導熱墊)" for messages: the offending claims with what is wrong, the first
    SHOWN_ITEMS of them, then how many more ("… +120")."""
    shown = [
        text if len(text) <= DETAIL else text[: DETAIL - 1] + "…"
        for text in (f.shown() for f in findings[:SHOWN_ITEMS])
    ]
    return shown_list(shown, total=len(findings))
