"""Concept frames: unordered, clause-scoped, vetoed, validated like sequence entries."""

from pathlib import Path

import pytest

from replylint.analysis import LanguagePipeline, pipeline_for
from replylint.frames import clause_indices
from replylint.lexicon import LexiconError, builtin_lexicon_dir, load_lexicon
from replylint.lexicon_check import check_lexicon_file

CONCEPTS = """TEAMX = ["we", "our team"]
FIXVERB = ["write", "fix*"]
HOLD = ["not yet"]
"""
FRAME = """
[[frames]]
category = "followup"
slots = ["TEAMX", "FIXVERB"]
unless = ["HOLD"]
anchor = "FIXVERB"
example = "Our team fixed the router."
near_miss = "The router was fixed by the shop."
"""


def _lexicon(tmp_path: Path, frames: str, concepts: str = CONCEPTS) -> Path:
    """The built-in English lexicon with test concepts and frames added."""
    real = (builtin_lexicon_dir() / "en.toml").read_text(encoding="utf-8")
    path = tmp_path / "en.toml"
    path.write_text(real.replace("[concepts]\n", "[concepts]\n" + concepts) + frames, "utf-8")
    return path


def _holds(tmp_path, frames: str):
    """A function telling whether the last (test) frame holds in a text."""
    lexicon = load_lexicon(_lexicon(tmp_path, frames))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1

    def holds(text):
        return any(m.entry - 1_000_000 == last for m in pipeline.analyse(text).of("followup"))

    return holds


def _frame_hits(tmp_path, text):
    lexicon = load_lexicon(_lexicon(tmp_path, FRAME))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1
    analysis = pipeline.analyse(text)
    return [
        analysis.text[m.start_char : m.end_char]
        for m in analysis.of("followup")
        if m.entry - 1_000_000 == last
    ]


def test_frame_holds_in_any_order_and_on_lemmas_and_stems(tmp_path):
    assert _frame_hits(tmp_path, "Fixed it has been, by our team.") == []  # comma: 2 clauses
    assert _frame_hits(tmp_path, "Fixing it now are we.") == ["Fixing"]
    assert _frame_hits(tmp_path, "Our team wrote to the shop.") == ["wrote"]  # lemma write


def test_frame_veto_and_clause_scope(tmp_path):
    assert _frame_hits(tmp_path, "We have not yet fixed it.") == []
    assert _frame_hits(tmp_path, "We called, and the shop fixed it.") == []


def test_clause_indices_split_at_punctuation_and_openers():
    norms = ["we", " ", "looked", ",", "but", "it", "failed", "and", "stopped"]
    starts = [True] + [False] * 8
    spaces = [n == " " for n in norms]
    clauses = clause_indices(norms, starts, spaces, frozenset(","), frozenset({"but", "and"}))
    assert clauses == [0, 0, 0, 0, 1, 1, 1, 2, 2]


def test_a_joined_pair_opens_no_clause():
    """ "efter at du havde opsagt" stays one clause; "og" alone still opens one."""
    norms = ["vi", "tog", "betaling", "efter", "at", "du", "opsagde", "og", "beklager"]
    openers, joined = frozenset({"at", "og"}), frozenset({("efter", "at")})
    clauses = clause_indices(norms, [True] + [False] * 8, [False] * 9, frozenset(), openers, joined)
    assert clauses == [0, 0, 0, 0, 0, 0, 0, 1, 1]


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("da", "Vi trak betalingen, efter at du havde opsagt aftalen.", ("efter", "at")),
        ("sv", "Vi hjälper dig, till och med på helgen.", ("till", "och")),
        ("en", "Your service is up and running again.", ("up", "and")),
    ],
)
def test_each_lexicons_joined_pairs_stay_in_one_clause(lang, text, pair):
    analysis = pipeline_for(lang).analyse(text)
    words = [i for i, n in enumerate(analysis.token_norms) if n in pair]
    assert len(words) == 2 and len({analysis.clause_of_token[i] for i in words}) == 1


def test_two_openers_in_a_row_open_one_clause():
    """ "and then get in touch" is one clause: an opener is not yet a word of its clause."""
    norms = ["we", "fix", "it", "and", "then", "call", "you", ",", "but", "if", "not", "ok"]
    openers = frozenset({"and", "then", "but", "if"})
    clauses = clause_indices(norms, [True] + [False] * 11, [False] * 12, frozenset(","), openers)
    assert clauses == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2]


def test_lexicon_check_reports_a_frame_that_misses_its_example(tmp_path):
    bad = FRAME.replace("Our team fixed the router.", "The router works.")
    problems = check_lexicon_file(_lexicon(tmp_path, bad))
    assert any("does not hold in its example" in p for p in problems), problems


