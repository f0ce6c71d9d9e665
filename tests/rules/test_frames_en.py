"""English concept frames: each meaning fires in a draft; its look-alike stays quiet."""

import pytest
from helpers import rules_fired

from replylint import lint_text

BLAME = "customer-blame"
APOLOGY = "missing-apology"
BREEZY = "breezy-opener"
TIME = "missing-response-time"

# (rule, draft where it fires, near miss where it stays quiet)
CASES = [
    # customer-blame: repeated requests counted, sarcasm, not bothering, the fault seated
    (
        BLAME,
        "Hi Tom,\n\nSending the same screenshot for the fourth time won't help us fix it "
        "any faster.",
        "Hi Tom,\n\nThanks for the screenshot; it will help us fix the bug faster.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nThe more tickets you open, the longer it will take us to get through them.",
        "Hi Tom,\n\nOpen a ticket in the portal and we will take it from there.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nAnother ticket about the same outage? We heard you the first time.",
        "Hi Tom,\n\nWe heard from the engineers this morning: the outage is over.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nConstantly nagging the front desk won't get your room ready any sooner.",
        "Hi Tom,\n\nThe front desk will let you know as soon as your room is ready.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nYour card was declined because you never bothered to update it in the app.",
        "Hi Tom,\n\nDon't bother printing a label, the courier brings one.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nYou missed the deadline, and that is nobody's fault but yours.",
        "Hi Tom,\n\nThe deadline passed because our reminder never went out.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nThe password was clearly mistyped on your side; our login works fine.",
        "Hi Tom,\n\nIf the password was mistyped, you can reset it from the login page.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nI'm afraid you read the meter wrong, which is why the bill is so high.",
        "Hi Tom,\n\nWe read the meter wrong, which is why the bill was so high.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nOur terms spell this out plainly: returns are accepted within 30 days.",
        "Hi Tom,\n\nWe will spell out the new return window in the updated terms.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nLet me explain this slowly: the bill covers May, not June.",
        "Hi Tom,\n\nLet me explain the bill: it covers May, not June.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nMissing the connection is the result of you booking a 10-minute transfer.",
        "Hi Tom,\n\nMissing the connection is the result of our train running late.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nYou must have mixed up the dates when booking.",
        "Hi Tom,\n\nWe mixed up the dates when we booked your room.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nThe instructions in the leaflet are very clear.",
        "Hi Tom,\n\nWe will make it very clear in the new leaflet that water damage isn't covered.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nI have already told you twice that the voucher has expired.",
        "Hi Tom,\n\nWe should have told you about the engineering works before you travelled.",
    ),
    # customer-blame: repetition and condescension
    (
        BLAME,
        "Hi Tom,\n\nAs we have explained several times, the voucher has expired.",
        "Hi Tom,\n\nWe will tell you as soon as we know more about the voucher.",
    ),
    (
        BLAME,
        "Hi Tom,\n\nI have already told you twice that the voucher has expired.",
        "Hi Tom,\n\nI have already confirmed the refund with our bank.",
    ),
    (
        BLAME,
        "Hello,\n\nWe have explained this several times now. The fee stands.",
        "Hello,\n\nOur engineers tested the router several times and it works.",
    ),
    (
        BLAME,
        "Hello,\n\nAs previously explained, we cannot refund a used item.",
        "Hello,\n\nAs you mentioned before, the box was damaged. I'm sorry about that.",
    ),
    (
        BLAME,
        "Dear Ms Shah,\n\nYou have already been informed that the offer ended in May.",
        "Dear Ms Shah,\n\nYou should have been told about the fee, and I'm sorry you were not.",
    ),
    (
        BLAME,
        "Hi,\n\nThis has already been explained to you in detail.",
        "Hi,\n\nThis has not been explained well on our website, so I have asked for a fix.",
    ),
    (
        BLAME,
        "Hi Ann,\n\nThis was explained in my last reply.",
        "Hi Ann,\n\nWe replied to the last message in your thread this morning.",
    ),
    (
        BLAME,
        "Hi Ann,\n\nAs per our previous email, the refund has been issued.",
        "Hi Ann,\n\nAs per our policy, refunds are issued within five days.",
    ),
    (
        BLAME,
        "Hi Ann,\n\nPlease refer to my previous email for the answer.",
        "Hi Ann,\n\nI will refer your case to my previous manager today.",
    ),
    (
        BLAME,
        "Hi,\n\nThe delivery window is stated quite clearly on the product page.",
        "Hi,\n\nPlease state clearly which items you would like to return.",
    ),
    (
        BLAME,
        "Hi,\n\nWe clearly state on our website that sale items are final.",
        "Hi,\n\nWe will make the fee clearer on our website.",
    ),
    (
        BLAME,
        "Hi,\n\nThis information is clearly displayed on our website.",
        "Hi,\n\nThe new opening hours are displayed on our website.",
    ),
    (
        BLAME,
        "Hi,\n\nAs outlined in our terms and conditions, deposits are non-refundable.",
        "Hi,\n\nOur terms do not say this, as far as I can see.",
    ),
    (
        BLAME,
        "Hi,\n\nAs you should know, sale items cannot be returned.",
        "Hi,\n\nAs you know, the sale ends on Friday.",
    ),
    (
        BLAME,
        "Hi,\n\nWe've been over this. The refund was sent on Monday.",
        "Hi,\n\nWe've looked over your account. The refund was sent on Monday.",
    ),
    (
        BLAME,
        "Hi,\n\nThis is the third time you have asked us the same question.",
        "Hi,\n\nI'm sorry this is the third time you have had to contact us.",
    ),
    (
        BLAME,
        "Hi,\n\nYou agreed to these terms when you placed the order.",
        "Hi,\n\nBy placing an order you agree to our terms.",
    ),
    # customer-blame: accusation
    (
        BLAME,
        "Hi,\n\nYou clearly didn't read the confirmation email.",
        "Hi,\n\nIf you did not see the email, please check your spam folder.",
    ),
    (
        BLAME,
        "Hi,\n\nYou didn't follow the instructions we sent.",
        "Hi,\n\nYou did not do anything wrong; the fault was ours.",
    ),
    (
        BLAME,
        "Hi,\n\nYou should've checked the size chart first.",
        "Hi,\n\nYou should have received the tracking link by now.",
    ),
    (
        BLAME,
        "Hi,\n\nYou forgot to enter the discount code at checkout.",
        "Hi,\n\nIf you did not request a password reset, you can safely ignore this email.",
    ),
    (
        BLAME,
        "Hi,\n\nUnfortunately the delay was entirely your own doing.",
        "Hi,\n\nIt is not your fault that the parcel was late, and I'm sorry.",
    ),
    (
        BLAME,
        "Hi,\n\nThe parcel was returned because of the incorrect address you provided.",
        "Hi,\n\nThe parcel was returned because of a fault at our depot. I'm sorry.",
    ),
    (
        BLAME,
        "Hi,\n\nYou probably typed the wrong card number.",
        "Hi,\n\nIf you typed the wrong email, you can change it in settings.",
    ),
    (
        BLAME,
        "Hi,\n\nYou seem to have misunderstood the terms of the offer.",
        "Hi,\n\nI'm sorry if our email confused you.",
    ),
    (
        BLAME,
        "Hi,\n\nIf you'd read the terms, you would have known about the fee.",
        "Hi,\n\nIf you have looked everywhere and still can't find it, let us know.",
    ),
    (
        BLAME,
        "Hi,\n\nPlease go through the instructions more carefully next time.",
        "Hi,\n\nWe have read your message carefully.",
    ),
    (
        BLAME,
        "Hi,\n\nYou need to understand that we are a small team.",
        "Hi,\n\nYou need to check the box to continue.",
    ),
    # customer-blame: scolding about repeated requests
    (
        BLAME,
        "Hi,\n\nOpening a new ticket every day will not speed up the process.",
        "Hi,\n\nWe will send more updates as soon as the parcel moves.",
    ),
    (
        BLAME,
        "Hi,\n\nSending multiple emails only slows things down for everyone.",
        "Hi,\n\nOur new ticket system means replies are no longer slower at weekends.",
    ),
    (
        BLAME,
        "Hi,\n\nPlease refrain from emailing us about the same order.",
        "Hi,\n\nWe have stopped the payment.",
    ),
    (
        BLAME,
        "Hi,\n\nPlease do not send us any more emails about this order.",
        "Hi,\n\nPlease don't hesitate to contact us again if you need anything.",
    ),
    (
        BLAME,
        "Hi,\n\nYou keep emailing us about an order that has already been refunded.",
        "Hi,\n\nI'm sorry you have had to keep chasing us about this.",
    ),
    # failure context: a draft without apology gets missing-apology; a neutral one does not
    (
        APOLOGY,
        "Hi,\n\nThe engineer never turned up on Tuesday. He will come on Friday.",
        "Hi,\n\nThe engineer turned up on time on Tuesday and fitted the boiler.",
    ),
    (
        APOLOGY,
        "Hi,\n\nYour parcel was taken to the neighbouring town by mistake.",
        "Hi,\n\nYou can also collect your parcel at another branch if you prefer.",
    ),
    (
        APOLOGY,
        "Hi,\n\nThe sofa arrived a full week after the promised date.",
        "Hi,\n\nYour order arrived on the promised date.",
    ),
    (
        APOLOGY,
        "Hi,\n\nYour refund has taken far longer than it should.",
        "Hi,\n\nThe exchange does not take long.",
    ),
    (
        APOLOGY,
        "Hi,\n\nOur system took the payment twice. The second one is now back.",
        "Hi,\n\nWe will not take any payment until the item ships.",
    ),
    (
        APOLOGY,
        "Hi,\n\nThe vase arrived in pieces. A new one is on its way.",
        "Hi,\n\nIf anything arrives in pieces, you can send us a photo.",
    ),
    (
        APOLOGY,
        "Hi,\n\nWe have no record of your booking for the 14th.",
        "Hi,\n\nYou can find your booking in the app.",
    ),
    (
        APOLOGY,
        "Hi,\n\nYou received a blue jumper instead of the grey one you ordered.",
        "Hi,\n\nYou can choose to receive store credit instead of the refund you requested.",
    ),
    (
        APOLOGY,
        "Hi,\n\nThe charger was not in the box. We have posted one today.",
        "Hi,\n\nIf the charger is not in the box, let us know.",
    ),
    (
        APOLOGY,
        "Hi,\n\nThe cable was left out of your parcel.",
        "Hi,\n\nIf anything is left out of your parcel, tell us.",
    ),
    (
        APOLOGY,
        "Hi,\n\nI forgot to add the voucher to your account. It is there now.",
        "Hi,\n\nWe will not forget your birthday voucher.",
    ),
    (
        APOLOGY,
        "Hi,\n\nOur team never got back to you after your call.",
        "Hi,\n\nThank you for calling us about the new tariff.",
    ),
    (
        APOLOGY,
        "Hi,\n\nI understand you are not happy with the repair.",
        "Hi,\n\nIf you are not happy with the repair, you can return it.",
    ),
    (
        APOLOGY,
        "Hi,\n\nOther shops don't charge for bags, so why do you?",
        "Hi,\n\nHere's why we charge a small deposit for bikes.",
    ),
    (
        APOLOGY,
        "Hi,\n\nWe're sorry you're not happy with our decision. The fee stands.",
        "Hi,\n\nWe're sorry that we let you down with the late delivery.",
    ),
    # routine transactions the customer asked for are neutral
    (
        APOLOGY,
        "Hi,\n\nWe have refunded the wrong card.",
        "Hi,\n\nWe have processed your refund for the returned jacket.",
    ),
    (
        APOLOGY,
        "Hi,\n\nYour flight was cancelled because of a strike.",
        "Hi,\n\nI have cancelled your subscription as requested.",
    ),
    # breezy openers (in failure context)
    (
        BREEZY,
        "Hi,\n\nBrilliant news, we found your parcel! It was damaged, sorry about that.",
        "Hi,\n\nThank you for your email. We found your parcel; it was damaged, sorry.",
    ),
    (
        BREEZY,
        "Hi,\n\nHope you had a lovely weekend! Sorry your parcel is late.",
        "Hi,\n\nI hope this helps. Sorry your parcel is late.",
    ),
    (
        BREEZY,
        "Hi,\n\nHow's it going? Sorry your parcel is late.",
        "Hi,\n\nThanks for letting us know. Sorry your parcel is late.",
    ),
    # follow-ups
    (
        TIME,
        "Hi,\n\nI've asked the warehouse to check the stock for you.",
        "Hi,\n\nWe have updated your address as requested.",
    ),
    (
        TIME,
        "Hi,\n\nWe are now awaiting a response from the courier.",
        "Hi,\n\nWe are now awaiting a response from the courier and will update you by Friday.",
    ),
    (
        TIME,
        "Hi,\n\nYour case is currently being investigated by our claims team.",
        "Hi,\n\nYour case was investigated last month and closed.",
    ),
    (
        TIME,
        "Hi,\n\nYou will receive an update from our engineers.",
        "Hi,\n\nIf you need an update, you can call us.",
    ),
    (
        TIME,
        "Hi,\n\nI've passed your complaint on to the team.",
        "Hi,\n\nThanks for the kind words! I've passed them on to the team.",
    ),
]


