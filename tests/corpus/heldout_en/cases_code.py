"""Cases rendered from small recruiting apps in public GitHub repositories (Node/Next.js, Laravel, Django)."""
from __future__ import annotations

from mailkit import (OWNER, OWNER_FROM, OWNER_NAME, Mail, R, at, case, date_hdr, gmail_reply_intro, msgid, quote)

UTC = at(2000, 1, 1).tzinfo


def node_headers(seed, sent, frm, to, subject, domain="gmail.com"):
    return [("From", frm), ("To", to), ("Subject", subject), ("Message-ID", msgid(seed, domain, "nodemailer")),
            ("Date", date_hdr(sent.astimezone(UTC))), ("MIME-Version", "1.0")]


# ---------------------------------------------------------------- kaushalji451/Interview-Shaduler (Next.js)
KS = "https://github.com/kaushalji451/Interview-Shaduler/blob/main/src/app/components/"
KS_SIGN_HR = "Best regards,\nAditya Kumar Kaushik\nHR Manager\nFinvest Labs\nfinvestlabs.hr@gmail.com"


@case("en_interview_shaduler_invitation_date_only_no_time.eml")
def _():
    sent = at(2027, 1, 4, 11, 20, "Asia/Kolkata")
    text = ("We are pleased to inform you that you have been shortlisted for an interview for the position of Backend "
            "Developer at Finvest Labs.\nHere are the interview details:\nInterview Date: 2027-01-12\n"
            "Interviewer: Rohan Gupta, Sneha Iyer\nPosition: Backend Developer\nPlease confirm your availability by "
            "replying to this email. We look forward to speaking with you.\n" + KS_SIGN_HR)
    m = Mail("ks-1", node_headers("ks-1", sent, "finvestlabs.hr@gmail.com", OWNER,
                                  "Interview Invitation for Backend Developer at Finvest Labs"), text=text, when=sent)
    return R([m], True, None, False, "finvestlabs.hr@gmail.com",
             "Interview invitation with a date and no time: 'Interview Date: 2027-01-12' is the raw <input type=date> "
             "value; nothing fixes the hour -> invite, interview_start null (a day is not a start time).",
             KS + "emailFunc1.js ; src/app/page.js (interviewDate input type='date')",
             "template literal with form.interviewDate (YYYY-MM-DD) and form.interviewer as typed; company name "
             "hard-coded in the template (fictionalised here)")


@case("en_interview_shaduler_status_scheduled_iso_utc_midnight.eml")
def _():
    sent = at(2027, 1, 6, 15, 2, "Asia/Kolkata")
    text = ("Dear Lena Marsh,\nI hope you're doing well.\nWe wanted to update you on the status of your interview "
            "process with Finvest Labs.\nCurrent Status: Scheduled\nIf Scheduled: Your interview is scheduled for "
            "2027-01-15T00:00:00.000Z with Rohan Gupta,Sneha Iyer.\nIf Pending: We are currently reviewing your profile "
            "and will reach out soon with the next steps.\nIf Completed: Thank you for completing your interviews. We "
            "will get back to you shortly with the outcome.\nIf Rejected: We appreciate your interest in Finvest Labs, "
            "but we have decided not to proceed further with your application at this time.\nIf you have any "
            "questions, feel free to reach out.\nBest regards,\nAditya Kumar Kaushik\nWeb devloper\nFinvest Labs\n\n")
    m = Mail("ks-2", node_headers("ks-2", sent, "finvestlabs.hr@gmail.com", OWNER,
                                  "Interview Process Update Frontend Developer at Finvest Labs"), text=text, when=sent)
    return R([m], True, None, False, "finvestlabs.hr@gmail.com",
             "Status-update template that prints every branch; 'Current Status: Scheduled' and 'Your interview is "
             "scheduled for 2027-01-15T00:00:00.000Z' - a date-only field stored as UTC midnight and serialised by "
             "JSON, not a 00:00 UTC (05:30 IST) interview. Invite with no fixed time -> null.",
             KS + "emailFunc2.js ; src/app/page.js (status select; list loaded as JSON)",
             "${item.interviewDate} = the Mongo Date as JSON (toISOString of the date input at UTC midnight); "
             "${item.interviewer} = array joined with ','")


