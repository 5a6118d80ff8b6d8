"""Cases from campus-placement notifiers, recruiter template snippets, assessment / one-way-interview tools,
a job-tracker app and newsletters.  Wording is the sources'; names, companies and dates are invented."""
from __future__ import annotations

from mailgen import OWNER, OWNER_ADDR, OWNER_NAME, at, hexid, make_message
from registry import case

# --------------------------------------------------------------------- campus placement notifier
PLACEMENT_SRC = ("public GitHub file found through the code index (file id 58767849910; the index does not expose its "
                 "repository name): Python 'Notifier Agent' of a campus-placement system - TEMPLATES dict "
                 "(shortlisted, reminder, not_shortlisted, schedule_confirmed, result_selected) rendered with "
                 "str.format_map and sent as text/plain through SendGrid")
PL_FROM = "Placement Cell, Sahyadri Institute of Technology <placements@sitpune.edu.in>"


def pl_msg(key, date, subject, body):
    return make_message(key=key, date=date, from_=PL_FROM, subject=subject, text=body,
                        headers=[("MIME-Version", "1.0")],
                        message_id=f"<{hexid(key, 22)}@geopod-ismtpd-{int(hexid(key + 'n', 2), 16) % 30}>",
                        return_path=f"bounces+31415926-{hexid(key + 'b', 4)}-sam.okafor=gmail.com@em4210.sitpune.edu.in")


@case("en_campus_placement_interview_schedule_confirmed_aligned_ddmm.eml")
def pl_confirmed():
    body = """Dear Sam Okafor,

Your interview schedule for Tessellate Analytics has been confirmed.

  Round    : HR Interview
  Date     : 05-02-2027
  Time     : 02:00 PM
  Venue    : Placement Cell, Room 204, Admin Block
  Mode     : Offline

Please be on time. All the best!

Placement Cell
"""
    msg = pl_msg("pl1", at("UTC", 2027, 1, 29, 9, 40, 16), "\U0001F4C5 Interview Schedule Confirmed | Tessellate Analytics", body)
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 2, 5, 14, 0), accepted=False,
                reply_to="placements@sitpune.edu.in",
                note="Campus-placement 'Interview Schedule Confirmed' with an aligned key/value block 'Date     : 05-02-2027 / "
                     "Time     : 02:00 PM' - Indian day-first (5 Feb, a week after the 29 Jan mail; 2 May would be months away), "
                     "no zone, Pune institute -> IST. SendGrid Date +0000. Empty {meet_link_line} leaves a blank line.",
                source=PLACEMENT_SRC + " - 'schedule_confirmed'",
                rendered="date/time strings as the TPO typed them (dd-mm-yyyy, hh:mm AM/PM)")


@case("en_campus_placement_shortlisted_with_aptitude_test_schedule.eml")
def pl_shortlisted():
    body = """Dear Sam Okafor,

Congratulations! You have been shortlisted for the placement drive:

  Company  : Kaveri Systems Pvt Ltd
  Role     : Graduate Engineer Trainee
  Package  : 6.5 LPA

Your Interview Schedule:
  Date     : 11-02-2027
  Time     : 10:00 AM
  Venue    : Seminar Hall B, Main Block
  Round    : Written Aptitude Test + Technical Interview

Please carry your college ID and updated resume.
Report 15 minutes before your scheduled time.

Best regards,
Placement Cell
Sahyadri Institute of Technology
"""
    msg = pl_msg("pl2", at("UTC", 2027, 2, 3, 6, 15, 2), "\U0001F389 You've been shortlisted! | Kaveri Systems Pvt Ltd - Graduate Engineer Trainee", body)
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 2, 11, 10, 0), accepted=False,
                reply_to="placements@sitpune.edu.in",
                note="'You've been shortlisted!' that also carries the schedule (written aptitude test at a venue, then interview) "
                     "- 'Date     : 11-02-2027 / Time     : 10:00 AM' -> an invite (a scheduled test at a venue counts); IST.",
                source=PLACEMENT_SRC + " - 'shortlisted'", rendered="as above")


