"""Cases from ATS / HR software: Odoo (hr_recruitment + calendar), Frappe HRMS and prompt_hr, PRiSM,
CareerSync, Recroute, Expat HR, Recruit41's templates, a Python/Outlook interview mailer, Beeja, WP JobSearch.
Template wording is the products'; names, companies and dates are invented."""
from __future__ import annotations

from mailgen import (OWNER, OWNER_ADDR, OWNER_NAME, at, fold_ics, hexid, html_to_text, ics_dt, ics_text,
                     make_message, py_timedelta_str, quote_lines)
from registry import case

# ------------------------------------------------------------------------------------------- Odoo
ODOO_CAL = "https://github.com/odoo/odoo/blob/master/addons/calendar/data/mail_template_data.xml"
ODOO_REC = "https://github.com/odoo/odoo/blob/master/addons/hr_recruitment/data/mail_template_data.xml"
BTN = "padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px"


def odoo_block(start, zone, time_short):
    """The date block of calendar_template_meeting_invitation / _changedate:
    format_datetime(start, tz, 'EEEE'), str(start.day), format_datetime(start, tz, 'MMMM y'), format_time(..,'short'), (mail_tz)."""
    loc = start.astimezone(at(zone, 2000, 1, 1).tzinfo)
    day_utc = start.astimezone(at("UTC", 2000, 1, 1).tzinfo).day  # template prints str(event.start.day): the UTC day
    return f"""<table border="0" cellpadding="0" cellspacing="0"><tr>
        <td width="130px;" style="min-width: 130px;">
            <div style="border-top-start-radius: 3px; border-top-end-radius: 3px; font-size: 12px; border-collapse: separate; text-align: center; font-weight: bold; color: #ffffff; min-height: 18px; background-color: #875A7B; border: 1px solid #875A7B;">
                {loc:%A}
            </div>
            <div style="font-size: 48px; min-height: auto; font-weight: bold; text-align: center; color: #5F5F5F; background-color: #F8F8F8; border: 1px solid #875A7B;">
                {day_utc}
            </div>
            <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B;'>
                {loc:%B} {loc.year}
            </div>
            <div style="border-collapse: separate; color: #5F5F5F; text-align: center; font-size: 12px; border-bottom-end-radius: 3px; font-weight: bold ; border: 1px solid #875A7B; border-bottom-start-radius: 3px;">
                    <div>
                        {time_short}
                    </div>
                        <div style="font-size: 10px; font-weight: normal">
                            ({zone})
                        </div>
            </div>
        </td>
        <td width="20px;"/>"""


def odoo_details(location, duration, attendees, description=None, videocall=None):
    att = "".join(
        f'<li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background:{c};"> </div>'
        f'<span style="margin-left:5px">{n}</span></li>' for n, c in attendees)
    loc = (f'<li>Location: {location}\n                        (<a target="_blank" href="http://maps.google.com/maps?oi=map&amp;q={location.replace(" ", "+")}">View Map</a>)\n                    </li>'
           if location else "")
    vid = (f'<li>\n                        How to Join:\n                         Join at<br/>\n                        <a href="{videocall}" target="_blank">{videocall}</a>\n                    </li>' if videocall else "")
    desc = f"<li>Description of the event:\n                    {description}</li>" if description else ""
    return f"""<td style="padding-top: 5px;">
            <p><strong>Details of the event</strong></p>
            <ul>
                {loc}
                <li>Duration: {duration}</li>
                <li>Attendees
                <ul>{att}</ul></li>
                {vid}
                {desc}
            </ul>
        </td>
    </tr></table>"""


def odoo_buttons(token, ev_id):
    return f"""<div style="text-align: center; padding: 16px 0px 16px 0px;">
            <a href="/calendar/meeting/accept?token={token}&amp;id={ev_id}"
                style="{BTN}">
                Accept</a>
            <a href="/calendar/meeting/decline?token={token}&amp;id={ev_id}"
                style="{BTN}">
                Decline</a>
        <a href="/calendar/meeting/view?token={token}&amp;id={ev_id}"
            style="{BTN}"
            >View</a>
    </div>"""


def odoo_invitation_html(base, attendee_name, organizer, event, start, zone, time_short, location, duration, attendees,
                         description=None, videocall=None, signature=None, token="x", ev_id=1):
    buttons = odoo_buttons(token, ev_id).replace('href="/calendar', f'href="{base}/calendar')
    sig = f"\n        <br />\n        {signature}" if signature else ""
    return f"""<div>
    <p>
        Hello {attendee_name},<br/><br/>
            {organizer} invited you for the <strong>{event}</strong> meeting.
    </p>
    {buttons}
    {odoo_block(start, zone, time_short)}
        {odoo_details(location, duration, attendees, description, videocall)}
    <br/>
    Thank you,{sig}
</div>
"""


def odoo_ics(uid, summary, start, end, organizer, attendees, location="", description=""):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PYVOBJECT//NONSGML Version 1//EN", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTART:{ics_dt(start)}", f"DTEND:{ics_dt(end)}",
             f"DTSTAMP:{ics_dt(start.replace(hour=0, minute=0, day=1))}", f"SUMMARY:{ics_text(summary)}",
             f"DESCRIPTION:{ics_text(description)}", f"LOCATION:{ics_text(location)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;CN={n};CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{e}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return fold_ics(lines)


def odoo_headers(host, ev_id, model="calendar.event", reply_to=None):
    h = [("MIME-Version", "1.0")]
    if reply_to:
        h.insert(0, ("Reply-To", reply_to))
    h.append(("X-Odoo-Objects", f"{model}-{ev_id}"))
    return h


def odoo_msgid(key, ev_id, host, model="calendar.event"):
    return f"<{int(hexid(key, 12), 16) % 10**15}.{1767000000 + int(hexid(key + 't', 6), 16) % 9000000}.{int(hexid(key + 'r', 8), 16) % 10**9}-openerp-{ev_id}-{model}@{host}>"


@case("en_odoo_calendar_invitation_interview_kolkata_ics.eml")
def odoo_invite_kolkata():
    start, end = at("Asia/Kolkata", 2027, 1, 14, 10, 30), at("Asia/Kolkata", 2027, 1, 14, 11, 30)
    event = "Interview: Sam Okafor - Backend Developer (Round 1)"
    org = ("Meera Pillai", "meera.pillai@vardhaninfotech.in")
    base = "https://vardhaninfotech.odoo.com"
    location = "Vardhan Infotech, 4th Floor, Panchshil Tech Park, Yerwada, Pune 411006"
    html = odoo_invitation_html(base, OWNER_NAME, org[0], event, start, "Asia/Kolkata", "10:30 AM", location, "1H00",
                                [("Meera Pillai", "green"), ("Rahul Deshmukh", "grey"), ("You", "grey")],
                                description="<p>Technical interview with Rahul Deshmukh (Engineering Manager). Please bring a government photo ID for the visitor pass.</p>",
                                signature="<span data-o-mail-quote=\"1\">-- <br data-o-mail-quote=\"1\">\nMeera Pillai<br>Talent Acquisition, Vardhan Infotech</span>",
                                token="a91f0c2e8b7d4e55", ev_id=2387)
    ics = odoo_ics("a7c2e0b1-5f3e-4d7b-9a61-2387", event, start, end, org,
                   [("Meera Pillai", org[1]), ("Rahul Deshmukh", "rahul.deshmukh@vardhaninfotech.in"), (OWNER_NAME, OWNER)],
                   location=location, description="Technical interview with Rahul Deshmukh (Engineering Manager). Please bring a government photo ID for the visitor pass.")
    date = at("UTC", 2027, 1, 7, 6, 12, 40)
    msg = make_message(key="odoo1", date=date, from_='"Meera Pillai" <notifications@vardhaninfotech.odoo.com>',
                       subject=f"Invitation to {event}", text=html_to_text(html), html=html,
                       attachments=[("invitation.ics", "text/calendar", ics)],
                       headers=odoo_headers("vardhaninfotech.odoo.com", 2387,
                                            reply_to='"Vardhan Infotech Pvt. Ltd." <catchall@vardhaninfotech.odoo.com>'),
                       message_id=odoo_msgid("odoo1", 2387, "saas-17-3-vardhaninfotech.odoo.com"),
                       return_path="bounce+2387@vardhaninfotech.odoo.com")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False,
                reply_to="catchall@vardhaninfotech.odoo.com",
                note="Odoo calendar 'Invitation to ...' created from the applicant's Meeting button. The time is only in the "
                     "stacked date block 'Thursday / 14 / January 2027 / 10:30 AM / (Asia/Kolkata)'; invitation.ics (vobject, no "
                     "METHOD) has DTSTART 20270114T050000Z. Odoo Online rewrites From to notifications@ and sets Reply-To to the catchall.",
                source=ODOO_CAL + " (calendar_template_meeting_invitation)",
                rendered="format_datetime(start, tz=mail_tz, 'EEEE'/'MMMM y', lang en_US) + format_time(..,'short') = '10:30 AM'; "
                         "day = str(event.start.day) (UTC day, same here); ics from calendar.event._get_ics_file()")


@case("en_odoo_invitation_then_date_updated_en_gb.mbox")
def odoo_date_updated():
    org = ("Oliver Grant", "oliver.grant@glenmoor-robotics.co.uk")
    event = "Interview: Sam Okafor - Controls Engineer"
    base = "https://erp.glenmoor-robotics.co.uk"
    loc = "Glenmoor Robotics, Unit 7 Trafford Park Road, Manchester M17 1HE"
    s1, e1 = at("Europe/London", 2027, 1, 27, 14, 0), at("Europe/London", 2027, 1, 27, 15, 0)
    s2, e2 = at("Europe/London", 2027, 2, 5, 11, 0), at("Europe/London", 2027, 2, 5, 12, 0)
    atts = [("Oliver Grant", "green"), ("Fatima Rahman", "grey"), ("You", "grey")]
    html1 = odoo_invitation_html(base, OWNER_NAME, org[0], event, s1, "Europe/London", "14:00", loc, "1H00", atts,
                                 description="<p>On-site interview with the controls team, followed by a short tour of the assembly line.</p>",
                                 signature="-- <br>\nOliver Grant<br>People &amp; Talent", token="0d3e77b1c2", ev_id=911)
    ics1 = odoo_ics("glenmoor-911", event, s1, e1, org, [("Oliver Grant", org[1]), (OWNER_NAME, OWNER)], location=loc)
    m1 = make_message(key="odoo2a", date=at("UTC", 2027, 1, 11, 10, 4, 18), from_=f'"{org[0]}" <{org[1]}>',
                      subject=f"Invitation to {event}", text=html_to_text(html1), html=html1,
                      attachments=[("invitation.ics", "text/calendar", ics1)],
                      headers=odoo_headers("erp", 911, reply_to=f'"{org[0]}" <{org[1]}>'),
                      message_id=odoo_msgid("odoo2a", 911, "erp-glenmoor"), return_path=org[1])
    btn = odoo_buttons("0d3e77b1c2", 911).replace('href="/calendar', f'href="{base}/calendar')
    html2 = f"""<div>

    <p>
        Hello {OWNER_NAME},<br/><br/>
            The date of the meeting has been updated.
            The meeting <strong>{event}</strong> created by {org[0]} is now scheduled for
            05/02/2027 at (11:00:00 To 12:00:00) (Europe/London).
    </p>
    {btn}
    {odoo_block(s2, "Europe/London", "11:00")}
        {odoo_details(loc, "1H00", atts)}
    <br/>
    Thank you,
        <br />
        -- <br>
Oliver Grant<br>People &amp; Talent
</div>
"""
    ics2 = odoo_ics("glenmoor-911", event, s2, e2, org, [("Oliver Grant", org[1]), (OWNER_NAME, OWNER)], location=loc)
    m2 = make_message(key="odoo2b", date=at("UTC", 2027, 1, 20, 15, 31, 2), from_=f'"{org[0]}" <{org[1]}>',
                      subject=f"{event}: Date updated", text=html_to_text(html2), html=html2,
                      attachments=[("invitation.ics", "text/calendar", ics2)],
                      headers=odoo_headers("erp", 911, reply_to=f'"{org[0]}" <{org[1]}>') + [
                          ("References", m1["Message-ID"]), ("In-Reply-To", m1["Message-ID"])],
                      message_id=odoo_msgid("odoo2b", 911, "erp-glenmoor"), return_path=org[1])
    return dict(messages=[m1, m2], is_invite=True, interview_start=s2, accepted=False, reply_to=org[1],
                note="Thread: Odoo invitation for Wed 27 Jan 2027 14:00 (block 'Wednesday / 27 / January 2027 / 14:00'), then "
                     "'...: Date updated' (a different subject; kept as one thread via References) - 'is now scheduled for 05/02/2027 at (11:00:00 To 12:00:00) (Europe/London)'. Partner "
                     "language en_GB -> %d/%m/%Y, i.e. 5 February (the new block says 'Friday / 5 / February 2027'). Latest time wins.",
                source=ODOO_CAL + " (calendar_template_meeting_invitation, calendar_template_meeting_changedate); "
                                  "https://github.com/odoo/odoo/blob/master/addons/calendar/models/calendar_event.py (_get_display_time)",
                rendered="get_display_time_tz(): date.strftime(lang.date_format='%d/%m/%Y') + ' at (' + '%H:%M:%S' + ' To ' + ... + ') (tz)'; "
                         "block via babel en_GB ('HH:mm')")


