"""Every requirement of pyproject.toml (the application's and the build extra's) is installed in
this Python with a version that satisfies it, markers judged for this platform. Run by
build_windows.sh under the Windows Python after it installed requirements.txt, so a dependency
added to pyproject.toml but not pinned for Windows stops the build with its name, instead of a
frozen program that fails at run time ("No module named 'marisa_trie'").

    python requirements_check.py PYPROJECT.toml
"""

import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement


def main(pyproject: str) -> int:
    with open(pyproject, "rb") as f:
        project = tomllib.load(f)["project"]
    wanted = project["dependencies"] + project.get("optional-dependencies", {}).get("build", [])
    problems = []
    for text in wanted:
        requirement = Requirement(text)
        if requirement.marker and not requirement.marker.evaluate():
            continue
        try:
            version = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            problems.append(f"{requirement.name}: not installed (pin it in build_scripts/windows/requirements.txt)")
            continue
        if not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name} {version} does not satisfy {requirement.specifier}")
    for problem in problems:
        print(problem)
    print(f"{len(wanted)} requirements of pyproject.toml checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
