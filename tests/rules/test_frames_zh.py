"""Chinese concept frames: each frame fires in a realistic draft and stays quiet on a
natural look-alike (simplified and traditional, 您 and 你)."""

from __future__ import annotations

import pytest

from tests.helpers import rules_fired

BLAME = "customer-blame"
APOLOGY = "missing-apology"
TIME = "missing-response-time"
BREEZY = "breezy-opener"

# (rule, draft where it fires, near miss where it stays quiet)
CASES = [
    # as I already told you
    (
        BLAME,
        "您好，这个问题我之前已经跟您解释过好几次了，退款需要七个工作日。",
        "您好，我们之前已经跟快递公司说过这个情况，今天会重新派送。",
    ),
    # as mentioned in my previous email
    (
        BLAME,
        "您好，退款规则我在上一封邮件里已经说明了，请查看。",
        "您好，您上一封邮件中提到的地址我们已经更新。",
    ),
    # as clearly stated
    (
        BLAME,
        "您好，商品页面上写得清清楚楚，定制商品不退不换。",
        "您好，请您清楚地写明退货原因，我们收到后24小时内处理。",
    ),
    (BLAME, "您好，我们的條款裡早就寫了，運費不予退還。", "您好，我们会在条款里说明新的运费标准。"),
    (BLAME, "您好，活动规则已写明优惠券不能叠加使用。", "您好，请在订单页注明您希望的送货时间。"),
    # you did not read
    (
        BLAME,
        "您好，您根本没有仔细看我们发的安装说明。",
        "您好，如果您没有看到邮件，请检查垃圾邮件箱。",
    ),
    # you should have
    (BLAME, "你好，下单前你本来就应该先核对尺码表。", "您好，您现在应该已经收到退款了。"),
    # your own fault
    (BLAME, "您好，这完全是您自己操作不当造成的。", "您好，您也可以自己在订单页面操作退款。"),
    (
        BLAME,
        "您好，由于您的疏忽，订单地址填写不完整，包裹被退回。",
        "您好，这不是您的责任，运费由我们承担。",
    ),
    # you must have typed it wrong
    (BLAME, "您好，派送失败是因为您填错了邮编。", "您好，如果您填错了地址，可以在发货前修改。"),
    # if you had read
    (
        BLAME,
        "您好，如果您当时仔细看过说明，就不会出现这种情况。",
        "您好，如果您看完说明还有疑问，可以随时联系我们。",
    ),
    # read carefully
    (
        BLAME,
        "您好，下次下单前请认真阅读商品说明。",
        "您好，我们已经仔细查看了您发来的照片，换货已安排。",
    ),
    # scolding about repeated requests
    (BLAME, "您好，您一遍遍地打电话催，也无济于事。", "您好，我们联系了快递，包裹今天下午送到。"),
    (BLAME, "您好，请勿反复提交相同的申请。", "您好，您不用担心，包裹今天已经签收。"),
    # failure paraphrases: no apology in a failure reply
    (
        APOLOGY,
        "您好，约好的维修师傅周二一直没有上门，我们已经重新安排了周四上午。",
        "您好，维修师傅已经在周二上门完成了安装，如有问题请告诉我们。",
    ),
    (
        APOLOGY,
        "您好，您的包裹被误送到了隔壁小区的驿站，现在已经取回。",
        "您好，您也可以让快递把包裹送到其他地址。",
    ),
    (
        APOLOGY,
        "您好，沙发比预计时间晚了整整一周才送到，我们退还了运费。",
        "您好，您的沙发已经发出，预计周五送到。",
    ),
    (
        APOLOGY,
        "您好，系统把这笔订单的费用扣了两次，多扣的款项已退回。",
        "您好，同一笔订单不会重复扣款，请放心。",
    ),
    (
        APOLOGY,
        "您好，我们的系统今天上午出现了故障，现在已恢复。",
        "您好，导入过程中没有出现任何错误，数据已经全部保存。",
    ),
    # sincere apology forms satisfy missing-apology
    (
        APOLOGY,
        "您好，您的包裹延误了，现在已经发出。",
        "您好，您的包裹延误了，给您带来的不便，还请多多谅解。",
    ),
    (
        APOLOGY,
        "您好，我们给您发错了尺码，新的已经寄出。",
        "您好，我们给您发错了尺码，对此我们深感愧疚，新的已经寄出。",
    ),
    # follow-up promises without a time
    (
        TIME,
        "您好，我们正在与快递公司积极沟通这个问题。",
        "您好，您的订单正在配送中，预计明天送达。",
    ),
    (
        TIME,
        "您好，等仓库核实完毕后给您回复。",
        "您好，仓库核实完毕后，我们会在两个工作日内给您回复。",
    ),
    (
        TIME,
        "您好，我已经把您的情况详细地反馈给了技术团队。",
        "您好，感谢您的好评！我已经转达给团队的同事们。",
    ),
    (TIME, "您好，我们会在几天后给您回复。", "您好，我们会在三天内给您回复。"),
    # breezy openers in a failure reply
    (
        BREEZY,
        "您好！很高兴收到您的来信！很抱歉您的包裹延误了。",
        "您好，很抱歉您的包裹延误了。很高兴为您服务。",
    ),
    (
        BREEZY,
        "您好，希望您今天过得愉快！很抱歉您的包裹丢失了。",
        "您好，很抱歉您的包裹丢失了，希望问题能尽快解决。",
    ),
    (
        BREEZY,
        "亲，周末过得怎么样呀？很抱歉您的包裹还没到。",
        "您好，很抱歉您的包裹还没到，今天下午会送到。",
    ),
    # round 2: failure paraphrases (defects, stuck parcels, passive adverse events,
    # spoiled experience, "not correctly", our own fault, "cannot log in")
    (
        APOLOGY,
        "您好，您收到的杯子杯口有裂痕，我们已经为您补发了一个。",
        "您好，发货前我们会检查商品有没有划痕，请放心。",
    ),
    (
        APOLOGY,
        "您好，物流显示包裹一直停滞在转运中心，我们已经联系快递今天派送。",
        "您好，如果物流信息三天没有更新，请联系我们。",
    ),
    (
        APOLOGY,
        "您好，您的航班已被航空公司取消，我们已经为您改签到明天上午。",
        "您好，逾期未付款的订单会被系统自动取消。",
    ),
    (
        APOLOGY,
        "您好，很遗憾听到这次购物给您留下了不好的体验，运费我们已经退还。",
        "您好，如果使用体验不好，您可以在七天内退货。",
    ),
    (
        APOLOGY,
        "您好，您的会员积分没有正确入账，现在已经补上。",
        "您好，请您核对收货地址是否有误。",
    ),
    (
        APOLOGY,
        "您好，这次发错货是我们的失误，正确的商品今天寄出。",
        "您好，这不是我们的问题，而是快递公司的规定。",
    ),
    (
        APOLOGY,
        "您好，很多用户反映无法登录App，目前已经修复。",
        "您好，发货后无法修改收货地址，您可以拒收后重新下单。",
    ),
    # 麻烦 is "please" and thanks as well as trouble
    (
        APOLOGY,
        "您好，这件事给您带来了很多麻烦，新的商品已经寄出。",
        "您好，麻烦提供一下公司名称和税号，发票今天开具。",
    ),
    # apology forms: regret (深表遗憾), Hong Kong 唔好意思; blame-shifting sorry is none
    (
        APOLOGY,
        "您好，您的包裹延误了，今天已经发出。",
        "您好，您的包裹延误了，对此我们深表遗憾，今天已经发出。",
    ),
    (
        APOLOGY,
        "您好，很抱歉，但这不是我们的问题，是快递的责任。",
        "您好，唔好意思，包裹发错了，今日已经补寄。",
    ),
    # follow-ups: Taiwan/HK wording, notices still to come, outcomes told later,
    # acting after an event; past-event times and "a little" time nothing
    (
        TIME,
        "您好，非常抱歉造成您的困扰，稍後會有專人與您聯絡。",
        "您好，非常抱歉造成您的困扰，專人會在今天下午五點前與您聯絡。",
    ),
    (
        TIME,
        "您好，非常抱歉，我們已將您的案件轉交相關單位處理，請靜候通知。",
        "您好，非常抱歉，退款已经处理完毕，请留意银行通知。",
    ),
    (
        TIME,
        "您好，非常抱歉，后续进展我们会通过短信告知。",
        "您好，非常抱歉，处理结果已经通过短信告知您了。",
    ),
    (
        TIME,
        "您好，非常抱歉，请把照片发给我们，我们看过之后再决定怎么处理。",
        "您好，非常抱歉，请把照片发给我们，我们看过之后会在两天内决定怎么处理。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们的系统今天上午出现了故障，技术人员正在排查。",
        "您好，非常抱歉，技术人员正在排查，今天下午五点前恢复。",
    ),
    (
        TIME,
        "您好，非常抱歉让您等了三天，我们正在催促仓库发货。",
        "您好，非常抱歉让您久等，我们正在催促仓库，明天发货。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们会尽快处理，请您多给我们一点时间。",
        "您好，非常抱歉，我们会在下午三点前处理好。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们今天上午已经联系了快递公司，正在等待他们的回复。",
        "您好，非常抱歉，我们已经联系了快递公司，会在今天下午五点前回复您。",
    ),
    # only if something changes: no promise
    (TIME, "您好，具体时间确定后，我们会另行通知。", "您好，如有变动，我们会另行通知。"),
    (
        TIME,
        "您好，非常抱歉。我去问一下仓库，有消息了我再告诉您。",
        "您好，非常抱歉。我问过仓库了，明天上午发货。",
    ),
    # a notice or call still to come, someone assigned, "I'll check for you" (traditional too)
    (
        TIME,
        "您好，非常抱歉，請您留意後續的簡訊通知。",
        "您好，非常抱歉，退款已經處理完畢，請留意銀行通知。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们已经安排专人处理，请保持电话畅通。",
        "您好，非常抱歉，我们已经安排专人处理，今天下午五点前联系您。",
    ),
    (
        TIME,
        "您好，非常抱歉，麻烦您提供一下订单号，我这边帮您核实。",
        "您好，非常抱歉，麻烦您提供一下订单号，我这边明天上午帮您核实。",
    ),
    (TIME, "您好，非常抱歉，我们会尽力为您争取。", "您好，非常抱歉，补偿已经为您申请好了。"),
    # asking someone else first; a suggestion noted is no pending follow-up
    (
        TIME,
        "您好，非常抱歉，稍等我问一下同事哈。",
        "您好，非常抱歉，我问过同事了，明天上午发货。",
    ),
    (TIME, "您好，非常抱歉，我們正在釐清原因，請您稍候。", "您好，非常抱歉，原因已經釐清了。"),
    (
        TIME,
        "您好，非常抱歉，您的问题我们已经记录，会尽快处理。",
        "您好，非常抱歉，您的建议我们已经记录，感谢您的支持。",
    ),
    # traditional chat and e-mail wording of pending follow-ups
    (
        TIME,
        "您好，非常抱歉，我們已通報相關人員，請耐心等候我們的回覆。",
        "您好，非常抱歉，我們已通報相關人員，明天中午前回覆您。",
    ),
    (TIME, "您好，非常抱歉，我晚點再回你哦。", "您好，非常抱歉，我們已於今天下午回覆了您的郵件。"),
    (
        TIME,
        "您好，非常抱歉，工程師會再跟您約時間上門。",
        "您好，非常抱歉，工程師會在週五上午上門。",
    ),
    # breezy: greetings made cute, text emoji, tilde on thanks
    (
        BREEZY,
        "您好哦～\n\n您的包裹在运输中丢失了，非常抱歉，我们会在24小时内补发。",
        "您好～\n\n您的包裹在运输中丢失了，非常抱歉，我们会在24小时内补发。",
    ),
    # a tilde alone on a plain greeting is a salutation, also before an apology
    (
        BREEZY,
        "亲，您好呀～ 很抱歉，您的快递丢失了，我们会在明天中午前补发。",
        "亲～ 很抱歉，您的快递丢失了，我们会在明天中午前补发。",
    ),
    (
        BREEZY,
        "哈喽呀\n\n您的退款还没到账，非常抱歉，明天之前到账。",
        "哈喽\n\n您的退款还没到账，非常抱歉，明天之前到账。",
    ),
    (
        BREEZY,
        "您好[微笑]\n\n您的退款还没到账，非常抱歉，明天之前到账。",
        "您好\n\n您的退款还没到账，非常抱歉，明天之前到账。",
    ),
    (
        BREEZY,
        "您好 (^▽^)\n\n您的退款还没到账，非常抱歉，明天之前到账。",
        "您好 :(\n\n您的退款还没到账，非常抱歉，明天之前到账。",
    ),
    (
        BREEZY,
        "您好，感谢您的耐心等待～\n\n您的退款还没到账，非常抱歉，明天之前到账。",
        "您好，感谢您的耐心等待。\n\n您的退款还没到账，非常抱歉，明天之前到账。",
    ),
    # round 4: a telling promised for later ("我再跟您讲", "回头给您回个准信")
    (
        TIME,
        "您好，仓库那边还在盘点，等他们有消息了我再跟您讲。",
        "您好，我跟您说一下退货的流程：先在订单页申请，再寄回商品。",
    ),
    (
        TIME,
        "您好，这个问题我要先跟财务确认下，回头给您回个准信。",
        "您好，这个问题财务已经确认过了，发票今天下午寄出。",
    ),
    (TIME, "您好，我稍后为您解答这个问题哦。", "您好，很高兴为您解答：这款耳机支持降噪。"),
    # a partner inserted between 帮您 and the verb; done already is no promise
    (
        TIME,
        "您好，收到截图后我帮您跟仓库那边核实一下。",
        "您好，我已经帮您跟仓库核实过了，货今天上午已发出。",
    ),
    # the customer submitted it, not we
    (
        TIME,
        "您好，您的投诉已经提交给售后部门处理。",
        "您好，同一个问题您今天已经提交了三次，退款规则不会改变。",
    ),
    # concrete: Taiwan 工作天; a vague 届时 pointing back at it is no new promise
    (
        TIME,
        "您好，修正版預計盡快上線，屆時我們會再寄信通知您。",
        "您好，修正版預計在三個工作天內上線，屆時我們會再寄信通知您。",
    ),
    # past times commit to nothing: 已于 a date, a span already past, V了 N 天, 去年
    (
        TIME,
        "您好，您的理赔我们已于5月6日再次催办，审核完成后会由专员与您联系。",
        "您好，您的理赔审核完成后，专员会在5月10日前与您联系。",
    ),
    (
        TIME,
        "您好，在过去三个小时里我们一直在排查，有进一步结论后会回复您。",
        "您好，我们一直在排查，三个小时内会回复您。",
    ),
    (
        TIME,
        "您好，包裹在中转站停了两天，我们已经联系快递，有结果再通知您。",
        "您好，包裹在中转站有延误，我们已经联系快递，两天内通知您。",
    ),
    # failure context: Cantonese particles fold to Mandarin (遲咗 = 迟了)
    (
        APOLOGY,
        "你好，件貨喺倉庫遲咗出，今日下午會送到。",
        "你好，件貨今日已經出咗倉，唔好意思要你等，下午會送到。",
    ),
    # a supply cut is failure; planned works announced ahead are a notice
    (
        APOLOGY,
        "您好，您所在的社区今天早上起一直停水，抢修人员已经到场。",
        "您好，因管道检修，本社区计划于周六上午停水四小时，请提前储水。",
    ),
    # "as long as it has not shipped" is a condition, not a missing parcel
    (
        APOLOGY,
        "您好，您的订单还没发货，仓库那边卡住了。",
        "您好，只要订单还没发货，都可以在订单页自己修改地址。",
    ),
    # the customer demanded an apology, and the agent refuses one: neither is ours
    (
        APOLOGY,
        "您好，您要求我们道歉，但我们并没有需要道歉的地方，发货时间符合承诺。",
        "您好，发货比承诺晚了三天，我们向您道歉。",
    ),
    # "excuse me" before a question is no apology for the problem
    (
        APOLOGY,
        "不好意思，请问您的订单号是多少？您的包裹一直没有送到。",
        "不好意思，您的包裹一直没有送到，是我们的疏忽。",
    ),
    # as (I) already explained, pro-drop, and the cause laid on the customer
    (
        BLAME,
        "您好，如同前次來信已跟您說明過的，運費無法退還。",
        "您好，如同您在來信中提到的，包裹外箱確實破損了。",
    ),
    (
        BLAME,
        "您好，扣了两次款是因为您在付款页面重复按了确认，并非本站系统错误。",
        "您好，扣了两次款并非您的问题，是本站系统错误，我们已经退回一笔。",
    ),
    (BLAME, "您好，多半是您自己把密码记混了。", "您好，密码记混是常有的事，可以点忘记密码重置。"),
    # "read carefully" binds to the reading verb; detailed steps are no scolding
    (
        BLAME,
        "您好，下次请把说明书好好看一遍。",
        "您好，详细的设置步骤请查看帮助中心。",
    ),
    # waiting for an outcome, and passing it on, still to come
    (
        TIME,
        "您好，您的退款申请已收到，请您耐心等待审核结果。",
        "您好，您的退款申请已收到，审核结果两个工作日内短信通知您。",
    ),
    (
        TIME,
        "您好，我们会把您反映的情况转交给物流部门。",
        "您好，您可以把情况反馈给我们的物流部门，电话在订单页。",
    ),
    # "when you contacted us on the 3rd" is past; "will contact you by the 10th" is not
    (
        TIME,
        "您好，您上次联系我们是在3月3日，我们正在核实，有结果会通知您。",
        "您好，我们正在核实，专员会在3月10日前与您联系。",
    ),
    # festive and small-talk openers in a failure reply
    (
        BREEZY,
        "新年好呀！\n\n您的退款还没到账，非常抱歉，明天之前到账。",
        "您好。\n\n您的退款还没到账，非常抱歉，明天之前到账。",
    ),
    # breezy: Taiwan / Hong Kong greeting 哈囉 made cute
    (
        BREEZY,
        "哈囉呀～ 您的包裹延誤了，非常抱歉，明天會送到。",
        "哈囉， 您的包裹延誤了，非常抱歉，明天會送到。",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES)
def test_frame_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "zh")
    assert rule not in rules_fired(quiet, "zh")


