"""Cases rendered from open-source recruiting / HR / scheduling software read in its public repository:
OpenCATS, Horilla HRMS, Rallly, Nextcloud Calendar appointments, Sentrifugo."""
from __future__ import annotations

import re

from mailkit import (OWNER, OWNER_FROM, OWNER_NAME, Mail, R, at, case, date_hdr, html_escape, ics_fold, ics_local,
                     ics_utc, msgid, VTZ)


def php_date(dt):
    """PHPMailer's RFC 822 date: date('D, j M Y H:i:s O')."""
    return f"{dt.strftime('%a')}, {dt.day} {dt.strftime('%b %Y %H:%M:%S')} {dt.strftime('%z')}"


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


# ---------------------------------------------------------------- OpenCATS
OPENCATS_SRC = ("https://github.com/opencats/OpenCATS/blob/master/db/cats_schema.sql (email_template rows); "
                "https://github.com/opencats/OpenCATS/blob/master/lib/EmailTemplates.php (replaceVariables); "
                "https://github.com/opencats/OpenCATS/blob/master/lib/Mailer.php; https://github.com/opencats/OpenCATS/blob/master/config.php")


def opencats_html(body):
    return ('<div style="font: normal normal 12px Arial, Tahoma, sans-serif">'
            + body.replace("\n", "<br />\n") + "</div>")


def opencats_mail(seed, sent, frm, subject, body):
    headers = [("Date", php_date(sent)), ("To", OWNER), ("From", frm), ("Subject", subject),
               ("Message-ID", msgid(seed, "harbourlinestaffing.co.uk", "phpmailer")),
               ("X-Mailer", "PHPMailer 5.2.23 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")]
    return Mail(seed, headers, text=strip_tags(body), html=opencats_html(body), when=sent)


@case("en_non_opencats_status_changed_to_interviewing.eml")
def _():
    sent = at(2026, 12, 1, 9, 14, "Europe/London")
    body = ("* Auto generated message. Please DO NOT reply *\n01-12-26 9:14 AM\n\nDear Lena Marsh,\n\n"
            "This E-Mail is a notification that your status in our database has been changed for the position "
            "Payroll Analyst (Corbett & Vine).\n\nYour previous status was <B>Contacted</B>.\n"
            "Your new status is <B>Interviewing</B>.\n\nTake care,\nDeclan Hurst\nHarbourline Staffing")
    m = opencats_mail("opencats-status", sent, "careers@harbourlinestaffing.co.uk", "Job Application Status Change", body)
    return R([m], False, None, False, None,
             "OpenCATS pipeline status e-mail: status changed from Contacted to 'Interviewing'. A status update with no "
             "interview proposed or scheduled -> not an invite.",
             OPENCATS_SRC + " (EMAIL_TEMPLATE_STATUSCHANGE, CANDIDATE_STATUSCHANGE_SUBJECT)",
             "%DATETIME% = DateUtility::getAdjustedDate('d-m-y g:i A') (site in DMY mode) = '01-12-26 9:14 AM'; "
             "status names from the pipeline; isHTML -> body wrapped in the Mailer div, AltBody = strip_tags")


@case("en_non_opencats_careers_portal_application_received.eml")
def _():
    sent = at(2026, 11, 23, 16, 2, "Europe/London")
    body = ("* This is an auto-generated message. Please do not reply. *\n23-11-26 4:02 PM\n\nDear Lena Marsh,\n\n"
            "Thank you for applying to the Credit Control Team Leader position with our online career portal! Your "
            "application has been entered into our system and someone will review it shortly.\n\n--\nHarbourline Staffing")
    m = opencats_mail("opencats-apply", sent, "careers@harbourlinestaffing.co.uk", "Thank You for Your Application", body)
    return R([m], False, None, False, None,
             "OpenCATS careers-portal receipt ('someone will review it shortly') -> not an invite.",
             OPENCATS_SRC + " (EMAIL_TEMPLATE_CANDIDATEAPPLY, CAREERS_CANDIDATEAPPLY_SUBJECT)",
             "%DATETIME% in DMY mode 'd-m-y g:i A'; %JBODTITLE% / %SITENAME% filled")


@case("en_non_opencats_event_reminder_owner_is_interviewer.eml")
def _():
    sent = at(2026, 12, 3, 13, 30, "Europe/London")
    body = ("Lena Marsh,\n\nThis is a reminder from the OpenCATS Applicant Tracking System about an\nupcoming event.\n\n"
            "'Interview: Priya Natarajan (Payroll Analyst - Corbett & Vine)'\nIs scheduled to occur in 30 minutes.\n\n"
            "Description:\nFirst-round phone interview. Call Priya on 07700 900418; scorecard in her pipeline record.\n\n"
            "--\nOPENCATS Applicant Tracking System")
    headers = [("Date", php_date(sent)), ("To", OWNER), ("From", "noreply@harbourlinestaffing.co.uk"),
               ("Subject", "CATS Event Reminder: Interview: Priya Natarajan (Payroll Analyst - Corbett & Vine)"),
               ("Message-ID", msgid("opencats-reminder", "harbourlinestaffing.co.uk", "phpmailer")),
               ("X-Mailer", "PHPMailer 5.2.23 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")]
    m = Mail("opencats-reminder", headers, text=body, when=sent)
    return R([m], False, None, False, None,
             "OpenCATS calendar reminder e-mailed to the user who entered the event (the owner, a recruiter at the "
             "agency): she is the one interviewing Priya Natarajan -> not an invite to her.",
             "https://github.com/opencats/OpenCATS/blob/master/config.php ($GLOBALS['eventReminderEmail']); "
             "https://github.com/opencats/OpenCATS/blob/master/modules/calendar/tasks/Reminders.php",
             "subject 'CATS Event Reminder: ' + title; %FULLNAME% = enteredBy first+last name; %DUETIME% = "
             "_getReminderTimeString(30) = 'in 30 minutes'; plain text (isHTML false)")


