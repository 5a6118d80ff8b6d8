"""English golden cases, fifth batch (held out: written and scored before the fixes they prompted)."""
from __future__ import annotations

from cases_en import ME, OWNER, _gcal_text, case
from common import gmail_html, outlook_html
from mailkit import Event, Mail, eml, ics


@case("en_gcal_invite_pacific.eml", invite=True, start="2026-12-09T10:00:00-08:00", reply_to="priscilla.wong@orchardsoft.com",
      note="plain Google Calendar invitation (text/calendar + invite.ics, America/Los_Angeles)")
def _():
    title = "Jordan Reyes <> Orchard Software: Technical Interview"
    ev = Event(uid="9a8b7c6d5e4f3g2h1i0jklmnop@google.com", start="20261209T100000", end="20261209T110000", tzid="America/Los_Angeles",
               summary=title, organizer=("Priscilla Wong", "priscilla.wong@orchardsoft.com"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION"), ("Ben Carter", "ben.carter@orchardsoft.com", "ACCEPTED")],
               description="Technical interview with Ben Carter (Senior Engineer). Please have a code editor ready.")
    text = _gcal_text(title, "Wed Dec 9, 2026 10am \u2013 11am Pacific Time - Los Angeles",
                      ["Priscilla Wong - organizer", "Ben Carter", OWNER], "https://meet.google.com/orc-tkbz-ifw",
                      intro="Technical interview with Ben Carter (Senior Engineer). Please have a code editor ready.")
    return eml(Mail(frm="Priscilla Wong <priscilla.wong@orchardsoft.com>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="priscilla.wong@orchardsoft.com", to=OWNER,
                    subject=f"Invitation: {title} @ Wed Dec 9, 2026 10am - 11am (PST) ({OWNER})", date="Wed, 2 Dec 2026 18:00:00 +0000",
                    msgid="<calendar-1234abcd-5678-4ef0-9abc-def012345678@google.com>", text=text, html=gmail_html(text),
                    calendar=ics("REQUEST", ev)))


@case("en_outlook_request_eastern_standard_time.eml", invite=True, start="2026-12-11T13:00:00-05:00", reply_to="hannah.price@keystonemutual.com",
      note="Outlook meeting request, TZID 'Eastern Standard Time' (Windows name, no VTIMEZONE), body 'When: ... (UTC-05:00) Eastern Time (US & Canada)'")
def _():
    ev = Event(uid="040000008200E00074C5B7101A82E00800000000EEEE1111", start="20261211T130000", end="20261211T140000",
               tzid="Eastern Standard Time", vtimezone=False, summary="Interview - Actuarial Analyst - Jordan Reyes",
               organizer=("Hannah Price", "hannah.price@keystonemutual.com"), attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")])
    text = """When: Friday, December 11, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Keystone Mutual, 1500 Market St, Philadelphia - Conference Room 12B

Jordan - looking forward to meeting you. Please check in with security in the lobby.

Hannah Price
Talent Acquisition
"""
    return eml(Mail(frm="Hannah Price <hannah.price@keystonemutual.com>", to=ME, subject="Interview - Actuarial Analyst - Jordan Reyes",
                    date="Mon, 7 Dec 2026 14:30:00 +0000", msgid="<BN6PR22MB0999AA@BN6PR22MB0999.namprd22.prod.outlook.com>",
                    text=text, html=outlook_html(text), calendar=ics("REQUEST", ev, prodid="Microsoft Exchange Server 2010"),
                    cal_carrier="inline"))


@case("en_middle_dot_range.eml", invite=True, start="2026-12-14T11:00:00-05:00", reply_to="coordinator@lumaforge.com",
      note="ATS confirmation 'Monday, December 14 \u00b7 11:00am \u2013 12:00pm EST' (middle dot between date and time)")
def _():
    text = """Interview Confirmation

Hi Jordan, your interview for Senior Data Scientist at Lumaforge is confirmed.

Monday, December 14 \u00b7 11:00am \u2013 12:00pm EST
Video call: https://lumaforge.zoom.us/j/91234098765

Schedule
11:00am  Modeling deep dive with Sara Ng
11:30am  Team fit with Victor Alves

Questions? Reply to this email.
"""
    return eml(Mail(frm="Lumaforge Recruiting <coordinator@lumaforge.com>", to=ME, subject="Interview Confirmation - Senior Data Scientist",
                    date="Tue, 8 Dec 2026 16:00:00 +0000", msgid="<lf-conf-99812@lumaforge.com>", text=text, html=gmail_html(text)))


@case("en_gmt_minus_8_pacific_display.eml", invite=True, start="2026-12-08T15:00:00-08:00", reply_to="recruiting@tealharbor.com",
      note="scheduling-tool text 'Tuesday, December 8, 2026' / '3:00 PM - 3:30 PM (GMT-08:00) Pacific Time'")
def _():
    text = """Your interview has been scheduled

Position: Customer Insights Analyst
Tuesday, December 8, 2026
3:00 PM - 3:30 PM (GMT-08:00) Pacific Time
Interviewer: Dana Morales (Hiring Manager)

To reschedule, reply to this email.
Teal Harbor Recruiting
"""
    return eml(Mail(frm="Teal Harbor Recruiting <recruiting@tealharbor.com>", to=ME, subject="Your interview has been scheduled",
                    date="Wed, 2 Dec 2026 17:00:00 +0000", msgid="<th-sched-4411@tealharbor.com>", text=text, cte="7bit"))


@case("en_german_dotted_numeric_date.eml", invite=True, start="2026-12-15T10:30:00+01:00", reply_to="anna.keller@rheinstahl.de",
      note="English mail with a German-style date '15.12.2026 at 10:30', no zone; Date header +0100")
def _():
    text = """Dear Jordan,

thank you for your application as Process Engineer. We would like to invite you to an interview on 15.12.2026 at 10:30 at our plant in Duisburg.

Please confirm the appointment by e-mail.

Best regards
Anna Keller
HR Department, Rheinstahl Components GmbH
"""
    return eml(Mail(frm="Anna Keller <anna.keller@rheinstahl.de>", to=ME, subject="Invitation to interview - Process Engineer",
                    date="Wed, 2 Dec 2026 09:00:00 +0100", msgid="<rs-hr-1202-0900@rheinstahl.de>", text=text, cte="7bit"))


@case("en_two_part_interview_cet.eml", invite=True, start="2026-12-15T10:00:00+01:00", reply_to="bram.devries@tulipfintech.nl",
      note="two-part interview on Tuesday 15 December (CET): 'Part 1 10:00-11:00', 'Part 2 11:15-12:00' -> the first part")
def _():
    text = """Hi Jordan,

Good news: we'd like to invite you to the final interview round on Tuesday 15 December (all times CET, at our Amsterdam office).

Part 1: 10:00-11:00 - technical deep dive with two engineers
Part 2: 11:15-12:00 - conversation with our CTO

Let me know if that works for you.

Bram de Vries
Tulip Fintech
"""
    return eml(Mail(frm="Bram de Vries <bram.devries@tulipfintech.nl>", to=ME, subject="Final interview round - Tulip Fintech",
                    date="Thu, 3 Dec 2026 11:00:00 +0100", msgid="<CATulip+bdv.final@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_rejection_with_feedback_call_offer.eml", invite=False,
      note="rejection after the onsite that offers an optional feedback call -> not an invite")
def _():
    text = """Hi Jordan,

Thank you for the time and energy you put into the onsite interviews last week. Unfortunately, we've decided not to move forward with your candidacy for the Staff Engineer role.

If it would be helpful, I'm happy to set up a short call to share the team's feedback. Just reply with a few times that work.

Best,
Monica Reyes
Recruiting Lead, Granite Labs
"""
    return eml(Mail(frm="Monica Reyes <monica.reyes@granitelabs.io>", to=ME, subject="Update on your candidacy",
                    date="Mon, 7 Dec 2026 17:00:00 +0000", msgid="<CAGranite+mr.rej@mail.gmail.com>", text=text, html=gmail_html(text)))
