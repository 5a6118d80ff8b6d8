"""English golden cases, third batch (held out: written and scored before the fixes they prompted)."""
from __future__ import annotations

from cases_en import ME, OWNER, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Event, Mail, eml, ics, mbox, quote


@case("en_greenhouse_availability_request.eml", invite=True, start=None, reply_to="recruiting@northpeak.io",
      note="Greenhouse-style 'Candidate Availability Request': submit availability via a link; no fixed time")
def _():
    text = """Hi Jordan,

Thanks for your continued interest in the Senior Product Designer role at Northpeak! We'd like to schedule your next interviews with the design team.

Please let us know when you're available over the next week by submitting your availability here:
https://app.greenhouse.io/availability/7Hq2KpZ

All times will be shown in your local time zone. We'll follow up with a calendar invite once everything is confirmed.

Thanks,
Northpeak Recruiting
"""
    return eml(Mail(frm="Northpeak Recruiting <no-reply@greenhouse.io>", reply_to="recruiting@northpeak.io", to=ME,
                    subject="Northpeak - Please submit your availability", date="Thu, 3 Dec 2026 19:00:00 +0000",
                    msgid="<gh.avail.7Hq2KpZ@greenhouse.io>", text=text, html=gmail_html(text)))


@case("en_pipe_layout_long_zone_name.eml", invite=True, start="2026-12-16T13:00:00-08:00", reply_to="kira.bell@meadowlark.app",
      note="'Wednesday, December 16th, 2026 | 1:00pm - 2:00pm Pacific Standard Time' in a pipe-separated line")
