"""Cases built from documented mail formats and public help-centre / gallery pages: Zoom invitation text, Google
Calendar invitations, ServiceNow Interview Management, Oracle Taleo, Greenhouse tokens, one-way video and proctored
assessment platforms, newsletters, a job-tracker reminder, a campus-visit agenda."""
from __future__ import annotations

from mailkit import (OWNER, OWNER_FROM, OWNER_NAME, VTZ, Mail, R, at, case, date_hdr, gmail_reply_intro, h,
                     ics_fold, ics_local, ics_utc, msgid, quote, text_to_html)

UTC = at(2000, 1, 1).tzinfo


def gmail_reply(seed, sent, subject, text, parent_id, refs, to):
    hs = [("MIME-Version", "1.0"), ("Date", date_hdr(sent)), ("References", refs), ("In-Reply-To", parent_id),
          ("Message-ID", msgid(seed, "mail.gmail.com", "gmail")), ("Subject", subject), ("From", OWNER_FROM), ("To", to)]
    return Mail(seed, hs, text=text, html=text_to_html(text), from_owner=True, when=sent)


def outlook_headers(seed, frm, to, subject, sent, domain, extra=()):
    return [("From", frm), ("To", to), ("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1]),
            ("Date", date_hdr(sent)), ("Message-ID", msgid(seed, domain, "outlook")), *extra,
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("MIME-Version", "1.0")]


# ---------------------------------------------------------------- Zoom "Copy Invitation" text pasted by recruiters
ZOOM_SRC = ("Zoom meeting invitation text ('<host> is inviting you to a scheduled Zoom meeting. / Topic: / Time: <MMM d, "
            "yyyy hh:mm AM> <zone label> / Join Zoom Meeting / Meeting ID / Passcode'), as quoted in public meeting notes, "
            "found by exact-text search of public repositories: Hyperledger Aries JavaScript meeting notes "
            "('Time: Mar 23, 2023 06:00 AM Pacific Time (US and Canada)') and an iOS sample event ('Time: Apr 5, 2021 "
            "06:00 PM India')")


def zoom_block(host, topic, time_s, mid, pwd, phones, label):
    mid_s = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    tap = "\n".join(f"{p.replace(' ', '')},,{mid}#,,,,*{pwd}# {label}" for p in phones)
    dial = "\n".join(f"\u2022 {p} {label}" for p in phones)
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nTopic: {topic}\nTime: {time_s}\n\nJoin Zoom "
            f"Meeting\nhttps://us06web.zoom.us/j/{mid}?pwd={h(mid, 32)}\n\nMeeting ID: {mid_s}\nPasscode: {pwd}\n\n---\n\n"
            f"One tap mobile\n{tap}\n\n---\n\nDial by your location\n{dial}\n\nMeeting ID: {mid_s}\nPasscode: {pwd}\n\n"
            f"Find your local number: https://us06web.zoom.us/u/k{h(mid + 'u', 8)}\n")


@case("en_zoom_invitation_pasted_time_label_india.eml")
def _():
    sent = at(2027, 1, 12, 17, 35, "Asia/Kolkata")
    start = at(2027, 1, 20, 11, 0, "Asia/Kolkata")
    text = ("Hi Lena,\n\nThank you for your time on the call today. As discussed, your technical interview with our QA "
            "Manager, Vikram Rao, is confirmed. Please find the Zoom details below.\n\n"
            + zoom_block("Meera Iyer", "Technical Interview - Lena Marsh (Senior QA Engineer)", "Jan 20, 2027 11:00 AM India",
                         "84512273390", "482915", ["+91 124 628 0192", "+91 22 48 794 200"], "India")
            + "\nRegards,\nMeera Iyer\nTalent Acquisition | Prakriti Retail Labs, Bengaluru\n")
    hs = outlook_headers("zoom-in", "Meera Iyer <meera.iyer@prakritiretail.in>", f"{OWNER_NAME} <{OWNER}>",
                         "Technical Interview - Senior QA Engineer | Prakriti Retail Labs", sent,
                         "PN2PR01MB9533.INDPRD01.prod.outlook.com")
    m = Mail("zoom-in", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, start, False, "meera.iyer@prakritiretail.in",
             "Recruiter pastes Zoom's invitation text: 'Time: Jan 20, 2027 11:00 AM India' - Zoom names the zone by its "
             "display label ('India' = Asia/Kolkata) -> 11:00 +05:30.",
             ZOOM_SRC, "Zoom 'Time:' line = 'MMM d, yyyy hh:mm a' + the meeting zone's Zoom label ('India')")


@case("en_zoom_pacific_owner_confirms_then_moved_owner_reconfirms.mbox")
def _():
    rec = "Priya Raman <priya.raman@cedarlinerobotics.com>"
    s1 = at(2026, 11, 24, 10, 12, "America/Los_Angeles")
    t1 = ("Hi Lena,\n\nThanks again for chatting with me yesterday! Marcus Feld (Director of Controls) would like to meet "
          "you for the hiring manager interview on Tuesday, December 8 at 9:30 AM PT. Zoom details are below.\n\n"
          + zoom_block("Priya Raman", "Lena Marsh <> Cedarline | Hiring Manager Interview",
                       "Dec 8, 2026 09:30 AM Pacific Time (US and Canada)", "93017458822", "771204",
                       ["+1 253 215 8782", "+1 669 900 6833"], "US")
          + "\nPlease let me know that this works.\n\nBest,\nPriya Raman\nRecruiter, Cedarline Robotics | Seattle, WA\n")
    id1 = msgid("zp-1", "BY5PR11MB4051.namprd11.prod.outlook.com", "outlook")
    subj = "Hiring Manager Interview - Controls Engineer II"
    m1 = Mail("zp-1", outlook_headers("zp-1", rec, f"{OWNER_NAME} <{OWNER}>", subj, s1,
                                      "BY5PR11MB4051.namprd11.prod.outlook.com"), text=t1, html=text_to_html(t1), when=s1)
    s2 = at(2026, 11, 24, 11, 40, "America/Vancouver")
    t2 = ("Hi Priya,\n\nThank you - confirmed, I'll join at 9:30 AM PT on December 8.\n\nBest,\nLena\n\n"
          + gmail_reply_intro(s1, "Priya Raman", "priya.raman@cedarlinerobotics.com") + "\n" + quote(t1) + "\n")
    m2 = gmail_reply("zp-2", s2, "Re: " + subj, t2, id1, id1, rec)
    id2 = msgid("zp-2", "mail.gmail.com", "gmail")
    s3 = at(2026, 12, 2, 8, 55, "America/Los_Angeles")
    t3 = ("Hi Lena,\n\nApologies for the change - Marcus has a conflict on Tuesday. Could we move your interview from "
          "Tue, Dec 8 at 9:30 AM PT to Thu, Dec 10 at 1:00 PM PT? Updated Zoom details below.\n\n"
          + zoom_block("Priya Raman", "Lena Marsh <> Cedarline | Hiring Manager Interview",
                       "Dec 10, 2026 01:00 PM Pacific Time (US and Canada)", "93017458822", "771204",
                       ["+1 253 215 8782", "+1 669 900 6833"], "US")
          + "\nBest,\nPriya\n")
    id3 = msgid("zp-3", "BY5PR11MB4051.namprd11.prod.outlook.com", "outlook")
    m3 = Mail("zp-3", outlook_headers("zp-3", rec, f"{OWNER_NAME} <{OWNER}>", "RE: " + subj, s3,
                                      "BY5PR11MB4051.namprd11.prod.outlook.com",
                                      [("In-Reply-To", id2), ("References", f"{id1} {id2}")]),
              text=t3, html=text_to_html(t3), when=s3)
    s4 = at(2026, 12, 2, 9, 31, "America/Vancouver")
    t4 = ("Hi Priya,\n\nNo problem - Thursday, December 10 at 1:00 PM PT works. See you then.\n\nLena\n\n"
          + gmail_reply_intro(s3, "Priya Raman", "priya.raman@cedarlinerobotics.com") + "\n" + quote(t3) + "\n")
    m4 = gmail_reply("zp-4", s4, "Re: " + subj, t4, id3, f"{id1} {id2} {id3}", rec)
    return R([m1, m2, m3, m4], True, at(2026, 12, 10, 13, 0, "America/Los_Angeles"), True,
             "priya.raman@cedarlinerobotics.com",
             "Zoom invite 'Dec 8, 2026 09:30 AM Pacific Time (US and Canada)', owner confirms; recruiter moves it "
             "'from Tue, Dec 8 at 9:30 AM PT to Thu, Dec 10 at 1:00 PM PT' with a new Zoom 'Time:' line; owner "
             "confirms the new time -> start = Dec 10 13:00 PST, accepted.",
             ZOOM_SRC + " ; owner replies written for the thread (Gmail quoting)",
             "Zoom 'Time:' lines with the label 'Pacific Time (US and Canada)'; Outlook (recruiter) and Gmail (owner) headers")