@case("en_campus_placement_reminder_interview_tomorrow_time_only.eml")
def pl_reminder():
    body = """Dear Sam Okafor,

This is a reminder that your interview is scheduled for tomorrow.

  Company  : Tessellate Analytics
  Role     : Associate Data Analyst
  Time     : 09:30 AM
  Venue    : Placement Cell, Room 204, Admin Block

Please ensure you are well prepared.

Best regards,
Placement Cell
"""
    msg = pl_msg("pl3", at("UTC", 2027, 2, 1, 11, 0, 37), "\u23F0 Reminder: Interview tomorrow | Tessellate Analytics", body)
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 2, 2, 9, 30), accepted=False,
                reply_to="placements@sitpune.edu.in",
                note="Placement reminder with only 'tomorrow' + 'Time     : 09:30 AM'. The mail left at 11:00 UTC = 16:30 IST on "
                     "1 Feb, so tomorrow = Tue 2 Feb 2027 in India.",
                source=PLACEMENT_SRC + " - 'reminder'", rendered="time string only; the date is relative ('tomorrow')")


@case("en_non_campus_placement_offer_extended.eml")
def pl_offer():
    body = """Dear Sam Okafor,

We are delighted to inform you that Kaveri Systems Pvt Ltd has extended you an offer!

  Role     : Graduate Engineer Trainee
  Package  : 6.5 LPA
  Location : Mysuru

The formal offer letter will be shared shortly.
Please visit the placement portal to confirm your acceptance.

Congratulations!
Placement Cell
"""
    msg = pl_msg("pl4", at("UTC", 2027, 2, 13, 7, 5, 50), "\U0001F38A Offer Extended! | Kaveri Systems Pvt Ltd", body)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Placement 'Offer Extended!' - an offer, not an invite.", source=PLACEMENT_SRC + " - 'result_selected'",
                rendered="role/package/location")


@case("en_non_campus_placement_not_shortlisted.eml")
def pl_not():
    body = """Dear Sam Okafor,

Thank you for your interest in Orbitron Motors (Embedded Systems Intern).

After careful review, you have not been shortlisted for this drive.
Please do not be discouraged \u2014 many more opportunities await.

Your placement readiness score and skill recommendations have been updated
in your portal. Keep building your skills!

Best regards,
Placement Cell
"""
    msg = pl_msg("pl5", at("UTC", 2027, 1, 20, 12, 12, 12), "Update on your application | Orbitron Motors", body)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Placement 'not shortlisted' rejection.", source=PLACEMENT_SRC + " - 'not_shortlisted'",
                rendered="company/role")


# --------------------------------------------------------------- recruiter snippets (pastebin)
@case("en_pastebin_recruiter_rsvp_interview_time_held_24h.eml")
def pb_rsvp():
    text = """Hey Sam!

Hope you're doing well! I wanted to follow up with you on the email I sent a few days ago! We'd love to set up a Google Meet virtual interview with you on Thursday, January 14 / 1:00 PM ET. How does that work for you?

We'll hold this interview time for you for the next 24 hours. If we aren't able to connect with you by tomorrow, we'll offer this date/time to the next applicant on our waiting list, in an effort to be fair to all of our candidates in the interview process.

If there's a date/time that works better for you, send us your availability and we'll be happy to work with you to get a meeting scheduled.

--
Emily Carter
Talent Acquisition | Keystone Digital Marketing
Harrisburg, PA
"""
    msg = make_message(key="pb1", date=at("America/New_York", 2027, 1, 11, 9, 12, 5), from_="Emily Carter <emily.carter@keystonedigital.com>",
                       subject="Re: Next steps - Digital Marketing Specialist interview", text=text,
                       headers=[("MIME-Version", "1.0")], message_id="<CAE3kLm9Qw2Rt-7yUb5Nc0Vx4Zp8Hs1Dj6Ga@mail.gmail.com>",
                       return_path="emily.carter@keystonedigital.com")
    return dict(messages=[msg], is_invite=True, interview_start=at("America/New_York", 2027, 1, 14, 13, 0), accepted=False,
                reply_to="emily.carter@keystonedigital.com",
                note="Recruiter follow-up template 'Unresponsive to invite f/u - rsvp deadline': one proposed time 'Thursday, January "
                     "14 / 1:00 PM ET' held for 24 hours (the template's 'DATE / TIME' placeholder filled) -> an invite for that "
                     "single time; 'If there's a date/time that works better' is an alternative, not a second slot.",
                source="https://pastebin.com/yc1sq1Jk (recruiting team template collection 'quoteswebfx')",
                rendered="{{Candidate first name}} -> 'Sam'; 'DATE / TIME' -> 'Thursday, January 14 / 1:00 PM ET'; signature added by the sender's mail client")