def test_a_few_days_is_no_concrete_time() -> None:
    assert TIME in rules_fired("您好，我们正在核实，几天后给您答复。", "zh")
    assert TIME not in rules_fired("您好，我们正在核实，三天后给您答复。", "zh")


def test_an_account_notice_that_says_you_can_no_longer_use_it_is_no_failure():
    # The zh form of en "You can no longer use your account" (a moderation notice).
    notice = "您好，\n您無法繼續使用您的帳號，但您的個人頁面及其他資料內容保持不變。"
    assert "missing-apology" not in rules_fired(notice, "zh")
    assert "missing-apology" in rules_fired("您好，\n您的账号无法登录，页面一直报错。", "zh")


def test_a_chat_opener_ending_in_a_tilde_or_emoji_is_its_own_utterance():
    from replylint.analysis import pipeline_for

    chat = "亲，您好呀～😊 您的包裹丢失了，我们马上帮您查。"
    assert [s.text for s in pipeline_for("zh").analyse(chat).sentences] == [
        "亲，您好呀～😊",
        "您的包裹丢失了，我们马上帮您查。",
    ]
    assert "breezy-opener" in rules_fired(chat, "zh")


# Round 5: meanings found by probing (the draft's own wording; near miss beside each).
CASES_R5 = [
    # negated states are failures: 没/没有/无 inside the term no longer veto it
    (
        APOLOGY,
        "您好，您买的耳机左耳没有声音，我们给您换一副新的。",
        "您好，您买的耳机左耳没有声音，非常抱歉，我们给您换一副新的。",
    ),
    (
        APOLOGY,
        "您好，付款时页面一直转圈，订单没有生成。",
        "您好，付款后订单会显示待发货，请耐心等待。",
    ),
    (
        APOLOGY,
        "您好，东西还没用就坏了，我们马上给您换货。",
        "您好，包裹送到时外箱没有任何破损，请放心。",
    ),
    # a site down, a short shipment, spoiled goods, a stuck status, a lost booking
    (
        APOLOGY,
        "您好，我们的网站昨晚挂了两个小时，现在已经恢复。",
        "您好，如果网站打开很慢，可以换个浏览器试试。",
    ),
    (
        APOLOGY,
        "您好，本次活动的奖品我们漏寄给您了，今天补上。",
        "您好，如有缺少配件，请在签收后联系我们。",
    ),
    (
        APOLOGY,
        "您好，我们给您发的牛奶已经过期了，会全额退款。",
        "您好，请在优惠券过期前使用。",
    ),
    (
        APOLOGY,
        "您好，您的订单一直显示待发货，我们催了仓库。",
        "您好，付款后订单会显示待发货，一般当天发出。",
    ),
    (
        APOLOGY,
        "您好，您的酒店预订在我们系统里没有找到，房间已经被订满了。",
        "您好，如果找不到预订记录，请提供确认号。",
    ),
    (
        APOLOGY,
        "您好，快递员没有把包裹送上楼，直接放在了楼下。",
        "您好，如果快递员没有把包裹送上门，请告诉我们。",
    ),
    (
        APOLOGY,
        "您好，您的账号被系统误封了，现已解封。",
        "您好，为防止账号被盗，请开启双重验证。",
    ),
    (
        APOLOGY,
        "您好，这已经是您第三次联系我们了，我们马上处理。",
        "您好，如需再次联系我们，请拨打客服热线。",
    ),
    (
        APOLOGY,
        "您好，已经帮您安排好了。\n\nCustomer wrote:\n> 都三天了还没人联系我",
        "您好，已经帮您安排好了。\n\nCustomer wrote:\n> 请问什么时候发货？",
    ),
    # a warning is no failure: 为避免延误
    (
        APOLOGY,
        "您好，由于仓库系统升级，您的订单晚发了三天。",
        "您好，为避免延误，请尽早下单。",
    ),
    # apologies with a measure word inside; conditional ones without 如果
    (
        APOLOGY,
        "您好，包裹延误了。如给您带来不便，我们深表歉意。",
        "您好，包裹晚到了，跟您道个歉，已经补寄。",
    ),
    (
        APOLOGY,
        "您好，给您带来不便的话，我们很抱歉。包裹延误了。",
        "您好，您上个月的话费被多扣了20元，非常抱歉，已经原路退回。",
    ),
    (
        APOLOGY,
        "您好，包裹延误了。我们不认为这件事需要道歉，运输时效以物流为准。",
        "您好，包裹延误了，我们认为这件事需要向您道歉。",
    ),
    # it is your own doing; told many times; asked again and again
    (
        BLAME,
        "你好，是你自己没填门牌号，快递才送不到。",
        "您好，退款是您自己在App里申请的吗？",
    ),
    (
        BLAME,
        "您好，这个问题的责任在您，我们无法补偿。",
        "您好，这不是您的问题，是系统出了错误。",
    ),
    (
        BLAME,
        "您好，跟您讲了好多遍了，这个优惠不能叠加。",
        "您好，我们跟快递公司说了好几次，今天会优先派送。",
    ),
    (
        BLAME,
        "您好，同样的问题您已经问了五遍了。",
        "您好，您提交了两次申请，我们已合并为一单。",
    ),
    (
        BLAME,
        "您好，麻烦您先把常见问题读一遍再来问。",
        "您好，您可以先看一下说明，有疑问再联系我们。",
    ),
    (
        BLAME,
        "您好，这是基本常识，您应该知道的。",
        "您好，看完这份说明，您现在应该清楚怎么操作了。",
    ),
    (BLAME, "您好，请您仔细阅读我们的退货须知。", "您好，是我没看清您的留言，抱歉。"),
    (BLAME, "你好，这个我上次就告诉你了。", "您好，我已经告诉仓库尽快发货了。"),
    (
        BLAME,
        "您好，由于您的操作不当，设备进水损坏。",
        "您好，因为您的订单金额较大，需要人工审核。",
    ),
    # follow-ups: further investigation, an investigation launched, after an event
    (
        TIME,
        "您好，这个问题我们需要进一步调查，请耐心等待。",
        "您好，如需进一步了解，请查看帮助中心。",
    ),
    (
        TIME,
        "您好，我们将对此事展开调查。",
        "您好，我们已经对此事进行了调查，确认是快递的问题。",
    ),
    (
        TIME,
        "您好，请把照片发给我们，我们看了以后给您处理。",
        "您好，收到照片后已经为您处理好了。",
    ),
    (
        TIME,
        "您好，我们会在收到退货后处理退款。",
        "您好，我们会在收到退货后24小时内处理退款。",
    ),
    # 之前 after a time is "before", not "previously"
    (
        TIME,
        "您好，我们之前在3月5日联系过您，会再给您回电。",
        "您好，我们周五之前会给您回电。",
    ),
    (
        TIME,
        "您好，您的问题我们已经记下了，会转给相关同事处理。",
        "您好，感谢您的建议，我们已经记录下来了。",
    ),
    # cheer and joy in the opener, not their negation
    (
        BREEZY,
        "您好！今天也是元气满满的一天！您的退款还没到账，我们正在处理。",
        "您好！您的退款还没到账，我们正在处理。",
    ),
    (
        BREEZY,
        "哇，您好！您的订单出了点问题。",
        "您好！您的订单出了点问题。",
    ),
    (
        BREEZY,
        "好开心收到您的消息！！\n\n关于您的订单延误，我们查了一下。",
        "您好，要是让您不开心了，我们向您道歉。您的订单延误了。",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_R5)
def test_round5_meaning_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "zh")
    assert rule not in rules_fired(quiet, "zh")