@case("en_agency_outlook_fw_employer_zoom_london_en_gb_sent_line.eml")
def _():
    fwd = at(2027, 1, 19, 16, 12, "Europe/London")
    sent = at(2027, 1, 20, 9, 3, "Europe/London")
    start = at(2027, 2, 2, 14, 0, "Europe/London")
    inner = ("Hi Hannah,\n\nThanks for sending Lena's CV over. We'd like to invite her to a first interview for the "
             "Claims Handler role with me and Gemma Lowe (Claims Team Leader). Zoom details below - please pass them on.\n\n"
             + zoom_block("Daniel Price", "Interview - Claims Handler - Lena Marsh", "Feb 2, 2027 02:00 PM London",
                          "86622019437", "310575", ["+44 203 481 5237", "+44 208 080 6591"], "United Kingdom")
             + "\nKind regards,\nDaniel Price\nClaims Operations Manager | Osprey Marine Insurance\n")
    text = ("Hi Lena,\n\nPlease see below from Osprey - they'd like to see you on the 2nd of February. Let me know if that "
            "works and I'll confirm back to Daniel.\n\nKind regards,\nHannah Cole\nSenior Consultant | Brightpath "
            "Recruitment | Southampton\n07700 900 622\n\n________________________________\nFrom: Daniel Price "
            "<daniel.price@ospreymarine.co.uk>\nSent: 19 January 2027 16:12\nTo: Hannah Cole "
            "<hannah.cole@brightpathrecruitment.co.uk>\nSubject: Interview - Claims Handler - Lena Marsh\n\n" + inner)
    hs = outlook_headers("zoom-fw", "Hannah Cole <hannah.cole@brightpathrecruitment.co.uk>", f"{OWNER_NAME} <{OWNER}>",
                         "FW: Interview - Claims Handler - Lena Marsh", sent, "LO4P265MB6532.GBRP265.PROD.OUTLOOK.COM",
                         [("Thread-Index", "AdtqW7Vn0cR1sHkXQm2v8pYf3LZ0wA==")])
    hs = [(k, v.replace("en-US", "en-GB")) for k, v in hs]
    m = Mail("zoom-fw", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, start, False, "hannah.cole@brightpathrecruitment.co.uk",
             "Agency recruiter forwards (Outlook en-GB 'FW:' block, 'Sent: 19 January 2027 16:12') the employer's mail "
             "with Zoom 'Time: Feb 2, 2027 02:00 PM London' -> 14:00 GMT; the reply goes to the agency recruiter.",
             ZOOM_SRC, "Zoom label 'London'; Outlook forward header in en-GB date format")


# ---------------------------------------------------------------- Google Calendar invitations
GCAL_SRC = ("Google Calendar invitation mail as received (subject 'Invitation: <title> @ <Day Mon d, yyyy h(:mm)am - "
            "h(:mm)pm> (<abbr>) (<guest>)', body 'When / <Weekday Mon d, yyyy \u22c5 2pm \u2013 3pm (<zone name>)>', "
            "'Guests ... - organizer', 'Reply for <guest>', 'Invitation from Google Calendar'), as quoted in "
            "https://developer.nylas.com/docs/intelligence/sentiment-analysis/ and in public parser test fixtures; "
            "RFC 5546 iTIP for the REQUEST/REPLY/CANCEL parts")


def gcal_body(title, when, meet, desc, guests, owner_reply=True, banner=None):
    lines = []
    if banner:
        lines += [banner, ""]
    lines += [title, when.replace("When\n", ""), ""]
    if meet:
        lines += ["Join with Google Meet", meet, "", "Join by phone", "(US) +1 929-555-0142 PIN: 318 224 905#", "",
                  "More phone numbers", ""]
    lines += [desc, "", "Guests"] + guests + ["View all guest info", ""]
    if owner_reply:
        lines += [f"Reply for {OWNER}", "Yes", "No", "Maybe", "More options", ""]
    lines += ["Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
              "for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the "
              "guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more"]
    return "\n".join(lines) + "\n"


def gcal_ics(method, uid, seq, start, end, tz, title, desc, organizer, attendees, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}", *VTZ[tz], "BEGIN:VEVENT", f"DTSTART;TZID={tz}:{ics_local(start)}",
             f"DTEND;TZID={tz}:{ics_local(end)}", f"DTSTAMP:{ics_utc(start.replace(day=1))}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for cn, mail, ps in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{mail}")
    lines += ["CREATED:20261201T120000Z", "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"),
              "LAST-MODIFIED:" + ics_utc(start.replace(day=1)), "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{title}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_fold(lines)