@case("en_pastebin_recruiter_second_followup_easy_book_link.eml")
def pb_easybook():
    text = """Hi Sam!

I just wanted to check in on your interest in setting up an initial phone interview with Heather from our Talent Acquisition Team. I know that she has availability over the next two weeks to chat - but please let me know if you're having trouble finding availability on her schedule and we will absolutely make something work for you!

If you are still interested in talking with us, feel free to look over her calendar and pick a date that works best with your schedule:

https://app.keystonedigital.com/easy-book/heather-ruiz/phone-screen

If anything comes up to where you are no longer able to move forward in the interview process, just let us know!

Thanks so much!

~Emily
"""
    msg = make_message(key="pb2", date=at("America/New_York", 2026, 12, 3, 14, 40, 51), from_="Emily Carter <emily.carter@keystonedigital.com>",
                       subject="Phone interview with Keystone Digital Marketing", text=text,
                       headers=[("MIME-Version", "1.0")], message_id="<CAE3kLm8Tn5Pw-1xHb2Kd9Rz6Yq3Vf7Lc0Sa@mail.gmail.com>",
                       return_path="emily.carter@keystonedigital.com")
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="emily.carter@keystonedigital.com",
                note="Recruiter template 'Phone Interview 2nd follow up': 'availability over the next two weeks' + a booking link "
                     "('pick a date that works best') -> invite, no time -> null.",
                source="https://pastebin.com/R0cBz8cy", rendered="{{Easy Book link}} -> booking URL")


@case("en_pastebin_recruiter_no_show_reschedule_link.eml")
def pb_noshow():
    text = """Hey Sam!

Hope you're doing well! I wanted to follow up with you on the voicemail Heather left you yesterday! We'd love to set up a phone interview with you in the next few days. If you'd like to work with us to get something scheduled back on the calendar, we'd be happy to make it happen!

Feel free to follow this link to schedule a time for the two of you to connect that works well for you and I'll make sure it gets on her calendar! If you don't see anything that fits your schedule, definitely let me know and we'll work something out together.

-----> https://app.keystonedigital.com/easy-book/heather-ruiz/phone-screen

If there's a date/time that works better for you, send us your availability and we'll be happy to work with you to get a meeting scheduled.

If you're no longer interested in pursuing opportunities with us at Keystone Digital Marketing, no worries! Please let us know so we don't flood your inbox.

Talk to you soon!

Emily
"""
    msg = make_message(key="pb3", date=at("America/New_York", 2026, 12, 9, 10, 5, 19), from_="Emily Carter <emily.carter@keystonedigital.com>",
                       subject="Re: Phone interview with Keystone Digital Marketing", text=text,
                       headers=[("MIME-Version", "1.0")], message_id="<CAE3kLm7Xb1Hq-4sNd8Wc2Ty5Rv9Gk0Pm3Ua@mail.gmail.com>",
                       return_path="emily.carter@keystonedigital.com")
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="emily.carter@keystonedigital.com",
                note="Recruiter template 'Phone Interview no show': missed call, 'set up a phone interview with you in the next few "
                     "days' via a scheduling link -> invite with no time (null); 'yesterday' refers to the voicemail, not an interview.",
                source="https://pastebin.com/7rUSv6ZX",
                rendered="{{Your first name}} -> 'Heather'; link after '----->'; company name in the closing line replaced")


# ------------------------------------------------------------------- async tests / one-way video
@case("en_non_oneway_interview_link_please_take_the_quiz.eml")
def scapic():
    url = "https://interview.scapic.com/quiz/5a1e7c02d9b34f0012ab77e4"
    html = ('<!DOCTYPE html><html><head></head><body><h3>Please visit this link for the interview - </h3><a href="' + url +
            '"> Take Interview </a><br><br><h4>Or open this link in a browser.</h4><span>' + url + '</span></body></html>')
    msg = make_message(key="sc1", date=at("UTC", 2026, 11, 26, 8, 31, 4), from_="Interview <interview@scapic.com>",
                       subject="Please take the quiz.", html=html, headers=[("MIME-Version", "1.0")],
                       message_id=f"<0102017{hexid('sc1', 9)}-{hexid('sc1a', 8)}-{hexid('sc1b', 4)}-{hexid('sc1c', 4)}-{hexid('sc1d', 4)}-{hexid('sc1e', 12)}-000000@email.amazonses.com>",
                       return_path="interview@scapic.com", html_cte="7bit")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Scapic hiring test: 'Please visit this link for the interview - Take Interview' (a self-paced quiz / one-way "
                     "interview link, no time, no deadline) -> asynchronous, not an invite despite the word 'interview'.",
                source="https://github.com/RohitBiradar/scapic-test/blob/232124649603b95f30922cee33695ec89ad3a4b7/server/api/user/mail.template.js ; "
                       "server/api/user/user.controller.js ; server/lib/strings.js",
                rendered="getEmailView(url); from 'Interview <mailSender>'; subject strings.emailSubject.QUIZ; sent through AWS SES")


