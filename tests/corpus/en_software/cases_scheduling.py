"""Cases from scheduling / booking software: cal.com, Easy!Appointments, LatePoint, a Laravel
"Calendly demo", TalentTube's Interview Concierge.  Wording is the products'; names, companies and
dates are invented."""
from __future__ import annotations

import html as H
from datetime import timedelta

from mailgen import (OWNER, OWNER_ADDR, OWNER_NAME, at, digits, fold_ics, h12, hexid, ics_dt, ics_text,
                     long_us_date, make_message, php_date, weekday)
from registry import case

CAL_SRC = "https://github.com/calcom/cal.com"


# ------------------------------------------------------------------------------------------ cal.com

def calcom_when(start, end, zone_name: str) -> str:
    """WhenInfo.tsx: getRecipientStart(`dddd, LL | ${timeFormat}`) - getRecipientEnd(timeFormat) (timeZone),
    timeFormat default 'h:mma' (12h user setting)."""
    s, e = start.astimezone(at(zone_name, 2000, 1, 1).tzinfo), end.astimezone(at(zone_name, 2000, 1, 1).tzinfo)
    return f"{weekday(s)}, {long_us_date(s)} | {h12(s)} - {h12(e)}"


def calcom_subject_date(start, end, zone_name):
    """getFormattedDate(): `${h:mma} - ${h:mma}, ${dddd}, ${MMMM} ${D, YYYY}`."""
    z = at(zone_name, 2000, 1, 1).tzinfo
    s, e = start.astimezone(z), end.astimezone(z)
    return f"{h12(s)} - {h12(e)}, {weekday(s)}, {s:%B} {s.day}, {s.year}"


