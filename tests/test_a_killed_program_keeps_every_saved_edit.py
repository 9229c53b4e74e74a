"""A process killed in the middle of a stream of edits loses none whose call had returned."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from builders import new_project_file

from excellence_app.services.project import ProjectService

WRITER = r"""
import sys
from excellence_app.services.project import ProjectService
svc = ProjectService.open(sys.argv[1])
cycle = svc.cycles.all()[0].id
assessor = svc.scoring.add_assessor(cycle, "甲", "lead").id
items = [i.id for i in svc.framework.items()]
n = 0
while True:
    item = items[n % len(items)]
    svc.scoring.set_score(assessor, item, percent=(n * 5) % 105)
    svc.content.set_response(cycle, "4.1.2a", f"第 {n} 次修改")
    print(n, flush=True)
    n += 1
"""


def test_sigkill_loses_no_returned_edit(tmp_path: Path) -> None:
    path = tmp_path / "k.exa"
    new_project_file(path, org="甲")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    last = -1
    for line in proc.stdout:
        last = int(line)
        if last >= 60:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with ProjectService.open(path) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        text = snap.responses["4.1.2a"].text
        done = int(text.split()[1])
        assert done >= last, "an edit reported as saved was lost"
        scores = {s.item_id: s.percent for s in snap.scores}
        items = [i.id for i in svc.framework.items()]
        # The kill may land after edit done+1's score was committed and before its response:
        # that item may hold either its older or its newer score; every other item its last.
        racing = items[(done + 1) % len(items)]
        assert scores[racing] in {((done + 1 - k) * 5) % 105 for k in (0, len(items))}
        for n in range(max(0, done - len(items) + 2), done + 1):
            assert scores[items[n % len(items)]] == (n * 5) % 105