def gcal_mail(seed, sent, org, subject, body, method, ics, to=OWNER):
    hs = [("MIME-Version", "1.0"), ("Reply-To", f"{org[0]} <{org[1]}>"), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Auto-Submitted", "auto-generated"), ("Message-ID", msgid(seed, "google.com", "google")),
          ("Date", date_hdr(sent.astimezone(UTC))), ("Subject", subject), ("From", f"{org[0]} <{org[1]}>"), ("To", to)]
    html = text_to_html(body)
    return Mail(seed, hs, text=body, html=html, calendar=(method, ics),
                attachments=[("application", "ics", "invite.ics", ics)], when=sent)


@case("en_gcal_invitation_eastern_ics_request.eml")
def _():
    sent = at(2027, 1, 5, 15, 48, "America/New_York")
    start, end = at(2027, 1, 12, 14, 0, "America/New_York"), at(2027, 1, 12, 15, 0, "America/New_York")
    org = ("Dana Whitfield", "dana.whitfield@brightwateranalytics.com")
    title = "Interview: Lena Marsh / Brightwater Analytics"
    desc = ("Second-round interview with Dana Whitfield (Head of Analytics) and Marco Ruiz. 45 minutes of case "
            "discussion, 15 minutes for your questions.")
    body = gcal_body(title, "Tuesday Jan 12, 2027 \u22c5 2pm \u2013 3pm (Eastern Time - New York)",
                     "meet.google.com/xsd-qwer-tyu", desc,
                     ["Dana Whitfield - organizer", "Marco Ruiz", OWNER])
    ics = gcal_ics("REQUEST", f"{h('g1', 26)}@google.com", 0, start, end, "America/New_York", title, desc, org,
                   [("Dana Whitfield", org[1], "ACCEPTED"), ("Marco Ruiz", "marco.ruiz@brightwateranalytics.com", "ACCEPTED"),
                    (OWNER, OWNER, "NEEDS-ACTION")])
    m = gcal_mail("g1", sent, org, f"Invitation: {title} @ Tue Jan 12, 2027 2pm - 3pm (EST) ({OWNER})", body, "REQUEST", ics)
    return R([m], True, start, False, "dana.whitfield@brightwateranalytics.com",
             "Google Calendar invitation, owner a guest with PARTSTAT=NEEDS-ACTION; '(EST)' in the subject, "
             "'(Eastern Time - New York)' in the body, VTIMEZONE America/New_York in the REQUEST -> 14:00 -05:00.",
             GCAL_SRC, "subject 'Tue Jan 12, 2027 2pm - 3pm (EST)'; body 'Tuesday Jan 12, 2027 \u22c5 2pm \u2013 3pm "
             "(Eastern Time - New York)'; text/calendar REQUEST + invite.ics")


@case("en_non_gcal_invitation_owner_is_panel_interviewer.eml")
def _():
    sent = at(2026, 12, 8, 11, 20, "America/Chicago")
    start, end = at(2026, 12, 16, 13, 0, "America/Chicago"), at(2026, 12, 16, 14, 0, "America/Chicago")
    org = ("Jordan Pike", "jordan.pike@halcyonfreight.com")
    title = "Panel interview \u2013 Omar Haddad (Data Engineer)"
    desc = ("Interview panel for Omar Haddad (candidate, Data Engineer req #DE-114). Panelists: Lena Marsh (SQL / "
            "modelling), Chris Oyelaran (systems). Please read the CV in the interview kit and submit your scorecard "
            "by end of day.")
    body = gcal_body(title, "Wednesday Dec 16, 2026 \u22c5 1pm \u2013 2pm (Central Time - Chicago)",
                     "meet.google.com/hfr-oqmd-kzp", desc,
                     ["Jordan Pike - organizer", "Chris Oyelaran", OWNER])
    ics = gcal_ics("REQUEST", f"{h('g2', 26)}@google.com", 0, start, end, "America/Chicago", title, desc, org,
                   [("Jordan Pike", org[1], "ACCEPTED"), ("Chris Oyelaran", "chris.oyelaran@halcyonfreight.com", "NEEDS-ACTION"),
                    (OWNER, OWNER, "NEEDS-ACTION")])
    m = gcal_mail("g2", sent, org, f"Invitation: {title} @ Wed Dec 16, 2026 1pm - 2pm (CST) ({OWNER})", body, "REQUEST", ics)
    return R([m], False, None, False, None,
             "Calendar REQUEST to the owner as a panelist ('Panelists: Lena Marsh ...') for candidate Omar Haddad -> "
             "an interview she conducts; not an invite despite the .ics.",
             GCAL_SRC, "as the candidate invitation, Central Time")


@case("en_gcal_updated_invitation_new_time_owner_accepts.mbox")
def _():
    org = ("Ollie Grant", "ollie.grant@quillonlabs.co.uk")
    title = "Interview: Lena Marsh / Quillon Labs"
    desc = "Technical interview (pairing exercise) with Ollie Grant and Sana Bhatt."
    uid = f"{h('g3', 26)}@google.com"
    s1 = at(2027, 1, 11, 10, 2, "Europe/London")
    a1, b1 = at(2027, 1, 21, 10, 0, "Europe/London"), at(2027, 1, 21, 11, 0, "Europe/London")
    guests = ["Ollie Grant - organizer", "Sana Bhatt", OWNER]
    body1 = gcal_body(title, "Thursday Jan 21, 2027 \u22c5 10am \u2013 11am (Greenwich Mean Time - London)",
                      "meet.google.com/qln-xwre-pfa", desc, guests)
    att = [("Ollie Grant", org[1], "ACCEPTED"), ("Sana Bhatt", "sana.bhatt@quillonlabs.co.uk", "ACCEPTED")]
    ics1 = gcal_ics("REQUEST", uid, 0, a1, b1, "Europe/London", title, desc, org, att + [(OWNER, OWNER, "NEEDS-ACTION")])
    m1 = gcal_mail("g3a", s1, org, f"Invitation: {title} @ Thu Jan 21, 2027 10am - 11am (GMT) ({OWNER})", body1, "REQUEST", ics1)
    s2 = at(2027, 1, 14, 17, 26, "Europe/London")
    a2, b2 = at(2027, 1, 22, 15, 0, "Europe/London"), at(2027, 1, 22, 16, 0, "Europe/London")
    body2 = gcal_body(title, "Changed: Friday Jan 22, 2027 \u22c5 3pm \u2013 4pm (Greenwich Mean Time - London)",
                      "meet.google.com/qln-xwre-pfa", desc, guests, banner="This event has been updated")
    ics2 = gcal_ics("REQUEST", uid, 1, a2, b2, "Europe/London", title, desc, org, att + [(OWNER, OWNER, "NEEDS-ACTION")])
    m2 = gcal_mail("g3b", s2, org, f"Updated invitation: {title} @ Fri Jan 22, 2027 3pm - 4pm (GMT) ({OWNER})", body2,
                   "REQUEST", ics2)
    s3 = at(2027, 1, 15, 8, 40, "Europe/London")
    ics3 = ics_fold(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTART:{ics_utc(a2)}", f"DTEND:{ics_utc(b2)}",
                     f"DTSTAMP:{ics_utc(s3)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME};X-NUM-GUESTS=0:mailto:{OWNER}",
                     "SEQUENCE:1", "STATUS:CONFIRMED", f"SUMMARY:{title}", "END:VEVENT", "END:VCALENDAR"])
    t3 = f"{OWNER_NAME} has accepted this invitation.\n\n{title}\nFriday Jan 22, 2027 \u22c5 3pm \u2013 4pm (Greenwich Mean Time - London)\n\nInvitation from Google Calendar\n"
    hs3 = [("MIME-Version", "1.0"), ("Message-ID", msgid("g3c", "google.com", "google")), ("Date", date_hdr(s3)),
           ("Subject", f"Accepted: {title} @ Fri Jan 22, 2027 3pm - 4pm (GMT) ({org[1]})"), ("From", OWNER_FROM),
           ("To", f"{org[0]} <{org[1]}>")]
    m3 = Mail("g3c", hs3, text=t3, html=text_to_html(t3), calendar=("REPLY", ics3),
              attachments=[("application", "ics", "invite.ics", ics3)], from_owner=True, when=s3)
    return R([m1, m2, m3], True, a2, True, "ollie.grant@quillonlabs.co.uk",
             "Invitation for Thu Jan 21 10am GMT, then 'Updated invitation' moving it to Fri Jan 22 3pm-4pm GMT "
             "(SEQUENCE 1), then the owner's 'Accepted:' iTIP REPLY for the updated event -> start Jan 22 15:00 +00:00, "
             "accepted.",
             GCAL_SRC, "as above in Europe/London ('(GMT)', 'Greenwich Mean Time - London'); REPLY with PARTSTAT=ACCEPTED")


