"""The context model's second opinion: a routine reply whose one failure cue is a
look-alike is neutral, a real failure with one cue stays failure, and the shipped
tables are what the labelled drafts give."""

from pathlib import Path

import pytest
from helpers import rules_fired

import replylint.context as context
from replylint.context_model import (
    TRAINING_CORPORA,
    build,
    features,
    load,
    model_dir,
)

ROOT = Path(__file__).resolve().parents[1]
APOLOGY = "missing-apology"

# A routine answer whose only cue is a look-alike (what a gift card cannot pay for,
# "as long as it has not shipped"), or a courtesy apology beside it: the lexicon alone
# reads failure.
ROUTINE = {
    "da": "Hej Jonas,\n\nTak for dit spørgsmål om gavekort. Et gavekort kan ikke bruges til "
    "at betale for fragt, men det dækker alle varer i butikken. Du indtaster koden ved "
    "betalingen.\n\nGod dag!\nMette, Kundeservice",
    "sv": "Hej Lina,\n\nBra fråga! Så länge ordern inte har skickats kan du själv ändra "
    "leveransadressen under Mina sidor. Välj ordern och klicka på Ändra adress.\n\n"
    "Ha en fin dag!\nPeter, Kundtjänst",
    "et": "Tere, Kadri!\n\nTäname küsimuse eest meie pakettide kohta. Paketilt Baas saab "
    "vabalt üle minna paketile Pluss ning hinnavahe arvestatakse vahetuse päevast. "
    "Rakenduses seda teha ei saa, seega logige sisse iseteenindusse ja valige Minu pakett, "
    "seejärel Vaheta.\n\nIlusat päeva!\nMarko, klienditugi",
    # a courtesy apology for an extra step in a how-to, under a cheerful opener
    "zh": "亲，您好呀～😊 感谢您咨询改签。车票可以在开车前改签一次，由于您是用护照购的票，"
    "改签时系统需要再核验一次证件，比用身份证多一步，给您添麻烦了。具体操作：打开App，"
    "进入“订单”，选择“改签”，按提示上传证件照片即可。如果还有其他想了解的，随时联系我们。"
    "\n\n祝您旅途愉快！\n客服小李",
    "en": "Hi Sam,\n\nGood question! As long as your order hasn't been dispatched yet, you can "
    "change the delivery address yourself under My orders. Pick the order and click Change "
    "address.\n\nHave a lovely day!\nMaria, Customer Support",
}

# A real failure told in one sentence, with no apology: the model must not overrule it.
FAILURE = {
    "da": "Hej Jonas,\n\nDin pakke er blevet forsinket på vej fra vores lager. Vi har rykket "
    "fragtfirmaet, og du får den senest fredag.\n\nVenlig hilsen\nMette",
    "sv": "Hej Lina,\n\nDitt paket har blivit försenat från vårt lager. Vi har kontaktat "
    "transportören och du får det senast på fredag.\n\nVänliga hälsningar\nPeter",
    "et": "Tere, Kadri!\n\nTeie pakk on meie laost teel hilinenud. Võtsime vedajaga ühendust "
    "ja saate selle hiljemalt reedeks kätte.\n\nLugupidamisega\nMarko",
    "zh": "您好，您的包裹在从仓库发出的途中延误了。我们已经联系了快递公司，最晚周五送到。"
    "\n\n客服中心 小李",
    "en": "Hi Sam,\n\nYour parcel has been delayed on its way from our warehouse. We've chased "
    "the courier and it will reach you by Friday at the latest.\n\nBest regards,\nMaria",
}


@pytest.mark.parametrize("lang", sorted(ROUTINE))
def test_a_routine_reply_with_one_look_alike_cue_is_neutral(lang, monkeypatch):
    rule = "breezy-opener" if lang == "zh" else APOLOGY  # the zh reply has its apology
    assert rule not in rules_fired(ROUTINE[lang], lang)
    monkeypatch.setattr(context, "reads_as_routine", lambda text, lang: False)
    assert rule in rules_fired(ROUTINE[lang], lang)  # the lexicon alone reads failure


@pytest.mark.parametrize("lang", sorted(FAILURE))
def test_a_real_failure_in_one_sentence_stays_failure(lang):
    assert APOLOGY in rules_fired(FAILURE[lang], lang)