# ---------------------------------------------------------------- Horilla
HORILLA_SRC = ("https://github.com/horilla-opensource/horilla/blob/master/load_data/mail_templates.json ; "
               "load_data/mail_automations.json ; horilla_automations/signals.py (subject = automation title, "
               "EmailMessage html, from/reply_to = the acting user's name <mail>) ; horilla/settings.py "
               "(LANGUAGE_CODE en-us, TIME_ZONE default Asia/Kolkata)")
HORILLA_HOST = "ip-172-31-9-144.ap-south-1.compute.internal"


def horilla_mail(seed, sent, frm, subject, html, to=OWNER):
    headers = [("Content-Type", "text/html; charset=\"utf-8\""), ("MIME-Version", "1.0"),
               ("Subject", subject), ("From", frm), ("To", to), ("Reply-To", frm),
               ("Date", date_hdr(sent, minus_zero=True)), ("Message-ID", msgid(seed, HORILLA_HOST, "django"))]
    return Mail(seed, headers[2:], html=html, when=sent)


def horilla_interview_body(name, date_s, time_s):
    return ('<p data-start="234" data-end="421" class="">This is to inform you that an interview has been scheduled for '
            f'{name} on {date_s} at {time_s}.</p><p data-start="234" data-end="421" class=""><span style="font-size: '
            '12.8px;">Kindly take the necessary steps to prepare for or facilitate this interview as appropriate.</span>'
            '</p><p data-start="234" data-end="421" class=""><span style="font-size: 12.8px;">Thank you for your '
            'prompt attention to this matter.</span></p>')


@case("en_horilla_interview_automation_django_date_ist.eml")
def _():
    sent = at(2026, 12, 1, 10, 42, "Asia/Kolkata")
    start = at(2026, 12, 9, 15, 30, "Asia/Kolkata")
    m = horilla_mail("horilla-cand", sent, "Anjali Menon <anjali.menon@kovaltech.in>", "Interview Automation",
                     horilla_interview_body("Lena Marsh", "Dec. 9, 2026", "3:30 p.m."))
    return R([m], True, start, False, "anjali.menon@kovaltech.in",
             "Horilla 'Interview Template' sent by an automation whose recipient was set to the candidate; subject is "
             "the automation title 'Interview Automation'. 'on Dec. 9, 2026 at 3:30 p.m.' - Django en DATE_FORMAT "
             "'N j, Y' / TIME_FORMAT 'P', no zone. Date header is -0000 (Django formatdate, EMAIL_USE_LOCALTIME off), "
             "so the zone comes from the rest: Koval Technologies (.in sender), Horilla's default TIME_ZONE "
             "Asia/Kolkata, EC2 host ap-south-1 in the Message-ID -> IST +05:30. HTML only.",
             HORILLA_SRC + " (template 6 'Interview Template', automation 4 'Interview Automation')",
             "{{model_instance.interview_date}} / {{model_instance.interview_time}} through Django's en formats: "
             "'Dec. 9, 2026' and '3:30 p.m.'")


@case("en_non_horilla_interview_automation_to_reporting_manager.eml")
def _():
    sent = at(2026, 12, 2, 11, 5, "Asia/Kolkata")
    m = horilla_mail("horilla-mgr", sent, "Anjali Menon <anjali.menon@kovaltech.in>", "Interview Automation",
                     horilla_interview_body("Rahul Bhatia", "Dec. 10, 2026", "11 a.m."))
    return R([m], False, None, False, None,
             "Same Horilla automation as shipped (mail_to = the interviewer's reporting manager, here the owner): "
             "'an interview has been scheduled for Rahul Bhatia on Dec. 10, 2026 at 11 a.m. Kindly take the necessary "
             "steps to prepare for or facilitate this interview' -> someone else's interview, not an invite.",
             HORILLA_SRC + " (template 6, automation 4: mail_to employee_id__employee_work_info__reporting_manager_id)",
             "Django 'N j, Y' and 'P' ('11 a.m.' for 11:00)")


