"""The house's floors (shared/DESIGN.md, "Rooms, by floor"), read from the code's imports with
``ast``: a module never imports one on a higher floor (at load time or deferred inside a
function), and no modules import each other in a circle at load time."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Each module's floor, by its path's longest matching prefix (a folder ends with "/").
FLOORS = {
    # commands and the Python API
    "mlagility/__init__.py": 5, "mlagility/__main__.py": 5, "mlagility/api.py": 5, "mlagility/cli/": 5,
    # the script sweeper and the engine that runs jobs
    "hydra_plugins/": 4, "mlagility/engine/": 4, "mlagility/slurm.py": 4,
    # report, discovery, build, the runtimes themselves
    "mlagility/report/": 3, "mlagility/analysis/": 3, "mlagility/builder/": 3, "mlagility/runtimes/": 3,
    # the typed config and every group's schema (the runtime registry and options among them), the
    # corpus, the timing loop, the host and its energy counters
    "mlagility/config.py": 2, "mlagility/corpus.py": 2, "mlagility/conf/": 2,
    "mlagility/runtimes/__init__.py": 2, "mlagility/runtimes/options.py": 2,
    "mlagility/measure.py": 2, "mlagility/host.py": 2, "mlagility/energy.py": 2, "mlagility/progress.py": 2,
    "mlagility/memory.py": 2,
    # value objects every room shares; what scripts import; helpers; the cache's layout
    "mlagility/invocation.py": 1, "mlagility/measurement.py": 1, "mlagility/records.py": 1, "mlagility/samples.py": 1,
    "mlagility/parser.py": 1, "mlagility/choices.py": 1, "mlagility/errors.py": 1, "mlagility/common/": 1, "mlagility/paths.py": 1, "mlagility/device.py": 1,
}


def modules() -> list[str]:
    """Every Python file of the package and its Hydra plugins, relative to the repository."""
    return sorted(p.relative_to(REPO).as_posix()
                  for folder in ("mlagility", "hydra_plugins") for p in (REPO / folder).rglob("*.py"))


def floor_of(path: str) -> int:
    """The floor of the module at ``path``; a module no entry names fails the test that asks."""
    matches = [prefix for prefix in FLOORS if path == prefix or (prefix.endswith("/") and path.startswith(prefix))]
    assert matches, f"{path} has no floor: add it to FLOORS and to shared/DESIGN.md's table"
    return FLOORS[max(matches, key=len)]


def file_of(module: str) -> str | None:
    """The file that holds ``module``, if it is one of the project's."""
    stem = module.replace(".", "/")
    return next((f for f in (f"{stem}.py", f"{stem}/__init__.py") if (REPO / f).is_file()), None)


def imported(node: ast.AST) -> list[str]:
    """The project's files an import statement loads (``from package import module`` names the
    module, ``from module import name`` the module)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
        names = [f"{node.module}.{alias.name}" if file_of(f"{node.module}.{alias.name}") else node.module
                 for alias in node.names]
    else:
        return []
    return [f for f in map(file_of, names) if f]


def imports(path: str, at_load_only: bool) -> list[tuple[int, str]]:
    """(line, file) for each of the project's modules that ``path`` imports: every import, or only
    those run when it loads (module level, and under a module-level ``if``/``try``)."""
    tree = ast.parse((REPO / path).read_text())
    if not at_load_only:
        nodes = list(ast.walk(tree))
    else:
        nodes, pending = [], list(tree.body)
        while pending:
            node = pending.pop()
            nodes.append(node)
            if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
                continue  # for type checkers only: never run
            if isinstance(node, (ast.If, ast.Try)):
                pending += [*node.body, *node.orelse, *getattr(node, "finalbody", []),
                            *(s for h in getattr(node, "handlers", []) for s in h.body)]
    return sorted({(node.lineno, target) for node in nodes for target in imported(node) if target != path})


def test_every_module_has_a_floor():
    for path in modules():
        floor_of(path)


def test_no_module_imports_a_room_on_a_higher_floor():
    upward = [f"{path}:{line} (floor {floor_of(path)}) imports {target} (floor {floor_of(target)})"
              for path in modules() for line, target in imports(path, at_load_only=False)
              if floor_of(target) > floor_of(path)]
    assert not upward, "\n".join(upward)


def test_no_modules_import_each_other_in_a_circle():
    graph = defaultdict(set)
    for path in modules():
        graph[path] |= {target for _, target in imports(path, at_load_only=True)}
    circles = [cycle for cycle in map(lambda start: circle_from(start, graph), sorted(graph)) if cycle]
    assert not circles, "\n".join(" -> ".join(cycle) for cycle in circles)


def circle_from(start: str, graph: dict[str, set[str]]) -> list[str]:
    """A path of imports from ``start`` back to itself, or [] where there is none."""
    trail, seen = [(start, [start])], set()
    while trail:
        node, path = trail.pop()
        for target in sorted(graph.get(node, ())):
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                trail.append((target, [*path, target]))
    return []
