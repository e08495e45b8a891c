"""`make test`'s scheduler (tests/schedule.py): whole files, longest first, over the xdist processes."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests.schedule import MEASURED_SECONDS, LongestFilesFirst, estimated_seconds

FAULT = "tests/platform/test_fault_redis_outage.py"  # one test, ~16 s
TABLE = "tests/triage_core/test_red_flags.py"  # a thousand tests, ~9 s
SMALL = "tests/accounts/test_bearer.py"  # not in the table: a few tests
BIG_UNKNOWN = "tests/new/test_many.py"  # not in the table: many tests


class FakeNode:
    """What the scheduler needs of an xdist worker: it records the test indexes it is sent."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.sent: list[int] = []
        self.shutting_down = False

    def send_runtest_some(self, indexes: list[int]) -> None:
        self.sent.extend(indexes)

    def shutdown(self) -> None:
        self.shutting_down = True


def _collection() -> list[str]:
    return (
        [f"{SMALL}::test_{i}" for i in range(3)]
        + [f"{TABLE}::test_{i}" for i in range(1000)]
        + [f"{BIG_UNKNOWN}::test_{i}" for i in range(200)]
        + [f"{FAULT}::test_outage"]
    )


def _files_in_order_sent(nodes: list[FakeNode], collection: list[str]) -> list[list[str]]:
    files: list[list[str]] = []
    for node in nodes:
        seen: list[str] = []
        for index in node.sent:
            path = collection[index].split("::")[0]
            if path not in seen:
                seen.append(path)
        files.append(seen)
    return files


def _quiet(*_args: Any) -> None:
    """The scheduler's log (xdist's Producer prints to stderr)."""


def _scheduled(workers: int) -> tuple[LongestFilesFirst, list[FakeNode], list[str]]:
    config: Any = SimpleNamespace(
        getvalue=lambda name: [f"{workers}*popen"] if name == "tx" else None,
        option=SimpleNamespace(loadscopereorder=True),
    )
    scheduler = LongestFilesFirst(
        config, log=SimpleNamespace(loadscopesched=_quiet, loadfilesched=_quiet)
    )
    nodes = [FakeNode(f"gw{i}") for i in range(workers)]
    collection = _collection()
    for node in nodes:
        scheduler.add_node(node)
    for node in nodes:
        scheduler.add_node_collection(node, collection)
    scheduler.schedule()
    return scheduler, nodes, collection


def test_the_longest_files_are_handed_out_first_whole() -> None:
    assert estimated_seconds(FAULT, 1) > estimated_seconds(TABLE, 1000)
    assert FAULT in MEASURED_SECONDS and SMALL not in MEASURED_SECONDS
    scheduler, nodes, collection = _scheduled(workers=2)
    first, second = _files_in_order_sent(nodes, collection)
    # xdist alone sorts by number of tests (the red-flag table first, the one fault test last); here the
    # 16 s fault test and the 9 s table start, and the process with one test left takes the next file:
    # one not in the table, estimated from its number of tests (200 tests before 3)
    assert first == [FAULT, BIG_UNKNOWN] and second == [TABLE]
    # when the first process has run its tests, it takes the last file
    for index in list(nodes[0].sent):
        scheduler.mark_test_complete(nodes[0], index)
    assert _files_in_order_sent(nodes, collection)[0] == [FAULT, BIG_UNKNOWN, SMALL]
    # every test is sent exactly once, and every file to one process only
    assert sorted(nodes[0].sent + nodes[1].sent) == list(range(len(collection)))
    first, second = _files_in_order_sent(nodes, collection)
    assert not set(first) & set(second)


def test_with_more_processes_than_files_to_start_with() -> None:
    _scheduler, nodes, collection = _scheduled(workers=4)
    assert [files[0] for files in _files_in_order_sent(nodes, collection)] == [
        FAULT,
        TABLE,
        BIG_UNKNOWN,
        SMALL,
    ]


BROWSER = ["tests/browser/test_live_check.py", "tests/browser/test_patient_journey.py"]
HELDOUT = "tests/platform/test_heldout_regression.py"


def test_the_browser_folder_goes_whole_to_one_process_and_held_out_cases_to_both() -> None:
    """One chromium and one live server a run (the folder's package fixtures), not one each time a process
    comes back to the folder; the held-out cases, each a set scored alone, spread over the processes."""
    config: Any = SimpleNamespace(
        getvalue=lambda name: ["2*popen"] if name == "tx" else None,
        option=SimpleNamespace(loadscopereorder=True),
    )
    scheduler = LongestFilesFirst(
        config, log=SimpleNamespace(loadscopesched=_quiet, loadfilesched=_quiet)
    )
    nodes = [FakeNode("gw0"), FakeNode("gw1")]
    collection = (
        [f"{path}::test_{i}" for path in BROWSER for i in range(5)]
        + [f"{HELDOUT}::test_held_out_figures_do_not_regress[set-{i}]" for i in range(20)]
        + [f"{TABLE}::test_{i}" for i in range(1000)]
    )
    for node in nodes:
        scheduler.add_node(node)
    for node in nodes:
        scheduler.add_node_collection(node, collection)
    scheduler.schedule()
    done: set[int] = set()
    while len(done) < len(collection):  # each process runs what it was sent, then takes more
        for node in nodes:
            for index in [i for i in node.sent if i not in done]:
                done.add(index)
                scheduler.mark_test_complete(node, index)
    sent = [[collection[i] for i in node.sent] for node in nodes]
    browser = [[t for t in tests if t.startswith("tests/browser/")] for tests in sent]
    # every browser test in one process, back to back
    assert sorted(len(b) for b in browser) == [0, 10]
    whole = next(tests for tests in sent if any(t.startswith("tests/browser/") for t in tests))
    at = [i for i, t in enumerate(whole) if t.startswith("tests/browser/")]
    assert at == list(range(at[0], at[0] + 10))
    # the held-out cases in both processes, each once
    held = [[t for t in tests if t.startswith(HELDOUT)] for tests in sent]
    assert all(held) and sum(map(len, held)) == 20
    assert sorted(nodes[0].sent + nodes[1].sent) == list(range(len(collection)))