def test_sincere_regret_and_remorse_count_as_apologies():
    for draft in (
        "Hi,\n\nWe regret that your order arrived damaged. A new one ships today.",
        "Hi,\n\nI'm mortified that your order went to the wrong address.",
    ):
        assert APOLOGY not in rules_fired(draft, "en")
    assert APOLOGY in rules_fired("Hi,\n\nWe regret to inform you the flight is cancelled.", "en")


def test_contractions_of_did_not_read():
    for draft in (
        "You didn't read the instructions.",
        "You never read the email.",
        "You should've read the terms.",
        "You must've typed it wrong.",
    ):
        assert BLAME in rules_fired(draft, "en"), draft


def test_plural_coming_days_is_vague_and_within_the_hour_is_concrete():
    assert TIME in rules_fired("Hi,\n\nWe'll update you in the coming days.", "en")
    assert TIME not in rules_fired("Hi,\n\nWe'll call you back within the hour.", "en")
    assert TIME not in rules_fired("Hi,\n\nWe'll update you over the next two days.", "en")


# Round 2: (rule, draft where it fires, near miss where it stays quiet)
CASES_2 = [
    (
        BLAME,
        "Hi Jo,\n\nYou were warned about the restocking fee at checkout.",
        "Hi Jo,\n\nI'm sorry you were not warned about the restocking fee.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nI have already answered this question. The fee stands.",
        "Hi Jo,\n\nI'm sorry you have already had to explain this to my colleague.",
    ),
    (
        BLAME,
        "Dear Mr Hale,\n\nI refer you to my email of 3 March.",
        "Dear Mr Hale,\n\nI would like to point you to our returns page for the form.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nIf you read my previous email, you will see the answer.",
        "Hi Jo,\n\nIf you check the attached invoice, you will see the refund.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nThe instructions on the box are very clear.",
        "Hi Jo,\n\nWe have made the instructions on the box clearer.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nIt says so clearly on the website.",
        "Hi Jo,\n\nIt says so on the website, but I agree it is easy to miss.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nThe mistake was on your side, not ours.",
        "Hi Jo,\n\nThe mistake on your bill was ours, and I have corrected it.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nThe damage to the screen was caused by misuse.",
        "Hi Jo,\n\nThe damage to the screen was not caused by misuse.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nYou must have dropped the phone at some point.",
        "Hi Jo,\n\nYou must have been so worried when the phone stopped working.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nPlease read my email again.",
        "Hi Jo,\n\nI read your email again and I see what went wrong.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nNext time, please double-check your address before ordering.",
        "Hi Jo,\n\nTo make sure this doesn't happen next time, we've added a note.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nThere is no need to email us multiple times about the same order.",
        "Hi Jo,\n\nThere is no need to send the receipt again, we have it.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nPlease pay closer attention to the size chart.",
        "Hi Jo,\n\nWe will pay closer attention to the packing of fragile items.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nIt is your job to keep your contact details up to date.",
        "Hi Jo,\n\nIt is not your job to chase the courier, so I will do it.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nWe cannot be held responsible for incorrect details entered at checkout.",
        "Hi Jo,\n\nThe wrong item was not what you paid for, and we will replace it.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nThe delay was caused by you not sending the documents.",
        "Hi Jo,\n\nThe delay was not caused by anything you did or did not send.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nYou were given clear instructions when you booked.",
        "Hi Jo,\n\nI'm sorry you were not given clear instructions when you booked.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nTry reading the manual before you ring us.",
        "Hi Jo,\n\nWe will try reading the serial number from the photo.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nHonestly, it's all in the FAQ.",
        "Hi Jo,\n\nYou will find it all in the FAQ, and I have linked the page below.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nYou left it too late to cancel the booking.",
        "Hi Jo,\n\nI'm sorry you waited too long for an answer.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nYou have asked the same question four times.",
        "Hi Jo,\n\nI'm sorry you have had to ask the same question four times.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nIf you'd ordered the right size, this would not have happened.",
        "Hi Jo,\n\nIf you'd like the right size instead, we can swap it.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nAs I'm sure you are aware, the sale ended on Sunday.",
        "Hi Jo,\n\nAs you may know, the sale ended on Sunday.",
    ),
    (
        BLAME,
        "Hi Jo,\n\nYou only have yourself to blame for the late fee.",
        "Hi Jo,\n\nNone of this is your fault, and the late fee is cancelled.",
    ),
]


def test_contracted_am_and_have_inside_terms():
    """Draft tokens 'm / 've: concept terms spell them as their lemmas 'be' / 'have'."""
    assert TIME in rules_fired("Hi,\n\nI'm looking into this for you.", "en")
    assert BLAME not in rules_fired("Hi,\n\nYou should've received the code by now.", "en")
    assert BLAME not in rules_fired(
        "Hi,\n\nI'm sorry you've had to explain this several times.", "en"
    )


# Round 2, failure context: the draft (or the customer's quoted words) names a problem,
# so missing-apology fires; the near miss is neutral and stays quiet.
FAILURE_CASES = [
    (
        "The jacket you ordered is now out of stock, so I have refunded you.",
        "If the jacket you ordered is ever out of stock, we will let you know.",
    ),
    (
        "The engineer was unable to attend your appointment on Tuesday.",
        "If you are unable to attend your appointment, please call us.",
    ),
    (
        "Your appointment had to be rescheduled because the engineer was ill.",
        "Your appointment was moved to Friday as you asked.",
    ),
    (
        "Your parcel has been held at customs since Monday.",
        "If your parcel is held at customs, you may need to pay a fee.",
    ),
    ("The payment was taken twice.", "You can pay twice a year if you prefer."),
    (
        "We took two payments for the same order.",
        "You can pay for the same order in two payments if you prefer.",
    ),
    (
        "Your food was stone cold when it arrived.",
        "Keep the food in the fridge and serve it cold.",
    ),
    (
        "The room was dirty when you checked in.",
        "If the room is dirty when you check in, call reception.",
    ),
    (
        "Your case was closed without a reply.",
        "If your case is closed without a reply, you can reopen it.",
    ),
    (
        "You should not have been charged for this.",
        "You should not have any trouble logging in now.",
    ),
    (
        "This is not the level of service we aim for.",
        "We hope our service is always the level you expect.",
    ),
    (
        "You have had to chase us several times about this.",
        "You will have to contact the bank to cancel the payment.",
    ),
    (
        "We promised to call you back and didn't.",
        "We promised to call you back on Friday, and we did.",
    ),
    (
        "The call dropped while you were talking to my colleague.",
        "If the call drops, we will ring you back.",
    ),
    ("The link we sent you has expired.", "The link expires after 24 hours."),
    (
        "Your seat was given to another passenger.",
        "If you don't check in, your seat may be given to another passenger.",
    ),
    (
        "You weren't told about the fee when you booked.",
        "If you were not told about the fee, let us know.",
    ),
    ("The restaurant forgot your drinks.", "Don't worry if you forgot the reference number."),
    (
        "The size on the label is wrong.",
        "Let us know if the size is wrong.",
    ),
    (
        "The item is not what you ordered.",
        "If the item is not what you ordered, send it back.",
    ),
    (
        "The tracking says delivered, but I know you haven't received it.",
        "The tracking says delivered on Monday at 10am.",
    ),
]

