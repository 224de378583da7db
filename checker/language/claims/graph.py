"""The dependency graph of a claim set, read without listing what a range holds: a claim
refers to index intervals (如請求項1至4999 is one interval), so the work is proportional to the
claims and intervals present, never to a number written or to the claims a range spans.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

Interval = tuple[int, int]  # inclusive indexes into the claim list


def merged(intervals: list[Interval]) -> list[Interval]:
    """Sorted, with overlapping and adjacent intervals joined."""
    out: list[Interval] = []
    for low, high in sorted(intervals):
        if out and low <= out[-1][1] + 1:
            if high > out[-1][1]:
                out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
    return out


def number_intervals(
    spans,
    numbers: list[int],
    increasing: bool,
    first_index: dict[int, int],
    sorted_numbers: list[int],
    below: int | None = None,
    skip: int | None = None,
) -> list[Interval]:
    """The index intervals of the claims whose numbers lie in ``spans`` (claim-number ranges):
    by bisection when the numbers increase down the list (the normal case), else through the
    numbers present (each span costs the claims it holds, never its width). ``below``: only
    indexes before it; ``skip``: leave that index out."""
    out: list[Interval] = []
    for low, high in spans:
        if increasing:
            start, end = bisect_left(numbers, low), bisect_right(numbers, high) - 1
            if below is not None:
                end = min(end, below - 1)
            if skip is not None and start <= skip <= end:
                out += [(start, skip - 1), (skip + 1, end)]
            else:
                out.append((start, end))
        else:
            for number in sorted_numbers[bisect_left(sorted_numbers, low) : bisect_right(sorted_numbers, high)]:
                index = first_index[number]
                if (below is None or index < below) and index != skip:
                    out.append((index, index))
    return merged([(a, b) for a, b in out if a <= b])


def descending(start: list[Interval], parents: list[list[Interval]], limit: int) -> Iterator[int]:
    """Indexes reachable upwards from the intervals ``start`` (parents are always earlier
    claims), nearest first, each once, at most ``limit`` of them: a heap of intervals, so a
    claim under 如請求項1至4999 costs what is taken, not the 4999 claims the range holds."""
    heap = [(-high, low) for low, high in start]
    heapq.heapify(heap)
    last = None
    taken = 0
    while heap and taken < limit:
        negative, low = heapq.heappop(heap)
        high = -negative if last is None else min(-negative, last - 1)
        if high < low:
            continue
        yield high
        taken += 1
        last = high
        if low < high:
            heapq.heappush(heap, (-(high - 1), low))
        for p_low, p_high in parents[high]:
            heapq.heappush(heap, (-p_high, p_low))


def on_cycles(edges: list[list[Interval]]) -> set[int]:
    """Claims that reach themselves through other claims, each claim's references given as
    index intervals (itself excluded). A segment tree turns an interval into O(log n) edges,
    so 5,000 claims each referring to 1至5000 stay fast; a claim is on a cycle when its
    strongly connected component holds another claim."""
    count = len(edges)
    size = 1
    while size < count:
        size *= 2
    graph: list[list[int]] = [[] for _ in range(2 * size)]
    for node in range(1, size):
        graph[node] = [2 * node, 2 * node + 1]
    for index, intervals in enumerate(edges):
        targets = graph[size + index]
        for low, high in intervals:
            low, high = low + size, high + size + 1
            while low < high:
                if low & 1:
                    targets.append(low)
                    low += 1
                if high & 1:
                    high -= 1
                    targets.append(high)
                low //= 2
                high //= 2
    component = components(graph)
    claims_in: dict[int, int] = {}
    for index in range(count):
        claims_in[component[size + index]] = claims_in.get(component[size + index], 0) + 1
    return {index for index in range(count) if claims_in[component[size + index]] > 1}


def components(edges: list[list[int]]) -> list[int]:
    """The strongly connected component of each node (Tarjan, iterative: a claim set may have
    thousands of claims)."""
    count = len(edges)
    index_of = [-1] * count
    low = [0] * count
    on_stack = [False] * count
    component = [-1] * count
    stack: list[int] = []
    counter = 0
    for root in range(count):
        if index_of[root] >= 0:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child]
                if index_of[target] < 0:
                    work.append((target, 0))
                elif on_stack[target]:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = node
                    if member == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


def nodes_on_cycles(edges: list[list[int]]) -> set[int]:
    """Nodes in a strongly connected component with a cycle (a node with an edge to itself,
    or a component of two or more)."""
    component = components(edges)
    sizes: dict[int, int] = {}
    for node in range(len(edges)):
        sizes[component[node]] = sizes.get(component[node], 0) + 1
    return {node for node in range(len(edges)) if sizes[component[node]] > 1 or node in edges[node]}
