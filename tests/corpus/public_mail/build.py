#!/usr/bin/env python3
"""Build the public_mail corpus: real public mail and public template-gallery wording rendered as Gmail threads.

Run:  python build.py          (writes *.eml / *.mbox, truth.json, SOURCES.md beside this file)

Deterministic (no clock, no randomness). Wording comes from the public source named in each case; placeholders
are filled the way a recruiter would fill them; people and companies are fictional unless the source is a real
public archive (the Enron corpus). Dates are moved into Nov 2026 - Feb 2027 as each case says.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

from mailkit import OWNER, OWNER_TZ, Msg, eml, iso, local, mbox, quote, thread

HERE = Path(__file__).resolve().parent
CASES: list[dict] = []


def case(fn):
    CASES.append(fn())
    return fn


def invite(start, accepted, lang, reply_to, note, source, how):
    return dict(is_invite=True, interview_start=start, accepted=accepted, language=lang,
                reply_to=reply_to, note=note, source=source, how=how)


def non(lang, note, source, how):
    return dict(is_invite=False, interview_start=None, accepted=False, language=lang,
                reply_to=None, note=note, source=source, how=how)


NEWS_HEADERS = lambda list_id, unsub: [  # noqa: E731  bulk mail headers a newsletter carries
    ("List-Id", list_id),
    ("List-Unsubscribe", unsub),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
]

ENRON_SPAM = ("Enron-Spam corpus (Metsis, Androutsopoulos, Paliouras 2006; ham of the kaminski-v mailbox of the CMU Enron "
              "email dataset https://www.cs.cmu.edu/~enron/), as republished lower-cased and tokenised in a public "
              "GitHub dataset file of labelled mail records")

# ------------------------------------------------------------------------------------------------------------
# English: invitations
# ------------------------------------------------------------------------------------------------------------


@case
def en_enron_research_group_informal_interview_send_dates():
    shirley = ("Shirley Crenshaw", "shirley.crenshaw@enron.com")
    m = Msg(shirley, "Interview with Enron Corp. Research Group", local("2026-11-17 14:32", "America/Chicago"),
            """Good afternoon Ms. Rahman:

The Enron Corp. Research Group would like to conduct an informal interview
with you at your convenience.  Please give me some dates and times within
the next 2 weeks that you might be available and I will arrange the
schedule.  The people that will be interviewing you are:

        Vince Kaminski          Managing Director
        Stinson Gibner          Vice President
        Grant Masson            Vice President
        Vasant Shanbhogue       Vice President
        Krishna Krishnarao      Director
        Zimin Lu                Director
        Tanya Tamarchenko       Manager
        Alex Huang              Manager

Each individual interview will last approximately 15 - 20 minutes, so we
probably should allow at least 3 hours.

If you would prefer to call me with some dates and times - I can check the
calendars while we are talking.

Look forward to hearing from you.

Thank you.

Shirley Crenshaw
Administrative Coordinator
Research Group
713/853-5290
""", msgid="<18240611.1075856611203.JavaMail.evans@thyme>",
            extra=[("X-Mailer", "Lotus Notes Release 5.0.5 September 22, 2000")])
    return dict(file="en_enron_research_group_informal_interview_send_dates.eml", data=eml(m),
                **invite(None, False, "en", shirley[1],
                         "Real Enron mail: 'would like to conduct an informal interview ... give me some dates and times "
                         "within the next 2 weeks' - an invitation whose time is to be agreed; nothing fixed -> null. "
                         "The 3-hour length and 15-20 minute slots are not a time.",
                         ENRON_SPAM + " - record 'interview with enron corp . research group' (Shirley Crenshaw to Mr. Ball)",
                         "Case, punctuation and line breaks restored from the tokenised text; wording kept; 'Mr. Ball' -> "
                         "'Ms. Rahman'; recipient replaced by the owner; Date moved to 17 Nov 2026 (Houston, CST)."))


@case
def en_enron_research_group_this_friday_no_time_thread():
    shirley = ("Shirley Crenshaw", "shirley.crenshaw@enron.com")
    vince = ("Vince J Kaminski", "vkamins@enron.com")
    m1 = Msg(OWNER, "Hello from Nadia Rahman at Williams Co.", local("2026-11-30 21:12", OWNER_TZ),
             """Dear Dr. Kaminski,

It was a pleasure to talk with you after your presentation last week. As you
suggested, I am writing to follow up about opportunities in the Research
Group. My resume is available on request.

Best regards,
Nadia Rahman
""", to=[vince])
    m2 = Msg(shirley, "Fwd: Hello from Nadia Rahman at Williams Co.", local("2026-12-01 10:05", "America/Chicago"),
             """Ms. Rahman:

Vince Kaminski and the Research Group would like to bring you in for an
interview this Friday, if possible.

Please forward me a copy of your resume, as soon as possible, and I will
have our HR Dept. contact you.

Thank you.

Shirley Crenshaw
Administrative Coordinator
Enron Research Dept.
713/853-5290

---------------------- Forwarded by Shirley Crenshaw/HOU/ECT on 12/01/2026 09:58 AM ---------------------------


Vince J Kaminski
11/30/2026 06:40 PM
To: Shirley Crenshaw/HOU/ECT@ECT
cc:
Subject: Fwd: Hello from Nadia Rahman at Williams Co.


---------------------- Forwarded by Vince J Kaminski/HOU/ECT on 11/30/2026 06:39 PM ---------------------------

"Nadia Rahman" <nadia.rahman@gmail.com> on 11/30/2026 08:12:00 AM
To: vkamins@enron.com
cc:
Subject: Hello from Nadia Rahman at Williams Co.


Dear Dr. Kaminski,

It was a pleasure to talk with you after your presentation last week. As you
suggested, I am writing to follow up about opportunities in the Research
Group. My resume is available on request.

Best regards,
Nadia Rahman
""", msgid="<30718364.1075856629911.JavaMail.evans@thyme>")
    msgs = thread([m1, m2])
    return dict(file="en_enron_research_group_this_friday_no_time_thread.mbox", data=mbox(msgs),
                **invite(None, False, "en", shirley[1],
                         "Real Enron mail: 'would like to bring you in for an interview this Friday, if possible' "
                         "(Friday = 4 Dec 2026 from the Tue 1 Dec Date) but no hour, and 'HR Dept. will contact you' -> "
                         "no single time fixed -> null. Lotus Notes forward chain below the reply.",
                         ENRON_SPAM + " - record 'fwd : hello from charles shen at williams co .'",
                         "Shirley's text restored to normal case with wording kept; the candidate's first mail (only its "
                         "subject survives in the record) was written for the thread; candidate name replaced by the owner; "
                         "dates moved to 30 Nov / 1 Dec 2026."))


@case
def en_candidate_repo_onsite_agenda_checkin_first():
    rec = ("Lumen Wafer Systems Recruiting", "recruiting@lumenwafer.com")
    coord = ("Marisa Okafor", "marisa.okafor@lumenwafer.com")
    sched = [
        ("Check-in/Badging", "9:00 AM - 9:15 AM PST", "15 minutes", "Tualatin, Building C Lobby", "Interviewer: Owen Hartley"),
        ("Presentation", "9:15 AM - 10:15 AM PST", "60 minutes (30 min presentation + 30 min Q&A expected)",
         "Tualatin, Building G, Manzanita Conference Room",
         "Interviewers: Paul Chen-Ward, Colin Baird, Jonah Schaefer, Mateo Engel, Mitchell Laine, Mikala Hurst, "
         "Natalia Marquez, Owen Hartley"),
        ("Onsite Interview - Session 1", "10:30 AM - 11:00 AM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewer: Mikala Hurst"),
        ("Onsite Interview - Session 2", "11:00 AM - 11:30 AM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewer: Colin Baird"),
        ("Onsite Interview - Session 3", "11:30 AM - 12:00 PM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewer: Mitchell Laine"),
        ("Lunch", "12:00 PM - 1:00 PM PST", "60 minutes", "Meet at Tualatin, Building C, Gold Beach Conference Room",
         "Host: Owen Hartley"),
        ("Onsite Interview - Session 4", "1:00 PM - 1:30 PM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewer: Owen Hartley"),
        ("Onsite Interview Panel - Session 5", "1:30 PM - 2:00 PM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewers: Paul Chen-Ward, Mateo Engel, Natalia Marquez"),
        ("Onsite Interview - Session 6", "2:00 PM - 2:30 PM PST", "30 minutes",
         "Tualatin, Building G, Gold Beach Conference Room", "Interviewers: Jonah Schaefer, Nathan Bright"),
        ("Wrap-up/Walkout", "2:30 PM - 2:45 PM PST", "15 minutes", "Meet at Tualatin, Building G, Gold Beach Conference Room",
         "Host: Owen Hartley"),
    ]
    lines = []
    for title, t, dur, loc, who in sched:
        lines.append(f"{title}\n  Time: {t}\n  Duration: {dur}\n  Location: {loc}\n  {who}")
        if title == "Presentation":
            lines[-1] += "\n  Conferencing Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTEwYjYtYWVmNC00Yzg2LWE1NDUtOGI3ZDc1NmQ0ZjE0%40thread.v2/0"
    text = ("Hi Nadia,\n\nWe're excited to move forward with your interview process for the Electrical Engineer position at "
            "Lumen Wafer Systems. As a next step, please click the button below to confirm your availability for the "
            "meeting.\n\n[ Confirm availability ]  https://careers.lumenwafer.com/interviews/confirm/8c41d2\n\n"
            "Campus Map: https://www.lumenwafer.com/tualatin-campus/\n\nIf you have any questions or need assistance, feel "
            "free to reply to this email.\n\nBest regards,\nMarisa Okafor\n\n"
            "Job Details\n  Position: Electrical Engineer 5\n  Company: Lumen Wafer Systems\n  Location: Tualatin Campus "
            "(Building C & G)\n  Date: Thursday, January 21, 2027\n  Duration: 9:00 AM - 2:45 PM (5 hours 45 minutes)\n\n"
            "Interview Schedule\n\n" + "\n\n".join(lines) + "\n")
    import html as h
    rows = "".join(f"<tr><td style='padding:4px 8px'><b>{h.escape(a)}</b></td><td style='padding:4px 8px'>{h.escape(b)}</td>"
                   f"<td style='padding:4px 8px'>{h.escape(d)}</td><td style='padding:4px 8px'>{h.escape(e)}</td></tr>"
                   for a, b, c, d, e in sched)
    htm = ("<div style='font-family:Arial,sans-serif;font-size:14px'><p>Hi Nadia,</p><p>We're excited to move forward with your "
           "interview process for the Electrical Engineer position at Lumen Wafer Systems. As a next step, please click the "
           "button below to confirm your availability for the meeting.</p>"
           "<p><a href='https://careers.lumenwafer.com/interviews/confirm/8c41d2' style='background:#0b5cab;color:#fff;"
           "padding:10px 18px;text-decoration:none;border-radius:4px'>Confirm availability</a></p>"
           "<p>Campus Map: <a href='https://www.lumenwafer.com/tualatin-campus/'>https://www.lumenwafer.com/tualatin-campus/</a></p>"
           "<p>If you have any questions or need assistance, feel free to reply to this email.</p><p>Best regards,<br>Marisa Okafor</p>"
           "<h3>Job Details</h3><ul><li>Position: Electrical Engineer 5</li><li>Company: Lumen Wafer Systems</li>"
           "<li>Location: Tualatin Campus (Building C &amp; G)</li><li>Date: Thursday, January 21, 2027</li>"
           "<li>Duration: 9:00 AM - 2:45 PM (5 hours 45 minutes)</li></ul><h3>Interview Schedule</h3>"
           f"<table border='1' style='border-collapse:collapse'>{rows}</table></div>")
    m = Msg(rec, "Interview Confirmation - Electrical Engineer Position", local("2027-01-11 16:20", "America/Los_Angeles"),
            text, reply_to=coord, html=htm)
    return dict(file="en_candidate_repo_onsite_agenda_checkin_first.eml", data=eml(m),
                **invite(iso("2027-01-21 09:00", "America/Los_Angeles"), False, "en", coord[1],
                         "On-site day with an agenda (check-in 9:00 AM PST, presentation 9:15, sessions until 2:45 PM) on "
                         "'Thursday, January 21, 2027' in Tualatin, Oregon: the first agenda time is the start; later ones "
                         "are not. ATS sender with Reply-To the coordinator; 'confirm your availability' button (not accepted).",
                         "GitHub unbedded/lam-ee5-presentation reference/interview/interview-confirmation-email.md "
                         "(a candidate's saved copy of a real interview-confirmation email)",
                         "Wording and agenda structure kept; company, people and links fictionalised; October 2025 date "
                         "moved to Thu 21 Jan 2027 and PDT changed to PST accordingly (winter)."))


@case
def en_dataset_reschedule_request_recruiter_year_typo():
    rec = ("Amirsha Khan", "amirsha.khan@nilgirisoft.in")
    m1 = Msg(rec, "Interview Confirmation - Associate Software Engineer at Nilgiri Softworks",
             local("2026-12-22 10:15", "Asia/Kolkata"),
             """Hi Nadia,

Thank you for confirming your availability. This email confirms your interview for the Associate Software Engineer position at Nilgiri Softworks.

Date: Tuesday, 29 December 2026
Time: 11:00 AM IST
Format: Video
Location or link: https://meet.google.com/qtd-wmxa-ruk
Interviewers: Amirsha Khan, Deepa Raghavan

If anything changes before the interview, reply here and I will update the plan.