@case("en_non_coding_test_invitation_deadline_provided_separately.eml")
def twm():
    html = """
    <p>Hi <strong>Sam Okafor</strong>,</p>

    <p>
      Thank you again for your interest in the <strong>Backend Engineer</strong> role at 
      <strong>Taiwan Mobile Indonesia</strong>. We\u2019re excited to invite you to participate in our coding test as the next step in the selection process.
    </p>

    <p>
      The test will help us evaluate your problem-solving and technical skills. Instructions and access details will be sent to you separately.
    </p>

    <p>
      <em>Please complete the test by the deadline provided to remain in consideration for the role.</em>
    </p>

    <p>Sincerely,<br>
    The <strong>Taiwan Mobile Indonesia</strong> Hiring Team</p>
    """
    msg = make_message(key="twm1", date=at("Asia/Jakarta", 2027, 1, 7, 10, 2, 44), from_="Orbit HR <orbit.hr.twm@gmail.com>",
                       subject="Coding Test Invitation \u2013 Backend Engineer", html=html, headers=[("MIME-Version", "1.0")],
                       message_id=f"<{hexid('twm1', 32)}@orbit-hr>", return_path="orbit.hr.twm@gmail.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="English coding-test invitation from an Indonesian HR tool: 'invite you to participate in our coding test ... "
                     "Please complete the test by the deadline provided' - a take-home with a deadline -> not an invite.",
                source="https://github.com/audreyyi27/twm-orbit-hr-nginx-main/blob/80946a5f4e7488e713efe6590adb502497eca02e/backend/app/utils/email_templates/coding_test_invitation_template.py ; backend/app/utils/email_utils.py",
                rendered="candidate_name/position/company_name f-string; subject typed by the recruiter (our fill)")


@case("en_non_proctored_assessment_window_available_from_deadline.eml")
def assessment_window():
    sep = "\u2501" * 64
    text = f"""Dear Sam Okafor,

We hope this message finds you well. As part of your evaluation in Graduate Engineer Trainee Programme 2027, you are required to complete a comprehensive technical assessment.

{sep}

\U0001F4DD ASSESSMENT DETAILS

Assessment Type:     Technical Skills Evaluation
Topics Covered:      Python Programming & SQL Database Management
Duration:            90 Minutes
Question Types:      Multiple Choice Questions (MCQs) & Coding Challenges
Assessment Link:     https://exam.paragroup.com/get-2027/login
Available From:      18 January 2027, 09:00 AM IST
Deadline:            20 January 2027, 11:59 PM IST

{sep}

\U0001F510 LOGIN CREDENTIALS

Email:               {OWNER}
Password:            Provided Separately for Security

\u26A0\uFE0F IMPORTANT: If you have not received your password, please contact us immediately.

{sep}

\U0001F4BB TECHNICAL REQUIREMENTS

Before starting the assessment, ensure you have:

\u2705 Stable Internet Connection (minimum 2 Mbps recommended)
\u2705 Modern Web Browser (Chrome, Firefox, Edge, or Safari - latest version)
\u2705 Working Webcam (camera monitoring is enabled throughout the exam)
\u2705 Quiet Environment (minimize distractions)
\u2705 Fully Charged Device or Power Supply

\u26A0\uFE0F Browser Developer Tools (F12) must remain closed during the exam.

{sep}

\U0001F680 HOW TO START

1. Click the assessment link: https://exam.paragroup.com/get-2027/login
2. Enter your email and password
3. Allow camera permissions when prompted
4. Read all instructions carefully
5. Click "Start Examination" when ready
6. Answer all questions to the best of your ability
7. Click "Submit Exam" when finished (or wait for auto-submit)

{sep}

\U0001F198 NEED HELP?

If you encounter any technical issues:

\U0001F4E7 Email:    vinodyellagonda@paragroup.com
\U0001F4DE Phone:    +91 40 4012 7788
\u23F0 Support:  Available 9 AM - 6 PM IST

\u26A0\uFE0F Contact us BEFORE your deadline if you experience technical difficulties.

{sep}

We wish you the very best in your assessment. This is your opportunity to demonstrate the skills and knowledge you've acquired. Approach it with confidence!

Best regards,

Vinod Yellagonda
Technical Recruitment Lead
Para Group
"""
    msg = make_message(key="yv1", date=at("Asia/Kolkata", 2027, 1, 15, 17, 20, 8), from_="Vinod Yellagonda <vinodyellagonda@paragroup.com>",
                       subject="Action Required: Complete Your Technical Assessment - Graduate Engineer Trainee Programme 2027",
                       text=text, headers=[("MIME-Version", "1.0"), ("X-Mailer", "YAMM")],
                       message_id="<CAJ2nVp5Lk8Rw-3tMx0Hb7Yc4Qs9Dz1Fe6Wa@mail.gmail.com>", return_path="vinodyellagonda@paragroup.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Proctored (webcam) but self-scheduled technical assessment: 'Available From: 18 January 2027, 09:00 AM IST / "
                     "Deadline: 20 January 2027, 11:59 PM IST', 90 minutes whenever the candidate starts -> only a window and a "
                     "deadline, asynchronous -> not an invite.",
                source="https://github.com/yvinodreddy/Codebase/blob/0a14369044ee6dbe2f0990361636e22b88dcf3b6/claude-test/Exam/production/StudentInvitationEmailTemplate.md",
                rendered="plain-text version, mail-merged (YAMM) with [Start Date and Time]/[End Date and Time] written with IST")