@case("en_non_horilla_application_received.eml")
def _():
    sent = at(2026, 11, 20, 19, 41, "Asia/Kolkata")
    html = ('<p>Dear Lena Marsh,</p>\n\n<p>Thank you for applying for the <strong>Data Analyst</strong> position at \n\n'
            '<strong>Koval Technologies Pvt Ltd</strong>.\n\n</p>\n\n<p>We have received your application and our '
            'recruitment team is currently reviewing your profile.</p>\n\n<p>If your qualifications align with our '
            'current requirements, we will contact you for the next steps in the hiring process. In the meantime, '
            'feel free to visit our portal for any updates or communication.</p>\n\n<p>We appreciate your interest in '
            'joining our team and taking the time to apply.</p>\n\n<p>Best regards,<br>\n\n<strong>Koval Technologies '
            'Pvt Ltd</strong><br>\n\nRecruitment Team</p>\n\n<hr style="border:none;border-top:1px solid #eee;">\n\n'
            '<p style="font-size:12px;color:#888;text-align:center;">\nThis is an automated message from the HRMS '
            'system.\n</p>')
    m = horilla_mail("horilla-recv", sent, "Koval Technologies <careers@kovaltech.in>",
                     "Application Received for Data Analyst - Koval Technologies Pvt Ltd", html)
    return R([m], False, None, False, None,
             "Horilla application receipt: 'we will contact you for the next steps in the hiring process' -> not an invite.",
             HORILLA_SRC + " (template 11 'Application Received Template', automation 9)",
             "subject from the automation title 'Application Received for {{ instance.get_job_position}} - "
             "{{ instance.get_company }}'")


@case("en_non_horilla_not_selected_with_reasons.eml")
def _():
    sent = at(2026, 12, 18, 17, 20, "Asia/Kolkata")
    html = ('<div style="font-family: \'Segoe UI\', Arial, sans-serif; background-color: #f4f6f9; padding: 40px;">\n'
            '<div style="max-width: 650px; margin: auto; background: #ffffff; border-radius: 16px; padding: 40px;">\n'
            '<h1 style="color: #e74c3c; text-align: center; font-size: 26px;">Application Status Update - Data Analyst</h1>\n'
            '<p style="font-size: 16px; color: #333;">Dear <strong>Lena Marsh</strong>,</p>\n'
            '<p style="font-size: 15px; color: #444;">Thank you for applying for the <strong>Data Analyst</strong> '
            'position at <strong>Koval Technologies Pvt Ltd</strong>.</p>\n'
            '<p style="font-size: 15px; color: #444;">After careful consideration, we regret to inform you that your '
            'application has not been successful at this time.</p>\n'
            '<div style="margin: 25px 0; padding: 20px; background: #fff5f5; border-left: 5px solid #e74c3c;">\n'
            '<p style="margin: 0 0 10px 0; font-size: 15px; color: #b71c1c; font-weight: 600;">Reason for Rejection:</p>\n'
            '<ul style="margin: 0; padding-left: 22px; font-size: 14px; color: #333;">\n<li>Position filled by an '
            'internal candidate</li>\n</ul>\n<p style="margin-top: 12px; font-size: 14px; color: #555;">Thank you for '
            'attending the technical interview on 9 December.</p>\n</div>\n'
            '<p style="font-size: 15px; color: #444;">We sincerely appreciate the time and effort you invested in your '
            'application and encourage you to apply for future opportunities that align with your skills and career '
            'goals.</p>\n<hr style="margin: 35px 0; border: none; border-top: 1px solid #eee;">\n'
            '<p style="font-size: 13px; color: #777; text-align: center;">Best regards,<br>\n<strong style="color:#333;">'
            'Koval Technologies Pvt Ltd</strong> Recruitment Team</p>\n<p style="font-size: 11px; color: #aaa; '
            'text-align: center;">This is an automated email. Please do not reply directly to this message.</p>\n'
            '</div>\n</div>')
    m = horilla_mail("horilla-rej", sent, "Anjali Menon <anjali.menon@kovaltech.in>",
                     "Application Status Update - Data Analyst", html)
    return R([m], False, None, False, None,
             "Horilla rejection ('Application Status - Not Selected') mentioning the past interview -> not an invite.",
             HORILLA_SRC + " (template 17, automation 15)",
             "reject reason and description filled from the RejectedCandidate record")


# ---------------------------------------------------------------- Rallly
RALLLY_SRC = ("https://github.com/lukevella/rallly/blob/main/packages/emails/src/templates/ ; "
              "packages/emails/locales/en/emails.json ; apps/web/src/features/scheduled-event/utils.ts "
              "(formatEventDateTime) ; apps/web/src/lib/datetime/format.ts ; apps/web/src/lib/utils/ics.ts")


def rallly_html(heading, content_html, dow, day, date, time, after_html, button, url):
    return (f'<!DOCTYPE html><html><head></head><body style="background-color:#ffffff"><table align="center" '
            f'width="100%" style="max-width:480px"><tbody><tr><td><img src="https://rallly.co/logo.png" height="42" '
            f'alt="Rallly" style="margin-bottom:32px;border-radius:6px" /><h1 style="font-size:20px">{heading}</h1>'
            f'<p>{content_html}</p><table data-testid="date-section"><tr><td style="width:48px"><table style="border-'
            f'radius:5px;width:48px;height:48px;text-align:center;border:1px solid #e2e8f0"><tr><td><p style="margin:0 '
            f'0 4px 0;font-size:10px">{dow}</p><p style="font-size:20px;font-weight:bold;margin:0">{day}</p></td></tr>'
            f'</table></td><td style="padding-left:16px" align="left"><p style="margin:0;font-weight:bold">{date}</p>'
            f'<p style="margin:0;color:#64748b">{time}</p></td></tr></table>{after_html}<a href="{url}" '
            f'style="background-color:#4f46e5;color:#ffffff;padding:12px 14px;border-radius:6px">{button}</a><hr '
            f'style="margin:16px 0" /><p style="color:#64748b;font-size:12px">Powered by <a href="https://rallly.co">'
            f'rallly.co</a></p></td></tr></tbody></table></body></html>')