@case("en_non_gcal_canceled_event_no_replacement.eml")
def _():
    sent = at(2027, 1, 29, 9, 15, "America/New_York")
    start, end = at(2027, 2, 4, 11, 0, "America/New_York"), at(2027, 2, 4, 12, 0, "America/New_York")
    org = ("Dana Whitfield", "dana.whitfield@brightwateranalytics.com")
    title = "Interview: Lena Marsh / Brightwater Analytics - final round"
    desc = "Final round with the COO."
    body = ("This event has been canceled and removed from your calendar.\n\n" + title +
            "\nThursday Feb 4, 2027 \u22c5 11am \u2013 12pm (Eastern Time - New York)\n\nGuests\nDana Whitfield - organizer\n"
            + OWNER + "\nView all guest info\n\nInvitation from Google Calendar\n\nYou are receiving this email because "
            "you are an attendee on the event.\n")
    ics = gcal_ics("CANCEL", f"{h('g4', 26)}@google.com", 2, start, end, "America/New_York", title, desc, org,
                   [(OWNER, OWNER, "NEEDS-ACTION")], status="CANCELLED")
    m = gcal_mail("g4", sent, org, f"Canceled event: {title} @ Thu Feb 4, 2027 11am - 12pm (EST) ({OWNER})", body, "CANCEL", ics)
    return R([m], False, None, False, None,
             "Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) with no new time -> not an invite.",
             GCAL_SRC, "'Canceled event:' subject; iTIP CANCEL")


# ---------------------------------------------------------------- ServiceNow Interview Management (documented)
SN_SRC = ("https://www.servicenow.com/docs/r/australia/employee-service-management/interview-management/ "
          "(request-applicant-availability, request-availability-form, share-availability-interviewer) and "
          "applicant-center/ (share-availability-applicant-ac, request-time-slots-ac) - mails written from the "
          "documented fields (interview, duration, proposed slots, 'Share scheduling preferences', 'Request time slots')")


def sn_mail(seed, sent, subject, text, reply_to="Wei Ling Tan <weiling.tan@arcadialogistics.com.sg>"):
    hs = [("Date", date_hdr(sent)), ("From", "Arcadia Logistics Careers <arcadialogistics@service-now.com>"),
          ("Reply-To", reply_to), ("To", OWNER), ("Subject", subject),
          ("Message-ID", f"<{h(seed, 20)}.{h(seed+'x', 6)}@service-now.com>"), ("MIME-Version", "1.0")]
    return Mail(seed, hs, text=text, html=text_to_html(text), when=sent)


@case("en_servicenow_request_scheduling_preferences.eml")
def _():
    sent = at(2027, 1, 8, 10, 5, "Asia/Singapore")
    text = ("Hi Lena,\n\nWei Ling Tan, the recruiter for the Regional Operations Analyst position, has requested you to "
            "share your scheduling preferences for an upcoming interview.\n\nInterview: Hiring manager interview\n"
            "Duration: 60 minutes\nFormat: Video (Microsoft Teams)\n\nSelect Share scheduling preferences to choose the "
            "days and times that suit you in your time zone. The recruiter will then schedule the interview and send you "
            "the details.\n\nShare scheduling preferences: https://arcadialogistics.service-now.com/hr_ac?id=sched_pref"
            "&sys_id=8f2c41d0\n\nThank you,\nArcadia Logistics Talent Acquisition\n")
    m = sn_mail("sn1", sent, "Share your scheduling preferences - Regional Operations Analyst", text)
    return R([m], True, None, False, "weiling.tan@arcadialogistics.com.sg",
             "Request to share scheduling preferences for a 60-minute hiring-manager interview -> invite, time to be "
             "agreed -> null.", SN_SRC, "no date in the request")


@case("en_servicenow_proposed_slots_select_one.eml")
def _():
    sent = at(2027, 1, 11, 14, 30, "Asia/Singapore")
    text = ("Hi Lena,\n\nThe recruiter has proposed the following time slots for your Hiring manager interview "
            "(60 minutes) for the Regional Operations Analyst position. Select the slot that suits you in the Applicant "
            "Center.\n\n- Tue, 19 Jan 2027, 10:00 AM - 11:00 AM (SGT)\n- Wed, 20 Jan 2027, 2:30 PM - 3:30 PM (SGT)\n"
            "- Fri, 22 Jan 2027, 9:00 AM - 10:00 AM (SGT)\n\nIf you are unavailable at these times, select Request time "
            "slots and tell us why.\n\nSelect time slot: https://arcadialogistics.service-now.com/hr_ac?id=select_slot"
            "&sys_id=2b7e90c4\n\nThank you,\nArcadia Logistics Talent Acquisition\n")
    m = sn_mail("sn2", sent, "Select a time slot for your interview - Regional Operations Analyst", text)
    return R([m], True, None, False, "weiling.tan@arcadialogistics.com.sg",
             "Three proposed slots, none chosen -> invite, null (the first slot is not the start).", SN_SRC,
             "slots written 'Tue, 19 Jan 2027, 10:00 AM - 11:00 AM (SGT)'")


