"""The merge report in plain sentences, Thai or English (the CLI prints them, the combine dialog and
the consolidated PDF show them). The report itself is data in the result's ``consolidated`` meta
(app/merge/combine.py); these words are the module's own, like the PDF's."""

from __future__ import annotations

_WORDS = {
    "counts": ("หน่วยงานที่รวม: {offices}; กลุ่ม {groups}, คำตอบ {answers}, คะแนนประเมิน {assessments}, "
               "ข้อเสนอ {initiatives}, รายการในแผน {plan_items}",
               "Offices combined: {offices}; groups: {groups}, answers: {answers}, scores: {assessments}, "
               "initiatives: {initiatives}, plan items: {plan_items}"),
    "twice": ("{file}: เลือกไฟล์นี้ซ้ำ จึงนับครั้งเดียว", "{file}: chosen twice; counted once"),
    "same": ("{file}: เนื้อหาเหมือนกับ {same_as} ทุกประการ จึงนับครั้งเดียว",
             "{file}: the same content as {same_as}; counted once"),
    "inside": ("{what}: รวมอยู่แล้วเป็น {same_as} จึงนับครั้งเดียว",
               "{what}: already included as {same_as}; counted once"),
    "inside_of": ("{source} (ใน {file})", "{source} (inside {file})"),
    "pillar": ("{file}: มิติ “{name}” ({key}) ไม่มีในแม่แบบหลัก จึงเพิ่มเป็นมิติแยก ({questions} คำถาม)",
               "{file}: pillar “{name}” ({key}) is not in the base template; added as its own pillar "
               "({questions} questions)"),
    "question": ("{file}: คำถาม “{name}” ({pillar}/{key}) ไม่ตรงกับคำถามใดในแม่แบบหลัก จึงเพิ่มเป็นคำถามแยก",
                 "{file}: question “{name}” ({pillar}/{key}) matches no question of the base template; "
                 "added as its own question"),
    "category": ("{file}: หมวด {key} “{name}” ไม่มีในแม่แบบหลัก จึงเพิ่มเป็นหมวดแยก",
                 "{file}: category {key} “{name}” is not in the base template; added"),
    "level": ("{file}: ระดับ {key} “{name}” ไม่มีในมาตรวัดของแม่แบบหลัก จึงเพิ่มในมาตรวัด",
              "{file}: maturity level {key} “{name}” is not on the base scale; added"),
    "differs": ("{file}: {kind} {key} ตรงกันตามรหัส แต่ถ้อยคำต่างกัน (“{name}” กับ “{base_name}”)",
                "{file}: {kind} {key} matched by its key, but the wording differs (“{name}” / “{base_name}”)"),
    "template": ("{file}: สร้างจากแม่แบบ {template_id} รุ่น {template_version} (แม่แบบหลัก {base_id} รุ่น {base_version})",
                 "{file}: made from template {template_id} version {template_version} "
                 "(base: {base_id} version {base_version})"),
    "versions": ("{files}: อาจเป็นสำเนาต่างรุ่นของการประชุมเดียวกันของ {office} ทั้งหมดถูกรวมไว้ หากซ้ำให้ลบออกหนึ่งไฟล์",
                 "{files}: may be two versions of one workshop of {office}; both were combined; "
                 "remove one if so"),
    "followup": ("ติดตามผล: รอบติดตาม {checkpoints} รอบ, รายงานความก้าวหน้า {progress} รายการ, หลักฐาน {evidence} ไฟล์",
                 "Follow-up: {checkpoints} checkpoints, {progress} progress reports, {evidence} evidence files"),
    "followup_taken": ("{file}: การติดตามผลของ {office} ใหม่กว่า จึงใช้ชุดนี้แทนชุดใน {same_as}",
                       "{file}: the follow-up of {office} is newer; it replaces the one in {same_as}"),
    "followup_older": ("{file}: การติดตามผลของ {office} เก่ากว่าชุดใน {same_as} จึงไม่ได้ใช้",
                       "{file}: the follow-up of {office} is older than the one in {same_as}; not used"),
    "evidence_total": ("หลักฐานรวม {size_mb} MB เกินที่ไฟล์การประชุมหนึ่งไฟล์รับได้ ({limit_mb} MB): รวมไว้ทั้งหมด "
                       "แต่แนบหลักฐานเพิ่มในไฟล์นี้ไม่ได้ และการส่งออก JSON อาจนำเข้าไม่ได้",
                       "Evidence together is {size_mb} MB, over what one workshop holds ({limit_mb} MB): all of it "
                       "was combined, but no more can be attached in this file and its JSON export may not import"),
    "suggestions": ("พบข้อเสนอที่คล้ายกันข้ามหน่วยงาน {n} คู่ ให้วิทยากรพิจารณารวม",
                    "{n} similar initiatives across offices are suggested for merging"),
}
_KINDS = {"pillar": ("มิติ", "pillar"), "question": ("คำถาม", "question"),
          "category": ("หมวด", "category"), "level": ("ระดับ", "level")}


def _say(_entry: str, lang: str, **values) -> str:
    th, en = _WORDS[_entry]
    return (en if lang == "en" else th).format(**values)


def _where(entry: dict, lang: str) -> str:
    """The office's file, and the consolidated file it came inside, if any."""
    if entry.get("via") and entry["via"] != entry["file"]:
        return _say("inside_of", lang, source=entry["file"], file=entry["via"])
    return entry["file"]


def report_lines(report: dict, lang: str = "en") -> list[str]:
    """The merge report as plain sentences (Thai or English), most important first."""
    lines = [_say("counts", lang, offices=report.get("offices", 0), **report.get("counts", {}))]
    if report.get("counts", {}).get("checkpoints"):
        lines.append(_say("followup", lang, **report["counts"]))
    for d in report.get("duplicates", []):
        lines += _duplicate(d, lang)
    for u in report.get("unmatched", []):
        lines.append(_say(u["kind"], lang, **dict({"questions": 0, "pillar": ""}, **dict(u, file=_where(u, lang)))))
    for d in report.get("differences", []):
        kind = _KINDS.get(d["kind"], (d["kind"], d["kind"]))[1 if lang == "en" else 0]
        lines.append(_say("differs", lang, **dict(d, kind=kind, file=_where(d, lang))))
    lines += [_warning(w, lang) for w in report.get("warnings", [])]
    if report.get("suggestions"):
        lines.append(_say("suggestions", lang, n=report["suggestions"]))
    return lines


def _duplicate(d: dict, lang: str) -> list[str]:
    """An office counted once, and whose follow-up was taken when it differed."""
    what = d["file"] if d["source"] == d["file"] else _say("inside_of", lang, **d)
    same_as = (_say("inside_of", lang, source=d["same_as"], file=d["same_as_via"]) if d.get("same_as_via")
               else d["same_as"])
    lines = [_say(d["reason"], lang, **dict(d, what=what, same_as=same_as))]
    if d.get("followup"):
        lines.append(_say(f"followup_{d['followup']}", lang, **dict(d, same_as=same_as)))
    return lines


def _warning(w: dict, lang: str) -> str:
    if w["kind"] == "versions":
        return _say("versions", lang, files=", ".join(w["files"]), office=w["office"])
    if w["kind"] == "evidence_total":
        return _say("evidence_total", lang, **w)
    return _say(w["kind"], lang, **dict(w, file=_where(w, lang)))
