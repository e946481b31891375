"""The command line's language: French unless the settings file says ``ui/language = en``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from artisan_crm import i18n
from artisan_crm.cli import cli_language, main


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    """main() installs the command line's language: the session's French is put back."""
    before = i18n.current()
    try:
        yield
    finally:
        i18n.install(*before)


def _set_language(home: Path, value: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.ini").write_text(f"[ui]\nlanguage={value}\n", encoding="utf-8")


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*args, "--help"])
    assert info.value.code == 0
    return capsys.readouterr().out


def test_english_when_the_settings_say_en(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_language(private_home, "en")
    assert cli_language() == "en"
    out = _help(capsys, "rating")
    assert out.startswith("usage: artisan-crm rating")
    assert "client rating" not in out  # the sub-command's own help is in the parent's list
    assert "show only these categories" in out and "CATEGORY" in out
    assert "options:" in out and "show this help message and exit" in out
    out = _help(capsys, "print", "client")
    assert "NAME-OR-NUMBER" in out and "without any amount in euros" in out

    with pytest.raises(SystemExit) as info:
        main(["db", "frob"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: artisan-crm db" in err
    assert "artisan-crm db: error: argument ACTION: invalid choice: 'frob'" in err
    with pytest.raises(SystemExit):
        main(["rating", "--category", "radin"])
    assert "unknown category “radin”" in capsys.readouterr().err


def test_english_messages_of_a_command(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_language(private_home, "en")
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.startswith("Database up to date: ")
    assert main(["reminders", "list"]) == 0
    assert capsys.readouterr().out.strip() == "No current reminder."
    assert main(["rating"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Client rating: ") and "No client to rate over this period." in out
    assert main(["print", "client", "Nobody", str(private_home / "x.pdf")]) != 0
    assert "artisan-crm: No client matches “Nobody”." in capsys.readouterr().err


@pytest.mark.parametrize("value", [None, "system", "fr", "de"])
def test_french_by_default(
    private_home: Path, capsys: pytest.CaptureFixture[str], value: str | None
) -> None:
    if value is not None:
        _set_language(private_home, value)
    assert cli_language() == "fr"
    out = _help(capsys, "rating")
    assert out.startswith("utilisation : artisan-crm rating")
    assert "n'affiche que ces catégories" in out and "CATÉGORIE" in out
    with pytest.raises(SystemExit):
        main(["db", "frob"])
    assert "artisan-crm db : erreur : argument ACTION : choix invalide" in capsys.readouterr().err


def test_asking_the_language_creates_nothing(private_home: Path) -> None:
    assert cli_language() == "fr"
    assert not private_home.exists()
    with pytest.raises(SystemExit):
        main(["db", "frob"])
    assert not private_home.exists()
