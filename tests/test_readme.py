"""The README documents every command, every option and every saved query,
and its two set-up commands are the ones .ci/run and the Makefile use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.queries import saved_queries

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_documented(name: str) -> None:
    assert f"`kg {name}" in README, f"README.md does not document `kg {name}`"


@pytest.mark.parametrize(
    "command,option",
    [(name, opt) for name, cmd in sorted(main.commands.items()) for p in cmd.params
     for opt in p.opts if opt.startswith("--") and opt != "--help"],
)
def test_every_option_is_documented(command: str, option: str) -> None:
    assert option in README, f"README.md does not mention {option} of `kg {command}`"


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_is_documented(name: str) -> None:
    assert re.search(rf"\| `{re.escape(name)}` \|", README), f"README.md's table lacks the saved query {name}"


def test_the_two_commands_come_first_and_ci_runs_the_test_one() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line.strip() and not line.startswith(("#", "set ", "cd "))]
    assert commands == ["make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