# ---------------------------------------------------------------------------- job tracker app
@case("en_non_job_tracker_app_interview_reminders_for_today.eml")
def tracker():
    text = ("You have the following interviews scheduled for today:\n\n"
            "\u2022 Senior Data Engineer - Fenwick & Hale\n  Link: https://boards.greenhouse.io/fenwickhale/jobs/7718204\n\n"
            "\u2022 Analytics Engineer - Monzo\n  Link: https://www.linkedin.com/jobs/view/4102938811/\n")
    msg = make_message(key="jt1", date=at("UTC", 2027, 1, 19, 7, 0, 3), from_="jobtracker@gmail.com",
                       subject="Interview Reminders for Today", text=text, headers=[("MIME-Version", "1.0")],
                       message_id=f"<{hexid('jt1a', 8)}-{hexid('jt1b', 4)}-{hexid('jt1c', 4)}-{hexid('jt1d', 4)}-{hexid('jt1e', 12)}@gmail.com>",
                       return_path="jobtracker@gmail.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="The owner's own job-tracker app (cron job) e-mailing 'Interview Reminders for Today' with the tracked job titles "
                     "and posting links - nobody to decline to -> not an invite.",
                source="https://github.com/SpandanaReddyDara/Job_Tracker_Application/blob/32753a4769f5fdaf06c118a247bc8cfcb5608d9e/controllers/jobReminder.js",
                rendered="jobs.map(job => `\u2022 ${job.title}\\n  Link: ${job.link}\\n`).join('\\n'); from 'jobtracker@gmail.com'")