def calcom_html(title, subtitle, rows, call_to_action, header_icon="checkCircle"):
    """BaseEmailHtml + Info components (simplified markup, same texts and order)."""
    blocks = []
    for label, desc, strike in rows:
        if not desc:
            continue
        style = "text-decoration: line-through;" if strike else ""
        blocks.append(
            f'<div style="line-height: 6px;"><p style="color: #101010; font-weight: 600;">{H.escape(label)}</p>'
            f'<p style="color: #101010; font-weight: 400; line-height: 24px; white-space: pre-wrap; {style}">{desc}</p></div>'
            '<div style="height: 24px;"></div>')
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{H.escape(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="word-spacing:normal;background-color:#F3F4F6;">
<div style="background-color:#F3F4F6;"><div style="margin:0px auto;max-width:600px;">
<table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr>
<td style="direction:ltr;font-size:0px;padding:0px;padding-top:40px;text-align:center;">
<img height="64" src="https://app.cal.com/emails/{header_icon}@2x.png" style="border:0;display:block;height:64px;width:64px;" width="64" alt="">
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:24px;font-weight:700;line-height:24px;text-align:center;color:#111827;">{H.escape(title)}</div>
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:16px;font-weight:400;line-height:24px;text-align:center;color:#4B5563;">{subtitle}</div>
</td></tr></tbody></table>
<div style="background:#FFFFFF;margin:0px auto;max-width:600px;padding:15px 0px 0px 0px;">
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:16px;font-weight:500;line-height:1;text-align:left;color:#101010;">
{''.join(blocks)}
</div>
{call_to_action}
</div>
<div style="margin:0px auto;max-width:600px;"><p style="font-family:Roboto, Helvetica, sans-serif;font-size:12px;color:#6B7280;text-align:center;">
<a href="https://cal.com" style="color:#6B7280;">Cal.com</a></p></div>
</div></div></body></html>
"""


def calcom_manage(uid):
    return (f'<div style="text-align:center;padding:10px 25px;font-family:Roboto, Helvetica, sans-serif;font-size:16px;color:#3e3e3e;">'
            f'Need to make a change? <a href="https://cal.com/reschedule/{uid}" style="color:#374151;">Reschedule</a> or '
            f'<a href="https://cal.com/booking/{uid}?cancel=true&amp;allRemainingBookings=false" style="color:#374151;">Cancel</a></div>')


def calcom_ics(uid, title, start, end, organizer, attendees, method="REQUEST", status="CONFIRMED", seq=0, description=""):
    """ics.createEvent(...) as in attendee-scheduled-email.ts: UTC start, duration, organizer, attendees NEEDS-ACTION."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:calendso/ics", f"METHOD:{method}",
             "X-PUBLISHED-TTL:PT1H", "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{ics_text(title)}",
             f"DTSTAMP:{ics_dt(start.replace(hour=0, minute=0))[:8]}T000000Z", f"DTSTART:{ics_dt(start)}",
             f"DESCRIPTION:{ics_text(description)}",
             f"ORGANIZER;CN={organizer[0]}:MAILTO:{organizer[1]}"]
    for n, e in attendees:
        lines.append(f'ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={n}:MAILTO:{e}')
    mins = int((end - start).total_seconds() // 60)
    lines += [f"STATUS:{status}", f"SEQUENCE:{seq}", f"DURATION:PT{mins // 60}H{mins % 60}M" if mins >= 60 else f"DURATION:PT{mins}M",
              "END:VEVENT", "END:VCALENDAR"]
    return fold_ics(lines)


def calcom_text(title, subtitle, what, zone, org, attendees, where, extra=(), manage=None):
    """getTextBody(): title, subtitle, then getRichDescription(): What/Invitee Time Zone/Who/Where/... + manage link."""
    who = [f"{org[0]} - Organizer", org[1]] + [x for a in attendees for x in (a[0], a[1])]
    parts = [f"What:\n{what}", f"Invitee Time Zone:\n{zone}", "Who:\n" + "\n".join(who), f"Where:\n{where}"]
    parts += list(extra)
    if manage:
        parts.append(f"Need to reschedule or cancel? https://cal.com/booking/{manage}?changes=true")
    return f"{title}\n{subtitle}\n\n" + "\n\n".join(parts) + "\n"


CALCOM_HEADERS = [("MIME-Version", "1.0")]


@case("en_calcom_attendee_scheduled_london_meet_ics.eml")
def calcom_scheduled():
    org = ("Hannah Mercer", "hannah.mercer@brightwell-analytics.co.uk")
    start, end = at("Europe/London", 2027, 1, 12, 14, 0), at("Europe/London", 2027, 1, 12, 14, 45)
    etype = "Data Engineer - First Interview"
    title = f"{etype} between Hannah Mercer and {OWNER_NAME}"
    uid = "kVh3ZbTq8wYpN2sRj5mXcA"
    meet = "https://meet.google.com/xqv-nbjr-kte"
    desc = "A 45-minute conversation with the hiring manager for the Data Engineer role at Brightwell Analytics."
    rows = [("What", H.escape(title), False),
            ("When", f'{calcom_when(start, end, "Europe/London")} <span style="color: #4B5563">(Europe/London)</span>', False),
            ("Who", f"{org[0]} - Organizer <a href=\"mailto:{org[1]}\">{org[1]}</a><br>{OWNER_NAME} <a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", f'Google Meet: <a href="{meet}">{meet}</a>', False),
            ("Description", H.escape(desc), False)]
    html = calcom_html("Your event has been scheduled", "You and any other attendees have been emailed with this information.",
                       rows, calcom_manage(uid))
    text = calcom_text("Your event has been scheduled", "You and any other attendees have been emailed with this information.",
                       title, "Europe/London", org, [(OWNER_NAME, OWNER)], meet, [f"Description\n{desc}"], uid)
    ics = calcom_ics(uid, title, start, end, org, [(OWNER_NAME, OWNER)], description=text)
    date = at("UTC", 2027, 1, 4, 11, 2, 13)
    msg = make_message(key="calcom1", date=date, from_=f"{org[0]} <no-reply@cal.com>", subject=title,
                       text=text, html=html, ics=ics, ics_method="REQUEST",
                       attachments=[("event.ics", "application/ics", ics)],
                       headers=[("Reply-To", f"{OWNER}, {org[1]}")] + CALCOM_HEADERS,
                       message_id=f"<{hexid('calcom1m', 8)}-{hexid('calcom1n', 4)}-{hexid('calcom1o', 4)}-{hexid('calcom1q', 4)}-{hexid('calcom1p', 12)}@cal.com>",
                       return_path="bounces+2847193-9c1e-sam.okafor=gmail.com@em8313.cal.com")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to=org[1],
                note="cal.com booking confirmation the owner received after booking a recruiter's event type. The plain-text part "
                     "has no date at all (only 'Invitee Time Zone: Europe/London'); the time is in the HTML When row "
                     "'Tuesday, January 12, 2027 | 2:00pm - 2:45pm (Europe/London)' and in the METHOD:REQUEST calendar part (UTC). "
                     "Reply-To lists the owner AND the organizer (cal.com puts all attendees + organizer there) - reply goes to the organizer.",
                source=f"{CAL_SRC}/blob/main/packages/emails/templates/attendee-scheduled-email.ts ; "
                       f"{CAL_SRC}/blob/main/packages/emails/src/components/WhenInfo.tsx ; "
                       f"{CAL_SRC}/blob/main/packages/lib/CalEventParser.ts ; {CAL_SRC}/blob/main/apps/web/public/static/locales/en/common.json",
                rendered="When = dayjs(start).tz('Europe/London').format('dddd, LL | h:mma') - format('h:mma') + ' (Europe/London)'; "
                         "subject = calEvent.title (default event name '{event type} between {host} and {attendee}'); text = getTextBody(); "
                         "ics via ics.createEvent (UTC), nodemailer icalEvent => text/calendar alternative + event.ics")


@case("en_calcom_attendee_rescheduled_new_time_london.eml")
def calcom_rescheduled():
    org = ("Dana Whitfield", "dana.whitfield@ridgelinehealth.com")
    start, end = at("Europe/London", 2026, 12, 10, 16, 0), at("Europe/London", 2026, 12, 10, 16, 45)
    etype = "Technical Screen"
    title = f"{etype} between Dana Whitfield and {OWNER_NAME}"
    uid = "p2QmWd7LxEr9TcYv4Kfz8b"
    zoom = "https://ridgelinehealth.zoom.us/j/84120593377"
    reason = "Moving this by two days - the original slot clashed with our sprint review. Sorry for the shuffle!"
    subj = f"Your {etype} with Dana Whitfield has been rescheduled to {calcom_subject_date(start, end, 'Europe/London')}."
    rows = [("Additional notes", H.escape(reason), False),
            ("What", H.escape(title), False),
            ("When", f'{calcom_when(start, end, "Europe/London")} <span style="color: #4B5563">(Europe/London)</span>', False),
            ("Who", f"{org[0]} - Organizer <a href=\"mailto:{org[1]}\">{org[1]}</a><br>{OWNER_NAME} <a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", f'Zoom Video: <a href="{zoom}">{zoom}</a>', False)]
    html = calcom_html("Updated - Your event has been rescheduled", "You and any other attendees have been emailed with this information.",
                       rows, calcom_manage(uid), header_icon="calendarCircle")
    text = calcom_text("Updated - Your event has been rescheduled", "You and any other attendees have been emailed with this information.",
                       title, "Europe/London", org, [(OWNER_NAME, OWNER)], zoom, [f"Additional notes:\n{reason}"], uid)
    ics = calcom_ics(uid, title, start, end, org, [(OWNER_NAME, OWNER)], seq=1, description=text)
    date = at("UTC", 2026, 12, 4, 15, 20, 41)
    msg = make_message(key="calcom2", date=date, from_=f"{org[0]} <no-reply@cal.com>", subject=subj,
                       text=text, html=html, ics=ics, ics_method="REQUEST",
                       attachments=[("event.ics", "application/ics", ics)],
                       headers=[("Reply-To", f"{OWNER}, {org[1]}")] + CALCOM_HEADERS,
                       message_id=f"<{hexid('calcom2m', 8)}-{hexid('calcom2n', 4)}-{hexid('calcom2o', 4)}-{hexid('calcom2q', 4)}-{hexid('calcom2p', 12)}@cal.com>",
                       return_path="bounces+2847193-4be0-sam.okafor=gmail.com@em8313.cal.com")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to=org[1],
                note="cal.com AttendeeRescheduledEmail: 'Updated - Your event has been rescheduled'; subject 'Your Technical Screen with "
                     "Dana Whitfield has been rescheduled to 4:00pm - 4:45pm, Thursday, December 10, 2026.' - shown in the attendee's "
                     "zone (Europe/London; the New York company's 11:00 EST). The old time is not printed; SEQUENCE:1 REQUEST ics.",
                source=f"{CAL_SRC}/blob/main/packages/emails/src/templates/AttendeeRescheduledEmail.tsx ; {CAL_SRC}/blob/main/apps/web/public/static/locales/en/common.json",
                rendered="subject = t('event_type_has_been_rescheduled_on_time_date', {eventType, name, date: getFormattedDate()}) "
                         "with getFormattedDate = 'h:mma - h:mma, dddd, MMMM D, YYYY' in the attendee zone; reschedule reason shown as additional notes")