def test_lexicon_check_reports_a_frame_that_holds_in_its_near_miss(tmp_path):
    bad = FRAME.replace("The router was fixed by the shop.", "We fixed the router.")
    problems = check_lexicon_file(_lexicon(tmp_path, bad))
    assert any("holds in its near miss" in p for p in problems), problems


def test_unknown_concept_in_a_frame_names_file_and_line(tmp_path):
    bad = FRAME.replace('slots = ["TEAMX", "FIXVERB"]', 'slots = ["TEAMX", "NOPE"]')
    bad = bad.replace('anchor = "FIXVERB"', 'anchor = "NOPE"')
    with pytest.raises(LexiconError, match=r"en.toml:\d+: \[\[frames\]\] unknown concept 'NOPE'"):
        LanguagePipeline(load_lexicon(_lexicon(tmp_path, bad)))


def test_frame_without_near_miss_is_rejected(tmp_path):
    bad = FRAME.replace('near_miss = "The router was fixed by the shop."\n', "")
    with pytest.raises(LexiconError, match="near_miss"):
        load_lexicon(_lexicon(tmp_path, bad))


def test_team_lexicon_frames_are_validated(tmp_path):
    extra = tmp_path / "team.toml"
    extra.write_text(
        '[meta]\nlang = "en"\n[concepts]\nBOSS = ["manager"]\nOK = ["approv*"]\n'
        '[[frames]]\ncategory = "followup"\nslots = ["BOSS", "OK"]\n'
        'example = "The manager is approving it."\nnear_miss = "A manager approved it."\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="holds in its near miss"):
        pipeline_for("en", (extra,))


def test_explain_shows_the_rules_frames_with_their_examples():
    from click.testing import CliRunner

    from replylint.cli import main
    from replylint.lexicon import load_builtin

    output = CliRunner().invoke(main, ["explain", "customer-blame"]).output
    blame = [f for f in load_builtin("en").frames if f.category == "blame"]
    assert blame and f"frame [blame] {blame[0].describe()}" in output
    assert blame[0].example in output and blame[0].near_miss in output


def test_within_bounds_how_far_apart_the_slots_may_be(tmp_path):
    near = FRAME.replace('scope = "clause"', "").replace(
        'anchor = "FIXVERB"', 'anchor = "FIXVERB"\nwithin = 3'
    )
    holds = _holds(tmp_path, near)

    assert holds("We fixed the router.")
    assert not holds("We looked at the old router in the back room and fixed it.")


def test_within_must_be_a_positive_number(tmp_path):
    bad = FRAME.replace('anchor = "FIXVERB"', 'anchor = "FIXVERB"\nwithin = 0')
    with pytest.raises(LexiconError, match="within must be a positive number"):
        load_lexicon(_lexicon(tmp_path, bad))


def _concept_hits(tmp_path, concepts: str, text: str, skip: bool = False) -> list[str]:
    from replylint.frames import find_concepts

    lexicon = load_lexicon(_lexicon(tmp_path, "", concepts))
    pipeline = LanguagePipeline(lexicon)
    analysis = pipeline.analyse(text)
    norms = analysis.token_norms
    lemmas = [pipeline.lemmas.get(n, n) for n in norms]
    spaces = [not n.strip() for n in norms]
    skippable = lexicon.term_skippable if skip else frozenset()
    found = find_concepts(
        pipeline.concepts, norms, lemmas, spaces, analysis.clause_of_token, None, skippable
    )
    return [" ".join(norms[o.start : o.end]) for o in found if "PROBE" in o.concept]


def test_surface_only_terms_ignore_the_lemma(tmp_path):
    assert _concept_hits(tmp_path, 'PROBE = ["tell"]\n', "I told you.") == ["told"]
    assert _concept_hits(tmp_path, 'PROBE = ["=tell"]\n', "I told you.") == []
    assert _concept_hits(tmp_path, 'PROBE = ["=tell"]\n', "I tell you.") == ["tell"]


def test_clause_start_terms_only_open_a_clause(tmp_path):
    probe = 'PROBE = ["^as i"]\n'
    assert _concept_hits(tmp_path, probe, "As I said, it shipped.") == ["as i"]
    assert _concept_hits(tmp_path, probe, "Thanks, as I said it shipped.") == ["as i"]
    assert _concept_hits(tmp_path, probe, "It is the same as I said.") == []


def test_every_anchor_occurrence_gives_a_hit(tmp_path):
    two = "We fixed the router and our team fixed the modem."
    assert _frame_hits(tmp_path, two) == ["fixed", "fixed"]


def test_an_ordered_frame_needs_its_slots_in_order(tmp_path):
    ordered = FRAME.replace('anchor = "FIXVERB"', 'anchor = "FIXVERB"\nordered = true')
    holds = _holds(tmp_path, ordered)

    assert holds("We have fixed the router.")
    assert not holds("Fixed by the shop were we.")


def test_veto_within_counts_a_veto_only_near_the_hit(tmp_path):
    near = FRAME.replace('unless = ["HOLD"]', 'unless = ["HOLD"]\nveto_within = 2')
    holds = _holds(tmp_path, near)

    assert not holds("We have not yet fixed it.")
    assert holds("We fixed the router that the old shop had not yet managed to set up.")


def test_unless_near_vetoes_only_near_the_hit_and_unless_anywhere(tmp_path):
    """A negation may stop a frame only next to it, a hedge anywhere in the clause."""
    concepts = CONCEPTS + 'IFX = ["perhaps"]\n'
    mixed = FRAME.replace(
        'unless = ["HOLD"]', 'unless = ["IFX"]\nunless_near = ["HOLD"]\nveto_within = 2'
    )
    lexicon = load_lexicon(_lexicon(tmp_path, mixed, concepts))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1

    def holds(text):
        return any(m.entry - 1_000_000 == last for m in pipeline.analyse(text).of("followup"))

    assert not holds("We have not yet fixed it.")
    assert holds("We fixed the router that the old shop had not yet managed to set up.")
    assert not holds("We perhaps fixed the router that the old shop had not managed to set up.")
    assert not holds("We fixed the router that the old shop perhaps set up.")


def test_unless_near_without_veto_within_is_refused(tmp_path):
    broken = FRAME.replace('unless = ["HOLD"]', 'unless_near = ["HOLD"]')
    with pytest.raises(LexiconError, match="unless_near needs veto_within"):
        load_lexicon(_lexicon(tmp_path, broken))


def test_a_clause_start_concept_reference_marks_every_term(tmp_path):
    concepts = 'INNER = ["as i", "like i"]\nPROBE = ["^@INNER"]\n'
    assert _concept_hits(tmp_path, concepts, "Like I said, it shipped.") == ["like i"]
    assert _concept_hits(tmp_path, concepts, "It is just like I said.") == []


def test_a_clitic_written_alone_is_one_token_in_terms_and_patterns(tmp_path):
    hits = _concept_hits(tmp_path, 'PROBE = ["\'m looking"]\n', "I'm looking into it.")
    assert hits == ["'m looking"]
    text = _lexicon(tmp_path, "").read_text(encoding="utf-8")
    entry = '  ["sorry", "We\'re so sorry for the delay."],'
    assert entry in text
    target = tmp_path / "clitic.toml"
    target.write_text(
        text.replace(entry, '  ["\'m so sorry", "I\'m so sorry for the delay."],'), "utf-8"
    )
    assert check_lexicon_file(target) == []


def test_a_cased_term_matches_only_the_word_as_written(tmp_path):
    """`==May` is the month, not the modal "may" (Danish formal `==De` is not "de")."""
    concepts = CONCEPTS + 'MONTHX = ["==May", "in ==June"]\n'
    frame = """
[[frames]]
category = "followup"
slots = ["MONTHX", "FIXVERB"]
example = "In May we fixed the router."
near_miss = "We may fix the router."
"""
    lexicon = load_lexicon(_lexicon(tmp_path, frame, concepts))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1

    def holds(text):
        return any(m.entry - 1_000_000 == last for m in pipeline.analyse(text).of("followup"))

    assert holds("In May we fixed the router.")
    assert not holds("We may fix the router.")
    assert holds("We fix it in June.")
    assert not holds("We fix it in june.")
    assert not check_lexicon_file(_lexicon(tmp_path, frame, concepts))


def test_a_cased_term_must_be_one_word(tmp_path):
    bad = CONCEPTS + 'MONTHX = ["==Can\'t"]\n'  # two tokens: ca + n't
    frame = FRAME.replace('slots = ["TEAMX", "FIXVERB"]', 'slots = ["MONTHX", "FIXVERB"]')
    with pytest.raises(LexiconError):
        LanguagePipeline(load_lexicon(_lexicon(tmp_path, frame, bad)))


def test_of_two_slot_words_starting_alike_the_shorter_keeps_within(tmp_path):
    """ "fix the router" and "fix" both start at "fix": `within = 2` holds with "fix"."""
    concepts = CONCEPTS + 'REPAIRX = ["fix the router", "fix"]\n'
    frame = FRAME.replace('slots = ["TEAMX", "FIXVERB"]', 'slots = ["TEAMX", "REPAIRX"]')
    frame = frame.replace('anchor = "FIXVERB"', "within = 2")
    frame = frame.replace(
        'near_miss = "The router was fixed by the shop."',
        'near_miss = "We cannot say when anyone will fix it."',
    )
    lexicon = load_lexicon(_lexicon(tmp_path, frame, concepts))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1
    hits = [
        m
        for m in pipeline.analyse("We fix the router.").of("followup")
        if m.entry - 1_000_000 == last
    ]
    assert hits


def test_a_term_of_two_concepts_is_one_occurrence_that_fills_either(tmp_path):
    """A word listed by two concepts is found once, under both names; a frame over
    either concept holds on it."""
    from replylint.frames import find_concepts

    concepts = CONCEPTS + 'CREW = ["we", "staff"]\n'
    crew_frame = FRAME.replace('"TEAMX", "FIXVERB"', '"CREW", "FIXVERB"')
    for frame in (FRAME, crew_frame):
        lexicon = load_lexicon(_lexicon(tmp_path, frame, concepts))
        pipeline = LanguagePipeline(lexicon)
        analysis = pipeline.analyse("We fixed it.")
        norms = analysis.token_norms
        lemmas = [pipeline.lemmas.get(n, n) for n in norms]
        spaces = [not n.strip() for n in norms]
        found = find_concepts(pipeline.concepts, norms, lemmas, spaces, analysis.clause_of_token)
        at_we = [o.concept for o in found if o.start == 0 and "TEAMX" in o.concept]
        assert len(at_we) == 1 and "CREW" in at_we[0]
        last = len(lexicon.frames) - 1
        assert any(m.entry - 1_000_000 == last for m in analysis.of("followup"))
        assert not any(
            m.entry - 1_000_000 == last for m in pipeline.analyse("It was fixed.").of("followup")
        )


@pytest.mark.parametrize("order", ['["more", "more times"]', '["more times", "more"]'])
def test_of_two_anchors_starting_alike_the_longer_is_shown(tmp_path, order):
    """ "you wrote more times": the finding shows the whole phrase, however the concept
    lists its terms."""
    concepts = f'YOU_WROTE_X = ["you wrote"]\nMORE_X = {order}\n'
    frame = """
[[frames]]
category = "followup"
slots = ["MORE_X", "YOU_WROTE_X"]
example = "You wrote more times."
near_miss = "You wrote once."
"""
    lexicon = load_lexicon(_lexicon(tmp_path, frame, concepts))
    pipeline = LanguagePipeline(lexicon)
    last = len(lexicon.frames) - 1
    analysis = pipeline.analyse("You wrote more times about it.")
    shown = [
        analysis.text[m.start_char : m.end_char]
        for m in analysis.of("followup")
        if m.entry - 1_000_000 == last
    ]
    assert shown == ["You wrote more times"]


@pytest.mark.parametrize(
    ("lang", "text", "joined"),
    [
        ("da", "Læs vejledningen grundigt - de fleste fejl skyldes sprungne trin.", "e-mail"),
        ("sv", "Läs instruktionen noga - de flesta fel beror på missade steg.", "e-post"),
        ("et", "Lugege juhend hoolikalt läbi - enamik vigu tuleb vahelejäetud sammust.", "e-post"),
        ("zh", "请仔细阅读说明 - 大多数错误来自跳过的步骤。", "Wi-Fi"),
        ("en", "Please read each step properly - most mistakes come from skipped steps.", "e-mail"),
    ],
)
def test_a_hyphen_between_spaces_ends_a_clause_as_a_dash_does(lang, text, joined):
    analysis = pipeline_for(lang).analyse(text + " Skriv til " + joined + " i dag.")
    norms, clause_of = analysis.token_norms, analysis.clause_of_token
    dash = norms.index("\u2013")
    words = [i for i, n in enumerate(norms) if n.strip() and n not in "-\u2013"]
    before = [i for i in words if i < dash]
    assert clause_of[before[-1]] != clause_of[dash + 2]
    inside = [i for i, n in enumerate(norms) if n == "-"]  # "e-mail": no dash, no new clause
    assert all(clause_of[i - 1] == clause_of[i + 1] for i in inside)


def test_one_degree_adverb_may_stand_inside_a_multiword_term(tmp_path):
    probe = 'PROBE = ["was made clear"]\n'

    def hits(text: str, skip: bool = True) -> list[str]:
        return _concept_hits(tmp_path, probe, text, skip)

    assert hits("It was made clear at checkout.") == ["was made clear"]
    assert hits("It was made perfectly clear at checkout.") == ["was made perfectly clear"]
    assert hits("It was made perfectly clear at checkout.", skip=False) == []
    assert hits("It was made not clear at all.") == []  # a negation is never skipped
    assert hits("It was made very very clear.") == []  # one adverb, not a run of them
