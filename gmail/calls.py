"""Every Gmail call goes through a `Gateway`: quota pacing, retries with backoff, and batches whose failed
parts are queued again.

Batches: at most 100 calls per batch, "larger than 50 not recommended", and users report 429s at 25-100 parts
sent back to back (https://developers.google.com/gmail/api/guides/batch; amd/gaia#2720,
keinobjekt/BandcampReleaseSummary PR #2, which settled on 20). We default to 20: the largest size reported to
work, and the pacer spaces batches out once the per-minute budget is in use. A batch whose parts come back with
"Too many concurrent requests" halves the size (down to 5).

`BatchHttpRequest.execute` has no retries and hands each part's error to the callback
(googleapiclient/http.py), so failed parts are retried here, with their own backoff, in later batches.
A server that has no batch endpoint (404/405/501, or 400 for the envelope, or an answer that is not a batch
answer; e.g. vercel-labs/emulate answers 404) is used with single calls from then on.

httplib2 is not thread-safe (googleapis/google-api-python-client#568, docs/thread_safety.md). A Gateway is used
from one thread only; the pacer budget, not concurrency, is what limits a scan's speed.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from google.auth.exceptions import RefreshError
from googleapiclient.errors import BatchError, HttpError

from . import retry as rt
from .errors import ApiFailure, AuthProblem, GmailProblem
from .pacing import UnitPacer
from .units import CLASSIC, DEFAULT_BATCH_SIZE, MAX_BATCH

NO_BATCH_STATUSES = frozenset({400, 404, 405, 501})  # the batch envelope itself refused: no batch support
MIN_BATCH_SIZE = 5

Maker = Callable[[], Any]  # builds a fresh googleapiclient HttpRequest
ABSENT = object()  # what a `recover` function returns when the call surely did not take effect


@dataclass
class CallStats:
    """What the client saw (the server's own counters may differ: e.g. a dropped call it did run)."""

    calls: int = 0  # API calls sent (batch parts counted one by one, retries included)
    http_requests: int = 0
    batches: int = 0
    retries: int = 0
    rate_limited: int = 0  # 429 / rate-limit 403 answers
    server_errors: int = 0  # 5xx answers
    transport_errors: int = 0  # no answer (dropped connection, timeout)
    failed: int = 0  # calls given up on (non-retryable errors included)
    units: int = 0  # units reserved for calls the server did not refuse
    per_method: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.__dict__.items()}


K = TypeVar("K", bound=Hashable)  # a caller's key for one call of a stream


@dataclass
class _Entry(Generic[K]):
    key: K
    method: str
    make: Maker
    attempts: int = 0
    not_before: float = 0.0


def auth_problem_from(exc: BaseException) -> AuthProblem:
    """A user-facing message for a refresh failure or a missing-scope answer."""
    from .auth import refresh_problem  # late import: auth imports the OAuth flow libraries

    if isinstance(exc, RefreshError):
        return refresh_problem(exc)
    return AuthProblem("Gmail refused the call: the saved sign-in does not include the permission it needs "
                       "(labels need `regrets auth --label`). Run `regrets auth` again with the options you need.")


