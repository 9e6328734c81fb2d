#!/usr/bin/env python3
"""Fails when the server can send a problem type that docs/api.md does not document.

The types come from two places in the source: every code of the ErrorCode enum
(src/common/error.h; `problem(const Error&)` sends `urn:orbis:problem:<code>`), and every
literal type given to `problem(STATUS, "type", …)` anywhere under src/ (a call may break
its line after the status). The documentation is the table in docs/api.md whose first
column is the type. Prints each missing type and exits 1; prints the count and exits 0.

usage: check_problem_types.py [REPOSITORY]
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2])

enum = re.search(r"enum class ErrorCode \{(.*?)\};", (root / "src/common/error.h").read_text(), re.S)
if not enum:
    sys.exit("check_problem_types: no ErrorCode enum in src/common/error.h")
body = re.sub(r"//[^\n]*", "", enum.group(1))
types = {name.strip() for name in body.split(",") if name.strip()}

literal = re.compile(r"\bproblem\(\s*\d{3}\s*,\s*\"([a-z_]+)\"")
for path in sorted((root / "src").rglob("*.cc")):
    if path.name.endswith("_test.cc"):
        continue
    types.update(literal.findall(path.read_text()))

documented = set(re.findall(r"^\| ([a-z_]+) \| \d{3}", (root / "docs/api.md").read_text(), re.M))
missing = sorted(types - documented)
for t in missing:
    print(f"docs/api.md does not document the problem type urn:orbis:problem:{t}")
if missing:
    sys.exit(1)
print(f"check_problem_types: all {len(types)} problem types are documented")