# ------------------------------------------------------------------------------- newsletters
@case("en_non_newsletter_calendly_blog_interview_invitation_article.eml")
def nl_calendly():
    url = "https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview"
    text = f"""Calendly | The Scheduling Digest

Pro tips

How to write an interview invitation email [with email templates]
Timree Best

On the surface, inviting a candidate to an interview seems easy. Just write a snappy email subject line, suggest a reasonable time to chat over Zoom, and send a link, right?

Not if you want to find the best people for the role.

Understanding how to write an effective interview invitation email can make all the difference in whether a candidate accepts a job offer. Here's what you need to know to make your invites more engaging.

Read the article: {url}

You are receiving this email because you subscribed to Calendly's newsletter.
Unsubscribe: https://calendly.com/newsletter/unsubscribe?u=8f21c0
Calendly LLC, 271 17th St NW, Ste 1000, Atlanta, GA 30363
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f4f6f9;"><div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;">
<p style="color:#006bff;font-weight:bold;">Calendly | The Scheduling Digest</p>
<p style="text-transform:uppercase;font-size:12px;color:#476788;">Pro tips</p>
<h1 style="font-size:24px;">How to write an interview invitation email [with email templates]</h1>
<p style="color:#476788;">Timree Best</p>
<p>On the surface, inviting a candidate to an interview seems easy. Just write a snappy email subject line, suggest a reasonable time to chat over Zoom, and send a link, right?</p>
<p>Not if you want to find the best people for the role.</p>
<p>Understanding how to write an effective interview invitation email can make all the difference in whether a candidate accepts a job offer. Here's what you need to know to make your invites more engaging.</p>
<p><a href="{url}" style="background:#006bff;color:#fff;padding:10px 18px;border-radius:40px;text-decoration:none;">Read the article</a></p>
<hr><p style="font-size:11px;color:#8a9bb0;">You are receiving this email because you subscribed to Calendly's newsletter.
<a href="https://calendly.com/newsletter/unsubscribe?u=8f21c0">Unsubscribe</a><br>Calendly LLC, 271 17th St NW, Ste 1000, Atlanta, GA 30363</p>
</div></body></html>
"""
    msg = make_message(key="nl1", date=at("UTC", 2026, 11, 10, 15, 0, 0), from_="Calendly <newsletter@calendly.com>",
                       subject="How to write an interview invitation email [with email templates]", text=text, html=html,
                       headers=[("MIME-Version", "1.0"), ("List-Unsubscribe", "<https://calendly.com/newsletter/unsubscribe?u=8f21c0>, <mailto:unsubscribe@calendly.com>"),
                                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "Calendly Newsletter <newsletter.calendly.com>"),
                                ("Precedence", "bulk")],
                       message_id=f"<{hexid('nl1', 30)}@mail.calendly.com>", return_path="bounce-nl@mail.calendly.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Newsletter digest featuring Calendly's blog article about writing interview invitation e-mails "
                     "(List-Unsubscribe, List-Id, Precedence: bulk; article framing) -> not an invite.",
                source="https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview (article opening as published)",
                rendered="article title, byline and opening paragraphs quoted verbatim in a newsletter wrapper")


@case("en_non_newsletter_graduate_recruitment_day_article.eml")
def nl_lafosse():
    url = "https://www.lafosse.com/blog/2019/11/what-to-expect-from-a-graduate-recruitment-day"
    text = f"""La Fosse Insights - Careers

What To Expect From A Graduate Recruitment Day
by Karina Oluwo

Many large organisations use a graduate recruitment day or assessment centre to fill the places on their training schemes for the coming year. These events generally last one day, or occasionally two. An assessment event is your chance to shine and show why you should be employed, but what exactly should you expect?

You're on Duty 24/7

Perhaps the most important thing to remember is that there is never a time you're off duty. All that small talk with other candidates or a meal and drinks with the previous year's graduate intake is a chance to both assess and be assessed.

Range of Activities

Most graduate assessment centres will combine several different elements and you will be told the structure of the day when you arrive. Usually, the assessment will include one or more traditional face to face interviews, some sort of group exercise or discussion, and a mix of psychometric, numeracy and/or literacy tests.

Continue reading: {url}

You received this because you signed up for La Fosse career insights. Manage preferences or unsubscribe: https://www.lafosse.com/preferences?e=c2FtLm9rYWZvcg
La Fosse Associates, 1 Grand Union House, London NW1 0BS
"""
    msg = make_message(key="nl2", date=at("Europe/London", 2026, 11, 18, 8, 30, 0), from_="La Fosse Insights <insights@lafosse.com>",
                       subject="What To Expect From A Graduate Recruitment Day", text=text,
                       headers=[("MIME-Version", "1.0"), ("List-Unsubscribe", "<https://www.lafosse.com/preferences?e=c2FtLm9rYWZvcg>"),
                                ("List-Id", "La Fosse Insights <insights.lafosse.com>"), ("Precedence", "bulk")],
                       message_id=f"<{hexid('nl2', 30)}@mail.lafosse.com>", return_path="bounces@mail.lafosse.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Recruitment-agency newsletter article about graduate recruitment days / assessment centres (interviews, "
                     "tests, group exercises) - bulk headers and article framing -> not an invite.",
                source=url + " (article text as published)", rendered="article title, byline and opening sections quoted verbatim")