Best regards,
Amirsha Khan
Talent Acquisition, Nilgiri Softworks Pvt. Ltd., Coimbatore
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-23 08:40", OWNER_TZ),
             "Hello Amirsha sir I thank you for this opportunity but as I am out of station I will not be able to attend "
             "the interview on the scheduled date .So I am sorry for the inconvenience .So please do consider my request "
             "and reschedule the interview as soon as possible after 3 -01-2027.I hope you will understand my situation "
             "and do the needful.\n\nNadia\n\n" + quote(m1, OWNER_TZ), to=[rec], html="auto")
    m3 = Msg(rec, "Re: " + m1.subject, local("2026-12-23 12:02", "Asia/Kolkata"),
             "Okay, I will schedule it for January 4th, 2026, at 11:30 AM\n\nRegards,\nAmirsha\n\n" + quote(m2, "Asia/Kolkata"),
             html="auto")
    msgs = thread([m1, m2, m3])
    return dict(file="en_dataset_reschedule_request_recruiter_year_typo.mbox", data=mbox(msgs),
                **invite(iso("2027-01-04 11:30", "Asia/Kolkata"), False, "en", rec[1],
                         "Thread: interview 29 Dec 2026 11:00 IST; owner (real dataset wording) asks to reschedule 'after "
                         "3 -01-2027'; recruiter replies 'January 4th, 2026, at 11:30 AM' - a year typo kept from the "
                         "source (2023 vs 2024 there): written on 23 Dec 2026 in answer to 'after 3-01-2027' it means "
                         "4 Jan 2027, 11:30 IST. Owner has not confirmed the new slot -> accepted=false. A reader that "
                         "cannot settle the year should abstain, never state 4 Jan 2026.",
                         "Hugging Face dataset adudgaon/email_responses (row 0: 'Incoming Email' / 'Response') "
                         "https://huggingface.co/datasets/adudgaon/email_responses ; first message from "
                         "https://interview-email-templates.pages.dev/interview-confirmation-email-template/",
                         "Dataset texts kept verbatim (spacing and the wrong year included), years shifted +3 consistently "
                         "(2024->2027, 2023->2026); the confirmation template filled for an Indian employer (IST)."))


@case
def en_gallery_reschedule_proposed_owner_confirms():
    rec = ("Priya Natarajan", "priya.natarajan@harborline-analytics.com")
    m1 = Msg(rec, "Second Interview Invitation - Product Analyst at Harborline Analytics", local("2026-12-01 10:02", "America/New_York"),
             """Hi Nadia,

Thank you again for taking the time to meet with our team. We would like to invite you to a second interview for the Product Analyst position at Harborline Analytics.

Date: Tuesday, December 8, 2026
Time: 3:00 PM ET
Format: Video (Zoom)

This round will focus on product metrics and include Dana Whitfield and Omar Castell from the team.

Please reply to confirm your availability.

Best regards,
Priya Natarajan
Recruiting Coordinator, Harborline Analytics
""", html="auto")
    m2 = Msg(rec, "Re: " + m1.subject, local("2026-12-04 09:30", "America/New_York"),
             """Hi Nadia,

I hope this email finds you well.

I am writing to you today to reschedule our interview for the Product Analyst position that we had arranged for Tuesday, December 8 at 3:00 PM ET.

I apologize for any inconvenience this may cause. Unfortunately, our hiring manager Dana Whitfield will be out of the office on that day due to unexpected family obligations.

Would you be available to reschedule for Thursday, December 10 at 11:00 AM ET? If not, please let me know what times work best for you.

Thank you for your understanding.

Sincerely,
Priya Natarajan
""", html="auto")
    m3 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-05 07:15", OWNER_TZ),
             "Hi Priya,\n\nThank you for letting me know. Thursday, December 10 at 11:00 AM ET works for me, and I confirm "
             "my attendance.\n\nBest regards,\nNadia\n\n" + quote(m2, OWNER_TZ), to=[rec], html="auto")
    msgs = thread([m1, m2, m3])
    return dict(file="en_gallery_reschedule_proposed_owner_confirms.mbox", data=mbox(msgs),
                **invite(iso("2026-12-10 11:00", "America/New_York"), True, "en", rec[1],
                         "Thread: second interview Tue 8 Dec 3:00 PM ET; recruiter reschedules ('arranged for Tuesday, "
                         "December 8 at 3:00 PM ET ... reschedule for Thursday, December 10 at 11:00 AM ET?'); owner "
                         "confirms the new time -> latest time wins, accepted=true. Old time still quoted.",
                         "https://interview-email-templates.pages.dev/second-interview-invitation-email-template/ ; "
                         "https://jobicy.com/tools/hr-email-templates/job-interview-templates/reschedule-interview-with-candidates-email",
                         "Both templates filled (names, ET times); owner's reply written for the thread using the "
                         "'I confirm my attendance' phrasing of the galleries."))


@case
def en_keka_reschedule_cancelled_offers_three_slots():
    frm = ("Zephyr Kinetics Talent Team", "careers@zephyrkinetics.in")
    ritu = ("Ritu Malhotra", "ritu.malhotra@zephyrkinetics.in")
    m = Msg(frm, "Rescheduling your interview - Customer Success Manager", local("2026-12-11 18:10", "Asia/Kolkata"),
            """Dear Nadia,

Thank you for showing interest in the Customer Success Manager at our company. Unfortunately, due to an unexpected conflict, we have decided to cancel the interview scheduled for you on Monday, 14 December 2026 at 10:00 AM (IST).

We would like to reschedule your interview for any of the following slots:

- Wednesday, 16 December 2026, 11:00 AM IST
- Thursday, 17 December 2026, 3:00 PM IST
- Friday, 18 December 2026, 10:30 AM IST

Kindly confirm your availability along with an acknowledgment of this mail. If you are unavailable on the above dates, kindly share two or three time slots that suit you next week.

Regards,
Ritu Malhotra
Talent Acquisition, Zephyr Kinetics Pvt. Ltd., Pune
""", reply_to=ritu, html="auto")
    return dict(file="en_keka_reschedule_cancelled_offers_three_slots.eml", data=eml(m),
                **invite(None, False, "en", ritu[1],
                         "Reschedule notice: the Mon 14 Dec 10:00 IST interview is cancelled and three new slots are "
                         "offered, none chosen -> null (the cancelled time must not be stated). Reply-To the recruiter.",
                         "https://www.keka.com/reschedule-interview-with-candidates-email-template (Template 1)",
                         "Template 1 filled (slots, IST, company); its cut-off last sentence completed."))


@case
def en_gallery_owner_reschedules_then_picks_offered_slot():
    rec = ("Hannah Brook", "hannah.brook@copperleafhealth.co.uk")
    m1 = Msg(rec, "Invitation to Interview - Clinical Data Manager", local("2027-01-04 11:00", "Europe/London"),
             """Dear Ms. Rahman,

We, at Copperleaf Health were pretty impressed by the application sent in by you. After careful reviewing of the application, we have decided to call you for a personal interview to finalise our decision and to tell you more about what we actually do and would also like to get to know your work prospect better.

The interview will be for 45 minutes, and we have scheduled your interview with Hannah Brook on Tuesday, 12 January 2027 at 9:30 AM (GMT) at our office, 14 Paternoster Row, London EC4M 7LS.

Please bring a photo ID and copies of your certificates.

Yours sincerely,
Hannah Brook
Talent Partner, Copperleaf Health
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2027-01-04 21:30", OWNER_TZ),
             """Hi Hannah,

Thank you for the interview invitation. I am very interested in the Clinical Data Manager opportunity, but I am not available at the scheduled time.

If possible, could we move the interview to one of these options?
- Wednesday 13 January, any time after 1 PM GMT
- Thursday 14 January, in the morning

I appreciate your flexibility and apologize for the inconvenience.

Best regards,
Nadia Rahman

""" + quote(m1, OWNER_TZ), to=[rec], html="auto")
    m3 = Msg(rec, "Re: " + m1.subject, local("2027-01-05 09:12", "Europe/London"),
             """Hi Nadia,

No problem at all - thank you for letting us know in advance. Here are some alternative times that work for us:

  • Wednesday 13 January, 2:00 PM GMT
  • Wednesday 13 January, 4:00 PM GMT
  • Thursday 14 January, 10:00 AM GMT

Just let me know which works best for you and I'll send a new invite straight away.

Best,
Hannah

""" + quote(m2, "Europe/London"), html="auto")
    m4 = Msg(OWNER, "Re: " + m1.subject, local("2027-01-05 17:40", OWNER_TZ),
             "Hi Hannah,\n\nThursday 14 January at 10:00 AM GMT works best for me. Thank you!\n\nNadia\n\n"
             + quote(m3, OWNER_TZ), to=[rec], html="auto")
    m5 = Msg(rec, "Re: " + m1.subject, local("2027-01-05 11:05", "Europe/London"),
             """Dear Ms. Rahman,

We are writing to confirm (once again) your interview for the position of Clinical Data Manager with Hannah Brook scheduled for 10:00 AM (GMT) on Thursday, 14 January 2027.

We look forward to meeting you!

Sincerely,
Hannah Brook
Copperleaf Health
""", html="auto")
    msgs = thread([m1, m2, m3, m4, m5])
    return dict(file="en_gallery_owner_reschedules_then_picks_offered_slot.mbox", data=mbox(msgs),
                **invite(iso("2027-01-14 10:00", "Europe/London"), True, "en", rec[1],
                         "Five-message thread: invite Tue 12 Jan 9:30 GMT; owner asks to move it; recruiter offers three "
                         "slots; owner picks 'Thursday 14 January at 10:00 AM GMT'; recruiter confirms -> 14 Jan 10:00 "
                         "GMT, accepted=true (owner chose and committed to the slot).",
                         "https://letters.org/interview-letter/invitation-to-interview-letter.html ; "
                         "https://interview-email-templates.pages.dev/candidate-reschedule-interview-email/ ; "
                         "https://kitehr.co/hr-email-templates/interview-reschedule-email (candidate-initiated variant) ; "
                         "https://prescreen.io/en/templates/email-templates-confirming-interview/",
                         "Four gallery templates filled and chained into one thread; owner's short pick written for it."))


@case
def en_bestexamples_letter_fixed_time_la_office():
    rec = ("Able Smith", "able.smith@sandlinetech.com")
    m = Msg(rec, "Invitation to interview", local("2026-11-25 13:45", "America/Los_Angeles"),
            """Dear Nadia,

I thank you for applying for the position of a marketing assistant with Sandline Technologies in Los Angeles, LA.

In his regard, you are invited to an interview at our main office. The interview is scheduled for December 3, 2026, at 10.00 a.m. at 342 Gorge Lane, Los Angeles, LA 80911.

Please contact me at (217) 650-6776 or email should you need further details regarding the interview.

Able Smith
HR Coordinator, Sandline Technologies
""")
    return dict(file="en_bestexamples_letter_fixed_time_la_office.eml", data=eml(m),
                **invite(iso("2026-12-03 10:00", "America/Los_Angeles"), False, "en", rec[1],
                         "Fixed time 'December 3, 2026, at 10.00 a.m.' (dot separator) at a Los Angeles office -> Pacific "
                         "time; the (217) phone prefix is Illinois and must not override the office address. Source typos kept.",
                         "https://www.bestexamples.net/job-interview-invitation-letter-template/ (letter with specific date and time)",
                         "Sample letter kept word for word (incl. 'In his regard'); company renamed; March 4, 2019 -> "
                         "December 3, 2026."))


@case
def en_stepbystep_time_without_interview_date():
    rec = ("Adam Smith", "adam.smith@johnnywholesale.com")
    m = Msg(rec, "Interview Call", local("2026-12-01 10:20", "America/New_York"),
            """Dear Nadia,

We are delighted to tell you that you have been shortlisted for the position of procurement manager in Johnny Wholesale Store. There was a long queue of candidates and you are one of the few who have made it to the final list.

The interview will take place at 9:00 am at our head office, the same venue where the initial test was taken on November 20th, 2026. Please bring your original education documents and four passport sized pictures along with you.

We look forward to seeing you for the final interview. All the best to you.

Adam Smith
HR Executive
Johnny Wholesale Store
""")
    return dict(file="en_stepbystep_time_without_interview_date.eml", data=eml(m),
                **invite(None, False, "en", rec[1],
                         "Final-interview call that gives '9:00 am' but no interview date; the only date is the past "
                         "initial test (November 20th, 2026). Combining them would state a wrong day -> null.",
                         "http://www.stepbystep.com/interview-email-from-employer-101633/ (Sample of Interview Email from Employer)",
                         "Sample kept verbatim; 'Sam' -> owner; May 23rd, 2013 -> November 20th, 2026."))


@case
def en_call_letter_day_first_report_10am():
    rec = ("Katie Costa", "katie.costa@laurentide-office.ca")
    m = Msg(rec, "Interview call letter - Office Manager (Ref. SP-A/235)", local("2027-01-04 09:30", "America/Toronto"),
            """04 January, 2027

Nadia Rahman
134 North Street
Mississauga, ON M9A 3L1

Reference: SP-A/235

Dear Nadia Rahman:

Please refer to your application dated 28 December, 2026 for the post of the Office Manager. You would be glad to know that your name has been shortlisted for interview and group discussion which we are organizing on 15 January, 2027. I would like to request you to report your presence to our office secretary at 10 am on that day. On arrival, contact to the Receptionist who would guide you to reach the office secretary.

Please do not forget to bring testimonials and certificates in original. These would be return to you after perusal.

You would be paid 1st class fare for journey to and from Ontario to attend the interview. A travel allowance form is sent herewith. Please fill it up and handover it to our secretary immediately on arrival.

Yours sincerely,

Katie Costa
Vice President (HR Division)
Laurentide Office Systems Inc., 1250 boul. René-Lévesque Ouest, Montréal, QC
""", attachment=("travel_allowance_form.txt", "text/plain", b"Travel allowance form\nName:\nFrom:\nTo:\nFare class:\n"))
    return dict(file="en_call_letter_day_first_report_10am.eml", data=eml(m),
                **invite(iso("2027-01-15 10:00", "America/Toronto"), False, "en", rec[1],
                         "Call letter with day-first dates ('04 January, 2027', 'application dated 28 December, 2026', "
                         "'organizing on 15 January, 2027') and the time in another sentence ('at 10 am on that day'); "
                         "Montreal office -> Eastern time.",
                         "https://dailyenglish24.blogspot.com/2014/08/writing-interview-call-letter.html (Example of an Interview Call Letter)",
                         "Letter kept verbatim incl. its grammar; 2014 dates moved (01 Aug -> 04 Jan 2027, 25 Jul -> "
                         "28 Dec 2026, 15 Aug -> 15 Jan 2027); signature given a fictional Montreal company; form attached."))


@case
def en_sampleletters_ddmmyyyy_vancouver_9am_sharp():
    rec = ("Joanne Powell", "joanne.powell@fareastern-ent.ca")
    m = Msg(rec, "Interview for the post of Systems Engineer at Far East Enterprise", local("2026-12-21 14:10", "America/Vancouver"),
            """Dear Ms. Rahman,

Thank you for your application for the position of Systems Engineer at Far East Enterprise as advertised in the Daily Times last month. It is my pleasure to invite you for an interview for the advertised position at our Vancouver office on 08/01/2027, at 9 am sharp. We would appreciate it if you could call up our Recruitment office to confirm your attendance to this interview. After your confirmation, we will book a slot by you so that you can attend for the interview without any time delay.

The necessary things that are needed for the interview purpose are your application, a copy of this letter, your certificates, two recent photos of you. If there are any more papers you need, we will mail you those details. As the interview will take about two hours, please plan your day accordingly.

Joanne Powell,
Recruitment Manager,
Far Eastern Enterprise,
876 Cordova Street,
Vancouver, BC V6B 1E1.
""")
    return dict(file="en_sampleletters_ddmmyyyy_vancouver_9am_sharp.eml", data=eml(m),
                **invite(iso("2027-01-08 09:00", "America/Vancouver"), False, "en", rec[1],
                         "'on 08/01/2027, at 9 am sharp' - the source template writes DD/MM/YYYY; a Canadian letter "
                         "dated 21 Dec 2026 -> 8 January 2027 (Friday), not August 1 (7 months away). Vancouver -> PST.",
                         "http://www.sampleletters.net/interview-letter.html (Sample Letter)",
                         "Letter kept; DD/MM/YYYY placeholder filled day-first as the template prescribes; its cut-off "
                         "sentence completed; recipient replaced."))


@case
def en_mighty_first_letter_two_times_owner_picks():
    rec = ("Greg Styles", "greg.styles@qualitybusinessco.com")
    m1 = Msg(rec, "Interview invitation - Junior Account Manager", local("2026-12-07 08:45", "America/New_York"),
             """Greg Styles
HR Manager
Quality Business Co, LTD
28 Action Circle
Workton, PA 29837

Dear Nadia Rahman,

Thank you for submitting your resume for our Junior Account Manager position here at Quality Business Co.! We're impressed with your credentials and we believe your interests and qualifications may align well with the needs of the position and the larger goals of our Quality Outreach Division.

We'd like to invite you to meet with our hiring team this week to find out more about your background. Might you be available to attend an interview session with me and some of our associate staffing managers on Wednesday, December 9th at 2:00 PM EST in our downtown office?

If you're not available at this time, we're also happy to meet with you on Thursday, December 10th at 10:00 AM EST. Our careers page has more about the Quality Outreach Division: https://qualitybusinessco.com/careers

Sincerely,
Greg Styles
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-08 06:10", OWNER_TZ),
             "Dear Mr. Styles,\n\nThank you for offering me the opportunity to interview for the Junior Account Manager "
             "position. I am pleased to confirm my availability for Wednesday, December 9th at 2:00 PM EST, and I look "
             "forward to meeting you and the team.\n\nBest regards,\nNadia Rahman\n\n" + quote(m1, OWNER_TZ), to=[rec], html="auto")
    msgs = thread([m1, m2])
    return dict(file="en_mighty_first_letter_two_times_owner_picks.mbox", data=mbox(msgs),
                **invite(iso("2026-12-09 14:00", "America/New_York"), True, "en", rec[1],
                         "Invite proposes Wed Dec 9th 2:00 PM EST with Thu Dec 10th 10:00 AM EST as an alternative (no "
                         "time fixed by the first mail alone); the owner confirms Wednesday -> 9 Dec 14:00 EST, accepted=true.",
                         "https://www.mightyrecruiter.com/recruiter-templates/sample-letters-to-candidates/first-interview-letter-sample/ ; "
                         "owner reply phrasing from https://staginglibrary.oceantg.com/category/howtob/page/2368",
                         "Sample letter kept; 'March 5th' -> 'December 9th'; its cut-off alternative-time sentence completed."))