# Round 6: meanings found with new probe drafts (indirect failures, customer complaints in
# the quote, follow-ups without 正在 or 会, times that commit to nothing, openers).
CASES_R6 = [
    # failure context stated indirectly: no apology, so missing-apology fires
    (
        APOLOGY,
        "您好，这次的服务没有达到您的期望，我们已经给您退了运费。",
        "您好，如果商品没有达到您的期望，七天内可以退货。",
    ),
    (
        APOLOGY,
        "您好，这次是我们照顾不周，您的房间已经升级。",
        "您好，服务中有怠慢的地方，您随时告诉我们。",
    ),
    (
        APOLOGY,
        "您好，您订的沙发送来时尺寸和订单不一样，我们会在两天内换货。",
        "您好，请您核对一下账单金额是否不对。",
    ),
    (
        APOLOGY,
        "您好，收到的鞋子左右两只尺码不一样，换货单已经生成。",
        "您好，不同颜色的价格不一样，请以页面为准。",
    ),
    (
        APOLOGY,
        "您好，您的快递被别人签收了，快递公司已经追回。",
        "您好，您不方便的话，也可以请他人代收。",
    ),
    (
        APOLOGY,
        "您好，快递员未经您同意就把包裹放进了快递柜，我们已经反馈。",
        "您好，我们不会未经您同意扣款。",
    ),
    (
        APOLOGY,
        "您好，快递员擅自把包裹放在了门口，我们已经向网点反映。",
        "您好，产品私自拆装是没有售后的。",
    ),
    (
        APOLOGY,
        "您好，您预订的演出因故取消，票款将原路退回。",
        "您好，如需临时取消预约，请提前一天告诉我们。",
    ),
    (
        APOLOGY,
        "您好，快递员没有联系您就把包裹放在了门口，已经提醒网点。",
        "您好，如果快递员没有联系您，请拨打网点电话。",
    ),
    (
        APOLOGY,
        "您好，已经为您补发。\n\n> 师傅说好今天上门，结果没来",
        "您好，如果师傅今天没来，请告诉我们。",
    ),
    (
        APOLOGY,
        "您好，已经为您换货。\n\n> 我订的是蓝色的，收到的是红色",
        "您好，您订的是蓝色的，收到的是蓝色的吗？",
    ),
    (
        APOLOGY,
        "您好，已经为您处理。\n\n> 你们太不负责任了，快递放驿站也不通知我",
        "您好，我们不会敷衍您的问题。",
    ),
    (
        APOLOGY,
        "您好，已经为您处理。\n\n> 退款申请提交了半个月了，没有任何回应",
        "您好，退款申请已经提交，请在订单页查看进度。",
    ),
    (
        APOLOGY,
        "您好，您收到的是一个空盒子，我们已经安排重新发货。",
        "您好，请在包裹破损时当场拒收。",
    ),
    # sincere apologies without 抱歉; thanks for the understanding is none
    (
        APOLOGY,
        "您好，您的包裹延误了，多谢您的谅解。",
        "您好，您的包裹延误了，这件事是我们的不对。",
    ),
    (
        APOLOGY,
        "您好，您的包裹延误了，请您谅解我们的政策。",
        "您好，您的包裹延误了，让您受委屈了，还请您多担待。",
    ),
    # follow-ups
    (
        TIME,
        "您好，我们在查这个问题，请您耐心等待。",
        "您好，我们在系统里核实了，包裹已经签收。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们会跟快递公司沟通这个问题。",
        "您好，您可以跟快递公司沟通派送时间。",
    ),
    (
        TIME,
        "您好，非常抱歉，我会帮您盯着这个订单的。",
        "您好，您可以自己盯着物流信息。",
    ),
    (
        TIME,
        "您好，非常抱歉，这个问题我们还需要再核实一下。",
        "您好，您还需要确认一下收货地址。",
    ),
    (
        TIME,
        "您好，非常抱歉，您的申请已经进入审核流程。",
        "您好，如果申请进入审核流程，您将收到一条短信。",
    ),
    (
        TIME,
        "您好，非常抱歉，我們已經請物流公司協助查找。",
        "您好，我们已经请快递公司核实过了，包裹在驿站。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们会尽全力帮您找回包裹。",
        "您好，我们已经重新为您寄了一份，单号见短信。",
    ),
    (
        TIME,
        "您好，非常抱歉。我们这边已经加急，有新消息第一时间同步给您。",
        "您好，已经为您处理，请查收。",
    ),
    # times that commit to nothing leave the promise untimed
    (
        TIME,
        "您好，非常抱歉，我们正在调查此事，请注意以下两点：请保留包装，请勿拆机。",
        "您好，非常抱歉，我们会在今天下午两点前回复您。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们会尽快处理，如有疑问请拨打24小时热线。",
        "您好，非常抱歉，我们会在24小时内处理。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们会尽快回复您。商品支持30天内免费换货。",
        "您好，非常抱歉，我们会在3个工作日内回复您。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们正在排查原因。您家3号楼的网络已经单独检测过。",
        "您好，非常抱歉，我们会在3号前完成排查。",
    ),
    (
        TIME,
        "您好，非常抱歉，我们周末不休息，会尽快给您回复。",
        "您好，非常抱歉，我们周五前给您回复。",
    ),
    (
        TIME,
        "您好，非常抱歉，您说的次日达没有兑现，我们会核实原因。",
        "您好，非常抱歉，我们次日中午前给您答复。",
    ),
    # openers: letter formulas, small talk, cute announcements
    (
        BREEZY,
        "展信佳！您的订单发错了颜色，我们已经安排换货，非常抱歉。",
        "您好，收到您的来信。您的订单发错了颜色，非常抱歉。",
    ),
    (
        BREEZY,
        "您好，好久不见！您说的耳机没有声音的问题，非常抱歉。",
        "您好，您说的耳机没有声音的问题，非常抱歉。",
    ),
    (
        BREEZY,
        "嗨～收到您的消息啦！您的订单确实被取消了，非常抱歉。",
        "收到您的消息，我们马上为您查询。您的订单被取消了，非常抱歉。",
    ),
    (
        BREEZY,
        "您好，很荣幸为您服务！您反映的扣费错误我们已经核实，非常抱歉。",
        "您好，很荣幸为您服务。您反映的扣费错误我们已经核实，非常抱歉。",
    ),
    (
        BREEZY,
        "您好，小美来啦！您的订单延误了，非常抱歉。",
        "您好，我是客服小美。您的订单延误了，非常抱歉。",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_R6)
def test_round6_meaning_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "zh")
    assert rule not in rules_fired(quiet, "zh")