@case("en_non_interview_shaduler_status_pending_prints_scheduled_branch.eml")
def _():
    sent = at(2027, 1, 7, 12, 40, "Asia/Kolkata")
    text = ("Dear Lena Marsh,\nI hope you're doing well.\nWe wanted to update you on the status of your interview "
            "process with Finvest Labs.\nCurrent Status: Pending\nIf Scheduled: Your interview is scheduled for "
            "2027-01-20T00:00:00.000Z with Karan Mehta.\nIf Pending: We are currently reviewing your profile "
            "and will reach out soon with the next steps.\nIf Completed: Thank you for completing your interviews. We "
            "will get back to you shortly with the outcome.\nIf Rejected: We appreciate your interest in Finvest Labs, "
            "but we have decided not to proceed further with your application at this time.\nIf you have any "
            "questions, feel free to reach out.\nBest regards,\nAditya Kumar Kaushik\nWeb devloper\nFinvest Labs\n\n")
    m = Mail("ks-3", node_headers("ks-3", sent, "finvestlabs.hr@gmail.com", OWNER,
                                  "Interview Process Update Data Engineer at Finvest Labs"), text=text, when=sent)
    return R([m], False, None, False, None,
             "Same all-branches template with 'Current Status: Pending' -> 'We are currently reviewing your profile and "
             "will reach out soon': a status update; the 'If Scheduled:' line is a template branch that does not apply.",
             KS + "emailFunc2.js", "as above, status 'Pending'")


# ---------------------------------------------------------------- shagun25/Interview_Scheduler (Express + EJS)
@case("en_interview_scheduler_ejs_date_tostring_utc_server.eml")
def _():
    sent = at(2027, 1, 4, 10, 5, "Asia/Kolkata")
    start = at(2027, 1, 13, 11, 0, "Asia/Kolkata")
    html = ('<h2 style="text-align: center;">\n    Greetings !!\n</h2>\n\n<h3>Hello Lena Marsh</h3>\n\n<p>\n    Your '
            'interview has been scheduled with us .Details of the same are given below:\n    <ul>\n        <li>Start : '
            'Wed Jan 13 2027 05:30:00 GMT+0000 (Coordinated Universal Time)</li>\n        <li>End : Wed Jan 13 2027 '
            '06:30:00 GMT+0000 (Coordinated Universal Time)</li>\n    </ul>\n</p>\n\n<p>\n    Looking forward to meet '
            'you.<br>\n    Thank you.\n</p>')
    m = Mail("sh-1", node_headers("sh-1", sent, "interview@schedule.in", OWNER, "New Interview Scheduled!", "schedule.in"),
             html=html, when=sent)
    return R([m], True, start, False, "interview@schedule.in",
             "The scheduler builds the start from the form as date+'T'+time+'+05:30' and EJS prints the Date with "
             "toString() on a UTC server: 'Start : Wed Jan 13 2027 05:30:00 GMT+0000 (Coordinated Universal Time)' = "
             "11:00 IST. The instant is stated exactly (in UTC). HTML only.",
             "https://github.com/shagun25/Interview_Scheduler/blob/master/controllers/indexController.js ; "
             "views/schedule.ejs ; mailer/schedule.js",
             "<%= data.start %> -> Date.prototype.toString() in the server zone (UTC on a hosted Node server)")


# ---------------------------------------------------------------- padma00/Interview_Schedular
@case("en_interview_schedular_datetime_local_string_ist.eml")
def _():
    sent = at(2027, 1, 11, 17, 45, "Asia/Kolkata")
    start = at(2027, 1, 18, 15, 0, "Asia/Kolkata")
    text = "Your interview is scheduled from 2027-01-18T15:00 to 2027-01-18T15:45"
    m = Mail("pd-1", node_headers("pd-1", sent, "kalpak.talent@gmail.com",
                                  "aarav.deshmukh@kalpaksystems.in, lena.marsh@gmail.com", "Interview Scheduled!"),
             text=text, when=sent)
    return R([m], True, start, False, "kalpak.talent@gmail.com",
             "One-line mail to interviewer and interviewee: 'from 2027-01-18T15:00 to 2027-01-18T15:45' - the raw "
             "<input type=datetime-local> strings, no zone. Date header is +0000 (nodemailer writes UTC), which says "
             "nothing; the other recipient is the interviewer at kalpaksystems.in (an Indian company) -> IST +05:30.",
             "https://github.com/padma00/Interview_Schedular/blob/main/mail.js ; app.js (datetime-local values)",
             "'Your interview is scheduled from ' + start_time.toString() + ' to ' + end_time.toString() on strings")