def test_a_courtesy_apology_beside_the_one_cue_is_read_with_it(monkeypatch):
    """Cue and apology in one sentence of a routine notice: neither makes it a failure
    reply, so a cheerful opener is fine; an apology with no cue still owns a problem."""
    monkeypatch.setattr(context, "reads_as_routine", lambda text, lang: True)
    notice = (
        "Hi Sam,\n\nGreat news! Our new branch opens on Monday. The old branch is closed "
        "that day, and we apologise for any inconvenience the move may cause.\n\nBest,\nMaria"
    )
    assert "breezy-opener" not in rules_fired(notice, "en")
    owned = "Hi Sam,\n\nGreat news! We're so sorry about last week.\n\nBest,\nMaria"
    assert "breezy-opener" in rules_fired(owned, "en")


def test_cues_in_two_sentences_are_not_second_guessed(monkeypatch):
    monkeypatch.setattr(context, "reads_as_routine", lambda text, lang: True)
    one = "Hi Sam,\n\nYour parcel has been delayed.\n\nBest regards,\nMaria"
    two = "Hi Sam,\n\nYour parcel has been delayed. The refund also failed.\n\nBest,\nMaria"
    assert APOLOGY not in rules_fired(one, "en")
    assert APOLOGY in rules_fired(two, "en")


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_the_shipped_model_is_what_the_labelled_drafts_give(lang):
    """Regenerate with `python -m replylint.context_model` when a training set changes."""
    shipped = (model_dir() / f"{lang}.tsv").read_text(encoding="utf-8")
    assert build(ROOT, lang) == shipped


def test_the_unseen_set_never_trains_the_model():
    assert all(Path(c).name != "heldout" for c in TRAINING_CORPORA)
    assert all((ROOT / c).is_dir() for c in TRAINING_CORPORA)


def test_traditional_and_simplified_chinese_score_alike():
    assert features("您的合約還有五個月才到期", "zh") == features("您的合约还有五个月才到期", "zh")
    model = load("zh")
    assert model.score("訂單已經發貨", "zh") == model.score("订单已经发货", "zh")


def test_a_huge_draft_is_read_only_as_far_as_its_opening():
    from replylint.context_model import MAX_CHARS

    opening = "Thanks for asking about our plans. " * (MAX_CHARS // 35 + 1)
    assert features(opening + "zebra " * 200_000, "en") == features(opening, "en")


def test_scores_do_not_depend_on_case_spacing_or_digits():
    model = load("en")
    a = "Your order ships on 12 May.  Thanks!"
    b = "your order ships on 31 may. thanks!"
    assert model.score(a, "en") == model.score(b, "en")


def test_the_model_reads_the_draft_with_its_sign_off_as_it_was_trained(monkeypatch):
    """Training reads each draft whole; the rules read it without the sign-off block.
    The model must see what it learnt from, or a short draft loses half its features."""
    seen: list[str] = []
    monkeypatch.setattr(context, "reads_as_routine", lambda text, lang: seen.append(text))
    rules_fired(FAILURE["et"], "et")
    assert seen and seen[-1].rstrip().endswith("Lugupidamisega\nMarko")


# Neutral drafts by development-set writers whose one cue is a look-alike ("planned
# interruption", "besväret", "reklamation" in a how-to) and whose score lies between the
# old threshold (-3.0) and the one chosen by leaving each development set out (-1.0).
BETWEEN_THRESHOLDS = [
    "tests/heldout-round1/et/et-h030.eml",
    "tests/heldout-round10/sv/sv-u020.txt",
    "tests/heldout-round13/sv/sv-x020.txt",
    "tests/heldout-round13/en/en-x001.txt",
]


@pytest.mark.parametrize("name", BETWEEN_THRESHOLDS)
def test_routine_drafts_scoring_between_the_old_and_new_threshold_are_neutral(name, monkeypatch):
    import replylint.context_model as context_model
    from replylint.runner import check_one

    path = ROOT / name
    assert check_one(str(path), path).context == "neutral"
    monkeypatch.setattr(context_model, "ROUTINE_BELOW", -3.0)
    assert check_one(str(path), path).context == "failure"  # the old threshold kept it