@case("en_odoo_invitation_singapore_owner_replies_accept.mbox")
def odoo_sg_accept():
    org = ("Grace Tan", "grace.tan@marlowepay.com")
    event = "Final Interview - Sam Okafor (Product Analyst)"
    base = "https://marlowepay.odoo.com"
    s, e = at("Asia/Singapore", 2027, 1, 19, 15, 0), at("Asia/Singapore", 2027, 1, 19, 16, 0)
    html = odoo_invitation_html(base, OWNER_NAME, org[0], event, s, "Asia/Singapore", "3:00 PM", None, "1H00",
                                [("Grace Tan", "green"), ("Arjun Menon", "green"), ("You", "grey")],
                                videocall="https://marlowepay.odoo.com/calendar/join_videocall/5b0e2f7d",
                                signature="-- <br>\nGrace Tan<br>Head of People, Marlowe Pay", token="7ff1", ev_id=1544)
    ics = odoo_ics("marlowe-1544", event, s, e, org, [("Grace Tan", org[1]), ("Arjun Menon", "arjun.menon@marlowepay.com"), (OWNER_NAME, OWNER)])
    m1 = make_message(key="odoo3a", date=at("UTC", 2027, 1, 12, 2, 30, 11),
                      from_='"Grace Tan" <notifications@marlowepay.odoo.com>', subject=f"Invitation to {event}",
                      text=html_to_text(html), html=html, attachments=[("invitation.ics", "text/calendar", ics)],
                      headers=odoo_headers("marlowepay.odoo.com", 1544, reply_to='"Marlowe Pay Pte. Ltd." <catchall@marlowepay.odoo.com>'),
                      message_id=odoo_msgid("odoo3a", 1544, "saas-17-2-marlowepay.odoo.com"),
                      return_path="bounce+1544@marlowepay.odoo.com")
    reply = ("Hi Grace,\n\nThank you for the invitation - I accept and will join the final interview on Tuesday 19 "
             "January at 3 pm Singapore time using the link.\n\nBest regards,\nSam Okafor\n\n"
             "On Tue, 12 Jan 2027 at 10:30, Grace Tan <notifications@marlowepay.odoo.com> wrote:\n"
             + quote_lines(html_to_text(html)))
    m2 = make_message(key="odoo3b", date=at("Europe/London", 2027, 1, 12, 9, 41, 5), from_=OWNER_ADDR,
                      to='"Marlowe Pay Pte. Ltd." <catchall@marlowepay.odoo.com>',
                      subject=f"Re: Invitation to {event}", text=reply, delivered=False,
                      headers=[("MIME-Version", "1.0"), ("In-Reply-To", m1["Message-ID"]), ("References", m1["Message-ID"])],
                      message_id="<CAK7mT3dPq2x-Lz8vY0aQWn5rJb1sXe9Fh@mail.gmail.com>")
    return dict(messages=[m1, m2], labels=["Inbox,Opened,Category Personal", "Sent"], is_invite=True, interview_start=s,
                accepted=True, reply_to="catchall@marlowepay.odoo.com",
                note="Odoo Online invitation for Tue 19 Jan 2027 3:00 PM (Asia/Singapore) with a videocall link; the owner replied "
                     "'I accept and will join...' -> accepted. Reply goes to the Reply-To catchall (where the owner's reply went too).",
                source=ODOO_CAL + " (calendar_template_meeting_invitation)",
                rendered="format_time(start, tz='Asia/Singapore', 'short', en_US) = '3:00 PM'; videocall_location -> 'How to Join: Join at'")


@case("en_non_odoo_applicant_interest_shortlisted_will_contact.eml")
def odoo_interest():
    user = ("Chloe Bennett", "chloe.bennett@harbourline.com.au", "+61 2 9055 1180")
    html = f"""<table border="0" cellpadding="0" cellspacing="0" width="590" style="background-color: white; border-collapse: collapse; margin-left: 20px;">
    <tr>
        <td valign="top" style="padding: 0px 10px;">
            <div style="text-align: center">
                <h2>Congratulations!</h2>
                <div style="color:grey;">Your resume has been positively reviewed.</div>
            </div>
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                We just reviewed your resume, and it caught our
                attention. As we think you might be great for the
                position, your application has been short listed for a
                call or an interview.
                <br/><br/>
                <div style="padding: 16px 8px 16px 8px;">
                    <a href="https://careers.harbourline.com.au/jobs/detail/customer-success-associate-14"
                        style="background-color: #875a7b; text-decoration: none; color: #fff; padding: 8px 16px 8px 16px; border-radius: 5px;">Job Description</a>
                </div>

                    You will soon be contacted by:<br/>
                    <strong>{user[0]}</strong><br/>
                    <span>Email: {user[1]}</span><br/>
                    <span>Phone: {user[2]}</span>
                    <br/><br/>
                See you soon,
                <div style="font-size: 11px; color: grey;">
                    -- <br/>
                    The HR Team
                        Discover <a href="/jobs" style="text-decoration:none;color:#717188;">all our jobs</a>.<br/>
                </div>

                <hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: block; font-size: 0px; min-height: 1px; line-height: 0; margin: 16px 0px 16px 0px;"/>
                <h3 style="color:#9A6C8E;"><strong>What is the next step?</strong></h3>
                We usually <strong>answer applications within a few days</strong>.
                <br/><br/>
                The next step is either a call or a meeting in our offices.
                <br/>
                Feel free to <strong>contact us if you want a faster
                feedback</strong> or if you don't get news from us
                quickly enough (just reply to this email).
                <br/>

                <hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: block; font-size: 0px; min-height: 1px; line-height: 0; margin: 17px 0px 16px 0px;"/>
                    <strong>Harbourline Travel Pty Ltd</strong><br/>
                    Level 4, 33 Erskine Street<br/>
                    Sydney,
                    New South Wales,
                    2000
                <br/>
                    Australia<br/>
                <br/>
            </div>
        </td>
    </tr>
</table>"""
    msg = make_message(key="odoo4", date=at("UTC", 2026, 11, 17, 0, 52, 36),
                       from_=f'"{user[0]}" <notifications@harbourline.odoo.com>',
                       subject="Your Job Application: Customer Success Associate", text=html_to_text(html), html=html,
                       headers=odoo_headers("harbourline.odoo.com", 388, model="hr.applicant",
                                            reply_to='"Harbourline Travel Pty Ltd" <catchall@harbourline.odoo.com>'),
                       message_id=odoo_msgid("odoo4", 388, "saas-17-3-harbourline.odoo.com", model="hr.applicant"),
                       return_path="bounce+388@harbourline.odoo.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Odoo 'Applicant: Interest' template: 'your application has been short listed for a call or an interview... You "
                     "will soon be contacted by' - a status update, no interview offered yet -> not an invite.",
                source=ODOO_REC + " (email_template_data_applicant_interest)",
                rendered="object.user_id name/email/phone; job_id.address_id street/city/state/zip/country; website_url button")


@case("en_non_odoo_calendar_invitation_owner_is_panel_interviewer_ics.eml")
def odoo_interviewer():
    org = ("Hannah Price", "hannah.price@kestrelfreight.ie")
    s, e = at("Europe/Dublin", 2027, 2, 3, 11, 0), at("Europe/Dublin", 2027, 2, 3, 12, 0)
    event = "Interview: Lucas Ferreira - Data Analyst (panel)"
    html = odoo_invitation_html("https://kestrelfreight.odoo.com", OWNER_NAME, org[0], event, s, "Europe/Dublin", "11:00 AM", None, "1H00",
                                [("Hannah Price", "green"), ("Lucas Ferreira", "green"), ("You", "grey")],
                                description="<p>Second-round panel for the Data Analyst vacancy. Candidate: Lucas Ferreira. Panel: Hannah Price (People) and Sam Okafor "
                                            "(Analytics Lead, interviewer). Please read the CV on the applicant record and enter your evaluation in Odoo after the session.</p>",
                                videocall="https://kestrelfreight.odoo.com/calendar/join_videocall/c41a9e02",
                                signature="-- <br>\nHannah Price", token="c41a", ev_id=3120)
    ics = odoo_ics("kestrel-3120", event, s, e, org, [("Hannah Price", org[1]), ("Lucas Ferreira", "lucas.ferreira.br@gmail.com"), (OWNER_NAME, OWNER)])
    msg = make_message(key="odoo5", date=at("UTC", 2027, 1, 27, 14, 12, 9), from_='"Hannah Price" <notifications@kestrelfreight.odoo.com>',
                       subject=f"Invitation to {event}", text=html_to_text(html), html=html,
                       attachments=[("invitation.ics", "text/calendar", ics)],
                       headers=odoo_headers("kestrelfreight.odoo.com", 3120, reply_to='"Kestrel Freight Ltd" <catchall@kestrelfreight.odoo.com>'),
                       message_id=odoo_msgid("odoo5", 3120, "saas-17-3-kestrelfreight.odoo.com"),
                       return_path="bounce+3120@kestrelfreight.odoo.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Odoo calendar invitation + invitation.ics where the owner sits on the PANEL interviewing candidate Lucas "
                     "Ferreira (description names the owner as interviewer) - the owner conducts the interview -> not an invite.",
                source=ODOO_CAL + " (calendar_template_meeting_invitation)",
                rendered="same as the candidate invitation; mail_tz Europe/Dublin, en_US short time '11:00 AM'")


# ------------------------------------------------------------------------------------- Frappe HRMS
HRMS = "https://github.com/frappe/hrms/blob/develop/hrms/hr/doctype/interview/"


