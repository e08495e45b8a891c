"""`--dist loadfile`, longest files first (issue 14: the suite's wall time is set by its tail).

xdist's loadfile scheduler hands out whole files, largest first by *number of tests*. Here the number of
tests says little about time: the fault tests (one test, ~15 s of waiting on a real worker) and the browser
journeys (a dozen tests, ~25 s) came last, after the table-driven files with a thousand 5 ms tests, and the
suite ended with one process running them while the other was idle (~25 s of tail on the 2-core CI).
This orders the files by their measured time (longest processing time first, the classic greedy rule for
balancing jobs over machines); files not in the table come after, by number of tests, as xdist does.

The scheduling is all this changes: every file still runs whole in one process (tests/README.md says why).
The table is a measure, not a promise: a stale or missing entry only makes the balance a little worse.
Refresh it from a run on CI's stack with `--durations=0` (the per-file sums of setup, call and teardown).
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadFileScheduling  # type: ignore[import-untyped]  # no stubs

# Seconds per file (setup + call + teardown of its tests) on PostgreSQL and Redis, 2 processes, load ~2-4,
# 2026-12-06. Files under ~2 s are left to the count rule.
MEASURED_SECONDS: dict[str, float] = {
    "tests/browser/test_doctor_committee_library.py": 28,
    "tests/browser/test_patient_after_the_answer.py": 27,
    "tests/security/test_closed_space.py": 12,  # one user per role and prefix since suite16
    "tests/browser/test_patient_journey.py": 24,
    "tests/platform/test_heldout_regression.py": 21,
    "tests/platform/test_fault_redis_outage.py": 16,
    "tests/platform/test_commands.py": 14,
    "tests/platform/test_fault_worker_kill.py": 13,
    "tests/security/test_api_fuzz.py": 11,
    "tests/triage_core/test_discriminators.py": 10,
    "tests/triage_core/test_red_flags.py": 9,
    "tests/browser/test_ask_a_colleague.py": 9,
    "tests/doctor_space/test_leak_report_everywhere.py": 6,
    "tests/browser/test_closed_space_in_a_browser.py": 6,
    "tests/engine/test_performance.py": 6,
    "tests/deid/test_properties.py": 5,
    "tests/browser/test_live_check.py": 5,
    "tests/engine/test_stance_model.py": 5,
    "tests/deid/test_tagger_guards.py": 5,
    "tests/browser/test_doctor_verification_in_a_browser.py": 5,
    "tests/engine/test_blind_answers.py": 4,
    "tests/security/test_security.py": 4,
    "tests/community/test_identity_and_lists.py": 4,
    "tests/deid/test_command.py": 3,
    "tests/platform/test_real_worker.py": 3,
    "tests/platform/test_query_budgets.py": 3,
    "tests/security/test_no_500.py": 3,
    "tests/patient_portal/test_library_at_scale.py": 3,
    "tests/triage_core/test_learned.py": 3,
    "tests/triage_core/test_blind_sets_round3.py": 3,
    "tests/platform/test_outbox.py": 3,
    "tests/deid/test_possible.py": 3,
}
# A file not in the table: this much per test (the mean of the files under 2 s in the same run).
SECONDS_PER_TEST = 0.024


def estimated_seconds(path: str, tests: int) -> float:
    return MEASURED_SECONDS.get(path, tests * SECONDS_PER_TEST)


class LongestFilesFirst(LoadFileScheduling):  # type: ignore[misc]  # xdist is untyped
    """LoadFileScheduling with its queue of files sorted by estimated time before the first hand-out."""

    def __init__(self, config: Any, log: Any = None) -> None:
        super().__init__(config, log)
        self._sorted = False

    def _assign_work_unit(self, node: Any) -> None:
        if not self._sorted:  # the queue is complete when the first unit is handed out
            self._sorted = True
            ordered = sorted(
                self.workqueue.items(),
                key=lambda item: -estimated_seconds(item[0], len(item[1])),
            )
            self.workqueue.clear()
            self.workqueue.update(ordered)
        super()._assign_work_unit(node)
