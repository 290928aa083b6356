"""The README's Python example runs and prints what its comments say."""

import contextlib
import io
import re

from conftest import REPO


def python_blocks(markdown: str) -> list[str]:
    section = markdown.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_example_prints_its_comments():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = python_blocks(readme)[0]
    expected = [
        line.split("#", 1)[1].strip()
        for line in example.splitlines()
        if line.startswith("print(") and "#" in line
    ]
    assert expected, "the example states what it prints"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected
