"""`facturist eval|samples|extract` hand every argument to their own parser, options too."""

from __future__ import annotations

import pytest

from facturist.cli import main as cli


@pytest.mark.parametrize(
    ("command", "usage"),
    [(name, f"facturist {name}") for name in ("eval", "samples", "extract")],
)
def test_subcommand_help_reaches_its_own_parser(
    command: str, usage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([command, "-h"])
    assert exit_info.value.code == 0
    assert f"usage: {usage}" in capsys.readouterr().out


def test_other_commands_still_parse_at_top_level(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["-h"])
    assert exit_info.value.code == 0
    assert "serve" in capsys.readouterr().out