# round 7: meanings found by probing (each fires in the first draft, stays quiet in the
# second, a look-alike)
CASES_R7 = [
    # a problem named as the topic is a failure; a question or a topic explained is not
    (
        APOLOGY,
        "您好，这个问题给您的工作造成了影响，技术同事已经修好。",
        "您好，关于这个问题，您可以在“设置-账户安全”里修改绑定手机。",
    ),
    (
        APOLOGY,
        "您好，您的订单确实出现了问题，已经重新发货。",
        "您好，支付问题方面，我们支持微信、支付宝和银行卡。",
    ),
    # rules of use, conditions, "when it shows", error messages explained: no failure
    (
        APOLOGY,
        "您好，您的优惠券目前无法使用，我们已经为您重新发放。",
        "您好，优惠券不能用于购买礼品卡，其他商品都可以使用。",
    ),
    (
        APOLOGY,
        "您好，您在登录时遇到的问题是我们服务器故障造成的，现在已恢复。",
        "您好，如您在登录时遇到问题，可以尝试清除浏览器缓存。",
    ),
    (
        APOLOGY,
        "您好，您的订单付款后仍显示未支付，我们查了是系统同步慢了。",
        "您好，如您已经付款但订单仍显示未支付，请刷新页面。",
    ),
    (
        APOLOGY,
        "您好，昨天App一直提示网络异常，现在已经修复。",
        "您好，App提示网络异常时，请检查手机是否开启了飞行模式。",
    ),
    (
        APOLOGY,
        "您好，系统出现了错误提示，我们的技术人员正在修复。",
        "您好，这个错误提示的意思是密码长度不够，请设置8位以上的密码。",
    ),
    (
        APOLOGY,
        "您好，系统升级后您无法登录App，现在已经修好了。",
        "您好，系统每天凌晨2点到4点维护，这段时间可能无法登录。",
    ),
    # complaint channels offered; a delay the customer asked for; policy exceptions
    (
        APOLOGY,
        "您好，已经为您处理。\n\n> 我要投诉你们，发货太慢了",
        "您好，如对我们的服务不满，可以拨打投诉电话400-123-4567。",
    ),
    (
        APOLOGY,
        "您好，您的申诉我们已经收到，正在核实。",
        "您好，您可以在账号安全页面提交申诉，审核通过后就能解封。",
    ),
    (
        APOLOGY,
        "您好，仓库系统升级导致您的订单延迟发货，现在已经发出。",
        "您好，您申请的延迟发货已经办好，我们会在15号发货。",
    ),
    (
        APOLOGY,
        "您好，您收到的台灯灯罩破损了，我们给您补发一个。",
        "您好，签收时请当面验货，发现破损可以拒收。",
    ),
    (
        APOLOGY,
        "您好，您寄回的手表确实是质量问题，我们免费维修。",
        "您好，退货的运费由买家承担，质量问题除外。",
    ),
    # failure paraphrases
    (
        APOLOGY,
        "您好，您收到的咖啡机底座裂了，我们给您安排换新。",
        "您好，咖啡机底座是加厚的，不容易摔坏。",
    ),
    (
        APOLOGY,
        "您好，已经为您办理退货。\n\n> 床单颜色和图片完全不一样",
        "您好，如果收到的商品和图片不一样，请拍照联系我们。",
    ),
    (
        APOLOGY,
        "您好，您一直等不到验证码，是因为短信通道拥堵，现在已经恢复。",
        "您好，验证码一般一分钟内就能收到。",
    ),
    (
        APOLOGY,
        "您好，请您提供一下订单号。\n\n> 我这个问题你还没有帮助我",
        "您好，请您提供一下订单号。\n\n> 我想问一下这个问题",
    ),
    # sincere apologies in other words
    (
        APOLOGY,
        "您好，您的包裹延误了，今天已经发出。",
        "您好，让您久等了，您的包裹今天已经发出。",
    ),
    (
        APOLOGY,
        "您好，您的包裹延误了，我们已经催促快递。",
        "您好，给您添了这么多麻烦，真是过意不去，包裹已经发出。",
    ),
    # customer-blame
    (
        BLAME,
        "您好，同样的问题您已经问了五遍了。",
        "您好，您已经催了好几次了，真的非常抱歉让您一直等。",
    ),
    (
        BLAME,
        "您好，如我在上封邮件中所述，该费用不予退还。",
        "您好，如您所述，包裹外箱确实破损了，我们会为您补发。",
    ),
    (
        BLAME,
        "您好，您再怎么催也没用，我们只能按顺序处理。",
        "您好，我们已经帮您催促快递加快派送。",
    ),
    (
        BLAME,
        "您好，问题出在您那边的路由器设置上，跟我们没有关系。",
        "您好，问题出在我们的系统上，不是您那边的原因。",
    ),
    (
        BLAME,
        "您好，您要是早点告诉我们地址变了，就不会送错了。",
        "您好，如果您想早点收到，可以选择顺丰，就不会耽误。",
    ),
    (
        BLAME,
        "您好，这是您使用不当导致的，不在保修范围内。",
        "您好，这次是我们工作人员操作失误，您不用承担任何费用。",
    ),
    (
        BLAME,
        "您好，是您没有按时付款，订单才会被取消的。",
        "您好，不是您没有付款，是系统没有及时更新，订单才显示未支付。",
    ),
    (
        BLAME,
        "您好，这完全是您个人原因，我们不承担运费。",
        "您好，因个人原因退货的，运费由买家承担。",
    ),
    (
        BLAME,
        "您好，请仔细阅读我们的条款，以免再次误会。",
        "您好，建议您使用前仔细阅读说明书，以获得最佳效果。",
    ),
    (
        BLAME,
        "您好，您根本没有仔细检查包裹就签收了。",
        "您好，请您仔细检查一下包装里有没有说明书。",
    ),
    (
        BLAME,
        "您好，您当初下单的时候为什么不问清楚？",
        "您好，您为什么没收到验证码，我们帮您查一下。",
    ),
    (
        BLAME,
        "您好，由于您填写的地址有误，包裹被退回了。",
        "您好，由于您填写的地址可能有误，麻烦您核对一下。",
    ),
    (
        BLAME,
        "您好，这个问题我们已经回答过很多次了。",
        "您好，我们已经回答过您的三个问题，还有其他需要吗？",
    ),
    # follow-ups: told later vs. told now
    (
        TIME,
        "您好，等仓库那边有消息了，我再跟您说一下。",
        "您好，我再跟您说一下退货的流程：先在订单页申请，然后寄回即可。",
    ),
    (
        TIME,
        "您好，核实发货情况后，我们会通知您。",
        "您好，您的订单发货后，我们会短信通知您。",
    ),
    (
        TIME,
        "您好，我们会调查此事，活动开始前给您答复。",
        "您好，活动开始前我们会通过短信通知您。",
    ),
    (
        TIME,
        "您好，我帮您查一下，稍后回复您。",
        "您好，我帮您看一下订单。您的订单已经发货，单号是YT123456。",
    ),
    (
        TIME,
        "您好，我们会帮您核实退款情况。",
        "您好，我这边帮您核实了一下，退款已经到账了，请查看银行卡。",
    ),
    (
        TIME,
        "您好，我们会继续跟进您的订单。",
        "您好，我们会继续关注此类问题，不断改进服务。",
    ),
    (
        TIME,
        "您好，师傅会联系您上门，请保持电话畅通。",
        "您好，您的包裹正在派送中，请保持电话畅通。",
    ),
    (
        TIME,
        "您好，我们会给您补偿一张20元的优惠券。",
        "您好，我们会给您补偿一张20元的优惠券，已经发到您的账户。",
    ),
    (
        TIME,
        "您好，发票会随货寄出，我们会尽快核实您的地址。",
        "您好，然后跟您说一下，发票会随货寄出。",
    ),
    # concrete times: weeks, holidays, numeric dates; a past act keeps a promised time
    (
        TIME,
        "您好，我们已经转给技术部门，过几天给您答复。",
        "您好，我们已经转给技术部门，下星期给您答复。",
    ),
    (
        TIME,
        "您好，我们会尽快给您补发。",
        "您好，我们会在五一前给您补发。",
    ),
    (
        TIME,
        "您好，我们会尽快联系您。",
        "您好，我们会在3/15前联系您。",
    ),
    (
        TIME,
        "您好，您反映的问题我们会尽快给您答复。",
        "您好，您反映的问题我们会在两个工作日内给您答复。",
    ),
    (
        TIME,
        "您好，我们联系了快递，会尽快给您回复",
        "您好，我们联系了快递明天给您回复",
    ),
    # openers: weekday and festival wishes, cute particles drawn out, greeting + emoji
    (
        BREEZY,
        "周五快乐！您的包裹在路上耽误了两天，非常抱歉。",
        "您好！您的包裹在路上耽误了两天，非常抱歉。",
    ),
    (
        BREEZY,
        "端午节快乐！关于您的退款延误，非常抱歉。",
        "您好，关于您的退款延误，非常抱歉。",
    ),
    (
        BREEZY,
        "亲亲，小美来为您服务啦～您的订单确实延误了，非常抱歉。",
        "亲，您好，我是客服小美。您的订单确实延误了，非常抱歉。",
    ),
    (
        BREEZY,
        "早上好呀！😊您的订单确实延误了，非常抱歉。",
        "您好！您的订单确实延误了，非常抱歉。",
    ),
    (
        BREEZY,
        "亲，在的哦～您的快递延误了，非常抱歉。",
        "亲，在的。您的快递延误了，非常抱歉。",
    ),
    (
        BREEZY,
        "小主您好～您的订单发错了，非常抱歉。",
        "您好～您的订单发错了，非常抱歉。",
    ),
    (
        BREEZY,
        "Hello呀！您的快递延误了，非常抱歉。",
        "Hello，您的快递延误了，非常抱歉。",
    ),
    (
        BREEZY,
        "您好，今天是个美好的日子！您的快递延误了，非常抱歉。",
        "您好，今天您的快递延误了，非常抱歉。",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_R7)
def test_round7_meaning_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "zh")
    assert rule not in rules_fired(quiet, "zh")