def frappe_wrap(body, site):
    return f"""<div class="email-body" style="font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; font-size: 14px; line-height: 1.5; color: #1f272e;">
{body}
</div>
<div class="email-footer" style="font-size: 12px; color: #687178; margin-top: 24px;">
<div class="email-footer-container"><a href="https://{site}" style="color:#687178;">{site}</a></div>
</div>
"""


def hrms_confirmation_body(applicant, job, itype, date_s, from_s, to_s, company, address):
    return f"""<p>Your interview has been scheduled. Please find the details below.</p>

<table class="table table-bordered small" style="max-width: 500px;">
\t<tr>
\t\t<td>Candidate</td>
\t\t<td><b>{applicant}</b></td>
\t</tr>
\t<tr>
\t\t<td>Job Opening</td>
\t\t<td><b>{job}</b></td>
\t</tr>
\t<tr>
\t\t<td>Interview Type</td>
\t\t<td><b>{itype}</b></td>
\t</tr>
\t<tr>
\t\t<td>Date</td>
\t\t<td><b>{date_s}</b></td>
\t</tr>
\t<tr>
\t\t<td>Time</td>
\t\t<td><b>{from_s} \u2013 {to_s}</b></td>
\t</tr>
\t<tr>
\t\t<td>Company</td>
\t\t<td><b>{company}</b></td>
\t</tr>
\t<tr>
\t\t<td>Address</td>
\t\t<td>{address}</td>
\t</tr>
</table>

<p>Please reach out if you have any questions or need to make any changes.</p>
"""


def frappe_headers(site):
    return [("MIME-Version", "1.0"), ("X-Frappe-Site", site), ("Auto-Submitted", "auto-generated")]


@case("en_frappe_hrms_interview_scheduled_ddmmyyyy_pune.eml")
def hrms_confirmation():
    site = "sahyadrirobotics.frappe.cloud"
    body = hrms_confirmation_body(OWNER_NAME, "Embedded Software Engineer", "Technical", "12-01-2027",
                                  py_timedelta_str(15, 0), py_timedelta_str(16, 0), "Sahyadri Robotics Pvt Ltd",
                                  "Plot 21, Rajiv Gandhi Infotech Park, Hinjawadi Phase II<br>Pune, Maharashtra 411057<br>India")
    html = frappe_wrap(body, site)
    msg = make_message(key="hrms1", date=at("UTC", 2027, 1, 5, 9, 3, 27), from_="Sahyadri Robotics HR <hr@sahyadrirobotics.in>",
                       subject="Interview Scheduled: Technical on 12-01-2027", text=html_to_text(html), html=html,
                       headers=frappe_headers(site), message_id=f"<{hexid('hrms1m', 32)}@{site}>",
                       return_path="hr@sahyadrirobotics.in")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 1, 12, 15, 0), accepted=False,
                reply_to="hr@sahyadrirobotics.in",
                note="Frappe HRMS 'Interview Confirmation' e-mail template: Date '12-01-2027' (System Settings date format "
                     "dd-mm-yyyy; 12 Jan, a week after the 5 Jan mail - not 1 Dec), Time '15:00:00 \u2013 16:00:00' (Time fields print as "
                     "timedelta), no zone; company and address in Pune -> IST. Date header +0000 (Frappe Cloud) says nothing about the zone.",
                source=HRMS + "interview_confirmation_template.html ; https://github.com/frappe/hrms/blob/develop/hrms/patches/ (Interview Confirmation email template: subject 'Interview Scheduled: {{ interview_type }} on {{ frappe.utils.formatdate(scheduled_on) }}')",
                rendered="frappe.utils.formatdate(scheduled_on) with date_format 'dd-mm-yyyy'; {{ from_time }} = str(timedelta) '15:00:00'")


@case("en_frappe_hrms_confirmation_forwarded_by_agency_recruiter.eml")
def hrms_agency_forward():
    site = "coastlinefintech.frappe.hr"
    inner_body = hrms_confirmation_body(OWNER_NAME, "Senior Android Developer", "Technical", "05-02-2027",
                                        py_timedelta_str(11, 30), py_timedelta_str(12, 30), "Coastline Fintech Pvt Ltd",
                                        "3rd Floor, Prestige Tech Pacific, Marathahalli\u2013Sarjapur Outer Ring Road<br>Bengaluru, Karnataka 560103<br>India")
    inner_text = html_to_text(inner_body)
    note = ("Hi Sam,\n\nGreat news - Coastline have booked your technical round. Their HR system sends the details to me "
            "because I submitted your profile, so I'm forwarding them below. Please confirm to me that the slot works and "
            "I'll let them know.\n\nBest regards,\nAnita Rao\nSenior Consultant | Kestrel Talent Partners\n+91 98450 22817\n\n")
    fwd_hdr = ("________________________________\n"
               "From: Coastline Fintech HR <hr@coastlinefintech.in>\n"
               "Sent: Monday, January 25, 2027 10:41 AM\n"
               "To: Anita Rao <anita.rao@kestreltalent.in>\n"
               "Subject: Interview Scheduled: Technical on 05-02-2027\n\n")
    text = note + fwd_hdr + inner_text
    html = (f"<html><body><div>{note.replace(chr(10), '<br>')}</div>"
            '<hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            "<b>From:</b> Coastline Fintech HR &lt;hr@coastlinefintech.in&gt;<br><b>Sent:</b> Monday, January 25, 2027 10:41 AM<br>"
            "<b>To:</b> Anita Rao &lt;anita.rao@kestreltalent.in&gt;<br><b>Subject:</b> Interview Scheduled: Technical on 05-02-2027</font>"
            f"<div>&nbsp;</div></div><div>{inner_body}</div></body></html>")
    msg = make_message(key="hrms2", date=at("Asia/Kolkata", 2027, 1, 25, 11, 6, 44), from_="Anita Rao <anita.rao@kestreltalent.in>",
                       subject="FW: Interview Scheduled: Technical on 05-02-2027", text=text, html=html,
                       headers=[("MIME-Version", "1.0"), ("Thread-Topic", "Interview Scheduled: Technical on 05-02-2027"),
                                ("Content-Language", "en-IN")],
                       message_id=f"<MA0PR01MB{hexid('hrms2a', 4).upper()}{hexid('hrms2b', 28).upper()}@MA0PR01MB{hexid('hrms2a', 4).upper()}.INDPRD01.prod.outlook.com>",
                       return_path="anita.rao@kestreltalent.in")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 2, 5, 11, 30), accepted=False,
                reply_to="anita.rao@kestreltalent.in",
                note="Agency recruiter (Outlook 'FW:') forwards the employer's Frappe HRMS interview confirmation; the time is only "
                     "in the forwarded part: Date '05-02-2027' (dd-mm-yyyy = 5 February; May 2 would be three months out and "
                     "the employer is in Bengaluru), Time '11:30:00 \u2013 12:30:00' -> IST. Reply goes to the agency recruiter, who asks "
                     "for confirmation; the forwarded header's 'Sent' date is not the interview.",
                source=HRMS + "interview_confirmation_template.html (inside an Outlook forward)",
                rendered="as the direct HRMS confirmation; forward block written like Outlook on the web ('From/Sent/To/Subject')")


@case("en_frappe_hrms_interview_reminder_15_minutes_before.eml")
def hrms_reminder():
    site = "sarvamlogistics.frappe.cloud"
    body = ("<p>This is a reminder about your <b>HR</b> interview scheduled on <b>03-02-2027</b> at <b>"
            f"{py_timedelta_str(9, 30)} to {py_timedelta_str(10, 0)}</b> at <b>Sarvam Logistics Pvt Ltd</b>.</p>\n\n"
            "<p>Please make sure you are prepared and reach out if anything comes up before then.</p>\n")
    html = frappe_wrap(body, site)
    msg = make_message(key="hrms3", date=at("UTC", 2027, 2, 3, 3, 45, 12), from_="Sarvam Logistics Careers <careers@sarvamlogistics.com>",
                       subject="Interview Reminder", text=html_to_text(html), html=html,
                       headers=frappe_headers(site), message_id=f"<{hexid('hrms3m', 32)}@{site}>",
                       return_path="careers@sarvamlogistics.com")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 2, 3, 9, 30), accepted=False,
                reply_to="careers@sarvamlogistics.com",
                note="Frappe HRMS 'Interview Reminder' (sent remind_before = 15 min ahead; HRMS also mails the applicant): 'scheduled on "
                     "03-02-2027 at 9:30:00 to 10:00:00' - dd-mm-yyyy (3 Feb = the day of the mail, 03:45 UTC = 09:15 IST), Time "
                     "field printed as an unpadded timedelta '9:30:00'. Indian logistics company -> IST.",
                source=HRMS + "interview_reminder_notification_template.html ; https://github.com/frappe/hrms/blob/develop/hrms/setup.py (Email Template 'Interview Reminder', remind_before '00:15:00')",
                rendered="formatdate(scheduled_on) 'dd-mm-yyyy'; from_time/to_time = str(timedelta) ('9:30:00')")


@case("en_non_frappe_hrms_interview_feedback_reminder_interviewer.eml")
def hrms_feedback():
    site = "sahyadrirobotics.frappe.cloud"
    body = """<p>Dear Interviewer,</p>

<p>
\tThis is a reminder to submit your feedback for the interview listed below.
\tYour timely feedback helps us move the hiring process forward.
</p>

<table class="table table-bordered small" style="max-width: 500px;">
\t<tr>
\t\t<td>Candidate</td>
\t\t<td><b>Farhan Qureshi</b></td>
\t</tr>
\t<tr>
\t\t<td>Interview Type</td>
\t\t<td><b>Technical</b></td>
\t</tr>
\t<tr>
\t\t<td>Date</td>
\t\t<td><b>28-01-2027</b></td>
\t</tr>
</table>

<br>
<a class="btn btn-primary" href="https://sahyadrirobotics.frappe.cloud/app/interview/HR-INT-2027-0042" target="_blank">View Interview</a>
"""
    html = frappe_wrap(body, site)
    msg = make_message(key="hrms4", date=at("UTC", 2027, 1, 29, 3, 30, 5), from_="Sahyadri Robotics HR <hr@sahyadrirobotics.in>",
                       subject="Interview Feedback Reminder", text=html_to_text(html), html=html,
                       headers=frappe_headers(site), message_id=f"<{hexid('hrms4m', 32)}@{site}>",
                       return_path="hr@sahyadrirobotics.in")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Frappe HRMS 'Interview Feedback Reminder' to the owner as INTERVIEWER (candidate Farhan Qureshi, interview "
                     "28-01-2027 already held) - not an invite.",
                source=HRMS + "interview_feedback_reminder_template.html",
                rendered="formatdate(scheduled_on) 'dd-mm-yyyy'; get_url_to_form('Interview', name)")


PROMPT = "https://github.com/Sanskar-Technolab-Pvt-Ltd/prompt_hr/blob/main/prompt_hr/prompt_hr/notification/"


