"""A batch that no document can stall: the pipeline in supervised worker processes.

Each document runs in a long-lived worker process under a time budget. A document that
outlives its budget has its worker killed (Python's ``re`` cannot be interrupted mid-match,
and a stage may hang in C code, so only a process boundary makes the budget reliable); a
worker that dies is replaced and its document tried once more; either way the document
comes back as a Problem and the batch goes on. Results come back in input order, the input
is read as it is needed, and no more than a small window of documents is held at once.

Used by ``sijill extract`` and ``sijill ingest`` alike.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from sijill.errors import SijillError
from sijill.pipeline import Pipeline
from sijill.read.article import Article, Problem

T = TypeVar("T")
R = TypeVar("R")

#: The default budget of a document: this many seconds, plus PER_CHARACTER_S per character.
#: Ordinary news (a few thousand characters) takes well under a second; the floor absorbs a
#: loaded machine, and the allowance keeps a long but ordinary document inside its budget
#: (50 µs a character is some ten times the pipeline's pace on long text).
FLOOR_S = 20.0
PER_CHARACTER_S = 50e-6

#: A document is cut off once its worker spent its budget in CPU time, or this many times
#: its budget by the clock (a stage that sleeps or waits spends no CPU time).
WALL_FACTOR = 5.0

#: Tries of a document whose worker process died under it (a crash, SIGKILL, out of memory).
_TRIES = 2

#: Jobs assigned to a worker at once: the one it runs and one waiting, so it never idles
#: while the main process stores or writes.
_PER_WORKER = 2

#: Documents read ahead of the oldest unfinished one, per worker; bounds the memory held
#: when a slow document holds up the output order.
_WINDOW_PER_WORKER = 8

#: A job larger than this (pickled bytes) goes only to an idle worker. The worker reads its
#: pipe only between documents, and a pipe holds 64 KiB, so a larger job sent to a busy
#: worker could block the main process until that document ends, and with it the budgets.
_SMALL_JOB = 32 * 1024

#: Seconds a worker may take to load the pipeline (models, patterns) before it is given up.
_START_S = 300.0

#: Clock ticks a second, the unit of CPU times in /proc.
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

#: Environment variables that set how many threads numpy's maths libraries start.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


#: A short article each worker runs before its first document, to load what stages load lazily.
_WARM_UP = Article(id="warm-up", text="انتخب المجلس الوطني أحمد علي رئيساً له في دمشق في 3 "
                                      "آذار 2013، وقال إن الاجتماع المقبل سيعقد في حلب.")


class BatchError(SijillError):
    """A batch that cannot go on: no worker process can run the pipeline."""


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity, as taskset and cgroups set it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def time_budget(characters: int, doc_timeout: float | None) -> float | None:
    """Seconds a document of ``characters`` may take; None for no limit.

    ``doc_timeout`` None gives the default (FLOOR_S plus PER_CHARACTER_S a character); a
    positive number is the budget of every document; 0 sets no limit.
    """
    if doc_timeout is None:
        return FLOOR_S + characters * PER_CHARACTER_S
    return doc_timeout if doc_timeout > 0 else None


def run_batch(items: Iterable[T], article_of: Callable[[T], Article | Problem],
              work: Callable[[Article, Pipeline], R], stages: Sequence[str], *,
              workers: int = 1, doc_timeout: float | None = None) -> Iterator[tuple[T, R | Problem]]:
    """Each item with ``work(article, pipeline)`` of its article, or a Problem, in input order.

    ``article_of`` gives the article of an item, or a Problem that is passed on as its result.
    ``work`` must be a module-level function (it is sent to the workers by name) and the
    stages' modules importable, since each worker builds its own ``Pipeline(stages)``.
    With one worker and no time limit (``doc_timeout`` 0) everything runs in this process.
    """
    if workers <= 1 and doc_timeout == 0:
        pipeline = Pipeline(stages)
        for item in items:
            found = article_of(item)
            yield item, (found if isinstance(found, Problem) else _guarded(work, found, pipeline))
        return
    pool = _Pool(work, tuple(stages), max(1, workers), doc_timeout)
    try:
        yield from _in_order(items, article_of, pool)
    except BaseException:
        # Interrupted (Ctrl-C, an error, the consumer gone): stop every worker at once, so
        # that no idle or sleeping worker keeps the command from exiting.
        pool.close(now=True)
        raise
    finally:
        pool.close()


def _in_order(items: Iterable[T], article_of: Callable[[T], Article | Problem],
              pool: _Pool[R]) -> Iterator[tuple[T, R | Problem]]:
    """Feed the pool as it has room, and give back each item once it and all before it are done."""
    source = iter(items)
    window: deque[tuple[int, T]] = deque()
    done: dict[int, R | Problem] = {}
    limit = pool.workers * _WINDOW_PER_WORKER
    exhausted = False
    seq = 0
    while True:
        while not exhausted and len(window) < limit and pool.has_room():
            try:
                item = next(source)
            except StopIteration:
                exhausted = True
                break
            found = article_of(item)
            if isinstance(found, Problem):
                done[seq] = found
            else:
                pool.submit(seq, found)
            window.append((seq, item))
            seq += 1
        while window and window[0][0] in done:
            first, item = window.popleft()
            yield item, done.pop(first)
        if exhausted and not window:
            return
        done.update(pool.collect())


def _guarded(work: Callable[[Article, Pipeline], R], article: Article,
             pipeline: Pipeline) -> R | Problem:
    """``work`` of one article, or the Problem of the exception it raised."""
    try:
        return work(article, pipeline)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return Problem(article.origin or article.id,
                       f"internal error while processing ({type(exc).__name__}: {exc}); the "
                       "document was skipped, please report it with the input")


@dataclass(slots=True)
class _Job:
    seq: int
    article: Article
    payload: bytes
    budget: float | None
    tries: int = 0


@dataclass(slots=True)
class _Worker:
    """One worker process, the pipes to and from it, and the jobs it was given."""

    process: BaseProcess
    inbox: Connection  # main process -> worker
    outbox: Connection  # worker -> main process
    born: float
    ready: bool = False
    jobs: deque[_Job] = field(default_factory=deque)  # in the order it runs them
    sent: int = 0  # how many of ``jobs`` (from the front) are in its pipe or running
    since: float = 0.0  # when the job at the front began
    cpu_since: float | None = None  # the worker's CPU seconds then (None: not measurable)

    def start_clock(self) -> None:
        """The job at the front starts now."""
        self.since = time.monotonic()
        self.cpu_since = _cpu_seconds(self.process.pid)

    def overrun(self, now: float) -> tuple[bool, float]:
        """Whether the running job outlived its budget, and if not, seconds until it may.

        The budget counts the worker's CPU time, so that a busy machine (or other workers
        on the same cores) does not push ordinary documents over it; past WALL_FACTOR
        times the budget by the clock the job is cut off all the same, since a stage that
        sleeps or waits uses no CPU.
        """
        budget = self.jobs[0].budget
        assert budget is not None
        wall = now - self.since
        if wall <= budget:
            return False, budget - wall
        cpu = _cpu_seconds(self.process.pid)
        used = cpu - self.cpu_since if cpu is not None and self.cpu_since is not None else wall
        left = min(budget - used, budget * WALL_FACTOR - wall)
        return left <= 0, max(left, 0.05)


class _Pool(Generic[R]):
    """Worker processes started as they are needed, up to ``workers``, each replaced when it
    dies or is killed; jobs in, (seq, result or Problem) out."""

    def __init__(self, work: Callable[[Article, Pipeline], R], stages: tuple[str, ...],
                 workers: int, doc_timeout: float | None) -> None:
        self.workers = workers
        self._work = work
        self._stages = stages
        self._modules = _stage_modules(stages)
        self._doc_timeout = doc_timeout
        self._context = multiprocessing.get_context("spawn")
        self._live: list[_Worker] = []
        self._finished: dict[int, R | Problem] = {}

    def has_room(self) -> bool:
        """Whether a job submitted now would start soon (a free slot in some worker)."""
        return sum(len(w.jobs) for w in self._live) < self.workers * _PER_WORKER

    def submit(self, seq: int, article: Article) -> None:
        budget = time_budget(len(article.text), self._doc_timeout)
        self._assign(_Job(seq, article, pickle.dumps((seq, article), pickle.HIGHEST_PROTOCOL),
                          budget))

    def collect(self) -> dict[int, R | Problem]:
        """Wait for at least one job to end (or a budget to run out); the ended jobs."""
        while not self._finished:
            self._wait_once()
        finished, self._finished = self._finished, {}
        return finished

    def close(self, now: bool = False) -> None:
        """Stop every worker: idle ones leave when their pipe closes, busy ones (all of them,
        ``now``) are killed."""
        for worker in self._live:
            worker.inbox.close()
        deadline = time.monotonic() + 2.0
        for worker in self._live:
            if worker.jobs or now:
                worker.process.kill()
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.outbox.close()
        self._live = []

    # -- assigning and sending ---------------------------------------------------------------

    def _assign(self, job: _Job, first: bool = False) -> None:
        """Give ``job`` to the least loaded worker, starting one if all are busy."""
        worker = min(self._live, key=lambda w: len(w.jobs), default=None)
        if worker is None or (worker.jobs and len(self._live) < self.workers):
            worker = self._start()
        if first:  # a retried job goes before the ones read after it, behind those sent
            worker.jobs.insert(worker.sent, job)
        else:
            worker.jobs.append(job)
        self._send(worker)

    def _send(self, worker: _Worker) -> None:
        """Put the worker's unsent jobs into its pipe while that cannot block."""
        while worker.ready and worker.sent < len(worker.jobs):
            job = worker.jobs[worker.sent]
            if worker.sent > 0 and (worker.sent > 1 or len(job.payload) > _SMALL_JOB):
                return
            try:
                worker.inbox.send_bytes(job.payload)
            except OSError:  # it died; its sentinel says so in the next wait
                return
            if worker.sent == 0:
                worker.start_clock()
            worker.sent += 1

    def _start(self) -> _Worker:
        inbox_read, inbox = self._context.Pipe(duplex=False)
        outbox, outbox_write = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_worker_main, daemon=True, name="sijill-worker",
            args=(inbox_read, outbox_write, self._stages, self._modules, self._work,
                  os.getpid()))
        with _one_thread_per_worker():
            process.start()
        inbox_read.close()
        outbox_write.close()
        worker = _Worker(process, inbox, outbox, born=time.monotonic())
        self._live.append(worker)
        return worker

    # -- waiting -----------------------------------------------------------------------------

    def _wait_once(self) -> None:
        if not self._live:  # pragma: no cover - collect is called with jobs outstanding
            raise RuntimeError("waiting on an empty pool")
        ready = wait([w.outbox for w in self._live] + [w.process.sentinel for w in self._live],
                     self._next_deadline())
        for worker in list(self._live):
            if worker.outbox in ready:
                if not self._read(worker):
                    self._died(worker)
            elif worker.process.sentinel in ready:
                self._died(worker)
        self._enforce_budgets()

    def _next_deadline(self) -> float | None:
        """Seconds until the earliest budget or start-up limit runs out; None if none."""
        now = time.monotonic()
        waits = [w.born + _START_S - now for w in self._live if not w.ready]
        waits += [w.overrun(now)[1] for w in self._live
                  if w.sent and w.jobs[0].budget is not None]
        return max(0.0, min(waits)) if waits else None

    def _read(self, worker: _Worker) -> bool:
        """Take one message from the worker; False when its pipe is closed (it died)."""
        try:
            message: tuple[Any, ...] = worker.outbox.recv()
        except (EOFError, OSError):
            return False
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            self._send(worker)
        elif kind == "broken":
            self._remove(worker, kill=True)
            raise BatchError(f"a pipeline worker cannot start ({message[1]})",
                             todo="run with --workers 1 --doc-timeout 0 to see the error "
                                  "where it happens")
        else:
            _, seq, result = message
            job = worker.jobs.popleft()
            assert job.seq == seq, "a worker answered out of turn"
            worker.sent -= 1
            worker.start_clock()
            self._finished[seq] = result
            self._send(worker)
        return True

    def _died(self, worker: _Worker) -> None:
        """Replace a worker that died: its running job is tried again, or reported."""
        # Results it sent before it died still count; the pipe then reads as closed.
        while worker in self._live and worker.outbox.poll() and self._read(worker):
            pass
        if worker not in self._live:  # it said it could not start: _read has raised
            return  # pragma: no cover
        worker.process.join()
        if not worker.ready:
            self._remove(worker, kill=True)
            raise BatchError(f"a pipeline worker died while starting ({_exit(worker)})",
                             todo="run with --workers 1 --doc-timeout 0 to see the error "
                                  "where it happens")
        jobs = list(worker.jobs)
        self._remove(worker, kill=False)
        if jobs and worker.sent:
            running = jobs.pop(0)
            running.tries += 1
            if running.tries >= _TRIES:
                self._finished[running.seq] = Problem(
                    running.article.id,
                    f"the worker process died {running.tries} times on it "
                    f"({_exit(worker)}; out of memory?); the document was skipped, please "
                    "report it with the input")
            else:
                jobs.insert(0, running)
        for job in reversed(jobs):
            self._assign(job, first=True)

    def _enforce_budgets(self) -> None:
        """Kill each worker whose running document outlived its budget; start no other."""
        now = time.monotonic()
        for worker in list(self._live):
            if not worker.ready and now > worker.born + _START_S:
                self._remove(worker, kill=True)
                raise BatchError(f"a pipeline worker took more than {_START_S:.0f} s to start",
                                 todo="check the machine's load and memory, or run with "
                                      "--workers 1 --doc-timeout 0")
            if not worker.sent or worker.jobs[0].budget is None:
                continue
            job = worker.jobs[0]
            if not worker.overrun(now)[0]:
                continue
            self._remove(worker, kill=True)
            self._finished[job.seq] = Problem(job.article.id, _too_long(job))
            for rest in reversed(list(worker.jobs)[1:]):
                self._assign(rest, first=True)

    def _remove(self, worker: _Worker, kill: bool) -> None:
        if kill:
            worker.process.kill()
        worker.process.join()
        worker.inbox.close()
        worker.outbox.close()
        self._live.remove(worker)