# ---------------------------------------------------------------- yunchan29/Personnel-Management-Vills (Laravel)
VILLS = "https://github.com/yunchan29/Personnel-Management-Vills/blob/main/personnelManagement/resources/views/emails/"


def vills_headers(seed, sent, subject):
    return [("Date", date_hdr(sent.astimezone(UTC))), ("From", "Verde Manpower HR <verdemanpower@gmail.com>"),
            ("To", OWNER), ("Message-ID", msgid(seed, "verdemanpower.ph")), ("Subject", subject), ("MIME-Version", "1.0")]


@case("en_vills_interview_schedule_laguna_no_zone.eml")
def _():
    sent = at(2027, 1, 27, 14, 3, "Asia/Manila")
    start = at(2027, 2, 3, 9, 0, "Asia/Manila")
    html = ('<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="utf-8">\n    <title>Interview Schedule</title>\n'
            '</head>\n<body>\n    <p>Dear Lena Marsh,</p>\n\n    <p>Thank you for your interest in joining Verde Manpower '
            'Recruitment Agency and for submitting your application for the position of Production Planner.</p>\n\n    '
            '<p>We are pleased to inform you that your application has been shortlisted. We would like to invite you for '
            'an interview to further discuss your application.</p>\n    \n    <h2><strong>Interview Details:<strong></h2>'
            '\n\n    <p>\U0001F4C5 Date: <strong>February 03, 2027</strong></p>\n\n    <p>\U0001F559 Time: <strong>09:00 AM'
            '</strong></p>\n\n    <p>\U0001F4CD Location: <strong>2F MALVAR BUILDING, NATIONAL HIGHWAY, REAL, CALAMBA '
            'LAGUNA<strong></p>\n\n    <p>Please be prepared with any supporting documents, such as a valid ID and a '
            'copy of your updated r\u00e9sum\u00e9.</p>\n\n    <p>If you have any questions or need to reschedule, feel '
            'free to contact us at verdemanpower@gmail.com.</p>\n\n    <p>We look forward to meeting you!</p>\n\n    '
            '<p>Best regards,</p>\n    <p>HR Management Team</p>\n</body>\n</html>\n')
    m = Mail("vills-1", vills_headers("vills-1", sent, "Interview Schedule"), html=html, when=sent)
    return R([m], True, start, False, "verdemanpower@gmail.com",
             "Philippine agency invite: 'Date: February 03, 2027' (Carbon 'F d, Y') and 'Time: 09:00 AM' ('h:i A'), no "
             "zone; the Date header is +0000 (Laravel default UTC); the venue is in Calamba, Laguna -> PHT +08:00. "
             "HTML only.",
             VILLS + "interview_schedule.blade.php", "Carbon::parse(scheduled_at)->format('F d, Y') / ->format('h:i A')")


@case("en_vills_interview_rescheduled_new_schedule_only.eml")
def _():
    sent = at(2027, 2, 1, 16, 30, "Asia/Manila")
    start = at(2027, 2, 5, 13, 30, "Asia/Manila")
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n    <title>Interview Rescheduled</title>'
            '\n</head>\n<body>\n    <div class="email-container">\n        <h1>Interview Rescheduled</h1>\n\n       <p>Dear '
            'Lena Marsh,</p> \n\n\n       <p>We hope you\u2019re doing well. We would like to inform you that we\u2019ve '
            'rescheduled your interview due to some internal adjustments in our team\u2019s availability.</p>\n\n        '
            '<p><strong>New Interview Schedule:</strong></p>\n\n        <p>\U0001F4C5 Date: February 5, 2027</p>  \n        '
            '<p>\u23F0 Time: 01:30 PM</p>  \n\n        <p>We appreciate your flexibility and understanding regarding this '
            'change. Please let us know if you have any concerns about the new schedule.</p>\n\n        <p>Looking '
            'forward to speaking with you soon.</p>\n\n        <p>Best regards,</p>\n        <p>HR Management Team</p>\n'
            '        <br>\n        <p class="footer">\n            If you have any questions or concerns, feel free to reply '
            'to this email.<br>\n            Thank you,<br>\n            Verde Manpower Recruitment Agency\n        </p>\n'
            '    </div>\n</body>\n</html>\n')
    m = Mail("vills-2", vills_headers("vills-2", sent, "Interview Rescheduled"), html=html, when=sent)
    return R([m], True, start, False, "verdemanpower@gmail.com",
             "Reschedule notice carrying only the new schedule: 'Date: February 5, 2027' ('F j, Y') 'Time: 01:30 PM'. "
             "Philippine agency (Date header +0000) -> +08:00.",
             VILLS + "intervew_reschedule.blade.php", "Carbon 'F j, Y' and 'h:i A'")


