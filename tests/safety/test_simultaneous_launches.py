"""Single instance: 20 simultaneous launches give exactly one running app; a killed app's
stale lock is cleared by itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHES = 20


def _launch(home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ARTISAN_CRM_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with open(home.parent / f"launch-{time.monotonic_ns()}.log", "wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "artisan_crm", "-v", *args], env=env, stdout=log, stderr=log
        )


@pytest.mark.slow
def test_twenty_simultaneous_launches_give_one_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    # An existing database, so that no start waits on the first-start choice for long.
    assert (
        subprocess.run(
            [sys.executable, "-m", "artisan_crm", "db", "upgrade"],
            env=dict(os.environ, ARTISAN_CRM_HOME=str(home)),
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    started = time.monotonic()
    processes = [_launch(home) for _ in range(LAUNCHES)]
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            running = [p for p in processes if p.poll() is None]
            if len(running) <= 1:
                break
            time.sleep(0.2)
        # Give a late loser its chance to finish before counting.
        time.sleep(2)
        running = [p for p in processes if p.poll() is None]
        exits = sorted(p.returncode for p in processes if p.returncode is not None)
        with capsys.disabled():
            print(
                f"\n[single instance] launches={LAUNCHES} running={len(running)} "
                f"exit codes={exits} in {time.monotonic() - started:.1f} s"
            )
        if len(running) != 1:
            for log in sorted(tmp_path.glob("launch-*.log")):
                print(log.name, log.read_text(errors="replace")[-1500:])
        assert len(running) == 1
        assert exits == [0] * (LAUNCHES - 1)  # each other start handed over and left quietly
        survivor = running[0]
        # Killed without cleaning up: its lock file stays behind...
        survivor.send_signal(signal.SIGKILL)
        survivor.wait(timeout=30)
        assert (home / "artisan-crm.lock").exists()
        # ...and the next start clears it by itself.
        smoke = _launch(home, "--smoke")
        assert smoke.wait(timeout=120) == 0
    finally:
        for p in processes:
            if p.poll() is None:
                p.kill()
                p.wait()