@case("en_calcom_request_reschedule_pick_new_time.eml")
def calcom_request_reschedule():
    org = ("Marta Kowalska", "marta.kowalska@pixelforge.pl")
    start, end = at("Europe/London", 2027, 1, 18, 9, 0), at("Europe/London", 2027, 1, 18, 10, 0)
    etype = "Gameplay Programmer Interview"
    title = f"{etype} between Marta Kowalska and {OWNER_NAME}"
    uid = "Zt5cPq1HvWm8RnB3yLd7Ke"
    reason = "Our lead engineer is travelling that week - please grab any slot the week after."
    rows = [("Reason for cancellation", H.escape(reason), False),
            ("What", H.escape(title), False),
            ("When", f'{calcom_when(start, end, "Europe/London")} <span style="color: #4B5563">(Europe/London)</span>', True),
            ("Who", f"{org[0]} - Organizer <a href=\"mailto:{org[1]}\">{org[1]}</a><br>{OWNER_NAME} <a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", "Cal Video", False)]
    cta = (f'<table align="center" role="presentation" style="margin:24px auto;"><tr><td style="background:#292929;border-radius:6px;padding:10px 16px;">'
           f'<a href="https://cal.com/reschedule/{uid}" style="color:#ffffff;text-decoration:none;font-family:Roboto, Helvetica, sans-serif;">Book a new time</a></td></tr></table>')
    html = calcom_html("Request to reschedule your booking",
                       f"{org[0]} has cancelled the booking and requested you to pick another time.", rows, cta,
                       header_icon="calendarCircle")
    text = calcom_text("Request to reschedule your booking",
                       f"{org[0]} has cancelled the booking and requested you to pick another time.",
                       title, "Europe/London", org, [(OWNER_NAME, OWNER)], "Cal Video",
                       [f"Reason for cancellation:\n{reason}", f"Book a new time: https://cal.com/reschedule/{uid}"])
    ics = calcom_ics(uid, title, start, end, org, [(OWNER_NAME, OWNER)], method="CANCEL", status="CANCELLED", seq=1)
    date = at("UTC", 2027, 1, 11, 16, 45, 2)
    msg = make_message(key="calcom3", date=date, from_=f"{org[0]} <no-reply@cal.com>",
                       subject=f"Action Required Reschedule: Please book a new time for {etype} with {org[0]}",
                       text=text, html=html, ics=ics, ics_method="CANCEL",
                       attachments=[("event.ics", "application/ics", ics)],
                       headers=[("Reply-To", f"{OWNER}, {org[1]}")] + CALCOM_HEADERS,
                       message_id=f"<{hexid('calcom3m', 8)}-{hexid('calcom3n', 4)}-{hexid('calcom3o', 4)}-{hexid('calcom3q', 4)}-{hexid('calcom3p', 12)}@cal.com>",
                       return_path="bounces+2847193-71aa-sam.okafor=gmail.com@em8313.cal.com")
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to=org[1],
                note="cal.com 'Request to reschedule your booking': the organizer cancelled the 18 Jan slot (shown struck through, "
                     "METHOD:CANCEL ics) and asks the candidate to 'Book a new time' -> still an invitation, no time fixed -> null. "
                     "The cancelled old time must not be reported.",
                source=f"{CAL_SRC}/blob/main/packages/emails/src/templates/AttendeeWasRequestedToRescheduleEmail.tsx ; {CAL_SRC}/blob/main/apps/web/public/static/locales/en/common.json",
                rendered="subject = t('requested_to_reschedule_subject_attendee'); subtitle t('request_reschedule_subtitle', {organizer}); "
                         "When rendered with lineThrough (cancellationReason without $RCH$)")