class Gateway:
    """Paced, retried Gmail calls for one service object (one thread)."""

    def __init__(self, service: Any, *, pacer: UnitPacer | None = None, units: dict[str, int] | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, max_attempts: int = 8, backoff: rt.Backoff | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if not 1 <= batch_size <= MAX_BATCH:
            raise ValueError(f"batch size must be between 1 and {MAX_BATCH}")
        self.service = service
        self.users = service.users()
        self.pacer = pacer or UnitPacer(None)
        self.units = units or CLASSIC
        self.batch_size = batch_size
        self._size = batch_size
        self.max_attempts = max_attempts
        self.backoff = backoff or rt.Backoff()
        self.batching = True  # False once the server showed it has no batch endpoint
        self.clock = clock
        self.sleep = sleep
        self.stats = CallStats()

    # ---- helpers -----------------------------------------------------------------------------------------------
    def cost(self, method: str) -> int:
        return self.units.get(method, 5)

    def _count(self, method: str, n: int = 1) -> None:
        self.stats.calls += n
        self.stats.per_method[method] = self.stats.per_method.get(method, 0) + n

    def _note_failure(self, exc: BaseException) -> None:
        status = rt.status_of(exc)
        if rt.is_refused(exc):
            self.stats.rate_limited += 1
        elif status is not None and status >= 500:
            self.stats.server_errors += 1
        elif status is None:
            self.stats.transport_errors += 1

    def _charged(self, method: str, exc: BaseException | None) -> int:
        """Units the server may have charged: nothing for refusals (429, rate-limit 403), all otherwise. A 5xx
        stays on the ledger: the call may have run before the answer was lost (a write that took effect and
        then answered 500 is charged), and counting it never lets the pacer spend past the server's limit."""
        if exc is not None and rt.is_refused(exc):
            return 0
        return self.cost(method)

    def _hint(self, exc: BaseException) -> float | None:
        hint = rt.retry_after(exc)
        if hint is not None and rt.is_refused(exc):
            self.pacer.cool_down(hint)  # the whole user is over its limit, not just this call
        return hint

    @staticmethod
    def _fatal(exc: BaseException) -> None:
        if isinstance(exc, RefreshError) or rt.is_scope_error(exc):
            raise auth_problem_from(exc) from None

    # ---- single calls ------------------------------------------------------------------------------------------
    def call(self, method: str, make: Maker, *, recover: Callable[[], Any] | None = None) -> Any:
        """Run one call with pacing and retries. Non-retryable errors are raised at once (an HttpError for the
        caller to inspect); after the last attempt the last error is raised.

        `recover` makes a write safe to retry: it runs before sending again a call whose fate is unknown (no
        answer, or a 5xx after which the server may still have acted) and returns the call's result when it
        took effect, or `ABSENT` when it surely did not (then the call is sent again). When `recover` itself
        fails, the outcome is still unknown: it is tried again (with backoff), never the write."""
        attempt = 0
        while True:
            ticket = self.pacer.acquire(self.cost(method))
            self._count(method)
            self.stats.http_requests += 1
            try:
                result = make().execute(num_retries=0)
            except Exception as exc:  # noqa: BLE001 - classified below
                self.pacer.settle(ticket, self._charged(method, exc))
                self._fatal(exc)
                self._note_failure(exc)
                attempt += 1
                if not rt.is_retryable(exc) or attempt >= self.max_attempts:
                    self.stats.failed += 1
                    raise
                self.stats.retries += 1
                self.sleep(self.backoff.delay(attempt - 1, self._hint(exc)))
                if recover is not None and not rt.is_refused(exc):
                    attempt, found = self._recover(recover, attempt, exc)
                    if found is not ABSENT:
                        return found
                continue
            self.pacer.settle(ticket)
            self.stats.units += self.cost(method)
            return result

    def _recover(self, recover: Callable[[], Any], attempt: int, cause: BaseException) -> tuple[int, Any]:
        """Run `recover` until it can tell (a result or ABSENT), sharing the call's attempts; when it never can,
        the write failed with its outcome unknown and `cause` is raised."""
        while True:
            try:
                return attempt, recover()
            except GmailProblem:
                raise
            except Exception as exc:  # noqa: BLE001 - the check itself failed: still unknown
                self._fatal(exc)
                attempt += 1
                if attempt >= self.max_attempts:
                    self.stats.failed += 1
                    raise cause from None
                self.stats.retries += 1
                self.sleep(self.backoff.delay(attempt - 1, self._hint(exc)))

    # ---- batches -----------------------------------------------------------------------------------------------
    def stream(self, items: Iterable[tuple[K, str, Maker]]) -> Iterator[tuple[K, Any, BaseException | None]]:
        """Run (key, method, make) calls in batches; yield (key, result, None) or (key, None, error) as each
        call finishes for good. Failed parts go back in the queue with their own backoff."""
        queue: deque[_Entry[K]] = deque(_Entry(k, m, f) for k, m, f in items)
        while queue:
            now = self.clock()
            ready: list[_Entry[K]] = []
            waiting: deque[_Entry[K]] = deque()
            while queue:
                e = queue.popleft()
                if e.not_before <= now and len(ready) < self._size:
                    ready.append(e)
                else:
                    waiting.append(e)
            queue = waiting
            if not ready:
                self.sleep(max(0.0, min(e.not_before for e in queue) - now))
                continue
            for entry, result, exc in self._send(ready):
                if exc is None:
                    yield entry.key, result, None
                    continue
                self._fatal(exc)
                self._note_failure(exc)
                entry.attempts += 1
                if rt.is_retryable(exc) and entry.attempts < self.max_attempts:
                    self.stats.retries += 1
                    entry.not_before = self.clock() + self.backoff.delay(entry.attempts - 1, self._hint(exc))
                    queue.append(entry)
                else:
                    self.stats.failed += 1
                    yield entry.key, None, exc

    def _single(self, e: _Entry) -> tuple[_Entry, Any, BaseException | None]:
        """One call without a batch envelope."""
        ticket = self.pacer.acquire(self.cost(e.method))
        self._count(e.method)
        self.stats.http_requests += 1
        try:
            result = e.make().execute(num_retries=0)
        except Exception as exc:  # noqa: BLE001
            self.pacer.settle(ticket, self._charged(e.method, exc))
            return (e, None, exc)
        self.pacer.settle(ticket)
        self.stats.units += self.cost(e.method)
        return (e, result, None)

    def _send(self, entries: list[_Entry]) -> list[tuple[_Entry, Any, BaseException | None]]:
        if len(entries) == 1 or not self.batching:
            return [self._single(e) for e in entries]
        units = sum(self.cost(e.method) for e in entries)
        ticket = self.pacer.acquire(units)
        for e in entries:
            self._count(e.method)
        self.stats.http_requests += 1
        self.stats.batches += 1
        answers: dict[str, tuple[Any, BaseException | None]] = {}

        def collect(request_id: str, response: Any, exception: BaseException | None) -> None:
            answers[request_id] = (response, exception)

        batch = self.service.new_batch_http_request(callback=collect)
        for i, e in enumerate(entries):
            batch.add(e.make(), request_id=str(i))
        try:
            batch.execute()
        except Exception as exc:  # noqa: BLE001 - the whole batch failed: every part gets the error
            if rt.status_of(exc) in NO_BATCH_STATUSES or isinstance(exc, BatchError):
                self.pacer.settle(ticket, 0)  # nothing ran
                self.batching = False
                return [self._single(e) for e in entries]
            self.pacer.settle(ticket, 0 if rt.is_refused(exc) else units)
            return [(e, None, exc) for e in entries]
        out: list[tuple[_Entry, Any, BaseException | None]] = []
        charged = 0
        concurrent = False
        for i, e in enumerate(entries):
            response, failure = answers.get(str(i), (None, ApiFailure("the batch answer had no part for this call")))
            if failure is not None and rt.is_refused(failure) and "concurrent" in rt.message_of(failure).lower():
                concurrent = True
            charged += self._charged(e.method, failure)
            out.append((e, response, failure))
        self.pacer.settle(ticket, charged)
        self.stats.units += charged
        if concurrent:
            self._size = max(MIN_BATCH_SIZE, self._size // 2)
        elif self._size < self.batch_size:
            self._size += 1
        return out


def describe_failure(exc: BaseException) -> str:
    """A short, body-free description of a failed call for reports."""
    status = rt.status_of(exc)
    if status is not None:
        msg = rt.message_of(exc)
        return f"HTTP {status}" + (f" ({msg})" if msg else "")
    if rt.is_transport_error(exc):
        return f"no answer ({rt.transport_reason(exc)})"
    return f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__


def ensure_http_error_message(exc: BaseException, what: str) -> ApiFailure:
    """An ApiFailure for a call the scan cannot go on without, saying what to do next."""
    if isinstance(exc, HttpError):
        return ApiFailure(f"{what} failed: {describe_failure(exc)}. Run the command again later; if it keeps "
                          "failing, check https://www.google.com/appsstatus")
    if rt.is_transport_error(exc):
        from .service import API_ROOT_ENV, api_root

        root = api_root()
        where = f"the Gmail API server at {root}" if root else "Gmail"
        todo = (f"Start it (`regrets emulator --mailbox ...` prints the {API_ROOT_ENV} to export), or unset "
                f"{API_ROOT_ENV} to use Gmail" if root else "Check the network connection and run the command again")
        return ApiFailure(f"{what} failed: no answer from {where} ({rt.transport_reason(exc)}). {todo}.")
    return ApiFailure(f"{what} failed: {exc.__class__.__name__}")
