"""Small helpers shared by the benchmark modules: plain-text tables, number formats, memory."""

from __future__ import annotations

import math
import re
import resource
import sys
import traceback


def fmt_int(x) -> str:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return "-"
    return f"{round(x):,}"


def fmt_num(x, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return "-"
    return f"{x:,.{digits}f}"


def fmt_mb(kib) -> str:
    return "-" if kib is None else f"{kib / 1024:,.0f} MB"


def print_table(rows: list[list[str]], header: list[str], file=None) -> None:
    """Print rows under a header, columns padded; text columns left, the rest right-aligned."""
    out = file or sys.stdout
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = [
        all(re.fullmatch(r"[>≥]?[-+]?[\d,.]+\s*(x|%|s|MB|µs)?|-|FAILED|TIMEOUT|", r[i]) for r in cells[1:])
        and len(cells) > 1
        for i in range(len(header))
    ]

    def line(r):
        return "  ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(r, widths, numeric, strict=True))

    print(line(header).rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in cells[1:]:
        print(line(r).rstrip(), file=out)
    out.flush()


def cpu_seconds() -> float:
    """CPU time of this process plus that of its children waited for so far (user + system)."""
    import time

    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ch.ru_utime + ch.ru_stime


class Clock:
    """Wall-clock and CPU seconds of a block: ``with Clock() as c: ...; c.wall, c.cpu``.

    CPU time counts this process and the helper processes it waited for. On a machine shared
    with other work it is the steadier measure: waiting for a core is not counted.
    """

    def __enter__(self):
        import time

        self._w, self._c = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc):
        import time

        self.wall = time.perf_counter() - self._w
        self.cpu = cpu_seconds() - self._c
        return False


def proc_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) a running process has used so far, from /proc/<pid>/stat."""
    import os

    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def rss_kib() -> int | None:
    """Current resident set size (KiB) from /proc, or None where there is no /proc."""
    return _status_field("VmRSS")


def peak_rss_kib() -> int | None:
    """Peak resident set size (KiB) since the process started or since ``reset_peak_rss``."""
    hwm = _status_field("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def children_peak_rss_kib() -> int:
    """Peak resident set size (KiB) of the largest child process waited for so far (0 if none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (Linux >= 4.0: ``5 > /proc/self/clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _status_field(name: str) -> int | None:
    try:
        with open("/proc/self/status") as fh:
            m = re.search(rf"^{name}:\s+(\d+)\s+kB", fh.read(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


# Articles that make extract_claims raise, found once per run and shared by the benchmarks that
# run in the same process (bench_extract finds them; bench_pipeline reuses what it found).
KNOWN_FAILURES: dict[str, list[tuple[str, str]]] = {}


def failing_articles(articles, label: str, chunk: int = 1000) -> list[tuple[str, str]]:
    """``(article_id, error)`` of every article that makes ``extract_claims`` raise on its own.

    Runs the public API chunk by chunk and article by article inside a chunk that fails, so it
    costs about one more full extraction. Cached under ``label`` for this process.
    """
    import warnings

    import claimtrack as ct

    if label in KNOWN_FAILURES:
        return KNOWN_FAILURES[label]
    bad: list[tuple[str, str]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lo in range(0, len(articles), chunk):
            part = articles.iloc[lo : lo + chunk]
            try:
                ct.extract_claims(part)
                continue
            except Exception:  # noqa: BLE001 - narrowed down below
                pass
            for i in range(len(part)):
                one = part.iloc[i : i + 1]
                try:
                    ct.extract_claims(one)
                except Exception as exc:  # noqa: BLE001 - this is what is being looked for
                    bad.append((str(one["article_id"].iloc[0]), f"{type(exc).__name__}: {exc}"))
    KNOWN_FAILURES[label] = bad
    return bad


def corpus_label(articles) -> str:
    """A key for ``KNOWN_FAILURES``: the same corpus gets the same key in every benchmark."""
    ids = articles["article_id"]
    return f"{len(ids)}:{ids.iloc[0]}:{ids.iloc[-1]}" if len(ids) else "empty"


def emit(record: dict) -> None:
    """Send one record from a worker process to its parent (a JSON line on stdout)."""
    import json

    print(json.dumps(record), flush=True)


def run_worker(cmd: list[str], on_record, should_stop=lambda: False, before_kill=None, poll: float = 0.25) -> dict:
    """Run a worker process that emits JSON lines; pass each to ``on_record`` as it arrives.

    ``should_stop()`` is polled; when it turns true ``before_kill(pid)`` is called (to read the
    worker's CPU time, say) and the worker (our own child) is killed.
    Returns ``{"returncode", "stopped", "stderr"}``.
    """
    import json
    import subprocess
    import tempfile
    import threading
    import time

    with tempfile.TemporaryFile(mode="w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)

        def read():
            for line in proc.stdout:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                on_record(rec)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        stopped = False
        while proc.poll() is None:
            time.sleep(poll)
            if should_stop():
                stopped = True
                if before_kill:
                    before_kill(proc.pid)
                proc.kill()
                proc.wait()
        reader.join(timeout=10)
        err.seek(0)
        return {"returncode": proc.returncode, "stopped": stopped, "stderr": err.read()}


def error_record(stage: str, exc: BaseException) -> dict:
    """What a worker process reports to its parent when a stage raised, traceback included."""
    return {
        "stage": "error",
        "during": stage,
        "error": f"{type(exc).__name__}: {exc}",
        "traceback": traceback.format_exc(),
    }
