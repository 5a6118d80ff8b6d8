"""English golden cases (owner: Jordan Reyes <jordan.reyes@gmail.com>). Each function returns the file's bytes;
the decorator records the expected answer. Mail text is original, written for these tests."""
from __future__ import annotations

from common import gmail_html, gmail_quote_header, outlook_html, transport
from mailkit import Event, Mail, eml, ics, mbox, quote

OWNER = "jordan.reyes@gmail.com"
ME = "Jordan Reyes <jordan.reyes@gmail.com>"
_CASES: dict = {}


def case(name: str, *, invite: bool, start: str | None = None, accepted: bool = False, lang: str = "en",
         reply_to: str | None = None, note: str):
    def deco(fn):
        _CASES[name] = (fn, {"is_invite": invite, "interview_start": start, "accepted": accepted, "language": lang,
                             "reply_to": reply_to, "note": note})
        return fn
    return deco


def build() -> dict:
    return {name: (fn(), truth) for name, (fn, truth) in _CASES.items()}


# ============================================================================================ positives: ATS / calendar

@case("en_greenhouse_confirmation_pacific.eml", invite=True, start="2026-11-17T10:00:00-08:00",
      reply_to="megan.ohara@latticeharbor.com",
      note="Greenhouse-style confirmation from a no-reply relay with Reply-To; 'Date:' and 'Time: 10:00 AM - 11:15 AM PST' on "
           "separate lines; application date and ID are distractors")
def _():
    text = """Hi Jordan,

Thanks again for your interest in the Senior Data Engineer role at Lattice Harbor! We're happy to confirm your interview. Details are below.

Interview: Technical Deep Dive (Data Platform)
Date: Tuesday, November 17, 2026
Time: 10:00 AM - 11:15 AM PST
Location: Video call - https://latticeharbor.zoom.us/j/84512093317?pwd=bXlQc2FmZ1BvVjh3
Interviewers: Priya Natarajan (Staff Engineer), Tom Becker (Engineering Manager)

For your records: you applied on October 29, 2026 and your application ID is 4471-2209.

If you need to reschedule, just reply to this email at least 24 hours in advance and we'll find another time.

Best,
Megan O'Hara
Recruiting Coordinator | Lattice Harbor
"""
    return eml(Mail(
        frm="Lattice Harbor Recruiting <no-reply@us.greenhouse-mail.io>", reply_to="Megan O'Hara <megan.ohara@latticeharbor.com>",
        to=ME, subject="Interview Confirmation: Senior Data Engineer at Lattice Harbor", date="Wed, 11 Nov 2026 16:22:09 +0000",
        msgid="<8f3a2c9d41e04b7a.20261111162209.greenhouse@us.greenhouse-mail.io>", text=text, html=gmail_html(text),
        headers=transport(OWNER, "bounces+4471@us.greenhouse-mail.io", "Wed, 11 Nov 2026 08:22:10 -0800 (PST)", "gh1")))


@case("en_calendly_booking_link.eml", invite=True, start=None, reply_to="dana@brightkiln.io",
      note="booking link (Calendly) with an availability window 'Tuesday through Friday next week, 9am-4pm Central': no fixed time")
def _():
    text = """Hi Jordan,

Loved your background - I'd like to set up a 30-minute intro interview to talk through the Product Analyst opening on our Growth team.

Grab whatever time suits you here: https://calendly.com/dana-brightkiln/30min

Slots are open Tuesday through Friday next week, 9am-4pm Central. If none of those work, just reply and we'll sort something out.

Cheers,
Dana Whitfield
Talent Partner, Brightkiln
"""
    return eml(Mail(frm="Dana Whitfield <dana@brightkiln.io>", to=ME, subject="Next step: intro interview with Brightkiln",
                    date="Mon, 16 Nov 2026 09:14:51 -0600", msgid="<CAF7u1q=Kd0pZ3bLr8xYw@mail.gmail.com>",
                    text=text, html=gmail_html(text)))


def _gcal_text(title: str, when: str, who: list[str], meet: str, changed: bool = False, intro: str = "") -> str:
    head = "This event has been changed." if changed else "You have been invited to the following event."
    people = "\n".join(f"     \u2022 {p}" for p in who)
    return f"""{head}

Title: {title}
{intro}
When: {"CHANGED" + chr(10) if changed else ""}{when}

Joining info: Join with Google Meet
{meet}

Calendar: {OWNER}
Who:
{people}

more details \u00bb https://calendar.google.com/calendar/event?action=VIEW&eid=ZmQ0YjM5MTI3&hl=en

Invitation from Google Calendar

You are receiving this courtesy email at the account {OWNER} because you are an attendee of this event.
"""


@case("en_reschedule_ics_sequence2.mbox", invite=True, start="2026-12-07T10:30:00-05:00",
      reply_to="ines.carvalho@northwind-robotics.com",
      note="Takeout mbox, one X-GM-THRID: Google invitation SEQUENCE 0 (Thu Dec 3), updated SEQ 1 (Fri Dec 4), updated SEQ 2 "
           "(Mon Dec 7 10:30am EST); stored out of order in the file; latest/highest sequence wins")
def _():
    uid = "5pr1k7q0m3vnd0a2c7u8h9iq4s@google.com"
    org = ("Ines Carvalho", "ines.carvalho@northwind-robotics.com")
    att = [("Ines Carvalho", org[1], "ACCEPTED"), ("Jordan Reyes", OWNER, "NEEDS-ACTION"),
           ("Kwame Mensah", "kwame.mensah@northwind-robotics.com", "ACCEPTED")]
    title = "Interview: Jordan Reyes / Controls Software"
    versions = [
        (0, "20261203T110000", "20261203T120000", "Thu Dec 3, 2026 11am - 12pm (EST)", "Thu Dec 3, 2026 11am \u2013 12pm Eastern Time - New York",
         "Tue, 24 Nov 2026 14:05:11 +0000", "Invitation"),
        (1, "20261204T140000", "20261204T150000", "Fri Dec 4, 2026 2pm - 3pm (EST)", "Fri Dec 4, 2026 2pm \u2013 3pm Eastern Time - New York",
         "Mon, 30 Nov 2026 16:40:02 +0000", "Updated invitation"),
        (2, "20261207T103000", "20261207T113000", "Mon Dec 7, 2026 10:30am - 11:30am (EST)",
         "Mon Dec 7, 2026 10:30am \u2013 11:30am Eastern Time - New York", "Wed, 2 Dec 2026 13:12:45 +0000", "Updated invitation"),
    ]
    mails = []
    for seq, s, e, subj_when, body_when, date, kind in versions:
        ev = Event(uid=uid, start=s, end=e, tzid="America/New_York", summary=title, organizer=org, attendees=att, sequence=seq,
                   description="Second-round interview with the Controls Software team (60 min).",
                   dtstamp=f"2026120{seq}T120000Z")
        text = _gcal_text(title, body_when, ["Ines Carvalho - organizer", "Kwame Mensah", OWNER], "https://meet.google.com/nwr-qbtz-ixa",
                          changed=seq > 0, intro="Second-round interview with the Controls Software team (60 min).")
        mails.append(Mail(
            frm="Ines Carvalho <ines.carvalho@northwind-robotics.com>", sender="Google Calendar <calendar-notification@google.com>",
            reply_to="ines.carvalho@northwind-robotics.com", to=OWNER, subject=f"{kind}: {title} @ {subj_when} ({OWNER})",
            date=date, msgid=f"<calendar-{seq}a7c21e0-5b9d-4f1e-9c3a-{seq}e2f8d0b4c11@google.com>", text=text, html=gmail_html(text),
            calendar=ics("REQUEST", ev), thrid="1786203551209873311", labels="Inbox,Category Updates"))
    return mbox([mails[0], mails[2], mails[1]])


@case("en_gcal_updated_invitation.eml", invite=True, start="2026-12-16T16:00:00+00:00", reply_to="oliver.grant@quaymetrics.co.uk",
      note="single 'Updated invitation' (SEQUENCE 1) in Europe/London in December (GMT); body says CHANGED")
