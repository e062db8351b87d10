#!/usr/bin/env python3
"""Checks a SARIF log against the SARIF 2.1.0 structure that code scanning
relies on: required properties, ruleIndex consistent with the rules array,
1-based regions. Optionally compares the results with gcc-format lines
(FILE:LINE:COL: level: message [rule]) of the same run.
Usage: sarif_check.py LOG.sarif [GCC-LINES-FILE]; prints problems, exit 1 if any."""
import json
import re
import sys
import urllib.parse

LEVELS = {"none", "note", "warning", "error"}
problems = []


def need(cond, what):
    if not cond:
        problems.append(what)
    return cond


def is_str(x):
    return isinstance(x, str) and x != ""


log = json.load(open(sys.argv[1]))
need(log.get("version") == "2.1.0", "version must be '2.1.0'")
need(is_str(log.get("$schema", "x")), "$schema must be a string when present")
runs = log.get("runs")
if need(isinstance(runs, list) and len(runs) >= 1, "runs must be a non-empty array"):
    for ri, run in enumerate(runs):
        driver = run.get("tool", {}).get("driver")
        if not need(isinstance(driver, dict), f"runs[{ri}].tool.driver is required"):
            continue
        need(is_str(driver.get("name")), f"runs[{ri}].tool.driver.name is required")
        rules = driver.get("rules", [])
        need(isinstance(rules, list), "driver.rules must be an array")
        ids = [r.get("id") for r in rules]
        need(all(is_str(i) for i in ids), "every rule needs an id")
        need(len(ids) == len(set(ids)), "rule ids must be unique")
        for r in rules:
            for key in ("shortDescription", "fullDescription", "help"):
                if key in r:
                    need(is_str(r[key].get("text")), f"rule {r.get('id')}: {key}.text must be a string")
            need(is_str(r.get("shortDescription", {}).get("text")), f"rule {r.get('id')}: shortDescription.text missing")
            lvl = r.get("defaultConfiguration", {}).get("level", "warning")
            need(lvl in LEVELS, f"rule {r.get('id')}: bad defaultConfiguration.level {lvl}")
        results = run.get("results")
        if not need(isinstance(results, list), f"runs[{ri}].results must be an array"):
            continue
        for k, res in enumerate(results):
            where = f"results[{k}]"
            need(is_str(res.get("message", {}).get("text")), f"{where}: message.text is required")
            need(res.get("level", "warning") in LEVELS, f"{where}: bad level")
            if "ruleIndex" in res:
                idx = res["ruleIndex"]
                if need(isinstance(idx, int) and 0 <= idx < len(rules), f"{where}: ruleIndex {idx} out of range"):
                    need(rules[idx].get("id") == res.get("ruleId"),
                         f"{where}: ruleIndex {idx} names {rules[idx].get('id')}, ruleId is {res.get('ruleId')}")
            for loc in res.get("locations", []):
                pl = loc.get("physicalLocation", {})
                need(is_str(pl.get("artifactLocation", {}).get("uri")), f"{where}: artifactLocation.uri missing")
                reg = pl.get("region")
                if reg is not None:
                    for key in ("startLine", "startColumn", "endLine", "endColumn"):
                        if key in reg:
                            need(isinstance(reg[key], int) and reg[key] >= 1, f"{where}: region.{key} must be >= 1")
                    need("startLine" in reg, f"{where}: region.startLine missing")
        if len(sys.argv) > 2:
            gcc = []
            for line in open(sys.argv[2]):
                m = re.match(r"^(.*?):(\d+):(\d+): (note|warning|error): (.*) \[([a-z-]+)\]$", line.rstrip("\n"))
                if m:
                    gcc.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(6)))
            got = []
            for res in results:
                reg = res["locations"][0]["physicalLocation"]["region"]
                uri = urllib.parse.unquote(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                got.append((uri, reg["startLine"], reg["startColumn"], res["level"], res["ruleId"]))
            need(got == gcc, f"results differ from the gcc lines:\n  sarif {got}\n  gcc   {gcc}")
            need(len(gcc) > 0, "the gcc run reported nothing to compare")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