QUOTED = "Hi Jo,\n\nI have checked your account.\n\nBest,\nAlex\n\nJo wrote:\n> {}\n"
# The customer's own complaint in the quote: first person, questions, threats.
QUOTED_CASES = [
    ("Where is my order? I ordered it two weeks ago.", "Where is my nearest store?"),
    ("I ordered a blue jumper and got a red one.", "I ordered a blue jumper and it came today."),
    ("I want my money back.", "Can I pay by card?"),
    ("Not happy at all.", "Thanks, that all makes sense."),
    ("I'm really unhappy with how this has been handled.", "I'm happy with the new plan."),
    ("The app won't let me log in.", "The app is great."),
    ("My card was declined at the checkout.", "I paid by card at the checkout."),
    ("The money has left my account but the order failed.", "Which account should I use?"),
    ("You charged me for something I didn't order.", "I didn't order the cheese, did I?"),
    ("This is the fourth time I'm contacting you.", "This is my first order with you."),
    ("Why don't your emails have an unsubscribe link?", "What time do you open?"),
]


@pytest.mark.parametrize("fires,quiet", FAILURE_CASES)
def test_failure_paraphrase_puts_the_draft_in_failure_context(fires, quiet):
    assert APOLOGY in rules_fired(f"Hi Jo,\n\n{fires}\n\nBest,\nAlex", "en")
    assert APOLOGY not in rules_fired(f"Hi Jo,\n\n{quiet}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize("fires,quiet", QUOTED_CASES)
def test_customer_complaint_in_the_quote_is_failure_context(fires, quiet):
    assert APOLOGY in rules_fired(QUOTED.format(fires), "en")
    assert APOLOGY not in rules_fired(QUOTED.format(quiet), "en")


@pytest.mark.parametrize(
    "apology,sincere",
    [
        ("I'm sorry, but that is our policy.", False),
        ("We're sorry you found our service lacking.", False),
        ("We regret any perceived inconvenience.", False),
        ("I'm sorry, but I have good news: the parcel has been found.", True),
        ("Please forgive the delay in replying.", True),
        ("Soz about that, it's on its way now.", True),
    ],
)
def test_refusing_and_hedged_apologies(apology, sincere):
    draft = f"Hi Jo,\n\nYour parcel was delayed at the depot. {apology}\n\nBest,\nAlex"
    assert (APOLOGY not in rules_fired(draft, "en")) is sincere


@pytest.mark.parametrize(
    "opener",
    [
        "Merry Christmas!",
        "Always a pleasure to hear from you!",
        "Great question!",
        "We love hearing from our customers!",
        "Hey there, superstar!",
    ],
)
def test_festive_and_chatty_openers_are_breezy(opener):
    draft = f"Hi Jo,\n\n{opener} Your parcel was delayed at the depot.\n\nBest,\nAlex"
    assert BREEZY in rules_fired(draft, "en")
    plain = "Hi Jo,\n\nThank you for your email. Your parcel was delayed at the depot."
    assert BREEZY not in rules_fired(plain, "en")


def test_quoted_driver_took_me_to_the_wrong_place():
    quoted = QUOTED.format("My driver drove me to the bus station instead of the airport.")
    assert APOLOGY in rules_fired(quoted, "en")
    assert APOLOGY not in rules_fired(QUOTED.format("The driver took me to the airport."), "en")


# Round 3: "we told you" wordings, reminders, responsibility, counterfactual passives.
CASES_3 = [
    (
        "You were made aware of this at the time of purchase.",
        "We were made aware of the outage at 9am.",
    ),
    (
        "This was all explained to you on the phone.",
        "The process was never explained to you, and I'm sorry about that.",
    ),
    (
        "May I remind you that the terms were accepted at checkout.",
        "I would like to remind you that your subscription renews on 3 May.",
    ),
    (
        "For future reference, please be aware that the return window is 14 days.",
        "For future reference, you can also track your order in our app.",
    ),
    (
        "It is the responsibility of the account holder to keep their password safe.",
        "It is our responsibility to get this right, and we did not.",
    ),
    (
        "It is the buyer's responsibility to check the size guide.",
        "It is the seller's responsibility to ship the right size.",
    ),
    (
        "Customers are responsible for checking their order before confirming.",
        "The courier is responsible for delivering to the right address.",
    ),
    (
        "It is not our responsibility if you provide the wrong details.",
        "It is not your responsibility to chase us.",
    ),
    (
        "Had the instructions been followed, this would not have happened.",
        "Had our team followed the instructions, this would not have happened.",
    ),
    (
        "If the instructions had been followed, the device would not have been damaged.",
        "If the instructions have been followed and it still fails, we will replace it.",
    ),
    (
        "The instructions are very simple if followed correctly.",
        "The setup is easy if you follow the guide, and I've attached it here.",
    ),
    (
        "You chose not to take out insurance, so we cannot cover the loss.",
        "If you chose not to renew, no further payment will be taken.",
    ),
    (
        "We would expect customers to read the instructions before use.",
        "We would expect you to receive the parcel on Friday.",
    ),
    (
        "Going forward, please double-check your order before submitting it.",
        "Going forward, we will double-check every order before dispatch.",
    ),
    (
        "The damage was caused by improper handling on your part.",
        "The damage was caused by improper handling in our warehouse.",
    ),
]


@pytest.mark.parametrize("fires,quiet", CASES_3)
def test_round3_blame_fires_and_near_miss_stays_quiet(fires, quiet):
    assert BLAME in rules_fired(f"Hi Sam,\n\n{fires}\n\nBest,\nAlex", "en")
    assert BLAME not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "plain,failure",
    [
        (
            "Your refund has been processed and should appear within 5 days.",
            "Your refund still hasn't been processed.",
        ),
        (
            "We have received your return and issued a full refund.",
            "The parcel arrived damaged, so we've issued a full refund.",
        ),
        ("If the parcel ever goes astray, just let us know.", "The parcel has gone astray."),
        (
            "You missed the engineer's visit, so we have rebooked it.",
            "The technician missed the appointment window. I have rebooked him.",
        ),
    ],
)
def test_round3_failure_context(plain, failure):
    assert APOLOGY not in rules_fired(f"Hi Sam,\n\n{plain}\n\nBest,\nAlex", "en")
    assert APOLOGY in rules_fired(f"Hi Sam,\n\n{failure}\n\nBest,\nAlex", "en")


# Round 4: (rule, draft where it fires, near miss where it stays quiet); each is wrapped
# in a greeting and sign-off. Failure drafts carry no apology, so missing-apology fires.
CASES_4 = [
    # missing-response-time: follow-ups in other wordings
    (
        TIME,
        "I'm sorry the app keeps freezing. We'll drop you a quick line once the fix is out.",
        "I'm sorry the app froze. The fix is out now; drop us a line if it happens again.",
    ),
    (
        TIME,
        "I'm sorry the lift is out of order again. The maintenance team are on it.",
        "I'm sorry the lift was out of order. It was repaired this morning.",
    ),
    (
        TIME,
        "I'm sorry about the meter mix-up. Our billing team will recheck the reading "
        "and then get in touch with you.",
        "I'm sorry about the meter mix-up. You will find the new reading in the app, "
        "so please get in touch with us if it looks wrong.",
    ),
    (
        TIME,
        "I'm sorry your saved levels vanished. They will be restored automatically "
        "with the next patch.",
        "I'm sorry your saved levels vanished. They have already been restored.",
    ),
    (
        TIME,
        "I'm sorry your case was closed. I'll chase the claims team and we'll be "
        "in touch when they decide. You may claim £20 per day for a hire car.",
        "I'm sorry your case was closed. I'll chase the claims team and you'll hear from "
        "us by Friday. You may claim £20 per day for a hire car.",
    ),
    (
        TIME,
        "I'm sorry about what happened on the 8:15 service on Monday. I've passed your "
        "complaint to the depot manager, who will look into it.",
        "I'm sorry about what happened on the 8:15 service on Monday. I've passed your "
        "complaint to the depot manager, who will look into it by 30 June.",
    ),
    # missing-apology: failure context in other wordings
    (
        APOLOGY,
        "That isn't the kind of stay we would want for any guest.",
        "Is this the kind of stay you would want to book again?",
    ),
    (
        APOLOGY,
        "Please DM us your ticket details and we'll look at the missed connection.",
        "Please DM us your ticket details if you need to change a connection.",
    ),
    (
        APOLOGY,
        "The album was removed from your library and there is no way to get it back.",
        "You can get an album back from the bin for 30 days after removing it.",
    ),
    (
        APOLOGY,
        "I've looked at your statement. The additional £9.99 is a roaming charge.",
        "I've looked at your statement. You can add extra data for £9.99.",
    ),
    (
        APOLOGY,
        "Oh no, we're sad to hear that about your flight.",
        "It is wonderful to hear that your flight went smoothly.",
    ),
    (
        APOLOGY,
        "Your invoices were going to spam because of a filter on our side.",
        "If an invoice is missing, it may have gone to spam.",
    ),
    (
        APOLOGY,
        "The tracking says delivered, but the box was left at the wrong door.",
        "The tracking says delivered at 10:12 at your front door.",
    ),
    (
        APOLOGY,
        "The dishwasher stopped draining after a week. Please send us a photo.",
        "We stopped sending paper statements in May. Please use the app.",
    ),
    (
        APOLOGY,
        "Your reading was estimated, which is why the bill was so high.",
        "Your bill will be higher from April when the new tariff starts.",
    ),
    (
        APOLOGY,
        "The supplier never shipped the chairs, so the order is cancelled.",
        "The supplier shipped the chairs this morning.",
    ),
    # breezy-opener: small talk in other wordings
    (
        BREEZY,
        "Hope the week is treating you kindly! Your order is late because of the strike.",
        "Your order is late because of the strike. Hope the week treats you kindly!",
    ),
    # customer-blame: accusation and condescension in other wordings
    (
        BLAME,
        "I'm afraid you must have picked the wrong date when booking.",
        "You must have been given the wrong date by our agent.",
    ),
    (
        BLAME,
        "All of this would not have happened if you had kept your receipt.",
        "All of this would not have happened if we had checked the stock.",
    ),
    (
        BLAME,
        "Did you actually read the delivery notes?",
        "Did you receive the delivery notes?",
    ),
    (
        BLAME,
        "This is the fifth time I have pointed this out.",
        "I'm sorry this is the fifth time you have had to point this out.",
    ),
    (
        BLAME,
        "The manual clearly states not to charge it overnight.",
        "The manual did not clearly state not to charge it overnight, so we changed it.",
    ),
    (
        BLAME,
        "You seem to have disregarded the warning on the checkout page.",
        "You seem to have everything you need for the return.",
    ),
    (
        BLAME,
        "You were told at the time that the deposit was non-refundable.",
        "You were told at the time that the deposit would come back, and it did not.",
    ),
]