@case("en_non_calcom_new_event_candidate_booked_your_slot_ics.eml")
def calcom_organizer():
    att = ("Priya Nair", "priya.nair@outlook.com")
    org = (OWNER_NAME, OWNER)
    start, end = at("Europe/London", 2027, 1, 18, 15, 0), at("Europe/London", 2027, 1, 18, 15, 30)
    etype = "Portfolio Review Interview"
    title = f"{etype} between {OWNER_NAME} and Priya Nair"
    uid = "Rb8nHc2WqK5tLx9Pv3Ys1M"
    rows = [("What", H.escape(title), False),
            ("When", f'{calcom_when(start, end, "Europe/London")} <span style="color: #4B5563">(Europe/London)</span>', False),
            ("Who", f"{OWNER_NAME} - Organizer <a href=\"mailto:{OWNER}\">{OWNER}</a><br>{att[0]} <a href=\"mailto:{att[1]}\">{att[1]}</a>", False),
            ("Where", "Cal Video", False),
            ("Additional notes", "Applying for the Junior Product Designer role at Lumio Labs - portfolio link in my application.", False)]
    html = calcom_html("A new event has been scheduled.", "You and any other attendees have been emailed with this information.",
                       rows, calcom_manage(uid))
    text = calcom_text("A new event has been scheduled.", "You and any other attendees have been emailed with this information.",
                       title, "Europe/London", org, [att], "Cal Video",
                       ["Additional notes:\nApplying for the Junior Product Designer role at Lumio Labs - portfolio link in my application."], uid)
    ics = calcom_ics(uid, title, start, end, org, [att], description=text)
    date = at("UTC", 2027, 1, 9, 20, 31, 57)
    subj = f"New event: Priya Nair - {calcom_subject_date(start, end, 'Europe/London')} - {etype}"
    msg = make_message(key="calcom4", date=date, from_="Cal.com <no-reply@cal.com>", subject=subj,
                       text=text, html=html, ics=ics, ics_method="REQUEST",
                       attachments=[("event.ics", "application/ics", ics)],
                       headers=[("Reply-To", att[1])] + CALCOM_HEADERS,
                       message_id=f"<{hexid('calcom4m', 8)}-{hexid('calcom4n', 4)}-{hexid('calcom4o', 4)}-{hexid('calcom4q', 4)}-{hexid('calcom4p', 12)}@cal.com>",
                       return_path="bounces+2847193-0d3f-sam.okafor=gmail.com@em8313.cal.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="cal.com OrganizerScheduledEmail to the OWNER as host: a candidate (Priya Nair) booked the owner's "
                     "'Portfolio Review Interview' slot - 'A new event has been scheduled.', METHOD:REQUEST ics with the owner as "
                     "ORGANIZER. The owner conducts the interview -> not an invite.",
                source=f"{CAL_SRC}/blob/main/packages/emails/src/templates/OrganizerScheduledEmail.tsx ; {CAL_SRC}/blob/main/apps/web/public/static/locales/en/common.json",
                rendered="subject = t('new_event_subject', {attendeeName, date: getFormattedDate(), eventType}); title t('new_event_scheduled')")


@case("en_non_calcom_cancelled_position_filled.eml")
def calcom_cancelled():
    org = ("Jonas Berg", "jonas.berg@fennwick.se")
    start, end = at("Europe/London", 2026, 12, 16, 10, 0), at("Europe/London", 2026, 12, 16, 10, 45)
    etype = "Hiring Manager Interview"
    title = f"{etype} between Jonas Berg and {OWNER_NAME}"
    uid = "Wd4kYs7NpQ2hTr6Zc9Lm3F"
    reason = "The position has been filled internally. Thank you for your time, and sorry we could not meet."
    rows = [("Reason for cancellation", H.escape(reason), False),
            ("What", H.escape(title), False),
            ("When", f'{calcom_when(start, end, "Europe/London")} <span style="color: #4B5563">(Europe/London)</span>', True),
            ("Who", f"{org[0]} - Organizer <a href=\"mailto:{org[1]}\">{org[1]}</a><br>{OWNER_NAME} <a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", "Microsoft Teams", False)]
    html = calcom_html("Your scheduled event was cancelled", "You and any other attendees have been emailed with this information.",
                       rows, "", header_icon="xCircle")
    text = calcom_text("Your scheduled event was cancelled", "You and any other attendees have been emailed with this information.",
                       title, "Europe/London", org, [(OWNER_NAME, OWNER)], "Microsoft Teams", [f"Reason for cancellation:\n{reason}"])
    ics = calcom_ics(uid, title, start, end, org, [(OWNER_NAME, OWNER)], method="CANCEL", status="CANCELLED", seq=1)
    date = at("UTC", 2026, 12, 11, 8, 5, 30)
    subj = f"Cancelled: {etype} with Jonas Berg at {calcom_subject_date(start, end, 'Europe/London')}"
    msg = make_message(key="calcom5", date=date, from_=f"{org[0]} <no-reply@cal.com>", subject=subj,
                       text=text, html=html, ics=ics, ics_method="CANCEL",
                       attachments=[("event.ics", "application/ics", ics)],
                       headers=[("Reply-To", f"{OWNER}, {org[1]}")] + CALCOM_HEADERS,
                       message_id=f"<{hexid('calcom5m', 8)}-{hexid('calcom5n', 4)}-{hexid('calcom5o', 4)}-{hexid('calcom5q', 4)}-{hexid('calcom5p', 12)}@cal.com>",
                       return_path="bounces+2847193-e21c-sam.okafor=gmail.com@em8313.cal.com")
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="cal.com AttendeeCancelledEmail 'Your scheduled event was cancelled' with reason 'position has been filled' "
                     "and METHOD:CANCEL; nothing left to attend or rebook -> not an invite.",
                source=f"{CAL_SRC}/blob/main/packages/emails/src/templates/AttendeeCancelledEmail.tsx ; {CAL_SRC}/blob/main/apps/web/public/static/locales/en/common.json",
                rendered="subject = t('event_cancelled_subject', {eventType, name, date: getFormattedDate()}); When struck through")


# ------------------------------------------------------------------------------ Easy!Appointments
EA_SRC = "https://github.com/alextselegidis/easyappointments (tag 1.4.3)"