def rallly_text(heading, content, dow, day, date, time, after, button, url):
    return (f"{heading}\n\n{content}\n\n{dow}\n\n{day}\n\n{date}\n\n{time}\n\n{after}{button} [{url}]\n\n"
            + "-" * 72 + "\n\nPowered by rallly.co [https://rallly.co]\n")


def rallly_ics(uid, title, start, end, org_name, org_mail, method="REQUEST", extra=()):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:-//Rallly//EN", f"METHOD:{method}",
             "X-PUBLISHED-TTL:PT1H", "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{title}",
             f"DTSTAMP:{ics_utc(start.replace(day=1))}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
             f"ORGANIZER;CN={org_name}:mailto:{org_mail}", *extra, "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
             "END:VCALENDAR"]
    return ics_fold(lines)


def rallly_headers(seed, sent, subject, reply_to=None):
    hs = [("From", "Rallly <noreply@rallly.co>"), ("To", OWNER), ("Subject", subject)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Message-ID", msgid(seed, "rallly.co", "nodemailer")), ("Date", date_hdr(sent.astimezone(at(2000, 1, 1).tzinfo))),
           ("MIME-Version", "1.0")]
    return hs


@case("en_rallly_date_booked_gmt_plus_530_range_ics.eml")
def _():
    sent = at(2027, 1, 8, 11, 3, "Europe/London")
    start = at(2027, 1, 14, 10, 0, "Europe/London")
    end = at(2027, 1, 14, 10, 45, "Europe/London")
    title = "Interview: Lena Marsh \u2013 Support Team Lead (Tidewell)"
    url = "https://app.rallly.co/invite/q8Zt3RkPw1"
    # invitee time zone recorded when she voted: Asia/Kolkata -> rendered in her zone with the zone name
    content = f"<b>Grace Oduya</b> has booked <b>{title}</b> for the following date:"
    html = rallly_html("Final date booked!", content.replace("<b>", "<strong>").replace("</b>", "</strong>"), "Thu", "14",
                       "January 14, 2027", "3:30 \u2013 4:15\u202fPM GMT+5:30",
                       "<p>Please find attached a calendar invite for this event.</p>", "View Event", url)
    text = rallly_text("Final date booked!", re.sub("</?b>", "", content), "Thu", "14", "January 14, 2027",
                       "3:30 \u2013 4:15\u202fPM GMT+5:30", "Please find attached a calendar invite for this event.\n\n",
                       "View Event", url)
    ics = rallly_ics("Xf3kQ9mP2rTz@rallly.co", title, start, end, "Grace Oduya", "grace.oduya@tidewell.co.uk")
    m = Mail("rallly-final", rallly_headers("rallly-final", sent, f"Date booked for {title}"), text=text, html=html,
             calendar=("REQUEST", ics), when=sent)
    return R([m], True, start, False, "noreply@rallly.co",
             "Rallly 'Final date booked!' to a poll participant. Event zone Europe/London, but the participant voted "
             "from India, so the mail shows her zone: 'January 14, 2027 / 3:30 \u2013 4:15 PM GMT+5:30' = 10:00 London. "
             "text/calendar REQUEST (DTSTART 20270114T100000Z, ORGANIZER only, no ATTENDEE). No Reply-To: the only "
             "address is Rallly's no-reply sender.",
             RALLLY_SRC + " (finalized-participant.tsx; polls.ts schedule -> sendFinalizeParticipantEmail)",
             "Intl.DateTimeFormat('en', dateLong) = 'January 14, 2027'; formatRange(time preset, timeZone = invitee "
             "zone, timeZoneName 'short') = '3:30 \u2013 4:15 PM GMT+5:30'; ics.createEvent in UTC")


@case("en_non_rallly_event_canceled_no_new_date.eml")
def _():
    sent = at(2027, 1, 19, 17, 48, "Europe/London")
    title = "Second interview: Lena Marsh \u2013 Support Team Lead (Tidewell)"
    url = "https://app.rallly.co/invite/Vb7yT2kLq0"
    content = f"<b>Grace Oduya</b> has canceled <b>{title}</b> that was scheduled for:"
    html = rallly_html("Event canceled", content.replace("<b>", "<strong>").replace("</b>", "</strong>"), "Thu", "21",
                       "January 21, 2027", "10:00 \u2013 10:45\u202fAM GMT", "", "View Event", url)
    text = rallly_text("Event canceled", re.sub("</?b>", "", content), "Thu", "21", "January 21, 2027",
                       "10:00 \u2013 10:45\u202fAM GMT", "", "View Event", url)
    m = Mail("rallly-cancel", rallly_headers("rallly-cancel", sent, f"Canceled: {title}"), text=text, html=html, when=sent)
    return R([m], False, None, False, None,
             "Rallly 'Event canceled' for the second interview; no new date and no poll to pick one -> not an invite "
             "(the printed time is the cancelled one).",
             RALLLY_SRC + " (event-canceled.tsx, eventCanceledSubject 'Canceled: {title}')",
             "formatEventDateTime in the invitee's zone (Europe/London): 'January 21, 2027' / '10:00 \u2013 10:45 AM GMT'")