@case("en_servicenow_day_first_slots_owner_picks_recruiter_confirms.mbox")
def _():
    rec = "Wei Ling Tan <weiling.tan@arcadialogistics.com.sg>"
    subj = "Interview slots - Regional Operations Analyst (Arcadia Logistics)"
    s1 = at(2027, 1, 18, 9, 40, "Asia/Singapore")
    t1 = ("Dear Lena,\n\nThank you for your interest in the Regional Operations Analyst role. We would like to invite you "
          "to an interview with our Head of Regional Operations, Mr Daniel Koh. Please let me know which of the following "
          "slots suits you:\n\n1) 26/01/2027 (Tue) 10:00 - 11:00 SGT\n2) 27/01/2027 (Wed) 15:00 - 16:00 SGT\n3) "
          "29/01/2027 (Fri) 09:30 - 10:30 SGT\n\nVenue: Arcadia Logistics, 10 Pasir Panjang Road, #08-01 Mapletree "
          "Business City, Singapore 117438\n\nBest regards,\nWei Ling Tan\nTalent Acquisition, Arcadia Logistics\n"
          "+65 6555 0176\n")
    id1 = f"<{h('sn3a', 20)}.{h('sn3ax', 6)}@service-now.com>"
    hs1 = [("Date", date_hdr(s1)), ("From", "Arcadia Logistics Careers <arcadialogistics@service-now.com>"),
           ("Reply-To", rec), ("To", OWNER), ("Subject", subj), ("Message-ID", id1), ("MIME-Version", "1.0")]
    m1 = Mail("sn3a", hs1, text=t1, html=text_to_html(t1), when=s1)
    s2 = at(2027, 1, 18, 12, 5, "Asia/Singapore")
    t2 = ("Dear Wei Ling,\n\nThank you. Option 2 - Wednesday 27/01 at 15:00 SGT - works for me, and I will be there.\n\n"
          "Best regards,\nLena\n\n" + gmail_reply_intro(s1, "Arcadia Logistics Careers", "arcadialogistics@service-now.com")
          + "\n" + quote(t1) + "\n")
    m2 = gmail_reply("sn3b", s2, "Re: " + subj, t2, id1, id1, rec)
    id2 = msgid("sn3b", "mail.gmail.com", "gmail")
    s3 = at(2027, 1, 18, 15, 20, "Asia/Singapore")
    t3 = ("Dear Lena,\n\nThank you for confirming. Your interview is scheduled as follows:\n\nDate: Wednesday, 27 January "
          "2027\nTime: 3:00 PM - 4:00 PM (SGT)\nInterviewer: Daniel Koh, Head of Regional Operations\nVenue: 10 Pasir "
          "Panjang Road, #08-01 Mapletree Business City, Singapore 117438 (please register at the lobby)\n\n"
          "Best regards,\nWei Ling Tan\nTalent Acquisition, Arcadia Logistics\n")
    hs3 = [("Date", date_hdr(s3)), ("From", "Arcadia Logistics Careers <arcadialogistics@service-now.com>"),
           ("Reply-To", rec), ("To", OWNER), ("Subject", "RE: " + subj), ("In-Reply-To", id2),
           ("References", f"{id1} {id2}"), ("Message-ID", f"<{h('sn3c', 20)}.{h('sn3cx', 6)}@service-now.com>"),
           ("MIME-Version", "1.0")]
    m3 = Mail("sn3c", hs3, text=t3, html=text_to_html(t3), when=s3)
    return R([m1, m2, m3], True, at(2027, 1, 27, 15, 0, "Asia/Singapore"), True, "weiling.tan@arcadialogistics.com.sg",
             "Day-first numeric slots from a Singapore employer ('26/01/2027 (Tue)', weekday agrees), the owner picks "
             "option 2 and says she will be there, the recruiter confirms 'Wednesday, 27 January 2027, 3:00 PM' SGT -> "
             "start 15:00 +08:00, accepted.",
             SN_SRC + " ; owner reply written for the thread",
             "recruiter mails sent from the ServiceNow instance address with Reply-To the recruiter")


@case("en_non_servicenow_interviewer_share_preferences.eml")
def _():
    sent = at(2027, 1, 6, 9, 12, "Asia/Singapore")
    text = ("Hi Lena,\n\nWei Ling Tan has requested you to share your scheduling preferences for upcoming interviews for "
            "the Regional Operations Analyst position, where you are on the hiring team as an interviewer.\n\nDuration: "
            "60 minutes per interview\nCandidates: 3 shortlisted applicants\n\nSelect Share scheduling preferences to add "
            "the slots when you can interview, or let the recruiter use your calendar availability.\n\n"
            "Share scheduling preferences: https://arcadialogistics.service-now.com/sp?id=interviewer_pref&sys_id=5d01aa9e\n\n"
            "Thank you,\nArcadia Logistics Talent Acquisition\n")
    m = sn_mail("sn4", sent, "Share your scheduling preferences for upcoming interviews - Regional Operations Analyst", text)
    return R([m], False, None, False, None,
             "Interviewer-side request: the owner is on the hiring team and is asked when she can interview candidates "
             "-> not an invite.", SN_SRC, "interviewer variant ('Use my calendar')")


# ---------------------------------------------------------------- Oracle Taleo invitation phase
@case("en_taleo_invitation_book_appointment_us_deadline.eml")
def _():
    sent = at(2027, 1, 14, 16, 20, "America/New_York")
    text = ("Dear Lena,\n\nThank you for your interest in the Registered Nurse - Cardiac Step-Down position (Requisition "
            "2600418) at Pinecrest Health System.\n\nWe would like to invite you to an interview. Please click the link "
            "below to book your interview appointment from the available time slots:\n\n"
            "https://pinecresthealth.taleo.net/careersection/iam/scheduling/book.ftl?token=Q2F0aGVyaW5l\n\n"
            "Please book your appointment by 01/22/2027. If none of the available times work for you, reply to this "
            "message and we will help.\n\nSincerely,\nKaren Whitley\nTalent Acquisition Specialist\nPinecrest Health "
            "System, Columbus, OH\n")
    hs = [("Date", date_hdr(sent)), ("From", "Pinecrest Health System <pinecresthealth@noreply.taleo.net>"),
          ("Reply-To", "Karen Whitley <karen.whitley@pinecresthealth.org>"), ("To", OWNER),
          ("Subject", "Interview Invitation - Registered Nurse - Cardiac Step-Down (2600418)"),
          ("Message-ID", msgid("taleo", "taleo.net")), ("MIME-Version", "1.0")]
    m = Mail("taleo", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, None, False, "karen.whitley@pinecresthealth.org",
             "Taleo invitation phase: 'book your interview appointment from the available time slots', book by "
             "01/22/2027 (US month-first; a booking deadline, not the interview) -> invite, null.",
             "https://docs.oracle.com/en/cloud/saas/taleo-enterprise/24b/otscu/c-invitationemail.html ('an email is "
             "sent to the candidate with an invitation to book an appointment') - mail written from that description",
             "deadline written M/D/Y as a US Taleo zone renders it")