@case
def en_pastebin_reminder_second_interview_meet():
    rec = ("Emily Sauer", "emily.sauer@brightwelldigital.com")
    m = Msg(rec, "Reminder - For 2nd Interview (virtual)", local("2027-01-11 09:05", "America/New_York"),
            """Hey Nadia!

This is a friendly reminder that you have an interview with us at Brightwell Digital on Tuesday, January 12th at 1:00pm ET!

You can click here to log into your Google Meet video call:
https://meet.google.com/bwd-kqxe-pnv

Our team's looking forward to chatting with you!

Emily
""", html="auto")
    return dict(file="en_pastebin_reminder_second_interview_meet.eml", data=eml(m),
                **invite(iso("2027-01-12 13:00", "America/New_York"), False, "en", rec[1],
                         "Recruiter's reminder for a 2nd (virtual) interview 'on Tuesday, January 12th at 1:00pm ET' with "
                         "a Meet link; no 'invite' verb.",
                         "https://pastebin.com/6m0dENW1 (a recruiting team's saved template 'Reminder - For 2nd Interview (virtual)')",
                         "Template kept; {{Candidate first name}}, DATE and the link filled; company fictionalised."))


@case
def en_pastebin_phone_screen_booking_link():
    rec = ("Emily Sauer", "emily.sauer@brightwelldigital.com")
    m = Msg(rec, "Phone interview with our Talent Acquisition Team", local("2026-12-14 15:40", "America/New_York"),
            """Hi Nadia!

Checking one final time to feel out your interest in scheduling an initial phone interview with Heather from our Talent Acquisition Team. We would absolutely love to make something work for you!

If you are still interested in talking with us, feel free to look over her calendar and pick a date that works best with your schedule:

https://calendly.com/brightwell-heather/initial-phone-interview

If anything comes up to where you are no longer able to move forward in the interview process, don't hesitate to reach out!

Thanks so much!

~Emily
""", html="auto")
    return dict(file="en_pastebin_phone_screen_booking_link.eml", data=eml(m),
                **invite(None, False, "en", rec[1],
                         "Third follow-up asking the owner to pick a phone-interview date from a booking link: an "
                         "invitation with no time -> null.",
                         "https://pastebin.com/FsddyfZ4 ('Phone Interview 3rd follow up for now show/reminder')",
                         "Template kept; {{Easy Book link}} filled with a booking-page URL; company fictionalised."))


@case
def en_hellohire_reminder_tomorrow_time_range():
    frm = ("HireLoop", "no-reply@hireloop.app")
    rec = ("Tanya Moreno", "tanya.moreno@pinecresthomehealth.com")
    text = """Log in tomorrow at 10:00 AM - 10:30 AM CST for your interview

Hi Nadia,

Your virtual interview for Care Coordinator with Pinecrest Home Health is tomorrow at 10:00 AM - 10:30 AM CST.

On Thursday, January 7, 2027 at 10:00 AM - 10:30 AM CST, join your interview here: https://interview.hireloop.app/j/PHH-7Q2M9

Can't make it? Cancel or reschedule your interview: https://interview.hireloop.app/r/PHH-7Q2M9

Checklist for interviewing success:
- Use a device with a mic and camera (laptop, phone, tablet)
- Use a supported internet browser
- Try to find a quiet location with a good internet connection

If you need help, contact support@hireloop.app.
"""
    m = Msg(frm, "Your interview with Pinecrest Home Health is tomorrow", local("2027-01-06 10:02", "America/Chicago"),
            text, reply_to=rec, html="auto", extra=[("Auto-Submitted", "auto-generated")])
    return dict(file="en_hellohire_reminder_tomorrow_time_range.eml", data=eml(m),
                **invite(iso("2027-01-07 10:00", "America/Chicago"), False, "en", rec[1],
                         "Platform reminder: 'tomorrow at 10:00 AM - 10:30 AM CST' and 'On Thursday, January 7, 2027' agree; "
                         "time range -> start 10:00 CST. no-reply sender, Reply-To the recruiter.",
                         "https://help.tryhellohire.com/support/solutions/articles/66000516523-automated-interview-reminders-to-candidates "
                         "(Candidate Email - 24 hours before)",
                         "Template kept; placeholders filled; platform and company names fictionalised."))


@case
def en_recruit41_ai_interviewer_fixed_slot():
    frm = ("TalentForty Interviews", "interviews@talentforty.ai")
    rep = ("TalentForty Hiring Desk", "hiring@talentforty.ai")
    m = Msg(frm, "Your TalentForty Interview Invitation for Backend Engineer on Monday, February 1, 2027",
            local("2027-01-27 11:30", "Asia/Kolkata"),
            """Dear Nadia,

Congratulations! Following your application for the Backend Engineer, we are pleased to invite you to an interview with TalentForty.

This interview will be conducted on an AI-powered platform and will be led by the AI interviewer, Kiran.

Interview Details:

- Date: Monday, February 1, 2027
- Time: 2:00 PM IST
- Estimated Duration: Approximately 60 minutes. (Please allow for a few extra minutes in case of any technical setup.)

Crucial Preparation:

Please read the Interviewing with TalentForty Guide (https://talentforty.ai/candidate). It is essential that you read this document thoroughly before your interview.

Key Highlights from the Guide:
- Browser Requirement: You must use the official Google Chrome browser.
- Camera and Microphone: Ensure you have a working camera and microphone.
- Screen Sharing: You might be required to share your entire screen during parts of the interview, especially for coding exercises.

Best of luck!
TalentForty Hiring Team
""", reply_to=rep, html="auto")
    return dict(file="en_recruit41_ai_interviewer_fixed_slot.eml", data=eml(m),
                **invite(iso("2027-02-01 14:00", "Asia/Kolkata"), False, "en", rep[1],
                         "Scheduled, attended interview led by an AI interviewer at a fixed slot (Date: Monday, February 1, "
                         "2027 / Time: 2:00 PM IST) - an invite, unlike an asynchronous one-way video with a deadline.",
                         "GitHub recruit41/marketing docs/recruiter/email-templates.md (Email 1: Pre-Interview / Intimation Email)",
                         "Template kept (shortened highlight list); [Position]/[Date]/[Time] filled, 'IST' added as the "
                         "Indian vendor would; vendor renamed."))


@case
def en_fixture_next_tuesday_sent_on_monday():
    rec = ("Jordan Pike", "jordan.pike@ketchumlabs.com")
    m = Msg(rec, "Interview Confirmation", local("2026-12-07 09:15", "America/Los_Angeles"),
            """Hi Nadia,

Your interview has been scheduled for next Tuesday at 2 PM.

We will meet at our office, 410 Alder St, Portland. Please reply if you have any questions.

Thanks,
Jordan Pike
Ketchum Labs Recruiting
""")
    return dict(file="en_fixture_next_tuesday_sent_on_monday.eml", data=eml(m),
                **invite(None, False, "en", rec[1],
                         "'next Tuesday at 2 PM' in a mail dated Monday 7 Dec 2026: tomorrow (8 Dec) or the week after "
                         "(15 Dec) - two readings compete and nothing decides -> null (abstain, do not guess).",
                         "GitHub iannh10/email-application-tracker test_classifier.py (test_interview_scheduled fixture)",
                         "Fixture sentence kept; greeting, location and signature added; sent on a Monday on purpose."))


@case
def en_fixture_schedule_interview_share_availability():
    rec = ("Sofia Lindqvist", "sofia.lindqvist@northgrid.io")
    m = Msg(rec, "Interview Invitation - Next Steps", local("2026-11-24 11:05", "Europe/Stockholm"),
            """Hi Nadia,

We would like to schedule an interview with you for the Software Engineer position. Please let us know your availability.

Best,
Sofia Lindqvist
Talent Acquisition, Northgrid
""")
    return dict(file="en_fixture_schedule_interview_share_availability.eml", data=eml(m),
                **invite(None, False, "en", rec[1],
                         "Invitation with the time still to be agreed ('Please let us know your availability') -> null.",
                         "GitHub sthar2820/Job_Application_Tracker app/tests/test_classify.py (test_classify_interview)",
                         "Fixture subject and body kept; greeting and signature added."))