@pytest.mark.parametrize(
    "quiet",
    [
        "As I said on the phone, I'm so sorry about the mix-up.",
        "I know you've already told us this, and I'm sorry to ask again.",
        "As I said I would, I have chased the courier for you.",
        "The order confirmation is in your order history if you need it.",
    ],
)
def test_round4_no_blame_or_failure_from_look_alikes(quiet):
    found = rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")
    assert BLAME not in found
    if "mix-up" not in quiet:
        assert APOLOGY not in found


# Round 5: meanings found missing by probe drafts written for this round (each a firing
# draft and its near miss; missing-apology cases are judged on the draft's own context).
CASES_5 = [
    (BLAME, "The mistake was yours, not ours.", "The mistake was ours, not yours."),
    (
        BLAME,
        "You had the pickup and return dates mixed up.",
        "We had the pickup and return dates mixed up on our side.",
    ),
    (
        BLAME,
        "You were supposed to send the form back by Friday.",
        "You were supposed to get a call from the engineer on Friday.",
    ),
    (
        BLAME,
        "I don't know how many more times I can explain the fee.",
        "Could you tell me how many times the courier tried to deliver?",
    ),
    (
        BLAME,
        "At the risk of repeating myself, the offer has ended.",
        "Could you repeat what the driver said to you?",
    ),
    (
        BLAME,
        "To reiterate what I said yesterday, we don't price match.",
        "To reiterate, your refund has now gone through.",
    ),
    (
        BLAME,
        "The wrong size is down to you, as you picked it at checkout.",
        "It's down to you whether you keep the voucher or take a refund.",
    ),
    (
        BLAME,
        "It's not our job to check your postcode for you.",
        "It is our job to check your postcode for you, and we didn't.",
    ),
    (
        BLAME,
        "You have contacted us six times today about the same refund.",
        "I can see you have contacted us six times, and I'm sorry it came to that.",
    ),
    (
        BLAME,
        "We explained all of this when you booked.",
        "We will explain the options when you call.",
    ),
    (
        BLAME,
        "The answer hasn't changed since your last email.",
        "Your answer hasn't reached us yet.",
    ),
    (
        BLAME,
        "The instructions are printed on the box for a reason.",
        "We ask for photos for a reason, and I'm happy to explain it.",
    ),
    (
        BLAME,
        "The courier can't deliver if nobody is home, which you were told.",
        "The courier can't deliver if nobody is home, which you were never told.",
    ),
    (
        BLAME,
        "This information was provided to you at checkout.",
        "This information was not provided to you at checkout, which is our error.",
    ),
    (
        BLAME,
        "The product page states quite clearly that batteries are not included.",
        "The product page does not state clearly that batteries are sold separately.",
    ),
    (
        BLAME,
        "The fault lies entirely with you.",
        "The fault lies with us, not with you.",
    ),
    (
        BLAME,
        "Contacting us through three different channels does not get you a faster reply.",
        "You can reach us through three different channels, whichever is faster for you.",
    ),
    (
        BLAME,
        "Raising new tickets only pushes you further back in the queue.",
        "We've merged your tickets, so you keep your place in the queue.",
    ),
    (
        BLAME,
        "You really should have installed the update when the app asked you to.",
        "The app should have installed the update for you automatically.",
    ),
    (
        BLAME,
        "Your failure to update your address is why the parcel went astray.",
        "Our failure to update your address is why the parcel went astray, and I'm sorry.",
    ),
]


@pytest.mark.parametrize(
    "quiet",
    [
        # "you" is the object, not the one who failed to act
        "The driver didn't call you before coming, which he should have.",
        "Our team never contacted you about the change.",
        "The courier should have called you before leaving.",
        "We sent you the same thing twice by mistake, and I'm sorry.",
        # reassurance and self-criticism
        "You don't need to call again, I have everything I need.",
        "Our website should have stated this more clearly, and that's on us.",
        "The confirmation email should have told you this, and it didn't.",
        "As I mentioned on the phone, we'll cover the return postage.",
    ],
)
def test_round5_no_blame_from_look_alikes(quiet):
    assert BLAME not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "fires",
    [
        "We were unable to deliver the fridge on the agreed date.",
        "Your account was locked after our security update. I have unlocked it.",
        "The update deleted your saved playlists. We're restoring them.",
        "The delivery slot was missed by our driver. We can rebook it for Monday.",
        "The technician cancelled your appointment at the last minute.",
        "I can confirm we sent you the wrong invoice.",
        "The dress you received has a stain on it. We'll replace it.",
    ],
)
def test_round5_failure_without_apology(fires):
    assert APOLOGY in rules_fired(f"Hi Sam,\n\n{fires}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "quiet",
    [
        # sincere in unusual wording, or no failure at all
        "Sincere apologies that your refund is late.",
        "As requested, I've cancelled your order and refunded the payment.",
        "If we are unable to deliver the fridge, we will call you.",
        "You can lock your card in the app at any time.",
        "As you asked, we deleted your account and its data.",
        "The engineer will cancel your appointment if you ask.",
    ],
)
def test_round5_no_missing_apology(quiet):
    assert APOLOGY not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "non_apology",
    [
        "We apologise for any inconvenience you may have perceived.",
        "We are sorry for how you feel about the decision.",
        "Our apologies that you haven't been upgraded as much as you'd like.",
    ],
)
def test_round5_non_apologies_do_not_count(non_apology):
    found = rules_fired(f"Hi Sam,\n\n{non_apology}\n\nBest,\nAlex", "en", context="failure")
    assert APOLOGY in found


