"""README.md documents the live CLI, command by command, as sqlite-utils' tests/test_docs.py
does: every command, each of its options next to it, each choice of its options, and a
help text for all of them. The commands and options are read from the click group, so a
command or option someone adds is checked as soon as it exists.

A command's documentation is every table row or paragraph that names it (`kg NAME`), and
every section whose heading names it.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from kg.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands.items())
SHARED = {"--help", "--store"}  # --store is documented once for every command, with KG_STORE


def units(text: str) -> list[str]:
    """Table rows and paragraphs, and each section under its heading, as separate units."""
    out = []
    for section in re.split(r"(?m)^(?=#{2,4} )", text):
        out.append(section)
        for block in re.split(r"\n\s*\n", section):
            lines = block.strip().splitlines()
            if lines and all(line.lstrip().startswith("|") for line in lines):
                out += lines
            elif not block.lstrip().startswith("#"):
                out.append(block)
    return out


UNITS = units(README)


def documentation(name: str) -> str:
    """Every unit that names `kg NAME`: a section with it in its heading, a row or paragraph with it."""
    mention = re.compile(rf"kg {re.escape(name)}\b")
    picked = []
    for unit in UNITS:
        first = unit.lstrip().splitlines()[0] if unit.strip() else ""
        if first.startswith("#"):
            if mention.search(first):
                picked.append(unit)
        elif mention.search(unit):
            picked.append(unit)
    return "\n".join(picked)


def options(cmd: click.Command):
    return [(p, opt) for p in cmd.params if isinstance(p, click.Option)
            for opt in p.opts + p.secondary_opts if opt.startswith("--") and opt not in SHARED]


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_has_its_own_documentation(name: str) -> None:
    assert documentation(name), f"README.md has no row, paragraph or section naming `kg {name}`"


@pytest.mark.parametrize("name,option", [(name, opt) for name, cmd in COMMANDS for _, opt in options(cmd)])
def test_every_option_is_documented_with_its_command(name: str, option: str) -> None:
    assert re.search(rf"{re.escape(option)}\b", documentation(name)), (
        f"README.md mentions {option} nowhere near `kg {name}`: add it to the command's row or section")


@pytest.mark.parametrize("name,option,choice", [
    (name, p.opts[0], choice) for name, cmd in COMMANDS for p in cmd.params
    if isinstance(p, click.Option) and isinstance(p.type, click.Choice) for choice in p.type.choices])
def test_every_choice_is_documented_with_its_command(name: str, option: str, choice: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(choice)}(?![\w-])", documentation(name)), (
        f"README.md does not say that `kg {name} {option}` takes {choice}")


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_and_option_has_help(name: str) -> None:
    cmd = main.commands[name]
    assert cmd.help and cmd.help.strip(), f"`kg {name}` has no help text"
    missing = [opt for p, opt in options(cmd) if not (p.help or "").strip() and not isinstance(p.type, click.Choice)]
    assert not missing, f"`kg {name}`: {', '.join(missing)} have no help text"


def test_the_tour_names_the_notebook_a_picture_and_the_endpoint() -> None:
    tour = README.split("## A short tour", 1)[1].split("\n## ", 1)[0]
    assert "notebooks/tour.ipynb" in tour and "kg.open(" in tour
    assert "kg draw" in tour and "kg serve" in tour
    assert (Path(__file__).resolve().parent.parent / "notebooks" / "tour.ipynb").is_file()