# ---------------------------------------------------------------- Greenhouse (token glossary)
GH_SRC = ("https://support.greenhouse.io/hc/en-us/articles/360007039771-Token-glossary (templates 'Candidate "
          "Availability Request' with {{AVAILABILITY_SUBMISSION_LINK}}, 'Candidate Interview Confirmation', 'Take Home "
          "Test') - mails written around the documented tokens; wording ours")


@case("en_greenhouse_availability_then_onsite_agenda_confirmation.mbox")
def _():
    rec = "Nina Alvarez <nina.alvarez@larkspurbio.com>"
    subj = "Larkspur Bio - Research Associate II: your availability"
    s1 = at(2027, 1, 20, 11, 2, "America/New_York")
    t1 = ("Hi Lena,\n\nThanks for your interest in the Research Associate II role at Larkspur Bio! We'd like to invite "
          "you to an onsite interview with the team. Please submit your availability for the next two weeks using the "
          "link below:\n\nhttps://app.greenhouse.io/candidate_availability/3f9c0e7d1b\n\nTimes are shown in your local "
          "time zone.\n\nBest,\nNina Alvarez\nRecruiting Coordinator, Larkspur Bio\n")
    id1 = msgid("gh1a", "larkspurbio.com")
    hs1 = [("Date", date_hdr(s1)), ("From", rec), ("To", OWNER), ("Subject", subj), ("Message-ID", id1),
           ("X-Mailer", "Greenhouse"), ("MIME-Version", "1.0")]
    m1 = Mail("gh1a", hs1, text=t1, html=text_to_html(t1), when=s1)
    s2 = at(2027, 1, 20, 19, 44, "America/New_York")
    t2 = ("Hi Nina,\n\nThank you - I've submitted my availability through the link. Mornings suit me best.\n\nBest,\nLena\n\n"
          + gmail_reply_intro(s1, "Nina Alvarez", "nina.alvarez@larkspurbio.com") + "\n" + quote(t1) + "\n")
    m2 = gmail_reply("gh1b", s2, "Re: " + subj, t2, id1, id1, rec)
    id2 = msgid("gh1b", "mail.gmail.com", "gmail")
    s3 = at(2027, 1, 22, 14, 30, "America/New_York")
    t3 = ("Hi Lena,\n\nYour onsite interview is confirmed. Here is your schedule (Eastern Time):\n\nThursday, February 4, "
          "2027\n9:30 AM - 10:00 AM    Welcome and check-in - Nina Alvarez\n10:00 AM - 10:45 AM   Science deep-dive - "
          "Dr. Priya Shah\n11:00 AM - 11:45 AM   Lab tour - Tom Beckett\n12:00 PM - 1:00 PM    Lunch with the team\n\n"
          "Location: Larkspur Bio, 60 Binney Street, 4th floor, Cambridge, MA 02142. Please bring a photo ID for the "
          "front desk.\n\nBest,\nNina\n")
    hs3 = [("Date", date_hdr(s3)), ("From", rec), ("To", OWNER), ("Subject", "Re: " + subj), ("In-Reply-To", id2),
           ("References", f"{id1} {id2}"), ("Message-ID", msgid("gh1c", "larkspurbio.com")), ("X-Mailer", "Greenhouse"),
           ("MIME-Version", "1.0")]
    m3 = Mail("gh1c", hs3, text=t3, html=text_to_html(t3), when=s3)
    return R([m1, m2, m3], True, at(2027, 2, 4, 9, 30, "America/New_York"), False, "nina.alvarez@larkspurbio.com",
             "Availability request (link), owner submits availability (no confirmation of a time), then the onsite "
             "confirmation with an agenda: the first agenda time, 9:30 AM Eastern on Thursday, February 4, 2027, is the "
             "start (later rows are not). Not accepted: she has not confirmed the final schedule.",
             GH_SRC + " ; owner reply written for the thread", "agenda rows 'h:mm AM - h:mm AM' under an Eastern Time heading")


@case("en_non_greenhouse_take_home_test_deadline.eml")
def _():
    sent = at(2027, 2, 1, 10, 15, "America/New_York")
    text = ("Hi Lena,\n\nThank you for your time with the team so far. As the next step for the Research Associate II role, "
            "we'd like you to complete a short take-home exercise (data analysis of a plate-reader dataset).\n\n"
            "Link: https://app.greenhouse.io/tests/7a2e91c0b4\n\nThe link expires on Monday, February 8, 2027 at 11:59 PM "
            "ET. It should take about 2-3 hours and you can do it any time before then.\n\nBest,\nNina Alvarez\n"
            "Recruiting Coordinator, Larkspur Bio\n")
    hs = [("Date", date_hdr(sent)), ("From", "Nina Alvarez <nina.alvarez@larkspurbio.com>"), ("To", OWNER),
          ("Subject", "Larkspur Bio - Research Associate II: take-home exercise"), ("Message-ID", msgid("gh2", "larkspurbio.com")),
          ("X-Mailer", "Greenhouse"), ("MIME-Version", "1.0")]
    m = Mail("gh2", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None,
             "Take-home test with only a completion deadline -> asynchronous, not an invite.", GH_SRC,
             "deadline 'Monday, February 8, 2027 at 11:59 PM ET'")


# ---------------------------------------------------------------- one-way video interviews (asynchronous)
@case("en_non_one_way_video_interview_deadline_live_alternative.eml")
def _():
    sent = at(2027, 1, 8, 9, 30, "Europe/London")
    text = ("Hi Lena,\n\nThank you for applying for the Store Operations Manager role at Harlow & Finch. The next step is a "
            "short recorded interview. We use a recorded round so that every applicant gets the same questions and can "
            "answer at a time that suits them, including evenings and weekends.\n\nWhat you'll do: answer 4 questions on "
            "video, with up to 2 minutes per answer and one retake per question. It takes about 20 minutes.\n\nHow we'll "
            "assess it: two members of the operations team watch every recording and score each answer against the same "
            "criteria (planning, people leadership, customer focus). We do not score your background, lighting or "
            "camera.\n\nDeadline: please complete it by 11:59 PM (UK time) on Friday 15 January 2027.\n\nStart your "
            "interview: https://hire.recordround.com/i/hf-7Q2kz9\n\nIf a recorded interview doesn't work for you, reply "
            "to this email and we'll arrange a short live call instead.\n\nBest wishes,\nAmira Khan\nPeople Team, Harlow & "
            "Finch\n")
    hs = [("Date", date_hdr(sent)), ("From", "Amira Khan <amira.khan@harlowandfinch.co.uk>"), ("To", OWNER),
          ("Subject", "Your next step: a short recorded interview (Store Operations Manager)"),
          ("Message-ID", msgid("ow1", "harlowandfinch.co.uk")), ("MIME-Version", "1.0")]
    m = Mail("ow1", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None,
             "One-way (asynchronous) video interview with only a completion deadline; the live call is only an "
             "alternative on request -> not an invite.",
             "https://asynchronousinterview.com/one-way-video-interview-invitation-email (what the invite must say: why "
             "a recorded round, the steps and timing, how it is judged, a real deadline plus a live alternative) - mail "
             "written to that structure", "deadline 'by 11:59 PM (UK time) on Friday 15 January 2027'")