@case("en_rallly_rsvp_you_accepted_final_interview.eml")
def _():
    sent = at(2027, 1, 22, 9, 12, "Europe/London")
    start = at(2027, 1, 29, 14, 0, "Europe/London")
    end = at(2027, 1, 29, 15, 0, "Europe/London")
    title = "Final interview: Lena Marsh \u2013 Support Team Lead (Tidewell)"
    url = "https://app.rallly.co/e/Jt8vQ3nWx5"
    content = (f"You accepted the invitation to <b>{title}</b> hosted by <b>Grace Oduya</b>. "
               "The event is scheduled for:")
    html = rallly_html("You're going", content.replace("<b>", "<strong>").replace("</b>", "</strong>"), "Fri", "29",
                       "January 29, 2027", "2:00 \u2013 3:00\u202fPM GMT",
                       "<p>Please find attached a calendar invite for this event.</p>", "View Event", url)
    text = rallly_text("You're going", re.sub("</?b>", "", content), "Fri", "29", "January 29, 2027",
                       "2:00 \u2013 3:00\u202fPM GMT", "Please find attached a calendar invite for this event.\n\n",
                       "View Event", url)
    ics = rallly_ics("Kp2wX8rTq4Lm@rallly.co", title, start, end, "Grace Oduya", "grace.oduya@tidewell.co.uk",
                     extra=("ATTENDEE;CN=Lena Marsh;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lena.marsh@gmail.com",))
    m = Mail("rallly-rsvp", rallly_headers("rallly-rsvp", sent, f"You responded to {title}"), text=text, html=html,
             calendar=("REQUEST", ics), when=sent)
    return R([m], True, start, True, "noreply@rallly.co",
             "Rallly RSVP confirmation 'You're going - You accepted the invitation to Final interview ... hosted by "
             "Grace Oduya. The event is scheduled for: January 29, 2027 2:00 \u2013 3:00 PM GMT' -> invite the owner "
             "already accepted (accepted = true); a withdrawal must be a cancellation. Only address: Rallly no-reply.",
             RALLLY_SRC + " (event-rsvp-confirmation.tsx, eventRsvpConfirmationAccepted*)",
             "formatEventDateTime in Europe/London: 'January 29, 2027' / '2:00 \u2013 3:00 PM GMT'")


@case("en_non_rallly_new_response_owner_is_host.eml")
def _():
    sent = at(2026, 12, 4, 20, 15, "Europe/London")
    title = "Portfolio review \u2013 Junior Designer shortlist"
    html = ('<!DOCTYPE html><html><body><table align="center" width="100%" style="max-width:480px"><tr><td>'
            '<h1>New Response</h1><p><strong>Tom\u00e1s Reyes</strong> has responded to <strong>' + title + '</strong>.'
            '</p><p>You can reply to this email to respond to Tom\u00e1s Reyes.</p><p>Go to your poll to see the new '
            'response.</p><a href="https://app.rallly.co/poll/Rp4mN8">View on rallly.co</a><hr /><p style="font-size:'
            '12px">You can <a href="https://app.rallly.co/settings/notifications">manage your notification settings</a>'
            ' to stop receiving these emails.</p></td></tr></table></body></html>')
    text = (f"New Response\n\nTom\u00e1s Reyes has responded to {title}.\n\nYou can reply to this email to respond to "
            "Tom\u00e1s Reyes.\n\nGo to your poll to see the new response.\n\nView on rallly.co "
            "[https://app.rallly.co/poll/Rp4mN8]\n\n" + "-" * 72 + "\n\nYou can manage your notification settings "
            "[https://app.rallly.co/settings/notifications] to stop receiving these emails.\n")
    m = Mail("rallly-newresp", rallly_headers("rallly-newresp", sent, f"Tom\u00e1s Reyes has responded to {title}",
                                              reply_to="Tom\u00e1s Reyes <tomas.reyes.design@outlook.com>"),
             text=text, html=html, when=sent)
    return R([m], False, None, False, None,
             "Rallly host notification: a candidate answered the owner's scheduling poll for portfolio reviews -> the "
             "owner is the one interviewing; not an invite.",
             RALLLY_SRC + " (new-participant.tsx, newParticipant_subject '{name} has responded to {title}')",
             "no date in this template; Reply-To set to the participant's address")


# ---------------------------------------------------------------- Nextcloud Calendar appointments
NC_SRC = ("https://github.com/nextcloud/calendar/blob/main/lib/Service/Appointments/MailService.php ; "
          "lib/Service/Appointments/BookingCalendarWriter.php ; lib/Service/Appointments/BookingService.php (EXPIRY 86400)")