@case("en_non_prompt_hr_notify_interviewer_session_scheduled.eml")
def prompt_notify_interviewer():
    site = "hr.tarangfabrics.in"
    body = f"""Dear Sam Okafor,
<br>
You have been scheduled for an interview session:
<br>
<b>Interview:</b> HR-INT-2027-0117<br>
<b>Date:</b> 08-01-2027<br>
<b>Time:</b> {py_timedelta_str(11, 0)} to {py_timedelta_str(11, 45)}<br><br>

Please confirm your availability for this session.

<a href="https://{site}/app/interview/HR-INT-2027-0117">
    Click here to view the interview details and Confirm Your Availability
</a>

<br><br>Regards,<br>
HR Team
"""
    html = frappe_wrap(body, site)
    msg = make_message(key="prompt1", date=at("UTC", 2027, 1, 4, 6, 20, 48), from_="Tarang Fabrics HR <hr@tarangfabrics.in>",
                       subject="Interview Scheduled - HR-INT-2027-0117", text=html_to_text(html), html=html,
                       headers=frappe_headers(site), message_id=f"<{hexid('prompt1m', 32)}@{site}>",
                       return_path="hr@tarangfabrics.in")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="prompt_hr (Frappe app) 'Notify Interviewer': 'You have been scheduled for an interview session' with Date "
                     "08-01-2027 / Time 11:00:00 to 11:45:00 and 'Confirm Your Availability' - addressed to the owner as the "
                     "INTERVIEWER (Interview doc link, no candidate-side wording) -> not an invite, although it has all the invite words.",
                source=PROMPT + "notify_interviewer/notify_interviewer.md",
                rendered="frappe.utils.format_date(doc.scheduled_on) (dd-mm-yyyy); doc.from_time/to_time as timedelta strings; "
                         "subject set on the Notification record (our fill)")


@case("en_non_prompt_hr_screen_test_deadline_only.eml")
def prompt_screen_test():
    site = "careers.lumosmedia.in"
    body = """<p>Hi Sam Okafor,</p>

<p>We are pleased to invite you to the next step in our hiring process: a screen test for the position of <b>Video Editor</b> at <b>Lumos Media Pvt Ltd</b>! \U0001F3AC</p>

<p>Please complete the screen test by following the link below:</p>

<p><b>Screen Test Details:</b></p>
<ul>
  <li><b>Test Link:</b> <a href="https://forms.lumosmedia.in/screen-test/VE-2027-014" target="_blank">Click here to start the screen test</a></li>
  <li><b>Deadline:</b> 22-01-2027</li>
</ul>

<p>We wish you the best of luck and look forward to your participation!</p>

<p>Best regards,<br>The Lumos Media Pvt Ltd Team</p>
"""
    html = frappe_wrap(body, site)
    msg = make_message(key="prompt2", date=at("UTC", 2027, 1, 15, 11, 5, 0), from_="Lumos Media Careers <careers@lumosmedia.in>",
                       subject="Screen Test Invitation", text=html_to_text(html), html=html,
                       headers=frappe_headers(site), message_id=f"<{hexid('prompt2m', 32)}@{site}>",
                       return_path="careers@lumosmedia.in")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="prompt_hr 'Screen Test Invitation': 'We are pleased to invite you ... a screen test' but it is a link to "
                     "complete on your own with only 'Deadline: 22-01-2027' -> asynchronous test, not an invite.",
                source=PROMPT + "screen_test_invitation/screen_test_invitation.md",
                rendered="{{ doc.test_deadline }} (Date field formatted dd-mm-yyyy)")


# ------------------------------------------------------------------------------------------ PRiSM
PRISM = "https://github.com/prism-hr/old-prism-server/blob/d241b04718b5415c1961c2eac01586a55c6a97cc/src/main/resources/email/"
PRISM_LINK_MSG = "If you are unable to follow the links in this message, copy and paste them directly into your browser"


def prism_html(subject, content):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
    <title>{subject}</title>
</head>
<body>
<table width="100%">
    <tr><td valign="top" align="center" width="100%" bgcolor="#f5f5f5"><table cellpadding="0" align="center" cellspacing="0" border="0" width="560">
        <tr><td width="10">&nbsp;</td><td class="header-logo" align="left"><img src="https://prism.hr/images/email/prism.png" class="image_fix" alt=""/></td></tr>
    </table></td></tr>
    <tr><td><table cellpadding="0" align="center" cellspacing="0" border="0" width="560">
        <tr><td width="10">&nbsp;</td><td class="text-pad"> {content} </td><td width="10">&nbsp;</td></tr>
    </table></td></tr>
    <tr><td valign="top" align="center" width="100%"><table cellpadding="0" align="center" cellspacing="0" border="0" width="560" bgcolor="#53abd6">
        <tr><td width="42"><img src="https://prism.hr/images/email/prism-logo.png" alt="Prism" height="40" class="logo" title="Prism"/></td>
        <td><img src="https://prism.hr/images/email/opportunity.gif" alt="The Opportunity Portal" height="20" class="opportunity" title="The Opportunity Portal"/></td></tr>
    </table></td></tr>
</table>
</body>
</html>
"""


def prism_button(label, url, decline=None):
    d = f' <a href="{url}&amp;decline=true" style="color:#2ba6cb">Decline</a>' if decline else ""
    return f'<p><a href="{url}" style="background:#2ba6cb;color:#ffffff;padding:8px 14px;text-decoration:none">{label}</a>{d}</p>'


def prism_msg(key, date, subject, content):
    html = prism_html(subject, content)
    text = html_to_text(html) + "\n\n" + PRISM_LINK_MSG + "\n"
    return make_message(key=key, date=date, from_="no-reply@prism.hr", subject=subject, text=text, html=html,
                        headers=[("MIME-Version", "1.0")],
                        message_id=f"<0102019{hexid(key, 9)}-{hexid(key + 'a', 8)}-{hexid(key + 'b', 4)}-{hexid(key + 'c', 4)}-{hexid(key + 'd', 4)}-{hexid(key + 'e', 12)}-000000@eu-west-1.amazonses.com>",
                        return_path=f"0102019{hexid(key, 9)}-{hexid(key + 'f', 8)}-000000@eu-west-1.amazonses.com")


@case("en_prism_interview_arrangements_greenwich_mean_time.eml")
def prism_arrangements():
    code = "PRiSM-APP-0000048213"
    content = f"""<h1>
    Dear Sam,
</h1>

\t<p><b>
\t\tYour application for Employment in the position of: Research Software Engineer, Centre for Digital Humanities.
\t</b></p>
\t
\t<p>
\t    We can confirm your arrangements for interview.
\t</p>

<p>
    The interview will take place at 14 Jan 2027 10:00 (Greenwich Mean Time).
</p>

\t<p>Applicant instructions: Please report to the reception of the Foster Court building 15 minutes early and ask for Dr Helen Carter. You will be asked to give a 10 minute presentation on a software project you led.</p>

<p>Foster Court, Gower Street, London WC1E 6BT</p>

{prism_button('View / Edit', 'https://prism.hr/#!/application/48213/view')}

<p>
    Yours sincerely,
    <br/> Helen Carter
</p>
"""
    msg = prism_msg("prism1", at("UTC", 2026, 12, 18, 16, 2, 55), f"Your Application {code} - Interview Arrangements", content)
    return dict(messages=[msg], is_invite=True, interview_start=at("Europe/London", 2027, 1, 14, 10, 0), accepted=False,
                reply_to="no-reply@prism.hr",
                note="PRiSM (UCL's recruitment/admissions workflow) 'Interview Arrangements': 'The interview will take place at 14 Jan "
                     "2027 10:00 (Greenwich Mean Time).' - 'dd MMM yyyy HH:mm' + java TimeZone.getDisplayName(). Only address is "
                     "the no-reply sender (Amazon SES, no Reply-To).",
                source=PRISM + "content/application_confirm_interview_arrangements_notification_content.ftl ; "
                       "subject/application_confirm_interview_arrangements_notification_subject.ftl ; "
                       "src/main/java/.../domain/comment/Comment.java (getInterviewDateTimeDisplay, getInterviewTimeZoneDisplay)",
                rendered="LocalDateTime.toString(SYSTEM_DATE_TIME_FORMAT='dd MMM yyyy HH:mm') + ' (' + TimeZone(Europe/London).getDisplayName() + ')'; "
                         "mail via SES from email.source=no-reply@prism.hr, text = htmlToPlainText + SYSTEM_EMAIL_LINK_MESSAGE")


@case("en_prism_interview_scheduling_request_availability.eml")
def prism_request():
    code = "PRiSM-APP-0000051907"
    content = f"""<h1>
    Dear Sam,
</h1>

\t<p><b>
\t\tYour application for Employment in the position of: Postdoctoral Research Associate in Computational Linguistics.
\t</b></p>
\t
\t<p>
\t    We wish to schedule an interview with you. Please let us know when you would be available to attend.
\t</p>

{prism_button('Proceed', 'https://prism.hr/#!/application/51907/provideInterviewAvailability')}

<p>
    Yours sincerely,
    <br/> Jonathan Okoye
</p>
"""
    msg = prism_msg("prism2", at("UTC", 2027, 1, 6, 9, 44, 10), f"Your Application {code} - Interview Scheduling Request", content)
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="no-reply@prism.hr",
                note="PRiSM 'Interview Scheduling Request': 'We wish to schedule an interview with you. Please let us know when you "
                     "would be available to attend.' + Proceed link to give availability -> invite, no time -> null.",
                source=PRISM + "content/application_provide_interview_availability_request_content.ftl ; subject/application_provide_interview_availability_request_subject.ftl",
                rendered="TEMPLATE_RECIPIENT_EMAIL matches APPLICATION_CREATOR_EMAIL branch; ACTION_COMPLETE = 'Proceed' control")


@case("en_prism_reminder_interview_scheduling_request.eml")
def prism_reminder():
    content = """<h1>
    Dear Sam,
</h1>

<p>
    We recently informed you that we wish to schedule an interview in connection with
    Application PRiSM-APP-0000051907 for Postdoctoral Research Associate in Computational Linguistics.
</p>

<p>
    Please let us know when you would be available to attend.
</p>

""" + prism_button('Proceed', 'https://prism.hr/#!/application/51907/provideInterviewAvailability') + """

<p>
    To ensure that we can schedule the interview quickly and efficiently, our system will continue to
    send you reminders until you respond to this request.
</p>

<p>
    Yours sincerely,
    <br/> Jonathan Okoye
</p>
"""
    msg = prism_msg("prism3", at("UTC", 2027, 1, 13, 9, 44, 31),
                    "REMINDER: Sam Okafor Application PRiSM-APP-0000051907 for PRiSM-PRJ-0000000316 - Interview Scheduling Request",
                    content)
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="no-reply@prism.hr",
                note="PRiSM reminder of the availability request ('We recently informed you that we wish to schedule an interview "
                     "... Please let us know when you would be available') -> invite, null.",
                source="https://github.com/prism-hr/old-prism-server/blob/d467aecb40fe4997903d91f0b214e232f8ab2caa/src/main/resources/email/ "
                       "content/application_provide_interview_availability_request_reminder_content.ftl ; subject/...reminder_subject.ftl",
                rendered="APPLICATION_CODE / APPLICATION_PARENT_RESOURCE_TITLE / _CODE ('PRiSM-' + scope short code + %010d id)")


@case("en_non_prism_interview_arrangements_owner_on_panel.eml")
def prism_panel():
    content = """<h1>
    Dear Sam,
</h1>

\t<p><b>
\t\tAmira Haddad application for Employment in the position of: 
\t\tResearch Software Engineer, Centre for Digital Humanities.
\t</b></p>

\t<p>
\t\tWe can confirm your arrangements for the interview of this applicant.
\t</p>

<p>
    The interview will take place at 21 Jan 2027 14:00 (Greenwich Mean Time).
</p>

\t<p>Interviewer instructions: Panel members please meet in Room 2.14 at 13:30 to agree questions. Scoring sheets are in the application pack.</p>

<p>Foster Court, Gower Street, London WC1E 6BT</p>

""" + prism_button('View / Edit', 'https://prism.hr/#!/application/49022/view') + """

<p>
    Yours sincerely,
    <br/> Helen Carter