# round 8: set 4 as a development set; each mechanism in several wordings of our own
CASES_R8 = [
    # misuse blamed without a subject, as a verdict, and next to our own checkers
    (
        BLAME,
        "您好，经检测是操作不当导致的，不在保修范围。",
        "您好，快递运输中操作不当导致外箱破损，我们马上补发。",
    ),
    (
        BLAME,
        "您好，经检测，手机属于人为损坏，不在保修范围内。",
        "您好，经检测，手机不属于人为损坏，我们免费维修。",
    ),
    (
        BLAME,
        "您好，我们检测后发现是您使用不当造成的，不能保修。",
        "您好，这次是我们工作人员操作失误，您不用承担任何费用。",
    ),
    (
        BLAME,
        "您好，損壞是您自己使用不當造成的。",
        "您好，請問是否是操作不當導致的？我們幫您檢查一下。",
    ),
    # the customer's own reasons as the verdict; denied company responsibility
    (
        BLAME,
        "您好，这属于乘客自身原因造成的，与本公司无关。",
        "您好，这次取消不是乘客自身原因，票款全额退还。",
    ),
    (
        BLAME,
        "您好，这种情况属于您个人原因，我们不承担责任。",
        "您好，如因个人原因需要改签，可以在App里操作。",
    ),
    # told already, pro-drop; per my last email with 回复过
    (BLAME, "您好，都提醒过您好几次了。", "您好，物流那边已经跟您说过取件码了吗？"),
    (
        BLAME,
        "您好，上封邮件已经回复过您了，请翻看一下。",
        "您好，您上封邮件里问的问题，我们回复如下。",
    ),
    # a 'whether' check is no 'as stated in the docs'
    (BLAME, "您好，说明书里已经写明了安装步骤。", "您好，请检查一下说明书里有没有写。"),
    # failure paraphrases without a stated context
    (
        APOLOGY,
        "您好，我们的系统把您的订单误取消了，已经帮您恢复。",
        "您好，为避免误扣，请不要重复付款。",
    ),
    (
        APOLOGY,
        "您好，您的视频会员没有自动续费成功，导致无法观看，我们已手动开通。",
        "您好，频繁输错密码可能导致无法登录。",
    ),
    (
        APOLOGY,
        "您好，您昨天在门店受到了不礼貌的对待，店长已经了解情况。",
        "您好，请不要对工作人员不礼貌。",
    ),
    (
        APOLOGY,
        "您好，课程链接失效了，我们重新给您发一个。",
        "您好，课程链接有效期为七天，过期请重新申请。",
    ),
    (
        APOLOGY,
        "您好，酒店那边把您的房间订成了大床房，和您要的双床房不一样，我们已经帮您调换。",
        "您好，如果收到的颜色和您订的不一样，可以申请换货。",
    ),
    (
        APOLOGY,
        "您好，关于您反映的账单金额与实际使用不符的问题，差额会退回。",
        "您好，账单金额以实际使用为准。",
    ),
    (
        APOLOGY,
        "您好，活动优惠没有兑现，我们给您补发优惠券。",
        "您好，如果承诺未兑现，您可以申请赔付。",
    ),
    (APOLOGY, "您好，外卖少送了一份米饭，我们给您补了优惠券。", "您好，外卖建议趁热食用。"),
    (
        APOLOGY,
        "乘客您好，当天302路公交车在人民医院站未停靠，我们已经和车队核实。",
        "乘客您好，302路公交车在人民医院站停靠。",
    ),
    (APOLOGY, "您好，您说的音箱有杂音，我们这边安排换货。", "您好，这款音箱低音很足。"),
    (
        APOLOGY,
        "您好，您在营业厅排队等候了很长时间，我们已经增加了窗口。",
        "您好，营业厅周末照常营业，欢迎您过来办理。",
    ),
    (
        APOLOGY,
        "乘客您好，当天列车因信号故障晚点了四十分钟，票款差额可以申请退还。",
        "您好，晚点给您回电，请保持电话畅通。",
    ),
    (
        APOLOGY,
        "您好，您家裡的網路訊號一直不好，我們已派人檢查。",
        "您好，如果網路訊號不好，可以先重啟路由器。",
    ),
    (
        APOLOGY,
        "您好，您反映的问题我们已经记录，技术人员正在排查。",
        "您好，您咨询的问题答复如下：会员可以免费退换。",
    ),
    (
        APOLOGY,
        "您好，您的心情我们非常理解，已经帮您加急处理。",
        "您好，我们理解您想尽快收到商品，预计周五发货。",
    ),
    (APOLOGY, "您好，您的电费被多算了一个月，多交的部分会退回。", "您好，电费可以在App里缴纳。"),
    (
        APOLOGY,
        "您好，您的体检报告被寄给了别人，我们正在追回。",
        "您好，您可以把这张礼品卡送给别人使用。",
    ),
    (
        APOLOGY,
        "您好，服务器宕机没法下单，现在已经恢复。",
        "您好，如果系统故障无法登录，可以先清除缓存。",
    ),
    (APOLOGY, "您好，小区未经通知就停水，物业已经整改。", "您好，停水前物业会提前通知。"),
    (
        APOLOGY,
        "您好，航班延误让您没赶上转机，我们为您改签。",
        "您好，请提前到达机场，以免错过航班。",
    ),
    (
        APOLOGY,
        "您好，您觉得这笔服务费收得不合理，我们已经重新核算。",
        "您好，如您认为收费不合理，可以申请复核。",
    ),
    (
        APOLOGY,
        "您好，维修后同样的故障又出现了，我们换一位师傅上门。",
        "您好，如果问题再次出现，请随时联系我们。",
    ),
    # problems met some day in the future are advice
    (
        APOLOGY,
        "您好，您遇到的登录问题是我们的服务器故障造成的。",
        "您好，以后遇到问题可以随时联系我们。",
    ),
    # follow-ups: untimed, vague, handed on; the system's code and a late reply are none
    (
        TIME,
        "您好，具体方案出来后，第一时间发给您。",
        "您好，具体方案出来后，我们会在24小时内发给您。",
    ),
    (TIME, "您好，过两天给您回复。", "您好，两天内给您回复。"),
    (TIME, "您好，此事已交由专案小组处理。", "您好，此事已由专案小组处理完毕，退款已经到账。"),
    (TIME, "您好，我让仓库同事查一下您的包裹。", "您好，我让仓库同事查过了，包裹已经发出。"),
    (TIME, "您好，等工程师检测完再说。", "您好，工程师已经检测完了，设备一切正常。"),
    (TIME, "您好，请耐心等待我们联系您。", "您好，请联系您的客户经理。"),
    (TIME, "您好，我们维修好寄出后会通知您。", "您好，商品发货后会短信通知您。"),
    (TIME, "您好，这边会尽快给到您答复的哈。", "您好，这边会在今天下班前给到您答复的哈。"),
    (
        TIME,
        "您好，人工审核通过后，系统会发送激活链接并通知您。",
        "您好，点击“忘记密码”后，系统会自动寄出重置链接。",
    ),
    (TIME, "您好，我们会尽快回复您。", "您好，这么晚才回复您，真不好意思。"),
    (
        TIME,
        "您好，有关赔偿方案，待我们内部评估后回覆。",
        "您好，赔偿方案已经评估完毕，待您确认后即可到账。",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_R8)
def test_round8_meaning_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "zh")
    assert rule not in rules_fired(quiet, "zh")


