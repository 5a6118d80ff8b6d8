"""Greetings (issue 8): "Ibu"/"Bapak" when the thread says so or the given name is unambiguously gendered (a
curated table; ambiguous names fall back to "Bapak/Ibu"), casual Indonesian "Halo Pak Joko,", and no greeting
by name to a no-reply or applicant-tracking address: the company's team instead."""
from __future__ import annotations

import pytest

from regrets import given_names
from regrets.greeting import greet, is_unattended
from regrets.honorifics import call_name, split_title, title_from_text, title_of


@pytest.mark.parametrize("name", sorted(given_names.AMBIGUOUS))
def test_ambiguous_given_names_fall_back_to_bapak_ibu(name):
    full = f"{name.capitalize()} Pratama"
    assert given_names.title_for(full) is None
    assert title_of(full) is None
    g = greet("id", True, name=full, first=call_name(full), title=title_of(full), company=None, unattended=False)
    assert g.line == f"Yth. Bapak/Ibu {full}," and g.you == "Bapak/Ibu"
    casual = greet("id", False, name=full, first=call_name(full), title=None, company=None, unattended=False)
    assert casual.line == f"Halo Kak {name.capitalize()},"


def test_the_tables_do_not_overlap():
    assert not (given_names.FEMALE & given_names.MALE)
    assert not (given_names.AMBIGUOUS & (given_names.FEMALE | given_names.MALE))


@pytest.mark.parametrize("name, title", [
    ("Ratna Sari", "Ibu"), ("Siti Nurhaliza", "Ibu"), ("Wulan Anggraini", "Ibu"), ("Yohana Siregar", "Ibu"),
    ("Joko Susilo", "Bapak"), ("Budi Santoso", "Bapak"), ("Muhammad Rizki", "Bapak"), ("I Wayan Sudarma", "Bapak"),
    ("Ni Luh Putu Ayu", "Ibu"), ("Keisha Grant", None), ("Dian Sastro", None), ("Sri Mulyani", None),
])
def test_title_from_an_unambiguous_given_name(name, title):
    assert given_names.title_for(name) == title


def test_title_from_what_the_thread_says():
    assert title_from_text(["Bertemu dengan: Ibu Wulan (HR)"], "Wulan Prameswari") == "Ibu"
    assert title_from_text(["Nanti Pak Joko akan menghubungi Anda."], "Joko") == "Bapak"
    assert title_from_text(["Your interviewer is Mr. Tan."], "Tan Wei Ming") == "Bapak"
    assert title_from_text(["Yth. Bapak/Ibu Dian,"], "Dian Lestari") is None  # the neutral form says nothing
    assert title_from_text(["Pak Dian and Bu Dian will both join"], "Dian") is None  # two people, one name
    assert title_from_text(["Hubungi Ibu Wulan"], "Ratna") is None  # somebody else


def test_title_in_one_place_stated_then_name_then_thread_then_table():
    assert title_of("Dian Lestari", stated="Ibu") == "Ibu"
    assert title_of("Ibu Dian Lestari") == "Ibu"
    assert title_of("Dian Lestari", texts=["Silakan hubungi Bu Dian"]) == "Ibu"
    assert title_of("Ratna Sari") == "Ibu"
    assert title_of("Dian Lestari") is None


def test_split_title_and_call_name():
    assert split_title("Ibu Wulan Sari") == ("Ibu", "Wulan Sari")
    assert split_title("Pak Joko") == ("Bapak", "Joko")
    assert split_title("Budi") == (None, "Budi")
    assert call_name("Muhammad Rizal Hakim") == "Rizal"
    assert call_name("I Gede Made Wirawan") == "Wirawan"
    assert call_name("Bu Ratna Sari") == "Ratna"


@pytest.mark.parametrize("lang, formal, title, line", [
    ("id", True, "Ibu", "Yth. Ibu Ratna Sari,"), ("id", False, "Ibu", "Halo Bu Ratna,"),
    ("id", True, "Bapak", "Yth. Bapak Ratna Sari,"), ("id", False, "Bapak", "Halo Pak Ratna,"),
    ("en", True, "Ibu", "Dear Ratna,"), ("en", False, None, "Hi Ratna,"),
])
def test_greeting_lines(lang, formal, title, line):
    assert greet(lang, formal, name="Ratna Sari", first="Ratna", title=title, company=None, unattended=False).line == line


@pytest.mark.parametrize("address", [
    "no-reply@brightpath.io", "noreply@kalibrr.com", "do-not-reply@x.co.id", "notifications@x.com",
    "brightpath@ashbyhq.com", "reply+abc123@hire.lever.co", "x@us.greenhouse-mail.io", "talent@myworkday.com",
    "calendar-notification@google.com", "invitations@linkedin.com",
])
def test_no_reply_and_ats_addresses_are_unattended(address):
    assert is_unattended(address)


@pytest.mark.parametrize("address", ["keisha.grant@orbitalfreight.com", "rina@majujaya.co.id", "replies@x.com", None, ""])
def test_people_are_attended(address):
    assert not is_unattended(address)


@pytest.mark.parametrize("lang, formal, company, line", [
    ("en", True, "Brightpath", "Dear Brightpath Hiring Team,"), ("en", True, None, "Dear Hiring Team,"),
    ("en", False, "Brightpath", "Hi Brightpath team,"), ("en", False, None, "Hi there,"),
    ("id", True, "PT Maju Jaya", "Yth. Tim Rekrutmen PT Maju Jaya,"), ("id", False, None, "Halo Tim Rekrutmen,"),
])
def test_an_unattended_address_gets_the_team_not_a_made_up_name(lang, formal, company, line):
    g = greet(lang, formal, name="Brightpath", first="Brightpath", title=None, company=company, unattended=True)
    assert g.line == line and not g.personal
