#!/usr/bin/env python3
"""Re-lint latency per keystroke of `merrow lsp` on a 1,000-line Markdown page.

The page is the seed page (../shared/seed/os2-organisation.md, or a generated
flowchart page without it) repeated to 1,000+ lines. Each keystroke is one
incremental didChange typing a character into a node label of the middle
block (and, separately, into prose); the time is from writing the message to
reading the publishDiagnostics it causes, end to end through the pipes.

  bench/lsp_keystroke.py [path/to/merrow] [keystrokes]

Measured 2026-12-08 (Release build, shared 2-core machine, seed page x14 =
1,112 lines): a keystroke in a node label 0.15 ms median, 0.20 ms p95, 0.32 ms
max; in prose 0.08 ms median; server CPU 0.13 ms per label keystroke. (The
page repeats one block, and analyses are cached per block text, so didOpen
costs about one block; a keystroke re-lints exactly the block it edits.)
"""
import json, os, statistics, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
merrow = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "merrow")
strokes = int(sys.argv[2]) if len(sys.argv) > 2 else 300
seed = os.path.join(root, "..", "shared", "seed", "os2-organisation.md")
if os.path.exists(seed):
    unit = open(seed, encoding="utf-8").read()
else:
    unit = "# Page\n\nProse.\n\n```mermaid\nflowchart LR\n" + "".join(f"  n{i}[Node {i}] --> n{i+1}\n" for i in range(40)) + "```\n\n"
page = unit
while page.count("\n") < 1000:
    page += "\n" + unit
lines = page.split("\n")
# The middle block's first label line: `[` of a node somewhere in the middle of the page.
target = next(i for i in range(len(lines) // 2, len(lines)) if "[" in lines[i] and "-->" in lines[i])
prose = next(i for i in range(len(lines) // 2, len(lines)) if lines[i] and not lines[i].startswith(("`", " ", "\t")) and "-->" not in lines[i])

proc = subprocess.Popen([merrow, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(obj):
    body = json.dumps(obj).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def read():
    length = 0
    while True:
        line = proc.stdout.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

def wait_diagnostics():
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics":
            return m

uri = "file:///tmp/merrow-bench/page.md"
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
read()
t0 = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": page}}})
wait_diagnostics()
open_ms = (time.perf_counter() - t0) * 1000

def keystrokes(line, column):
    times = []
    for k in range(strokes):
        change = {"range": {"start": {"line": line, "character": column + k}, "end": {"line": line, "character": column + k}}, "text": "x"}
        t = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": 2 + k}, "contentChanges": [change]}})
        wait_diagnostics()
        times.append((time.perf_counter() - t) * 1000)
    return times

def cpu_ms():  # the server's user + system CPU time so far (/proc, clock ticks)
    fields = open(f"/proc/{proc.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

c0 = cpu_ms()
label = keystrokes(target, lines[target].index("[") + 1)
c1 = cpu_ms()
text = keystrokes(prose, 0)
c2 = cpu_ms()
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
read()
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait()

def row(name, t):
    t = sorted(t)
    print(f"| {name} | {statistics.median(t):.2f} ms | {t[int(len(t) * 0.95)]:.2f} ms | {t[-1]:.2f} ms |")

print(f"page: {page.count(chr(10))} lines, {len(page)} bytes, {page.count('```mermaid')} mermaid blocks; didOpen {open_ms:.1f} ms")
print("| keystroke (didChange -> publishDiagnostics) | median | p95 | max |")
print("| --- | --- | --- | --- |")
row(f"inside a node label ({strokes})", label)
row(f"in prose ({strokes})", text)
print(f"server CPU per keystroke: {(c1 - c0) / strokes:.3f} ms in a label, {(c2 - c1) / strokes:.3f} ms in prose "
      "(wall-clock tails above include the scheduler of a shared machine)")