def nc_html(heading, items, texts, button=None):
    rows = "".join(f'<tr><td style="padding:4px 8px;color:#767676">{html_escape(k)}</td><td style="padding:4px 8px">'
                   f'{v}</td></tr>' for k, v in items)
    btn = (f'<p><a href="{button[1]}" style="background-color:#00679e;color:#ffffff;padding:10px 20px;border-radius:'
           f'20px">{button[0]}</a></p>') if button else ""
    paras = "".join(f"<p>{html_escape(t)}</p>" for t in texts)
    return ('<!DOCTYPE html><html><body><table style="max-width:600px;margin:auto"><tr><td>'
            '<img src="https://cloud.example/core/img/logo/logo.png" alt="" height="50" /></td></tr><tr><td>'
            f'<h1 style="font-size:20px">{html_escape(heading)}</h1>{btn}<table>{rows}</table>{paras}</td></tr>'
            '<tr><td style="color:#767676;font-size:12px">Nordlicht Cloud - a safe home for all your data<br>'
            'This is an automatically sent email, please do not reply.</td></tr></table></body></html>')


def nc_text(heading, items, texts, button=None):
    out = heading + "\n\n"
    if button:
        out += f"{button[0]}: {button[1]}\n\n"
    for k, v in items:
        out += f"{k} {strip_tags(v)}\n"
    out += "\n" + "\n\n".join(texts) + "\n\n--\nNordlicht Cloud - a safe home for all your data\n" \
        "This is an automatically sent email, please do not reply.\n"
    return out


def nc_ics(start, end, summary, desc, location, org, att, token):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sabre//Sabre VObject 4.5.6//EN", "CALSCALE:GREGORIAN",
             *VTZ["Europe/London"], "BEGIN:VEVENT", f"UID:sabre-vobject-{token}", f"DTSTAMP:{ics_utc(start.replace(day=1))}",
             f"DTSTART;TZID=Europe/London:{ics_local(start)}", f"DTEND;TZID=Europe/London:{ics_local(end)}",
             "STATUS:CONFIRMED", f"X-NC-APPOINTMENT:{token}", f"SUMMARY:{summary}",
             "DESCRIPTION:" + desc.replace("\n", "\\n"), f"LOCATION:{location}",
             f"ORGANIZER;CN={org[0]};CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:{org[1]}",
             f"ATTENDEE;CN={att[0]};CUTYPE=INDIVIDUAL;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;LANGUAGE=en:mailto:{att[1]}",
             "BEGIN:VALARM", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_fold(lines)


def nc_headers(seed, sent, frm, reply_to, subject, domain):
    hs = [("Date", date_hdr(sent.astimezone(at(2000, 1, 1).tzinfo))), ("Message-ID", msgid(seed, domain)),
          ("Subject", subject), ("From", frm)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("To", f"{OWNER_NAME} <{OWNER}>"), ("MIME-Version", "1.0")]
    return hs


@case("en_nextcloud_appointment_accepted_ics_europe_london.eml")
def _():
    sent = at(2027, 1, 11, 14, 26, "Europe/London")
    start = at(2027, 1, 19, 10, 30, "Europe/London")
    end = at(2027, 1, 19, 11, 15, "Europe/London")
    name = "Interview \u2013 Backend Engineer"
    desc = "45-minute technical conversation with Jonas (Engineering Lead) about your application."
    talk = "https://cloud.nordlicht-software.de/call/x7k2p9qa"
    items = [("Appointment with:", "Jonas Weber"), ("Description:", desc), ("Appointment for:", "Lena Marsh"),
             ("Date:", "January 19, 2027 at 10:30 AM (Europe/London)"), ("Where:", f'<a href="{talk}">{talk}</a>')]
    texts = ["If you wish to cancel the appointment after all, please contact your organizer by replying to this "
             "email or by visiting their profile page."]
    heading = "Dear Lena Marsh, your booking has been accepted."
    ics = nc_ics(start, end, f"Lena Marsh - {name}", "Appointment Description:\n" + desc, talk,
                 ("Jonas Weber", "jonas.weber@nordlicht-software.de"), ("Lena Marsh", OWNER), "c4f1e2a9b7d05e3f")
    m = Mail("nc-accepted", nc_headers("nc-accepted", sent, "Jonas Weber <appointments-noreply@cloud.nordlicht-software.de>",
                                       "Jonas Weber <jonas.weber@nordlicht-software.de>",
                                       f'Your appointment "{name}" with Jonas Weber has been accepted',
                                       "cloud.nordlicht-software.de"),
             text=nc_text(heading, items, texts), html=nc_html(heading, items, texts),
             attachments=[("text", "calendar", "appointment.ics", ics)], when=sent)
    return R([m], True, start, False, "jonas.weber@nordlicht-software.de",
             "Nextcloud appointment booked by the owner and confirmed: 'Date: January 19, 2027 at 10:30 AM "
             "(Europe/London)' (the booker's zone; organizer in Hamburg, 11:30 there). The attached appointment.ics "
             "lists her as ATTENDEE with PARTSTAT=ACCEPTED because the booking tool writes it that way - she never "
             "replied, so accepted = false. Reply-To is the organizer.",
             NC_SRC + " (sendBookingInformationEmail, addBulletList, generateAppointment)",
             "formatDateTimeRelativeDay(long|short) in the booking's time zone + ' (' + tz name + ')'; ics DTSTART in "
             "the booking's zone with VTIMEZONE")