@case
def en_agency_forwards_employer_confirmation():
    agent = ("Tom Hargreaves", "tom.hargreaves@bluefinch-recruitment.co.uk")
    text = """Hi Nadia,

Great news - Ashdown have confirmed your interview, details below. Any questions or if anything changes, come straight to me rather than to Claire and I'll sort it.

Good luck!
Tom

Tom Hargreaves | Senior Consultant, Supply Chain
Bluefinch Recruitment | 020 7946 0321

From: Claire Benton <claire.benton@ashdownlogistics.co.uk>
Sent: Monday, January 11, 2027 3:12 PM
To: Tom Hargreaves <tom.hargreaves@bluefinch-recruitment.co.uk>
Subject: Interview confirmation - Supply Chain Analyst

Dear Tom,

We are writing to confirm (once again) the interview of your candidate Nadia Rahman for the position of Supply Chain Analyst with Mark Ellery scheduled for 10:30 AM on Friday, 15 January 2027, at our Milton Keynes office (Unit 4, Kiln Farm, MK11 3EF).

We look forward to meeting her!

Sincerely,
Claire Benton
HR Advisor, Ashdown Logistics
"""
    m = Msg(agent, "FW: Interview confirmation - Supply Chain Analyst", local("2027-01-11 16:40", "Europe/London"), text,
            html="auto", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return dict(file="en_agency_forwards_employer_confirmation.eml", data=eml(m),
                **invite(iso("2027-01-15 10:30", "Europe/London"), False, "en", agent[1],
                         "Agency recruiter forwards the employer's confirmation (Outlook 'From/Sent/To/Subject' block); the "
                         "time is inside the forwarded part (10:30 AM on Friday, 15 January 2027, UK); reply goes to the "
                         "agency recruiter who wrote to the owner, not to the employer.",
                         "https://prescreen.io/en/templates/email-templates-confirming-interview/ (Template for confirming an interview)",
                         "Confirmation template filled and addressed to the agency; agency cover note and Outlook forward "
                         "block written around it."))


@case
def en_friend_forwards_cafe_face_to_face_no_time():
    friend = ("Ben Ortega", "ben.ortega@gmail.com")
    text = """Hey Nadia,

Lina (she runs Morningstar) sent this to me since I gave her your CV - looks like she wants to meet you! Just reply to me or call her, whatever is easier.

Ben

---------- Forwarded message ---------
From: Lina Morrow <lina@morningstarcafe.com>
Date: Wed, Dec 2, 2026 at 4:18 PM
Subject: Morningstar Café Wants to Interview You
To: Ben Ortega <ben.ortega@gmail.com>


Dear Nadia:

Thank you for your application for the Bar Manager position at Morningstar Cafe. Your cover letter and resume show that you have terrific experience in both the bar and restaurant industry and I'd love to learn more about your background. I would like to schedule a time for us to meet for a face-to-face interview at the café.

During the interview, you will have the chance to learn more about the ins and outs of the Bar Manager position and to meet some other members of our staff. The interview should take roughly one hour.

The café is located at 1010 Jones Street in Portland. Please call me at (503) 555-0142 to set up a time that works for you.

Best,
Lina Morrow
Owner, Morningstar Café
"""
    m = Msg(friend, "Fwd: Morningstar Café Wants to Interview You", local("2026-12-02 19:05", "America/Los_Angeles"), text, html="auto")
    return dict(file="en_friend_forwards_cafe_face_to_face_no_time.eml", data=eml(m),
                **invite(None, False, "en", friend[1],
                         "A friend forwards a café owner's invitation ('I would like to schedule a time for us to meet ... "
                         "call me ... to set up a time'); the forwarded header's date (Dec 2, 4:18 PM) is not an interview "
                         "time -> null; reply_to = the friend who wrote to the owner.",
                         "https://www.mightyrecruiter.com/recruiter-templates/sample-letters-to-candidates/interview-invitation-email/",
                         "Sample kept ('Amy' -> owner); its cut-off address sentence completed; Gmail forward wrapper added."))


@case
def en_gallery_second_interview_sydney_owner_confirms():
    rec = ("Georgia Hale", "georgia.hale@saltbushlabs.com.au")
    m1 = Msg(rec, "Second Interview Invitation - UX Researcher at Saltbush Labs", local("2027-01-14 11:20", "Australia/Sydney"),
             """Hi Nadia,

Thank you again for taking the time to meet with our team. We would like to invite you to a second interview for the UX Researcher position at Saltbush Labs.

Date: Wednesday, 20 January 2027
Time: 4:00 PM AEDT
Format: Video

This round will focus on a research case study and include Lachlan Reid and Mei Tan.

Please reply to confirm your availability.

Best regards,
Georgia Hale
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2027-01-14 09:05", OWNER_TZ),
             "Dear Georgia,\n\nI am writing to confirm my attendance at the interview scheduled for Wednesday, 20 January "
             "2027 at 4:00 PM AEDT. Thank you for this opportunity; I look forward to discussing the UX Researcher position "
             "further.\n\nKind regards,\nNadia\n\n" + quote(m1, OWNER_TZ), to=[rec], html="auto")
    msgs = thread([m1, m2])
    return dict(file="en_gallery_second_interview_sydney_owner_confirms.mbox", data=mbox(msgs),
                **invite(iso("2027-01-20 16:00", "Australia/Sydney"), True, "en", rec[1],
                         "Second-round invite 'Wednesday, 20 January 2027 / 4:00 PM AEDT' (+11:00 in summer); owner replies "
                         "'I am writing to confirm my attendance' -> accepted=true.",
                         "https://interview-email-templates.pages.dev/second-interview-invitation-email-template/ ; "
                         "https://lowell.utiledesign.com/tag/interview/page/25 (candidate confirmation example)",
                         "Both templates filled (Sydney company, AEDT)."))


@case
def en_hirebee_reschedule_single_new_time():
    rec = ("Rachel Kim", "rachel.kim@quillmark.com")
    m = Msg(rec, "Rearranging the Data Engineer position interview date at Quillmark", local("2026-12-10 16:45", "America/Chicago"),
            """Dear Nadia,

I regret to inform you that the Monday, December 14, 1:00 PM CT interview we had scheduled for the Data Engineer position must be rescheduled.

Our hiring manager Luis Ferreira won't be available on that day.

Could we change the date and time to Wednesday, December 16, 3:30 PM CT? Please let me know if that works for you or if there is another time or date this week that you would prefer.

I sincerely apologize if this has caused you any inconvenience.

Rachel Kim
Technical Recruiter, Quillmark
""", html="auto")
    return dict(file="en_hirebee_reschedule_single_new_time.eml", data=eml(m),
                **invite(iso("2026-12-16 15:30", "America/Chicago"), False, "en", rec[1],
                         "Reschedule notice carrying both times: old 'Monday, December 14, 1:00 PM CT' is cancelled; the "
                         "single replacement 'Wednesday, December 16, 3:30 PM CT' is the time that now stands.",
                         "https://hirebee.ai/recruiting-email-templates/job-interview-templates/rescheduling-an-interview-with-an-applicant-email-template/",
                         "Template kept; [day and time], reason and new time filled (Chicago, CT)."))


@case
def en_seek_cancel_conflict_available_instead_auckland():
    rec = ("Aroha Ngata", "aroha.ngata@kauriport.co.nz")
    m = Msg(rec, "Change to your interview - Operations Coordinator", local("2027-01-26 15:30", "Pacific/Auckland"),
            """Dear Nadia,

Thank you for taking the time to interview for the Operations Coordinator position. Unfortunately, we need to cancel our scheduled interview for the opening that we lined up for on Thursday 28 January at 11:00am.

We are canceling this interview because of a schedule conflict with our Operations Director which just came up. Would you be available on Friday 29 January at 2:00pm instead?

I want to note that we are excited to know more about your experience and skills, so we are looking forward to speaking with you.

Kind regards,
Aroha Ngata
People & Culture, Kauri Port Logistics, Auckland
""", html="auto")
    return dict(file="en_seek_cancel_conflict_available_instead_auckland.eml", data=eml(m),
                **invite(iso("2027-01-29 14:00", "Pacific/Auckland"), False, "en", rec[1],
                         "Cancels 'Thursday 28 January at 11:00am' and proposes 'Friday 29 January at 2:00pm instead'; no zone "
                         "in the text - Auckland company and +1300 Date -> NZDT (+13:00 in January).",
                         "https://my.employer.seek.com/page/interview-cancellation-email (template, 'canceling and planning to reschedule' variant)",
                         "Template kept; dates, role and company filled for a New Zealand employer."))


# ------------------------------------------------------------------------------------------------------------
# English: not invitations
# ------------------------------------------------------------------------------------------------------------


@case
def en_non_manatal_rejection_after_interview():
    rec = ("Corinne Vale", "corinne.vale@tidewaterpartners.com")
    m = Msg(rec, "Tidewater Partners An Update on Your Application for Financial Analyst", local("2026-12-18 10:40", "America/New_York"),
            """Dear Nadia,

Thank you for applying for the Financial Analyst position at Tidewater Partners.

We have carefully reviewed your skills, qualifications, and key takeaways from your interview. Unfortunately, we have decided to move forward with another candidate for this specific role.

However, please note that we will keep your resume in our database, and will be sure to contact you if a new job opening arises that could be a better fit for you.

We wish you the best of luck with your job search and future endeavors.

Sincerely,
Corinne Vale
""", html="auto")
    return dict(file="en_non_manatal_rejection_after_interview.eml", data=eml(m),
                **non("en", "Rejection after an interview; mentions the interview, offers nothing.",
                      "https://manatal.com/hr-email-template/post-interview-rejection-email-template",
                      "Template filled (subject line kept as the template writes it)."))


@case
def en_non_backrow_rejection_offers_feedback_call():
    rec = ("Sam Whitaker", "sam@orchardlane.io")
    m = Msg(rec, "Update on your Solutions Architect interview at Orchard Lane", local("2027-01-08 17:20", "America/Denver"),
            """Hi Nadia,

Thank you again for coming in to meet the team for the Solutions Architect role. We really appreciated the time and energy you put into the day.

This decision was genuinely hard. After the team debrief, we've decided to move forward with another candidate for this specific role. That's not a reflection on your experience - you made a strong impression, and several of us spoke highly of the conversations you led.

If you'd like feedback, I'd be glad to set up a short call. Whatever you decide, thank you for the time and thought you put into this process. I hope we cross paths again.

All the best,
Sam Whitaker
""", html="auto")
    return dict(file="en_non_backrow_rejection_offers_feedback_call.eml", data=eml(m),
                **non("en", "Rejection after an onsite; the offered feedback call is not a hiring step -> not an invite.",
                      "https://backrow.app/tools/rejection-emails/after-onsite-interview",
                      "Template filled ({{role}}, {{company}}, names)."))


@case
def en_non_100hires_interview_cancelled_role_on_hold():
    rec = ("Derek Owusu", "derek.owusu@brambleworks.com")
    m = Msg(rec, "Cancelling interview for the Warehouse Supervisor position", local("2026-12-09 13:05", "America/New_York"),
            """Dear Nadia,

I'd like to inform you that, unfortunately, we need to cancel our interview for the Warehouse Supervisor position that we had arranged for Friday, December 11 at 10:00 AM.

Our hiring plans have changed and we decided to put this position on hold for at least three months, so we won't be conducting any interviews at this time. However, as we were very impressed with your qualifications, we'd like to reach out again once the role is open and schedule a new appointment, if you're still available to meet. In the meantime, I'll keep you posted on any updates about this or similar roles.

Thank you, again, for taking the time to apply at Bramble Works and please accept my sincerest apologies for any inconvenience.

Regards,
Derek Owusu
Talent Acquisition Lead
""", html="auto")
    return dict(file="en_non_100hires_interview_cancelled_role_on_hold.eml", data=eml(m),
                **non("en", "Cancels the Fri 11 Dec 10:00 interview; role on hold, no new slot -> not an invite "
                            "(the quoted time must not be stated).",
                      "https://100hires.com/cancel-interview-email.html (Template 1)",
                      "Template 1 kept; placeholders filled."))


@case
def en_non_hirevue_one_way_video_deadline():
    frm = ("Fernbrook Bank Early Careers", "earlycareers-noreply@fernbrookbank.com")
    m = Msg(frm, "Next Steps: Complete your HireVue", local("2026-12-02 08:00", "America/New_York"),
            """Hi Nadia,

Thank you for your interest in the 2027 Analyst Program at Fernbrook Bank.

As a next step, please complete your HireVue video interview at your earliest convenience. It is an on-demand interview: you record your answers to five questions whenever it suits you.

Please complete your interview by Sunday, December 13, 2026 at 11:59 PM Eastern Time. The link expires after this deadline.

Start your interview: https://app.hirevue.com/invite/fernbrook-2027-analyst/9f1c7e

Good luck!
Fernbrook Bank Early Careers
""", html="auto")
    return dict(file="en_non_hirevue_one_way_video_deadline.eml", data=eml(m),
                **non("en", "Asynchronous one-way video interview with only a completion deadline (Dec 13, 11:59 PM ET) "
                            "-> not an invite; the deadline is not an interview time.",
                      "GitHub iannh10/email-application-tracker test_classifier.py (test_complete_your_hirevue) ; "
                      "https://hirevuesupport.zendesk.com/hc/sv/articles/360028139832 (exact deadline with time zone in the invitation)",
                      "Fixture sentence kept; deadline line written as the HireVue help page describes it."))


@case
def en_non_coding_challenge_within_seven_days():
    rec = ("Vantage Robotics Recruiting", "recruiting@vantagerobotics.com")
    m = Msg(rec, "Coding Challenge", local("2026-11-30 12:00", "America/Los_Angeles"),
            """Hi Nadia,

You have been selected for a coding challenge. Please complete it within 7 days.

Your personal link: https://www.hackerrank.com/test/vr-swe-2027/7d2a91

The challenge takes about 90 minutes once started. We'll be in touch after we review your submission.

Vantage Robotics Recruiting
""")
    return dict(file="en_non_coding_challenge_within_seven_days.eml", data=eml(m),
                **non("en", "Take-home coding challenge with only a 7-day window -> not an invite (asynchronous test).",
                      "GitHub iannh10/email-application-tracker test_classifier.py (test_selected_for_coding_challenge)",
                      "Fixture sentences kept; link and closing added."))


@case
def en_non_application_received_process_may_include_interviews():
    frm = ("Cobaltline Careers", "noreply@cobaltline.com")
    m = Msg(frm, "Thank you for your application", local("2026-11-20 09:14", "America/New_York"),
            """Hi Nadia,

We have received your application. Our process may include an online assessment and interviews.

We will review your profile and contact you if your experience matches the requirements of the role.

Cobaltline Careers
""", html="auto")
    return dict(file="en_non_application_received_process_may_include_interviews.eml", data=eml(m),
                **non("en", "Application receipt whose boilerplate mentions interviews -> not an invite.",
                      "GitHub iannh10/email-application-tracker test_classifier.py (test_application_confirmation_mentioning_assessment)",
                      "Fixture subject and body kept; closing sentence added."))


@case
def en_non_status_under_review_will_contact():
    frm = ("Mapleford Recruiting", "jobs@mapleford.com")
    m = Msg(frm, "Application Status Update", local("2026-12-03 15:30", "America/Chicago"),
            """Hello Nadia,

Your application is currently under review by our hiring team. We will contact you with next steps.

Thank you for your patience,
Mapleford Recruiting
""")
    return dict(file="en_non_status_under_review_will_contact.eml", data=eml(m),
                **non("en", "Status update ('under review ... will contact you with next steps') -> not an invite.",
                      "GitHub sthar2820/Job_Application_Tracker app/tests/test_classify.py (test_classify_update)",
                      "Fixture subject and body kept."))


@case
def en_non_newsletter_quotes_sample_invitation_letter():
    frm = ("Best Examples Weekly", "newsletter@bestexamples-weekly.net")
    text = """BEST EXAMPLES WEEKLY - Careers edition

Job Interview Invitation Letter (Template & Examples)

An interview letter also referred to as a call letter is written by an employer to invite a candidate for a face-to-face interview at a place of choice for the employer — in most cases it is at the company/ business offices. The letter is a formal invitation to an interview.

What to include in the interview invitation letter
  • The position. In the letter, you should indicate the position you've invited the candidate for an interview.
  • Time, date and location. The interview letter should also have clear instructions on the venue of the interview, date and time.
  • Names of interviewers.
  • Requirements.
  • Contact details.

Interview letter / email (with specific date and time)

    Subject: Invitation to interview

    Dear Mike,

    I thank you for applying for the position of a marketing assistant with Safeway Technologies in Los Angeles, LA.

    In his regard, you are invited to an interview at our main office. The interview is scheduled for January 14, 2027, at 10.00 a.m. at 342 Gorge Lane, Los Angeles, LA 80911.

    Please contact me at (217) 650-6776 or email should you need further details regarding the interview.

    Able Smith

Read the full guide: https://www.bestexamples.net/job-interview-invitation-letter-template/

You are receiving this because you subscribed to Best Examples Weekly.
Unsubscribe: https://bestexamples-weekly.net/u/7f3a9c
"""
    m = Msg(frm, "Job Interview Invitation Letter (Template & Examples)", local("2026-12-05 06:00", "America/New_York"),
            text, html="auto",
            extra=NEWS_HEADERS("<weekly.bestexamples-weekly.net>", "<https://bestexamples-weekly.net/u/7f3a9c>, <mailto:unsubscribe@bestexamples-weekly.net>"))
    return dict(file="en_non_newsletter_quotes_sample_invitation_letter.eml", data=eml(m),
                **non("en", "Newsletter (List-Id, List-Unsubscribe, Precedence: bulk) quoting a sample invitation letter "
                            "with a future date (January 14, 2027, 10.00 a.m.) addressed to 'Mike' -> not an invite.",
                      "https://www.bestexamples.net/job-interview-invitation-letter-template/",
                      "Article text kept; newsletter frame added; the sample's March 4, 2019 moved to January 14, 2027."))


@case
def en_non_newsletter_indeed_second_interview_guide():
    frm = ("Indeed Career Guide", "careerguide@newsletter.indeed-digest.example")
    text = """A Guide to Writing a Second Interview Invitation Email
By Indeed Editorial Team

Written communication is an important part of the hiring process. It's crucial for HR professionals and others who are responsible for recruitment to be able to effectively communicate with candidates throughout their application. Knowing how to write an invitation email for a second interview can be useful if you work in HR or are responsible for hiring new recruits for your organisation.

What is a second interview invitation email?
A second interview invitation email notifies candidates they've progressed to the next stage of the application process and invites them to a second interview. In addition, it informs candidates of the purpose of the second interview and what they can expect from it. Details regarding the date, time and format of the interview are typically included in these types of emails.

How to write an invitation email for a second interview
1. Write the email subject line
A clear and concise email subject line lets the candidate know that they've progressed to the next stage of the application process.

Read more: https://hk.indeed.com/career-advice/interviewing/second-interview-invitation-email

Manage your email preferences: https://hk.indeed.com/preferences
"""
    m = Msg(frm, "This week: how to invite a candidate to a second interview", local("2026-11-26 07:30", "Asia/Hong_Kong"),
            text, html="auto",
            extra=NEWS_HEADERS("Indeed Career Guide <careerguide.list.indeed-digest.example>",
                               "<https://hk.indeed.com/preferences?unsub=1>"))
    return dict(file="en_non_newsletter_indeed_second_interview_guide.eml", data=eml(m),
                **non("en", "Career-advice newsletter about second-interview invitation emails; bulk headers -> not an invite.",
                      "https://hk.indeed.com/career-advice/interviewing/second-interview-invitation-email",
                      "Article opening kept; newsletter frame and headers added."))


@case
def en_non_blog_digest_calendly_invitation_email():
    frm = ("Calendly Blog", "blog@calendly-digest.example")
    text = """How to write an interview invitation email [with email templates]
Timree Best

On the surface, inviting a candidate to an interview seems easy. Just write a snappy email subject line, suggest a reasonable time to chat over Zoom, and send a link, right?

Not if you want to find the best people for the role.

Understanding how to write an effective interview invitation email can make all the difference in whether a candidate accepts a job offer. Here's what you need to know to make your invites more engaging.

Read the post: https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview

You're receiving this digest because you subscribed to Calendly blog updates. Unsubscribe: https://calendly-digest.example/unsubscribe
"""
    m = Msg(frm, "New on the blog: How to write an interview invitation email", local("2026-12-10 12:00", "America/New_York"),
            text, html="auto", extra=NEWS_HEADERS("<blog-digest.calendly-digest.example>", "<https://calendly-digest.example/unsubscribe>"))
    return dict(file="en_non_blog_digest_calendly_invitation_email.eml", data=eml(m),
                **non("en", "Blog digest about writing interview invitations -> not an invite.",
                      "https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview",
                      "Post opening kept; digest frame added."))


@case
def en_non_booking_notice_owner_is_host():
    frm = ("Calendly", "notifications@calendly.com")
    m = Msg(frm, "New Event: Samuel Park - 11:00am Wed, Dec 16, 2026 - 30 Minute Interview", local("2026-12-08 21:14", OWNER_TZ),
            """Hi Nadia Rahman,

A new event has been scheduled.

Event Type:
30 Minute Interview

Invitee:
Samuel Park

Invitee Email:
samuel.park@outlook.com

Event Date/Time:
11:00am - Wednesday, December 16, 2026 (Western Indonesia Time)

Location:
This is a Google Meet web conference. https://meet.google.com/hsa-pqvm-zti

Questions:
Role you are applying for: Data Analyst (Kinara Retail)

View event in Calendly: https://calendly.com/scheduled_events/8a1e4f

Sent from Calendly
""", html="auto")
    return dict(file="en_non_booking_notice_owner_is_host.eml", data=eml(m),
                **non("en", "Scheduling-tool notice that a CANDIDATE booked the owner's interview slot (owner is the "
                            "interviewer/host) -> not an invite, despite a concrete date and time.",
                      "https://developer.calendly.com/docs/api-guides/trigger-automations-with-other-apps-when-invitees-schedule-or-cancel-events.md "
                      "(invitee.created: an invitee books the host's event); field layout as in Calendly's host notification",
                      "Host notification rendered with the documented fields (event type, invitee, time, location, questions)."))


@case
def en_non_hirevue_interviewer_calendar_invite():
    frm = ("Tamsin Greer", "tamsin.greer@kinararetail.com")
    ics = """BEGIN:VCALENDAR
PRODID:-//HireVue//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hv-live-6618273@kinararetail.com
DTSTAMP:20261209T020000Z
DTSTART:20261217T030000Z
DTEND:20261217T040000Z
SUMMARY:Live Video Interview - Daniel Osei (Data Analyst) - Panel
ORGANIZER;CN=Tamsin Greer:mailto:tamsin.greer@kinararetail.com
ATTENDEE;CN=Nadia Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nadia.rahman@gmail.com
ATTENDEE;CN=Daniel Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniel.osei@gmail.com
DESCRIPTION:You are scheduled to interview candidate Daniel Osei for the Data Analyst role. Scorecard: https://kinararetail.hirevue.com/scorecards/6618273
LOCATION:HireVue Live Video
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    m = Msg(frm, "Invitation: Live Video Interview - Daniel Osei (Data Analyst) - Panel @ Thu Dec 17, 2026 10am - 11am (WIB)",
            local("2026-12-09 09:00", OWNER_TZ),
            """Hi Nadia,

Thank you for joining the interview panel. You are scheduled to interview candidate Daniel Osei for the Data Analyst role.

When: Thursday, December 17, 2026, 10:00 - 11:00 (WIB)
Where: HireVue Live Video (join from the calendar invitation)
Panel: Nadia Rahman (Hiring Manager), Tamsin Greer (Recruiter)

Please complete the scorecard within 24 hours of the interview:
https://kinararetail.hirevue.com/scorecards/6618273

Thanks,
Tamsin
""", ics=ics)
    return dict(file="en_non_hirevue_interviewer_calendar_invite.eml", data=eml(m),
                **non("en", "Calendar REQUEST (text/calendar) naming the owner as hiring manager on the panel interviewing "
                            "candidate Daniel Osei -> the owner conducts the interview, not an invite.",
                      "https://hirevuehelpcenter.zendesk.com/hc/en-us/articles/45490785304852-Schedule-Interview-Page "
                      "('HireVue emails a calendar invitation to both the candidate and the interviewers')",
                      "Interviewer-side invitation written from the documented behaviour; ICS added."))


@case
def en_non_own_tracker_reminder():
    frm = ("Jobtrail", "reminders@jobtrail.app")
    m = Msg(frm, "Reminder: Interview with Harborline Analytics - Thu, Dec 10, 11:00 AM ET", local("2026-12-09 20:00", OWNER_TZ),
            """Hi Nadia,

You asked us to remind you about this tracked job:

Product Analyst - Harborline Analytics
Stage: Interviewing
Reminder: Interview - Thu, Dec 10, 11:00 AM ET
Notes: prepare metrics case; ask about team size

Open your board: https://app.jobtrail.app/board
Snooze or edit this reminder: https://app.jobtrail.app/reminders/18832

You are receiving this because reminders are on for your Jobtrail account.
""", html="auto", extra=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://app.jobtrail.app/settings/email>")])
    return dict(file="en_non_own_tracker_reminder.eml", data=eml(m),
                **non("en", "Reminder from the owner's own job-tracking app about an interview she entered; nobody there to "
                            "decline to -> not an invite.",
                      "https://glama.ai/mcp/connectors/io.github.foundrole/jobs-mcp-proxy/tools/reminder_list (tracked jobs "
                      "with reminders); https://github.com/gageb3/JobSeekers/wiki/Product-Overview (Huntr/Teal follow-up reminders)",
                      "Reminder mail written from the documented tracker features (tracked job, stage, reminder time)."))


# ------------------------------------------------------------------------------------------------------------
# Bahasa Indonesia: invitations
# ------------------------------------------------------------------------------------------------------------


@case
def id_sms_psikotes_sabtu_huruf_kecil():
    rec = ("Rekrutmen PT Inforia Media", "rekrutmen@inforiamedia.co.id")
    m = Msg(rec, "Panggilan Tahap Seleksi Berikutnya - Agent Call Center", local("2026-12-11 11:39", "Asia/Jakarta"),
            """Selamat siang.. kami dari PT Inforia Media mengundang anda untuk mengikuti tahap seleksi berikutnya sebagai agent call center maskapai yakni psikotes. Pada hari sabtu, 12 desember 2026. Pukul 09.00 di gedung inforia jalan Malabar 37.

Terima kasih.
Tim Rekrutmen PT Inforia Media - Bandung
""")
    return dict(file="id_sms_psikotes_sabtu_huruf_kecil.eml", data=eml(m),
                **invite(iso("2026-12-12 09:00", "Asia/Jakarta"), False, "id", rec[1],
                         "Real invitation text (received by SMS, quoted in a blog): psikotes 'Pada hari sabtu, 12 desember "
                         "2026. Pukul 09.00' in lower case, no zone written - Bandung office and +0700 Date -> WIB. A psikotes "
                         "at a venue is an invite.",
                         "http://xiaochaomei.blogspot.com/2013/09/sms-yang-tak-pernah-disangka.html",
                         "SMS wording kept (lower case, '..' punctuation); company and airline fictionalised; sent one day "
                         "before as in the source; 14 Sept 2013 -> 12 Dec 2026 (both Saturdays)."))


@case
def id_sms_tes_tertulis_wawancara_hotel_wita():
    rec = ("Panitia Rekrutmen", "panitia.rekrutmen.sulteng@gmail.com")
    m = Msg(rec, "SELAMAT - Lolos Seleksi Administrasi", local("2026-12-18 13:20", "Asia/Makassar"),
            """SELAMAT anda lolos seleksi administrasi. Dan anda berhak melangkah ke tahap tes selanjutnya. Test tertulis dan wawancara akan diadakan di Hotel Graha Asri pada tanggal 23 Desember 2026 pukul: 09.00 WITA. Diharapkan untuk memakai pakaian rapi dan sopan serta membawa alat tulis

Panitia Rekrutmen
""")
    return dict(file="id_sms_tes_tertulis_wawancara_hotel_wita.eml", data=eml(m),
                **invite(iso("2026-12-23 09:00", "Asia/Makassar"), False, "id", rec[1],
                         "Written test and interview at a hotel 'pada tanggal 23 Desember 2026 pukul: 09.00 WITA' (+08:00). "
                         "(The blogger later found the sender fraudulent; the mail itself is an invitation in form.)",
                         "https://samaratulqalbi.blogspot.com/2015/04/waspada-penipuan-dengan-modus-panggilan.html",
                         "Message text kept verbatim; 23 April 2015 -> 23 Desember 2026; sent as e-mail from a free-mail address."))


@case
def id_email_tes_jakarta_jumat_travel():
    rec = ("HRD PT Cakra Tembakau Nusantara", "rekrutmen.cakratembakau@gmail.com")
    m = Msg(rec, "Undangan Tes Seleksi Karyawan - PT Cakra Tembakau Nusantara", local("2026-12-10 07:40", "Asia/Jakarta"),
            """Kepada Yth. Sdri. Nadia Rahman

Dengan hormat,
Berdasarkan hasil seleksi berkas, Saudari dinyatakan lolos ke tahap berikutnya. Tes dilaksanakan di Jakarta pada hari jumat tanggal 11 Desember 2026 jam 09.00 WIB.

Perusahaan bekerjasama dengan Berkah Abadi Tour & Travel untuk transportasi dan penginapan peserta. Untuk pemesanan tiket silakan menghubungi contact person yang tercantum pada lampiran.

Hormat kami,
HRD PT Cakra Tembakau Nusantara
""", attachment=("Undangan_Tes_Seleksi.txt", "text/plain",
                 "UNDANGAN TES SELEKSI\nHari/Tanggal : Jumat, 11 Desember 2026\nJam : 09.00 WIB\nTempat : Jakarta\n"
                 "Contact person travel: 0812-5550-1177\n".encode()))
    return dict(file="id_email_tes_jakarta_jumat_travel.eml", data=eml(m),
                **invite(iso("2026-12-11 09:00", "Asia/Jakarta"), False, "id", rec[1],
                         "Selection test 'di Jakarta pada hari jumat tanggal 11 Desember 2026 jam 09.00 WIB' (weekday agrees), "
                         "sent the day before with a travel-agent attachment (the blogger's case turned out fraudulent).",
                         "https://kick-japra.blogspot.com/2016 (blog post quoting the e-mail invitation he received)",
                         "The quoted sentences kept; greeting and signature written around them; company fictionalised; "
                         "Jumat 11 November 2016 -> Jumat 11 Desember 2026."))


KEMNAKER_TABLE = """Tanggal            Batch  WIB          WITA         WIT
Senin, 18 Januari 2027   1   07.30-09.00  08.30-10.00  09.30-11.00
                         2   10.30-12.00  11.30-13.00  12.30-14.30
                         3   13.00-14.30  14.00-15.30  15.00-16.30
Selasa, 19 Januari 2027  4   07.30-09.00  08.30-10.00  09.30-11.00
                         5   10.30-12.00  11.30-13.00  12.30-14.30
                         6   13.00-14.30  14.00-15.30  15.00-16.30"""

KEMNAKER_RULES = """Ketentuan Psychotest Online
- Tes hanya dapat dilakukan dan sah pada jadwal yang sudah ditetapkan.
- Setiap peserta akan mendapatkan username dan password (DIINFORMASIKAN DI GRUP) dan melakukan tes sebanyak 1 kali.
- Peserta wajib mengakses media ZOOM dan mengganti nama dengan format: Nama lengkap_Kab/Kota Asal. Passcode: 123456.
- 15 menit sebelum dimulai, peserta sudah mengakses media Zoom.
- Seluruh peserta harus ON Camera, mic dalam keadaan mati.
- Waktu ujian tidak dapat diperpanjang. Ketika waktu berakhir, sistem akan menon-aktifkan tombol "KIRIM".
- Disarankan dan diutamakan menggunakan laptop/komputer."""


@case
def id_psikotes_online_batch_tabel_multizona():
    rec = ("Tim Rekrutmen PT Arunika Daya Mandiri", "rekrutmen@arunikadaya.co.id")
    pic = ("Melati Kusuma", "melati.kusuma@arunikadaya.co.id")
    m = Msg(rec, "Jadwal Psikotes Online - Rekrutmen Staf Operasional 2027", local("2027-01-12 16:05", "Asia/Jakarta"),
            f"""Yth. Peserta Seleksi
Sdri. Nadia Rahman (No. Peserta OPS-27-0418)

Selamat, Anda dinyatakan lolos seleksi administrasi dan berhak mengikuti Psikotes Online.

Anda terjadwal pada BATCH 5.

Waktu Ujian Psychotest Online:
{KEMNAKER_TABLE}

{KEMNAKER_RULES}

Alur: Peserta login ke https://psikotesdaring.id/ menggunakan user ID Nama_Lengkap; password diberikan pada saat pelaksanaan ujian.
Kendala teknis pada saat ujian disampaikan melalui WhatsApp grup masing-masing batch.

Salam,
Tim Rekrutmen PT Arunika Daya Mandiri
""", reply_to=pic)
    return dict(file="id_psikotes_online_batch_tabel_multizona.eml", data=eml(m),
                **invite(iso("2027-01-19 10:30", "Asia/Jakarta"), False, "id", pic[1],
                         "Proctored online psikotes (Zoom, camera on) - an invite. The owner is assigned 'BATCH 5'; the table "
                         "gives batch 5 on Selasa 19 Januari 2027 as 10.30-12.00 WIB / 11.30-13.00 WITA / 12.30-14.30 WIT "
                         "-> one instant, 10:30 WIB. Other batches and the '15 menit sebelum' rule are not the start.",
                         "https://id.scribd.com/document/529052597/Rev-3-Alur-Dan-Ketentuan-Peserta-Psikotest-Kemnaker-Baru-dikonversi-2",
                         "Schedule table and rules kept (incl. the source's 12.30-14.30 WIT typo); 18-19 Juli 2021 -> "
                         "18-19 Januari 2027 (Monday-Tuesday); recruiter and company fictionalised."))


@case
def id_psikotes_online_pilih_batch_tenggat():
    rec = ("Tim Rekrutmen PT Arunika Daya Mandiri", "rekrutmen@arunikadaya.co.id")
    pic = ("Melati Kusuma", "melati.kusuma@arunikadaya.co.id")
    m = Msg(rec, "Pemilihan Jadwal Psikotes Online - Rekrutmen Staf Operasional 2027", local("2027-01-08 10:15", "Asia/Jakarta"),
            f"""Yth. Peserta Seleksi
Sdri. Nadia Rahman (No. Peserta OPS-27-0418)

Selamat, Anda dinyatakan lolos seleksi administrasi dan berhak mengikuti Psikotes Online.

Silakan memilih salah satu batch di bawah ini melalui formulir https://forms.gle/arunika-psikotes-batch paling lambat Selasa, 12 Januari 2027 pukul 17.00 WIB. Batch yang penuh akan ditutup otomatis.

Waktu Ujian Psychotest Online:
{KEMNAKER_TABLE}

{KEMNAKER_RULES}

Salam,
Tim Rekrutmen PT Arunika Daya Mandiri
""", reply_to=pic)
    return dict(file="id_psikotes_online_pilih_batch_tenggat.eml", data=eml(m),
                **invite(None, False, "id", pic[1],
                         "Psikotes invite where the owner must pick one of six batches by a form (deadline 'Selasa, 12 "
                         "Januari 2027 pukul 17.00 WIB' is a deadline, not the test) -> no time fixed -> null.",
                         "https://id.scribd.com/document/529052597/Rev-3-Alur-Dan-Ketentuan-Peserta-Psikotest-Kemnaker-Baru-dikonversi-2",
                         "Same schedule table and rules; the pick-a-batch instruction written for this variant."))


@case
def id_asesmen_psikologi_online_linimasa():
    rec = ("Panitia Seleksi Guru SIT Cahaya Ilmu", "seleksi@sitcahayailmu.sch.id")
    m = Msg(rec, "Manual Guide Peserta - Asesmen Psikologi Online Seleksi Guru", local("2027-01-13 19:30", "Asia/Jakarta"),
            """Assalamu'alaikum Wr. Wb.

Yth. Ibu Nadia Rahman,
Peserta Seleksi Guru SIT Cahaya Ilmu

Psychometrics Online Assessment adalah proses untuk menemukan gambaran potensi terhadap individu. Proses ini akan dilaksanakan secara online, sehingga ada beberapa hal yang perlu disiapkan dan dipahami oleh para peserta sebelum melakukan asesmen psikologi online.

TIMELINE PENGERJAAN

15 Januari 2027 - 16 Januari 2027
Pengisian Lembar Riwayat Hidup (RH). Pengisian WAJIB dilakukan MAKSIMAL H-1 pelaksanaan asesmen online: https://bit.ly/RH-CahayaIlmu

17 Januari 2027 - Pengerjaan tes
08.45  Peserta sudah Join di Room Zoom
09.00  Pemberian instruksi pengetesan oleh tester. Peserta menerima email tes melalui email yang sudah terdaftar.
09.10  Peserta dapat mengerjakan tes pada pukul 09.10. Waktu yang dibutuhkan untuk menyelesaikan tes kurang lebih 2-3 jam.

10 Januari - Kendala penerimaan email
09.30  Jika hingga pukul 09.30 peserta belum mendapatkan email, silahkan hubungi tester yang ada di ruangan zoom.

Prosedur Zoom: format penamaan (Ruang Tes_Nama Lengkap), kamera menyala selama tes.

Wassalamu'alaikum Wr. Wb.
Panitia Seleksi Guru SIT Cahaya Ilmu
""")
    return dict(file="id_asesmen_psikologi_online_linimasa.eml", data=eml(m),
                **invite(iso("2027-01-17 08:45", "Asia/Jakarta"), False, "id", rec[1],
                         "Proctored online psychological assessment with a timeline: RH form 15-16 Jan (a deadline), test day "
                         "17 Jan: 08.45 join Zoom, 09.00 instructions, 09.10 start. The first agenda time of the attended "
                         "session (08.45 WIB) is the start; the source's stray '10 Januari' line is a typo, not a date to use.",
                         "https://id.scribd.com/document/719344142/Manual-Guide-Peserta-SIT-Nurul-Fikri",
                         "Timeline wording kept incl. the '10 Oktober' typo (-> '10 Januari'); 15-17 Oktober 2021 -> "
                         "15-17 Januari 2027 (17th a Sunday in both); school renamed."))


@case
def id_thread_konfirmasi_kehadiran_pemilik():
    rec = ("Dewi Anggraini", "dewi.anggraini@sehatsentosa.co.id")
    m1 = Msg(rec, "Undangan Interview Posisi Staf Administrasi", local("2026-12-02 13:15", "Asia/Jakarta"),
             """Selamat siang Ibu Nadia Rahman,

Terima kasih atas lamaran Ibu untuk posisi Staf Administrasi di PT Sehat Sentosa Bahagia. Kami mengundang Ibu untuk mengikuti interview dengan detail berikut:

Hari/Tanggal : Senin, 7 Desember 2026
Waktu        : 10.00 WIB (perkiraan durasi 45 menit)
Lokasi       : Kantor PT Sehat Sentosa Bahagia, Jl. Tebet Raya No. 41, Jakarta Selatan
Pewawancara  : Ibu Ratna Wulandari (HR Manager)

Mohon konfirmasi kehadiran dengan membalas email ini.

Salam,
Dewi Anggraini
HR Officer - PT Sehat Sentosa Bahagia
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-02 15:02", OWNER_TZ),
             "Selamat siang Ibu Dewi,\n\nTerima kasih atas kesempatan wawancara yang diberikan. Saya merasa sangat antusias "
             "untuk mengikuti proses seleksi ini.\n\nSaya mengonfirmasi kehadiran pada wawancara yang dijadwalkan hari Senin, "
             "7 Desember 2026, pukul 10.00 WIB, di kantor PT Sehat Sentosa Bahagia. Mohon informasikan apabila ada dokumen "
             "tambahan yang perlu saya bawa.\n\nHormat saya,\nNadia Rahman\n\n" + quote(m1, OWNER_TZ, "id"),
             to=[rec], html="auto")
    msgs = thread([m1, m2])
    return dict(file="id_thread_konfirmasi_kehadiran_pemilik.mbox", data=mbox(msgs),
                **invite(iso("2026-12-07 10:00", "Asia/Jakarta"), True, "id", rec[1],
                         "Invite 'Senin, 7 Desember 2026 / 10.00 WIB'; owner replies 'Saya mengonfirmasi kehadiran pada "
                         "wawancara yang dijadwalkan ...' -> accepted=true.",
                         "https://www.bloombergtechnoz.com/detail-news/84132/cara-menjawab-panggilan-interview-dan-contohnya/2 "
                         "(owner's reply) ; https://dealls.com/pengembangan-karir/cara-balas-undangan-interview (subject "
                         "'Undangan Interview Posisi [Nama Posisi]' and the elements of an invitation)",
                         "Article's example reply kept (date moved from Senin, 5 Agustus 2025 to Senin, 7 Desember 2026); "
                         "the HR invitation written with the elements Dealls lists."))


@case
def id_thread_minta_jadwal_ulang_hr_setuju_baik_hadir():
    rec = ("Rizky Pratama", "rizky.pratama@kopinusa.id")
    m1 = Msg(rec, "Undangan Interview User - Digital Marketing Specialist", local("2026-12-07 09:00", "Asia/Jakarta"),
             """Selamat pagi Ibu Nadia,

Menindaklanjuti interview HR minggu lalu, kami mengundang Ibu untuk interview user bersama Head of Marketing:

Hari/Tanggal : Kamis, 10 Desember 2026
Pukul        : 13.00 WIB
Media        : Google Meet - https://meet.google.com/kpn-uxwt-dme

Mohon konfirmasi kehadirannya.

Terima kasih,
Rizky Pratama
Talent Acquisition - Kopi Nusa
""", html="auto")
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-07 10:30", OWNER_TZ),
             "Selamat pagi Bapak Rizky,\n\nTerima kasih atas undangannya. Saya menantikan untuk mengikuti proses seleksi ini. "
             "Akan tetapi, saya memiliki komitmen yang tidak dapat ditinggalkan pada jadwal yang ditentukan.\n\nApabila "
             "memungkinkan dengan jadwal Bapak/Ibu, saya berharap dapat mengikuti interview di waktu alternatif, misalnya "
             "Jumat, 11 Desember atau Senin, 14 Desember 2026.\n\nHormat saya,\nNadia Rahman\n\n" + quote(m1, OWNER_TZ, "id"),
             to=[rec], html="auto")
    m3 = Msg(rec, "Re: " + m1.subject, local("2026-12-07 14:10", "Asia/Jakarta"),
             "Baik, Ibu Nadia.\n\nJadwal interview Ibu kami ubah menjadi Senin, 14 Desember 2026 pukul 10.00 WIB, melalui "
             "link Google Meet yang sama. Mohon konfirmasi kembali.\n\nTerima kasih,\nRizky\n\n" + quote(m2, "Asia/Jakarta", "id"),
             html="auto")
    m4 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-07 14:45", OWNER_TZ),
             "Baik, saya akan hadir. Terima kasih, Pak Rizky.\n\nSalam,\nNadia\n\n" + quote(m3, OWNER_TZ, "id"),
             to=[rec], html="auto")
    msgs = thread([m1, m2, m3, m4])
    return dict(file="id_thread_minta_jadwal_ulang_hr_setuju_baik_hadir.mbox", data=mbox(msgs),
                **invite(iso("2026-12-14 10:00", "Asia/Jakarta"), True, "id", rec[1],
                         "Thread: invite Kamis 10 Des 13.00 WIB; owner asks for another time (offering two days); HR moves "
                         "it to 'Senin, 14 Desember 2026 pukul 10.00 WIB'; owner: 'Baik, saya akan hadir' -> latest time, "
                         "accepted=true (the quoted text still holds the old time and the owner's alternatives).",
                         "https://malang.disway.id//read/4789/apakah-boleh-minta-reschedule-interview-kerja-boleh-tapi-lakukan-hal-ini-ya "
                         "(owner's request wording) ; https://blog.talentgrowth.id/?p=135 (confirm the new schedule again)",
                         "Article's example sentences used for the owner's request; HR messages written for the thread."))


@case
def id_thread_minta_jadwal_ulang_belum_dijawab():
    frm = ("HRD PT Lintas Kargo Nusantara", "hrd@lintaskargo.co.id")
    yul = ("Yuliani", "yuliani@lintaskargo.co.id")
    m1 = Msg(frm, "Undangan Psikotes & Interview - Staff Gudang", local("2026-12-11 16:00", "Asia/Jakarta"),
             """Kepada Yth.
Sdri. Nadia Rahman

Dengan hormat,
Sehubungan dengan lamaran Saudari untuk posisi Staff Gudang, kami mengundang Saudari untuk mengikuti psikotes dan interview pada:

Hari/Tanggal : Rabu, 16 Desember 2026
Pukul        : 08.30 WIB s/d selesai
Tempat       : Kantor PT Lintas Kargo Nusantara, Kawasan Industri Jababeka Blok C-7, Cikarang

Harap membawa alat tulis, CV dan fotokopi KTP.

Hormat kami,
Yuliani
HRD PT Lintas Kargo Nusantara
""", reply_to=yul)
    m2 = Msg(OWNER, "Re: " + m1.subject, local("2026-12-12 08:20", OWNER_TZ),
             "Dengan hormat, Ibu Yuliani,\n\nSaya Nadia Rahman mohon maaf sebesar-besarnya karena dengan berat hati saya "
             "harus mengajukan permohonan untuk reschedule jadwal interview yang telah ditetapkan pada Rabu, 16 Desember 2026 "
             "pukul 08.30 WIB. Saya sangat menyesal atas ketidaknyamanan yang mungkin timbul akibat hal ini.\n\nPada tanggal "
             "tersebut saya harus mendampingi orang tua yang menjalani operasi. Apabila berkenan, saya dapat hadir pada Kamis, "
             "17 Desember atau Jumat, 18 Desember 2026.\n\nAtas perhatian Ibu, saya ucapkan terima kasih.\n\nHormat saya,\n"
             "Nadia Rahman\n\n" + quote(m1, OWNER_TZ, "id"), to=[yul])
    msgs = thread([m1, m2])
    return dict(file="id_thread_minta_jadwal_ulang_belum_dijawab.mbox", data=mbox(msgs),
                **invite(iso("2026-12-16 08:30", "Asia/Jakarta"), False, "id", yul[1],
                         "Psikotes & interview 'Rabu, 16 Desember 2026 / 08.30 WIB s/d selesai'; the owner asked to "
                         "reschedule (offering 17 or 18 Dec) and HR has not answered: the scheduled time still stands, the "
                         "owner's proposals are not a new time; accepted=false. reply_to = HR's Reply-To.",
                         "https://www.pasarloker.web.id/2025/05/cara-meminta-reschedule-interview-dengan-profesional.html "
                         "(owner's reschedule-request example)",
                         "Article example kept for the owner's mail (placeholders filled); HR letter written in the usual "
                         "'Hari/Tanggal / Pukul / Tempat' form."))


@case
def id_perubahan_jadwal_sebelumnya_baru():
    rec = ("Tim Rekrutmen Bank Arta Mulia", "rekrutmen@artamulia.co.id")
    pic = ("Fransiska Lie", "fransiska.lie@artamulia.co.id")
    text = """Yth. Ibu Nadia Rahman,

Terima kasih telah meluangkan waktu untuk proses seleksi posisi Customer Service Officer. Mohon maaf, kami perlu membatalkan jadwal interview yang telah kami atur karena adanya bentrokan jadwal dengan Kepala Divisi Layanan Nasabah yang baru saja muncul.

Berikut perubahan jadwal interview Ibu:

Jadwal Sebelumnya : Selasa, 05 Januari 2027, pukul 13.00 WIB
Jadwal Baru       : Kamis, 07 Januari 2027, pukul 09.30 WIB
Tempat            : Kantor Wilayah Bank Arta Mulia, Jl. Basuki Rahmat No. 88, Surabaya (lantai 6)

Kami sangat antusias untuk mengenal pengalaman dan keahlian Ibu lebih jauh. Mohon konfirmasi kehadiran dengan membalas email ini.

Salam hangat,
Fransiska Lie
Tim Rekrutmen Bank Arta Mulia
"""
    m = Msg(rec, "Perubahan Jadwal Interview - Customer Service Officer", local("2027-01-02 10:20", "Asia/Jakarta"), text,
            reply_to=pic, html="auto")
    return dict(file="id_perubahan_jadwal_sebelumnya_baru.eml", data=eml(m),
                **invite(iso("2027-01-07 09:30", "Asia/Jakarta"), False, "id", pic[1],
                         "Reschedule notice with both times: 'Jadwal Sebelumnya : Selasa, 05 Januari 2027, pukul 13.00 WIB' / "
                         "'Jadwal Baru : Kamis, 07 Januari 2027, pukul 09.30 WIB' -> the new one (Surabaya, WIB).",
                         "https://my.employer.seek.com/page/interview-cancellation-email (SEEK, parent of Jobstreet: "
                         "'cancel ... schedule conflict ... new schedule')",
                         "SEEK's template rendered in Bahasa Indonesia the way a Jobstreet employer writes it, with the "
                         "before/after block; names fictional."))


@case
def id_subjek_inggris_isi_indonesia_tanggal_strip():
    rec = ("HRD PT Borneo Sawit Lestari", "hrd@borneosawit.co.id")
    text = """Dengan hormat,
Sdri. Nadia Rahman

Menindaklanjuti lamaran yang Saudari kirimkan melalui Jobstreet, kami mengundang Saudari untuk mengikuti interview dengan detail sebagai berikut:

Posisi   : Staff Accounting
Tanggal  : Selasa, 05-01-2027
Pukul    : 09.00 WITA - selesai
Tempat   : Kantor PT Borneo Sawit Lestari, Jl. Jend. Sudirman No. 18, Balikpapan
Bertemu  : Bpk. Hendra Wijaya (Finance Manager)

Harap membawa CV terbaru, fotokopi ijazah dan transkrip nilai, serta berpakaian rapi.
Konfirmasi kehadiran mohon dikirim paling lambat Kamis, 31-12-2026.

Hormat kami,
HRD PT Borneo Sawit Lestari
Telp. (0542) 873 210
"""
    m = Msg(rec, "Interview Invitation - Staff Accounting (PT Borneo Sawit Lestari)", local("2026-12-30 10:12", "Asia/Makassar"),
            text, html="auto")
    return dict(file="id_subjek_inggris_isi_indonesia_tanggal_strip.eml", data=eml(m),
                **invite(iso("2027-01-05 09:00", "Asia/Makassar"), False, "id", rec[1],
                         "Mixed language: English subject, Indonesian body -> id. Day-first dashed date 'Selasa, 05-01-2027' "
                         "(weekday agrees with 5 January), 'Pukul : 09.00 WITA - selesai' (Balikpapan, +08:00); the "
                         "confirm-by date 31-12-2026 is a deadline.",
                         "https://dealls.com/pengembangan-karir/cara-balas-undangan-interview (elements of an invitation) ; "
                         "https://templatecvid.com/surat-panggilan-interview (tanggal, waktu, lokasi, pewawancara, persyaratan)",
                         "Invitation written with the listed elements in the common 'Tanggal : ... / Pukul : ... - selesai' "
                         "layout; company fictional."))


@case
def id_teman_meneruskan_undangan_barista_wita():
    friend = ("Andi Pratiwi", "andipratiwi88@gmail.com")
    text = """Nad, ini undangan dari kantorku buat posisi yang kamu lamar. Kata Mbak Sri email ke alamatmu mental, jadi aku teruskan ya. Kalau ada apa-apa balas ke aku aja, nanti aku sampaikan.

Semangat!
Andi

---------- Forwarded message ---------
Dari: Sri Wahyuni <sri.wahyuni@kopilontara.id>
Date: Sen, 11 Jan 2027 pukul 10.02
Subject: Undangan Interview Posisi Barista Supervisor
To: Andi Pratiwi <andi.pratiwi@kopilontara.id>


Halo Andi,

Tolong diteruskan ke Nadia Rahman ya.

Yth. Sdri. Nadia Rahman,
Terima kasih atas lamaran Anda untuk posisi Barista Supervisor di Kopi Lontara. Kami mengundang Anda untuk interview:

Hari/Tanggal : Kamis, 14-01-2027
Pukul        : 10.00 WITA
Tempat       : Outlet Kopi Lontara, Jl. Somba Opu No. 21, Makassar
Durasi       : kurang lebih 1 jam (termasuk tes praktik seduh manual)

Mohon konfirmasi kehadiran.

Salam,
Sri Wahyuni
HR & GA - Kopi Lontara
"""
    m = Msg(friend, "Fwd: Undangan Interview Posisi Barista Supervisor", local("2027-01-11 12:30", "Asia/Makassar"), text, html="auto")
    return dict(file="id_teman_meneruskan_undangan_barista_wita.eml", data=eml(m),
                **invite(iso("2027-01-14 10:00", "Asia/Makassar"), False, "id", friend[1],
                         "A friend forwards HR's invitation (Gmail 'Forwarded message' block with Indonesian header lines "
                         "'Dari:' / 'Sen, 11 Jan 2027 pukul 10.02'); the time is inside the forward: 'Kamis, 14-01-2027, "
                         "10.00 WITA' (Makassar, +08:00); reply_to = the friend who wrote to the owner.",
                         "https://dealls.com/pengembangan-karir/cara-balas-undangan-interview (invitation elements and subject form)",
                         "Invitation written with the listed elements; friend's cover note and Gmail forward block added."))


# ------------------------------------------------------------------------------------------------------------
# Bahasa Indonesia: not invitations
# ------------------------------------------------------------------------------------------------------------


@case
def id_non_buletin_dealls_cara_balas_undangan():
    frm = ("Dealls Karier", "newsletter@dealls-karier.example")
    text = """10 Contoh Cara Balas Undangan Interview via WA & Email, Siap Copas!

Baru saja mendapat undangan interview? Simak cara balas undangan interview via WA & email, mulai dari konfirmasi, reschedule, atau tidak bisa hadir.

Mendapat undangan interview tentu terasa menyenangkan karena itu artinya kamu selangkah lebih dekat dengan posisi yang kamu inginkan. Namun, jangan langsung buru-buru membalas tanpa dipikirkan matang-matang, karena salah memilih kata bisa membuat nilai kamu di mata HR justru berkurang.

Apa Itu Undangan Interview?
Undangan interview adalah pemberitahuan resmi dari perusahaan kepada kandidat bahwa kamu berhasil lolos tahap awal seleksi dan diajak untuk mengikuti sesi interview untuk dipertimbangkan lebih lanjut.

Umumnya, undangan interview yang baik akan memuat beberapa informasi, seperti:
  • Subjek email yang jelas, misalnya "Undangan Interview Posisi [Nama Posisi]"
  • Waktu dan tanggal interview
  • Lokasi interview
  • Perkiraan durasi interview
  • Informasi tentang siapa yang akan mewawancarai

Baca selengkapnya: https://dealls.com/pengembangan-karir/cara-balas-undangan-interview

Kamu menerima email ini karena berlangganan buletin Dealls. Berhenti berlangganan: https://dealls-karier.example/unsub
"""
    m = Msg(frm, "10 Contoh Cara Balas Undangan Interview via WA & Email", local("2027-01-09 08:00", "Asia/Jakarta"),
            text, html="auto", extra=NEWS_HEADERS("<karier.dealls-karier.example>", "<https://dealls-karier.example/unsub>"))
    return dict(file="id_non_buletin_dealls_cara_balas_undangan.eml", data=eml(m),
                **non("id", "Career newsletter (bulk headers) explaining how to answer an interview invitation -> not an invite.",
                      "https://dealls.com/pengembangan-karir/cara-balas-undangan-interview",
                      "Article opening kept; newsletter frame added."))


@case
def id_non_artikel_contoh_konfirmasi_jadwal():
    frm = ("Bloomberg Technoz", "buletin@bloombergtechnoz-news.example")
    text = """Cara Menjawab Panggilan Interview dan Contohnya

Konfirmasi Jadwal dan Tempat Wawancara
Salah satu inti dari balasan interview adalah konfirmasi jadwal. Kandidat perlu menuliskan ulang hari, tanggal, jam, serta tempat wawancara agar tidak terjadi kesalahpahaman. Dengan begitu, pihak rekruter juga bisa segera mengoreksi jika terdapat perbedaan informasi.

Sebagai contoh, balasan bisa mencantumkan, "Saya mengonfirmasi kehadiran pada wawancara yang dijadwalkan hari Senin, 11 Januari 2027, pukul 10.00 WIB, di kantor PT Sehat Sentosa Bahagia." Bentuk penegasan ini menandakan bahwa kandidat benar-benar mencatat dan memperhatikan detail undangan.

Apabila jadwal bentrok dengan agenda pribadi, sebaiknya sampaikan dengan sopan dan tawarkan alternatif waktu.

Salam Penutup yang Profesional
Kandidat bisa menambahkan pertanyaan mengenai dokumen yang perlu disiapkan, misalnya "Mohon informasikan apabila ada dokumen tambahan yang perlu saya bawa."

Baca artikel lengkap: https://www.bloombergtechnoz.com/detail-news/84132/cara-menjawab-panggilan-interview-dan-contohnya/2
Berhenti berlangganan: https://bloombergtechnoz-news.example/unsubscribe
"""
    m = Msg(frm, "Karier: Cara Menjawab Panggilan Interview dan Contohnya", local("2026-12-28 06:30", "Asia/Jakarta"),
            text, html="auto", extra=NEWS_HEADERS("<karier.bloombergtechnoz-news.example>", "<https://bloombergtechnoz-news.example/unsubscribe>"))
    return dict(file="id_non_artikel_contoh_konfirmasi_jadwal.eml", data=eml(m),
                **non("id", "Article newsletter quoting a sample confirmation with a future date ('Senin, 11 Januari 2027, "
                            "pukul 10.00 WIB') -> not an invite; nothing to decline.",
                      "https://www.bloombergtechnoz.com/detail-news/84132/cara-menjawab-panggilan-interview-dan-contohnya/2",
                      "Article text kept; its example date 'Senin, 5 Agustus 2025' moved to 'Senin, 11 Januari 2027'."))


@case
def id_non_berita_tes_wawancara_besok_wita():
    frm = ("Google Alerts", "googlealerts-noreply@google.com")
    text = """Google Alerts
tes wawancara
Setiap hari - Pembaruan 8 Januari 2027

BERITA

Calon TKL VDNI dan OSS, Bakal Ikut Tes Wawancara Besok
KONAWE - Seleksi berkas tahap I, calon tenaga kerja lokal (TKL) di PT Virtue Dragon Nickel Industry (VDNI) dan Obsidian Stainless Steel (OSS), telah diumumkan oleh Pemerintah Daerah (Pemda) Konawe, Kamis (7/1/2027). Sebanyak 599 orang dinyatakan lulus. Mereka yang telah lolos berkas diharuskan untuk mengikuti tes selanjutnya, Sabtu (9/1/2027). Untuk pelamar yang lolos berkas di VDNI sebanyak 124 orang. Mereka sudah harus berada di tempat tes, yakni di kantor VDNI pukul 08.30 Wita.
https://sultranews.co.id/calon-tkl-vdni-dan-oss-bakal-ikut-tes-wawancara-besok/

Tandai sebagai tidak relevan - Hapus notifikasi ini - Lihat semua notifikasi Anda
Anda menerima email ini karena berlangganan Google Alerts.
"""
    m = Msg(frm, "Google Alert - tes wawancara", local("2027-01-08 07:12", "Asia/Jakarta"), text, html="auto",
            extra=[("List-Unsubscribe", "<https://www.google.com/alerts/remove?s=AB2Xq4j&hl=id>"), ("Precedence", "bulk")])
    return dict(file="id_non_berita_tes_wawancara_besok_wita.eml", data=eml(m),
                **non("id", "News alert about a mass interview test ('Sabtu (9/1/2027) ... pukul 08.30 Wita', 'besok') for "
                            "other applicants -> not an invite to the owner.",
                      "https://sultranews.co.id/calon-tkl-vdni-dan-oss-bakal-ikut-tes-wawancara-besok/",
                      "News text kept; its dates (Kamis 23/7/2020, Sabtu 25/7/2020) moved to 7/1/2027 and 9/1/2027; "
                      "wrapped in a Google Alerts digest."))


@case
def id_non_berita_wawancara_g_to_g_jerman():
    frm = ("Sulawesi News", "redaksi@sulawesinews-buletin.example")
    text = """Diselenggarakan oleh BP2MI Sulut, 18 Peserta Calon Pekerja di Jerman Ikut Tes Wawancara

SULAWESI.NEWS, MANADO - Badan Pelindungan Pekerja Migran Indonesia (BP2MI) Sulawesi Utara (Sulut), Rabu 20 Januari 2027 kemarin, menyelenggarakan tes wawancara dalam rangka seleksi kandidat program kerja G to G Jerman.

Kepala BP2MI Sulut mengatakan, bahwa proses wawancara ini dilaksanakan selama 2 hari dengan jumlah peserta sebanyak 18 orang. "Tanggal 20 - 21 Januari, BP2MI Sulut melaksanakan proses wawancara program G to G Jerman bagi 18 kandidat yang sudah lulus verifikasi dokumen dari kami. Wawancara dilakukan secara online untuk mencari kandidat terbaik yang nantinya akan ditempatkan untuk bekerja sebagai perawat di Jerman."

Selengkapnya: https://sulawesi.news/2022/08/diselenggarakan-oleh-bp2mi-sulut-18-peserta-calon-pekerja-di-jerman-ikut-tes-wawancara
Berhenti berlangganan buletin: https://sulawesinews-buletin.example/unsub
"""
    m = Msg(frm, "Buletin Sulawesi News: Tes Wawancara Calon Pekerja ke Jerman", local("2027-01-21 18:00", "Asia/Makassar"),
            text, html="auto", extra=NEWS_HEADERS("<buletin.sulawesinews-buletin.example>", "<https://sulawesinews-buletin.example/unsub>"))
    return dict(file="id_non_berita_wawancara_g_to_g_jerman.eml", data=eml(m),
                **non("id", "Regional news newsletter reporting interviews of other candidates -> not an invite.",
                      "https://sulawesi.news/2022/08/diselenggarakan-oleh-bp2mi-sulut-18-peserta-calon-pekerja-di-jerman-ikut-tes-wawancara",
                      "News text kept (shortened); 3-4 Agustus 2022 moved to 20-21 Januari 2027; official's name left out."))


@case
def id_non_kompasiana_rekruter_psikotes_online():
    frm = ("Kompasiana", "newsletter@kompasiana-digest.example")
    text = """Pilihan Editor: Karir

Tips Mengerjakan Psikotes Online dan Alasan Kenapa Wajib Dikerjakan oleh Para Pelamar Kerja
oleh Seto Wicaksono (Recruiter)

Sudah sekira lima bulan saya melakukan proses perekrutan karyawan dari rumah secara online. Mulai dari wawancara hingga pelaksanaan psikotes. Semuanya dilakukan dengan mengandalkan koneksi internet juga pulsa reguler.

Padahal, saya sudah menginformasikan di awal wawancara bahwa, psikotes dan tes lain yang dilakukan secara online tetap penting dan wajib untuk diselesaikan. Kendati demikian, selalu saja ada kandidat yang menyepelekan instruksi yang saya berikan. Sudah diberi tenggat maksimal dalam menyelesaikan tes secara online, tapi masih tetap tidak diindahkan. Padahal, waktu pengerjaan tidak lebih dari dua jam.

Baca selengkapnya di Kompasiana:
https://www.kompasiana.com/setowicaksono/5f4daa2a097f364dea41f5e2/tips-mengerjakan-psikotes-online-dan-alasan-kenapa-wajib-dikerjakan-oleh-para-pelamar-kerja

Atur langganan email: https://kompasiana-digest.example/pengaturan
"""
    m = Msg(frm, "Pilihan Editor: Tips Mengerjakan Psikotes Online", local("2026-11-27 19:00", "Asia/Jakarta"), text,
            html="auto", extra=NEWS_HEADERS("<pilihan.kompasiana-digest.example>", "<https://kompasiana-digest.example/pengaturan>"))
    return dict(file="id_non_kompasiana_rekruter_psikotes_online.eml", data=eml(m),
                **non("id", "Blog digest: a recruiter's column about online psikotes and interviews -> not an invite.",
                      "https://www.kompasiana.com/setowicaksono/5f4daa2a097f364dea41f5e2/tips-mengerjakan-psikotes-online-dan-alasan-kenapa-wajib-dikerjakan-oleh-para-pelamar-kerja",
                      "Column opening kept; digest frame added."))


@case
def id_non_penolakan_setelah_interview():
    rec = ("Tim HR PT Samudra Digital Niaga", "hr@samudradigital.co.id")
    m = Msg(rec, "Kabar mengenai lamaran Anda - Business Analyst", local("2027-01-22 15:40", "Asia/Jakarta"),
            """Yth. Ibu Nadia Rahman,

Terima kasih atas waktu dan usaha yang telah Ibu berikan selama proses rekrutmen posisi Business Analyst, termasuk sesi wawancara pada minggu lalu.

Setelah melalui pertimbangan yang cermat, dengan berat hati kami sampaikan bahwa untuk saat ini kami belum dapat melanjutkan proses lamaran Ibu ke tahap berikutnya. Keputusan ini tidak mudah, mengingat kualifikasi para kandidat yang sangat baik.

Data Ibu akan kami simpan dalam talent pool kami, dan kami akan menghubungi Ibu apabila terdapat posisi lain yang sesuai.

Kami mendoakan kesuksesan Ibu ke depannya.

Hormat kami,
Tim HR PT Samudra Digital Niaga
""", html="auto")
    return dict(file="id_non_penolakan_setelah_interview.eml", data=eml(m),
                **non("id", "Rejection after the interview stage -> not an invite.",
                      "https://kantorku.id/blog/template-menolak-kandidat ; "
                      "https://www.ekrut.com/media/bagaimana-cara-menyusun-email-penolakan-bagi-kandidat",
                      "Rejection written following the structure these HR guides give (thanks, clear decision, talent "
                      "pool, good wishes); the galleries' own template text was not retrievable."))


@case
def id_non_pembatalan_posisi_ditutup():
    rec = ("Wulan Sari", "wulan.sari@ciptarasa.co.id")
    m = Msg(rec, "Pembatalan Interview - Quality Control Supervisor", local("2026-12-15 09:30", "Asia/Jakarta"),
            """Yth. Ibu Nadia Rahman,

Dengan menyesal kami sampaikan bahwa interview untuk posisi Quality Control Supervisor yang telah dijadwalkan pada Kamis, 17 Desember 2026 pukul 14.00 WIB dibatalkan.

Rencana rekrutmen kami berubah dan posisi ini ditunda setidaknya selama tiga bulan, sehingga saat ini kami tidak melakukan interview. Kami sangat terkesan dengan kualifikasi Ibu dan akan menghubungi Ibu kembali apabila posisi ini dibuka lagi.

Terima kasih sekali lagi atas waktu yang telah Ibu luangkan untuk melamar di PT Cipta Rasa Pangan. Mohon maaf atas ketidaknyamanan ini.

Salam,
Wulan Sari
HR Recruitment - PT Cipta Rasa Pangan
""", html="auto")
    return dict(file="id_non_pembatalan_posisi_ditutup.eml", data=eml(m),
                **non("id", "Cancellation of the Kamis 17 Des 14.00 WIB interview, position on hold, no new time -> not an "
                            "invite (the quoted time must not be stated).",
                      "https://hirebee.ai/recruiting-email-templates/job-interview-templates/employers-email-cancelling-a-scheduled-interview/",
                      "Template rendered in Bahasa Indonesia as an Indonesian HR officer would send it."))


@case
def id_non_buletin_okezone_cara_membatalkan_interview():
    frm = ("Okezone Economy", "newsletter@okezone-digest.example")
    text = """9 Cara Membatalkan Interview Kerja Plus Contohnya

JAKARTA - Kerap kali saat mendaftar kerja, pelamar tidak hanya mendaftar pada satu perusahaan dan posisi. Tidak jarang terjadi bentrok ataupun sudah mendapatkan posisi di perusahaan lain sehingga harus menolak interview dengan rekruter.

1. Mengabari dengan media yang tepat
Ketika sudah yakin untuk melakukan pembatalan interview, jangan lupa untuk memberi kabar kepada rekruter. Hubungi rekruter menggunakan media yang sama seperti saat rekruter menghubungi pelamar.

2. Segera memberi tahu rekruter
Contohnya, apabila jadwal interview diberikan pada hari Rabu. Pastikan untuk mengabari rekruter secepat mungkin, jangan menunda-nunda memberi kabar agar terhindar dari lupa terkirim ataupun mepet sehingga terkesan mendadak.

Baca selengkapnya: https://economy.okezone.com/read/2024/09/22/320/3066076/9-cara-membatalkan-interview-kerja-plus-contohnya
Berhenti berlangganan: https://okezone-digest.example/unsub
"""
    m = Msg(frm, "9 Cara Membatalkan Interview Kerja Plus Contohnya", local("2026-12-13 09:51", "Asia/Jakarta"), text,
            html="auto", extra=NEWS_HEADERS("<economy.okezone-digest.example>", "<https://okezone-digest.example/unsub>"))
    return dict(file="id_non_buletin_okezone_cara_membatalkan_interview.eml", data=eml(m),
                **non("id", "News-site newsletter about cancelling interviews ('jadwal interview diberikan pada hari Rabu') "
                            "-> not an invite.",
                      "https://economy.okezone.com/read/2024/09/22/320/3066076/9-cara-membatalkan-interview-kerja-plus-contohnya",
                      "Article opening kept; newsletter frame added."))


@case
def id_non_lolos_administrasi_jadwal_menyusul():
    rec = ("Panitia Rekrutmen PT Graha Tirta", "rekrutmen@grahatirta.co.id")
    m = Msg(rec, "Pengumuman Hasil Seleksi Administrasi", local("2026-12-04 11:00", "Asia/Makassar"),
            """Yth. Sdri. Nadia Rahman,

SELAMAT anda lolos seleksi administrasi. Dan anda berhak melangkah ke tahap tes selanjutnya.

Jadwal dan lokasi tes tertulis dan wawancara akan kami informasikan kemudian melalui email ini dan SMS. Mohon pastikan nomor telepon Anda aktif.

Panitia Rekrutmen PT Graha Tirta
""")
    return dict(file="id_non_lolos_administrasi_jadwal_menyusul.eml", data=eml(m),
                **non("id", "Status update: passed the document screening, schedule 'akan kami informasikan kemudian' -> "
                            "not an invite yet (no step scheduled or to be agreed with the owner).",
                      "https://samaratulqalbi.blogspot.com/2015/04/waspada-penipuan-dengan-modus-panggilan.html "
                      "(first two sentences of the quoted message)",
                      "The message's opening kept; its test time replaced by 'will be announced later' to make the "
                      "status-update variant."))


# ------------------------------------------------------------------------------------------------------------


def main() -> None:
    for old in list(HERE.glob("*.eml")) + list(HERE.glob("*.mbox")):
        old.unlink()
    truth: dict = {"owner": OWNER[1]}
    rows = []
    for c in CASES:
        (HERE / c["file"]).write_bytes(c["data"])
        truth[c["file"]] = {k: c[k] for k in ("is_invite", "interview_start", "accepted", "language", "reply_to", "note", "source")}
        rows.append(c)
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    n_inv = sum(c["is_invite"] for c in rows)
    n_id = sum(c["language"] == "id" for c in rows)
    n_mbox = sum(c["file"].endswith(".mbox") for c in rows)
    out = ["# public_mail corpus: sources", "",
           "Labelled threads built from real public mail and public template galleries / HR articles by `build.py` "
           "(run `python build.py` here; deterministic). Truth is in `truth.json` (format: the shared samples README); "
           "owner `nadia.rahman@gmail.com`.", "",
           f"{len(rows)} threads: {n_inv} invitations, {len(rows) - n_inv} not invitations; "
           f"{len(rows) - n_id} English, {n_id} Indonesian; {n_mbox} mbox threads.", "",
           "Rules applied to every case: the source's wording is kept; placeholders are filled as a recruiter would; people, "
           "companies, links and phone numbers are fictional except in real archive mail (Enron); every date is moved into "
           "Nov 2026 - Feb 2027 consistently within a case (weekday kept where the source gives one); the recipient is the "
           "owner. Where a source was cut off mid-sentence the sentence was completed, and where a thread needed messages the "
           "source does not hold they were written for it - each such step is said below.", "",
           "| file | invite | source | how it was rendered / adapted |", "|---|---|---|---|"]
    for c in rows:
        src = c["source"].replace("|", "\\|")
        how = c["how"].replace("|", "\\|")
        out.append(f"| `{c['file']}` | {'yes' if c['is_invite'] else 'no'} | {src} | {how} |")
    (HERE / "SOURCES.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} cases ({n_inv} invites, {len(rows) - n_inv} non-invites, {n_id} id, {n_mbox} mbox)")


if __name__ == "__main__":
    main()