def test_round8_typo_apology_counts_in_failure_context() -> None:
    text = "您好，多扣的费用已经退回，是我们系统出错了，给您到个歉。"
    assert APOLOGY not in rules_fired(text, "zh", context="failure")
    assert APOLOGY in rules_fired(
        "您好，多扣的费用已经退回，是我们系统出错了。", "zh", context="failure"
    )


def test_round8_conditional_regret_is_no_apology() -> None:
    text = "乘客您好，如果驾驶员当时的做法让您感到不愉快，我们对此表示遗憾。"
    assert APOLOGY in rules_fired(text, "zh", context="failure")
    assert APOLOGY not in rules_fired(
        "乘客您好，驾驶员当时的做法不妥，我们深表歉意。", "zh", context="failure"
    )


# Round 9: failure context the drafts left implicit (a ban, data out of sync, a bug being
# fixed, an order surge, a 为/未 typo), breezy greetings, follow-ups and their look-alikes.
CASES_R9 = [
    (
        APOLOGY,
        "您好，您的游戏账号被封了，解封需要等待审核结果。",
        "您好，违规使用外挂的账号将被封禁。",
    ),
    (APOLOGY, "您好，手机和电脑上的笔记一直同步不了。", "您好，您可以在设置里选择不同步相册。"),
    (APOLOGY, "您好，技术同事已经复现了这个问题。", "您好，如果问题能复现，请录一段视频给我们。"),
    (APOLOGY, "您好，最近仓库爆单，您的订单还在排队。", "您好，大促期间订单较多，建议您提前下单。"),
    (APOLOGY, "您好，钱已经扣了，但会员却为到账。", "您好，作为到账凭证，请保留好这张截图。"),
    (APOLOGY, "您好，您的订单至今未出库。", "您好，订单还没出库的话，可以直接修改地址。"),
    (
        APOLOGY,
        "您好，您觉得新版后台很难用，我们已经转告产品团队。",
        "您好，新版后台好用吗？欢迎提建议。",
    ),
    (
        APOLOGY,
        "您好，系统刚才开小差了，您的订单没有提交成功。",
        "您好，没事，您的订单已经提交成功了。",
    ),
    (APOLOGY, "您好，您的会员权益没有正常发放。", "您好，会员权益会在每月1日发放。"),
    (APOLOGY, "您好，您的外卖被送到了隔壁楼。", "您好，您也可以让骑手把外卖送到隔壁楼。"),
    (APOLOGY, "您好，您的收货地址被系统写错了。", "您好，如果地址被系统填错了，可以在订单页修改。"),
    (APOLOGY, "您好，升级以后您的积分清零了。", "您好，积分每年年底清零，请及时使用。"),
    (APOLOGY, "您好，软件更新以后您的数据丢了。", "您好，为了防止数据丢失，建议您定期备份。"),
    (
        APOLOGY,
        "您好，对于您认为新流程太繁琐一事，我们表示遗憾。",
        "您好，新流程给您添了不少麻烦，我们深表歉意。",
    ),
    (BREEZY, "周末好呀！\n\n您的订单延误了，非常抱歉。", "您好！\n\n您的订单延误了，非常抱歉。"),
    (BREEZY, "嘿，老铁！\n\n你的订单延误了，非常抱歉。", "你好，\n\n你的订单延误了，非常抱歉。"),
    (
        BREEZY,
        "嗨！收到你的来信真是太高兴了！\n\n你的订单延误了，非常抱歉。",
        "你好，收到你的来信。\n\n你的订单延误了，非常抱歉。",
    ),
    (
        TIME,
        "您好，把破损的照片发过来，我们研究一下怎么给您处理。",
        "下面我们看一下如何处理这个报错。",
    ),
    (
        TIME,
        "您好，您的订单我们正在帮您催仓库发货。",
        "您好，看到您一直在催，快递单号已经发给您了。",
    ),
    (TIME, "您好，技术那边还在查原因。", "您好，技术那边查过了，是网络问题，现在已经恢复。"),
    (TIME, "您好，我们还在等厂家的检测报告。", "您好，厂家的检测报告已经出来了，没有质量问题。"),
    (TIME, "您好，回头我再打给您。", "您好，您也可以直接打给您的专属顾问。"),
    (TIME, "您好，这件事我们会向上级汇报。", "您好，这件事已经向上级汇报，处理结果是全额退款。"),
    (TIME, "您好，我们已将个案转交财务部，会尽早通知您。", "您好，请勿将验证码告知他人。"),
    (
        TIME,
        "您好，您于3月2日退订的课程，退款我们会尽快处理。",
        "您好，技术支持团队会在两个工作日内回复您。",
    ),
    (TIME, "您好，您的投诉已经进入审核流程。", "您好，整个审核流程合规，结论维持不变。"),
    (
        BLAME,
        "您好，您没有及时确认收货，所以订单自动关闭了。",
        "您好，在您删除成员后，系统没有及时同步席位数。",
    ),
    (BLAME, "您好，是您没有仔细看活动规则。", "您好，是我们的客服没有认真看您的留言，非常抱歉。"),
    (BLAME, "您好，是您自己把地址填错了。", "您好，您的地址被系统写错了，我们已经改好。"),
]


CASES_R9 += [
    (TIME, "您好，您的问题已经转交技术部门跟进。", "您好，我们已将退款退回您的账户，请查收。"),
    (TIME, "您好，这个订单我们会再人工处理一次。", "您好，订单提交后，系统将自动处理。"),
    (TIME, "您好，这个问题还需要进一步核实。", "您好，如您需要进一步帮助，请随时联系我们。"),
    (TIME, "您好，我们会给您打电话说明处理结果。", "您好，包裹到达后快递员会给您打电话。"),
    (
        APOLOGY,
        "您好，关于您提出的质疑，我们已经重新核查。",
        "您好，如您对结果有质疑，可以申请复核。",
    ),
    (APOLOGY, "您好，师傅说好上午来，到现在还没来。", "您好，那我们就说好了，明天上午十点见。"),
    (APOLOGY, "您好，您的信用卡出现了一笔陌生消费。", "您好，这是您本月的账单明细，请查看。"),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_R9)
def test_round9_meaning_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    context = "failure" if rule == BREEZY else None
    assert rule in rules_fired(fires, "zh", context=context)
    assert rule not in rules_fired(quiet, "zh", context=context)