def _():
    title = "Hiring manager interview - Quay Metrics"
    ev = Event(uid="0c4bq2l7vst5e1m9d8k3r6p2hf@google.com", start="20261216T160000", end="20261216T164500", tzid="Europe/London",
               summary=title, organizer=("Oliver Grant", "oliver.grant@quaymetrics.co.uk"), sequence=1,
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")], description="45 minutes with Hannah (Head of Analytics).")
    text = _gcal_text(title, "Wed Dec 16, 2026 4pm \u2013 4:45pm Greenwich Mean Time", ["Oliver Grant - organizer", OWNER],
                      "https://meet.google.com/qmx-hhpr-tow", changed=True, intro="45 minutes with Hannah (Head of Analytics).")
    return eml(Mail(frm="Oliver Grant <oliver.grant@quaymetrics.co.uk>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="oliver.grant@quaymetrics.co.uk", to=OWNER,
                    subject=f"Updated invitation: {title} @ Wed Dec 16, 2026 4pm - 4:45pm (GMT) ({OWNER})",
                    date="Fri, 11 Dec 2026 10:31:07 +0000", msgid="<calendar-7d1e2f3a-0b4c-4d5e-8f60-71829a3b4c5d@google.com>",
                    text=text, html=gmail_html(text), calendar=ics("REQUEST", ev)))


@case("en_application_ics_attachment_mountain.eml", invite=True, start="2026-12-10T13:00:00-07:00",
      reply_to="talent@ridgelinesolar.com",
      note="body has no date at all; the time is only in an application/ics attachment (TZID America/Denver)")
def _():
    ev = Event(uid="rs-int-20261210-7731@ridgelinesolar.com", start="20261210T130000", end="20261210T150000", tzid="America/Denver",
               summary="On-site interview - Field Operations Analyst", organizer=("Ridgeline Talent", "talent@ridgelinesolar.com"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")], location="Ridgeline Solar HQ, 1800 Larimer St, Denver",
               vtimezone=False)
    text = """Hello Jordan,

Please find attached the calendar invite for your on-site interview for the Field Operations Analyst position. Parking is available in the garage under the building; check in at the front desk on level 3 and ask for Marisa.

Looking forward to meeting you!

Ridgeline Solar Talent Team
"""
    return eml(Mail(frm="Ridgeline Solar Talent <talent@ridgelinesolar.com>", to=ME, subject="Your on-site interview at Ridgeline Solar",
                    date="Thu, 3 Dec 2026 15:48:30 -0700", msgid="<20261203224830.77311@mailer.ridgelinesolar.com>",
                    text=text, cte="7bit", calendar=ics("REQUEST", ev, prodid="-//Ridgeline ATS//EN"), cal_carrier="application/ics"))


@case("en_outlook_octet_stream_ics_windows_tzid.eml", invite=True, start="2026-12-08T09:00:00-08:00",
      reply_to="sofia.delgado@cascadiahealth.org",
      note="Outlook meeting request: .ics as application/octet-stream attachment with Windows TZID 'Pacific Standard Time' + "
           "VTIMEZONE; body 'When: ... (UTC-08:00) Pacific Time (US & Canada)'")
def _():
    ev = Event(uid="040000008200E00074C5B7101A82E00800000000A0F3C1B2D9C2DC01000000000000000010000000",
               start="20261208T090000", end="20261208T100000", tzid="Pacific Standard Time",
               summary="Interview: Jordan Reyes - Clinical Data Analyst", organizer=("Sofia Delgado", "sofia.delgado@cascadiahealth.org"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")], location="Microsoft Teams Meeting")
    text = """When: Tuesday, December 8, 2026 9:00 AM-10:00 AM (UTC-08:00) Pacific Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Jordan,

As discussed, here is the invitation for your interview with our Clinical Analytics team (Dr. Amy Cho and Ravi Patel).

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTc4%40thread.v2/0>
Meeting ID: 219 883 406 771
Passcode: bT4x9K
________________________________________________________________________________

Sofia Delgado | Talent Acquisition | Cascadia Health
"""
    return eml(Mail(frm="Sofia Delgado <sofia.delgado@cascadiahealth.org>", to=ME,
                    subject="Interview: Jordan Reyes - Clinical Data Analyst", date="Tue, 1 Dec 2026 18:02:44 +0000",
                    msgid="<BY5PR04MB6993C2A1D0E94F6B8A7F3C21D4E59@BY5PR04MB6993.namprd04.prod.outlook.com>",
                    text=text, html=outlook_html(text), calendar=ics("REQUEST", ev, prodid="Microsoft Exchange Server 2010"),
                    cal_carrier="octet-stream", headers=[("Thread-Topic", "Interview: Jordan Reyes - Clinical Data Analyst"),
                                                         ("Content-class", "urn:content-classes:calendarmessage")]))


@case("en_owner_accepted_ics_reply.mbox", invite=True, start="2026-12-10T09:30:00-06:00", accepted=True,
      reply_to="ben.okafor@prairielogix.com",
      note="classic mbox (no X-GM-THRID): Outlook-style REQUEST in America/Chicago, then the owner's 'Accepted:' METHOD:REPLY "
           "(PARTSTAT=ACCEPTED) threaded by In-Reply-To")
def _():
    org = ("Ben Okafor", "ben.okafor@prairielogix.com")
    ev = Event(uid="pl-3391-intv@prairielogix.com", start="20261210T093000", end="20261210T103000", tzid="America/Chicago",
               summary="Interview - Supply Chain Analyst (Jordan Reyes)", organizer=org,
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION"), ("Lena Fox", "lena.fox@prairielogix.com", "ACCEPTED")],
               vtimezone=False)
    req = Mail(frm="Ben Okafor <ben.okafor@prairielogix.com>", to=ME, subject="Interview - Supply Chain Analyst (Jordan Reyes)",
               date="Fri, 4 Dec 2026 11:20:00 -0600", msgid="<a1b2c3d4.pl3391@prairielogix.com>",
               text="Hi Jordan,\n\nSending over the invite for your interview with Lena Fox (Director, Supply Chain) next Thursday.\n"
                    "Please accept the calendar invitation so we know it works.\n\nBen\n",
               calendar=ics("REQUEST", ev, prodid="Microsoft Exchange Server 2010"))
    reply_ev = Event(uid=ev.uid, start=ev.start, end=ev.end, tzid=ev.tzid, summary=ev.summary, organizer=org,
                     attendees=[("Jordan Reyes", OWNER, "ACCEPTED")], vtimezone=False, dtstamp="20261204T190000Z")
    acc = Mail(frm=ME, to="Ben Okafor <ben.okafor@prairielogix.com>",
               subject="Accepted: Interview - Supply Chain Analyst (Jordan Reyes)", date="Fri, 4 Dec 2026 13:00:12 -0600",
               msgid="<CAJr8x=acc0001@mail.gmail.com>", in_reply_to="<a1b2c3d4.pl3391@prairielogix.com>",
               references="<a1b2c3d4.pl3391@prairielogix.com>", text="Jordan Reyes has accepted this invitation.\n",
               calendar=ics("REPLY", reply_ev), cal_method="REPLY", cal_carrier="inline")
    return mbox([req, acc], takeout=False)


# ============================================================================================ positives: text dates and zones

@case("en_ist_ambiguous_india.eml", invite=True, start="2026-11-26T15:30:00+05:30", reply_to="karthik.s@vyoma-analytics.in",
      note="'3:30 PM IST' with a +0530 Date header -> Asia/Kolkata (not Israel or Dublin); '26th November 2026' ordinal")
def _():
    text = """Dear Jordan,

Greetings from Vyoma Analytics!

Further to your discussion with our HR team, we would like to schedule your second-round interview (technical) for the position of ML Engineer.

The interview will be held on Thursday, 26th November 2026 at 3:30 PM IST over Google Meet. The panel will share the link 30 minutes prior.

Kindly acknowledge this mail. For any queries, reach me on +91 98450 12345.

Thanks & Regards,
Karthik Subramanian
Talent Acquisition, Vyoma Analytics Pvt. Ltd., Bengaluru
"""
    return eml(Mail(frm="Karthik Subramanian <karthik.s@vyoma-analytics.in>", to=ME,
                    subject="Second round interview - ML Engineer - Vyoma Analytics", date="Mon, 23 Nov 2026 11:42:17 +0530",
                    msgid="<PN2PR01MB4527E1C0A9F3D2B61@PN2PR01MB4527.INDPRD01.prod.outlook.com>", text=text,
                    html=outlook_html(text)))


@case("en_ist_ats_utc_header.eml", invite=True, start="2026-12-02T11:00:00+05:30", reply_to="hiring@dhanvantari.co.in",
      note="IST with a +0000 Date header (ATS relay): default policy IST=Asia/Kolkata; '+91' phone and .in domain agree")
def _():
    text = """Hi Jordan Reyes,

Your interview for Backend Developer (Payments) at Dhanvantari Fintech has been scheduled.

  Round:      Technical Interview 1
  Date:       Wed, 02 Dec 2026
  Time:       11:00 AM - 12:00 PM (IST)
  Mode:       Video (link below)
  Join:       https://meet.google.com/dvf-wmqn-rta

Please keep your camera on and have a working IDE ready.

Need help? Write to hiring@dhanvantari.co.in or call +91 22 4890 1122.

- Dhanvantari Fintech Hiring Team
Powered by HireLoop
"""
    return eml(Mail(frm="Dhanvantari Fintech via HireLoop <notifications@hireloop.app>", reply_to="hiring@dhanvantari.co.in",
                    to=ME, subject="Interview scheduled: Backend Developer (Payments)", date="Fri, 27 Nov 2026 06:10:55 +0000",
                    msgid="<0102018f-hl-8a7c-4c1e-b2d3-e4f5a6b7c8d9-000000@email.hireloop.app>", text=text, cte="7bit"))


@case("en_cst_china_header_+0800.eml", invite=True, start="2026-12-04T10:00:00+08:00", reply_to="lily.zhang@hanhai-semi.com.cn",
      note="'10:00 AM CST' from a sender whose Date header is +0800 -> China Standard Time, not US Central")
def _():
    text = """Dear Jordan,

Thank you for your application for the Verification Engineer position at Hanhai Semiconductor.

I'm pleased to let you know that your video interview with our hardware team is confirmed for Friday, December 4, 2026 at 10:00 AM CST. It will take about one hour and will be conducted on Tencent Meeting (ID: 583 220 914).

Please test your audio beforehand. If anything comes up, just reply to this email.

Best regards,
Lily Zhang
HR Specialist | Hanhai Semiconductor Co., Ltd. | Shanghai
"""
    return eml(Mail(frm="Lily Zhang <lily.zhang@hanhai-semi.com.cn>", to=ME, subject="Video Interview Confirmation - Verification Engineer",
                    date="Tue, 1 Dec 2026 09:05:33 +0800", msgid="<2026120109053312.LZ7731@hanhai-semi.com.cn>", text=text,
                    html=gmail_html(text)))


@case("en_cst_us_central_header_-0600.eml", invite=True, start="2026-12-09T14:00:00-06:00", reply_to="carla.mendez@lonestarbio.com",
      note="'2:00 PM CST' with a -0600 Date header -> America/Chicago")
def _():
    text = """Hi Jordan,

Great speaking with you earlier today. As promised, I've set up your interview with Dr. Patel, our Director of Bioinformatics:

Wednesday, December 9th at 2:00 PM CST (about 45 minutes, Zoom link to follow in a separate calendar invite).

Let me know if anything changes on your end.

Carla Mendez
Senior Recruiter, Lone Star Bio
"""
    return eml(Mail(frm="Carla Mendez <carla.mendez@lonestarbio.com>", to=ME, subject="Interview with Dr. Patel",
                    date="Thu, 3 Dec 2026 16:27:02 -0600", msgid="<CAHc9+Lm1fW5rQ8tT@mail.gmail.com>", text=text,
                    html=gmail_html(text)))


@case("en_next_tuesday_relative.eml", invite=True, start="2026-11-24T15:00:00-05:00", reply_to="priya.k@fernhollow.com",
      note="relative 'next Tuesday at 3pm ET' in a mail dated Thursday 19 Nov 2026 -> Tuesday 24 Nov")
def _():
    text = """Hi Jordan,

Thanks for making time for the take-home review. The team was impressed, and we'd like to invite you to a final interview with our VP of Engineering next Tuesday at 3pm ET. It's a 45-minute conversation, mostly about how you approach ambiguous projects.

I'll send a calendar invite with the Zoom link shortly.

Best,
Priya Kapoor
Fernhollow | People Team
"""
    return eml(Mail(frm="Priya Kapoor <priya.k@fernhollow.com>", to=ME, subject="Final interview - Fernhollow",
                    date="Thu, 19 Nov 2026 15:10:44 -0500", msgid="<CAB8pK=final.9921@mail.gmail.com>", text=text,
                    html=gmail_html(text)))


@case("en_this_friday_relative.eml", invite=True, start="2026-12-04T11:30:00-08:00", reply_to="nate@copperleaf.dev",
      note="relative 'this Friday at 11:30am PT' in a mail dated Tuesday 1 Dec 2026 -> Friday 4 Dec")
def _():
    text = """Hey Jordan,

Quick one - I've scheduled your hiring manager interview with Elena for this Friday at 11:30am PT. She'll call you on the number on your resume; plan for about 30 minutes.

Shout if that doesn't work.

Nate
Copperleaf - Recruiting
"""
    return eml(Mail(frm="Nate Brooks <nate@copperleaf.dev>", to=ME, subject="HM interview this Friday",
                    date="Tue, 1 Dec 2026 10:20:18 -0800", msgid="<CAN8b+copperleaf.41@mail.gmail.com>", text=text,
                    html=gmail_html(text)))


@case("en_tomorrow_across_midnight_utc.eml", invite=True, start="2026-12-08T09:30:00-05:00", reply_to="gwen.harlow@tidewaterins.com",
      note="'tomorrow at 9:30am ET' written Mon 7 Dec 21:48 -0500, which is already Tue in UTC -> Tue 8 Dec (sender's day)")
def _():
    text = """Hi Jordan,

Sorry for the late note! Following up on our call: your interview with Sam Whitaker (Claims Analytics Lead) is confirmed for tomorrow at 9:30am ET. Sam will dial in via Teams; the link is in the invite I just sent.

Good luck!
Gwen Harlow
Tidewater Insurance | Talent Acquisition
"""
    return eml(Mail(frm="Gwen Harlow <gwen.harlow@tidewaterins.com>", to=ME, subject="Your interview tomorrow",
                    date="Mon, 7 Dec 2026 21:48:10 -0500", msgid="<MN2PR12MB4321A7C9E0D1F2B3@MN2PR12MB4321.namprd12.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_sydney_tomorrow_early_morning.eml", invite=True, start="2026-12-03T14:00:00+11:00", reply_to="chloe.nguyen@wattleworks.com.au",
      note="'tomorrow at 2pm AEDT' written Wed 2 Dec 06:55 +1100 (still Tue in UTC) -> Thu 3 Dec in Sydney, DST offset +11")
def _():
    text = """Morning Jordan,

Hope you're well. Just locking in the next step: your panel interview with our platform team is tomorrow at 2pm AEDT, at our office on Level 12, 50 Pitt St, Sydney. Ask for me at reception.

Bring photo ID for the building's visitor system.

Cheers,
Chloe Nguyen
People & Culture | Wattleworks
"""
    return eml(Mail(frm="Chloe Nguyen <chloe.nguyen@wattleworks.com.au>", to=ME, subject="Panel interview tomorrow - Wattleworks",
                    date="Wed, 2 Dec 2026 06:55:00 +1100", msgid="<SY4P282MB1744C1A2B3D4@SY4P282MB1744.AUSP282.PROD.OUTLOOK.COM>",
                    text=text, html=outlook_html(text)))


@case("en_mdy_numeric_us.eml", invite=True, start="2026-12-03T14:00:00-05:00", reply_to="recruiting@bayfrontcu.org",
      note="US numeric date '12/03/2026' (month first) from a -0500 sender; requisition number and phone are distractors")
def _():
    text = """Jordan,

Congratulations - you have been selected for a phone interview for Requisition #2026-1187 (Financial Systems Analyst II).

Date/Time: 12/03/2026, 2:00 PM - 2:30 PM EST
Interviewer: Mark Delaney, Controller
Phone: Mark will call you at the number on file. If that has changed, call us at (312) 555-0199.

Bayfront Credit Union is an Equal Opportunity Employer.

Human Resources
Bayfront Credit Union
"""
    return eml(Mail(frm="Bayfront CU Recruiting <recruiting@bayfrontcu.org>", to=ME, subject="Phone Interview - Req #2026-1187",
                    date="Fri, 20 Nov 2026 13:33:02 -0500", msgid="<20261120183302.1187.hr@bayfrontcu.org>", text=text, cte="7bit"))


@case("en_dmy_numeric_uk.eml", invite=True, start="2026-12-03T14:00:00+00:00", reply_to="harriet.cole@fenwickandrowe.co.uk",
      note="UK numeric date '03/12/2026' (day first) from a +0000 sender, '14:00 (UK time)'")
def _():
    text = """Dear Jordan,

Thank you for your application for the Graduate Actuarial Analyst scheme. I am delighted to invite you to a first-stage interview at our London office.

Interview date: 03/12/2026
Start time: 14:00 (UK time)
Address: Fenwick & Rowe LLP, 22 Finsbury Square, London EC2A 1DX
Duration: approximately 90 minutes, including a short numerical exercise

Please bring a form of photographic ID. Let me know by return if you require any adjustments.

Kind regards,

Harriet Cole
Early Careers Team
Fenwick & Rowe LLP
"""
    return eml(Mail(frm="Harriet Cole <harriet.cole@fenwickandrowe.co.uk>", to=ME,
                    subject="Invitation to interview - Graduate Actuarial Analyst", date="Wed, 25 Nov 2026 10:02:19 +0000",
                    msgid="<LO2P265MB5188D0A1B2C3@LO2P265MB5188.GBRP265.PROD.OUTLOOK.COM>", text=text, html=outlook_html(text)))


@case("en_utc_offset_windows_display.eml", invite=True, start="2026-12-09T09:00:00+07:00", reply_to="arif.rahman@sinarloka.co.id",
      note="Outlook display string 'When: ... 9:00 AM-10:00 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.' pasted in a plain mail "
           "(no .ics); Teams meeting ID/passcode digits are distractors; Date header +0800")
def _():
    text = """Hi Jordan,

Please find below the details for your interview for the Regional Product Manager role with Sinarloka Digital.

When: Wednesday, December 9, 2026 9:00 AM-10:00 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.
Where: Microsoft Teams Meeting

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ3OTZk%40thread.v2/0>
Meeting ID: 412 889 301 557
Passcode: Yx7Q2p
________________________________________________________________________________

Panel: Maya Tan (VP Product), Hendra Wijaya (Head of Engineering)

Regards,
Arif Rahman
Talent Acquisition Lead | Sinarloka Digital
"""
    return eml(Mail(frm="Arif Rahman <arif.rahman@sinarloka.co.id>", to=ME, subject="Interview details - Regional Product Manager",
                    date="Thu, 3 Dec 2026 09:31:55 +0800", msgid="<SG2PR06MB5310F0E1D2C3B4A5@SG2PR06MB5310.apcprd06.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_zoom_copy_invite_jakarta.eml", invite=True, start="2026-12-11T14:00:00+07:00", reply_to="ayu.lestari@kopikita.id",
      note="pasted Zoom invitation 'Time: Dec 11, 2026 02:00 PM Jakarta' from a sender in Singapore (+0800): the city names "
           "the zone; meeting ID, passcode and one-tap numbers are distractors")
def _():
    text = """Hi Jordan,

Thank you for your interest in KopiKita. We'd like to invite you to an interview for the Mobile Engineer (Flutter) role. Our Zoom details are below.

Ayu Lestari is inviting you to a scheduled Zoom meeting.

Topic: Interview - Mobile Engineer (Jordan Reyes)
Time: Dec 11, 2026 02:00 PM Jakarta

Join Zoom Meeting
https://us06web.zoom.us/j/81234567890?pwd=Q2xZa1VvN3pDRmF6b1RNQT09

Meeting ID: 812 3456 7890
Passcode: 448120

---

One tap mobile
+6531587441,,81234567890#,,,,*448120# Singapore
+6531651065,,81234567890#,,,,*448120# Singapore

Best regards,
Ayu Lestari
People Ops, KopiKita
"""
    return eml(Mail(frm="Ayu Lestari <ayu.lestari@kopikita.id>", to=ME, subject="KopiKita interview - Mobile Engineer",
                    date="Mon, 7 Dec 2026 17:45:09 +0800", msgid="<CAKopi+z8m1.7741@mail.gmail.com>", text=text,
                    html=gmail_html(text)))


@case("en_gcal_forwarded_western_indonesia_time.eml", invite=True, start="2026-12-10T10:00:00+07:00",
      reply_to="wei.ling@lumen-commerce.sg",
      note="recruiter forwards a Google Calendar notification without its .ics: 'Thursday Dec 10, 2026 \u22c5 10am \u2013 11am "
           "(Western Indonesia Time - Jakarta)'; forwarder's Date header is +0800")
def _():
    text = """Hi Jordan, forwarding the invite from our Jakarta hiring manager in case the calendar notification didn't reach you. See you then!

Wei Ling

---------- Forwarded message ---------
From: Google Calendar <calendar-notification@google.com>
Date: Fri, Dec 4, 2026 at 3:12 PM
Subject: Invitation: Interview - Jordan Reyes (Category Manager) @ Thu Dec 10, 2026 10am - 11am (WIB)
To: <wei.ling@lumen-commerce.sg>


Interview - Jordan Reyes (Category Manager)
Thursday Dec 10, 2026 \u22c5 10am \u2013 11am (Western Indonesia Time - Jakarta)

Google Meet joining info
Video call link: https://meet.google.com/lum-qxwr-nhd

Organizer
Budi Hartono

Guests
Budi Hartono - organizer
Wei Ling
jordan.reyes@gmail.com
"""
    return eml(Mail(frm="Wei Ling Tan <wei.ling@lumen-commerce.sg>", to=ME,
                    subject="Fwd: Invitation: Interview - Jordan Reyes (Category Manager) @ Thu Dec 10, 2026 10am - 11am (WIB)",
                    date="Fri, 4 Dec 2026 15:20:40 +0800", msgid="<CALum3n=fwd.10@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_deadline_distractor_reply_by.eml", invite=True, start="2026-11-24T11:00:00-05:00", reply_to="olivia.park@meridianhealth.com",
      note="'please reply by Friday, November 20 at 5:00 PM ET' (deadline) comes before the interview 'Tuesday, November 24 at "
           "11:00 AM ET'; the deadline must not win")
def _():
    text = """Hi Jordan,

Thank you for your patience while we reviewed applications for the Population Health Analyst role.

Before we lock this in, please reply by Friday, November 20 at 5:00 PM ET to confirm you're still interested and available.

Your panel interview is scheduled for Tuesday, November 24 at 11:00 AM ET and will run about 90 minutes. You'll meet three members of the analytics team.

Warm regards,
Olivia Park
Talent Acquisition Partner, Meridian Health
"""
    return eml(Mail(frm="Olivia Park <olivia.park@meridianhealth.com>", to=ME, subject="Panel interview - Population Health Analyst",
                    date="Tue, 17 Nov 2026 09:41:20 -0500", msgid="<DM6PR11MB3050B1C2D3E4F5A6@DM6PR11MB3050.namprd11.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_html_only_outlook.eml", invite=True, start="2026-12-10T15:00:00+00:00", reply_to="tom.ashworth@pennineworks.co.uk",
      note="HTML-only Outlook body (tables, &nbsp;, spans), 'Thursday, 10 December 2026' and '15:00 \u2013 16:00 GMT' in table "
           "cells; company registration number is a distractor")
def _():
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Jordan,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for applying for the <b>Operations Planner</b> role. We would like to invite you to an interview at our Leeds site.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="120" valign="top"><p class="MsoNormal"><b>Date</b><o:p></o:p></p></td>
<td width="300" valign="top"><p class="MsoNormal">Thursday,&nbsp;10 December 2026<o:p></o:p></p></td></tr>
<tr><td valign="top"><p class="MsoNormal"><b>Time</b><o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">15:00 &ndash; 16:00 GMT<o:p></o:p></p></td></tr>
<tr><td valign="top"><p class="MsoNormal"><b>Venue</b><o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">Pennine Works, Unit 4 Kirkstall Road, Leeds LS4 2AZ<o:p></o:p></p></td></tr>
<tr><td valign="top"><p class="MsoNormal"><b>Panel</b><o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">Tom Ashworth, Rachel Myers<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please confirm your attendance by replying to this email.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<br>Tom Ashworth<br>Operations Manager<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Pennine Works Ltd. Registered in England No. 08812345. Registered office: 12 Park Row, Leeds LS1 5HD.<o:p></o:p></span></p>
</div></body></html>
"""
    return eml(Mail(frm="Tom Ashworth <tom.ashworth@pennineworks.co.uk>", to=ME, subject="Interview invitation - Operations Planner",
                    date="Mon, 30 Nov 2026 12:15:03 +0000", msgid="<AM0PR03MB6322E5F6A7B8C9D0@AM0PR03MB6322.eurprd03.prod.outlook.com>",
                    html=html))


@case("en_qp_windows1252_smart_quotes.eml", invite=True, start="2027-01-14T13:30:00-05:00", reply_to="dwayne.price@harborlightmedia.com",
      note="windows-1252 quoted-printable body with curly quotes and an en dash: 'Thursday, January 14, 2027 \u2013 1:30 PM Eastern Time'")
def _():
    text = """Hi Jordan,

Happy holidays! I\u2019m reaching out from Harborlight Media about the Audience Insights Manager role. We\u2019d love to have you in for an interview in the new year:

Thursday, January 14, 2027 \u2013 1:30 PM Eastern Time
Harborlight Media, 410 Congress St, 5th floor, Boston

You\u2019ll meet with our SVP of Research and two team leads. Let me know if you\u2019d like us to arrange parking.

Best,
Dwayne Price
Harborlight Media \u2022 Talent
"""
    return eml(Mail(frm="Dwayne Price <dwayne.price@harborlightmedia.com>", to=ME, subject="Interview in January \u2013 Audience Insights Manager",
                    date="Tue, 22 Dec 2026 10:05:37 -0500", msgid="<001a01d8f4c2$3e4f5a60$bb6e0f20$@harborlightmedia.com>",
                    text=text, charset="windows-1252", headers=[("X-Mailer", "Microsoft Outlook 16.0")]))


@case("en_base64_latin1_berlin_time.eml", invite=True, start="2026-12-16T14:00:00+01:00", reply_to="juergen.weiss@kranichlabs.de",
      note="ISO-8859-1 body in base64; 'Wednesday, 16 December 2026 at 14:00 (Berlin time)' with a +0000 Date header")
def _():
    text = """Dear Jordan,

thank you for your application to Kranich Labs. We would be glad to meet you for a technical interview:

Wednesday, 16 December 2026 at 14:00 (Berlin time), on-site at our office in Berlin-Kreuzberg (Oranienstraße 24).

The interview will take about two hours and includes a short pairing session. Travel costs within Germany are reimbursed.

Kind regards / Viele Grüße
Jürgen Weiß
Engineering Manager, Kranich Labs GmbH
"""
    return eml(Mail(frm="Jürgen Weiß <juergen.weiss@kranichlabs.de>", to=ME, subject="Technical interview at Kranich Labs",
                    date="Tue, 8 Dec 2026 08:12:40 +0000", msgid="<d3b07384d113edec49eaa6238ad5ff00@kranichlabs.de>", text=text,
                    charset="iso-8859-1", cte="base64", headers=[("User-Agent", "Roundcube Webmail/1.6.6")]))


@case("en_dst_pacific_after_change.eml", invite=True, start="2026-11-05T10:00:00-08:00", reply_to="marco.ruiz@sequoiagrid.com",
      note="written in PDT (-0700, 28 Oct) for Thursday November 5, after US DST ends (Nov 1): '10:00 AM PT' must be -08:00")
def _():
    text = """Hi Jordan,

Thanks for your time on the recruiter screen! Next up is a technical interview with two engineers from the Grid Forecasting team.

Thursday, November 5 at 10:00 AM PT (60 minutes, Zoom - link in the calendar hold)

Heads up that the clocks change this weekend, so double-check your calendar shows the right time.

Marco Ruiz
Recruiting, Sequoia Grid
"""
    return eml(Mail(frm="Marco Ruiz <marco.ruiz@sequoiagrid.com>", to=ME, subject="Technical interview - Sequoia Grid",
                    date="Wed, 28 Oct 2026 14:03:00 -0700", msgid="<CAM4r+seq.551@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_dst_london_bst_to_gmt.eml", invite=True, start="2026-11-02T11:00:00+00:00", reply_to="amelia.shaw@thamesgate.ac.uk",
      note="written in BST (+0100, 20 Oct) for 'Monday 2nd November at 11am (UK time)', after UK clocks go back -> +00:00")
def _():
    text = """Dear Jordan,

Further to your application for the post of Research Software Engineer (ref. TGU-RSE-0412), I am pleased to invite you to interview on Monday 2nd November at 11am (UK time). The interview will be held on Microsoft Teams and will last 45 minutes, followed by a 15-minute presentation on a project of your choice.

Please confirm that you are able to attend.

Yours sincerely,
Amelia Shaw
HR Officer, Thamesgate University
"""
    return eml(Mail(frm="Amelia Shaw <amelia.shaw@thamesgate.ac.uk>", to=ME, subject="Interview invitation: Research Software Engineer (TGU-RSE-0412)",
                    date="Tue, 20 Oct 2026 09:15:26 +0100", msgid="<CWLP265MB3427A1B2@CWLP265MB3427.GBRP265.PROD.OUTLOOK.COM>",
                    text=text, html=outlook_html(text)))


@case("en_noon_et_friday.eml", invite=True, start="2026-12-04T12:00:00-05:00", reply_to="sasha@loomandlantern.com",
      note="'at noon ET on Friday, December 4' - time before the date, 'noon' as the time")
def _():
    text = """Hi Jordan!

We'd love to continue the conversation. Could you join us for a portfolio review interview at noon ET on Friday, December 4? I've booked an hour with our Creative Director, Jess.

Bring 2-3 projects you're proud of; we'll spend most of the time on one.

Sasha
Loom & Lantern Studio
"""
    return eml(Mail(frm="Sasha Ivanova <sasha@loomandlantern.com>", to=ME, subject="Portfolio review interview - Loom & Lantern",
                    date="Fri, 27 Nov 2026 16:40:00 -0500", msgid="<CALoom+sasha.87@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_iso_timestamp_ats.eml", invite=True, start="2026-12-03T14:00:00+07:00", reply_to="people@tanahbaru.io",
      note="ATS notification with an ISO 8601 start '2026-12-03T14:00:00+07:00' and a +0000 Date header")
def _():
    text = """Interview scheduled

Candidate: Jordan Reyes
Position: Senior Backend Engineer (Go)
Stage: Technical interview
Start: 2026-12-03T14:00:00+07:00
Duration: 60 min
Location: https://meet.google.com/tnb-ruwq-psk

Reply to this email to reach the Tanah Baru people team.
"""
    return eml(Mail(frm="Tanah Baru Hiring <notifications@ats.tanahbaru.io>", reply_to="people@tanahbaru.io", to=ME,
                    subject="[Tanah Baru] Interview scheduled - Senior Backend Engineer (Go)", date="Fri, 27 Nov 2026 03:00:12 +0000",
                    msgid="<ats-notify-55102-20261127030012@ats.tanahbaru.io>", text=text, cte="7bit"))


@case("en_agency_recruiter_client_interview.eml", invite=True, start="2026-12-14T16:30:00+00:00",
      reply_to="george.bailey@kestrelsearch.co.uk",
      note="agency recruiter books a client interview 'Monday 14 December at 16:30 GMT (11:30 EST)': two renderings of one instant")
def _():
    text = """Hi Jordan,

Great news - my client (a Series B fintech in Shoreditch; I'll share the name once you've confirmed) would like to interview you for their Staff Backend Engineer role.

They've booked Monday 14 December at 16:30 GMT (11:30 EST for you) for a 1-hour video interview with the CTO.

Can you drop me a quick line to confirm? Happy to jump on a call beforehand to prep.

George Bailey
Principal Consultant | Kestrel Search
+44 20 7946 0321
"""
    return eml(Mail(frm="George Bailey <george.bailey@kestrelsearch.co.uk>", to=ME, subject="Client interview - Staff Backend Engineer",
                    date="Wed, 9 Dec 2026 14:58:31 +0000", msgid="<CAKestrel+gb.2231@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_hiring_manager_chat_no_interview_word.eml", invite=True, start="2026-12-04T15:00:00-05:00",
      reply_to="alyssa.monroe@greyfinch.com",
      note="no word 'interview': 'a quick chat with Marcus, our hiring manager' for the role, with a fixed time")
def _():
    text = """Hi Jordan,

Thanks for applying to the Customer Success Lead role at Greyfinch. Your experience with enterprise onboarding stood out.

Next step is a quick chat with Marcus, our hiring manager, on Friday, December 4 at 3:00 PM ET. I've sent over a calendar hold with a Google Meet link.

Talk soon,
Alyssa Monroe
Greyfinch | Recruiting
"""
    return eml(Mail(frm="Alyssa Monroe <alyssa.monroe@greyfinch.com>", to=ME, subject="Chat with our hiring manager",
                    date="Mon, 30 Nov 2026 11:07:45 -0500", msgid="<CAGrey+am.3391@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_phone_screen_no_time_yet.eml", invite=True, start=None, reply_to="hannah.lee@sparrowpay.com",
      note="phone screen requested, availability asked, no time fixed -> null")
def _():
    text = """Hi Jordan,

I'm a recruiter at SparrowPay and came across your profile - your work on payment reconciliation at your last company is very relevant to our Risk Operations Analyst opening.

I'd like to set up a 20-minute phone screen to tell you more and learn about what you're looking for. What does your availability look like later this week or early next week? Mornings Pacific time are usually easiest for me.

Best,
Hannah Lee
Technical Recruiter, SparrowPay
"""
    return eml(Mail(frm="Hannah Lee <hannah.lee@sparrowpay.com>", to=ME, subject="Phone screen - Risk Operations Analyst at SparrowPay",
                    date="Tue, 24 Nov 2026 09:12:00 -0800", msgid="<CASparrow+hl.771@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_pick_a_slot_bulleted_eastern.eml", invite=True, start=None, reply_to="derek.chan@bluepeakcap.com",
      note="three candidate slots as bullets (with ET times), 'let me know which works best' -> no fixed time")
def _():
    text = """Hi Jordan,

Thanks for your interest in the Quant Developer position. We'd like to invite you to a first-round technical interview (60 min, virtual). Could you let me know which of the following works best?

  * Monday, December 7 - 10:00 AM ET
  * Tuesday, December 8 - 1:30 PM ET
  * Thursday, December 10 - 4:00 PM ET

Once you pick a slot I'll send the calendar invitation.

Regards,
Derek Chan
Campus & Experienced Hiring | Bluepeak Capital
"""
    return eml(Mail(frm="Derek Chan <derek.chan@bluepeakcap.com>", to=ME, subject="First-round interview - please pick a time",
                    date="Wed, 2 Dec 2026 08:55:10 -0500", msgid="<BN8PR14MB2950C0D1E2F3@BN8PR14MB2950.namprd14.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


# ============================================================================================ positives: threads

@case("en_owner_declined_then.mbox", invite=True, start="2026-12-03T10:00:00-05:00", accepted=False,
      reply_to="jasmine.ortiz@hollowayhealth.com",
      note="invite Tue Dec 1 2pm EST; owner says they can't make Tuesday and asks for another day; recruiter moves it to "
           "Thursday Dec 3 10am EST; owner has not confirmed the new time -> accepted false")
def _():
    t1 = """Hi Jordan,

We'd like to invite you to interview for the Health Data Analyst role. Would Tuesday, December 1 at 2:00 PM EST work for a 45-minute video call with our analytics manager?

Best,
Jasmine Ortiz
Holloway Health - Talent Acquisition
"""
    t2 = """Hi Jasmine,

Thank you so much for the invitation! Unfortunately I can't make Tuesday afternoon - I have a prior commitment I can't move. Would Thursday or Friday morning work instead?

Best,
Jordan
""" + quote(t1, gmail_quote_header("Wed, Nov 25, 2026 at 10:02 AM", "Jasmine Ortiz <jasmine.ortiz@hollowayhealth.com>"))
    t3 = """Hi Jordan,

No problem at all! Let's move it to Thursday, December 3 at 10:00 AM EST instead. I've sent an updated calendar invite.

Jasmine
""" + quote(t2, gmail_quote_header("Wed, Nov 25, 2026 at 12:40 PM", "Jordan Reyes <jordan.reyes@gmail.com>"))
    m1 = Mail(frm="Jasmine Ortiz <jasmine.ortiz@hollowayhealth.com>", to=ME, subject="Interview - Health Data Analyst",
              date="Wed, 25 Nov 2026 10:02:31 -0500", msgid="<CAHolloway+jo.1@mail.gmail.com>", text=t1,
              thrid="1786411000000000001", labels="Inbox")
    m2 = Mail(frm=ME, to="Jasmine Ortiz <jasmine.ortiz@hollowayhealth.com>", subject="Re: Interview - Health Data Analyst",
              date="Wed, 25 Nov 2026 12:40:05 -0500", msgid="<CAJr8x=jo2@mail.gmail.com>", in_reply_to="<CAHolloway+jo.1@mail.gmail.com>",
              references="<CAHolloway+jo.1@mail.gmail.com>", text=t2, thrid="1786411000000000001", labels="Sent")
    m3 = Mail(frm="Jasmine Ortiz <jasmine.ortiz@hollowayhealth.com>", to=ME, subject="Re: Interview - Health Data Analyst",
              date="Wed, 25 Nov 2026 15:18:44 -0500", msgid="<CAHolloway+jo.3@mail.gmail.com>", in_reply_to="<CAJr8x=jo2@mail.gmail.com>",
              references="<CAHolloway+jo.1@mail.gmail.com> <CAJr8x=jo2@mail.gmail.com>", text=t3,
              thrid="1786411000000000001", labels="Inbox,Important")
    return mbox([m1, m2, m3])


@case("en_thread_owner_confirms_with_question.mbox", invite=True, start="2026-12-15T14:00:00-06:00", accepted=True,
      reply_to="rachel.kim@cobaltmill.com",
      note="owner replies 'Tuesday at 2pm works great for me. Should I prepare anything?' then the recruiter answers; "
           "accepted true; classic mbox threaded by References only")
def _():
    t1 = """Hi Jordan,

Thanks for chatting yesterday! I'd like to invite you to the next round: a technical interview with two of our senior engineers on Tuesday, December 15 at 2:00 PM CT. It's 75 minutes over Zoom.

Does that time work for you?

Rachel Kim
Cobalt Mill | Recruiting
"""
    t2 = """Hi Rachel,

Tuesday at 2pm works great for me. Should I prepare anything in particular?

Best,
Jordan
""" + quote(t1, gmail_quote_header("Thu, Dec 10, 2026 at 9:15 AM", "Rachel Kim <rachel.kim@cobaltmill.com>"))
    t3 = """Nope, just come as you are - it's a conversation about systems you've built plus one small design exercise. Zoom link: https://cobaltmill.zoom.us/j/93012455871

Rachel
""" + quote(t2, gmail_quote_header("Thu, Dec 10, 2026 at 11:02 AM", "Jordan Reyes <jordan.reyes@gmail.com>"))
    m1 = Mail(frm="Rachel Kim <rachel.kim@cobaltmill.com>", to=ME, subject="Next round at Cobalt Mill",
              date="Thu, 10 Dec 2026 09:15:22 -0600", msgid="<CACobalt+rk.1@mail.gmail.com>", text=t1, html=gmail_html(t1))
    m2 = Mail(frm=ME, to="Rachel Kim <rachel.kim@cobaltmill.com>", subject="Re: Next round at Cobalt Mill",
              date="Thu, 10 Dec 2026 11:02:51 -0600", msgid="<CAJr8x=rk2@mail.gmail.com>", in_reply_to="<CACobalt+rk.1@mail.gmail.com>",
              references="<CACobalt+rk.1@mail.gmail.com>", text=t2)
    m3 = Mail(frm="Rachel Kim <rachel.kim@cobaltmill.com>", to=ME, subject="Re: Next round at Cobalt Mill",
              date="Thu, 10 Dec 2026 11:30:07 -0600", msgid="<CACobalt+rk.3@mail.gmail.com>", in_reply_to="<CAJr8x=rk2@mail.gmail.com>",
              references="<CACobalt+rk.1@mail.gmail.com> <CAJr8x=rk2@mail.gmail.com>", text=t3)
    return mbox([m1, m2, m3], takeout=False)


@case("en_slot_options_then_confirmed.mbox", invite=True, start="2026-12-02T13:30:00+01:00", accepted=True,
      reply_to="lea.fischer@voltaro.eu",
      note="recruiter offers three CET slots, owner picks option 2, recruiter confirms 'you're booked for Wednesday, December 2 "
           "at 1:30 PM CET' -> fixed time, accepted")
def _():
    t1 = """Hello Jordan,

Following your application for Embedded Software Engineer, we would like to invite you to a technical interview. Please choose one of these options:

1. Tuesday, December 1 at 10:00 AM CET
2. Wednesday, December 2 at 1:30 PM CET
3. Friday, December 4 at 9:00 AM CET

Best regards,
Lea Fischer
Talent Acquisition, Voltaro
"""
    t2 = """Hi Lea,

Option 2 (Wednesday, December 2 at 1:30 PM CET) is perfect for me. Thank you!

Jordan
""" + quote(t1, gmail_quote_header("Thu, Nov 26, 2026 at 4:10 AM", "Lea Fischer <lea.fischer@voltaro.eu>"))
    t3 = """Great - you're booked for Wednesday, December 2 at 1:30 PM CET with Jonas (team lead) and Mirela (senior engineer). The Teams link is in the calendar invitation.

Best regards,
Lea
""" + quote(t2, gmail_quote_header("Thu, Nov 26, 2026 at 9:02 AM", "Jordan Reyes <jordan.reyes@gmail.com>"))
    tid = "1786600112233445566"
    m1 = Mail(frm="Lea Fischer <lea.fischer@voltaro.eu>", to=ME, subject="Technical interview - Embedded Software Engineer",
              date="Thu, 26 Nov 2026 10:10:00 +0100", msgid="<AS8PR07MB7431A0@AS8PR07MB7431.eurprd07.prod.outlook.com>", text=t1,
              html=outlook_html(t1), thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Lea Fischer <lea.fischer@voltaro.eu>", subject="Re: Technical interview - Embedded Software Engineer",
              date="Thu, 26 Nov 2026 09:02:12 -0500", msgid="<CAJr8x=lf2@mail.gmail.com>",
              in_reply_to="<AS8PR07MB7431A0@AS8PR07MB7431.eurprd07.prod.outlook.com>",
              references="<AS8PR07MB7431A0@AS8PR07MB7431.eurprd07.prod.outlook.com>", text=t2, thrid=tid, labels="Sent")
    m3 = Mail(frm="Lea Fischer <lea.fischer@voltaro.eu>", to=ME, subject="RE: Technical interview - Embedded Software Engineer",
              date="Thu, 26 Nov 2026 16:45:30 +0100", msgid="<AS8PR07MB7431B7@AS8PR07MB7431.eurprd07.prod.outlook.com>",
              in_reply_to="<CAJr8x=lf2@mail.gmail.com>", text=t3, html=outlook_html(t3), thrid=tid, labels="Inbox")
    return mbox([m1, m2, m3])


@case("en_reminder_thread_tomorrow.mbox", invite=True, start="2026-12-09T10:00:00-07:00", reply_to="scheduling@canyonbrook.com",
      note="invite for Wednesday December 9 at 10:00 AM MST, then a reminder from the scheduling team 'tomorrow at 10 AM MT' "
           "(same time); reply goes to the latest non-owner sender")
def _():
    t1 = """Dear Jordan,

On behalf of Canyonbrook Engineering, thank you for applying for the Water Resources Engineer I position. We would like to invite you to an interview on Wednesday, December 9 at 10:00 AM MST at our Phoenix office (2400 N Central Ave, Suite 900).

Please reply to confirm.

Sincerely,
Roberta Sanchez, PE
Hiring Manager
"""
    t2 = """Hello Jordan,

This is a friendly reminder of your interview tomorrow at 10 AM MT with Roberta Sanchez. Visitor parking is on the north side of the building.

Canyonbrook Scheduling Team
"""
    tid = "1786700000000000777"
    m1 = Mail(frm="Roberta Sanchez <roberta.sanchez@canyonbrook.com>", to=ME, subject="Interview - Water Resources Engineer I",
              date="Tue, 1 Dec 2026 08:30:00 -0700", msgid="<20261201153000.RS@canyonbrook.com>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm="Canyonbrook Scheduling <scheduling@canyonbrook.com>", to=ME, subject="Reminder: Interview - Water Resources Engineer I",
              date="Tue, 8 Dec 2026 09:00:00 -0700", msgid="<20261208160000.SCHED@canyonbrook.com>",
              in_reply_to="<20261201153000.RS@canyonbrook.com>", references="<20261201153000.RS@canyonbrook.com>", text=t2,
              thrid=tid, labels="Inbox")
    return mbox([m1, m2])


@case("en_cancel_then_rebooked.mbox", invite=True, start="2026-12-09T16:00:00+01:00", reply_to="marta.nowak@velocorp.eu",
      note="interview Mon Dec 7 4pm CET; a colleague writes that Monday's interview must be cancelled (interviewer ill) and "
           "rebooks it for Wednesday December 9 at 4pm CET -> still an invite, new time, reply to the colleague")
def _():
    t1 = """Hi Jordan,

Thank you for your application for Data Platform Engineer. We'd like to invite you to an interview with Anna Berg (Head of Data) on Monday, December 7 at 4:00 PM CET via Google Meet.

Best,
Piotr Zielinski
Recruiter, Velocorp
"""
    t2 = """Hi Jordan,

I'm stepping in for Piotr, who is out this week. Unfortunately we have to cancel Monday's interview as Anna is off sick - apologies for the short notice!

We'd like to rebook it for Wednesday, December 9 at 4:00 PM CET instead, same Google Meet link. I hope that still works for you.

Kind regards,
Marta Nowak
Talent Team, Velocorp
"""
    m1 = Mail(frm="Piotr Zielinski <piotr.zielinski@velocorp.eu>", to=ME, subject="Interview invitation - Data Platform Engineer",
              date="Tue, 1 Dec 2026 11:00:00 +0100", msgid="<CAVelo+pz.1@mail.gmail.com>", text=t1, html=gmail_html(t1))
    m2 = Mail(frm="Marta Nowak <marta.nowak@velocorp.eu>", to=ME, cc="Piotr Zielinski <piotr.zielinski@velocorp.eu>",
              subject="Re: Interview invitation - Data Platform Engineer", date="Sat, 5 Dec 2026 10:24:00 +0100",
              msgid="<CAVelo+mn.2@mail.gmail.com>", in_reply_to="<CAVelo+pz.1@mail.gmail.com>", references="<CAVelo+pz.1@mail.gmail.com>",
              text=t2 + quote(t1, gmail_quote_header("Tue, Dec 1, 2026 at 11:00 AM", "Piotr Zielinski <piotr.zielinski@velocorp.eu>")))
    return mbox([m1, m2], takeout=False)


# ============================================================================================ negatives

@case("en_gcal_canceled_event.eml", invite=False,
      note="Google 'Canceled event' notification with METHOD:CANCEL / STATUS:CANCELLED for the only interview -> not an invite")
def _():
    title = "Interview with Jordan Reyes - Solutions Engineer"
    ev = Event(uid="3hq2n8v1b0c7k5m4p9r6t2w1xy@google.com", start="20261214T130000", end="20261214T140000", tzid="America/Los_Angeles",
               summary=title, organizer=("Kevin Tran", "kevin.tran@arcwaveai.com"), sequence=2, status="CANCELLED",
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")])
    text = f"""This event has been canceled.

Title: {title}
When: Mon Dec 14, 2026 1pm \u2013 2pm Pacific Time - Los Angeles

Calendar: {OWNER}
Who:
     \u2022 Kevin Tran - organizer
     \u2022 {OWNER}

Invitation from Google Calendar
"""
    return eml(Mail(frm="Kevin Tran <kevin.tran@arcwaveai.com>", sender="Google Calendar <calendar-notification@google.com>", to=OWNER,
                    subject=f"Canceled event: {title} @ Mon Dec 14, 2026 1pm - 2pm (PST) ({OWNER})",
                    date="Wed, 9 Dec 2026 17:20:04 +0000", msgid="<calendar-cancel-91b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@google.com>",
                    text=text, html=gmail_html(text), calendar=ics("CANCEL", ev), cal_method="CANCEL"))


@case("en_cancelled_hiring_freeze.mbox", invite=False,
      note="invite for Dec 10, then 'we have had to cancel your interview... the role has been put on hold' -> not an invite")
def _():
    t1 = """Hi Jordan,

We'd love to invite you to interview for the Senior UX Researcher role on Thursday, December 10 at 1:00 PM PT. Calendar invite to follow.

Best,
Tanya Ross
Recruiting, Brightvale
"""
    t2 = """Hi Jordan,

I'm sorry to share that we have had to cancel your interview on December 10. Following a company-wide budget review, the Senior UX Researcher role has been put on hold and we are not scheduling further interviews for it.

I'll reach out personally if the role reopens. Thank you for your understanding.

Tanya
"""
    m1 = Mail(frm="Tanya Ross <tanya.ross@brightvale.com>", to=ME, subject="Interview - Senior UX Researcher",
              date="Wed, 2 Dec 2026 12:00:00 -0800", msgid="<CABright+tr.1@mail.gmail.com>", text=t1)
    m2 = Mail(frm="Tanya Ross <tanya.ross@brightvale.com>", to=ME, subject="Re: Interview - Senior UX Researcher",
              date="Mon, 7 Dec 2026 16:30:00 -0800", msgid="<CABright+tr.2@mail.gmail.com>", in_reply_to="<CABright+tr.1@mail.gmail.com>",
              references="<CABright+tr.1@mail.gmail.com>", text=t2 + quote(t1, gmail_quote_header("Wed, Dec 2, 2026 at 12:00 PM",
                                                                                                  "Tanya Ross <tanya.ross@brightvale.com>")))
    return mbox([m1, m2], takeout=False)


@case("en_offer_letter.eml", invite=False,
      note="offer after the interviews: mentions 'interviewing', a start date 'Monday, January 4, 2027 at 9:00 AM' and a signing deadline")
def _():
    text = """Dear Jordan,

Thank you for the time you spent interviewing with our team over the past few weeks. On behalf of Saltmarsh Analytics, I am delighted to extend you an offer for the position of Senior Data Engineer.

Your offer letter is attached. In summary:
- Base salary: $168,000 per year
- Start date: Monday, January 4, 2027 at 9:00 AM (orientation at our Portland office)
- Equity: 4,000 RSUs vesting over four years

Please sign and return the offer letter by Friday, December 11, 2026. I'm happy to walk through any questions.

Congratulations!
Naomi Fields
Head of People, Saltmarsh Analytics
"""
    return eml(Mail(frm="Naomi Fields <naomi.fields@saltmarsh.ai>", to=ME, subject="Your offer from Saltmarsh Analytics",
                    date="Fri, 4 Dec 2026 13:00:00 -0800", msgid="<CASalt+nf.offer@mail.gmail.com>", text=text, html=gmail_html(text),
                    attachments=[("application/pdf", "Offer_Letter_Jordan_Reyes.pdf", b"%PDF-1.4\n% placeholder offer letter\n%%EOF\n")]))


@case("en_feedback_survey_after_interview.eml", invite=False,
      note="candidate-experience survey after the interview, with a survey close date -> not an invite")
def _():
    text = """Hi Jordan,

Thank you for interviewing with Corvid Labs last week. Whatever the outcome, we want every candidate to have a great experience, and we'd love your honest feedback.

How was your interview experience? Take our 2-minute survey: https://survey.corvidlabs.com/c/8HqZ2

The survey closes on Monday, December 14 at 11:59 PM PT. Responses are anonymous and are not shared with the hiring team.

Thanks,
Corvid Labs Talent Team
"""
    return eml(Mail(frm="Corvid Labs Talent <talent-noreply@corvidlabs.com>", to=ME, subject="How was your interview with Corvid Labs?",
                    date="Mon, 7 Dec 2026 10:00:00 -0800", msgid="<survey-8HqZ2-20261207@corvidlabs.com>", text=text, html=gmail_html(text)))


@case("en_ordinary_team_meeting_invite.ics.eml", invite=False,
      note="ordinary Google Calendar meeting (REQUEST .ics, future time) about a research synthesis of 'user interviews' - "
           "a meeting, not a job interview")
def _():
    title = "Research readout: onboarding user interviews"
    ev = Event(uid="7ka1m2n3b4v5c6x7z8l9k0j1hg@google.com", start="20261208T100000", end="20261208T110000", tzid="America/New_York",
               summary=title, organizer=("Maya Goldberg", "maya.goldberg@gmail.com"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION"), ("Chris Oduya", "chris.oduya@gmail.com", "ACCEPTED")],
               description="Walkthrough of findings from the 12 user interviews we ran for the volunteer app. Bring questions!")
    text = _gcal_text(title, "Tue Dec 8, 2026 10am \u2013 11am Eastern Time - New York",
                      ["Maya Goldberg - organizer", "Chris Oduya", OWNER], "https://meet.google.com/vol-rdot-kxq",
                      intro="Walkthrough of findings from the 12 user interviews we ran for the volunteer app. Bring questions!")
    return eml(Mail(frm="Maya Goldberg <maya.goldberg@gmail.com>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="maya.goldberg@gmail.com", to=OWNER,
                    subject=f"Invitation: {title} @ Tue Dec 8, 2026 10am - 11am (EST) ({OWNER})",
                    date="Wed, 2 Dec 2026 20:11:09 +0000", msgid="<calendar-aa11bb22-cc33-4d44-8e55-66ff77889900@google.com>",
                    text=text, html=gmail_html(text), calendar=ics("REQUEST", ev)))


@case("en_linkedin_newsletter_interview_tips.eml", invite=False,
      note="newsletter about interviewing with a live-event date and time -> not an invite")
def _():
    text = """The Career Compass | Issue #42

This week: 5 interview questions that trip up senior candidates (and how to answer them)

1. "Tell me about a time you disagreed with your manager."
2. "What would your last team say you should improve?"
...

LIVE EVENT: Join our panel of hiring managers on Thursday, December 10 at 12:00 PM ET for a live Q&A on behavioral interviews. Register here: https://www.linkedin.com/events/careercompass-live

You're receiving this newsletter because you subscribed to The Career Compass on LinkedIn.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
"""
    return eml(Mail(frm="The Career Compass via LinkedIn <newsletters-noreply@linkedin.com>", to=ME,
                    subject="5 interview questions that trip up senior candidates", date="Sat, 5 Dec 2026 14:00:00 +0000",
                    msgid="<1733412000.NL42@linkedin.com>", text=text, html=gmail_html(text),
                    headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>")]))


@case("en_workday_application_receipt.eml", invite=False,
      note="application receipt: 'if selected... a recruiter will contact you to schedule an interview'; submission date")
def _():
    text = """Dear Jordan,

Thank you for applying for the position of Business Intelligence Developer (Job ID R-20931) at Northgate Insurance. We have received your application, submitted on November 30, 2026 at 9:41 PM.

Our recruiting team will review your qualifications. If your experience matches our needs, a recruiter will contact you to schedule an interview. You can check the status of your application at any time in our candidate portal.

Sincerely,
Northgate Insurance Talent Acquisition

This is an automated message; please do not reply.
"""
    return eml(Mail(frm="Northgate Insurance <northgate@myworkday.com>", to=ME,
                    subject="Thank you for applying: Business Intelligence Developer (R-20931)", date="Tue, 1 Dec 2026 03:41:18 +0000",
                    msgid="<wd-notify-R20931-884210@myworkday.com>", text=text, html=gmail_html(text)))


@case("en_rejection_after_phone_screen.eml", invite=False,
      note="rejection after a phone screen (mentions the past call and 'other candidates')")
def _():
    text = """Hi Jordan,

Thank you for taking the time to speak with me on Tuesday about the Growth Marketing Manager role. I enjoyed learning about your campaigns at your previous company.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches what the team needs right now. This was a difficult decision.

We'll keep your details on file and hope our paths cross again.

Best wishes,
Imani Carter
Recruiting, Fieldnote
"""
    return eml(Mail(frm="Imani Carter <imani.carter@fieldnote.co>", to=ME, subject="Your application to Fieldnote",
                    date="Fri, 4 Dec 2026 15:22:00 -0500", msgid="<CAField+ic.rej@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_job_alert_interview_coordinator_title.eml", invite=False,
      note="job-alert digest whose job titles contain 'Interview' (Interview Coordinator) and 'Easy Apply'")
def _():
    text = """Jobs you may be interested in

Interview Coordinator
Pinecrest Staffing - Remote (US)
$52K - $60K - Easy Apply - Posted 2 days ago

Recruiting Operations Specialist
Halcyon Bank - Charlotte, NC
Actively recruiting - Posted 1 week ago

Technical Recruiter (Contract)
Ionfield - Austin, TX
Be an early applicant

See all jobs: https://www.jobsboard.example/alerts/view?id=77120
You are receiving job alerts for "recruiting coordinator" in United States. Manage alerts: https://www.jobsboard.example/alerts
"""
    return eml(Mail(frm="JobsBoard Alerts <alerts@jobsboard.example>", to=ME, subject="3 new jobs for 'recruiting coordinator'",
                    date="Thu, 3 Dec 2026 12:00:00 +0000", msgid="<alert-77120-20261203@jobsboard.example>", text=text,
                    html=gmail_html(text)))


@case("en_interviewer_loop_owner_is_interviewer.ics.eml", invite=False,
      note="calendar REQUEST asking the owner to interview a candidate (owner is on the interview loop) -> not the owner's interview")
def _():
    title = "Interview: Casey Lin (Senior Product Manager) - Product Sense"
    ev = Event(uid="gh-loop-55812-ps@greenhouse.io", start="20261211T150000", end="20261211T154500", tzid="America/New_York",
               summary=title, organizer=("Morgan Blake", "morgan.blake@gmail.com"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION"), ("Casey Lin", "casey.lin.pm@gmail.com", "ACCEPTED")],
               description="You're on the interview panel for this candidate. Focus area: product sense. Please review the resume "
                           "and submit your scorecard within 24 hours.")
    text = f"""Hi Jordan - thanks for volunteering to help with hiring for the co-op's product lead!

You're on the interview panel for Casey Lin (Senior Product Manager). Your focus area is product sense.

When: Friday, December 11, 2026, 3:00 PM - 3:45 PM ET
Candidate packet: https://drive.google.com/drive/folders/casey-lin-packet
Interview kit and scorecard: https://app.greenhouse.io/scorecards/55812

Please submit your feedback within 24 hours of the interview.

Morgan
"""
    return eml(Mail(frm="Morgan Blake <morgan.blake@gmail.com>", to=ME, subject=title, date="Fri, 4 Dec 2026 18:00:00 +0000",
                    msgid="<CAMorgan+loop.55812@mail.gmail.com>", text=text, html=gmail_html(text), calendar=ics("REQUEST", ev)))


@case("en_webinar_ace_your_interview.eml", invite=False,
      note="webinar about interviews ('invite you to our free webinar') with a date and time")
def _():
    text = """Hi Jordan,

You're invited to our free webinar: "Ace Your Tech Interview - System Design Edition".

Date: Wednesday, December 9, 2026
Time: 6:00 PM - 7:00 PM EST
Where: Online (Zoom webinar - link sent after registration)

Our speakers, both former FAANG interviewers, will walk through a live mock interview and take your questions.

Register now: https://events.codebridge.example/ace-your-interview

See you there,
The CodeBridge Academy team
"""
    return eml(Mail(frm="CodeBridge Academy <events@codebridge.example>", to=ME, subject="Free webinar: Ace Your Tech Interview",
                    date="Mon, 30 Nov 2026 15:00:00 +0000", msgid="<evt-ace-2026-12-09@codebridge.example>", text=text,
                    html=gmail_html(text)))


@case("en_hackerrank_assessment_invite.eml", invite=False,
      note="online coding assessment with a completion deadline - a test, not an interview (no interviewer, no fixed time)")
def _():
    text = """Hi Jordan,

Bellweather Systems has invited you to take the "Backend Engineer - Online Assessment" test on HackerRank.

Test duration: 90 minutes
Please complete the test by Sunday, December 13, 2026 11:59 PM PST. You can start any time before then; once you start, the timer cannot be paused.

Start test: https://www.hackerrank.com/tests/bw-backend-2026/login?b=eyJ1c2VybmFtZSI6

Good luck!
HackerRank for Work, on behalf of Bellweather Systems
"""
    return eml(Mail(frm="Bellweather Systems <support@hackerrankforwork.com>", to=ME,
                    subject="Invitation to take the Backend Engineer - Online Assessment", date="Mon, 7 Dec 2026 19:00:00 +0000",
                    msgid="<hrw-test-invite-bw-88213@hackerrankforwork.com>", text=text, html=gmail_html(text)))


@case("en_past_interview_thank_you.eml", invite=False,
      note="thank-you note after an interview that already happened; promises news 'by Friday' -> not an invite")
def _():
    text = """Hi Jordan,

Thanks so much for coming in on Tuesday and meeting the team - everyone enjoyed the conversation about your forecasting work.

We're wrapping up interviews with the remaining candidates this week and I expect to have an update for you by Friday, December 11. Feel free to reach out in the meantime if you have any questions.

All the best,
Luis Ortega
Recruiter, Pinegate Retail
"""
    return eml(Mail(frm="Luis Ortega <luis.ortega@pinegate.com>", to=ME, subject="Thank you for interviewing with Pinegate",
                    date="Thu, 3 Dec 2026 17:44:00 -0600", msgid="<CAPine+lo.thx@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_friend_coffee_before_interview.eml", invite=False,
      note="a friend's message: 'congrats on landing the interview! coffee Saturday at 10am to prep?' - not a recruiter invite")
def _():
    text = """Jordan!! Congrats on landing the interview at Northwind, that's huge.

Want to grab coffee Saturday at 10am at Blue Door to prep? I can run through the behavioral questions they asked me last year.

- Alex
"""
    return eml(Mail(frm="Alex Romero <alex.romero88@gmail.com>", to=ME, subject="congrats!!", date="Wed, 2 Dec 2026 19:12:00 -0800",
                    msgid="<CAAlex+r88@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_podcast_guest_interview.eml", invite=False,
      note="'we'd love to invite you to be interviewed on our podcast' with a recording time - a media interview, not a job interview")
def _():
    text = """Hi Jordan,

I host "Data in the Wild", a podcast about how analysts work in the real world. I loved your talk at the local meetup and we'd love to invite you to be interviewed for an episode!

We record remotely on Riverside. Would Thursday, December 17 at 4pm ET work for the recording? It usually takes about an hour and the episode goes live in January.

Thanks,
Priyanka
Host & Producer, Data in the Wild
"""
    return eml(Mail(frm="Priyanka Shah <priyanka@datainthewild.fm>", to=ME, subject="Guest interview on Data in the Wild?",
                    date="Tue, 8 Dec 2026 11:30:00 -0500", msgid="<CAPod+ps.guest@mail.gmail.com>", text=text, html=gmail_html(text)))