# --- round 6: meanings found missing by own probe drafts
CASES_6 = [
    # follow-ups
    (
        TIME,
        "Hi Sam,\n\nI've put in a request with the depot to trace the parcel.\n\nBest,\nAlex",
        "Hi Sam,\n\nI've closed the request you opened last week.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nYour complaint is now with our claims department.\n\nBest,\nAlex",
        "Hi Sam,\n\nYour complaint is closed and no longer with our claims team.\n\nBest",
    ),
    (
        TIME,
        "Hi Sam,\n\nWe logged a fault with the network and are awaiting their reply.",
        "Hi Sam,\n\nWe are awaiting your reply before we can go ahead.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nWe'll aim to have the heating fixed shortly.\n\nBest,\nAlex",
        "Hi Sam,\n\nWe aim to help every customer who writes to us.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nWe know about the outage. Further updates to follow.\n\nBest,\nAlex",
        "Hi Sam,\n\nThe steps to follow are in the guide below.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nWe will share more details about the outage in due course.\n\nBest,\nAlex",
        "Hi Sam,\n\nWe will share your feedback with the product team.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nThe engineers know about the bug and a fix is in the works.\n\nBest,\nAlex",
        "Hi Sam,\n\nIf no fix is on the way, tell us and we'll refund you.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nPlease stand by for an update from our team.\n\nBest,\nAlex",
        "Hi Sam,\n\nPlease look out for changes in the tracking.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nPlease bear with us while we get to the bottom of it.\n\nBest,\nAlex",
        "Hi Sam,\n\nThank you for bearing with us while we sorted it out.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nThanks for your patience while we look into the charge.\n\nBest,\nAlex",
        "Hi Sam,\n\nWhile we were unable to fix it, the refund has been issued.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nSomeone from the billing team will pick this up.\n\nBest,\nAlex",
        "Hi Sam,\n\nIf the courier does not pick it up, please tell us.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nI'll get an engineer to check the line.\n\nBest,\nAlex",
        "Hi Sam,\n\nWould you like to have someone check the boiler?\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nI'll make sure the charge is reversed.\n\nBest,\nAlex",
        "Hi Sam,\n\nPlease make sure the form is sorted by date.\n\nBest,\nAlex",
    ),
    (
        TIME,
        "Hi Sam,\n\nA case handler will be assigned to your claim.\n\nBest,\nAlex",
        "Hi Sam,\n\nA case handler was assigned to your claim and it is now closed.\n\nBest,\nAlex",
    ),
    # customer-blame
    (
        BLAME,
        "Hi Sam,\n\nOnce again, the warranty does not cover a cracked screen.\n\nBest,\nAlex",
        "Hi Sam,\n\nOnce again, thank you for bearing with us.\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt's up to you to check the postcode before you pay.\n\nBest,\nAlex",
        "Hi Sam,\n\nIt's up to you whether you keep the spare cable.\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nDid you not notice the warning at the checkout?\n\nBest,\nAlex",
        "Hi Sam,\n\nDid you not receive the email we sent on Monday?\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nWe have now explained this five times.\n\nBest,\nAlex",
        "Hi Sam,\n\nWe have now tested the router five times.\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt's all explained in the welcome email you received.\n\nBest,\nAlex",
        "Hi Sam,\n\nIt's all explained in the guide I've attached.\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe crack was caused by dropping the phone.\n\nBest,\nAlex",
        "Hi Sam,\n\nThe crack was caused by the courier dropping the parcel.\n\nBest,\nAlex",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThis was covered in my previous email.\n\nBest,\nAlex",
        "Hi Sam,\n\nI should have explained this more clearly in my last email.\n\nBest,\nAlex",
    ),
    # breezy-opener
    (
        BREEZY,
        "Hi Sam,\n\nHuge thanks for getting in touch.\n\nYour parcel was delayed at the depot.",
        "Hi Sam,\n\nThanks for getting in touch.\n\nYour parcel was delayed at the depot.",
    ),
    (
        BREEZY,
        "Hi Sam,\n\nHow have you been?\n\nYour parcel was delayed at the depot.",
        "Hi Sam,\n\nHow can we help?\n\nYour parcel was delayed at the depot.",
    ),
    (
        BREEZY,
        "Hi Sam,\n\nI hope you and the family are keeping well!\n\nYour parcel was delayed.",
        "Hi Sam,\n\nI hope you and the team can find the receipt.\n\nYour parcel was delayed.",
    ),
    (
        BREEZY,
        "Hey Sam :tada: thanks for the message!\n\nYour parcel was delayed at the depot.",
        "Hey Sam, thanks for the message.\n\nYour parcel was delayed at the depot.",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES_6)
def test_round6_fires_and_near_miss_stays_quiet(rule, fires, quiet):
    context = "failure" if rule == BREEZY else None
    assert rule in rules_fired(fires, "en", context=context)
    assert rule not in rules_fired(quiet, "en", context=context)


@pytest.mark.parametrize(
    "timed",
    [
        "I'll ring you back in an hour.",
        "I'll get back to you within a day or two.",
        "We'll look into the £20 charge and call you by Friday.",
        "I'll check with the warehouse and email you before 6pm.",
    ],
)
def test_round6_durations_and_deadlines_beside_prices_count(timed):
    assert TIME not in rules_fired(f"Hi Sam,\n\n{timed}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "untimed",
    [
        # a past event, a policy, a habit, another event's date, a version, opening hours
        "The parcel was due on Friday. We're chasing the courier and will update you.",
        "Since 3 March the parcel has not moved. I've opened a trace with the courier.",
        "Returns are accepted within 30 days. I'm checking whether yours arrived.",
        "We normally reply within 24 hours. Your case is with our specialists.",
        "Your booking for 14 July is unchanged. I'll look into the charge and get back to you.",
        "The crash in version 4.2 is being investigated and we'll update you.",
        "I'll look into this.\n\nOur opening hours are Monday to Friday, 9am to 6pm.",
        "Orders placed before 2pm ship the same day. I'll check what happened to yours.",
    ],
)
def test_round6_times_that_commit_to_nothing(untimed):
    assert TIME in rules_fired(f"Hi Sam,\n\n{untimed}\n\nBest,\nAlex", "en")


def test_round6_refunds_normally_showing_within_days_still_tell_when():
    draft = (
        "Hi Sam,\n\nYou'll get a full refund for the cancelled tour. Refunds normally show "
        "on your statement within 5 working days.\n\nBest,\nAlex"
    )
    assert TIME not in rules_fired(draft, "en")


@pytest.mark.parametrize(
    "fires,quiet",
    [
        (
            "Your parcel came back to us marked as undeliverable.",
            "If a parcel is returned to sender, we will contact you.",
        ),
        (
            "Your direct debit was collected a week early.",
            "You can pay the invoice early if you prefer.",
        ),
        (
            "Your booking was moved to another date without your agreement.",
            "We will never change a booking without your agreement.",
        ),
        (
            "The table arrived with a dent in one leg.",
            "The table arrived with the assembly guide inside the box.",
        ),
        (
            "The boots you were sent are a size too small.",
            "If the boots you receive are too small, you can swap them.",
        ),
        (
            "The router we sent is not the model you ordered.",
            "If the router is not the model you ordered, please tell us.",
        ),
        (
            "We haven't been able to ship your order because of a stock shortage.",
            "We have been able to ship your order early.",
        ),
        (
            "Your order has been sitting at our warehouse far longer than it should have.",
            "Your order is at our warehouse and leaves today.",
        ),
    ],
)
def test_round6_failure_without_apology(fires, quiet):
    assert APOLOGY in rules_fired(f"Hi Sam,\n\n{fires}\n\nBest,\nAlex", "en")
    assert APOLOGY not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


@pytest.mark.parametrize(
    "fires,quiet",
    [
        (
            "It's been two weeks and the parcel still shows as in transit.",
            "Is the voucher still valid?",
        ),
        ("Your driver threw my parcel over the fence.", "Your driver was lovely."),
        ("The room we booked was not available when we arrived.", "The room was lovely."),
        ("I ordered a blue sofa and you delivered a grey one.", "I ordered a blue sofa today."),
        ("The app keeps logging me out every time I open it.", "The app keeps my cards safe."),
        ("The tracking has said out for delivery since Monday.", "What does the tracking say?"),
    ],
)
def test_round6_complaint_in_the_customers_words(fires, quiet):
    assert APOLOGY in rules_fired(QUOTED.format(fires), "en")
    assert APOLOGY not in rules_fired(QUOTED.format(quiet), "en")


@pytest.mark.parametrize(
    "apology,sincere",
    [
        ("Sorry that you found the instructions confusing.", False),
        ("I'm sorry you didn't like the colour.", False),
        ("I am sorry to hear you feel this way.", False),
        ("We're sorry to hear about your frustration.", False),
        ("Sorry this wasn't the answer you were hoping for.", False),
        ("I'm sorry, that's just how the system works.", False),
        ("I'm sorry, I don't understand your question.", False),
        ("We regret that we are unable to offer a refund on sale items.", False),
        ("That shouldn't have happened, and I'm sorry.", True),
        ("Sorry you found a crack in the lid; that's our mistake.", True),
        ("We regret the error on your invoice.", True),
        ("I'm sorry, this was our mistake, and that's not how it should work.", True),
    ],
)
def test_round6_which_apologies_count(apology, sincere):
    found = rules_fired(
        f"Hi Sam,\n\n{apology} The bill is attached.\n\nBest,\nAlex", "en", "failure"
    )
    assert (APOLOGY not in found) == sincere


# Round 7: customer-blame meanings the lexicon missed or wrongly found (own wording).
CASES_7 = [
    (
        "Hi Lee,\n\nI have already told you that we can't refund a used mattress.",
        "Hi Lee,\n\nI've told the warehouse several times to prioritise your order.",
    ),
    (
        "Hi Lee,\n\nWe have repeatedly told you that the plan cannot be paused.",
        "Hi Lee,\n\nWe have repeatedly asked the courier for an update, and I'm sorry.",
    ),
    (
        "Hi Lee,\n\nThe blame lies with you for not checking the size.",
        "Hi Lee,\n\nThe blame does not lie with you in any way.",
    ),
    (
        "Hi Lee,\n\nThe problem is on your end, not ours.",
        "Hi Lee,\n\nThe problem seems to be on your end, so could you try another browser?",
    ),
    (
        "Hi Lee,\n\nI'm afraid this is not our problem.",
        "Hi Lee,\n\nThis is not a problem at all, and I have changed the address.",
    ),
    (
        "Hi Lee,\n\nThe wrong size was ordered by you, so the postage is not covered.",
        "Hi Lee,\n\nThe wrong size was sent to you by our warehouse.",
    ),
    (
        "Hi Lee,\n\nYou didn't give us the right address, so the courier could not deliver.",
        "Hi Lee,\n\nWe didn't give you the right address, and I'm sorry.",
    ),
    (
        "Hi Lee,\n\nYou never told us that you had moved house.",
        "Hi Lee,\n\nYou don't need to tell us the serial number.",
    ),
    (
        "Hi Lee,\n\nAs explained in the email I sent you yesterday, the voucher has expired.",
        "Hi Lee,\n\nAs promised in my email, here is the refund confirmation.",
    ),
    (
        "Hi Lee,\n\nAs I wrote yesterday, the parcel is with the courier.",
        "Hi Lee,\n\nAs I write this, the parcel is with the courier.",
    ),
    (
        "Hi Lee,\n\nWe ask that you stop emailing several departments about the same refund.",
        "Hi Lee,\n\nWe ask that you stop using the heater until the engineer has seen it.",
    ),
    (
        "Hi Lee,\n\nUnfortunately, the delay was caused by you sending the form late.",
        "Hi Lee,\n\nThe delay was not caused by you in any way.",
    ),
    (
        "Hi Lee,\n\nThe screen cracked because you dropped the phone.",
        "Hi Lee,\n\nThe screen cracked because the courier dropped the parcel.",
    ),
    (
        "Hi Lee,\n\nYour refund was delayed because you sent the item to the wrong address.",
        "Hi Lee,\n\nYour refund was delayed because you were sent the wrong returns label.",
    ),
    (
        "Hi Lee,\n\nYou are using the product incorrectly.",
        "Hi Lee,\n\nIf you are using the product incorrectly, the light will flash.",
    ),
    (
        "Hi Lee,\n\nMost customers manage to set it up without any trouble.",
        "Hi Lee,\n\nMost customers find the setup guide helpful, and I have attached it.",
    ),
    (
        "Hi Lee,\n\nI suggest you read the terms before ordering next time.",
        "Hi Lee,\n\nWe will review the terms on our website in future.",
    ),
    (
        "Hi Lee,\n\nSurely you must have seen the warning at checkout.",
        "Hi Lee,\n\nSurely you deserve better, and I'm sorry.",
    ),
    (
        "Hi Lee,\n\nBombarding our inbox will not get you a faster reply.",
        "Hi Lee,\n\nWe have been chasing the courier every day.",
    ),
    (
        "Hi Lee,\n\nThis is your fifth email today about the same parcel.",
        "Hi Lee,\n\nYour second parcel is on its way today.",
    ),
    (
        "Hi Lee,\n\nDuplicate tickets will be closed without a reply.",
        "Hi Lee,\n\nFurther updates will be sent by email.",
    ),
    (
        "Hi Lee,\n\nYou should have been more careful with the screen.",
        "Hi Lee,\n\nYou should have been notified by email, and I'm sorry you weren't.",
    ),
    (
        "Hi Lee,\n\nCustomers should have read the terms before booking.",
        "Hi Lee,\n\nYou could have a look at our FAQ for the steps.",
    ),
    (
        "Hi Lee,\n\nIt's all there in black and white on the booking page.",
        "Hi Lee,\n\nFor the last time this year, our offices close on 23 December.",
    ),
    (
        "Hi Lee,\n\nPlease stop calling the store about this order.",
        "Hi Lee,\n\nPlease call us to stop the renewal.",
    ),
    (
        "Hi Lee,\n\nAs clearly stated in our terms, refunds take ten days.",
        "Hi Lee,\n\nAs explained in the attached guide, you can reset it by holding the button.",
    ),
]


@pytest.mark.parametrize("fires,quiet", CASES_7)
def test_round7_blame_fires_and_near_miss_stays_quiet(fires, quiet):
    assert BLAME in rules_fired(fires, "en")
    assert BLAME not in rules_fired(quiet, "en")


@pytest.mark.parametrize(
    "quiet",
    [
        "If you'd like to stop receiving these emails, click unsubscribe below.",
        "You can stop the emails by changing your settings.",
        "Please avoid sending card details by email for your own security.",
        "There's no point in sending the item back, we'll refund you anyway.",
        "You'll need to contact your bank to stop the payment.",
        "Simply reply STOP to opt out of texts, or send STOP to 60060.",
        "The courier will stop calling you now that the parcel is delivered.",
        "You should have noticed a small credit on your bill.",
        "You could have it sent to a locker instead.",
        "The instructions should clearly say to unplug it first, and they don't.",
        "It's really not complicated: just follow the three steps below.",
    ],
)
def test_round7_no_blame_from_instructions_and_expectations(quiet):
    assert BLAME not in rules_fired(f"Hi Lee,\n\n{quiet}\n\nBest,\nAlex", "en")


def test_round7_unsubscribe_footer_in_html_is_no_blame():
    html = (
        "<p>Hi Lee,</p><p>We're sorry your parcel is late.</p>"
        '<p style="font-size:10px">To stop receiving these emails, '
        '<a href="#">unsubscribe</a>.</p>'
    )
    assert BLAME not in {f.rule for f in lint_text(html, lang="en", format="html")}


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The damage results from misuse of the device.", True),
        ("The delay results from a fault in our warehouse.", False),
        ("You were already informed that the order could not be changed.", True),
        ("You were not informed that the order could not be changed, and I am sorry.", False),
        ("You were careless with the packaging when you sent it back.", True),
        ("Please take care not to be careless with your password.", False),
    ],
)
def test_misuse_as_cause_told_already_and_carelessness(text, fires):
    draft = (
        f"Hi Alex,\n\nThanks for your email about order 4471.\n\n{text}\n\nKind regards,\nMaya\n"
    )
    assert ("customer-blame" in rules_fired(draft, "en")) == fires