def _():
    text = """Hi Jordan,

You're all set! Here are the details for your interview with Meadowlark:

Wednesday, December 16th, 2026 | 1:00pm - 2:00pm Pacific Standard Time
Video: https://meet.google.com/mdl-kbrf-qtx
Interviewers: Omar Haddad (Head of Mobile), Lucy Chen (iOS Engineer)

If you need to make a change, reply to this email.

Kira Bell
Recruiting Coordinator, Meadowlark
"""
    return eml(Mail(frm="Kira Bell <kira.bell@meadowlark.app>", to=ME, subject="Interview confirmed: iOS Engineer at Meadowlark",
                    date="Fri, 11 Dec 2026 21:30:00 +0000", msgid="<CAMeadow+kb.ios@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_workday_time_zone_field.eml", invite=True, start="2026-12-15T14:00:00-05:00", reply_to="talent@granitebay.com",
      note="Workday-style fields 'Date: 12/15/2026', 'Time: 02:00 PM', 'Time Zone: (GMT-05:00) Eastern Time (US & Canada)' on "
           "separate lines; Date header +0000")
def _():
    text = """Dear Jordan Reyes,

An interview has been scheduled for the Credit Analyst position (JR-44120).

Interview Type: Video
Date: 12/15/2026
Time: 02:00 PM
Time Zone: (GMT-05:00) Eastern Time (US & Canada)
Interviewer(s): Patricia Gomez

Please do not reply to this automated message. For questions, contact talent@granitebay.com.

Granite Bay Financial
"""
    return eml(Mail(frm="Granite Bay Financial <granitebay@myworkday.com>", reply_to="talent@granitebay.com", to=ME,
                    subject="Interview Scheduled: Credit Analyst (JR-44120)", date="Mon, 7 Dec 2026 15:00:00 +0000",
                    msgid="<wd-interview-JR44120-771@myworkday.com>", text=text, html=gmail_html(text)))


@case("en_calendly_confirmation_pacific.eml", invite=True, start="2026-12-10T09:45:00-08:00", accepted=False,
      reply_to="hr@sablecreek.com",
      note="Calendly confirmation after the owner booked the slot themselves: '9:45am - 10:15am (Pacific Time - US & Canada) on "
           "Thursday, December 10, 2026' with an invitee.ics marking the owner ACCEPTED. A booked slot is not an acceptance "
           "(issue 7: 'accepted' keeps its meaning; the booking is its own fact): the letter names the slot it frees")
def _():
    ev = Event(uid="calendly-6f1a2b3c-4d5e@calendly.com", start="20261210T174500Z", end="20261210T181500Z",
               summary="30 Minute Interview between Sable Creek HR and Jordan Reyes", organizer=("Sable Creek HR", "hr@sablecreek.com"),
               attendees=[("Jordan Reyes", OWNER, "ACCEPTED")])
    text = """Hi Jordan Reyes,

Your 30 Minute Interview with Sable Creek HR at 9:45am - 10:15am (Pacific Time - US & Canada) on Thursday, December 10, 2026 is scheduled.

Event Type: 30 Minute Interview
Invitee Time Zone: Pacific Time - US & Canada
Location: Zoom (details in the calendar invitation)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6f1a2b3c
Reschedule: https://calendly.com/reschedulings/6f1a2b3c

Powered by Calendly.com
"""
    return eml(Mail(frm="Calendly <notifications@calendly.com>", reply_to="hr@sablecreek.com", to=ME,
                    subject="Confirmed: 30 Minute Interview with Sable Creek HR on Thursday, December 10, 2026",
                    date="Fri, 4 Dec 2026 22:10:00 +0000", msgid="<calendly-6f1a2b3c@calendly.com>", text=text, html=gmail_html(text),
                    calendar=ics("PUBLISH", ev, prodid="-//Calendly//EN"), cal_method="PUBLISH", cal_carrier="attachment"))


@case("en_time_only_in_subject.eml", invite=True, start="2026-12-15T15:00:00-05:00", reply_to="devin@harborlane.co",
      note="the time is only in the subject 'Interview - Tue 12/15 @ 3pm ET'; the body says 'see you then'")
def _():
    text = """Hi Jordan,

Looking forward to chatting about the Operations Associate role. Dial-in details below; see you then!

Zoom: https://harborlane.zoom.us/j/98877665544

Devin
Harbor Lane | Hiring
"""
    return eml(Mail(frm="Devin Shaw <devin@harborlane.co>", to=ME, subject="Interview - Tue 12/15 @ 3pm ET",
                    date="Wed, 9 Dec 2026 12:00:00 -0500", msgid="<CAHarbor+ds.ops@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_two_zones_cet_sgt.eml", invite=True, start="2026-12-10T10:00:00+01:00", reply_to="ingrid.holm@nordvik.no",
      note="'Thursday 10 December 2026, 10:00 CET (17:00 SGT)': the first time and its zone")
def _():
    text = """Dear Jordan,

Thank you for your application to Nordvik Maritime. We are pleased to invite you to a video interview with our Singapore and Oslo offices on Thursday 10 December 2026, 10:00 CET (17:00 SGT).

The interview will take place on Teams; the link will follow in a separate invitation.

Best regards,
Ingrid Holm
HR Advisor, Nordvik Maritime AS
"""
    return eml(Mail(frm="Ingrid Holm <ingrid.holm@nordvik.no>", to=ME, subject="Invitation to video interview - Nordvik Maritime",
                    date="Tue, 1 Dec 2026 08:00:00 +0100", msgid="<HE1PR0701MB2955AB@HE1PR0701MB2955.eurprd07.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_html_bold_date_and_time.eml", invite=True, start="2026-12-15T14:00:00-06:00", reply_to="maria.lopez@cedargrovehealth.org",
      note="HTML-only body with the date and the time in separate <strong> elements inside one sentence")
def _():
    html = """<div style="font-family:Georgia,serif;font-size:15px">
<p>Hello Jordan,</p>
<p>On behalf of Cedar Grove Health, I'm pleased to invite you to interview for the <strong>Revenue Cycle Analyst</strong> position.</p>
<p>Your interview is scheduled for <strong>Tuesday, December 15</strong> at <strong>2:00 PM</strong> Central Time in Conference Room B,
4th floor, 900 Commerce St, Dallas.</p>
<p>Please bring a copy of your resume and arrive 10 minutes early.</p>
<p>Warm regards,<br>Maria Lopez<br>Human Resources</p>
</div>
"""
    return eml(Mail(frm="Maria Lopez <maria.lopez@cedargrovehealth.org>", to=ME, subject="Interview Invitation - Revenue Cycle Analyst",
                    date="Tue, 8 Dec 2026 09:00:00 -0600", msgid="<CGH.HR.1208.0900@cedargrovehealth.org>", html=html))


@case("en_thread_recruiter_answers_what_time.mbox", invite=True, start="2026-12-17T10:00:00-08:00", reply_to="nora.quinn@bluefernlabs.com",
      note="owner asked which times work; recruiter answers 'Let's do Thursday the 17th at 10am PT'; the quoted older text has other dates")
def _():
    t1 = """Hi Jordan,

The hiring manager would love to meet you. She's free Tuesday December 15 at 1pm PT or Thursday December 17 at 10am PT. Which works better?

Nora
"""
    t2 = """Hi Nora, either works - whichever is easier for her!

Jordan
""" + quote(t1, gmail_quote_header("Thu, Dec 10, 2026 at 9:00 AM", "Nora Quinn <nora.quinn@bluefernlabs.com>"))
    t3 = """Let's do Thursday the 17th at 10am PT then. Calendar invite coming shortly.

Nora
""" + quote(t2, gmail_quote_header("Thu, Dec 10, 2026 at 11:30 AM", "Jordan Reyes <jordan.reyes@gmail.com>"))
    m1 = Mail(frm="Nora Quinn <nora.quinn@bluefernlabs.com>", to=ME, subject="Meeting with our hiring manager",
              date="Thu, 10 Dec 2026 09:00:00 -0800", msgid="<CABlue+nq.1@mail.gmail.com>", text=t1)
    m2 = Mail(frm=ME, to="Nora Quinn <nora.quinn@bluefernlabs.com>", subject="Re: Meeting with our hiring manager",
              date="Thu, 10 Dec 2026 11:30:00 -0800", msgid="<CAJr8x=nq.2@mail.gmail.com>", in_reply_to="<CABlue+nq.1@mail.gmail.com>",
              references="<CABlue+nq.1@mail.gmail.com>", text=t2)
    m3 = Mail(frm="Nora Quinn <nora.quinn@bluefernlabs.com>", to=ME, subject="Re: Meeting with our hiring manager",
              date="Thu, 10 Dec 2026 13:05:00 -0800", msgid="<CABlue+nq.3@mail.gmail.com>", in_reply_to="<CAJr8x=nq.2@mail.gmail.com>",
              references="<CABlue+nq.1@mail.gmail.com> <CAJr8x=nq.2@mail.gmail.com>", text=t3)
    return mbox([m1, m2, m3], takeout=False)


@case("en_ms_bookings_amsterdam_display.eml", invite=True, start="2026-12-14T10:00:00+01:00", reply_to="recruitment@vanderlinde.nl",
      note="Microsoft Bookings confirmation: 'Monday, December 14, 2026 10:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, "
           "Stockholm, Vienna'")
def _():
    text = """Your booking is confirmed

Hi Jordan Reyes,

Thank you for booking with Van der Linde Recruitment.

Service: First interview - Supply Chain Planner
Staff: Eva de Vries
Monday, December 14, 2026 10:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
Duration: 45 minutes

Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3abookings

Need to make a change? Manage your booking: https://outlook.office365.com/owa/calendar/VanderLinde@vanderlinde.nl/bookings/
"""
    return eml(Mail(frm="Van der Linde Recruitment <VanderLinde@vanderlinde.nl>", reply_to="recruitment@vanderlinde.nl", to=ME,
                    subject="Booking confirmed: First interview - Supply Chain Planner", date="Mon, 7 Dec 2026 13:00:00 +0000",
                    msgid="<bookings-88a1b2@vanderlinde.nl>", text=text, html=gmail_html(text)))


@case("en_teams_ics_w_europe_no_vtimezone.eml", invite=True, start="2026-12-11T15:00:00+01:00", reply_to="lukas.brandt@elbwerk.de",
      note="Teams request with .ics 'TZID=W. Europe Standard Time' and no VTIMEZONE block; body only the Teams join block")
def _():
    ev = Event(uid="040000008200E00074C5B7101A82E00800000000FEDCBA9876543210", start="20261211T150000", end="20261211T160000",
               tzid="W. Europe Standard Time", vtimezone=False, summary="Interview Jordan Reyes - Data Engineer",
               organizer=("Lukas Brandt", "lukas.brandt@elbwerk.de"), attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")])
    text = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWxid2Vyaw%40thread.v2/0>
Meeting ID: 377 104 992 651
Passcode: Hm2v8Z
________________________________________________________________________________
"""
    return eml(Mail(frm="Lukas Brandt <lukas.brandt@elbwerk.de>", to=ME, subject="Interview Jordan Reyes - Data Engineer",
                    date="Fri, 4 Dec 2026 10:00:00 +0100", msgid="<FR3P281MB1234C@FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM>",
                    text=text, html=outlook_html(text), calendar=ics("REQUEST", ev, prodid="Microsoft Exchange Server 2010"),
                    cal_carrier="inline"))


@case("en_offer_call_scheduled.eml", invite=False,
      note="a call to walk through the offer, with a time: after hiring, not an interview")
def _():
    text = """Hi Jordan,

Congratulations again - the team was unanimous! I'd love to schedule a call to walk you through the offer details and answer any questions. Does Friday, December 11 at 2pm ET work for you?

The written offer letter will follow right after our call.

Best,
Rachel Stein
Head of Talent, Brookline Robotics
"""
    return eml(Mail(frm="Rachel Stein <rachel.stein@brooklinerobotics.com>", to=ME, subject="Great news from Brookline Robotics",
                    date="Tue, 8 Dec 2026 16:00:00 -0500", msgid="<CABrook+rs.offer@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_reference_check_call.eml", invite=False,
      note="the owner is asked to give a reference for a former colleague, by phone at a set time -> not the owner's interview")
def _():
    text = """Hi Jordan,

Taylor Brooks has listed you as a professional reference for a Senior Analyst position at Westbridge Consulting, and we'd be grateful for 15 minutes of your time.

Would Wednesday, December 9 at 11:00 AM ET work for a short reference call? I'll ask about your experience working with Taylor.

Many thanks,
Jamie Ford
Recruiter, Westbridge Consulting
"""
    return eml(Mail(frm="Jamie Ford <jamie.ford@westbridgeconsulting.com>", to=ME, subject="Reference for Taylor Brooks",
                    date="Fri, 4 Dec 2026 10:00:00 -0500", msgid="<CAWest+jf.ref@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_hiring_event_open_day.eml", invite=False,
      note="company hiring open day 'interviews on the spot' mass mail -> an event, not a personal invite")
def _():
    text = """We're hiring! Join our Warehouse Open Day

Looking for your next opportunity? Come to our Open Day on Saturday, December 12 from 9:00 AM to 3:00 PM at our Fulfillment Center (2200 Industrial Pkwy, Reno).

- Same-day interviews for all shifts
- Meet the team and tour the facility
- Starting pay from $21/hour

No appointment needed. Bring a photo ID.

You are receiving this email because you signed up for job updates from Sierra Logistics. Unsubscribe: https://sierralogistics.example/unsub
"""
    return eml(Mail(frm="Sierra Logistics Careers <careers@sierralogistics.example>", to=ME, subject="We're hiring! Warehouse Open Day this Saturday",
                    date="Mon, 7 Dec 2026 17:00:00 +0000", msgid="<sl-openday-1212@sierralogistics.example>", text=text, html=gmail_html(text)))


@case("en_application_receipt_with_process_overview.eml", invite=False,
      note="application receipt describing the future interview process (phone screen, onsite) with no invitation")
def _():
    text = """Hi Jordan,

Thanks for applying to the Backend Engineer role at Lanternfish! Here's what to expect from our process:

1. Recruiter phone screen (30 min)
2. Technical interview with an engineer (60 min)
3. Onsite: system design, coding, and values interviews

Our team reviews every application, usually within 5 business days. We'll reach out by email if there's a match.

- The Lanternfish Team
"""
    return eml(Mail(frm="Lanternfish Careers <jobs@lanternfish.dev>", to=ME, subject="We received your application!",
                    date="Wed, 2 Dec 2026 04:00:00 +0000", msgid="<lf-ack-33120@lanternfish.dev>", text=text, html=gmail_html(text)))
