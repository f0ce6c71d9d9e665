"""Every built-in lexicon entry matches its example; malformed lexicons fail with file:line."""

from pathlib import Path

import pytest

from replylint.lexicon import LANGUAGES, LexiconError, builtin_lexicon_dir, load_lexicon
from replylint.lexicon_check import check_lexicon_file


@pytest.mark.parametrize("lang", LANGUAGES)
def test_builtin_lexicon_entries_match_their_examples(lang):
    assert check_lexicon_file(builtin_lexicon_dir() / f"{lang}.toml") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_builtin_lexicon_has_explain_texts_for_every_rule(lang):
    from replylint.rules import ALL_RULES

    lexicon = load_lexicon(builtin_lexicon_dir() / f"{lang}.toml")
    for rule in ALL_RULES:
        for key in ("bad", "good", "suggestion"):
            assert lexicon.rule_text(rule.id, key), (lang, rule.id, key)


def _minimal(tmp_path: Path, extra: str = "", apology: str = '["sorry", "We are sorry."]') -> Path:
    """A valid English lexicon built from the real one, with one category replaced."""
    real = (builtin_lexicon_dir() / "en.toml").read_text(encoding="utf-8")
    start = real.index("[apology]")
    end = real.index("[non_apology]")
    text = real[:start] + f"[apology]\npatterns = [\n  {apology},\n]\n\n" + real[end:] + extra
    path = tmp_path / "en.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sound_custom_lexicon_passes(tmp_path):
    assert check_lexicon_file(_minimal(tmp_path)) == []


def test_example_that_does_not_match_is_reported_with_line(tmp_path):
    path = _minimal(tmp_path, apology='["regret*", "We are sorry."]')
    (problem,) = check_lexicon_file(path)
    line = next(i for i, ln in enumerate(path.read_text().splitlines(), 1) if "regret*" in ln)
    assert problem.startswith(f"{path}:{line}: [apology]")
    assert "does not match its example" in problem


def test_unknown_set_is_reported_with_line(tmp_path):
    path = _minimal(tmp_path, apology='["@nosuchset", "We are sorry."]')
    (problem,) = check_lexicon_file(path)
    assert "unknown set @nosuchset" in problem and f"{path}:" in problem


def test_bad_entry_shape_is_rejected(tmp_path):
    path = _minimal(tmp_path, apology='"sorry"')
    with pytest.raises(LexiconError, match=r"en.toml:\d+: \[apology\] entry 'sorry' must be"):
        load_lexicon(path)


def test_unknown_category_is_rejected(tmp_path):
    path = _minimal(tmp_path, extra='\n[compliments]\npatterns = [["nice", "Nice."]]\n')
    with pytest.raises(LexiconError, match="unknown category"):
        load_lexicon(path)


def test_broken_toml_is_rejected_with_position(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text("[meta]\nlang = = 'en'\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"xx.toml: .*line 2"):
        load_lexicon(path)


def test_pattern_expanding_too_far_is_rejected(tmp_path):
    many = "|".join(f"w{i}_x" for i in range(30))
    path = _minimal(tmp_path, apology=f'["{many} {many}", "We are sorry."]')
    (problem,) = check_lexicon_file(path)
    assert "limit" in problem


def test_traditional_chinese_folds_to_simplified():
    lexicon = load_lexicon(builtin_lexicon_dir() / "zh.toml")
    assert lexicon.fold("對不起，給您帶來不便") == "对不起，给您带来不便"


@pytest.mark.parametrize(
    ("pattern", "example"),
    [
        ('"on_hold ...2 ages"', "I have been on hold for ages."),  # `_` in a lone chunk
        ('"we ...1 on_hold|waiting"', "We are on hold."),  # `_` inside an alternation
    ],
)
def test_underscore_joins_words_in_any_chunk(tmp_path, pattern, example):
    path = _minimal(tmp_path, apology=f'[{pattern}, "{example}"]')
    assert check_lexicon_file(path) == []


def test_lexicon_check_accepts_a_valid_team_lexicon_and_names_a_broken_entry(tmp_path):
    team = tmp_path / "team-en.toml"
    team.write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [\n'
        '  ["per our policy", "Per our policy, no."],\n'
        '  ["house rules", "Those are the rules."],\n]\n',
        encoding="utf-8",
    )
    (problem,) = check_lexicon_file(team)
    assert problem.startswith(f"{team}:7: [blame] pattern 'house rules'")


def test_evaluate_on_a_directory_without_labels_is_an_error(tmp_path):
    from click.testing import CliRunner

    from replylint.cli import main

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.txt").write_text("Hi.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "labels.toml" in result.output


def test_load_config_takes_a_string(tmp_path):
    from replylint import load_config

    (tmp_path / ".replylint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert load_config(str(tmp_path / ".replylint.toml")).fail_on == "error"


def test_unbroken_words_must_be_words_of_two_or_more_characters(tmp_path):
    path = _minimal(tmp_path)
    text = path.read_text(encoding="utf-8").replace("[terms]\n", '[terms]\nunbroken = ["x"]\n', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match="terms.unbroken"):
        load_lexicon(path)


def test_clause_coordinators_must_be_clause_openers(tmp_path):
    path = _minimal(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "[clauses]\n", '[clauses]\ncoordinators = ["nevertheless"]\n', 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match="clauses.coordinators"):
        load_lexicon(path)
