"""A claim set and its structure: each property lists the claims with one defect, as
:class:`Finding` (index, number, detail). Whether a defect breaks Enforcement Rules arts. 18-19
or Patent Act arts. 26, 33 is for the rules to judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from checker.core.listing import SHOWN_ITEMS, shown_list
from checker.language.claims.antecedents import missing_antecedents
from checker.language.claims.dependencies import ALTERNATIVE, CUMULATIVE, SINGLE, Dependency, parse_dependency
from checker.language.claims.features import subject, subjects_agree, technical_features
from checker.language.claims.graph import nodes_on_cycles
from checker.language.claims.support import description_index, terms_not_described
from checker.language.claims.terms import ANTECEDENT_SPAN, strip_for_terms
from checker.language.claims.wording import (MEDIUM, drawing_reference, extra_sentence_stops, indefinite_wording,
                                            is_omnibus, open_markush, preamble, simplified_wording,
                                            transitory_medium, unbracketed_sign)
from checker.language.texts import Claim, claim_category, is_deleted_claim

@dataclass(frozen=True)
class Finding:
    """One claim and what is wrong with it, for messages: ``detail`` is neutral notation
    (a claim number, a quoted phrase)."""

    index: int  # position in the claim list
    number: int
    detail: str = ""

    def shown(self) -> str:
        return f"{self.number} ({self.detail})" if self.detail else str(self.number)


class ClaimSet:
    """A claim set and its structure; each property lists the claims with one defect."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = [c for c in claims]
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
                    joiner = parsed.joiner if parsed and parsed.multiple and len(targets) > 1 else (
                        SINGLE if len(targets) == 1 else ALTERNATIVE)
                    parsed = Dependency(targets, joiner, parsed.phrase if parsed else "")
            result.append(parsed)
        return result

    @cached_property
    def by_number(self) -> dict[int, int]:
        """Claim number -> index of the first claim with that number."""
        return {claim.number: index for index, claim in reversed(list(enumerate(self.claims)))}

    @cached_property
    def _parents(self) -> list[list[int]]:
        by_number = self.by_number
        return [[by_number[t] for t in d.targets if t in by_number and by_number[t] < index] if d else []
                for index, d in enumerate(self.dependencies)]

    def parents(self, index: int) -> list[int]:
        """Indexes of the existing earlier claims this claim depends on."""
        return self._parents[index]

    @cached_property
    def _ancestors(self) -> list[frozenset[int]]:
        # Parents are earlier claims, so one pass in claim order builds every chain once:
        # a set of thousands of claims each depending on all before it stays quadratic at worst.
        chains: list[frozenset[int]] = []
        for index in range(len(self.claims)):
            chain: set[int] = set(self._parents[index])
            for parent in self._parents[index]:
                chain |= chains[parent]
            chains.append(frozenset(chain))
        return chains

    def ancestors(self, index: int) -> list[int]:
        """Every claim up the dependency chain (earlier claims only, so no circle)."""
        return sorted(self._ancestors[index])

    def independent(self) -> list[int]:
        """Claims that depend on none; a claim kept as 「（刪除）」 claims nothing."""
        return [i for i, d in enumerate(self.dependencies)
                if d is None and not is_deleted_claim(self.claims[i].text)]

    # ER 18(1)
    @cached_property
    def misnumbered(self) -> list[Finding]:
        """The first claim whose number breaks the sequence 1, 2, 3..."""
        for index, number in enumerate(self.numbers):
            if number != index + 1:
                return [Finding(index, number, f"{index + 1}")]
        return []

    def _reference_findings(self, wrong) -> list[Finding]:
        found = []
        for index, (claim, dependency) in enumerate(zip(self.claims, self.dependencies)):
            if dependency is None:
                continue
            bad = [t for t in dependency.targets if wrong(index, claim.number, t)]
            if bad:
                found.append(Finding(index, claim.number, "→" + ", ".join(map(str, bad))))
        return found

    # ER 18(5)
    @cached_property
    def self_references(self) -> list[Finding]:
        return [Finding(f.index, f.number) for f in self._reference_findings(lambda i, n, t: t == n)]

    @cached_property
    def forward_references(self) -> list[Finding]:
        numbers = set(self.numbers)
        return self._reference_findings(lambda i, n, t: t in numbers and t > n)

    # ER 18(3)
    @cached_property
    def missing_references(self) -> list[Finding]:
        numbers = set(self.numbers)
        return self._reference_findings(lambda i, n, t: t not in numbers)

    @cached_property
    def circular(self) -> list[Finding]:
        """Claims that depend on themselves through other claims (1→2→1)."""
        if not self.forward_references:  # references to earlier claims alone cannot close a circle
            return []
        by_number = self.by_number
        edges = [[by_number[t] for t in (d.targets if d else ()) if t in by_number and by_number[t] != i]
                 for i, d in enumerate(self.dependencies)]
        in_circle = nodes_on_cycles(edges)
        return [Finding(i, self.claims[i].number) for i in sorted(in_circle)]

    # ER 18(4)
    @cached_property
    def cumulative_multiple(self) -> list[Finding]:
        return [Finding(i, self.claims[i].number, d.phrase) for i, d in enumerate(self.dependencies)
                if d is not None and d.joiner == CUMULATIVE]

    def _is_multiple(self, index: int) -> bool:
        dependency = self.dependencies[index]
        return dependency is not None and dependency.multiple

    # ER 18(5)
    @cached_property
    def multiple_on_multiple(self) -> list[Finding]:
        found = []
        multiple = {i for i in range(len(self.claims)) if self._is_multiple(i)}
        for index in sorted(multiple):
            bad = [self.claims[a].number for a in sorted(self._ancestors[index] & multiple)]
            if bad:
                found.append(Finding(index, self.claims[index].number, "→" + ", ".join(map(str, bad))))
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
        stripped = [strip_for_terms(c.text[:ANTECEDENT_SPAN]) for c in self.claims]

        def describe(index: int, claim: Claim) -> str:
            earlier: list[str] = []
            budget = ANTECEDENT_SPAN  # a bound for huge sets; real claim chains are far shorter
            chain = self.ancestors(index)
            # the independent claims first, then the nearest parents: where antecedents live
            ordered = [a for a in chain if not self._parents[a]] + [a for a in reversed(chain) if self._parents[a]]
            for a in ordered:
                earlier.append(stripped[a])
                budget -= len(earlier[-1])
                if budget <= 0:
                    break
            return "、".join(missing_antecedents(claim.text, "\n".join(earlier), earlier_stripped=True))
        return self._each(describe)

    @cached_property
    def subject_mismatches(self) -> list[Finding]:
        categories = [claim_category(c.text) for c in self.claims]  # once each, not once per child
        subjects = [subject(c.text, dependent=d is not None) for c, d in zip(self.claims, self.dependencies)]

        def describe(index: int, claim: Claim) -> str:
            parents = self.parents(index)
            if not parents:
                return ""
            mine = subjects[index]
            if any(categories[index] != categories[p] for p in parents):
                return ""  # a claim of another category in reference form (一種製造如請求項1之…之方法)
            for parent in parents:
                theirs = subjects[parent]
                if not subjects_agree(mine, theirs):
                    return f"{mine} / {self.claims[parent].number}: {theirs}"
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
        mediums = {i for i, c in enumerate(self.claims) if MEDIUM.search(preamble(c.text))}

        # A claim under a medium claim is that medium (reported once, at the top); a medium
        # claim executing "the method of claim 1" is not under a medium claim.
        return self._each(lambda i, c: "" if self._ancestors[i] & mediums
                          else transitory_medium(c.text))

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
        group, changed = {independent[0]}, True
        while changed:
            changed = False
            for i in independent:
                if i not in group and any(features[i] & features[g] for g in group):
                    group.add(i)
                    changed = True
        return [Finding(i, self.claims[i].number) for i in independent if i not in group]


DETAIL = 120  # characters of one claim's detail ("→3, 4, 5, …")


def listing(findings: list[Finding]) -> str:
    """"3, 5 (該導熱墊)" for messages: the offending claims with what is wrong, the first
    SHOWN_ITEMS of them, then how many more ("… +120")."""
    shown = [text if len(text) <= DETAIL else text[:DETAIL - 1] + "…"
             for text in (f.shown() for f in findings[:SHOWN_ITEMS])]
    return shown_list(shown, total=len(findings))
