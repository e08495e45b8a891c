"""`--dist loadfile`, longest files first (issue 14: the suite's wall time is set by its tail).

xdist's loadfile scheduler hands out whole files, largest first by *number of tests*. Here the number of
tests says little about time: the fault tests (one test, ~15 s of waiting on a real worker) and the browser
journeys (a dozen tests, ~25 s) came last, after the table-driven files with a thousand 5 ms tests, and the
suite ended with one process running them while the other was idle (~25 s of tail on the 2-core CI).
This orders the files by their measured time (longest processing time first, the classic greedy rule for
balancing jobs over machines); files not in the table come after, by number of tests, as xdist does.

The scheduling is all this changes: every file still runs whole in one process (tests/README.md says why),
with two exceptions (issue 14, 2026-12-07). The browser folder is one unit, so one process runs every journey
back to back: its chromium and live server (package-scoped fixtures) start once a run instead of each time a
process came back to the folder after another file (about seven starts a run, 1-2 s of CPU each, plus
chromium's own). The held-out regression file is split into its tests (one held-out set each, pure Python,
nothing shared outside the process), so its ~20 cases of 1.5-3.5 s fill both processes instead of one.
The table is a measure, not a promise: a stale or missing entry only makes the balance a little worse.
Refresh it from a run on CI's stack with `--durations=0` (the per-file sums of setup, call and teardown).
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadFileScheduling  # type: ignore[import-untyped]  # no stubs

# Seconds per file (setup + call + teardown of its tests) on PostgreSQL and Redis, 2 processes: the
# `--durations=0` sums of a run at load ~15 (2026-12-07 05:22, 20 min 53 s of test time) scaled to the lead's
# ~4 min on the quiet machine (x 0.19); the two fault files, whose time is waiting, keep the 2026-12-06 figures.
# Files under ~2 s are left to the count rule.
MEASURED_SECONDS: dict[str, float] = {
    "tests/platform/test_heldout_regression.py": 30,  # split into its tests (SPLIT_FILES)
    "tests/security/test_closed_space.py": 22,
    "tests/engine/test_performance.py": 21,
    "tests/security/test_api_fuzz.py": 19,
    "tests/browser/test_patient_after_the_answer.py": 18,
    "tests/platform/test_fault_redis_outage.py": 16,
    "tests/browser/test_doctor_committee_library.py": 15,
    "tests/browser/test_patient_journey.py": 14,
    "tests/platform/test_fault_worker_kill.py": 13,
    "tests/platform/test_commands.py": 12,
    "tests/deid/test_tagger_guards.py": 11,
    "tests/doctor_space/test_leak_report_everywhere.py": 10,
    "tests/triage_core/test_learned.py": 10,
    "tests/engine/test_stance_model.py": 10,
    "tests/platform/test_query_budgets.py": 9,
    "tests/community/test_identity_and_lists.py": 8,
    "tests/triage_core/test_perturbation.py": 7,
    "tests/security/test_hostile_requests.py": 7,
    "tests/browser/test_ask_a_colleague.py": 7,
    "tests/deid/test_time_phrases.py": 7,
    "tests/deid/test_possible.py": 7,
    "tests/security/test_security.py": 6,
    "tests/deid/test_command.py": 6,
    "tests/patient_portal/test_library_at_scale.py": 6,
    "tests/triage_core/test_red_flags.py": 6,
    "tests/engine/test_blind_answers.py": 5,
    "tests/triage_core/test_discriminators.py": 5,
    "tests/triage_core/test_preview.py": 5,
    "tests/browser/test_doctor_verification_in_a_browser.py": 5,
    "tests/browser/test_closed_space_in_a_browser.py": 5,
    "tests/registers/test_register_matching.py": 4,
    "tests/triage_core/test_routing.py": 4,
    "tests/triage_core/test_blind_sets_round3.py": 4,
    "tests/accounts/test_staff_second_factor.py": 4,
    "tests/platform/test_flow_api.py": 3,
    "tests/platform/test_idempotency.py": 3,
    "tests/patient_portal/test_confirm_before_queue.py": 3,
    "tests/accounts/test_login_throttling.py": 3,
    "tests/browser/test_live_check.py": 3,
    "tests/triage_core/test_data.py": 3,
    "tests/patient_portal/test_follow_ups.py": 3,
    "tests/patient_portal/test_library_page_cache.py": 3,
    "tests/platform/test_outbox.py": 3,
    "tests/security/test_no_500.py": 3,
    "tests/platform/test_real_worker.py": 3,
}
# A file not in the table: this much per test (the mean of the files under 2 s in the same run).
SECONDS_PER_TEST = 0.024


# One unit for the whole folder (its tests share a chromium and a live server per process).
FOLDER_UNITS = ("tests/browser/",)
# One unit per test (each case independent, nothing shared outside the process).
SPLIT_FILES = ("tests/platform/test_heldout_regression.py",)


def unit_of(nodeid: str) -> str:
    """The work unit of a test: its file, its folder (FOLDER_UNITS) or itself (SPLIT_FILES)."""
    path = nodeid.split("::", 1)[0]
    for folder in FOLDER_UNITS:
        if path.startswith(folder):
            return folder
    return nodeid if path in SPLIT_FILES else path


def estimated_seconds(path: str, tests: int) -> float:
    return MEASURED_SECONDS.get(path, tests * SECONDS_PER_TEST)


def unit_seconds(unit: str, tests: int, tests_per_file: dict[str, int]) -> float:
    """A unit's estimate: a folder's measured files summed, a split file's share per test."""
    if unit in FOLDER_UNITS:
        return sum(s for path, s in MEASURED_SECONDS.items() if path.startswith(unit)) or (
            tests * SECONDS_PER_TEST
        )
    path = unit.split("::", 1)[0]
    if path != unit:  # one test of a split file
        return estimated_seconds(path, tests_per_file[path]) / tests_per_file[path]
    return estimated_seconds(path, tests)


class LongestFilesFirst(LoadFileScheduling):  # type: ignore[misc]  # xdist is untyped
    """LoadFileScheduling with its units (files, the browser folder, the held-out cases) sorted by estimated
    time before the first hand-out."""

    def __init__(self, config: Any, log: Any = None) -> None:
        super().__init__(config, log)
        self._sorted = False

    def _split_scope(self, nodeid: str) -> str:
        return unit_of(nodeid)

    def _assign_work_unit(self, node: Any) -> None:
        if not self._sorted:  # the queue is complete when the first unit is handed out
            self._sorted = True
            per_file: dict[str, int] = {}
            for nodeids in self.workqueue.values():
                for nodeid in nodeids:
                    path = nodeid.split("::", 1)[0]
                    per_file[path] = per_file.get(path, 0) + 1
            ordered = sorted(
                self.workqueue.items(),
                key=lambda item: -unit_seconds(item[0], len(item[1]), per_file),
            )
            self.workqueue.clear()
            self.workqueue.update(ordered)
        super()._assign_work_unit(node)