</p>
"""
    msg = prism_msg("prism4", at("UTC", 2027, 1, 8, 12, 15, 3), "Amira Haddad Application PRiSM-APP-0000049022 - Interview Arrangements", content)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="PRiSM 'Interview Arrangements' in its other branch, sent to a PANEL MEMBER (the owner): 'We can confirm your "
                     "arrangements for the interview of this applicant' (Amira Haddad) with 'Interviewer instructions' -> the owner "
                     "interviews; not an invite despite the fixed time.",
                source=PRISM + "content/application_confirm_interview_arrangements_notification_content.ftl (#else branch)",
                rendered="same date/zone rendering; subject branch '${APPLICATION_CREATOR_FULL_NAME} Application ${APPLICATION_CODE} - Interview Arrangements'")


@case("en_non_prism_interview_feedback_request_panel.eml")
def prism_feedback():
    content = """<h1>
    Dear Sam,
</h1>

<p><b>
\tAmira Haddad application for Employment in the position of: 
\tResearch Software Engineer, Centre for Digital Humanities.
</b></p>

<p>
    We would appreciate your feedback on your recent interview of Amira Haddad.
</p>

<p>
\tFollow the proceed link below to provide your feedback. You can also use the decline link to quickly 
\tdecline the request if you do not feel able to comment.
</p>

""" + prism_button('Proceed', 'https://prism.hr/#!/application/49022/provideInterviewFeedback', decline=True) + """

<p>
    Thank you in advance for your time.
</p>

<p>
    Yours sincerely,
    <br/> Helen Carter
</p>
"""
    msg = prism_msg("prism5", at("UTC", 2027, 1, 22, 8, 0, 41), "Amira Haddad Application PRiSM-APP-0000049022 - Interview Feedback Request", content)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="PRiSM 'Interview Feedback Request' to the owner as interviewer, with a 'Decline' link (declining the feedback "
                     "request, not an interview) -> not an invite.",
                source=PRISM + "content/application_provide_interview_feedback_request_content.ftl ; subject/application_provide_interview_feedback_request_subject.ftl",
                rendered="ACTION_COMPLETE with SYSTEM_DECLINE (declinable action)")


# ------------------------------------------------------------------------------------ CareerSync
CS = "https://github.com/arshaqtk/Career-sync-backend/blob/24bef8d5154f240a768b366f0a5d98e0e994b8a7/src/modules/"
CS_FROM = "CareerSync <careersync.notifications@gmail.com>"


def cs_msg(key, date, subject, html):
    return make_message(key=key, date=date, from_=CS_FROM, subject=subject, html=html, headers=[("MIME-Version", "1.0")],
                        message_id=f"<{hexid(key + 'a', 8)}-{hexid(key + 'b', 4)}-{hexid(key + 'c', 4)}-{hexid(key + 'd', 4)}-{hexid(key + 'e', 12)}@gmail.com>",
                        return_path="careersync.notifications@gmail.com", html_cte="7bit")


def cs_scheduled_html(date_s, time_s):
    return f"""
    <p>Hi Sam Okafor,</p>

    <p>Your interview for the position of <b>Platform Engineer</b> at <b>Northgate Digital</b> has been scheduled.</p>

    <p><b>Date:</b> {date_s}<br/>
       <b>Time:</b> {time_s}</p>


    <p>Please be prepared and join on time.</p>

    <p>Best regards,<br/>Northgate Digital Recruitment Team</p>
  """


@case("en_careersync_scheduled_iso_utc_london_owner_accepts.mbox")
def cs_scheduled_accept():
    start = at("Europe/London", 2027, 1, 12, 14, 0)
    iso = start.astimezone(at("UTC", 2000, 1, 1).tzinfo).isoformat()
    html = cs_scheduled_html(iso[:10], iso[11:16])
    m1 = cs_msg("cs1", at("UTC", 2027, 1, 4, 10, 33, 51), "Interview Scheduled \u2013 Platform Engineer at Northgate Digital", html)
    reply = ("Hello,\n\nThank you - I confirm I will attend the Platform Engineer interview on 12 January at 14:00.\n\n"
             "Kind regards,\nSam Okafor\n\nOn Mon, 4 Jan 2027 at 10:33, CareerSync <careersync.notifications@gmail.com> wrote:\n"
             + quote_lines(html_to_text(html)))
    m2 = make_message(key="cs1r", date=at("Europe/London", 2027, 1, 4, 12, 2, 9), from_=OWNER_ADDR, to=CS_FROM,
                      subject="Re: Interview Scheduled \u2013 Platform Engineer at Northgate Digital", text=reply, delivered=False,
                      headers=[("MIME-Version", "1.0"), ("In-Reply-To", m1["Message-ID"]), ("References", m1["Message-ID"])],
                      message_id="<CAK7mT3e0Wb5Hq-9sLx2nRcY4tVd8Zp1Gk@mail.gmail.com>")
    return dict(messages=[m1, m2], labels=["Inbox,Opened,Category Personal", "Sent"], is_invite=True, interview_start=start,
                accepted=True, reply_to="careersync.notifications@gmail.com",
                note="CareerSync interviewScheduled template: 'Date: 2027-01-12 / Time: 14:00' - the code prints "
                     "start.toISOString() pieces, i.e. UTC with no zone label; for this London company in January UTC = GMT so the "
                     "wall time is 14:00. The owner replied confirming -> accepted.",
                source=CS + "Interview/emails/interviewScheduled.template.ts ; Interview/services/recruiterScheduleInterview.service.ts",
                rendered="date = start.toISOString().split('T')[0]; time = start.toISOString().split('T')[1].slice(0, 5) (UTC)")


@case("en_careersync_scheduled_then_rescheduled_new_date.mbox")
def cs_rescheduled():
    s1 = at("Europe/London", 2027, 1, 13, 10, 0)
    s2 = at("Europe/London", 2027, 1, 19, 15, 30)
    i1 = s1.astimezone(at("UTC", 2000, 1, 1).tzinfo).isoformat()
    i2 = s2.astimezone(at("UTC", 2000, 1, 1).tzinfo).isoformat()
    html1 = cs_scheduled_html(i1[:10], i1[11:16]).replace("Platform Engineer", "QA Automation Engineer").replace("Northgate Digital", "Brackenbury Games")
    m1 = cs_msg("cs2a", at("UTC", 2027, 1, 5, 14, 1, 17), "Interview Scheduled \u2013 QA Automation Engineer at Brackenbury Games", html1)
    html2 = f"""
    <p>Hi Sam Okafor,</p>

    <p>Your interview for <b>QA Automation Engineer</b> has been rescheduled.</p>

    <p><b>New Date:</b> {i2[:10]}<br/>
       <b>New Time:</b> {i2[11:16]}</p>

   

    <p>We apologize for the inconvenience.</p>

    <p>Best regards,<br/>Brackenbury Games Recruitment Team</p>
  """
    m2 = cs_msg("cs2b", at("UTC", 2027, 1, 11, 9, 12, 40), "Interview Rescheduled \u2013 QA Automation Engineer", html2)
    return dict(messages=[m1, m2], is_invite=True, interview_start=s2, accepted=False, reply_to="careersync.notifications@gmail.com",
                note="Two CareerSync mails kept as one thread: scheduled 'Date: 2027-01-13 Time: 10:00', then 'Interview Rescheduled' "
                     "'New Date: 2027-01-19 New Time: 15:30' (UTC via toISOString; London company, GMT) -> the new time.",
                source=CS + "Interview/emails/interviewRescheduled.template.ts ; Interview/services/recruiterRescheduleInterview.service.ts",
                rendered="toISOString() date and HH:MM pieces, as above")


@case("en_non_careersync_progressed_to_interview_stage_recruiter_will_contact.eml")
def cs_progressed():
    html = """
  <div style="font-family: Arial, sans-serif; color:#333;">
    <h2 style="color:#0057D9;">Great News, Sam Okafor!</h2>

    <p>
      Your application for the <strong>Site Reliability Engineer</strong> position at 
      <strong>Halden &amp; Rowe</strong> has progressed to the 
      <strong>Interview Stage</strong>.
    </p>

    <p><strong>Job Details:</strong></p>
    <ul>
      <li><strong>Company:</strong> Halden &amp; Rowe</li>
      <li><strong>Location:</strong> Leeds, UK (hybrid)</li>
      <li><strong>Employment Type:</strong> Full-time</li>
    </ul>

    <p>
      A recruiter will contact you soon to schedule the interview.
      Please keep your email and phone reachable.
    </p>

    <br />
    <p>Looking forward to speaking with you,<br/>CareerSync Team</p>
  </div>
"""
    msg = cs_msg("cs3", at("UTC", 2026, 12, 2, 16, 48, 22), "Your application status has been updated", html)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="CareerSync application status mail: 'has progressed to the Interview Stage ... A recruiter will contact you "
                     "soon to schedule the interview' -> status update, not yet an invitation.",
                source=CS + "applications/emails/interview.template.ts ; applications/services/sendEmail.service.ts",
                rendered="candidateName/jobTitle/companyName/jobLocation/employmentType; subject set by the status mailer (our fill)")


@case("en_non_careersync_final_selected_offer_to_follow.eml")
def cs_selected():
    html = """
    <div style="font-family: Arial, sans-serif; line-height:1.6">
      <h2 style="color:#16a34a">Congratulations! You\u2019ve Been Selected</h2>

      <p>Dear Sam Okafor,</p>

      <p>
        We are pleased to inform you that you have been
        <strong>selected</strong> for the position of
        <strong>Platform Engineer</strong> at <strong>Northgate Digital</strong>.
      </p>

      <p>
        Your performance during the interview process met our expectations,
        and we look forward to the possibility of working with you.
      </p>

            <div style="background:#f0fdf4;padding:12px;border-left:4px solid #22c55e">
              <strong>Next Steps:</strong><br/>
              Our People team will send your written offer and the onboarding checklist this week.
            </div>

      <p style="margin-top:16px">
        Our recruitment team will contact you shortly with further details.
      </p>

      <p>
        Best regards,<br />
        <strong>Northgate Digital Recruitment Team</strong>
      </p>
    </div>
  """
    msg = cs_msg("cs4", at("UTC", 2027, 1, 21, 11, 7, 3), "Congratulations! You've been selected \u2013 Platform Engineer", html)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="CareerSync final 'You've Been Selected' (offer to follow) after the interviews - not an invite.",
                source=CS + "Interview/emails/interviewFinalSelectedEmail.ts",
                rendered="name/jobTitle/companyName/nextSteps")


@case("en_non_careersync_interview_cancelled_reason.eml")
def cs_cancelled():
    html = """
    <p>Hi Sam Okafor,</p>

    <p>We regret to inform you that your interview for <b>Data Platform Engineer</b> at <b>Fairlight Insurance</b> has been cancelled.</p>

    <p><b>Reason:</b> The requisition has been put on hold following a budget review.</p>

    <p>Thank you for your interest and time.</p>

    <p>Best regards,<br/>Fairlight Insurance Recruitment Team</p>
  """
    msg = cs_msg("cs5", at("UTC", 2027, 2, 1, 13, 26, 58), "Interview Cancelled \u2013 Data Platform Engineer", html)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="CareerSync 'Interview Cancelled' with a reason (requisition on hold); no new time offered -> not an invite.",
                source=CS + "Interview/emails/interviewCancelled.template.ts",
                rendered="reason = recruiter notes")


# ------------------------------------------------------------------------------------- Recroute
RR = "https://github.com/cs491-recroute/backend/blob/634dfc02dc4719589aff3cb9e7940dc6fb6468ff/"


def recroute_html(header, body_html, buttons):
    btns = "".join(
        f'<div align="center"><a href="{u}" target="_blank" style="box-sizing: border-box;display: inline-block;font-family:arial,helvetica,sans-serif;'
        f'text-decoration: none;text-align: center;color: #FFFFFF; background-color: #3AAEE0; border-radius: 4px;width:auto; max-width:100%;">'
        f'<span style="display:block;padding:10px 20px;line-height:120%;"><strong><span style="font-size: 14px; line-height: 16.8px;">{lbl}</span></strong></span></a></div>'
        for lbl, u in buttons)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title></title></head>
<body class="clean-body u_body" style="margin: 0;padding: 0;-webkit-text-size-adjust: 100%;background-color: #f9f9f9;color: #000000">
<table style="border-collapse: collapse;table-layout: fixed;border-spacing: 0;vertical-align: top;min-width: 320px;Margin: 0 auto;background-color: #f9f9f9;width:100%" cellpadding="0" cellspacing="0"><tbody><tr><td>
<div style="font-family:'Cabin',sans-serif;padding:30px 10px;text-align:center;"><p style="font-size: 22px; line-height: 140%;"><strong>{header}</strong></p></div>
<div style="font-family:'Cabin',sans-serif;padding:10px 55px;line-height: 160%; text-align: center;"><p style="font-size: 14px; line-height: 160%;">&nbsp;&nbsp;&nbsp;
                                    {body_html}</p></div>
{btns}
<div style="padding:33px 55px;line-height: 160%; text-align: center;"><p style="font-size: 14px;">Feel
                                    free to reach out to us with any questions.</p><p>&nbsp;</p><p>Thanks.</p><p>Recroute
                                  Team</p></div>
<div style="padding:10px;text-align:center;font-size:12px;color:#888;"><p>123-456-7890</p><p>Ankara.
                                    Turkey</p><p><a href="#">Terms
                                    of use |</a> <a href="#">Privacy
                                      Policy</a></p><p>Want
                                    to change how you receive these emails? Update your <a href="#">preferences</a> or <a href="#">unsubscribe</a></p></div>
</td></tr></tbody></table></body></html>
"""