def ea_details_html(company, title, message, service, provider, start_s, end_s, tzlabel, customer, link, company_link):
    return f"""<html lang="en">
<head>
    <title>Appointment Details | Easy!Appointments</title>
</head>
<body style="font: 13px arial, helvetica, tahoma;">
<div class="email-container" style="width: 650px; border: 1px solid #eee;">
    <div id="header" style="background-color: #429a82; height: 45px; padding: 10px 15px;">
        <strong id="logo" style="color: white; font-size: 20px; margin-top: 10px; display: inline-block">
            {company}
        </strong>
    </div>
    <div id="content" style="padding: 10px 15px;">
        <h2>{title}</h2>
        <p>{message}</p>
        <h2>Appointment Details</h2>
        <table id="appointment-details">
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Service</td><td style="padding: 3px;">{service}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Provider</td><td style="padding: 3px;">{provider}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Start</td><td style="padding: 3px;">{start_s}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">End</td><td style="padding: 3px;">{end_s}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Timezone</td><td style="padding: 3px;">{tzlabel}</td></tr>
        </table>
        <h2>Customer Details</h2>
        <table id="customer-details">
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Name</td><td style="padding: 3px;">{customer[0]}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Email</td><td style="padding: 3px;">{customer[1]}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Phone</td><td style="padding: 3px;">{customer[2]}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Address</td><td style="padding: 3px;">{customer[3]}</td></tr>
        </table>
        <h2>Appointment Link</h2>
        <a href="{link}" style="width: 600px;">{link}</a>
    </div>
    <div id="footer" style="padding: 10px; text-align: center; margin-top: 10px;
                border-top: 1px solid #EEE; background: #FAFAFA;">
        Powered by
        <a href="https://easyappointments.org" style="text-decoration: none;">Easy!Appointments</a>
        |
        <a href="{company_link}" style="text-decoration: none;">{company}</a>
    </div>
</div>
</body>
</html>
"""


def ea_ics(uid, summary, start, end, location, customer, provider):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Easy!Appointments//EN", "CALSCALE:GREGORIAN", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTART:{ics_dt(start)}", f"DTEND:{ics_dt(end)}", f"SUMMARY:{ics_text(summary)}",
             f"LOCATION:{ics_text(location)}", "STATUS:CONFIRMED",
             "DESCRIPTION:" + ics_text("\nProvider\n\nName: %s\nEmail: %s\n\nCustomer\n\nName: %s\nEmail: %s\n\nNotes\n\n" % (
                 provider[0], provider[1], customer[0], customer[1])),
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={customer[0]}:MAILTO:{customer[1]}",
             "BEGIN:VALARM", f"TRIGGER;VALUE=DATE-TIME:{ics_dt(start - timedelta(minutes=15))}",
             "ACTION:EMAIL", "SUMMARY:Alarm notification", "DESCRIPTION:This is an event reminder", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    return fold_ics(lines)


def ea_headers(host):
    return [("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)")]


@case("en_easyappointments_booked_sydney_plus10_label_ics.eml")
def ea_booked():
    company = "Coral Bay Energy"
    provider = ("Lachlan Reid", "lachlan.reid@coralbayenergy.com.au")
    customer = (OWNER_NAME, OWNER, "+44 7700 900481", "")
    start, end = at("Australia/Sydney", 2027, 1, 14, 10, 0), at("Australia/Sydney", 2027, 1, 14, 10, 45)
    fmt = "d/m/Y H:i"
    link = "https://interviews.coralbayenergy.com.au/index.php/appointments/index/6a1f3c9d82e4b07751c2d0e9"
    html = ea_details_html(company, "Your appointment has been successfully booked.",
                           "Thank you for arranging an appointment with us. Below you can see the appointment details. Make changes by clicking the appointment link.",
                           "Graduate Engineer Interview (45 min)", f"{provider[0]}", php_date(start, fmt), php_date(end, fmt),
                           "Sydney (+10:00)", customer, link, "https://www.coralbayenergy.com.au")
    ics = ea_ics("418", "Graduate Engineer Interview (45 min)", start, end, "Level 9, 60 Margaret Street, Sydney NSW 2000", customer, provider)
    date = at("UTC", 2026, 12, 22, 23, 41, 8)
    msg = make_message(key="ea1", date=date, from_=f"{company} <careers@coralbayenergy.com.au>",
                       subject="Your appointment has been successfully booked.", html=html,
                       attachments=[("invitation.ics", "application/octet-stream", ics)],
                       headers=ea_headers("coralbayenergy.com.au"),
                       message_id=f"<{hexid('ea1m', 32)}@interviews.coralbayenergy.com.au>",
                       return_path="careers@coralbayenergy.com.au")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to="careers@coralbayenergy.com.au",
                note="Easy!Appointments 1.4 booking confirmation for a 'Graduate Engineer Interview' service. Start '14/01/2027 10:00' "
                     "(d/m/Y H:i, 24h) with Timezone row 'Sydney (+10:00)' - that label is E!A's fixed standard-offset list; in January "
                     "Sydney is on AEDT, so the wall time 10:00 Sydney = +11:00 (the invitation.ics attachment, sent as "
                     "application/octet-stream, says DTSTART 20270113T230000Z which agrees). HTML only.",
                source=f"{EA_SRC}: engine/Notifications/Email.php, application/views/emails/appointment_details.php, "
                       "application/language/english/translations_lang.php, application/libraries/Timezones.php, application/libraries/Ics_file.php",
                rendered="appointment_start_date = DateTime(start, provider tz)->format('d/m/Y H:i') (date_format DMY, time_format military); "
                         "Timezone = Timezones list label 'Sydney (+10:00)'; Subject = title; ICS attached via PHPMailer addStringAttachment")


