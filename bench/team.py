"""``excellence-app bench team URL --assessors N --seconds S``: N assessors editing one project
on a team server at once, through the services, then a count of what the server holds.

The database must be empty: the bench pushes the sample into it, adds the N assessors to its
latest cycle, and lets each work from a thread of its own with its own open project (its own
connections), as N people at their desks would. Each edit is one of the day's real ones,
chosen at random: a score with its rationale (half the edits), a response's text (a third;
each assessor writes the clauses dealt to them, so two people never type into one clause in
this run), or a strength or opportunity. An edit counts once its service call has returned.

Afterwards every counted edit is looked for in the database: each assessor's last score and
rationale per item, each clause's last text, each comment, and one audit row per edit. What
is not found is ``lost``; ``conflicts`` counts the edits the server refused because another
transaction held the same rows (tried again, up to three times, and counted each time).

The client's threads share one Python interpreter, so on a small machine the figures say as
much about the client's processor as about the server's.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any

TRIES = 3


@dataclass
class Desk:
    """One simulated assessor: their id, the clauses dealt to them, and what they confirmed."""

    name: str
    assessor_id: int
    clauses: list[str]
    latencies_ms: list[float] = field(default_factory=list)
    conflicts: int = 0
    failures: list[str] = field(default_factory=list)
    scores: dict[str, tuple[int, str]] = field(default_factory=dict)  # item → (percent, rationale)
    texts: dict[str, str] = field(default_factory=dict)  # clause → text
    comments: set[str] = field(default_factory=set)


def _prepare(url: str, assessors: int) -> tuple[int, list[Desk], list[str], list[str], int]:
    """Push the sample, add the assessors; returns the cycle, the desks, the items, every
    clause and how many audit rows there were before the run."""
    import tempfile
    from pathlib import Path

    from excellence_app.services import server_copy
    from excellence_app.services.interchange import write_sample
    from excellence_app.services.project import ProjectService, project_address

    address = project_address(url)
    _require_empty(address)
    with tempfile.TemporaryDirectory(prefix="excellence-bench-team-") as tmp:
        sample = Path(tmp) / "sample.exa"
        write_sample(sample).close()
        server_copy.push(sample, address)
    with ProjectService.open(address, actor="bench") as svc:
        cycle = svc.cycles.all()[-1].id
        items = [item.id for item in svc.framework.items()]
        clauses = [clause.id for _, clause in svc.framework.clauses()]
        desks = []
        for n in range(assessors):
            name = f"压测评审员{n + 1:02d}"
            assessor = svc.scoring.add_assessor(cycle, name)
            desks.append(Desk(name, assessor.id, clauses[n::assessors] or [clauses[n % len(clauses)]]))
        audit_before = svc.audit_count()
    return cycle, desks, items, clauses, audit_before


def _require_empty(address: Any) -> None:
    """The bench fills the database: one holding a project (someone's work) is refused."""
    from excellence_app.core.errors import AppError
    from excellence_app.storage import server

    engine = server.make_engine(address)
    try:
        with engine.connect() as conn:
            holds = server.revision(conn) is not None
    finally:
        engine.dispose()
    if holds:
        raise AppError(
            f"bench team 需要一个空数据库（它会先放入示例企业），数据库 {address.database} 里已有项目，未作任何改动",
            f"bench team needs an empty database (it puts the sample into it); {address.database} "
            "holds a project; nothing was changed",
        )


def _work(url: str, cycle: int, desk: Desk, items: list[str], deadline: float, seed: int) -> None:
    from excellence_app.services.project import ProjectService

    rng = random.Random(seed)
    try:
        svc = ProjectService.open(url, actor=desk.name)
    except Exception as exc:  # reported, not raised: the other desks go on
        desk.failures.append(f"open: {exc}")
        return
    n = 0
    try:
        while time.monotonic() < deadline:
            n += 1
            roll = rng.random()
            if roll < 0.5:
                item = rng.choice(items)
                percent, why = rng.randrange(0, 101, 5), f"{desk.name}第{n}次评分的理由"

                def edit(item=item, percent=percent, why=why) -> None:
                    svc.scoring.set_score(desk.assessor_id, item, percent=percent, rationale=why)

                def confirm(item=item, percent=percent, why=why) -> None:
                    desk.scores[item] = (percent, why)
            elif roll < 0.83:
                clause = rng.choice(desk.clauses)
                text = f"{desk.name}写的第{n}稿：管理评审每季度一次，覆盖全部关键指标。"

                def edit(clause=clause, text=text) -> None:
                    svc.content.set_response(cycle, clause, text)

                def confirm(clause=clause, text=text) -> None:
                    desk.texts[clause] = text
            else:
                item, kind = rng.choice(items), rng.choice(("strength", "ofi"))
                text = f"{desk.name}的第{n}条意见"

                def edit(item=item, kind=kind, text=text) -> None:
                    svc.comments.add_comment(cycle, item, kind, text, assessor_id=desk.assessor_id)

                def confirm(text=text) -> None:
                    desk.comments.add(text)

            _timed(desk, edit, confirm)
    finally:
        svc.close()


def _timed(desk: Desk, edit: Any, confirm: Any) -> None:
    """One edit, tried again when the server refused it for another's lock; confirmed once it
    returned."""
    from sqlalchemy.exc import OperationalError

    for _ in range(TRIES):
        started = time.perf_counter()
        try:
            edit()
        except OperationalError as exc:  # deadlock or serialization: the server asks to retry
            if getattr(exc.orig, "sqlstate", "") in ("40001", "40P01"):
                desk.conflicts += 1
                continue
            desk.failures.append(str(exc).splitlines()[0])
            return
        except Exception as exc:
            desk.failures.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
            return
        desk.latencies_ms.append((time.perf_counter() - started) * 1000)
        confirm()
        return
    desk.failures.append("gave up after three conflicts")


def _lost(url: str, cycle: int, desks: list[Desk], audit_before: int) -> tuple[int, int]:
    """Confirmed edits the database does not hold, and the audit rows written in the run."""
    from excellence_app.services.project import ProjectService

    lost = 0
    with ProjectService.open(url, read_only=True) as svc:
        snap = svc.snapshot(cycle)
        scores = {(s.assessor_id, s.item_id): s for s in snap.scores}
        comments = {c.text for c in snap.comments}
        for desk in desks:
            for item, (percent, why) in desk.scores.items():
                held = scores.get((desk.assessor_id, item))
                lost += held is None or (held.percent, held.rationale) != (percent, why)
            for clause, text in desk.texts.items():
                held_text = snap.responses.get(clause)
                lost += held_text is None or held_text.text != text
            lost += len(desk.comments - comments)
        audited = svc.audit_count() - audit_before
    return lost, audited


def run_team(url: str, assessors: int, seconds: float) -> dict[str, Any]:
    """The figures of one run (see the module's docstring)."""
    from excellence_app.services.project import project_address

    address = project_address(url)
    cycle, desks, items, _, audit_before = _prepare(url, assessors)
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_work, args=(address, cycle, desk, items, deadline, n), name=desk.name)
        for n, desk in enumerate(desks)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies = sorted(ms for desk in desks for ms in desk.latencies_ms)
    edits = len(latencies)
    lost, audited = _lost(address, cycle, desks, audit_before)
    failures = [f"{desk.name}: {f}" for desk in desks for f in desk.failures]
    return {
        "assessors": assessors,
        "seconds": round(elapsed, 1),
        "edits": edits,
        "edits_per_s": round(edits / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(latencies), 2) if latencies else None,
        "p99_ms": round(latencies[min(edits - 1, int(edits * 0.99))], 2) if latencies else None,
        "conflicts": sum(desk.conflicts for desk in desks),  # retries the server asked for
        "login": address.user,
        "lost": lost,
        "audit_rows": audited,  # one per confirmed edit, or an edit went unrecorded
        "failed": len(failures),
        "failures": failures[:10],
    }


def team_text(r: dict[str, Any]) -> str:
    lines = [
        f"excellence-app bench team: {r['assessors']} assessors for {r['seconds']} s, all as {r['login']}",
        "  (roles and row-level security are the server's own, tested in tests/test_team_server_roles.py;",
        "  each assessor writes the clauses dealt to them: two people in one clause: test_team_server_window.py)",
        f"  edits      {r['edits']:>8,}   ({r['edits_per_s']} per second)",
        f"  latency    p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms",
        f"  conflicts  {r['conflicts']:>8,}   (deadlocks or serialization failures, tried again)",
        f"  lost       {r['lost']:>8,}   (confirmed edits the database does not hold)",
        f"  audit rows {r['audit_rows']:>8,}   (one per edit)",
        f"  failed     {r['failed']:>8,}",
    ]
    lines += [f"    {f}" for f in r["failures"]]
    return "\n".join(lines)
