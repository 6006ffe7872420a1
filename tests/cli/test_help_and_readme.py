"""Docs cannot drift: every command and option has help text and is in the README reference."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from sijill.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, click.Command]]:
    ctx = click.Context(main)
    return [(name, main.get_command(ctx, name)) for name in main.list_commands(ctx)]  # type: ignore[misc]


@pytest.mark.parametrize(("name", "command"), _commands())
def test_command_has_help_and_is_in_readme(name: str, command: click.Command) -> None:
    assert (command.help or "").strip(), f"sijill {name} has no help text"
    assert f"sijill {name}" in README, f"README reference lacks `sijill {name}`"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"sijill {name} {param.opts[0]} has no help"
            assert param.opts[-1] in README, f"README lacks {param.opts[-1]} of sijill {name}"


def test_top_level_help() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "register" in result.output
