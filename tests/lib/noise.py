#!/usr/bin/env python3
"""The issue's "Noise" check on a --report JSON: no finding about a statement
that another rule dropped, and no "kept" / "left unchanged" finding about a
dropped statement.

It needs to know, for each finding, which statement it is about and what it
did to it. The report gives that in these fields of every finding (the
contract this check holds the report to):
  statement_offset  byte offset in its input file of the statement's first
                    byte (the statement's identity: findings about one
                    statement share it, whatever token they point at)
  statement_line    the line of that byte (for the message)
  kind              what the finding did to the statement: "drop",
                    "rewrite", "comment", "keep" (reported, left unchanged),
                    "stop" (an error that ended the run) or "none"
                    (a remark about no statement: input, summary)
A statement is dropped when one of its findings has kind "drop". Then every
other finding about it must come from the same rule and must not be a
"keep" or "rewrite" (a finding saying the dropped statement was kept or
changed, or a second rule commenting on what the first removed, is noise).

Prints one line per noisy statement; exit 0 clean, 1 noise, 2 the report
lacks the fields (printing how many findings lack them).
Usage: noise.py REPORT.json [LABEL]
"""
import json
import sys
from collections import defaultdict

report = json.load(open(sys.argv[1]))
label = sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
fields = ('statement_offset', 'statement_line', 'kind')
lacking = 0
total = 0
groups = defaultdict(list)
for rule, findings in report.get('findings', {}).items():
    for f in findings:
        total += 1
        if any(k not in f for k in fields):
            lacking += 1
            continue
        if f['kind'] == 'none':
            continue
        groups[(f['file'], f['statement_offset'])].append((rule, f))
if lacking:
    print(f"{label}: {lacking} of {total} findings lack {', '.join(fields)}: the report cannot say "
          "which statement a finding is about nor what it did to it")
    sys.exit(2)
noisy = 0
for (file, offset), fs in sorted(groups.items()):
    droppers = {rule for rule, f in fs if f['kind'] == 'drop'}
    if not droppers:
        continue
    for rule, f in fs:
        if rule in droppers and len(droppers) == 1 and f['kind'] in ('drop', 'comment', 'stop'):
            continue
        noisy += 1
        print(f"{label}:{f['statement_line']}: statement dropped by [{','.join(sorted(droppers))}], "
              f"yet [{rule}] {f['severity']} ({f['kind']}) at {f['line']}:{f['column']}: {f['message'][:200]}")
sys.exit(1 if noisy else 0)