def moment_llll(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


@case("en_recroute_interview_scheduled_moment_llll_istanbul.eml")
def recroute_candidate():
    start = at("Europe/Istanbul", 2027, 1, 14, 14, 0)
    body = ("Your interview meeting is scheduled successfully. Meeting is scheduled on "
            f"{moment_llll(start)} (Europe/Istanbul) and will be accessible with the button below. We wish you success for the interview. Good luck.")
    html = recroute_html("Hello sam.okafor!", body, [("C L I C K&nbsp; &nbsp;H E R E", "https://us06web.zoom.us/j/81933055821?pwd=T0FpUVJ5dW0")])
    msg = make_message(key="rr1", date=at("Europe/Istanbul", 2027, 1, 6, 17, 24, 9), from_="recroute.app@gmail.com",
                       subject="(Recroute): Interview scheduled successfully", html=html,
                       headers=[("MIME-Version", "1.0")], message_id="<CAF5pXv2Lw0qRt-8mNb4Hz7kYc1sUe3Dg9Jo@mail.gmail.com>",
                       return_path="recroute.app@gmail.com")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to="recroute.app@gmail.com",
                note="Recroute (Bilkent CS491 ATS) candidate mail: 'Meeting is scheduled on Thursday, January 14, 2027 2:00 PM "
                     "(Europe/Istanbul)' - moment().format('LLLL') + the server's IANA zone. Greeting uses the e-mail local part "
                     "('Hello sam.okafor!'); the footer has an 'unsubscribe' link although it is transactional. HTML only, sent through the Gmail API.",
                source=RR + "common/constants/mail_templates/meetingInfo.ts ; common/constants/mail_templates/info_w_link.html ; services/flow/src/routes/interview.ts",
                rendered="moment(new Date(meeting.start_time)).format('LLLL') + ' (' + Intl.DateTimeFormat().resolvedOptions().timeZone + ')'")


@case("en_non_recroute_new_interview_for_interviewer_zoom_grade.eml")
def recroute_interviewer():
    start = at("Europe/Istanbul", 2027, 1, 20, 11, 30)
    body = (f"You have a new meeting scheduled for Junior Frontend Developer 2027-Technical Interview with deniz.arslan@outlook.com on "
            f"{moment_llll(start)} (Europe/Istanbul) and will be accessible with the button below.")
    html = recroute_html("Hello Sam Okafor!", body + "</p><p>After the meeting, you are expected to confirm the interview by optionally submit "
                         "notes and grade for the applicant. You can access the interview submission page from the button below. Have a good day.",
                         [("Z O O M&nbsp; &nbsp;L I N K", "https://us06web.zoom.us/s/84410277310?zak=eyJ0eXAiOiJKV1Q"),
                          ("G R A D E&nbsp; &nbsp;A P P L I C A N T", "http://recroute.co/modal/interview/62a1/77c0/91fe/grade")])
    msg = make_message(key="rr2", date=at("Europe/Istanbul", 2027, 1, 13, 9, 2, 44), from_="recroute.app@gmail.com",
                       subject="(Recroute): New interview scheduled for 'Junior Frontend Developer 2027'", html=html,
                       headers=[("MIME-Version", "1.0")], message_id="<CAF5pXv0Qz8Ke-1tYb6Ws3NmGa7xPf2Lr5Uc@mail.gmail.com>",
                       return_path="recroute.app@gmail.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Recroute interviewer mail: 'You have a new meeting scheduled for ... with deniz.arslan@outlook.com' + host "
                     "Zoom start link + 'Grade applicant' -> the owner is the interviewer; not an invite.",
                source=RR + "common/constants/mail_templates/meetingInfo.ts (HEADER_INTERVIEVEWER, BODY_INTERVIEVEWER_ZOOM, BODY_INTERVIEVEWER_GRADE) ; info_w_two_link.html",
                rendered="same moment 'LLLL' + zone")


# -------------------------------------------------------------------------------------- Expat HR
@case("en_expathr_interview_scheduled_wita_bali.eml")
def expathr():
    html = """<!DOCTYPE html>
<html>
<head>
    <title>Interview Scheduled</title>
</head>
<body>
    <p>Dear Sam Okafor,</p>
    <p>We are pleased to inform you that your interview for the position of <strong>Guest Experience Manager</strong> has been scheduled.</p>
    <p><strong>Details:</strong></p>
    <ul>
        <li>Date: 2027-01-20</li>
        <li>Time: 10:00:00 WITA</li>
        <li>Location: Expat. Roasters HQ, Jl. Bypass Ngurah Rai No. 88, Sanur, Denpasar, Bali</li>
        <li>Link: No Link</li>
    </ul>
    <p>Thank you.</p>
    <p>Regards,</p>
    <p></p>
    <p>HR Team</p>
</body>
</html>
"""
    msg = make_message(key="ex1", date=at("Asia/Makassar", 2027, 1, 14, 15, 40, 2), from_="Expat. HR <hr@expatroasters.com>",
                       subject="Interview Scheduled", html=html, headers=[("MIME-Version", "1.0")],
                       message_id=f"<{hexid('ex1m', 32)}@expatroasters.com>", return_path="hr@expatroasters.com", html_cte="7bit")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Makassar", 2027, 1, 20, 10, 0), accepted=False,
                reply_to="hr@expatroasters.com",
                note="Expat HR (Bali, Laravel) 'Interview Scheduled': English mail with an Indonesian zone: 'Date: 2027-01-20 / Time: "
                     "10:00:00 WITA' (MySQL DATE/TIME columns printed raw; the template appends ' WITA') -> +08:00. 'Link: No Link' for an on-site interview.",
                source="https://github.com/krishnaamp123/expathr/blob/0c20d18a9235cc405082cd1dada6fa00ba23739d/resources/views/admin/interview/email.blade.php ; "
                       "app/Http/Controllers/Admin/InterviewAdminController.php",
                rendered="interview_date/time straight from the model ('Y-m-d', 'H:i:s'); link ?? 'No Link'; subject 'Interview Scheduled'")


# --------------------------------------------------------------------------------------- Recruit41
R41 = "https://github.com/recruit41/marketing/blob/a80d68df3189004481c7a1d97b26d215b67c107a/docs/recruiter/email-templates.md"


def r41_email1(position, full_date, time_s):
    return f"""Dear Sam Okafor,

Congratulations! Following your application for the {position}, we are pleased to invite you to an interview with Recruit41.

This interview will be conducted on an AI-powered platform and will be led by the AI interviewer, Kiran.

Interview Details:

- Date: {full_date}
- Time: {time_s}
- Estimated Duration: Approximately 60 minutes. (Please allow for a few extra minutes in case of any technical setup.)

Crucial Preparation - :

Please read Interviewing with Recruit41 Guide (https://docs.recruit41.com/candidate/). It is essential that you read this document thoroughly before your interview. It contains vital information to ensure a smooth experience and a fair evaluation.

Key Highlights from the Guide:

- Browser Requirement:
    - You must use the official Google Chrome browser.
    - Other browsers (including Chromium-based ones like Brave/Arc, Safari, Edge, and mobile browsers) are not supported.

- Camera and Microphone:
    - Ensure you have a working camera and microphone.
    - Test them before the interview using webcammictest.com (https://webcammictest.com).
    - If using Bluetooth devices, ensure they are set as the default audio input/output in your operating system.

- Screen Sharing:
    - You might be required to share your entire screen (not just a window or tab) during parts of the interview, especially for coding exercises. This is critical for our evaluation.

- Familiarize Yourself:
    - We highly recommend trying a mock interview on the platform at https://demo.recruit41.com/ to get comfortable with the controls and environment.

- Environment:
    - Choose a quiet, well-lit, and distraction-free space.

What to Expect:

The interview will be 2-way conversational, and may include technical questions, problem-solving scenarios, and maybe a live coding exercise. Kiran, our AI interviewer, will guide you through the process.

Next Steps:

1. Thoroughly Review the Guide: Interviewing with Recruit41 Guide (https://docs.recruit41.com/candidate/). This is the most important step to prepare.
2. Prepare Your Setup: Test your equipment and browser well in advance.

We understand that interviews can be demanding, and we want to support you in performing your best. Preparing according to the attached guide will significantly help.

If you have any questions before your interview, please don't hesitate to reply to this email or contact us at support@recruit41.com.

We look forward to interviewing you!

Best regards,

TA Team, Zephyr Cloud Technologies
"""


@case("en_recruit41_ai_interview_invitation_no_zone_ist.eml")
def r41_invite():
    text = r41_email1("Cloud Support Engineer", "Tuesday, January 12, 2027", "11:00 AM")
    msg = make_message(key="r41a", date=at("Asia/Kolkata", 2027, 1, 6, 18, 5, 31), from_="Zephyr Cloud Talent <talent@zephyrcloud.in>",
                       subject="Your Recruit41 Interview Invitation for Cloud Support Engineer on Tuesday, January 12, 2027",
                       text=text, headers=[("MIME-Version", "1.0")], message_id=f"<{hexid('r41am', 24)}@zephyrcloud.in>",
                       return_path="talent@zephyrcloud.in")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 1, 12, 11, 0), accepted=False,
                reply_to="talent@zephyrcloud.in",
                note="Recruit41 'Pre-Interview / Intimation Email' (AI-led interview at a fixed time): 'Date: Tuesday, January 12, "
                     "2027 / Time: 11:00 AM', no zone; Bengaluru employer (.in, Date +0530) -> IST. A scheduled, attended AI interview "
                     "counts as an invite.",
                source=R41 + " (Email 1: Pre-Interview / Intimation Email)",
                rendered="[Position]/[Full Date]/[Time, e.g., 2:00 PM] filled as the guide shows (weekday, Month D, YYYY; h:mm AM)")