# ---------------------------------------------------------------- justslick23/jobconnect (Laravel)
@case("en_jobconnect_shortlisted_interview_maseru.eml")
def _():
    sent = at(2027, 1, 14, 9, 10, "Africa/Maseru")
    start = at(2027, 1, 26, 10, 0, "Africa/Maseru")
    html = ('<!DOCTYPE html>\n<html>\n<head>\n    <title>Shortlisted for Interview</title>\n</head>\n<body style="font-'
            'family: Arial, sans-serif;">\n    <h2>Congratulations Lena Marsh,</h2>\n\n    <p>You have been <strong>'
            'shortlisted</strong> for the position of <strong>Procurement Officer</strong>.</p>\n\n    <p>Your interview '
            'is scheduled as follows:</p>\n\n    <ul>\n        <li><strong>Date & Time:</strong> Tuesday, January 26, 2027 '
            '10:00 AM</li>\n        <li><strong>Location:</strong> Maseru Head Office, Kingsway, Maseru</li>\n    </ul>\n\n'
            '    <p>Please make necessary preparations and ensure you are available.</p>\n\n    <p>Thank you,<br>JobConnect'
            '</p>\n</body>\n</html>\n')
    hs = [("Date", date_hdr(sent.astimezone(UTC))), ("From", "JobConnect <noreply@jobconnect.co.ls>"), ("To", OWNER),
          ("Message-ID", msgid("jc-1", "jobconnect.co.ls")), ("Subject", "Shortlisted for Interview"), ("MIME-Version", "1.0")]
    m = Mail("jc-1", hs, html=html, when=sent)
    return R([m], True, start, False, "noreply@jobconnect.co.ls",
             "'Date & Time: Tuesday, January 26, 2027 10:00 AM' (Carbon 'l, F j, Y h:i A'), no zone, Date header "
             "+0000; location Maseru (and a .co.ls sender) -> Lesotho, SAST +02:00.",
             "https://github.com/justslick23/jobconnect/blob/main/resources/views/emails/shortlisted_interview.blade.php",
             "Carbon::parse(interview_date)->format('l, F j, Y h:i A'); location = requisition location; signed config('app.name')")


