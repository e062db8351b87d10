#!/usr/bin/env python3
"""The issue's "Noise" check on a --report JSON: no finding about a statement
that another rule dropped, and no "kept" finding about a dropped statement.

It reads, in every finding, the statement it is about and what was done to
it (the report's fields since a363de0):
  statement_line, statement_column   where that statement begins (with
                    `file`, the statement's identity: findings about one
                    statement share it, whatever token they point at)
  verdict           "drop", "rewrite", "comment", "keep" (reported, left as
                    it is) or "stop"
A finding of [parse] or [input] may lack them (not a rule's action); any
other finding without them is reported: the report cannot say what it did.
A statement is dropped when one of its findings has verdict "drop". Then
every other finding about it must come from the same rule and be a "drop",
"comment" or "stop" (a second rule commenting on what the first removed, or
a finding saying the dropped statement was kept or rewritten, is noise).

Prints one line per noisy finding; exit 0 clean, 1 noise or findings
without a verdict.
Usage: noise.py REPORT.json [LABEL]

noise.py --guess DUMP REPORT.json, for reports without those fields: splits
the (uncompressed) DUMP into statements itself (quotes, dollar quotes,
comments, COPY data) and guesses: a finding "dropped ..." at a statement's
first byte drops it; any other finding inside that statement's lines, or
one saying "kept" / "unchanged", is printed as suspected noise. A guess,
for finding what to fix, never a test verdict.
"""
import json
import re
import sys
from collections import defaultdict

def statements(path):
    """(first line, last line, first column) of each statement, 1-based."""
    text = open(path, encoding='utf-8', errors='replace').read()
    out, i, n, line = [], 0, len(text), 1
    start = None
    while i < n:
        c = text[i]
        if start is None:
            if c in ' \t\r':
                i += 1; continue
            if c == '\n':
                line += 1; i += 1; continue
            if text.startswith('--', i):
                j = text.find('\n', i); i = n if j < 0 else j; continue
            col = i - (text.rfind('\n', 0, i) + 1) + 1
            start = (line, col, i)
            if c == '\\':  # a meta-command: one line
                j = text.find('\n', i); j = n if j < 0 else j
                out.append((line, line, col)); start = None; i = j; continue
        if c == '\n':
            line += 1; i += 1
        elif text.startswith('--', i):
            j = text.find('\n', i); i = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2); j = n if j < 0 else j + 2
            line += text.count('\n', i, j); i = j
        elif c == "'" or c == '"':
            j = i + 1
            while j < n:
                if text[j] == c:
                    if j + 1 < n and text[j + 1] == c: j += 2; continue
                    break
                if c == "'" and text[j] == '\\' and text[start[2]:i].rstrip().upper().endswith('E'): j += 1
                j += 1
            j = min(n, j + 1); line += text.count('\n', i, j); i = j
        elif c == '$':
            m = re.match(r'\$([A-Za-z_][A-Za-z0-9_]*)?\$', text[i:i + 64])
            if m and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == '_')):
                tag = m.group(0); j = text.find(tag, i + len(tag)); j = n if j < 0 else j + len(tag)
                line += text.count('\n', i, j); i = j
            else:
                i += 1
        elif c == ';':
            out.append((start[0], line, start[1]))
            head = text[start[2]:i]
            start = None; i += 1
            if re.match(r'(?is)\s*COPY\b.*\bFROM\s+stdin\b', head):
                j = text.find('\n\\.\n', i); j = n if j < 0 else j + 4
                line += text.count('\n', i, j); i = j
        else:
            i += 1
    return out


def guess(dump, report_path):
    import bisect
    stmts = statements(dump)
    firsts = [s[0] for s in stmts]
    report = json.load(open(report_path))
    by = defaultdict(list)
    for rule, fs in report.get('findings', {}).items():
        for f in fs:
            k = bisect.bisect_right(firsts, f['line']) - 1
            if k >= 0 and f['line'] <= stmts[k][1]:
                by[k].append((rule, f))
    shown = 0
    for k, fs in sorted(by.items()):
        first, last, col = stmts[k]
        droppers = {r for r, f in fs if f['message'].startswith('dropped ') and f['line'] == first and f['column'] == col}
        if not droppers:
            continue
        for r, f in fs:
            kept = re.search(r'(?<!not )\bkept\b|(?<!not )unchanged', f['message'])
            if r in droppers and len(droppers) == 1 and not kept:
                continue
            shown += 1
            print(f"{dump}:{first}: dropped by [{','.join(sorted(droppers))}], yet [{r}] {f['severity']} "
                  f"at {f['line']}:{f['column']}: {f['message'][:160]}")
    return shown


if len(sys.argv) > 1 and sys.argv[1] == '--guess':
    sys.exit(1 if guess(sys.argv[2], sys.argv[3]) else 0)

report = json.load(open(sys.argv[1]))
label = sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
problems = 0
groups = defaultdict(list)
for rule, findings in report.get('findings', {}).items():
    for f in findings:
        if 'verdict' not in f or 'statement_line' not in f or 'statement_column' not in f:
            if rule not in ('parse', 'input'):
                problems += 1
                print(f"{label}:{f['line']}: [{rule}] {f['severity']} has no statement_line/statement_column/verdict: "
                      f"{f['message'][:160]}")
            continue
        groups[(f['file'], f['statement_line'], f['statement_column'])].append((rule, f))
for (file, line, column), fs in sorted(groups.items()):
    droppers = {rule for rule, f in fs if f['verdict'] == 'drop'}
    if not droppers:
        continue
    for rule, f in fs:
        if rule in droppers and len(droppers) == 1 and f['verdict'] in ('drop', 'comment', 'stop'):
            continue
        problems += 1
        print(f"{label}:{line}: statement dropped by [{','.join(sorted(droppers))}], "
              f"yet [{rule}] {f['severity']} ({f['verdict']}) at {f['line']}:{f['column']}: {f['message'][:160]}")
sys.exit(1 if problems else 0)