@case("en_recruit41_interview_is_today_link_enclosed.eml")
def r41_today():
    text = """Dear Sam Okafor,

Today's the day! We're looking forward to your interview for the Cloud Support Engineer with Recruit41, scheduled from 11:00 AM.

Your Unique Interview Link:

Please use the following link to join your interview:

https://app.recruit41.com/i/zc-7Qk2mVx9pT

Important - Link Activation & Access:

- This interview link will become active 15 minutes before your scheduled start time.
- The link will remain active until 12:30 PM on January 12, 2027
- We recommend joining 5-10 minutes before your scheduled time to settle in and ensure your audio/video is working correctly on the platform's pre-meeting check page.
- Please aim to start the interview promptly at 11:00 AM

Final Preparation - :

Please read Interviewing with Recruit41 Guide (https://docs.recruit41.com/candidate/). It is essential that you read this document thoroughly before your interview. It contains vital information to ensure a smooth experience and a fair evaluation.

During the Interview:

- Remember to keep your upper body, including your face, arms, and hands, visible.
- If you encounter any technical issues during the interview, please use the Live Chat Support option available on the bottom control panel of the interview platform.
- If Kiran seems unresponsive, you can say, "Hey Kiran, are you there?" to prompt it.

Next Steps After the Interview:

- We will be in touch regarding the outcome of your interview within 5-7 business days.

We are excited to learn more about you. Relax, be yourself, and good luck!

If you have any questions before your interview, please don't hesitate to reply to this email or contact us at support@recruit41.com.

Best regards,

TA Team, Zephyr Cloud Technologies
"""
    msg = make_message(key="r41b", date=at("Asia/Kolkata", 2027, 1, 12, 7, 30, 2), from_="Zephyr Cloud Talent <talent@zephyrcloud.in>",
                       subject="Your Recruit41 Interview for Cloud Support Engineer is Today \u2013 Interview Link Enclosed!",
                       text=text, headers=[("MIME-Version", "1.0")], message_id=f"<{hexid('r41bm', 24)}@zephyrcloud.in>",
                       return_path="talent@zephyrcloud.in")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 1, 12, 11, 0), accepted=False,
                reply_to="talent@zephyrcloud.in",
                note="Recruit41 'Actual Interview Day' mail: 'Today's the day! ... scheduled from 11:00 AM' + unique link; the date "
                     "is 'today' = the Date header's day in India (Tue 12 Jan 2027 07:30 +0530). '12:30 PM on January 12, 2027' is "
                     "the link expiry, not the start.",
                source=R41 + " (Email 2: Actual Interview Day - With Interview Link)",
                rendered="[Time]/[End Time]/[End Date] filled (h:mm AM, Month D, YYYY)")


@case("en_recruit41_invitation_owner_confirms_reply.mbox")
def r41_accept():
    text = r41_email1("Site Reliability Engineer", "Friday, February 5, 2027", "3:30 PM").replace(
        "TA Team, Zephyr Cloud Technologies", "TA Team, Mandovi Systems")
    m1 = make_message(key="r41c", date=at("Asia/Kolkata", 2027, 1, 28, 16, 12, 40), from_="Mandovi Systems TA <ta@mandovisystems.com>",
                      subject="Your Recruit41 Interview Invitation for Site Reliability Engineer on Friday, February 5, 2027",
                      text=text, headers=[("MIME-Version", "1.0"), ("Reply-To", "Priyanka Kamat <priyanka.kamat@mandovisystems.com>")],
                      message_id=f"<{hexid('r41cm', 24)}@mandovisystems.com>", return_path="ta@mandovisystems.com")
    reply = ("Hi Priyanka,\n\nThanks for the invitation. Confirming that I'll take the AI interview on Friday 5 February at 3:30 PM "
             "IST - I've read the guide and tested Chrome.\n\nBest,\nSam\n\n"
             "On Thu, 28 Jan 2027 at 10:42, Mandovi Systems TA <ta@mandovisystems.com> wrote:\n" + quote_lines(text))
    m2 = make_message(key="r41d", date=at("Europe/London", 2027, 1, 28, 13, 5, 19), from_=OWNER_ADDR,
                      to="Priyanka Kamat <priyanka.kamat@mandovisystems.com>",
                      subject="Re: Your Recruit41 Interview Invitation for Site Reliability Engineer on Friday, February 5, 2027",
                      text=reply, delivered=False,
                      headers=[("MIME-Version", "1.0"), ("In-Reply-To", m1["Message-ID"]), ("References", m1["Message-ID"])],
                      message_id="<CAK7mT3fYc4Nw2-Hb7Lq0xRz5sVg1Dm8Tp@mail.gmail.com>")
    return dict(messages=[m1, m2], labels=["Inbox,Opened,Category Personal", "Sent"], is_invite=True,
                interview_start=at("Asia/Kolkata", 2027, 2, 5, 15, 30), accepted=True,
                reply_to="priyanka.kamat@mandovisystems.com",
                note="Recruit41 intimation e-mail (Goa company, no zone printed, 'Time: 3:30 PM') with Reply-To the recruiter; the "
                     "owner replies 'Confirming that I'll take the AI interview' -> accepted; reply goes to the Reply-To.",
                source=R41 + " (Email 1)", rendered="as the other Recruit41 invitation")


# ----------------------------------------------------------------- Python/Outlook interview mailer
AI = "https://github.com/santhu0676/Automation-Interview/blob/15f56ad481ce1cbb37b1fc49056b35a3a4de4f16/"


def ai_body(company, date_cell, time_cell, round_s, hr_email, dept):
    return f"""Dear Candidate,

We are pleased to inform you that your interview has been scheduled with our team at {company}.

\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550
                    INTERVIEW DETAILS
\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550

\U0001F4C5 Date:        {date_cell}
\u23F0 Time:        {time_cell}
\U0001F4DD Round:       {round_s}

\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550

IMPORTANT INSTRUCTIONS:
------------------------
\u2713 Please join 5-10 minutes before the scheduled time
\u2713 Ensure you have a stable internet connection
\u2713 Keep your resume and relevant documents ready
\u2713 Prepare any questions you may have for us

If you need to reschedule or have any questions, please contact us immediately.

We look forward to speaking with you!

Best Regards,
HR Team
{dept}

\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550
This is an automated notification. Please do not reply to this email.
For queries, contact: {hr_email}
\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550
"""


@case("en_outlook_interview_mailer_excel_date_midnight_chennai.eml")
def ai_chennai():
    text = ai_body("Nimbus Retail Technologies", "2027-01-19 00:00:00", "2:00 PM", "HR Round - Cultural Fit Discussion",
                   "careers@nimbusretail.in", "Recruitment Department")
    msg = make_message(key="ai1", date=at("Asia/Kolkata", 2027, 1, 11, 12, 46, 8), from_="Kavya Srinivasan <kavya.s@nimbusretail.in>",
                       subject="Interview Scheduled - Action Required", text=text,
                       headers=[("MIME-Version", "1.0"), ("Thread-Topic", "Interview Scheduled - Action Required"),
                                ("Thread-Index", "AdtkQ2s5Yw8Zb0m3T5uJkVx1nP4q9A=="), ("X-MS-Has-Attach", ""),
                                ("Content-Language", "en-US")],
                       message_id=f"<PN0P287MB{hexid('ai1a', 4).upper()}{hexid('ai1b', 28).upper()}@PN0P287MB{hexid('ai1a', 4).upper()}.INDP287.PROD.OUTLOOK.COM>",
                       return_path="kavya.s@nimbusretail.in")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Kolkata", 2027, 1, 19, 14, 0), accepted=False,
                reply_to="kavya.s@nimbusretail.in",
                note="Python + Outlook (win32com) interview mailer fed from Excel: the Date cell is a real Excel date, which openpyxl "
                     "returns as a datetime, so str() prints '2027-01-19 00:00:00' - the 00:00:00 is NOT the time; 'Time: 2:00 PM'. "
                     "Chennai company (Date +0530) -> IST. Footer says do not reply; the mail came from the HR person's Outlook.",
                source=AI + "email_config.py ; email_sender.py (_create_email_body) ; excel_reader.py (str(cell.value).strip())",
                rendered="EMAIL_TEMPLATE.format(date=str(datetime cell), time=str(text cell), description=...); sent with Outlook mail.Send()")


@case("en_outlook_interview_mailer_forwarded_by_agency_singapore.eml")
def ai_agency():
    inner = ai_body("Orchid Semiconductor", "2027-02-09 00:00:00", "10:30 AM", "Technical Interview - Python & System Design",
                    "talent@orchidsemi.com.sg", "Talent Acquisition")
    note = ("Hi Sam,\n\nOrchid have scheduled your technical interview - their HR system e-mailed me since I'm the agency contact on "
            "the application. All details below. Can you reply to confirm you're good for it? Good luck!\n\nCheers,\nDaniel\n\n"
            "Daniel Lim | Principal Consultant, Technology\nHarbour & Finch Recruitment Pte Ltd | EA Licence 19C9931\n+65 6812 4470\n\n")
    fwd = ("---------- Forwarded message ---------\n"
           "From: Orchid Semiconductor HR <talent@orchidsemi.com.sg>\n"
           "Date: Mon, 1 Feb 2027 at 16:20\n"
           "Subject: Interview Scheduled - Action Required\n"
           "To: <daniel.lim@harbourfinch.com.sg>\n\n\n")
    msg = make_message(key="ai2", date=at("Asia/Singapore", 2027, 2, 1, 16, 58, 12), from_="Daniel Lim <daniel.lim@harbourfinch.com.sg>",
                       subject="Fwd: Interview Scheduled - Action Required", text=note + fwd + inner,
                       headers=[("MIME-Version", "1.0")], message_id="<CAH9wLm4Xr8Tq1-Vn2Zc7Pb0sKe5Jy3Gd6Fh@mail.gmail.com>",
                       return_path="daniel.lim@harbourfinch.com.sg")
    return dict(messages=[msg], is_invite=True, interview_start=at("Asia/Singapore", 2027, 2, 9, 10, 30), accepted=False,
                reply_to="daniel.lim@harbourfinch.com.sg",
                note="Agency recruiter forwards (Gmail 'Forwarded message') the employer's automated interview mail; the time is "
                     "inside the forwarded part: 'Date: 2027-02-09 00:00:00 / Time: 10:30 AM' (Excel datetime quirk). The forward "
                     "header 'Date: Mon, 1 Feb 2027 at 16:20' is the mail date. Singapore -> +08:00; reply to the agency recruiter.",
                source=AI + "email_config.py ; email_sender.py (inside a Gmail forward)", rendered="as the Chennai case")


# ------------------------------------------------------------------------------------ Beeja / WPJS
@case("en_non_beeja_interviewer_new_applicant_details.eml")
def beeja():
    html = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Interview Scheduled!!</title>
    <style>
        body {
font-family: Arial, sans-serif;
line-height: 1.6;
}
.container {
max-width: 600px;
margin: auto;
padding: 20px;
border: 1px solid #ccc;
border-radius: 5px;
background-color: #f9f9f9;
}
h2 {
color: #333;
}
p {
margin: 10px 0;
}
</style>
</head>
<body>
<div class="container">
        <h2>New Applicant Details</h2>
        <p><strong>First Name:</strong> Kiran</p>
        <p><strong>Last Name:</strong> Varma</p>
        <p><strong>Email:</strong> kiran.varma92@gmail.com</p>
        <p><strong>Position Applied For:</strong> Java Developer</p>