# round 8: (rule, draft where it fires, near miss where it stays quiet)
CASES_8 = [
    (
        BLAME,
        "Had you told us about the move, the parcel would have gone to your new address.",
        "Had you received our email, you would have seen the new address, and I'm sorry.",
    ),
    (
        BLAME,
        "The block would never have been applied if you had let us know about your trip.",
        "We would have called you if you had been in the queue when it reopened.",
    ),
    (
        BLAME,
        "If the washing instructions on the label had been followed, "
        "the jumper would not have shrunk.",
        "If the washing instructions had been followed by our laundry team, "
        "this would not have happened.",
    ),
    (
        BLAME,
        "You could have avoided this by saving a copy first.",
        "There was nothing you could have done to stop the outage.",
    ),
    (
        BLAME,
        "This is the second time you asked. I would refer you back to that email.",
        "I can refer you to a specialist who will answer the question.",
    ),
    (
        BLAME,
        "As set out in my email of 4 March, the order was cancelled at your request.",
        "As set out below, here are the three options for your order.",
    ),
    (
        BLAME,
        "The wrong postcode was entered at checkout rather than anything on our end.",
        "The postcode was wrong on our end rather than yours, and we have fixed it.",
    ),
    (
        APOLOGY,
        "Your claim was declined, and this is not something we need to apologise for.",
        "Your claim was declined in error, and we need to apologise for that.",
    ),
    (
        APOLOGY,
        "Your flight was delayed by the storm, so an apology is not warranted.",
        "Your flight was delayed by our crew, and we owe you an apology.",
    ),
    (
        APOLOGY,
        "Your flight was delayed. The fee is correct, so no apology is necessary.",
        "Your flight was delayed. We're sorry, and the fee has been refunded.",
    ),
    (
        APOLOGY,
        "Your flight was delayed. I'm sorry that you came away with the impression "
        "that our staff didn't care.",
        "Your flight was delayed. I'm sorry our staff left you without information at the gate.",
    ),
    (
        APOLOGY,
        "The coins from your purchase never landed in your account. I've added them now.",
        "The coins from your purchase have landed in your account. Enjoy!",
    ),
    (
        APOLOGY,
        "Your top-up didn't trigger after the payment, so I've applied it by hand.",
        "If your top-up doesn't show within an hour, just reply to this email.",
    ),
    (
        TIME,
        "I chased the courier today and will let you know as soon as they reply.",
        "I chased the courier today and will update you by 5pm tomorrow.",
    ),
    (
        TIME,
        "Your bag was scanned in Frankfurt on 4 June. I'll update you as soon as it's on a flight.",
        "Your bag was scanned in Frankfurt. I'll update you on 6 June.",
    ),
    (
        TIME,
        "The crash after patch 1.8 is known. We'll update this ticket when the fix goes out.",
        "The crash after patch 1.8 is known. We'll update this ticket on 12/04.",
    ),
    (
        TIME,
        "We have the fault logged. I'll get back to you once the engineer reports back.",
        "We scheduled a callback at 3pm and will ring you then about the fault.",
    ),
]


@pytest.mark.parametrize(
    "quiet",
    [
        "If you had any trouble, we would have been glad to help.",
        "If we had checked the order, this would not have happened. I'm sorry.",
        "If you'd like, we would be happy to call you.",
        "This isn't something you could have fixed on your side.",
        "As described in your email, the parcel arrived damaged, and I'm sorry.",
    ],
)
def test_round8_no_blame_from_counterfactual_look_alikes(quiet):
    assert BLAME not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


# round 8, second pass: blame meanings beyond the set-4 wording
CASES_8B = [
    (
        "The reason the app crashed is that you skipped the update.",
        "The reason the app crashed is that our update skipped your settings.",
    ),
    (
        "The parcel came back to us because of the incorrect postcode provided at checkout.",
        "The parcel came back to us because our label showed an incorrect postcode.",
    ),
    (
        "The postcode you gave us was wrong, so the driver could not find the house.",
        "The postcode you gave us was right, but our driver went to the wrong house.",
    ),
    (
        "I appreciate this is frustrating, but the mistake was made when you placed the order.",
        "The mistake was made by our system when you placed the order.",
    ),
    (
        "The inspection found that the mixer was not used as intended.",
        "The mixer was damaged in transit by the courier.",
    ),
    (
        "A quick look at the FAQ would have answered this.",
        "A quick look at your account shows the refund went out today.",
    ),
    (
        "Had the form been filled in correctly, the claim would have been paid.",
        "Had the form been filled in correctly by our adviser, the claim would have been paid.",
    ),
    (
        "There is a reason we ask customers to measure the space first.",
        "There is a reason for the delay, and we are sorry about it.",
    ),
    (
        "You failed to enter the code before it expired.",
        "You failed to receive the code because our text provider was down.",
    ),
    (
        "Despite several reminders, the invoice was not paid.",
        "Despite our best efforts, the parcel has not been found.",
    ),
    (
        "I'm not sure how else to explain the fee to you.",
        "I'm not sure how the fee got added, but I'll find out.",
    ),
    (
        "This matter has already been fully addressed.",
        "Your complaint will be fully addressed by our team.",
    ),
    (
        "How many times do I have to explain the returns policy?",
        "How often the filter needs changing is explained in the manual.",
    ),
]


