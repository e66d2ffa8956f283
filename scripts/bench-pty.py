#!/usr/bin/env python3
"""Time from spawn until a text appears on a pseudo-terminal (used by scripts/bench.mjs).

Usage: bench-pty.py TIMEOUT_SECONDS TEXT COMMAND [ARGS...]

Runs COMMAND with stdin, stdout and stderr on a fresh 80x24 pty (so it sees a terminal and
starts its interactive wizard), reads the pty until TEXT appears (colour codes stripped),
then kills the command. Prints `ms=<milliseconds>` on stdout and exits 0. The clock runs in
here, not in the caller, so Python's own start-up is not counted.

If the command exits, or TIMEOUT_SECONDS pass, before TEXT appears: prints what the command
wrote to stderr and exits 1.
"""
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]")


def open_pty(rows=24, cols=80):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return master, slave


def kill(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session, so this reaches any children too
    except ProcessLookupError:
        pass
    proc.wait()


def main():
    timeout, text, cmd = float(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
    master, slave = open_pty()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
    os.close(slave)  # so reading the master ends (EIO) once the command exits
    seen = b""
    deadline = start + timeout
    try:
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no {text.decode()!r} within {timeout:g} s")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every copy of the slave is closed, the command has exited
                chunk = b""
            if not chunk:
                raise RuntimeError(f"exited with {proc.wait()} before {text.decode()!r} appeared")
            seen += chunk
            if text in ANSI.sub(b"", seen):
                ms = (time.perf_counter() - start) * 1000
                print(f"ms={ms:.3f}")
                return 0
    except (TimeoutError, RuntimeError) as e:
        sys.stderr.write(f"{' '.join(cmd)}: {e}\n--- pty output ---\n")
        sys.stderr.write(seen.decode("utf-8", "replace") + "\n")
        return 1
    finally:
        kill(proc)
        os.close(master)


if __name__ == "__main__":
    sys.exit(main())