@case("en_nextcloud_appointment_needs_confirmation.eml")
def _():
    sent = at(2027, 1, 25, 8, 51, "Europe/London")
    start = at(2027, 2, 2, 9, 0, "Europe/London")
    name = "Interview \u2013 QA Engineer"
    desc = "Video interview with Mareike (QA Lead). A Talk link is sent once you confirm."
    items = [("Appointment with:", "Mareike Sommer"), ("Description:", desc), ("Appointment for:", "Lena Marsh"),
             ("Date:", "February 2, 2027 at 9:00 AM (Europe/London)"),
             ("Where:", "You will receive a link with the confirmation email")]
    texts = ["This confirmation link expires in 24 hours.",
             "If you wish to cancel the appointment after all, please contact your organizer by replying to this "
             "email or by visiting their profile page."]
    heading = "Dear Lena Marsh, please confirm your booking"
    button = ("Confirm", "https://cloud.nordlicht-software.de/apps/calendar/appointment/confirm/9d1c77b2e0f4a8")
    m = Mail("nc-confirm", nc_headers("nc-confirm", sent, "Mareike Sommer <appointments-noreply@cloud.nordlicht-software.de>",
                                      "Mareike Sommer <mareike.sommer@nordlicht-software.de>",
                                      f'Your appointment "{name}" with Mareike Sommer needs confirmation',
                                      "cloud.nordlicht-software.de"),
             text=nc_text(heading, items, texts, button), html=nc_html(heading, items, texts, button), when=sent)
    return R([m], True, start, False, "mareike.sommer@nordlicht-software.de",
             "Nextcloud booking still to be confirmed by the booker's click: the slot she chose is fixed ('February 2, "
             "2027 at 9:00 AM (Europe/London)'); invite with that time; the booking is not an acceptance.",
             NC_SRC + " (sendConfirmationEmail)",
             "same date rendering as the accepted mail; createTalkRoom -> 'You will receive a link with the "
             "confirmation email'")


@case("en_non_nextcloud_new_booking_owner_is_organizer.eml")
def _():
    sent = at(2027, 1, 20, 16, 9, "Europe/London")
    start = at(2027, 1, 27, 14, 0, "Europe/London")
    end = at(2027, 1, 27, 14, 30, "Europe/London")
    name = "Portfolio chat \u2013 Junior Designer"
    desc = "30 minutes to walk through two projects from your portfolio."
    items = [("Appointment with:", "Tomasz Nowak (tomasz.nowak@outlook.com)"), ("Description:", desc),
             ("Appointment for:", "Tomasz Nowak"), ("Date:", "January 27, 2027 at 2:00 PM (Europe/London)"),
             ("Where:", "Studio, 14 Ropewalk Yard, Bristol")]
    heading = "Dear Lena Marsh, Tomasz Nowak (tomasz.nowak@outlook.com) booked an appointment with you."
    ics = nc_ics(start, end, f"Tomasz Nowak - {name}", "Appointment Description:\n" + desc,
                 "Studio, 14 Ropewalk Yard, Bristol", ("Lena Marsh", OWNER),
                 ("Tomasz Nowak", "tomasz.nowak@outlook.com"), "7a90c3e1f2b4d6e8")
    hs = nc_headers("nc-org", sent, "Tomasz Nowak <appointments-noreply@cloud.marsh-studio.co.uk>", None,
                    f'You have a new appointment booking "{name}" from Tomasz Nowak', "cloud.marsh-studio.co.uk")
    html = nc_html(heading, items, []).replace("Nordlicht Cloud", "Marsh Studio Cloud")
    text = nc_text(heading, items, []).replace("Nordlicht Cloud", "Marsh Studio Cloud")
    m = Mail("nc-org", hs, text=text, html=html, attachments=[("text", "calendar", "appointment.ics", ics)], when=sent)
    return R([m], False, None, False, None,
             "Nextcloud organizer notice: a candidate booked the owner's appointment slot (she runs the portfolio "
             "chats) -> not an invite, even with a date and an .ics.",
             NC_SRC + " (sendOrganizerBookingInformationEmail)",
             "date in the organizer's availability zone (Europe/London), same long|short format; From display name = booker")


# ---------------------------------------------------------------- Sentrifugo
SENT_SRC = ("https://github.com/sapplica/sentrifugo/blob/master/application/modules/default/views/scripts/mailtemplates/ ; "
            "application/modules/default/controllers/ScheduleinterviewsController.php ; InterviewroundsController.php ; "
            "application/modules/default/library/sapp/Mail.php (send_php_mail wrapper, From DONOTREPLYNAME)")