@pytest.mark.parametrize("fires,quiet", CASES_8B)
def test_round8_more_blame_fires_and_near_miss_stays_quiet(fires, quiet):
    assert BLAME in rules_fired(f"Hi Sam,\n\n{fires}\n\nBest,\nAlex", "en")
    assert BLAME not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")


# Round 9: (rule, draft where it fires, near miss where it stays quiet)
CASES_9 = [
    (
        BLAME,
        "Hi Sam,\n\nChecking the size guide should have been your first step.",
        "Hi Sam,\n\nYour first delivery should have been on Monday, and I'm sorry it wasn't.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe FAQ ought to have been the first place you looked.",
        "Hi Sam,\n\nA good first step would have been for us to call you.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nReading the manual would have been a sensible first step.",
        "Hi Sam,\n\nA sensible first step would be to restart the router.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt would've been a good idea to back up your files before the update.",
        "Hi Sam,\n\nIt would have been better if we had checked the coverage first.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt would have been sensible to read the terms before booking.",
        "Hi Sam,\n\nIt would be sensible to read the terms before you book.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt's pretty obvious the quick start guide wasn't read before you began.",
        "Hi Sam,\n\nThe guide clearly wasn't updated after the release, which is on us.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nEvidently the setup steps were not followed.",
        "Hi Sam,\n\nClearly our email was not read by the courier.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe instructions were obviously ignored.",
        "Hi Sam,\n\nIt's clear we didn't read your email properly.",
    ),
    # the customer's choice or hypothetical is no promise of ours
    (
        TIME,
        "Hi Sam,\n\nSorry about the fee. We'll check the billing and get back to you.",
        "Hi Sam,\n\nSorry about the fee. If you'd rather not keep the add-on, you can remove it.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about the fee. We would rather check this, so we will look into it.",
        "Hi Sam,\n\nSorry about the fee. You'd need to send the handset back first.",
    ),
    # a follow-up joined by "and" to a future verb keeps its time, even beside a past
    (
        TIME,
        "Hi Sam,\n\nI'm sorry. We are investigating the outage, which has been ongoing since "
        "Monday.",
        "Hi Sam,\n\nI'm sorry. The manager will review it and email you within ten days to say "
        "what has been done.",
    ),
    (
        TIME,
        "Hi Sam,\n\nI'm sorry. We'll look into it. I'm writing to let you know what happened on "
        "Tuesday.",
        "Hi Sam,\n\nI'm sorry. We'll open a case and call you within 48 hours to confirm whether "
        "it has been found.",
    ),
    # "Oh no, so sorry!" is dismay, not a refused apology
    (
        APOLOGY,
        "Oh no, we won't apologise for the delay; the courier was late.",
        "Oh no, so sorry about that! The courier left it at the wrong house. A new one is on its "
        "way.",
    ),
    (
        APOLOGY,
        "No, we are not sorry. The parcel was damaged by you.",
        "Aw no, sorry Megan! The parcel was damaged. A replacement is on its way.",
    ),
    # goods that went to another account or address: failure context
    (
        APOLOGY,
        "Hi Sam,\n\nYours went to your second account. We have moved them across now.",
        "Hi Sam,\n\nPlease send the invoice to a different address. We have noted it.",
    ),
    (
        APOLOGY,
        "Hi Sam,\n\nThe voucher code was credited to your old account. It is fixed now.",
        "Hi Sam,\n\nWe will send the replacement to your other address tomorrow.",
    ),
]


CASES_9B = [
    (
        BLAME,
        "Hi Sam,\n\nThe payment failed because an incorrect card number was entered on your end.",
        "Hi Sam,\n\nIf the wrong details were entered on your side, you can edit them online.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nIt was up to you to cancel before the renewal date.",
        "Hi Sam,\n\nIt's up to you whether you keep the add-on.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nI'll say it one more time: the store is closed on Sundays.",
        "Hi Sam,\n\nCould you say it one more time on the call? The line was bad.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nAs anyone who read the page would know, the offer ended in May.",
        "Hi Sam,\n\nAnyone can see their order history under My Account.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. We'll update you on the repair.",
        "Hi Sam,\n\nSorry about this. We'll update you within a fortnight.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. We will look into the missing £10.",
        "Hi Sam,\n\nSorry about this. Your account will be credited with £10 today.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. You'll get an update from our team.",
        "Hi Sam,\n\nSorry about this. The code is sent, and you'll get it in a few minutes.",
    ),
    (
        APOLOGY,
        "Hi Sam,\n\nThe plumber left without fixing the leak. Another visit is booked.",
        "Hi Sam,\n\nThe fitter finished the installation and left. Your invoice is attached.",
    ),
    (
        APOLOGY,
        "Hi Sam,\n\nYour installation was rescheduled because our engineer was ill.",
        "Hi Sam,\n\nYour appointment was moved to Friday, as you asked.",
    ),
    (
        APOLOGY,
        "Hi Sam,\n\nYour points weren't added after your purchase. They are there now.",
        "Hi Sam,\n\nYour points were added after your purchase. They are there now.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe return window was stated in your order confirmation.",
        "Hi Sam,\n\nThe return window is explained in the order confirmation, on page 2.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe fee was listed on the product page before you paid.",
        "Hi Sam,\n\nThe new price was shown on your invoice from May.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe cancellation terms were explained in our email on Monday.",
        "Hi Sam,\n\nThe outage was mentioned on our status page.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThat's what the instructions are for.",
        "Hi Sam,\n\nThat is what the manual says, but I agree it is hard to find.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nYour constant emails are not helping.",
        "Hi Sam,\n\nYour emails have helped us find the fault.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nReopening the case will not change our decision.",
        "Hi Sam,\n\nIf you reopen the case, we can look at the new photos.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe information was there for you to see.",
        "Hi Sam,\n\nThe information is there for you in the app.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. It happened again last night, so we'll look into it.",
        "Hi Sam,\n\nSorry about this. If it happens again, tell us and we'll look into it.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. I've passed your complaint to the store manager.",
        "Hi Sam,\n\nSorry about this. I've passed your kind words to the store manager.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. We're looking into the failed payment.",
        "Hi Sam,\n\nSorry about this. We're always looking for ways to improve.",
    ),
    (
        TIME,
        "Hi Sam,\n\nSorry about this. We're on it, so watch this space.",
        "Hi Sam,\n\nSorry about this. We'll keep your details on file.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nAs you well know, the fee is non-refundable.",
        "Hi Sam,\n\nIt's obvious you've had a rough time with this.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nThe steps are literally in the email we sent you.",
        "Hi Sam,\n\nThe manual literally fell apart in the box, and I'm sorry about that.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nAll you needed to do was tick the box.",
        "Hi Sam,\n\nAll you have to do is tick the box.",
    ),
    (
        BLAME,
        "Hi Sam,\n\nWe're not mind readers, so we couldn't know you had moved.",
        "Hi Sam,\n\nWe had no way of knowing the courier would strike.",
    ),
]


# Round 9: something done to the customer unasked, in the quoted message, is failure context
@pytest.mark.parametrize(
    "complaint,neutral",
    [
        (
            "I've been charged for an add-on I never asked for",
            "You can cancel without telling us in advance?",
        ),
        (
            "my booking got moved to 6am without anyone telling me",
            "How do I move my booking to another day?",
        ),
        (
            "the plan was switched without my consent",
            "Can I switch plans without a fee?",
        ),
        (
            "they changed my booking without telling me",
            "Your terms say prices may change without notice. Is that right?",
        ),
    ],
)
def test_round9_unasked_change_in_the_quote_is_failure(complaint, neutral):
    def reply(quote):
        return (
            "Hi Pat,\n\nThanks for your message. The details are below.\n\nBest,\nAlex\n\n"
            f"On Mon, 3 Jun 2024, Pat wrote:\n> {quote}\n"
        )

    assert APOLOGY in rules_fired(reply(complaint), "en")
    assert APOLOGY not in rules_fired(reply(neutral), "en")