@case("en_easyappointments_changes_saved_new_time_singapore.eml")
def ea_changed():
    company = "Straits Ledger Pte. Ltd."
    provider = ("Wei Ling Chua", "weiling.chua@straitsledger.sg")
    customer = (OWNER_NAME, OWNER, "+65 8123 4471", "")
    start, end = at("Asia/Singapore", 2027, 2, 2, 15, 30), at("Asia/Singapore", 2027, 2, 2, 16, 15)
    fmt = "m/d/Y g:i a"
    link = "https://book.straitsledger.sg/index.php/appointments/index/93bd0c7e15a24f6d8e01b7ac"
    html = ea_details_html(company, "Appointment changes have been successfully saved.",
                           "Thank you for arranging an appointment with us. Below you can see the appointment details. Make changes by clicking the appointment link.",
                           "Second Interview - Risk Analyst", provider[0], php_date(start, fmt), php_date(end, fmt),
                           "Singapore (+8:00)", customer, link, "https://www.straitsledger.sg")
    ics = ea_ics("1207", "Second Interview - Risk Analyst", start, end, "1 Raffles Place, #33-01, Singapore 048616", customer, provider)
    date = at("UTC", 2027, 1, 26, 3, 18, 44)
    msg = make_message(key="ea2", date=date, from_=f"{company} <talent@straitsledger.sg>",
                       subject="Appointment changes have been successfully saved.", html=html,
                       attachments=[("invitation.ics", "application/octet-stream", ics)],
                       headers=ea_headers("straitsledger.sg"),
                       message_id=f"<{hexid('ea2m', 32)}@book.straitsledger.sg>", return_path="talent@straitsledger.sg")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to="talent@straitsledger.sg",
                note="Easy!Appointments 'Appointment changes have been successfully saved.' after the slot was moved; only the new time "
                     "is printed. Company chose date format MDY + 12h: Start '02/02/2027 3:30 pm' (unambiguous here: day=month), "
                     "Timezone 'Singapore (+8:00)'.",
                source=f"{EA_SRC}: engine/Notifications/Email.php (sendAppointmentDetails), appointment_details.php, translations_lang.php",
                rendered="format('m/d/Y g:i a') in the provider zone Asia/Singapore; title = lang('appointment_changes_saved')")


@case("en_easyappointments_cancelled_please_rebook.eml")
def ea_cancelled():
    company = "Coral Bay Energy"
    provider = ("Lachlan Reid", "lachlan.reid@coralbayenergy.com.au")
    start = at("Australia/Sydney", 2027, 1, 20, 14, 0)
    reason = ("Our panel is one interviewer short that afternoon. You are still very much in the running - please pick a new "
              "time on https://interviews.coralbayenergy.com.au/ that suits you.")
    html = f"""<html lang="en">
<head>
    <title>Appointment Cancelled | Easy!Appointments</title>
</head>
<body style="font: 13px arial, helvetica, tahoma;">
<div class="email-container" style="width: 650px; border: 1px solid #eee;">
    <div id="header" style="background-color: #429a82; height: 45px; padding: 10px 15px;">
        <strong id="logo" style="color: white; font-size: 20px; margin-top: 10px; display: inline-block">
            {company}
        </strong>
    </div>
    <div id="content" style="padding: 10px 15px;">
        <h2>Appointment Cancelled</h2>
        <p>The following appointment was removed from the company's schedule.</p>
        <h2>Appointment Details</h2>
        <table id="appointment-details">
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Service</td><td style="padding: 3px;">Graduate Engineer Interview (45 min)</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Provider</td><td style="padding: 3px;">{provider[0]}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Date</td><td style="padding: 3px;">{php_date(start, 'd/m/Y H:i')}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Duration</td><td style="padding: 3px;">45 minutes</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Timezone</td><td style="padding: 3px;">Sydney (+10:00)</td></tr>
        </table>
        <h2>Customer Details</h2>
        <table id="customer-details">
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Name</td><td style="padding: 3px;">{OWNER_NAME}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Email</td><td style="padding: 3px;">{OWNER}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Phone</td><td style="padding: 3px;">+44 7700 900481</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Address</td><td style="padding: 3px;"></td></tr>
        </table>
        <h2>Reason</h2>
        <p>{reason}</p>
    </div>
    <div id="footer" style="padding: 10px; text-align: center; margin-top: 10px;
                border-top: 1px solid #EEE; background: #FAFAFA;">
        Powered by
        <a href="https://easyappointments.org" style="text-decoration: none;">Easy!Appointments</a>
        |
        <a href="https://www.coralbayenergy.com.au" style="text-decoration: none;">{company}</a>
    </div>
</div>
</body>
</html>
"""
    date = at("UTC", 2027, 1, 15, 5, 2, 19)
    msg = make_message(key="ea3", date=date, from_=f"{company} <careers@coralbayenergy.com.au>",
                       subject="Appointment Cancelled", html=html, headers=ea_headers("coralbayenergy.com.au"),
                       message_id=f"<{hexid('ea3m', 32)}@interviews.coralbayenergy.com.au>", return_path="careers@coralbayenergy.com.au")
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="careers@coralbayenergy.com.au",
                note="Easy!Appointments 'Appointment Cancelled' (provider cancelled the 20/01/2027 14:00 interview) but the free-text "
                     "Reason says the candidate is still in the running and should pick a new time on the booking page -> still an "
                     "invitation with no time fixed (null). The printed 20/01 time is the cancelled one.",
                source=f"{EA_SRC}: engine/Notifications/Email.php (sendDeleteAppointment), application/views/emails/delete_appointment.php",
                rendered="appointment_date = format('d/m/Y H:i') in provider zone; Subject = lang('appointment_cancelled_title'); reason = canceller's text")