@case("en_non_smartcv_video_interview_answer_deadline.eml")
def _():
    sent = at(2027, 1, 12, 12, 5, "Europe/Athens")
    text = ("Dear Lena Marsh,\n\nAegean Cloud Services invites you to a video interview for the position of Customer "
            "Success Associate.\n\nYou can record your answers at any time that suits you. Answer deadline: 22/01/2027 "
            "(you can complete the video interview on this date).\n\nStart the video interview: "
            "https://aegeancloud.smartcv.co/vi/3c81f0a2\n\nKind regards,\nAegean Cloud Services - Recruitment\n")
    hs = [("Date", date_hdr(sent)), ("From", "Aegean Cloud Services <noreply@smartcv.co>"),
          ("Reply-To", "careers@aegeancloud.gr"), ("To", OWNER),
          ("Subject", "Video interview invitation - Customer Success Associate"),
          ("Message-ID", msgid("scv", "smartcv.co")), ("MIME-Version", "1.0")]
    m = Mail("scv", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None,
             "Recorded video interview with an inclusive answer deadline (22/01/2027) and no live meeting -> not an invite.",
             "https://help.smartcv.co/manage-candidates/candidate-view/invite-candidate-to-a-video-interview ('Answer "
             "deadline ... The date is inclusive') - mail written from the documented fields",
             "deadline day-first as a Greek account renders it")


# ---------------------------------------------------------------- scheduled proctored assessments
@case("en_proctored_online_assessment_ddmmyyyy_ist.eml")
def _():
    sent = at(2027, 1, 7, 18, 10, "Asia/Kolkata")
    start = at(2027, 1, 16, 10, 0, "Asia/Kolkata")
    text = ("Dear Lena Marsh,\n\nCongratulations! You have been shortlisted for the online assessment for the Graduate "
            "Engineer Trainee 2027 programme at Suryodaya Engineering.\n\nYour online assessment is scheduled on "
            "16/01/2027 (Saturday) from 10:00 AM to 11:30 AM IST. It is remotely proctored.\n\nExam-taking instructions:\n"
            "\u2022 You will receive login credentials for the test/assessment through a separate mail at least one day "
            "before the scheduled start time.\n\u2022 Please check spam/junk in case you are unable to find it.\n\u2022 "
            "The test will begin only at the scheduled time.\n\u2022 Once you login, the candidate onboarding process will "
            "begin, and you will be required to capture an image of yourself and provide a valid Identity Proof.\n\u2022 In "
            "case of delay, beyond scheduled time, you will not be allowed to login.\n\nIf you cannot attend, please "
            "inform us by replying to this mail.\n\nRegards,\nCampus Hiring Team\nSuryodaya Engineering Ltd., Vadodara\n")
    hs = [("Date", date_hdr(sent)), ("From", "Campus Hiring - Suryodaya Engineering <campus.hiring@suryodayaeng.in>"),
          ("To", OWNER), ("Subject", "Online Assessment Schedule - Graduate Engineer Trainee 2027"),
          ("Message-ID", msgid("pr1", "suryodayaeng.in")), ("MIME-Version", "1.0")]
    m = Mail("pr1", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, start, False, "campus.hiring@suryodayaeng.in",
             "Scheduled remotely proctored test: 'scheduled on 16/01/2027 (Saturday) from 10:00 AM to 11:30 AM IST' "
             "(day-first; the weekday agrees) -> an attended step with a fixed time = invite.",
             "https://info.lntedutech.com/uncategorized/exam-taking-instructions/ (instruction bullets kept) ; schedule "
             "line written for an Indian employer", "DD/MM/YYYY with weekday, 'IST'")


@case("en_talview_live_proctored_login_before_start_sgt.eml")
def _():
    sent = at(2027, 1, 25, 10, 0, "Asia/Singapore")
    start = at(2027, 2, 3, 9, 30, "Asia/Singapore")
    text = ("Dear Lena,\n\nYou have been selected for the live proctored assessment of the Meridian Bank Graduate Analyst "
            "Programme.\n\nDate: 03/02/2027 (Wednesday)\nAssessment start time: 09:30 AM SGT\nDuration: 90 minutes\n\n"
            "Please log in at least 20 minutes prior to the start time of the test (by 09:10 AM SGT) and accept the "
            "terms and privacy policy. After the hardware check (camera and microphone) you will take a picture of your "
            "ID card and do a 360-degree environment check, then wait for the proctor's approval. The assessment will be "
            "activated at the exact start time.\n\nAccess link: https://meridianbank.talview.com/a/8Jq2v\n"
            "Verification code: 604117\n\nRegards,\nGraduate Recruitment, Meridian Bank Singapore\n")
    hs = [("Date", date_hdr(sent)), ("From", "Meridian Bank Graduate Recruitment <graduates@meridianbank.com.sg>"),
          ("To", OWNER), ("Subject", "Live proctored assessment - Graduate Analyst Programme"),
          ("Message-ID", msgid("tv", "meridianbank.com.sg")), ("MIME-Version", "1.0")]
    m = Mail("tv", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, start, False, "graduates@meridianbank.com.sg",
             "Live proctored assessment: date 03/02/2027 (Wednesday, day-first, Singapore), start 09:30 AM SGT; the "
             "09:10 log-in time is not the start -> 09:30 +08:00.",
             "https://talview.freshdesk.com/support/solutions/articles/11000095351-live-proctoring-candidate (invitation "
             "with link and code; log in 20 minutes before the start; hardware check, ID, 360-degree check, proctor "
             "approval) - mail written from it", "DD/MM/YYYY with weekday; 12-hour time with 'SGT'")