<small>Recruuitment Team will send you an invitation for interview</small>
<b>Please follow interview guidelines &amp; protocols of Techatlas Solutions</b>
<b>Contact Hiring team, if you have any queries</b>
    </div>
</body>
</html>
"""
    msg = make_message(key="bj1", date=at("UTC", 2027, 1, 18, 5, 51, 30), from_="Beeja Notifications <notifications@techatlas.io>",
                       subject="Interview Scheduled!!", html=html, headers=[("MIME-Version", "1.0")],
                       message_id=f"<{hexid('bj1m', 10)}.{digits_s('bj1')}.JavaMail.beeja@notifications-7f9c>",
                       return_path="notifications@techatlas.io")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="Beeja (Spring/FreeMarker HR suite) Interviewer.ftl 'Interview Scheduled!!' sent to the INTERVIEWER with the "
                     "applicant's details; 'Recruuitment Team will send you an invitation for interview' (typo kept) -> not an invite.",
                source="https://github.com/saikiran-jetti9/hello/blob/main/beeja-services/beeja-notifications/src/main/resources/emailTemplates/Interviewer.ftl",
                rendered="${applicantName}/${applicantLastName}/${applicantEmail}/${position}/${companyName}; subject = <title> (our fill)")


def digits_s(k):
    return str(int(hexid(k + "d", 12), 16))[:13]


@case("en_non_wpjobsearch_shortlisted_employer_will_inform.eml")
def wpjs():
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
    </head>
    <body style="margin: 0; padding: 0;">
        <div style="background-color: #eeeeef; padding: 50px 0;">
            <table style="max-width: 640px;" border="0" cellspacing="0" cellpadding="0" align="center">
                <tbody>
                    <tr><td align="center" valign="top">
                        <table id="template_header" style="background-color: #454545; color: #f1f1f1; font-family: Arial; font-weight: bold;" border="0" width="100%" cellspacing="0" cellpadding="0">
                            <tbody><tr><td>
                                <h1 id="logo" style="color: #f1f1f1; margin: 0; padding: 28px 24px; display: block; font-family: Arial; font-size: 30px; font-weight: bold; text-align: center; line-height: 150%;">User Shortlisted for Interview</h1>
                            </td></tr></tbody>
                        </table></td></tr>
                    <tr><td align="center" valign="top">
                        <table id="template_body" border="0" width="100%" cellspacing="0" cellpadding="0"><tbody><tr>
                            <td id="mailtpl_body_bg" style="background-color: #fafafa;" valign="top">
                                <table border="0" width="100%" cellspacing="0" cellpadding="20"><tbody><tr><td valign="top">
                                    <p class="Indented">Dear Sam Okafor ,</p>
                                    <p class="Indented">Thank you for your application for the above post . I am pleased to inform you that you have been short-listed for interview to {job_title . The interview is likely will be informed by Employer via Telephone or via Email . In the event that you are unable to attend in person, please inform the employer Chaophraya Engineering Co., Ltd. as soon as possible in order that alternative arrangements for your interview may be made (such as Skype).</p>

                                    <table class="blueTable">
                                        <thead><tr><th style="text-align: center;" colspan="2">User Shortlisted for Interview</th></tr></thead>
                                        <tbody>
                                            <tr><td>Job Title</td><td>Automation Engineer (PLC/SCADA)</td></tr>
                                            <tr><td>Candidate Name</td><td>Sam Okafor</td></tr>
                                            <tr><td>Employer Name</td><td>Chaophraya Engineering Co., Ltd.</td></tr>
                                        </tbody>
                                    </table>
                                    Best Regards,

                                    Eng Jobboard

                                    admin@engjobboard.com</td></tr></tbody></table>
                            </td></tr></tbody></table></td></tr>
                    <tr><td align="center" valign="top">
                        <table id="template_footer" border="0" width="100%" cellspacing="0" cellpadding="10"><tbody><tr><td valign="top">
                            <table border="0" width="100%" cellspacing="0" cellpadding="10"><tbody><tr>
                                <td id="credit" style="border: 0; color: #777; font-family: Arial; font-size: 12px; line-height: 125%; text-align: center;" colspan="2" valign="middle">\u00a9 2027 Eng Jobboard. All rights reserved.</td>
                            </tr></tbody></table></td></tr></tbody></table></td></tr>
                </tbody>
            </table>
        </div>
    </body>
</html>"""
    msg = make_message(key="wpjs1", date=at("Asia/Bangkok", 2026, 11, 24, 14, 9, 33), from_="Eng Jobboard <wordpress@engjobboard.com>",
                       subject="User Shortlisted for Interview", html=html,
                       headers=[("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.6.0 (https://github.com/PHPMailer/PHPMailer)")],
                       message_id=f"<{hexid('wpjs1m', 32)}@engjobboard.com>", return_path="wordpress@engjobboard.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="WP JobSearch theme plugin 'User Shortlisted for Interview' (Thai job board): short-listed, 'The interview is "
                     "likely will be informed by Employer via Telephone or via Email' - no time, no request to pick one -> status "
                     "update, not an invite. The template's broken '{job_title .' placeholder is kept as the plugin renders it.",
                source="https://github.com/wendywizz/eng-jobboard/blob/6ac028db49d7e2dce6cba194d4a2c59b71d6d0f5/wp-content/plugins/wp-jobsearch/templates/email-templates/html-user-shortlist-for-interview.php",
                rendered="{candidate_name}/{employer_name}/{job_title}/{SITE_NAME}/{ADMIN_EMAIL}/{COPYRIGHT_TEXT} replaced; the malformed "
                         "'{job_title .' token matches no placeholder and stays")


@case("en_frappe_hrms_interview_scheduled_owner_confirms_reply.mbox")
def hrms_accept():
    site = "deccanmedtech.frappe.cloud"
    body = hrms_confirmation_body(OWNER_NAME, "Clinical Data Analyst", "Panel", "08-02-2027",
                                  py_timedelta_str(14, 0), py_timedelta_str(15, 0), "Deccan MedTech Pvt Ltd",
                                  "Plot 12, Hitec City Road, Madhapur<br>Hyderabad, Telangana 500081<br>India")
    html = frappe_wrap(body, site)
    m1 = make_message(key="hrms5", date=at("UTC", 2027, 1, 30, 7, 48, 33), from_="Deccan MedTech Talent <talent@deccanmedtech.in>",
                      subject="Interview Scheduled: Panel on 08-02-2027", text=html_to_text(html), html=html,
                      headers=frappe_headers(site), message_id=f"<{hexid('hrms5m', 32)}@{site}>",
                      return_path="talent@deccanmedtech.in")
    reply = ("Dear Deccan MedTech Talent team,\n\nThank you - I confirm that I will attend the panel interview on 8 February "
             "at 2:00 PM at your Madhapur office.\n\nRegards,\nSam Okafor\n\n"
             "On Sat, 30 Jan 2027 at 07:48, Deccan MedTech Talent <talent@deccanmedtech.in> wrote:\n" + quote_lines(html_to_text(html)))
    m2 = make_message(key="hrms5r", date=at("Europe/London", 2027, 1, 30, 10, 15, 2), from_=OWNER_ADDR,
                      to="Deccan MedTech Talent <talent@deccanmedtech.in>", subject="Re: Interview Scheduled: Panel on 08-02-2027",
                      text=reply, delivered=False,
                      headers=[("MIME-Version", "1.0"), ("In-Reply-To", m1["Message-ID"]), ("References", m1["Message-ID"])],
                      message_id="<CAK7mT3gQx1Lb6-Wn9Rd2Hc5Yv0Tp3Mz8Ks@mail.gmail.com>")
    return dict(messages=[m1, m2], labels=["Inbox,Opened,Category Personal", "Sent"], is_invite=True,
                interview_start=at("Asia/Kolkata", 2027, 2, 8, 14, 0), accepted=True, reply_to="talent@deccanmedtech.in",
                note="Frappe HRMS interview confirmation 'Date 08-02-2027 / Time 14:00:00 \u2013 15:00:00' (dd-mm-yyyy: 8 Feb, nine "
                     "days after the mail; 2 Aug would be half a year out), Hyderabad -> IST; the owner replied 'I confirm that I "
                     "will attend' -> accepted.",
                source=HRMS + "interview_confirmation_template.html",
                rendered="formatdate(scheduled_on) 'dd-mm-yyyy'; from_time/to_time timedelta strings")


@case("en_expathr_interview_owner_confirms_attendance.mbox")
def expathr_accept():
    html = """<!DOCTYPE html>
<html>
<head>
    <title>Interview Scheduled</title>
</head>
<body>
    <p>Dear Sam Okafor,</p>
    <p>We are pleased to inform you that your interview for the position of <strong>Head Barista &amp; Trainer</strong> has been scheduled.</p>
    <p><strong>Details:</strong></p>
    <ul>
        <li>Date: 2027-02-10</li>
        <li>Time: 14:30:00 WITA</li>
        <li>Location: No Location</li>
        <li>Link: https://meet.google.com/tko-rbzq-wfh</li>
    </ul>
    <p>Thank you.</p>
    <p>Regards,</p>
    <p></p>
    <p>HR Team</p>
</body>
</html>
"""
    m1 = make_message(key="ex2", date=at("Asia/Makassar", 2027, 2, 3, 9, 12, 45), from_="Expat. HR <hr@expatroasters.com>",
                      subject="Interview Scheduled", html=html, headers=[("MIME-Version", "1.0")],
                      message_id=f"<{hexid('ex2m', 32)}@expatroasters.com>", return_path="hr@expatroasters.com", html_cte="7bit")
    reply = ("Hello HR Team,\n\nThank you for the invitation. I confirm my attendance for the online interview on 10 February "
             "at 14:30 WITA via the Google Meet link.\n\nBest regards,\nSam Okafor\n\n"
             "On Wed, 3 Feb 2027 at 01:12, Expat. HR <hr@expatroasters.com> wrote:\n" + quote_lines(html_to_text(html)))
    m2 = make_message(key="ex2r", date=at("Europe/London", 2027, 2, 3, 8, 30, 40), from_=OWNER_ADDR,
                      to="Expat. HR <hr@expatroasters.com>", subject="Re: Interview Scheduled", text=reply, delivered=False,
                      headers=[("MIME-Version", "1.0"), ("In-Reply-To", m1["Message-ID"]), ("References", m1["Message-ID"])],
                      message_id="<CAK7mT3hVz0Nc4-Qb8Ld1Wm6Ys2Hr5Kx9Pt@mail.gmail.com>")
    return dict(messages=[m1, m2], labels=["Inbox,Opened,Category Personal", "Sent"], is_invite=True,
                interview_start=at("Asia/Makassar", 2027, 2, 10, 14, 30), accepted=True, reply_to="hr@expatroasters.com",
                note="Expat HR online interview 'Date: 2027-02-10 / Time: 14:30:00 WITA', 'Location: No Location' (null location "
                     "fallback) + Meet link; the owner's reply confirms attendance -> accepted.",
                source="https://github.com/krishnaamp123/expathr/blob/0c20d18a9235cc405082cd1dada6fa00ba23739d/resources/views/admin/interview/email.blade.php",
                rendered="location ?? 'No Location'; raw DATE/TIME columns + ' WITA'")
