#!/usr/bin/env python3
"""The walls between layers (docs/architecture.md, "Layers").

Each folder under src/ is a layer and a CMake library, declared with
orbis_layer(NAME DEPS ...) in its CMakeLists.txt. This check fails when
  1. a layer links a layer that is not below it in LAYERS (an arrow upward or sideways);
  2. a file includes a header of a layer its own layer does not link, directly or through
     the layers it links (an include the build would only find by accident);
  3. a file includes another layer's private header: one under an `internal/` folder, or
     under the store's back-end folders (`store/sql/`, `store/sqlite/`, `store/postgres/`);
  4. a layer links, or a file of it includes a header of, a library that layer keeps out
     (FORBIDDEN): the domain has no JSON (docs/architecture.md: the API's JSON is in
     http/json/, the storage's in the store's codecs).
Tests, benchmarks and fuzz targets may include any layer's public headers, and the private
headers of the layer they test (a test file beside them, or a fuzz target naming it).

usage: check_includes.py REPOSITORY_ROOT
"""
import pathlib
import re
import sys

# From the ground up: a layer may link only layers on an earlier line. Layers on one line
# are peers and may not link each other unless listed in PEERS.
LAYERS = [
    ["common"],
    ["domain"],
    ["search", "placement", "grades", "credentials", "interop", "indicators", "rules"],
    ["store"],
    ["service"],
    ["seed", "http"],
    ["app"],  # the configuration and the one wiring that `orbis serve` and the tests run
    ["cli"],  # the sub-commands, and main.cc: the program
]
PEERS = set()  # (upper, lower) pairs of one line that may link, e.g. ("interop", "grades")

# Libraries a layer may not link (by their CMake target) and its files, tests too, may not
# include (by the prefix of the header's path in <...>), with why.
FORBIDDEN = {
    "domain": [("nlohmann_json::", "nlohmann/",
                "the domain has no JSON; JSON lives in http/json/, the audit's forms in "
                "service/support/serialize.h, the stored forms in the store's codecs")],
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM_INCLUDE = re.compile(r"^\s*#\s*include\s+<([^>]+)>", re.M)
# orbis_layer(NAME DEPS ...) or, for an executable, target_link_libraries(TARGET ... orbis_X).
LINKS = re.compile(r"(?:orbis_layer|target_link_libraries)\(\s*\w+(.*?)\)", re.S)


def rank_of(layer):
    for rank, names in enumerate(LAYERS):
        if layer in names:
            return rank
    return None


def declared_links(src):
    links = {}
    for cmake in sorted(src.glob("*/CMakeLists.txt")):
        deps, test_deps = [], []
        for match in LINKS.finditer(cmake.read_text()):
            body, _, tests = match.group(1).partition("TEST_DEPS")
            deps += re.findall(r"\borbis_(\w+)", body)
            test_deps += re.findall(r"\borbis_(\w+)", tests)
        links[cmake.parent.name] = (cmake.relative_to(src.parent), deps)
        links[cmake.parent.name + " tests"] = (cmake.relative_to(src.parent), deps + test_deps)
    return links


def closure(links, layer):
    seen, todo = set(), [layer]
    while todo:
        for dep in links.get(todo.pop(), (None, []))[1]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


# Folders private to their layer besides any `internal/` one: the store's back ends.
PRIVATE_FOLDERS = {("store", "sql"), ("store", "sqlite"), ("store", "postgres")}


def private(header):
    parts = pathlib.PurePosixPath(header).parts
    return "internal" in parts[1:-1] or (len(parts) > 2 and (parts[0], parts[1]) in PRIVATE_FOLDERS)


def main(root):
    root = pathlib.Path(root)
    src = root / "src"
    problems = []
    links = declared_links(src)
    layers = {p.name for p in src.iterdir() if p.is_dir()}
    for layer in sorted(layers):
        if rank_of(layer) is None:
            problems.append(f"src/{layer}/ is not a layer in LAYERS of {pathlib.Path(__file__).name}")
    for layer, (cmake, deps) in sorted(links.items()):
        if layer.endswith(" tests"):
            continue
        for target, _, why in FORBIDDEN.get(layer, []):
            if target in (root / cmake).read_text():
                problems.append(f"{cmake}: layer {layer} links {target.rstrip(':')}: {why}")
        for dep in deps:
            # A folder's program (cli's main.cc, the `orbis` executable) links its own layer.
            if dep == layer or dep not in layers or rank_of(layer) is None or rank_of(dep) is None:
                continue
            if rank_of(dep) > rank_of(layer) or (
                    rank_of(dep) == rank_of(layer) and (layer, dep) not in PEERS):
                problems.append(f"{cmake}: layer {layer} links {dep}, which is not below it")

    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cc") or not path.is_file():
            continue
        layer = path.relative_to(src).parts[0]
        is_test = path.name.endswith("_test.cc")
        reach = closure(links, layer + " tests" if is_test else layer) | {layer}
        text = path.read_text(errors="replace")
        for header in SYSTEM_INCLUDE.findall(text):
            for _, prefix, why in FORBIDDEN.get(layer, []):
                if header.startswith(prefix):
                    problems.append(f"{path.relative_to(root)}: #include <{header}>: {why}")
        for header in INCLUDE.findall(text):
            target = header.split("/")[0]
            if target not in layers or not (src / header).exists():
                continue
            where = f"{path.relative_to(root)}: #include \"{header}\""
            if target not in reach:
                problems.append(f"{where} reaches layer {target}, which {layer} does not link")
            elif private(header) and target != layer:
                problems.append(f"{where} is private to the {target} layer")

    for folder in ("tests", "bench"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".h", ".cc") or not path.is_file() or "node_modules" in path.parts:
                continue
            text = path.read_text(errors="replace")
            for header in INCLUDE.findall(text):
                target = header.split("/")[0]
                if target in layers and private(header) and f"private to {target}" not in text:
                    problems.append(f"{path.relative_to(root)}: #include \"{header}\" is private to "
                                    f"the {target} layer (a target that tests it says "
                                    f"\"private to {target}\" in a comment)")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) cross a wall (docs/architecture.md, \"Layers\")")
        return 1
    print(f"layers: {len(links) // 2} libraries, every link and include points downward")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2]))