# ---------------------------------------------------------------- rahulwaghole14/aiinterviewerbackend (Django)
@case("en_ai_interviewer_scheduled_strftime_london.eml")
def _():
    sent = at(2027, 1, 19, 12, 31, "Europe/London")
    start = at(2027, 1, 28, 10, 0, "Europe/London")
    text = ("\nDear Lena Marsh,\n\nYour interview has been scheduled successfully!\n\n\U0001F4CB **Interview Details:**\n"
            "\u2022 Position: Clinical Data Analyst\n\u2022 Company: Thornbury Health Analytics\n\u2022 Date & Time: "
            "January 28, 2027 at 10:00 AM\n\u2022 Interview Type: Technical\n\n\U0001F517 **Join Your Interview:**\n"
            "Click the link below to join your interview at the scheduled time:\nhttps://interviews.hireloop.ai/"
            "interview/?session_key=5b1f0c9e7d2a4c88\n\n\u26A0\uFE0F **Important Notes:**\n\u2022 Please join the "
            "interview 5-10 minutes before the scheduled time\n\u2022 You can only access the interview link at the "
            "scheduled date and time\n\u2022 The link will be active 15 minutes before the interview starts\n\u2022 "
            "Make sure you have a stable internet connection and a quiet environment\n\n\U0001F4E7 **Contact "
            "Information:**\nIf you have any questions or need to reschedule, please contact your recruiter.\n\n"
            "Best regards,\nThornbury Health Analytics Recruitment Team\n\n---\nThis is an automated message. Please "
            "do not reply to this email.\n            ")
    hs = [("Subject", "Interview Scheduled - Clinical Data Analyst at Thornbury Health Analytics"),
          ("From", "no-reply@hireloop.ai"), ("To", OWNER), ("Date", date_hdr(sent, minus_zero=True)),
          ("Message-ID", msgid("ai-1", "ip-10-0-3-17.eu-west-2.compute.internal", "django")), ("MIME-Version", "1.0")]
    m = Mail("ai-1", hs, text=text, when=sent)
    return R([m], True, start, False, "no-reply@hireloop.ai",
             "AI-interview platform mail: 'Date & Time: January 28, 2027 at 10:00 AM' (strftime('%B %d, %Y at "
             "%I:%M %p') on the stored UTC time), no zone; employer in London (GMT = UTC in January), Date header "
             "-0000 -> 10:00 +00:00.",
             "https://github.com/rahulwaghole14/aiinterviewerbackend/blob/main/notifications/services.py "
             "(send_candidate_interview_scheduled_notification)",
             "slot.start_time.strftime('%B %d, %Y at %I:%M %p'); Django send_mail plain text")


# ---------------------------------------------------------------- MahmoudEssam5/Booking-System (Laravel)
BK = "https://github.com/MahmoudEssam5/Booking-System/blob/main/resources/views/emails/"


def bk_headers(seed, sent, subject):
    return [("Date", date_hdr(sent)), ("From", "Nile Ledger Careers <careers@nileledger.com.eg>"), ("To", OWNER),
            ("Message-ID", msgid(seed, "nileledger.com.eg")), ("Subject", subject), ("MIME-Version", "1.0")]


@case("en_booking_system_confirmation_placeholder_company_cairo.eml")
def _():
    sent = at(2027, 1, 3, 13, 22, "Africa/Cairo")
    start = at(2027, 1, 10, 11, 0, "Africa/Cairo")
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n    <title>Interview Booking '
            'Confirmation</title>\n</head>\n<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333;">'
            '\n<h2>Dear Lena Marsh,</h2>\n\n<p>Thank you for scheduling your interview for the <strong>Senior Accountant'
            '</strong> position.</p>\n\n<p>We are pleased to confirm that your interview has been successfully booked. A '
            'member of our recruitment team will reach out to you shortly with any additional information you may need.'
            '</p>\n\n<h3>\U0001F4C5 Interview Details:</h3>\n<ul>\n    <li><strong>Date & Time:</strong> Sunday, January '
            '10, 2027 at 11:00 AM</li>\n    <li><strong>Interview Type:</strong> In-person</li>\n    <li><strong>Location:'
            '</strong> Building B7, Smart Village, Giza</li>\n</ul>\n\n\n<p>If you have any questions or need to make '
            'changes to your booking, feel free to reply to this email and we\u2019ll be happy to assist.</p>\n\n<p>We '
            'look forward to speaking with you.</p>\n\n<p>Kind regards,<br>\n    <strong>The Recruitment Team</strong>'
            '<br>\n    [Your Company Name]</p>\n</body>\n</html>\n')
    m = Mail("bk-1", bk_headers("bk-1", sent, "Interview Booking Confirmation"), html=html, when=sent)
    return R([m], True, start, False, "careers@nileledger.com.eg",
             "Booking confirmation after the candidate picked a slot: 'Sunday, January 10, 2027 at 11:00 AM' (Carbon "
             "'l, F j, Y \\a\\t h:i A'), Giza venue, Date header +0200 -> EET +02:00. The template's '[Your Company "
             "Name]' placeholder was never filled (as shipped). A booked slot is not an acceptance.",
             BK + "booking-confirmation.blade.php", "slot->start_datetime->format('l, F j, Y \\a\\t h:i A')")