# Round 10: failure context. Problems in general, services that are "late" by choice, an
# invoice split on purpose and refunds as policy are no failure; a claim turned down, a bill
# corrected, a thing said to be wrong, a refused apology and an item not yet found are.
CASES_10 = [
    (
        APOLOGY,
        "We found a problem with the payment page this morning; it is fixed now.",
        "Most problems with the payment page come from an old browser, so try updating it.",
    ),
    (
        APOLOGY,
        "There was an issue with your last invoice, and it has been reissued.",
        "Nearly every issue we see with the app is solved by a restart.",
    ),
    (
        APOLOGY,
        "Your parcel is late because of the storm.",
        "Late checkout until 2 pm is fine on Sunday; I've added it to your booking.",
    ),
    (
        APOLOGY,
        "The delivery was late again this week.",
        "The new range arrives in late March, and a late payment fee applies after 14 days.",
    ),
    (
        APOLOGY,
        "The bag split open on the way to you, so a new one is on its way.",
        "You can split the invoice across two cost centres in Settings.",
    ),
    (
        APOLOGY,
        "We will refund the delivery charge.",
        "Refunds are always made to the original payment method.",
    ),
    (
        APOLOGY,
        "We will credit your account with the difference.",
        "Our refund policy allows returns within 30 days of delivery.",
    ),
    (
        APOLOGY,
        "Nobody called you back on Monday, and the engineer has now been booked.",
        "Nobody needs to be home for the meter reading on Monday.",
    ),
    (
        APOLOGY,
        "The meter reading on your bill was wrong, so the total is now £138.",
        "There's nothing wrong with your meter, so the bill stands.",
    ),
    (
        APOLOGY,
        "I have corrected your March bill, which now comes to £64.10.",
        "Now that you've corrected the meter reading, your bill is up to date.",
    ),
    (
        APOLOGY,
        "Your claim for the surgery has been declined.",
        "Your claim for the surgery has been approved and paid.",
    ),
    (
        APOLOGY,
        "Unfortunately your application was unsuccessful this time.",
        "If your application is declined, you can apply again in May.",
    ),
    (
        APOLOGY,
        "The videos kept spinning for you because of a broken link; they play now.",
        "The app keeps your progress saved between lessons, and it keeps loading fine for me.",
    ),
    (
        APOLOGY,
        "We don't believe an apology is owed, as the fog was outside our control.",
        "Please accept our apology for the cancelled flight.",
    ),
    (
        APOLOGY,
        "No apology is needed here: the fog was outside our control.",
        "We owe you an apology for the cancelled flight.",
    ),
    (
        APOLOGY,
        "Unfortunately the bag is yet to be located.",
        "The bag has been located and will be with you on Friday.",
    ),
    (
        APOLOGY,
        "Your suitcase hasn't been found yet, but the search goes on.",
        "Your suitcase has been found at the airport.",
    ),
    # customer-blame: the fault laid "on you", requests raised again, "in plain English"
    (
        BLAME,
        "Honestly, that one's on you rather than on us.",
        "It's on you to choose which plan suits you best.",
    ),
    (
        BLAME,
        "The blame lies with you, not with the courier.",
        "The choice of courier lies with the shop.",
    ),
    (
        BLAME,
        "Raising more tickets won't get you an answer any quicker.",
        "Raising a ticket is the quickest way to get an answer.",
    ),
    (
        BLAME,
        "It's spelled out in plain English in our FAQ.",
        "Here is the answer in plain English: go to Billing and click Download.",
    ),
    (
        BLAME,
        "The lens cracked when you dropped the camera.",
        "We billed you for 15 seats after you'd dropped to 10 in July, and I'm sorry.",
    ),
    # missing-response-time: an act promised after the customer's reply; rewards and codes
    (
        TIME,
        "Reply with the full address and we'll rebook the delivery.",
        "Reply with the full address and we'll rebook the delivery for Friday.",
    ),
    (
        TIME,
        "Once you reply with those, we'll reverse the fee.",
        "We have reversed the fee, and it shows on your statement now.",
    ),
    (
        TIME,
        "You'll get an update from our team.",
        "Share your code with a friend and you'll both get a month of Premium.",
    ),
    (
        TIME,
        "We'll send the replacement part to your home address.",
        "We'll send a verification code to the email on your account.",
    ),
    (
        TIME,
        "We'll send the documents to your solicitor.",
        "We'll send a link to reset your password to the address on file.",
    ),
]

# Round 10: whole drafts
CASES_10B = [
    (
        BREEZY,
        "Warm greetings from sunny Cornwall!\n\nYour parcel is delayed at the depot.",
        "Dear Customer,\n\nGreetings from Zenith Mobile.\n\nWe are sorry your parcel is delayed.",
    ),
]


# Every round's (rule, fires, near miss) cases of whole drafts, and of bodies between a
# greeting and a sign-off, in one test each.
@pytest.mark.parametrize("rule,fires,quiet", CASES + CASES_2 + CASES_9 + CASES_9B + CASES_10B)
def test_frame_fires_and_near_miss_stays_quiet(rule, fires, quiet):
    assert rule in rules_fired(fires, "en")
    assert rule not in rules_fired(quiet, "en")


# Round 11: (rule, fires, near miss) in a letter. Failure context: lateness idioms are
# problems; credit as a payment term, a document the customer still has to send, "issue"
# as a verb or a magazine number, late fees, an instruction to wait, the complaints
# procedure and plans the agent is aware of are not. Breezy: British cheer, TGIF.
ROUND11 = [
    (
        APOLOGY,
        "Your order is running a little behind schedule.",
        "Your order is on schedule and will arrive on Friday.",
    ),
    (
        APOLOGY,
        "We've fallen behind with orders this week, so yours will ship on Monday.",
        "We're behind the new tracking page, so do tell us what you think.",
    ),
    (
        APOLOGY,
        "Your delivery has been pushed back to Friday.",
        "Your delivery is booked for Friday.",
    ),
    (
        APOLOGY,
        "The jacket you ordered is on backorder.",
        "The jacket you ordered is in stock and ready to ship.",
    ),
    (
        APOLOGY,
        "Your parcel is now three days overdue.",
        "Your invoice is now overdue, so please pay it by Friday.",
    ),
    (
        APOLOGY,
        "We've added a credit to your account for the missing item.",
        "You can pay by credit card, debit card or PayPal.",
    ),
    (
        APOLOGY,
        "We'll credit your account as a refund for the charge.",
        "Switching to annual billing involves a pro-rata credit for the months you've paid.",
    ),
    (
        APOLOGY,
        "One item was missing from your box.",
        "We're still missing your proof of address, so please upload it.",
    ),
    (
        APOLOGY,
        "The order arrived with the charger missing.",
        "Your application is missing a signature on page two.",
    ),
    (
        APOLOGY,
        "There is an issue with your account.",
        "We'll issue a new card and post it to you this week.",
    ),
    (
        APOLOGY,
        "The issue with your magazine delivery is now fixed.",
        "The March issue was posted to you today.",
    ),
    (
        APOLOGY,
        "Your payment was late because of our system.",
        "To avoid late fees, please pay by the 5th of each month.",
    ),
    (
        APOLOGY,
        "Thank you for waiting so long for our reply.",
        "Please wait a few minutes for the email to arrive.",
    ),
    (
        APOLOGY,
        "Thank you for your complaint about the driver.",
        "You asked about our complaints procedure: it is on our website.",
    ),
    (
        APOLOGY,
        "We're aware of the outage and our engineers are on it.",
        "We're aware you're moving house next month, so here is the form.",
    ),
    (
        APOLOGY,
        "This looks like a manufacturing defect in your kettle.",
        "The warranty covers manufacturing defects for two years.",
    ),
    (
        APOLOGY,
        "The warranty covers your broken screen, so the repair is free.",
        "Our returns policy covers faulty items for 12 months.",
    ),
    (
        BLAME,
        "Opening a fresh ticket for every question doesn't get you answers any faster.",
        "Opening a fresh ticket is the quickest way to reach the billing team.",
    ),
    (
        BREEZY,
        "Hope your Friday's been a cracker so far!\n\nYour parcel is delayed at the depot.",
        "Thank you for your email.\n\nYour parcel is delayed at the depot.",
    ),
    (
        BREEZY,
        "TGIF! Your parcel is delayed at the depot.",
        "Thanks for your email. Your parcel is delayed at the depot.",
    ),
]


# An apology probe by a new writer: regret owned without 'sorry'; the fault handed on
# after 'sorry, but'; regret for the customer's slip; an apology refused in other words;
# the customer's own apology reported; trivial ones (the paperwork, a long mail, leaving).
_DELAYED = "Your parcel was delayed at the depot. "
ROUND14 = [
    (
        APOLOGY,
        _DELAYED + "It is on the van today.",
        _DELAYED + "Please forgive the slow reply; it is on the van today.",
    ),
    (
        APOLOGY,
        _DELAYED + "Sorry, but the hold-up was caused by the depot, not by us.",
        _DELAYED + "Sorry, the hold-up was caused by our depot.",
    ),
    (
        APOLOGY,
        _DELAYED
        + "Sorry, but we did dispatch it on the 3rd, so the rest of the wait is down to your "
        "local post office.",
        _DELAYED + "Sorry, we dispatched it late, so the rest of the wait is down to us.",
    ),
    (
        APOLOGY,
        _DELAYED + "I'm sorry that you typed the wrong postcode, but the redelivery fee stands.",
        _DELAYED + "I'm sorry that we printed the wrong postcode on the label.",
    ),
    (
        APOLOGY,
        _DELAYED + "I'm not in a position to apologise on behalf of the courier.",
        _DELAYED + "I'm in a position to put it right: I apologise for the delay.",
    ),
    (
        APOLOGY,
        _DELAYED + "It was held for a customs check, so it isn't something we'd apologise for.",
        _DELAYED
        + "It was held because we filled in the customs form wrongly, something we apologise for.",
    ),
    (
        APOLOGY,
        _DELAYED
        + "You mentioned you were sorry for the sharp tone of your email, and that's fine.",
        _DELAYED + "We're sorry for the delay, and your sharp tone was understandable.",
    ),
    (
        APOLOGY,
        _DELAYED + "You apologised for calling twice, but there is no need.",
        _DELAYED + "We apologise for the two calls it took to sort this out.",
    ),
    (
        APOLOGY,
        _DELAYED + "Apologies in advance for the paperwork, but the claim needs form C5.",
        _DELAYED + "Apologies for the delay; the claim needs form C5.",
    ),
    (
        APOLOGY,
        _DELAYED + "Sorry for the wall of text, but here is every step of the claim.",
        _DELAYED + "Sorry for the trouble, and here is every step of the claim.",
    ),
    (
        APOLOGY,
        _DELAYED + "We're sorry to hear you're thinking of switching to another courier.",
        _DELAYED + "We're sorry it arrived late, and we hope you'll stay with us.",
    ),
]


@pytest.mark.parametrize(
    "rule,fires,quiet", CASES_4 + CASES_5 + CASES_8 + CASES_10 + ROUND11 + ROUND14
)
def test_frame_fires_and_near_miss_stays_quiet_in_a_letter(rule, fires, quiet):
    assert rule in rules_fired(f"Hi Sam,\n\n{fires}\n\nBest,\nAlex", "en")
    assert rule not in rules_fired(f"Hi Sam,\n\n{quiet}\n\nBest,\nAlex", "en")