# ---------------------------------------------------------------- newsletters / articles
@case("en_non_newsletter_interview_message_templates_digest.eml")
def _():
    sent = at(2026, 12, 15, 14, 0, "America/Chicago")
    text = ("TEAMENGINE HIRING DIGEST - December 15, 2026\n\nINTERVIEW MESSAGE TO CANDIDATE\n\nIn today's competitive job "
            "market, your interview message to a candidate can determine whether they accept your invitation or ignore it. "
            "This is especially true in blue-collar industries like construction, manufacturing, landscaping, and "
            "distribution, where labor shortages make hiring even more challenging.\n\nBest Practices for Sending Interview "
            "Invitations\n\nWhen crafting your invitation, be direct about scheduling details and provide clear instructions "
            "on the next steps. If you're using a virtual platform, include the link upfront along with any necessary "
            "instructions. If the interview is in person, provide parking details or building entry instructions.\n\n"
            "Sample message:\n\"Hi [Candidate Name], thanks for applying for the [Job Title] role! We'd like to invite you "
            "to an interview on Thursday, January 7 at 10:00 AM at our yard (park by Gate 2). Reply YES to confirm.\"\n\n"
            "Read the full article: https://teamengine.io/interview-message-to-candidate\n\n--\nYou are receiving this "
            "because you subscribed to the TeamEngine hiring digest.\nUnsubscribe: https://teamengine.io/unsubscribe?u=lm82\n")
    hs = [("Date", date_hdr(sent)), ("From", "TeamEngine <digest@teamengine.io>"), ("To", OWNER),
          ("Subject", "How to write an interview message candidates actually answer"),
          ("List-Unsubscribe", "<https://teamengine.io/unsubscribe?u=lm82>, <mailto:unsubscribe@teamengine.io>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "TeamEngine hiring digest <digest.teamengine.io>"),
          ("Precedence", "bulk"), ("Message-ID", msgid("nl1", "mail.teamengine.io")), ("MIME-Version", "1.0")]
    m = Mail("nl1", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None,
             "Newsletter (List-Unsubscribe, List-Id, Precedence: bulk) quoting an article with a sample invitation that "
             "names a day and time -> not an invite.",
             "https://teamengine.io/interview-message-to-candidate (opening and best-practice paragraphs kept; the sample "
             "message is written in the article's advice)", "sample date as an example in prose")


@case("en_non_newsletter_nigeria_interview_tips_digest.eml")
def _():
    sent = at(2026, 11, 28, 8, 0, "Africa/Lagos")
    text = ("LIFE & CULTURE NG - Weekend Careers Digest\n\n5 Tips To Successfully Ace That Job Interview In Nigeria\n\n"
            "Getting called upon for a job interview in Nigeria is something most if not all Nigerians look forward to; "
            "especially in this current state of unemployment in the economy. However, care needs to be taken and "
            "everything put in their proper place when that job interview call finally comes in.\n\nUnderstand The "
            "Message\nIt's easy to get overly excited when you get called or messaged for an interview that you miss out "
            "on the salient points. Once the whole excitement has died down, read the letter or message again and ensure "
            "you have everything they're asking for.\n\nDress The Part\n...\n\nRead more: "
            "https://lifenculture.ng/5-tips-successfully-ace-job-interview-nigeria/\n\nUnsubscribe: "
            "https://lifenculture.ng/newsletter/unsubscribe?e=lena.marsh%40gmail.com\n")
    hs = [("Date", date_hdr(sent)), ("From", "Life & Culture NG <newsletter@lifenculture.ng>"), ("To", OWNER),
          ("Subject", "Weekend digest: 5 tips to ace that job interview"),
          ("List-Unsubscribe", "<https://lifenculture.ng/newsletter/unsubscribe?e=lena.marsh%40gmail.com>"),
          ("List-Id", "<weekend.lifenculture.ng>"), ("Precedence", "bulk"),
          ("Message-ID", msgid("nl2", "lifenculture.ng")), ("MIME-Version", "1.0")]
    m = Mail("nl2", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None, "Nigerian lifestyle newsletter with interview tips -> not an invite.",
             "https://lifenculture.ng/5-tips-successfully-ace-job-interview-nigeria/ (opening and first tip kept)",
             "no date")


# ---------------------------------------------------------------- the owner's own job tracker
@case("en_non_own_job_tracker_interview_reminder.eml")
def _():
    sent = at(2026, 12, 9, 18, 0, "Europe/London")
    text = ("Hi Lena,\n\nReminder from your job tracker:\n\nStage: Interview\nCompany: Corbett & Vine\nRole: Payroll "
            "Analyst\nWhen: Thu 10 Dec 2026, 10:00\n\nFollow-up task: send a thank-you email within 24 hours after the "
            "interview.\n\nOpen your board: https://app.tracy-jobs.io/board\n\n--\nTracy - Job Application Tracker\n"
            "Manage reminders: https://app.tracy-jobs.io/settings/reminders\n")
    hs = [("Date", date_hdr(sent)), ("From", "Tracy <reminders@tracy-jobs.io>"), ("To", OWNER),
          ("Subject", "Reminder: Interview - Corbett & Vine (Payroll Analyst) tomorrow 10:00"),
          ("List-Unsubscribe", "<https://app.tracy-jobs.io/settings/reminders>"), ("Auto-Submitted", "auto-generated"),
          ("Message-ID", msgid("tr", "tracy-jobs.io")), ("MIME-Version", "1.0")]
    m = Mail("tr", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], False, None, False, None,
             "Reminder from the owner's own job-tracking app about an interview she tracks - nobody there to decline "
             "to -> not an invite.",
             "https://github.com/srivikas777/Tracy/blob/main/test.md (tracker features: status states incl. Interview, "
             "reminders for follow-up tasks) - mail written from the documented features", "'Thu 10 Dec 2026, 10:00'")


# ---------------------------------------------------------------- campus-visit agenda
@case("en_onsite_campus_visit_agenda_reports_room_199.eml")
def _():
    sent = at(2027, 1, 28, 13, 45, "America/Toronto")
    start = at(2027, 2, 11, 8, 30, "America/Toronto")
    text = ("Dear Dr. Marsh,\n\nOn behalf of the search committee, we are pleased to invite you to campus for an interview "
            "for the Assistant Professor of Finance position. Your interview schedule for Thursday, February 11, 2027 is "
            "below.\n\nINTERVIEW SCHEDULE\n\nMORNING\n8:30 a.m.  Candidate reports to Room 199; meet with KP / MC, Room 193.\n"
            "9:00 a.m.  Meeting with the Area Group, Room 205.\n10:30 a.m. Research presentation, Room 1R40.\n\nAFTERNOON\n"
            "1:00 p.m.  Lunch with MC / KP.\n2:30 p.m.  Meeting with the Dean.\n4:00 p.m.  Campus tour.\n\nParking: "
            "visitor lot V2; a pass will be waiting at the front desk.\n\nWith best regards,\nLaura Chen\nSearch Committee "
            "Coordinator, School of Business\nLondon, Ontario\n")
    hs = outlook_headers("ag", "Laura Chen <lchen@forestcityuniversity.ca>", f"{OWNER_NAME} <{OWNER}>",
                         "Campus visit schedule - Assistant Professor of Finance", sent, "YT3PR01MB6184.CANPRD01.PROD.OUTLOOK.COM")
    m = Mail("ag", hs, text=text, html=text_to_html(text), when=sent)
    return R([m], True, start, False, "lchen@forestcityuniversity.ca",
             "On-site day with an agenda; the first item, '8:30 a.m. Candidate reports to Room 199', is the start (later "
             "rows are not); London, Ontario -> EST -05:00.",
             "https://bitbucket.org/blgdpse/workspace/snippets/jMX8Ej (interview schedule sample: '8:30 a.m. ... Candidate "
             "Reports to Room 199; Meet with KP / MC, Room 193. 9:00 a.m.', 'AFTERNOON ... 1:00 p.m. MC/KP') - agenda rows "
             "kept, letter written around them", "'8:30 a.m.' style agenda under a weekday date")