@case("en_booking_system_reminder_iso_datetime_cairo.eml")
def _():
    sent = at(2027, 1, 9, 11, 0, "Africa/Cairo")
    start = at(2027, 1, 10, 11, 0, "Africa/Cairo")
    html = ('<p>Hello Lena Marsh,</p>\n\n<p>This is a reminder for your upcoming interview:</p>\n\n<ul>\n    <li><strong>'
            'Position:</strong> Senior Accountant</li>\n    <li><strong>Interview Type:</strong> In-person</li>\n    <li>'
            '<strong>Date & Time:</strong> 2027-01-10 11:00</li>\n    <li><strong>Location:</strong> Building B7, Smart '
            'Village, Giza</li>\n</ul>\n\n<p>We wish you the best of luck!</p>\n')
    m = Mail("bk-2", bk_headers("bk-2", sent, "Interview Reminder"), html=html, when=sent)
    return R([m], True, start, False, "careers@nileledger.com.eg",
             "Reminder one day ahead: 'Date & Time: 2027-01-10 11:00' (Carbon 'Y-m-d H:i'), Giza, Date +0200 -> "
             "2027-01-10 11:00 +02:00.",
             BK + "booking_reminder.blade.php", "Carbon::parse(start_datetime)->format('Y-m-d H:i')")


@case("en_non_booking_system_interview_cancelled.eml")
def _():
    sent = at(2027, 1, 12, 10, 14, "Africa/Cairo")
    html = ('<h2>Hello Lena Marsh,</h2>\n<p>We regret to inform you that your scheduled interview for the position of '
            'Treasury Analyst has been <strong>cancelled</strong>.</p>\n<p>If you have any questions, please contact us.'
            '</p>\n<p>Thank you for your interest.</p>\n')
    m = Mail("bk-3", bk_headers("bk-3", sent, "Interview Cancelled"), html=html, when=sent)
    return R([m], False, None, False, None,
             "Cancellation with no new time and no invitation to rebook -> not an invite.",
             BK + "booking-cancelled-on-interview.blade.php", "no date in the template")


@case("en_non_booking_system_hr_reminder_owner_interviews.eml")
def _():
    sent = at(2027, 1, 13, 9, 0, "Africa/Cairo")
    html = ('<p>Hello Lena Marsh,</p>\n\n<p>This is a reminder for your upcoming interview with a candidate:</p>\n\n<ul>\n'
            '    <li><strong>Candidate:</strong> Youssef Adel</li>\n    <li><strong>Email:</strong> youssef.adel94@gmail.com'
            '</li>\n    <li><strong>Phone:</strong> +20 100 555 0192</li>\n    <li><strong>Position:</strong> Accounts '
            'Payable Officer</li>\n    <li><strong>Interview Type:</strong> Online</li>\n    <li><strong>Date & Time:'
            '</strong> 2027-01-14 10:30</li>\n    <li><strong>Location:</strong> Google Meet</li>\n</ul>\n\n<p>Please be '
            'prepared.</p>\n')
    m = Mail("bk-4", bk_headers("bk-4", sent, "Upcoming Interview Reminder"), html=html, when=sent)
    return R([m], False, None, False, None,
             "HR-side reminder: 'your upcoming interview with a candidate: Youssef Adel' -> the owner conducts it; not an invite.",
             BK + "hr_booking_reminder.blade.php", "Carbon 'Y-m-d H:i'")


# ---------------------------------------------------------------- SamiZafarDev/HRManager (Laravel)
HRM = ("https://github.com/SamiZafarDev/HRManager/blob/main/resources/views/emailHandler/emailTemplate.blade.php ; "
       "app/Http/Controllers/EmailHandlerController.php (replaceTagsWithData, convertTimeToReadableFormat) ; config/app.php")


def hrm_body(company, start_s, end_s):
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n    <meta name="viewport" content='
            '"width=device-width, initial-scale=1.0">\n    <meta http-equiv="X-UA-Compatible" content="ie=edge">\n    '
            '<title>Email Template</title>\n</head>\n<body>\n    <h1>Interview Invitation</h1>\n    <p>Dear Candidate,</p>'
            f'\n    <p>We are pleased to inform you that you have been shortlisted for an interview with {company}.</p>\n'
            f'    <p>Your interview is scheduled to start at {start_s} till {end_s}.</p>\n    <p>Best regards,</p>\n    '
            f'<p>{company} HR Team</p>\n</body>\n</html>\n')


