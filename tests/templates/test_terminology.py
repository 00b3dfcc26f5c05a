"""The wording decisions of issue #19 ("the words on the projector"), held across the template, the
demo, the report's own words and the interface's Thai (docs/templates.md, "Wording and sources")."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import resources
from app.report.catalogue import _TEXT
from app.thaidate import arabic_digits, thai_digits_in_text
from build_scripts import translations

# The official short names (OPDC's, as in the seed document), one per pillar.
SHORT_NAMES = {"open": "เปิดกว้างและเชื่อมโยงกัน", "citizen": "ยึดประชาชนเป็นศูนย์กลาง",
               "smart": "มีขีดสมรรถนะสูงและทันสมัย"}
# The clipped variants these replaced; neither may come back anywhere.
CLIPPED = (re.compile(r"เปิดกว้างและเชื่อมโยง(?!กัน)"), re.compile(r"(?<!มีขีด)สมรรถนะสูงและทันสมัย"))


def strings(value) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def texts(value, lang: str) -> list[str]:
    """The ``lang`` side of every bilingual text ({"th": …, "en": …}) inside a JSON value."""
    if isinstance(value, dict):
        own = [value[lang]] if set(value) == {"th", "en"} else []
        return own + [s for v in value.values() for s in texts(v, lang)]
    if isinstance(value, list):
        return [s for v in value for s in texts(v, lang)]
    return []


@pytest.fixture(scope="module")
def template() -> dict:
    return json.loads(resources.read_text("templates/pmqa4-gov4.json"))


@pytest.fixture(scope="module")
def demo() -> dict:
    return json.loads(resources.read_text("demo/ldd-2561.json"))


@pytest.fixture(scope="module")
def thai_interface() -> dict[tuple[str, str], str]:
    root = ET.parse(translations.ts_path("th")).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = \
                " ".join(t for t in message.find("translation").itertext())
    return found


def test_a_pillar_is_called_miti_everywhere_never_sao_lak(template, demo, thai_interface):
    places = {"template": strings(template), "demo": strings(demo),
              "report": [th for th, _en in _TEXT.values()], "interface": list(thai_interface.values())}
    for place, found in places.items():
        assert not [s for s in found if "เสาหลัก" in s], place
    core = Path(__file__).resolve().parents[2] / "app"  # the report's and the merge report's own words
    assert not [p.name for p in core.rglob("*.py") if "เสาหลัก" in p.read_text(encoding="utf-8")]
    assert _TEXT["pillar"][0] == "มิติ"


def test_each_pillar_has_one_short_name_everywhere(template, demo, thai_interface):
    pillars = {p["key"]: p for p in template["pillars"]}
    assert {key: p["short_name"]["th"] for key, p in pillars.items()} == SHORT_NAMES
    for key, short in SHORT_NAMES.items():
        assert pillars[key]["name"]["th"] == "ภาครัฐที่" + short
    everywhere = strings(template) + strings(demo) + [th for th, _en in _TEXT.values()] + list(thai_interface.values())
    for clipped in CLIPPED:
        assert not [s for s in everywhere if clipped.search(s)], clipped.pattern
    # Where the template lists the three pillars, it lists them by these names.
    listing = [s for s in texts(template, "th") if all(short in s for short in SHORT_NAMES.values())]
    assert len(listing) >= 2


def test_the_workshop_produces_the_organization_development_plan(template, thai_interface):
    (planning,) = [item for item in template["agenda"] if item["kind"] == "action_planning"]
    assert planning["title"]["th"] == "จัดทำแผนพัฒนาองค์การ"
    assert thai_interface[("AgendaKinds", "Action planning")] == planning["title"]["th"]
    assert not [s for s in thai_interface.values() if "แผนปฏิบัติการ" in s]


def test_the_significance_level_has_opdc_wording_and_the_slide_says_what_the_rating_is(template):
    names = {m["key"]: m["name"]["th"] for m in template["maturity_scale"]}
    assert names == {"basic": "ระดับพื้นฐาน", "advance": "ระดับก้าวหน้า", "significance": "ระดับพัฒนาจนเกิดผล"}
    assert "มีนัยสำคัญ" not in " ".join(strings(template))
    (slide,) = [s for s in template["briefing"] if s["key"] == "maturity-levels"]
    points_th = [p["th"] for p in slide["points"]]
    assert points_th[2].startswith("ระดับพัฒนาจนเกิดผล (Significance)")
    assert any("สรุปย่อสำหรับการประชุมนี้" in p for p in points_th)
    assert any("ไม่ใช่การให้คะแนนตามเกณฑ์ของสำนักงาน ก.พ.ร." in p for p in points_th)
    assert any("not OPDC's scoring" in p["en"] for p in slide["points"])
    significance = template["maturity_scale"][2]["description"]["en"]
    assert "compare well with" in significance and "stand out" not in significance


def test_official_names_of_the_enabler_and_the_national_strategy(template):
    (digital,) = [e for e in template["enablers"] if e["key"] == "digitalization"]
    assert (digital["name"]["th"], digital["name"]["en"]) == ("การปรับเข้าสู่การเป็นดิจิทัล", "Digitalization")
    assert not [s for s in strings(template) if "Digitization /" in s or "ปรับเข้าสู่ดิจิทัล" in s]
    english = " ".join(texts(template, "en"))
    assert "National Strategy on Public Sector Rebalancing and Development" in english
    assert "ยุทธศาสตร์ด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ" in " ".join(texts(template, "th"))


def test_thai_register_of_objectives_and_the_opening_slide(template):
    assert all(o["th"].startswith("เพื่อ") for o in template["objectives"])
    opening = template["briefing"][0]["points"][0]["th"]
    assert opening.startswith("เพื่อรองรับยุทธศาสตร์ประเทศไทย ๔.๐") and "จะต้อง" in opening
    assert "พวกเขา" not in " ".join(texts(template, "th"))


def test_english_says_based_on_and_one_stop_service(template):
    english = " ".join(texts(template, "en"))
    for phrase in ("against the PMQA", "against PMQA", "under the PMQA", "in one visit", "in one place"):
        assert phrase not in english
    assert "one-stop service" in english
    assert _TEXT["subtitle"][1].startswith("based on the")


def test_the_demo_writes_every_number_in_the_digits_its_own_setting_asks_for(demo, tmp_path):
    """Group names and venue in Thai digits beside targets in Arabic ones read as two hands; the
    demo's documents use Arabic digits (the setting is off), so its text does too."""
    from app.demo import create_demo

    workshop = create_demo(tmp_path / "demo.pmqa")
    thai = workshop.details().thai_digits
    workshop.close()
    prose = [s for s in strings(demo) if re.search(r"[\u0E00-\u0E7F]", s)]
    same_style = thai_digits_in_text if thai else arabic_digits
    assert prose and not [s for s in prose if same_style(s) != s]


def test_the_demo_rates_strategic_planning_by_the_scale_it_shows(demo):
    # Group 1's reason (deployed to every unit, reviewed yearly, plans adjusted) is Advance, not Significance.
    first_group = demo["assessment"]["categories"]["2"][0]
    assert first_group["level"] == 2 and "ทบทวนทุกปี" in first_group["reason"]
