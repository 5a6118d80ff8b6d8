"""English golden cases, second batch: written after the first round of fixes, and scored *before* any further
change to the core, to measure how well the understanding generalises to wording it was not tuned on."""
from __future__ import annotations

from cases_en import ME, OWNER, _gcal_text, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Event, Mail, eml, ics, mbox, quote


@case("en_dst_eastern_march_spring_forward.eml", invite=True, start="2027-03-16T10:00:00-04:00", reply_to="kendra.wolfe@brassbell.com",
      note="written 3 Mar 2027 in EST (-0500) for 'Tuesday, March 16, 2027 at 10:00am ET', after US DST starts (Mar 14) -> -04:00")
def _():
    text = """Hi Jordan,

Thanks for your patience over the holidays. The team would like to meet you for the next round of interviews for the Staff Analytics Engineer role.

We have you down for Tuesday, March 16, 2027 at 10:00am ET. It's a 2-hour virtual loop: SQL modeling (60 min), then a conversation with the Director of Data (60 min).

Let me know if you have any questions.

Kendra Wolfe
Brassbell | Talent
"""
    return eml(Mail(frm="Kendra Wolfe <kendra.wolfe@brassbell.com>", to=ME, subject="Next round - Staff Analytics Engineer",
                    date="Wed, 3 Mar 2027 11:18:40 -0500", msgid="<CABrass+kw.0303@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_ashby_self_schedule_link.eml", invite=True, start=None, reply_to="recruiting@lumenforge.ai",
      note="ATS self-scheduling request: 'use the link below to choose a time', no time fixed -> null")
def _():
    text = """Hi Jordan,

Great news - the hiring team would like to move forward with a technical interview for the Machine Learning Engineer position!

Please use the link below to choose a time that works best for you over the next two weeks:
https://jobs.ashbyhq.com/lumenforge/interview-scheduling/4f0c1e7a-9d2b-4e61-b3a8-7c0d2e9f1a55

The interview is 60 minutes over Google Meet with two members of our ML platform team.

Best,
LumenForge Recruiting
"""
    return eml(Mail(frm="LumenForge Recruiting <no-reply@ashbyhq.com>", reply_to="recruiting@lumenforge.ai", to=ME,
                    subject="Schedule your technical interview with LumenForge", date="Mon, 30 Nov 2026 17:02:11 +0000",
                    msgid="<ashby-sched-4f0c1e7a@ashbyhq.com>", text=text, html=gmail_html(text)))


@case("en_outlook_ics_utc_z_london.eml", invite=True, start="2026-12-09T11:00:00+00:00", reply_to="niamh.byrne@corrigangroup.co.uk",
      note="Outlook request whose DTSTART is in UTC ('Z'), body 'When: ... (UTC+00:00) Dublin, Edinburgh, Lisbon, London'")
def _():
    ev = Event(uid="040000008200E00074C5B7101A82E0080000000070A7B1C2D3E4F501000000000000000010000000AB",
               start="20261209T110000Z", end="20261209T120000Z", summary="Interview - Jordan Reyes - Pricing Analyst",
               organizer=("Niamh Byrne", "niamh.byrne@corrigangroup.co.uk"), attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")])
    text = """When: Wednesday, December 9, 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Corrigan Group, 3rd Floor, 40 Bank Street, Canary Wharf

Hi Jordan, please accept this invitation for your interview for the Pricing Analyst position. Reception will have your name.

Niamh
"""
    return eml(Mail(frm="Niamh Byrne <niamh.byrne@corrigangroup.co.uk>", to=ME, subject="Interview - Jordan Reyes - Pricing Analyst",
                    date="Wed, 2 Dec 2026 09:40:00 +0000", msgid="<DB9PR02MB7211AA11@DB9PR02MB7211.eurprd02.prod.outlook.com>",
                    text=text, html=outlook_html(text), calendar=ics("REQUEST", ev, prodid="Microsoft Exchange Server 2010"),
                    cal_carrier="inline"))


@case("en_gmt_plus_8_from_us_recruiter.eml", invite=True, start="2026-12-17T15:00:00+08:00", reply_to="tyler.hughes@quillpoint.com",
      note="'Thursday 17 Dec, 3pm (GMT+8)' written by a US recruiter (Date -0800) for a Singapore panel -> +08:00, not -08:00")
def _():
    text = """Hi Jordan,

Since you're based in Singapore, we've set up your panel interview with our APAC team at a friendlier hour: Thursday 17 Dec, 3pm (GMT+8). You'll meet Grace (APAC Sales Director) and Mohan (Solutions Lead).

Zoom link is in the calendar invite I'm sending separately.

Thanks,
Tyler Hughes
Recruiting Manager, Quillpoint
"""
    return eml(Mail(frm="Tyler Hughes <tyler.hughes@quillpoint.com>", to=ME, subject="APAC panel interview - Quillpoint",
                    date="Tue, 8 Dec 2026 16:45:00 -0800", msgid="<CAQuill+th.apac@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_us_short_month_day_no_year.eml", invite=True, start="2026-12-08T13:00:00-05:00", reply_to="brianna.cole@mapleriverhealth.org",
      note="US shorthand 'on 12/8 from 1-2pm EST' (month/day without year or weekday) from a -0500 sender")
def _():
    text = """Hi Jordan,

The hiring committee would like to interview you for the Clinical Informatics Specialist position. Are you able to join us on 12/8 from 1-2pm EST? The interview will be via Microsoft Teams.

Please let me know at your earliest convenience.

Thank you,
Brianna Cole
HR Generalist | Maple River Health
"""
    return eml(Mail(frm="Brianna Cole <brianna.cole@mapleriverhealth.org>", to=ME, subject="Interview Request - Clinical Informatics Specialist",
                    date="Wed, 2 Dec 2026 14:05:00 -0500", msgid="<BL1PR09MB5511C3@BL1PR09MB5511.namprd09.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_uk_dot_time_ordinal_after.eml", invite=True, start="2026-12-09T09:30:00+00:00", reply_to="rhys.evans@cardiffbaydesign.co.uk",
      note="UK style 'at 9.30am on Wed 9th Dec' (dotted time before an abbreviated ordinal date)")
def _():
    text = """Hiya Jordan,

Thanks for sending your portfolio over - we loved the wayfinding project. Could you pop into the studio for an interview at 9.30am on Wed 9th Dec? We're at Unit 7, Mount Stuart Square, Cardiff Bay.

It'll be informal - coffee, a chat about your work, then a look around the studio.

Cheers,
Rhys
Creative Director, Cardiff Bay Design
"""
    return eml(Mail(frm="Rhys Evans <rhys.evans@cardiffbaydesign.co.uk>", to=ME, subject="Studio interview",
                    date="Thu, 3 Dec 2026 12:30:00 +0000", msgid="<CACardiff+re.studio@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_linkedin_relay_recruiter_call_this_thursday.eml", invite=True, start="2026-12-10T16:00:00-05:00",
      reply_to="marcus.lee@trellisfinance.com",
      note="recruiter proposes one time 'this Thursday at 4pm EST' for an intro call about a role; written Mon 7 Dec")
def _():
    text = """Hi Jordan,

I'm leading recruiting for a Senior FP&A Analyst role at Trellis Finance and your background looks like a great fit. Would you be open to a 20-minute intro call this Thursday at 4pm EST? I'd walk you through the role and the team and answer any questions.

If that time doesn't work, just suggest another.

Best,
Marcus Lee
Senior Recruiter, Trellis Finance
"""
    return eml(Mail(frm="Marcus Lee <marcus.lee@trellisfinance.com>", to=ME, subject="Senior FP&A Analyst - intro call?",
                    date="Mon, 7 Dec 2026 10:12:00 -0500", msgid="<CATrellis+ml.intro@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_onsite_agenda_many_times.eml", invite=True, start="2026-12-14T09:30:00-08:00", reply_to="jenna.park@tidalcompute.com",
      note="onsite agenda listing several session times; the day begins at 9:30 AM PT (first time); parking validation time is noise")
def _():
    text = """Hi Jordan,

We're excited to host you for your final round onsite on Monday, December 14! Your day begins at 9:30 AM PT at our Seattle office (1201 Western Ave, 6th floor).

Agenda
  9:30 AM   Welcome & coffee with Jenna (Recruiting)
  10:00 AM  Coding interview - Arjun
  11:00 AM  System design - Beatriz
  12:00 PM  Lunch with the team
  1:00 PM   Behavioral interview - Sam (Engineering Manager)
  2:00 PM   Wrap-up

Parking: validate your ticket at reception before 6:00 PM.

See you soon!
Jenna Park
Tidal Compute Recruiting
"""
    return eml(Mail(frm="Jenna Park <jenna.park@tidalcompute.com>", to=ME, subject="Your onsite agenda - Tidal Compute",
                    date="Tue, 8 Dec 2026 15:30:00 -0800", msgid="<CATidal+jp.onsite@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_thread_proposed_then_owner_yes.mbox", invite=True, start="2026-12-07T11:00:00-08:00", accepted=True,
      reply_to="olga.petrova@sunspire.io",
      note="recruiter asks 'Would Monday, December 7 at 11am PT work?'; owner: 'Yes, that works. See you Monday!'")
def _():
    t1 = """Hi Jordan,

Thanks for applying to the Frontend Engineer role! I'd love to set up a 30 minute recruiter screen. Would Monday, December 7 at 11am PT work for you?

Olga Petrova
Talent Partner, Sunspire
"""
    t2 = """Yes, that works. See you Monday!

Jordan
""" + quote(t1, gmail_quote_header("Wed, Dec 2, 2026 at 2:14 PM", "Olga Petrova <olga.petrova@sunspire.io>"))
    tid = "1787000111222333444"
    m1 = Mail(frm="Olga Petrova <olga.petrova@sunspire.io>", to=ME, subject="Sunspire - recruiter screen", date="Wed, 2 Dec 2026 14:14:00 -0800",
              msgid="<CASun+op.1@mail.gmail.com>", text=t1, html=gmail_html(t1), thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Olga Petrova <olga.petrova@sunspire.io>", subject="Re: Sunspire - recruiter screen",
              date="Wed, 2 Dec 2026 18:40:00 -0800", msgid="<CAJr8x=op.2@mail.gmail.com>", in_reply_to="<CASun+op.1@mail.gmail.com>",
              references="<CASun+op.1@mail.gmail.com>", text=t2, thrid=tid, labels="Sent")
    return mbox([m1, m2])


@case("en_ics_cancel_then_new_uid.mbox", invite=True, start="2026-12-11T15:30:00-05:00", reply_to="devon.price@altamesa.com",
      note="Google invite A (Tue Dec 8), then 'Canceled event' for A, then a brand-new invite B (new UID) Fri Dec 11 3:30pm EST")
def _():
    org = ("Devon Price", "devon.price@altamesa.com")
    att = [("Jordan Reyes", OWNER, "NEEDS-ACTION")]
    title = "Altamesa | Jordan Reyes | Hiring Manager Interview"
    a = Event(uid="aaaa1111bbbb2222cccc3333dd@google.com", start="20261208T100000", end="20261208T104500", tzid="America/New_York",
              summary=title, organizer=org, attendees=att)
    a_cancel = Event(uid=a.uid, start=a.start, end=a.end, tzid=a.tzid, summary=title, organizer=org, attendees=att, sequence=1,
                     status="CANCELLED", dtstamp="20261205T150000Z")
    b = Event(uid="eeee4444ffff5555gggg6666hh@google.com", start="20261211T153000", end="20261211T161500", tzid="America/New_York",
              summary=title, organizer=org, attendees=att, dtstamp="20261205T150500Z")
    tid = "1787100222333444555"

    def gmail(kind: str, ev: Event, when_subj: str, when_body: str, date: str, n: int, method: str = "REQUEST") -> Mail:
        text = _gcal_text(title, when_body, ["Devon Price - organizer", OWNER], "https://meet.google.com/alt-mhxq-rpd")
        if method == "CANCEL":
            text = text.replace("You have been invited to the following event.", "This event has been canceled.")
        return Mail(frm="Devon Price <devon.price@altamesa.com>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="devon.price@altamesa.com", to=OWNER, subject=f"{kind}: {title} @ {when_subj} ({OWNER})", date=date,
                    msgid=f"<calendar-{n}f00d-1234-4abc-8def-00000000000{n}@google.com>", text=text, calendar=ics(method, ev),
                    cal_method=method, thrid=tid, labels="Inbox")
    return mbox([
        gmail("Invitation", a, "Tue Dec 8, 2026 10am - 10:45am (EST)", "Tue Dec 8, 2026 10am \u2013 10:45am Eastern Time - New York",
              "Tue, 1 Dec 2026 16:00:00 +0000", 1),
        gmail("Canceled event", a_cancel, "Tue Dec 8, 2026 10am - 10:45am (EST)",
              "Tue Dec 8, 2026 10am \u2013 10:45am Eastern Time - New York", "Sat, 5 Dec 2026 15:00:00 +0000", 2, "CANCEL"),
        gmail("Invitation", b, "Fri Dec 11, 2026 3:30pm - 4:15pm (EST)", "Fri Dec 11, 2026 3:30pm \u2013 4:15pm Eastern Time - New York",
              "Sat, 5 Dec 2026 15:05:00 +0000", 3),
    ])


@case("en_signature_office_hours_distractor.eml", invite=True, start="2026-12-11T14:30:00+00:00", reply_to="sophie.turner@haldanebank.co.uk",
      note="interview 'Friday 11 December at 14:30'; signature 'Office hours: Mon-Fri 9:00-17:30 GMT' and 'Sent from my iPhone'")
def _():
    text = """Hi Jordan,

Lovely to speak earlier. As discussed, I'd like to invite you to a competency-based interview for the Treasury Analyst vacancy on Friday 11 December at 14:30 at our Manchester office (1 Spinningfields).

Please bring your passport or right-to-work documents.

Sophie Turner
Resourcing Partner | Haldane Bank
Office hours: Mon-Fri 9:00-17:30 GMT
T: +44 161 496 0123

Sent from my iPhone
"""
    return eml(Mail(frm="Sophie Turner <sophie.turner@haldanebank.co.uk>", to=ME, subject="Interview - Treasury Analyst",
                    date="Fri, 4 Dec 2026 16:10:00 +0000", msgid="<5E1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8@haldanebank.co.uk>",
                    text=text, cte="7bit"))


@case("en_timezone_conversion_list.eml", invite=True, start="2026-12-16T11:00:00-08:00", reply_to="ana.souza@polarisgames.com",
      note="one time in three zones '11:00 AM PT / 2:00 PM ET / 7:00 PM GMT on Wednesday, December 16' (same instant)")
def _():
    text = """Hi Jordan,

Confirming your game design interview with our creative team (distributed across two continents, so here it is in a few zones):

11:00 AM PT / 2:00 PM ET / 7:00 PM GMT on Wednesday, December 16

We'll use Google Meet; link to follow. Please have your design doc ready to screen-share.

Ana Souza
Polaris Games - Talent
"""
    return eml(Mail(frm="Ana Souza <ana.souza@polarisgames.com>", to=ME, subject="Game design interview confirmation",
                    date="Thu, 10 Dec 2026 12:00:00 -0800", msgid="<CAPolaris+as.gd@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_urgent_moved_to_tomorrow.eml", invite=True, start="2026-12-11T16:00:00-06:00", reply_to="leah.morgan@riverstonemfg.com",
      note="'we've moved your interview to tomorrow (Friday) at 4 PM Central' written Thu 10 Dec 18:00 -0600")
def _():
    text = """Hi Jordan,

Apologies for the late change - the plant manager had a conflict, so we've moved your interview to tomorrow (Friday) at 4 PM Central. Same Teams link as before.

Thanks for your flexibility!
Leah Morgan
HR Coordinator, Riverstone Manufacturing
"""
    return eml(Mail(frm="Leah Morgan <leah.morgan@riverstonemfg.com>", to=ME, subject="URGENT: interview moved to tomorrow 4 PM",
                    date="Thu, 10 Dec 2026 18:00:00 -0600", msgid="<CH2PR05MB6900D1@CH2PR05MB6900.namprd05.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("en_rejection_before_interview_stage.eml", invite=False,
      note="rejection at screening: 'we will not be moving forward to the interview stage'")
def _():
    text = """Dear Jordan,

Thank you for your interest in the Analytics Manager position at Ferncastle. We received a very high number of applications, and after careful review we will not be moving forward to the interview stage with your application at this time.

We encourage you to apply for future openings that match your skills.

Kind regards,
Ferncastle Recruitment Team
"""
    return eml(Mail(frm="Ferncastle Careers <careers@ferncastle.com>", to=ME, subject="Your application to Ferncastle",
                    date="Tue, 1 Dec 2026 09:00:00 +0000", msgid="<fc-careers-rej-20931@ferncastle.com>", text=text, html=gmail_html(text)))


@case("en_mock_interview_practice_platform.eml", invite=False,
      note="practice platform: 'your mock interview is confirmed for Saturday, Dec 12 at 10:00 AM ET' -> not a job interview")
def _():
    text = """Hi Jordan,

Your peer mock interview is confirmed!

When: Saturday, Dec 12 at 10:00 AM ET
Topic: Data structures (medium)
Partner: a fellow candidate preparing for software engineering interviews

Join from your PracticeLoop dashboard 5 minutes early. Remember: you'll interview your partner for 30 minutes, then switch roles.

Happy practicing!
The PracticeLoop Team
"""
    return eml(Mail(frm="PracticeLoop <team@practiceloop.example>", to=ME, subject="Your mock interview is confirmed",
                    date="Wed, 9 Dec 2026 14:00:00 +0000", msgid="<pl-mock-77812@practiceloop.example>", text=text, html=gmail_html(text)))


@case("en_career_fair_on_the_spot_interviews.eml", invite=False,
      note="career fair invitation advertising on-the-spot interviews, with date and time -> an event, not an interview invite")
def _():
    text = """You're invited: Winter Tech Career Fair

Meet 40+ hiring companies in one afternoon. Many employers will conduct on-the-spot interviews, so bring copies of your resume!

Date: Thursday, December 10, 2026
Time: 1:00 PM - 5:00 PM CT
Venue: Hyatt Regency Austin, Ballroom A

RSVP: https://events.techtalentaustin.example/winter-fair

See you there,
Tech Talent Austin
"""
    return eml(Mail(frm="Tech Talent Austin <events@techtalentaustin.example>", to=ME, subject="You're invited: Winter Tech Career Fair",
                    date="Mon, 30 Nov 2026 15:00:00 +0000", msgid="<tta-fair-2026w@techtalentaustin.example>", text=text,
                    html=gmail_html(text)))


@case("en_accepted_notification_owner_organised.eml", invite=False,
      note="calendar 'Accepted:' REPLY from someone else for a coffee chat the owner organised -> logistics, not an invite")
def _():
    ev = Event(uid="cc001122ddee3344@google.com", start="20261212T100000", end="20261212T110000", tzid="America/Los_Angeles",
               summary="Coffee chat: interview prep swap", organizer=("Jordan Reyes", OWNER),
               attendees=[("Sam Whitfield", "sam.whitfield@gmail.com", "ACCEPTED")])
    text = "Sam Whitfield has accepted this invitation.\n\nCoffee chat: interview prep swap\nSat Dec 12, 2026 10am \u2013 11am Pacific Time\n"
    return eml(Mail(frm="Sam Whitfield <sam.whitfield@gmail.com>", to=ME,
                    subject="Accepted: Coffee chat: interview prep swap @ Sat Dec 12, 2026 10am - 11am (PST) (jordan.reyes@gmail.com)",
                    date="Wed, 9 Dec 2026 20:00:00 +0000", msgid="<calendar-reply-sw-1212@google.com>", text=text,
                    calendar=ics("REPLY", ev), cal_method="REPLY", cal_carrier="inline"))


@case("en_friend_asks_tips_for_interview_at_owner_company.eml", invite=False,
      note="a friend has an interview at the owner's company 'next Tuesday at 2pm' and asks for tips -> not the owner's interview")
def _():
    text = """Hey Jordan,

Guess what - I've got an interview at your company next Tuesday at 2pm for the Data Analyst role on the marketing team! Any tips? Do you know who's on the panel?

Would really appreciate any pointers. Drinks on me after.

Priya
"""
    return eml(Mail(frm="Priya Nair <priya.nair.91@gmail.com>", to=ME, subject="interview at your company!!",
                    date="Thu, 3 Dec 2026 21:00:00 -0800", msgid="<CAPriya+nair.tips@mail.gmail.com>", text=text, html=gmail_html(text)))