@case("en_hrmanager_start_till_end_no_zone_lahore.eml")
def _():
    sent = at(2027, 1, 15, 12, 48, "Asia/Karachi")
    start = at(2027, 1, 25, 15, 0, "Asia/Karachi")
    html = hrm_body("Ravi Textiles (Pvt) Ltd", "January 25, 2027 at 3:00 PM", "January 25, 2027 at 3:45 PM")
    hs = [("Date", date_hdr(sent.astimezone(UTC))), ("From", "Ravi Textiles HR <hr@ravitextiles.com.pk>"), ("To", OWNER),
          ("Message-ID", msgid("hrm-1", "ravitextiles.com.pk")), ("Subject", "Interview Invitation - Merchandiser"),
          ("MIME-Version", "1.0")]
    m = Mail("hrm-1", hs, html=html, when=sent)
    return R([m], True, start, False, "hr@ravitextiles.com.pk",
             "'Your interview is scheduled to start at January 25, 2027 at 3:00 PM till January 25, 2027 at 3:45 PM' "
             "(Carbon 'F j, Y \\a\\t g:i A'), no zone; app timezone UTC so the Date header is +0000 and says nothing; "
             "the employer is Pakistani (.com.pk, '(Pvt) Ltd') -> PKT +05:00.",
             HRM, "{start time}/{end time} = Carbon::parse(timestamp)->format('F j, Y \\a\\t g:i A'); subject typed by HR")


@case("en_agency_outlook_fw_hrmanager_invitation_pkt.eml")
def _():
    fwd_sent = at(2027, 1, 18, 10, 5, "Asia/Dubai")
    sent = at(2027, 1, 18, 12, 40, "Asia/Dubai")
    start = at(2027, 1, 28, 11, 0, "Asia/Karachi")
    inner = ("Interview Invitation\n\nDear Candidate,\n\nWe are pleased to inform you that you have been shortlisted for "
             "an interview with Ravi Textiles (Pvt) Ltd.\n\nYour interview is scheduled to start at January 28, 2027 at "
             "11:00 AM till January 28, 2027 at 11:45 AM.\n\nBest regards,\n\nRavi Textiles (Pvt) Ltd HR Team")
    text = ("Hi Lena,\n\nGood news \u2013 Ravi Textiles would like to meet you for the Merchandising Manager role. Their "
            "invitation is below; the time is Lahore time (PKT), it will be a video call.\n\nCould you confirm to me "
            "by Wednesday so I can let them know?\n\nBest regards,\nSana Rauf\nSenior Consultant | Gulfbridge Talent\n"
            "Office 1204, Bay Square 7, Business Bay, Dubai\n+971 4 555 0148\n\n________________________________\n"
            "From: Ravi Textiles HR <hr@ravitextiles.com.pk>\nSent: Monday, January 18, 2027 10:05 AM\nTo: Sana Rauf "
            "<sana.rauf@gulfbridgetalent.ae>\nSubject: Interview Invitation - Merchandising Manager\n\n" + inner + "\n")
    hs = [("From", "Sana Rauf <sana.rauf@gulfbridgetalent.ae>"), ("To", f"{OWNER_NAME} <{OWNER}>"),
          ("Subject", "FW: Interview Invitation - Merchandising Manager"),
          ("Thread-Topic", "Interview Invitation - Merchandising Manager"), ("Thread-Index", "AdtUqkq3vYw0F2h9TjKbV4p0XyZ1aQ=="),
          ("Date", date_hdr(sent)), ("Message-ID", msgid("hrm-fw", "DB9PR03MB7411.eurprd03.prod.outlook.com", "outlook")),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    m = Mail("hrm-fw", hs, text=text, when=sent)
    return R([m], True, start, False, "sana.rauf@gulfbridgetalent.ae",
             "Agency recruiter in Dubai forwards (Outlook 'FW:' block with From/Sent/To/Subject) the employer's "
             "HRManager invitation: 'start at January 28, 2027 at 11:00 AM' with the cover note saying Lahore time "
             "(PKT). The forward's 'Sent:' line and the Date header are Dubai time (+0400) and are not the interview. "
             "Reply goes to the agency recruiter.",
             HRM, "inner mail as the HRManager renders it; Outlook-on-the-web forward header written around it")
