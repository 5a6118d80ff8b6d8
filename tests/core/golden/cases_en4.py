"""English golden cases, fourth batch (held out except the first, which documents the owner-proposal rule)."""
from __future__ import annotations

from cases_en import ME, OWNER, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Event, Mail, eml, ics, mbox, quote


@case("en_owner_proposes_time_recruiter_confirms.mbox", invite=True, start="2026-12-10T14:00:00-05:00", accepted=True,
      reply_to="sean.gallagher@bramblecloud.com",
      note="recruiter asks for availability; the owner offers 'Thursday, December 10 at 2pm ET'; recruiter: 'Perfect - see you "
           "then!' -> that time, accepted (the owner proposed it)")
def _():
    t1 = """Hi Jordan,

Thanks for applying to the Cloud Support Engineer role! I'd like to set up a 30-minute phone interview. When are you free next week?

Sean
"""
    t2 = """Hi Sean,

Thanks for reaching out! I could do Thursday, December 10 at 2pm ET if that suits you.

Best,
Jordan
""" + quote(t1, gmail_quote_header("Fri, Dec 4, 2026 at 10:00 AM", "Sean Gallagher <sean.gallagher@bramblecloud.com>"))
    t3 = """Perfect - see you then! I'll call the number on your resume.

Sean
""" + quote(t2, gmail_quote_header("Fri, Dec 4, 2026 at 1:15 PM", "Jordan Reyes <jordan.reyes@gmail.com>"))
    tid = "1787400555666777888"
    m1 = Mail(frm="Sean Gallagher <sean.gallagher@bramblecloud.com>", to=ME, subject="Phone interview - Cloud Support Engineer",
              date="Fri, 4 Dec 2026 10:00:00 -0500", msgid="<CABramble+sg.1@mail.gmail.com>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Sean Gallagher <sean.gallagher@bramblecloud.com>", subject="Re: Phone interview - Cloud Support Engineer",
              date="Fri, 4 Dec 2026 13:15:00 -0500", msgid="<CAJr8x=sg.2@mail.gmail.com>", in_reply_to="<CABramble+sg.1@mail.gmail.com>",
              references="<CABramble+sg.1@mail.gmail.com>", text=t2, thrid=tid, labels="Sent")
    m3 = Mail(frm="Sean Gallagher <sean.gallagher@bramblecloud.com>", to=ME, subject="Re: Phone interview - Cloud Support Engineer",
              date="Fri, 4 Dec 2026 14:02:00 -0500", msgid="<CABramble+sg.3@mail.gmail.com>", in_reply_to="<CAJr8x=sg.2@mail.gmail.com>",
              references="<CABramble+sg.1@mail.gmail.com> <CAJr8x=sg.2@mail.gmail.com>", text=t3, thrid=tid, labels="Inbox")
    return mbox([m1, m2, m3])


@case("en_tmrw_short_message.eml", invite=True, start="2026-12-09T11:00:00-05:00", reply_to="kat@foxglove.studio",
      note="terse startup note 'can you do a quick video interview tmrw 11am EST?' written Tue 8 Dec")