def sentrifugo_mail(seed, sent, subject, header, message):
    html = ('<div style="width:100%;"><div style="background-color:#eeeeee; width:800px; margin:0 auto; position:relative;">'
            '<div style="float:right;"><img src="https://hrms.vedafintech.in/public/uploads/organisation/logo.png" '
            'height="62" width="319" /></div><div style="padding:20px 20px 50px 20px;"><div><h1 style="font-family:Arial, '
            'Helvetica, sans-serif; font-size:18px; font-weight:bold; border-bottom:1px dashed #999; padding-bottom:15px;">'
            f'{header}</h1></div><div style="font-family:Arial, Helvetica, sans-serif; font-size:16px; font-weight:normal; '
            f'line-height:30px; margin:0 0 20px 0;">{message}</div><div style="font-family:Arial, Helvetica, sans-serif; '
            'font-size:16px; font-weight:normal; line-height:30px;">Regards,<br /><b>Sentrifugo</b></div></div></div></div>')
    text = re.sub(r"\n\s*\n+", "\n\n", strip_tags(html.replace("<br />", "\n").replace("</div>", "\n").replace("</tr>", "\n")
                                              .replace("</td>", " "))).strip() + "\n"
    headers = [("Date", php_date(sent)), ("To", f"{OWNER_NAME} <{OWNER}>"),
               ("From", "Do-not-reply <superadmin@vedafintech.in>"), ("Subject", subject),
               ("Message-ID", msgid(seed, "hrms.vedafintech.in", "phpmailer")),
               ("X-Mailer", "PHPMailer 5.2.9 (https://github.com/PHPMailer/PHPMailer/)"), ("MIME-Version", "1.0")]
    return Mail(seed, headers, text=text, html=html, when=sent)


@case("en_non_sentrifugo_interview_schedule_owner_is_interviewer.eml")
def _():
    sent = at(2026, 12, 4, 18, 30, "Asia/Kolkata")
    msg = ("<div style='padding: 0; text-align: left; font-size:14px; font-family:Arial, Helvetica, sans-serif;'>"
           "<span style='color:#3b3b3b;'>Dear Lena Marsh,</span><br /><div style='padding:20px 0 0 0;color:#3b3b3b;'>"
           "For REQ-VF-0042 requisition, Farhan Qureshi has been scheduled for Video Conference round.</div><div>"
           "<table border=\"1\" style=\"border-collapse:collapse;\"><tr><td>Date</td><td>10-12-2026</td></tr><tr><td>"
           "Time</td><td>02:30 PM(Asia/Kolkata)</td></tr><tr><td>Location</td><td>Google Meet (link in calendar)</td></tr>"
           "</table></div><div style=\"padding:20px 0 10px 0;\">Please <a href=\"https://hrms.vedafintech.in/index/popup\" "
           "target=\"_blank\" style=\"color:#b3512f;\">click here</a> to login and check the requisition details.</div></div>")
    m = sentrifugo_mail("sent-sched", sent, "Sentrifugo: Interview schedule", "Interview schedule", msg)
    return R([m], False, None, False, None,
             "Sentrifugo sends 'Interview schedule' to HR and to the interviewer (the owner): 'Farhan Qureshi has been "
             "scheduled for Video Conference round', Date 10-12-2026 (site format d-m-Y), Time 02:30 PM(Asia/Kolkata) "
             "-> the owner is the interviewer; not an invite.",
             SENT_SRC + " (interviewrounds.phtml)",
             "interview_date = the form value in the site date format (d-m-Y); interview_time = change_time(.., 'view') "
             "'h:i A'; '(' + site timezone + ')' appended without a space")


@case("en_non_sentrifugo_interview_feedback_owner_interviewed.eml")
def _():
    sent = at(2026, 12, 10, 16, 5, "Asia/Kolkata")
    msg = ("<div style='padding: 0; text-align: left; font-size:14px; font-family:Arial, Helvetica, sans-serif;'>"
           "<span style='color:#3b3b3b;'>Dear Lena Marsh,</span><br /><div style='padding:20px 0 0 0;color:#3b3b3b;'>"
           "Farhan Qureshi has been interviewed on 10-12-2026, 02:30 PM at Google Meet (link in calendar). Following is "
           "the interview feedback.<div><table border=\"1\" style=\"border-collapse:collapse;\"><tr><td>Feedback</td>"
           "<td>Strong on SQL and reconciliations; weaker on stakeholder questions.</td></tr><tr><td>Comments</td><td>"
           "Recommend a second round with the Finance Controller.</td></tr><tr><td>Round status</td><td>Qualified for "
           "next round</td></tr></table></div></div><div style=\"padding:20px 0 10px 0;\">Please <a href=\"https://hrms."
           "vedafintech.in/index/popup\" target=\"_blank\" style=\"color:#b3512f;\">click here</a> to login and check the "
           "interview details.</div></div>")
    m = sentrifugo_mail("sent-fb", sent, "Sentrifugo: Interview feedback", "Interview feedback", msg)
    return R([m], False, None, False, None,
             "Sentrifugo 'Interview feedback' copy to the interviewer who entered it (the owner) -> not an invite "
             "('Qualified for next round' is about the candidate Farhan Qureshi).",
             SENT_SRC + " (interviewrounds_feedback.phtml)",
             "change_date(.., 'view') with DATEFORMAT_PHP 'd-m-Y' and change_time 'h:i A'")