# ------------------------------------------------------------------------------------- LatePoint
@case("en_latepoint_appointment_confirmation_approved_denver.eml")
def latepoint():
    start, end = at("America/Denver", 2027, 1, 21, 9, 30), at("America/Denver", 2027, 1, 21, 10, 0)
    agent = "Rachel Ostrowski"
    room = "https://meet.jit.si/SummitridgeInterview-SO-0121"
    html = f"""<h2>Appointment Confirmation</h2>
Hi {OWNER_NAME},
<br>
<br>
Your Phone Screen - Customer Support Lead with <strong>{agent}</strong> is <strong>Approved</strong>.
<br>
<br>
<h4>Appointment Details:</h4>
<ul>
\t<li>
\t\t<span>Agent:</span> <strong>{agent}</strong>
\t</li>
\t<li>
\t\t<span>Service:</span> <strong>Phone Screen - Customer Support Lead</strong>
\t</li>
\t<li>
\t\t<span>Date, Time:</span> <strong>{php_date(start, 'F j, Y')}, {php_date(start, 'g:i a')} - {php_date(end, 'g:i a')}</strong>
\t</li>
        <li>
\t\t<span>Live Call:</span> <strong><a target="_blank" href="{room}" >{room}</a></strong>
\t</li>
</ul>"""
    date = at("America/Denver", 2027, 1, 14, 16, 7, 55)
    msg = make_message(key="lp1", date=date, from_="Summitridge Outdoor Co. <careers@summitridgeoutdoor.com>",
                       subject="Appointment Confirmation", html=html,
                       headers=[("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
                       message_id=f"<{hexid('lp1m', 32)}@summitridgeoutdoor.com>", return_path="careers@summitridgeoutdoor.com")
    return dict(messages=[msg], is_invite=True, interview_start=start, accepted=False, reply_to="careers@summitridgeoutdoor.com",
                note="LatePoint (WordPress booking plugin) customer confirmation used for a phone screen: 'Date, Time: January 21, 2027, "
                     "9:30 am - 10:00 am', no zone printed; WordPress site in Colorado (wp_mail Date -0700) -> America/Denver (MST).",
                source="https://github.com/mhmmd-nauman/lp-views/blob/main/mailers/customer/booking_confirmation.php",
                rendered="{start_date} with the WordPress date_format 'F j, Y', {start_time}/{end_time} with time_format 'g:i a' "
                         "(LatePoint formats with the site settings); {booking_status} = 'Approved'")


# ----------------------------------------------------------------------------- "Calendly Demo"
@case("en_calendly_demo_remainder_mail_event_link_no_date.eml")
def calendly_demo_reminder():
    html = """<!Doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title> Calendly Demo </title>
    <style>
      label {
        color: gray;
        font-size: 14px;
      }
    </style>
  </head>
  <body>
    <h3>Event Name:</h3>
    <label>Technical Interview - Backend Engineer (Round 2)</label>
    <br/>
    <h3>you can join by this link:</h3>
    <label>https://us05web.zoom.us/j/87291043316?pwd=bWc4dXhGd3NJbkR2eS9rT2tQZz09</label>
    <br/>
    <h3>Zoom Password:</h3>
    <label>7QmT2x</label>
    <br/>
    <h3>Notes:</h3>
    <label>Looking forward to it - Sam</label>
    <br/>
    <br/>
    <h3>Powered By Calendly Demo.</h3>
  </body>
</html>
"""
    date = at("UTC", 2027, 1, 19, 8, 45, 0)
    msg = make_message(key="cd1", date=date, from_="Ola Hassan&Sam Okafor <calendly@demo.com>", subject="Remainder Mail",
                       html=html, headers=[("MIME-Version", "1.0")],
                       message_id=f"<{hexid('cd1m', 32)}@swift.generated>", return_path="calendly@demo.com")
    return dict(messages=[msg], is_invite=True, interview_start=None, accepted=False, reply_to="calendly@demo.com",
                note="Laravel 'Calendly Demo' reminder (RemainderMail, default subject from the class name 'Remainder Mail'): only "
                     "'Event Name: Technical Interview - Backend Engineer (Round 2)' + a Zoom link, no date or time anywhere -> an "
                     "invitation 'without the usual verbs'; the mail itself fixes no time -> null.",
                source="https://github.com/A-Elshorafa/calendly-server/blob/main/resources/views/emails/remainderMail.blade.php ; app/Mail/RemainderMail.php",
                rendered="from('calendly@demo.com', host.name . '&' . attendee.name); no subject set -> Laravel derives 'Remainder Mail'")


# ------------------------------------------------------------------------------------ TalentTube
TT_SRC = "https://github.com/muzammalrahim/talenttubeLaravel/blob/16720089d6a4d759e92445258c22a70a02d4dc4d/resources/views/emails/user/"
TT_FROM = "no-reply@talenttube.org"


def tt_msg(key, date, subject, html, to=OWNER_ADDR):
    return make_message(key=key, date=date, from_=TT_FROM, to=to, subject=subject, html=html,
                        headers=[("MIME-Version", "1.0")],
                        message_id=f"<{hexid(key + 'm', 32)}@swift.generated>", return_path=TT_FROM, html_cte="7bit")


@case("en_talenttube_booking_confirmed_subject_is_name_sydney.eml")
def tt_confirmed():
    html = f"""

<h1>Booking Confirmed</h1>

<div>
    <p>Dear <b>\t{OWNER_NAME}</b> <br> 
\t<p>\tGood news, your interview is now confirmed. Please find below confirmation details for your interview.</p>
\t<p> <b>Interview name:</b> Warehouse Operations Supervisor - first interview </p>
\t<p> <b>Company:</b> Harbourside Freight Pty Ltd </p>
\t<p> <b>Position title:</b> Warehouse Operations Supervisor </p>
\t<p> <b>Instructions:</b> Report to reception at 12 Cowper Wharf Road, Woolloomooloo. Bring photo ID and your forklift licence. </p>
\t<p> <b>Interview Date:</b> 14-01-2027 </p>
\t<p> <b>Interview Time:</b> 10:00am to 10:30am </p>

\t<p>
\t\tIf you need to reschedule or cancel your interview, please head to http://talenttube.org and look for the orange \u2018Interview Concierge\u2019 box at the top of the page. After selecting the Interview Concierge button, enter the mobile number/email address you submitted, when you confirmed your initial interview. 
\t</p>

\t<p>
\t\tIn the next window, you can then select from a number of different slots or cancel the interview. If you wish to reschedule and no further time slots are available, please contact the Employer you are trying to interview with or email admin@talenttube.org for further instructions.
\t</p>

\t
\t<p> Regards</p>
\t<p> <b>The Talent Tube Team</b></p>

</div>
"""
    date = at("Australia/Sydney", 2027, 1, 8, 19, 22, 3)
    msg = tt_msg("tt1", date, OWNER_NAME, html)
    return dict(messages=[msg], is_invite=True, interview_start=at("Australia/Sydney", 2027, 1, 14, 10, 0), accepted=False,
                reply_to=TT_FROM,
                note="TalentTube Interview Concierge 'Booking Confirmed'. The subject is just the candidate's name (the Mailable "
                     "uses ->subject($this->name)); 'Interview Date: 14-01-2027' (jQuery UI datepicker dd-mm-yy) and 'Interview Time: "
                     "10:00am to 10:30am' (jquery-timepicker g:ia), no zone; employer and address in Sydney, TalentTube is an Australian "
                     "service -> AEDT +11:00.",
                source=TT_SRC + "confirmSlotJobseeker.blade.php ; app/Mail/confirmSlotMailToJobSeeker.php ; resources/views/site/employer/interview/new.blade.php (datepicker dateFormat 'dd-mm-yy')",
                rendered="$datepicker/$timepicker are the raw form strings: dd-mm-yy (jQuery UI; yy = 4-digit year) and jquery-timepicker default 'g:ia'")


@case("en_talenttube_booking_update_new_slot_brisbane.eml")
def tt_update():
    html = """

<h1>Booking Update</h1>

<div>
    <p>Dear candidate <b> Bremer Valley Council </b> has rescheduled your slot for the position of <b>Graduate Civil Engineer.</b></p>
    Your new slot will be from <b> 2:30pm </b> To <b> 3:00pm </b> on <b> 21-01-2027 </b>
\t
</div>"""
    date = at("Australia/Brisbane", 2027, 1, 12, 9, 14, 50)
    msg = tt_msg("tt2", date, "Booking update", html)
    return dict(messages=[msg], is_invite=True, interview_start=at("Australia/Brisbane", 2027, 1, 21, 14, 30), accepted=False,
                reply_to=TT_FROM,
                note="TalentTube 'Booking Update' (updateSlotNotification): employer moved the slot; 'Your new slot will be from 2:30pm "
                     "To 3:00pm on 21-01-2027'. Queensland council -> Australia/Brisbane, no DST (+10:00) even in January.",
                source=TT_SRC + "updateSlotNotification.blade.php ; app/Mail/updateSlotToUserEmail.php (subject 'Booking update')",
                rendered="newStartTime/newEndTime/newdate are the stored slot strings (g:ia, dd-mm-yy)")


@case("en_talenttube_slot_rescheduled_by_candidate_melbourne.eml")
def tt_resched():
    html = f"""

<h1>Slot Rescheduled</h1>

<div>
    <p> Dear <b> {OWNER_NAME} </b>  </p>
     
\t
\tThis email is to confirm your interview for the position of <b> Retail Store Manager </b> has been rescheduled to the <b> 02-02-2027 </b> 

\tat <b> 11:15am </b>.
\tGood luck!


</div>"""
    date = at("Australia/Melbourne", 2027, 1, 27, 21, 3, 11)
    msg = tt_msg("tt3", date, "Booking update", html)
    return dict(messages=[msg], is_invite=True, interview_start=at("Australia/Melbourne", 2027, 2, 2, 11, 15), accepted=False,
                reply_to=TT_FROM,
                note="TalentTube 'Slot Rescheduled' confirmation after the candidate picked another slot: 'rescheduled to the 02-02-2027 "
                     "at 11:15am' (dd-mm-yyyy: 2 February, the day and month are equal so the order does not matter). Melbourne store "
                     "(Date header +1100) -> AEDT +11:00.",
                source=TT_SRC + "rescheduleSlotEmail.blade.php ; app/Mail/rescheduleSlotEmail.php ; app/Http/Controllers/Site/HomeController.php",
                rendered="$date/$starttime = slot->date (dd-mm-yy) / slot->starttime (g:ia)")


@case("en_non_talenttube_employer_cancelled_booking.eml")
def tt_cancelled():
    html = """

<h1>Booking Cancelled</h1>

<div>
    
\t

\tWe are advising you that <b> Harbourside Freight Pty Ltd </b> has cancelled your interview booking for the role of <b> Warehouse Operations Supervisor </b>. The hiring manager will contact you to either provide an update on the role or organise an alternative time.

</div>
"""
    date = at("Australia/Sydney", 2027, 1, 12, 16, 40, 27)
    msg = tt_msg("tt4", date, "Booking update", html)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="TalentTube 'Booking Cancelled' (deleteSlotToUserEmail): the employer cancelled the booking; the hiring manager "
                     "'will contact you to either provide an update on the role or organise an alternative time' - nothing scheduled and "
                     "no request to pick a time (unlike cal.com's please-rebook) -> a status update, not an invite.",
                source=TT_SRC + "deleteSlotToUserEmail.blade.php ; app/Mail/deleteSlotToUserEmail.php",
                rendered="$company/$position only")


@case("en_non_talenttube_slot_booked_notice_to_employer.eml")
def tt_employer():
    html = """

<h1>Slot Booked</h1>

<div>
    <p><b> Mitchell Tran </b> has booked interview slot for the position of <b> Barista Trainer </b></p>
\t
\t
\t<p> <b>Interview name: </b> Barista Trainer - trial shift interview </p>
\t
\t
\t<p> <b>Instructions: </b> Meet at the Fitzroy roastery, 88 Smith Street. </p>
\t<p> <b>Interview Date: </b>19-01-2027 </p>
\t<p> <b>Interview Time: </b> 9:00am to 9:45am </p>

</div>"""
    date = at("Australia/Melbourne", 2027, 1, 13, 7, 55, 12)
    msg = tt_msg("tt5", date, "Mitchell Tran", html)
    return dict(messages=[msg], is_invite=False, interview_start=None, accepted=False, reply_to=None,
                note="TalentTube 'Slot Booked' notice (saveSlotUserEmail/bookingNotification) sent to the EMPLOYER - here the owner runs "
                     "the interviews: 'Mitchell Tran has booked interview slot...'. Subject is the candidate's name. Not an invite.",
                source=TT_SRC + "bookingNotification.blade.php ; app/Mail/saveSlotUserEmail.php",
                rendered="same raw datepicker/timepicker strings as the candidate's confirmation")
