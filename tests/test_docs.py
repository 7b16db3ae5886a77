"""The README documents every command, each with an example."""

from pathlib import Path

from annotator.cli import cli, load_all
from annotator.cli.group import COMMANDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_and_has_help() -> None:
    load_all()
    assert set(cli.commands) == set(COMMANDS)  # every module registers what the group lists
    for name, command in cli.commands.items():
        assert f"annotator {name}" in README, f"README lacks `annotator {name}`"
        assert command.help and "Example:" in command.help, f"{name} --help lacks an example"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "pytest" in ci and "pytest" in README