def _():
    text = """hey Jordan - loved your portfolio. can you do a quick video interview tmrw 11am EST with me + our CTO? 30 min, I'll send a meet link.

kat
founder, foxglove
"""
    return eml(Mail(frm="Kat Moreno <kat@foxglove.studio>", to=ME, subject="quick interview?", date="Tue, 8 Dec 2026 16:20:00 -0500",
                    msgid="<CAFox+kat.q@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_ninth_of_december_ordinal_of.eml", invite=True, start="2026-12-09T14:30:00+00:00", reply_to="fiona.reid@caledonianwater.co.uk",
      note="'on the 9th of December at 2:30pm GMT' ordinal 'of' form")
def _():
    text = """Dear Jordan,

Thank you for attending the first stage. I'm delighted to invite you to a second interview, which will be held at our Glasgow office on the 9th of December at 2:30pm GMT. You will meet the Head of Asset Management and a member of the HR team.

Please confirm your availability at your earliest convenience.

Kind regards,
Fiona Reid
HR Business Partner, Caledonian Water
"""
    return eml(Mail(frm="Fiona Reid <fiona.reid@caledonianwater.co.uk>", to=ME, subject="Second interview - Asset Planning Engineer",
                    date="Wed, 2 Dec 2026 11:00:00 +0000", msgid="<CWL.HR.1202.1100@caledonianwater.co.uk>", text=text,
                    html=outlook_html(text)))


@case("en_assessment_centre_graduate.eml", invite=True, start="2026-12-14T09:00:00+00:00", reply_to="graduates@ashfordlane.co.uk",
      note="graduate scheme assessment centre (interviews + group exercise) on 'Monday 14 December 2026, 09:00-16:00'")
def _():
    text = """Dear Jordan,

Congratulations! Following your video interview, we would like to invite you to our Assessment Centre for the 2027 Graduate Programme.

Date: Monday 14 December 2026
Time: 09:00 - 16:00
Venue: Ashford Lane, 1 King William Street, London EC4N 7AR

The day includes a group exercise, a case study presentation and a final interview with two partners. Lunch will be provided.

Please confirm your attendance by replying to this email.

Graduate Recruitment Team
Ashford Lane LLP
"""
    return eml(Mail(frm="Ashford Lane Graduate Recruitment <graduates@ashfordlane.co.uk>", to=ME,
                    subject="Invitation to Assessment Centre - 2027 Graduate Programme", date="Tue, 1 Dec 2026 09:30:00 +0000",
                    msgid="<AL.GRAD.AC.20261201@ashfordlane.co.uk>", text=text, html=outlook_html(text)))


@case("en_between_2_and_3_pm_call.eml", invite=True, start="2026-12-09T14:00:00-06:00", reply_to="troy.baker@heartlandag.com",
      note="'I'll call you on Wednesday, December 9th between 2 and 3 PM Central for your phone interview' (range with 'and')")
def _():
    text = """Hi Jordan,

Thanks for your interest in the Agronomy Data Specialist position. I'll give you a call on Wednesday, December 9th between 2 and 3 PM Central for your phone interview. It should take about 20 minutes.

Troy Baker
Recruiter, Heartland Ag Cooperative
"""
    return eml(Mail(frm="Troy Baker <troy.baker@heartlandag.com>", to=ME, subject="Phone interview",
                    date="Fri, 4 Dec 2026 15:00:00 -0600", msgid="<HAC.TB.1204@heartlandag.com>", text=text, cte="7bit"))


@case("en_bare_monday_relative.eml", invite=True, start="2026-12-14T16:30:00-08:00", reply_to="grace.liu@pinnaclebio.com",
      note="bare weekday 'Monday at 4:30pm PT' in a mail dated Thursday 10 Dec -> Monday 14 Dec")
def _():
    text = """Hi Jordan,

Great news - our CEO would like to meet you for a final interview before we make a decision. She has time on Monday at 4:30pm PT; it will be a 30 minute video call.

Let me know if that works!

Grace Liu
People Operations, Pinnacle Bio
"""
    return eml(Mail(frm="Grace Liu <grace.liu@pinnaclebio.com>", to=ME, subject="Final interview with our CEO",
                    date="Thu, 10 Dec 2026 13:00:00 -0800", msgid="<CAPinnacle+gl.ceo@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("en_ics_publish_add_to_calendar.eml", invite=True, start="2026-12-16T10:00:00-05:00", reply_to="scheduling@oakhavencapital.com",
      note="ATS mail with an 'Add to calendar' interview.ics (METHOD:PUBLISH, America/New_York); body date without a zone")
def _():
    ev = Event(uid="oakhaven-int-99120@oakhavencapital.com", start="20261216T100000", end="20261216T110000", tzid="America/New_York",
               summary="Interview: Jordan Reyes - Investment Analyst", organizer=("Oakhaven Scheduling", "scheduling@oakhavencapital.com"),
               attendees=[("Jordan Reyes", OWNER, "NEEDS-ACTION")])
    text = """Dear Jordan,

Your interview for the Investment Analyst position has been scheduled for December 16, 2026 at 10:00 AM.

Add it to your calendar with the attached file. Our office is at 250 Park Avenue, 20th floor, New York.

Oakhaven Capital Scheduling
"""
    return eml(Mail(frm="Oakhaven Capital Scheduling <scheduling@oakhavencapital.com>", to=ME, subject="Interview scheduled - Investment Analyst",
                    date="Wed, 9 Dec 2026 20:00:00 +0000", msgid="<oakhaven-99120@oakhavencapital.com>", text=text, cte="7bit",
                    calendar=ics("PUBLISH", ev, prodid="-//Oakhaven ATS//EN"), cal_method="PUBLISH", cal_carrier="attachment"))


@case("en_not_inviting_to_interview.eml", invite=False,
      note="rejection phrased around the invitation: 'we won't be inviting you to interview'")
def _():
    text = """Hi Jordan,

Thanks so much for your interest in Wrenfield. We've reviewed your application for the Product Marketing Manager role and, at this stage, we won't be inviting you to interview.

We appreciate the time you put into your application and wish you the best in your search.

Wrenfield Talent Team
"""
    return eml(Mail(frm="Wrenfield Talent <talent@wrenfield.com>", to=ME, subject="Update on your Wrenfield application",
                    date="Thu, 3 Dec 2026 18:00:00 +0000", msgid="<wf-talent-upd-5510@wrenfield.com>", text=text, html=gmail_html(text)))


@case("en_interview_recording_available.eml", invite=False,
      note="one-way video platform: the recording of a past interview is available for review -> not an invite")
def _():
    text = """Hi Jordan,

Thanks for completing your video interview with Sunbeam Energy on December 1. Your responses have been submitted to the hiring team.

You can review your recording until Tuesday, December 15 at 11:59 PM ET in your candidate portal.

The VidHire team
"""
    return eml(Mail(frm="VidHire <noreply@vidhire.example>", to=ME, subject="Your video interview has been submitted",
                    date="Wed, 2 Dec 2026 14:00:00 +0000", msgid="<vh-submitted-7781@vidhire.example>", text=text, html=gmail_html(text)))