def _too_long(job: _Job) -> str:
    chars = len(job.article.text)
    return (f"took longer than {job.budget:.1f} s (the time budget for its {chars:,} "
            "characters); the document was skipped and its worker stopped; give it more time "
            "with --doc-timeout SECONDS (0: no limit), and report it with the input if it is "
            "an ordinary article")


def _exit(worker: _Worker) -> str:
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:  # pragma: no cover - a signal Python has no name for
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU seconds (user and system) process ``pid`` has used; None where /proc has no say."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def _stage_modules(stages: Sequence[str]) -> tuple[str, ...]:
    """The modules that register ``stages``, which a worker imports to find them all
    (a stage registered outside sijill, by a plugin or a test, included)."""
    from sijill.pipeline import registered

    known = registered()
    return tuple(sorted({known[name].fn.__module__ for name in stages if name in known}))


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """Workers started inside use one numpy (BLAS/OpenMP) thread each, unless the user says.

    The pool is the parallelism; BLAS threads on top of it oversubscribe the cores (and
    OpenBLAS spins while it waits). Workers read the environment when they start; the
    parent's numpy is loaded already, so only they see it.
    """
    added = [name for name in _THREAD_VARIABLES if name not in os.environ]
    os.environ.update({name: "1" for name in added})
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _worker_main(inbox: Connection, outbox: Connection, stages: tuple[str, ...],
                 modules: tuple[str, ...], work: Callable[[Article, Pipeline], Any],
                 parent: int) -> None:
    """A worker process: load the pipeline once, then run documents until the pipe closes."""
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import importlib

        for name in modules:
            importlib.import_module(name)
        pipeline = Pipeline(stages)
    except Exception as exc:  # noqa: BLE001 - told to the parent, which stops the batch
        outbox.send(("broken", f"{type(exc).__name__}: {exc}"))
        return
    # Stages load their models and patterns on first use (seconds, more on a busy machine):
    # do it now, so that no document's budget pays for it.
    _guarded(work, _WARM_UP, pipeline)
    outbox.send(("ready",))
    while True:
        try:
            seq, article = pickle.loads(inbox.recv_bytes())
        except (EOFError, OSError):  # the parent closed the pipe: the batch is over
            return
        result = _guarded(work, article, pipeline)
        try:
            outbox.send(("done", seq, result))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            outbox.send(("done", seq, Problem(article.origin or article.id,
                                              f"internal error: its result cannot be passed "
                                              f"on ({exc}); please report it with the input")))


def _die_with_parent(parent: int) -> None:
    # A worker blocks on its pipe forever once the parent is gone (a killed ingest closes
    # nothing), so ask Linux to kill it with the parent.
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
