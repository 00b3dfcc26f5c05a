"""Dates the Thai government way."""

from __future__ import annotations

from datetime import date, datetime

from app.thaidate import arabic_digits, fiscal_year, format_date, format_moment, thai_digits


def test_dates_show_the_buddhist_era_with_thai_month_names():
    day = date(2018, 12, 17)
    assert format_date(day) == "17 ธันวาคม 2561"
    assert format_date(day, short=True) == "17 ธ.ค. 2561"
    assert format_date(day, thai_digits=True) == "๑๗ ธันวาคม ๒๕๖๑"
    assert format_date(day, "en") == "17 December 2018 (B.E. 2561)"
    assert format_date(None) == ""


def test_moments_show_the_buddhist_era_and_the_thai_clock_style():
    moment = datetime(2019, 1, 2, 9, 5, 7)
    assert format_moment(moment) == "2 ม.ค. 2562 09.05 น."
    assert format_moment(moment, seconds=True) == "2 ม.ค. 2562 09.05.07 น."
    assert format_moment(moment, "en", seconds=True) == "2 Jan 2019 (B.E. 2562) 09:05:07"


def test_the_fiscal_year_starts_on_the_first_of_october():
    assert fiscal_year(date(2018, 9, 30)) == 2561
    assert fiscal_year(date(2018, 10, 1)) == 2562


def test_digits_convert_both_ways():
    assert thai_digits("ห้อง 801, 2561") == "ห้อง ๘๐๑, ๒๕๖๑"
    assert arabic_digits("๘๐๑") == "801"
