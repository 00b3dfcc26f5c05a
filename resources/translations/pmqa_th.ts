<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AgendaKinds</name>
    <message>
        <source>Opening</source>
        <translation>พิธีเปิด</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>บรรยายสรุป</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>ระดมความคิดกลุ่ม</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>นำเสนอผลงานกลุ่ม</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>จัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>จัดทำแผนพัฒนาองค์การ</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>ปิดการประชุม</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Title of the new item</source>
        <translation>หัวข้อของรายการใหม่</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>เพิ่มรายการ (&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>เลื่อนรายการขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>เลื่อนรายการลง (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>ลบรายการ (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>ลบรายการ (Delete)</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>เลื่อนรายการในกำหนดการขึ้น</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>เลื่อนรายการในกำหนดการลง</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>ลบรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>กำหนดการ (&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;un the day</source>
        <translation>ดำเนินการประชุม (&amp;U)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชั่วโมง %2 นาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Day: %1 · %2–%3</source>
        <translation>ทั้งวัน: %1 · %2–%3</translation>
    </message>
    <message>
        <source>Add agenda item %1</source>
        <translation>เพิ่มรายการในกำหนดการ %1</translation>
    </message>
    <message>
        <source>Edit agenda item %1</source>
        <translation>แก้ไขรายการในกำหนดการ %1</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>จัดลำดับกำหนดการใหม่</translation>
    </message>
    <message>
        <source>Remove agenda item %1</source>
        <translation>ลบรายการในกำหนดการ %1</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>เวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>เริ่มจริง</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>สิ้นสุดจริง</translation>
    </message>
    <message>
        <source>%1 min over the plan</source>
        <translation>เกินเวลาที่กำหนด %1 นาที</translation>
    </message>
</context>
<context>
    <name>AssessPanel</name>
    <message>
        <source>PMQA categories</source>
        <translation>หมวดของเกณฑ์ PMQA</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>ล้างคะแนน</translation>
    </message>
    <message>
        <source>Remove the selected score</source>
        <translation>ลบคะแนนที่เลือก</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>เขียนเหตุผล</translation>
    </message>
    <message>
        <source>Write the reason for the selected score</source>
        <translation>เขียนเหตุผลของคะแนนที่เลือก</translation>
    </message>
    <message>
        <source>Categories or pillars</source>
        <translation>ประเมินตามหมวดหรือตามมิติ</translation>
    </message>
    <message>
        <source>Reason (Ctrl+R):</source>
        <translation>เหตุผล (Ctrl+R):</translation>
    </message>
    <message>
        <source>Why this score? Optional; Enter saves</source>
        <translation>เหตุใดจึงให้คะแนนนี้ (ไม่บังคับ) กด Enter เพื่อบันทึก</translation>
    </message>
    <message>
        <source>Type the level&apos;s number or press F2 to choose it; Delete clears</source>
        <translation>พิมพ์หมายเลขระดับ หรือกด F2 เพื่อเลือก กด Delete เพื่อล้าง</translation>
    </message>
    <message>
        <source>Where the organization stands</source>
        <translation>องค์การของเราอยู่ตรงไหน</translation>
    </message>
    <message>
        <source>Maturity scale: %1</source>
        <translation>ระดับการพัฒนา: %1</translation>
    </message>
    <message>
        <source>No scores yet: choose a cell and type a level number.</source>
        <translation>ยังไม่มีคะแนน เลือกช่องแล้วพิมพ์หมายเลขระดับ</translation>
    </message>
    <message>
        <source>Weakest: %1 (mean %2)</source>
        <translation>จุดที่อ่อนที่สุด: %1 (ค่าเฉลี่ย %2)</translation>
    </message>
    <message>
        <source>groups disagree most on: %1</source>
        <translation>กลุ่มเห็นต่างกันมากที่สุดในเรื่อง: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>AssessmentChart</name>
    <message>
        <source>No scores yet</source>
        <translation>ยังไม่มีคะแนน</translation>
    </message>
    <message>
        <source>Bar: mean of the groups · line: lowest to highest · orange: groups disagree most</source>
        <translation>แท่ง: ค่าเฉลี่ยของทุกกลุ่ม · เส้น: ต่ำสุดถึงสูงสุด · สีส้ม: กลุ่มเห็นต่างกันมากที่สุด</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>The groups disagree most here</source>
        <translation>กลุ่มเห็นต่างกันมากที่สุดในข้อนี้</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>สำรองไฟล์อัตโนมัติไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>เมื่อเปิดไฟล์</translation>
    </message>
    <message>
        <source>during editing</source>
        <translation>ระหว่างแก้ไข</translation>
    </message>
    <message>
        <source>before upgrading</source>
        <translation>ก่อนปรับรุ่นไฟล์</translation>
    </message>
    <message>
        <source>Backups of {file}</source>
        <translation>ไฟล์สำรองของ {file}</translation>
    </message>
    <message>
        <source>Automatic copies of {file}, newest first. Restoring one writes it to a new file and opens it; {file} itself is not changed.</source>
        <translation>สำเนาอัตโนมัติของ {file} เรียงจากใหม่ไปเก่า การกู้คืนจะเขียนเป็นไฟล์ใหม่แล้วเปิดขึ้นมา โดยไม่เปลี่ยนแปลง {file}</translation>
    </message>
    <message>
        <source>There are no automatic backups of {file} yet.</source>
        <translation>ยังไม่มีไฟล์สำรองอัตโนมัติของ {file}</translation>
    </message>
    <message>
        <source>&amp;Restore as a new file</source>
        <translation>กู้คืนเป็นไฟล์ใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>This workshop is already open for editing</source>
        <translation>การประชุมเชิงปฏิบัติการนี้เปิดแก้ไขอยู่แล้ว</translation>
    </message>
    <message>
        <source>Take &amp;over editing…</source>
        <translation>รับช่วงแก้ไขต่อ (&amp;O)…</translation>
    </message>
    <message>
        <source>{file} is open on {host} by {user} (process {pid}) since {since}. Close it there first, or open it read-only here to look at it and print from it.</source>
        <translation>{file} เปิดอยู่ที่เครื่อง {host} โดย {user} (โพรเซส {pid}) ตั้งแต่ {since} กรุณาปิดไฟล์ที่เครื่องนั้นก่อน หรือเปิดที่นี่แบบอ่านอย่างเดียวเพื่อดูและพิมพ์</translation>
    </message>
    <message>
        <source>A program with that process number is running, but it may not be PMQA Workshop: after an unexpected close the number can be reused. If no other window has this workshop open, you can take over editing.</source>
        <translation>มีโปรแกรมที่ใช้หมายเลขโพรเซสนั้นทำงานอยู่ แต่อาจไม่ใช่ PMQA Workshop เพราะเมื่อโปรแกรมปิดไปโดยไม่คาดคิด หมายเลขนี้อาจถูกนำไปใช้ซ้ำ หากไม่มีหน้าต่างอื่นเปิดการประชุมนี้อยู่ คุณรับช่วงแก้ไขต่อได้</translation>
    </message>
    <message>
        <source>Whether it is still open there cannot be checked from this computer. If it is not (the program closed unexpectedly, or the computer was switched off), you can take over editing.</source>
        <translation>เครื่องนี้ตรวจสอบไม่ได้ว่าไฟล์ยังเปิดอยู่ที่เครื่องนั้นหรือไม่ หากไม่ได้เปิดอยู่แล้ว (เช่น โปรแกรมปิดไปโดยไม่คาดคิด หรือปิดเครื่องไปแล้ว) คุณรับช่วงแก้ไขต่อได้</translation>
    </message>
    <message>
        <source>Take over editing of {file}?</source>
        <translation>รับช่วงแก้ไข {file} ต่อหรือไม่</translation>
    </message>
    <message>
        <source>{user} has had it open on {host} since {since}. Take over only if that copy is no longer in use. If that person really still has the file open, their later edits and yours will clash: each of you will be working on a workshop the other keeps changing.</source>
        <translation>{user} เปิดไฟล์นี้อยู่ที่เครื่อง {host} ตั้งแต่ {since} ให้รับช่วงต่อเฉพาะเมื่อไฟล์ที่เครื่องนั้นไม่ได้ใช้งานแล้วเท่านั้น หากผู้นั้นยังเปิดไฟล์อยู่จริง สิ่งที่เขาแก้ไขต่อจากนี้กับสิ่งที่คุณแก้ไขจะขัดกัน เพราะต่างฝ่ายต่างทำงานกับการประชุมที่อีกฝ่ายเปลี่ยนแปลงอยู่ตลอด</translation>
    </message>
    <message>
        <source>Take &amp;over editing</source>
        <translation>รับช่วงแก้ไขต่อ (&amp;O)</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it, print it and save a copy.</source>
        <translation>เปิดแบบอ่านอย่างเดียวได้ เพื่อดู พิมพ์ และบันทึกสำเนา</translation>
    </message>
    <message>
        <source>PMQA Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว (&amp;R)</translation>
    </message>
    <message>
        <source>The latest automatic backup of this workshop is from {time}. You can restore it as a new file.</source>
        <translation>ไฟล์สำรองอัตโนมัติล่าสุดของการประชุมเชิงปฏิบัติการนี้เมื่อ {time} กู้คืนเป็นไฟล์ใหม่ได้</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Slides</source>
        <translation>สไลด์</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>Show on the projector (F5)</source>
        <translation>แสดงบนจอโปรเจกเตอร์ (F5)</translation>
    </message>
    <message>
        <source>Open the presenter view full screen on the second screen</source>
        <translation>เปิดหน้าจอนำเสนอเต็มจอบนจอที่สอง</translation>
    </message>
    <message>
        <source>Notes for the facilitator</source>
        <translation>บันทึกสำหรับวิทยากร</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>สไลด์ถัดไป</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>สไลด์ก่อนหน้า</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>สไลด์แรก</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>สไลด์สุดท้าย</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>สไลด์ที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>สไลด์นี้ไม่มีบันทึก</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Choose group %1</source>
        <translation>เลือกกลุ่ม %1</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>คำถามถัดไป</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>คำถามก่อนหน้า</translation>
    </message>
    <message>
        <source>Next pillar</source>
        <translation>มิติถัดไป</translation>
    </message>
    <message>
        <source>Previous pillar</source>
        <translation>มิติก่อนหน้า</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>กรองบัตรความคิด</translation>
    </message>
    <message>
        <source>Filter cards (Ctrl+F)</source>
        <translation>กรองบัตรความคิด (Ctrl+F)</translation>
    </message>
    <message>
        <source>Group answering</source>
        <translation>กลุ่มที่ตอบ</translation>
    </message>
    <message>
        <source>Choose the group with Alt+1…9 or Ctrl+1…9 while typing</source>
        <translation>ระหว่างพิมพ์ เลือกกลุ่มได้ด้วย Alt+1…9 หรือ Ctrl+1…9</translation>
    </message>
    <message>
        <source>Alt+1…9 group · Enter add · Alt+←/→ question · Ctrl+PgUp/PgDn pillar · F2 edit · Delete remove · Ctrl+M move · Ctrl+Shift+M merge</source>
        <translation>Alt+1…9 เลือกกลุ่ม · Enter เพิ่ม · Alt+←/→ เปลี่ยนคำถาม · Ctrl+PgUp/PgDn เปลี่ยนมิติ · F2 แก้ไข · Delete ลบ · Ctrl+M ย้าย · Ctrl+Shift+M รวม</translation>
    </message>
    <message>
        <source>No groups yet: add the groups taking part in Setup, then type their answers here.</source>
        <translation>ยังไม่มีกลุ่ม: เพิ่มกลุ่มที่เข้าร่วมในขั้นข้อมูลการประชุม แล้วจึงพิมพ์คำตอบของแต่ละกลุ่มที่นี่</translation>
    </message>
    <message>
        <source>Go to Setup</source>
        <translation>ไปที่ข้อมูลการประชุม</translation>
    </message>
    <message>
        <source>Add a group in Setup first</source>
        <translation>เพิ่มกลุ่มในขั้นข้อมูลการประชุมก่อน</translation>
    </message>
    <message>
        <source>%1: type, Enter adds</source>
        <translation>%1: พิมพ์แล้วกด Enter เพื่อเพิ่ม</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;Edit card</source>
        <translation>แก้ไขบัตรความคิด (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete cards</source>
        <translation>ลบบัตรความคิด (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>ลบบัตรความคิดที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>ย้ายไปที่ (&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected cards to another question or pillar</source>
        <translation>ย้ายบัตรความคิดที่เลือกไปยังคำถามหรือมิติอื่น</translation>
    </message>
    <message>
        <source>Move cards to the next question</source>
        <translation>ย้ายบัตรความคิดไปคำถามถัดไป</translation>
    </message>
    <message>
        <source>Move cards to the previous question</source>
        <translation>ย้ายบัตรความคิดไปคำถามก่อนหน้า</translation>
    </message>
    <message>
        <source>Mer&amp;ge cards</source>
        <translation>รวมบัตรความคิด (&amp;G)</translation>
    </message>
    <message>
        <source>Merge the selected cards into one, keeping who said what</source>
        <translation>รวมบัตรความคิดที่เลือกเป็นใบเดียว โดยยังเก็บไว้ว่ากลุ่มใดเสนออะไร</translation>
    </message>
    <message>
        <source>&amp;Hide or show</source>
        <translation>&amp;ซ่อนหรือแสดง</translation>
    </message>
    <message>
        <source>Hide the selected cards from the room (projector, groups&apos; devices), or show them again</source>
        <translation>ซ่อนบัตรที่เลือกจากห้อง (จอโปรเจกเตอร์และอุปกรณ์ของกลุ่ม) หรือแสดงอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;อนุมัติ</translation>
    </message>
    <message>
        <source>Show the selected cards from groups&apos; devices that wait for approval</source>
        <translation>แสดงบัตรที่เลือกซึ่งส่งจากอุปกรณ์ของกลุ่มและรอการอนุมัติ</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>เพิ่มบัตรความคิด</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>แก้ไขบัตรความคิด</translation>
    </message>
    <message>
        <source>Hide or show cards</source>
        <translation>ซ่อนหรือแสดงบัตรความคิด</translation>
    </message>
    <message>
        <source>Approve cards</source>
        <translation>อนุมัติบัตรความคิด</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>ลบบัตรความคิด %n ใบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>ย้ายบัตรความคิด %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more cards of one question to merge (Shift or Ctrl with the arrow keys or the mouse).</source>
        <translation>เลือกบัตรความคิดของคำถามเดียวกันตั้งแต่สองใบขึ้นไปเพื่อรวมกัน (กด Shift หรือ Ctrl ร่วมกับปุ่มลูกศรหรือเมาส์)</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>รวมบัตรความคิด %n ใบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <source>waiting for approval</source>
        <translation>รออนุมัติ</translation>
    </message>
    <message>
        <source>hidden from the room</source>
        <translation>ซ่อนจากห้อง</translation>
    </message>
    <message>
        <source>from the group&apos;s device</source>
        <translation>ส่งจากอุปกรณ์ของกลุ่ม</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>รวมมาจาก:</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <source>Add checkpoint</source>
        <translation>เพิ่มรอบการติดตาม</translation>
    </message>
    <message>
        <source>Edit checkpoint</source>
        <translation>แก้ไขรอบการติดตาม</translation>
    </message>
    <message>
        <source>e.g. 6-month review</source>
        <translation>เช่น รอบ 6 เดือน</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combined workshops</source>
        <translation>การประชุมเชิงปฏิบัติการที่รวมกันแล้ว</translation>
    </message>
    <message>
        <source>Combine workshops</source>
        <translation>รวมการประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Combine the workshop files of several offices into one consolidated workshop and plan. The files you choose are only read, never changed.</source>
        <translation>รวมไฟล์การประชุมเชิงปฏิบัติการของหลายหน่วยงานเป็นการประชุมเชิงปฏิบัติการและแผนฉบับรวมฉบับเดียว ไฟล์ที่เลือกจะถูกอ่านเท่านั้น ไม่มีการแก้ไข</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>สิ่งที่จะเกิดขึ้น</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>Remove the file marked in red to combine the others.</source>
        <translation>นำไฟล์ที่ทำเครื่องหมายสีแดงออก เพื่อรวมไฟล์อื่น</translation>
    </message>
    <message>
        <source>Choose workshop files</source>
        <translation>เลือกไฟล์การประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Workshop files (*.pmqa)</source>
        <translation>ไฟล์การประชุมเชิงปฏิบัติการ (*.pmqa)</translation>
    </message>
    <message>
        <source>Save the combined workshop as</source>
        <translation>บันทึกการประชุมเชิงปฏิบัติการฉบับรวมเป็น</translation>
    </message>
</context>
<context>
    <name>ConsolidationActions</name>
    <message>
        <source>Sen&amp;d a copy…</source>
        <translation>ส่งสำเนา (&amp;D)…</translation>
    </message>
    <message>
        <source>Save a compact copy to send to the planning unit</source>
        <translation>บันทึกสำเนาขนาดเล็กเพื่อส่งให้หน่วยงานด้านแผน</translation>
    </message>
    <message>
        <source>Com&amp;bine workshops…</source>
        <translation>รวมการประชุมเชิงปฏิบัติการ (&amp;B)…</translation>
    </message>
    <message>
        <source>Review similar &amp;initiatives…</source>
        <translation>ตรวจข้อเสนอที่คล้ายกัน (&amp;I)…</translation>
    </message>
    <message>
        <source>Send a copy</source>
        <translation>ส่งสำเนา</translation>
    </message>
    <message>
        <source>Copy to send saved as %1</source>
        <translation>บันทึกสำเนาสำหรับส่งไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>No similar initiatives left to review</source>
        <translation>ไม่มีข้อเสนอที่คล้ายกันเหลือให้ตรวจแล้ว</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (สำเนา %2)</translation>
    </message>
    <message>
        <source>{file} is the workshop open in this window: a copy written over it would lose every edit made after it. Choose another name or folder for the copy. Nothing was written.</source>
        <translation>{file} คือไฟล์การประชุมเชิงปฏิบัติการที่เปิดอยู่ในหน้าต่างนี้ หากบันทึกสำเนาทับไฟล์นี้ ทุกอย่างที่แก้ไขหลังจากนั้นจะสูญหาย กรุณาเลือกชื่อหรือโฟลเดอร์อื่นสำหรับสำเนา ไม่มีไฟล์ใดถูกเขียน</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the open workshop</source>
        <translation>บันทึกสำเนาทับไฟล์การประชุมเชิงปฏิบัติการที่เปิดอยู่ไม่ได้</translation>
    </message>
    <message>
        <source>Workshop files (*.pmqa)</source>
        <translation>ไฟล์การประชุมเชิงปฏิบัติการ (*.pmqa)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This must not be empty.</source>
        <translation>กรุณากรอกช่องนี้ ห้ามเว้นว่าง</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>ช่องนี้ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>The text contains a broken character; type or paste it again.</source>
        <translation>ข้อความมีอักขระที่เสียหาย กรุณาพิมพ์หรือวางข้อความใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This is too long: at most {limit:,} characters.</source>
        <translation>ข้อความยาวเกินไป พิมพ์ได้ไม่เกิน {limit:,} ตัวอักษร</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>กรุณากรอกจำนวนเต็มตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <source>Enter one line of text for each entry.</source>
        <translation>กรุณากรอกข้อความหนึ่งบรรทัดต่อหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>กรุณาเลือกวันที่</translation>
    </message>
    <message>
        <source>Enter a time such as 08:30.</source>
        <translation>กรุณากรอกเวลา เช่น 08:30</translation>
    </message>
    <message>
        <source>Choose Thai or English.</source>
        <translation>กรุณาเลือกภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Choose a colour from the list or the colour picker.</source>
        <translation>กรุณาเลือกสีจากรายการหรือจากหน้าต่างเลือกสี</translation>
    </message>
    <message>
        <source>Choose one of the values offered ({choices}).</source>
        <translation>กรุณาเลือกค่าใดค่าหนึ่งที่มีให้เลือก ({choices})</translation>
    </message>
    <message>
        <source>Choose one of the text sizes offered ({choices} pt).</source>
        <translation>กรุณาเลือกขนาดตัวอักษรที่มีให้เลือก ({choices} pt)</translation>
    </message>
    <message>
        <source>This pillar is not part of this workshop.</source>
        <translation>มิตินี้ไม่อยู่ในการประชุมเชิงปฏิบัติการนี้</translation>
    </message>
    <message>
        <source>The time recorded is not valid.</source>
        <translation>เวลาที่บันทึกไว้ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The item chosen is not valid; choose it again.</source>
        <translation>รายการที่เลือกไม่ถูกต้อง กรุณาเลือกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This part of an agenda item cannot be changed.</source>
        <translation>ส่วนนี้ของรายการในกำหนดการแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>This part of a plan item cannot be changed.</source>
        <translation>ส่วนนี้ของรายการในแผนพัฒนาแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>This workshop detail cannot be changed.</source>
        <translation>ข้อมูลการประชุมส่วนนี้แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>The card&apos;s origin is not valid.</source>
        <translation>แหล่งที่มาของบัตรความคิดไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The card&apos;s review state is not valid.</source>
        <translation>สถานะการตรวจทานบัตรความคิดไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Only a category or a pillar can be assessed.</source>
        <translation>ประเมินได้เฉพาะหมวดหรือมิติเท่านั้น</translation>
    </message>
    <message>
        <source>Choose a level from this workshop&apos;s maturity scale.</source>
        <translation>กรุณาเลือกระดับจากเกณฑ์ระดับการพัฒนาของการประชุมนี้</translation>
    </message>
    <message>
        <source>Choose two or more different cards to merge.</source>
        <translation>กรุณาเลือกบัตรความคิดที่ต่างกันตั้งแต่สองใบขึ้นไปเพื่อรวมกัน</translation>
    </message>
    <message>
        <source>Choose two different initiatives to merge.</source>
        <translation>กรุณาเลือกข้อเสนอที่ต่างกันสองรายการเพื่อรวมกัน</translation>
    </message>
    <message>
        <source>The report has room for at most {limit} signature blocks.</source>
        <translation>รายงานมีที่สำหรับลงนามได้ไม่เกิน {limit} ช่อง</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx, .csv or .docx, not {suffix}.</source>
        <translation>กรุณาตั้งชื่อไฟล์ให้ลงท้ายด้วย .xlsx, .csv หรือ .docx (ไม่ใช่ {suffix})</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx, .csv or .docx.</source>
        <translation>กรุณาตั้งชื่อไฟล์ให้ลงท้ายด้วย .xlsx, .csv หรือ .docx</translation>
    </message>
    <message>
        <source>This group has {left} of {allowance} dots left.</source>
        <translation>กลุ่มนี้เหลือจุดลงคะแนน {left} จุด จากทั้งหมด {allowance} จุด</translation>
    </message>
    <message>
        <source>Add an agenda item before starting the day.</source>
        <translation>กรุณาเพิ่มรายการในกำหนดการก่อนเริ่มการประชุม</translation>
    </message>
    <message>
        <source>This suggestion has already been decided.</source>
        <translation>ข้อเสนอแนะนี้ได้ตัดสินใจไปแล้ว</translation>
    </message>
    <message>
        <source>This part of a progress report cannot be changed.</source>
        <translation>ส่วนนี้ของรายงานความก้าวหน้าแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Give the file a name, without folders.</source>
        <translation>กรุณาตั้งชื่อไฟล์ โดยไม่ระบุโฟลเดอร์</translation>
    </message>
    <message>
        <source>The file&apos;s type is not valid.</source>
        <translation>ชนิดของไฟล์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>This file is {value} MB; a file of evidence may be at most {limit} MB.</source>
        <translation>ไฟล์นี้มีขนาด {value} MB แต่ไฟล์หลักฐานแต่ละไฟล์มีขนาดได้ไม่เกิน {limit} MB</translation>
    </message>
    <message>
        <source>With this file ({value} MB) the workshop&apos;s evidence would pass its limit of {limit} MB. Remove evidence no longer needed, or attach a smaller file.</source>
        <translation>หากเพิ่มไฟล์นี้ ({value} MB) หลักฐานทั้งหมดของการประชุมเชิงปฏิบัติการจะเกินขีดจำกัด {limit} MB กรุณาลบหลักฐานที่ไม่ใช้แล้ว หรือแนบไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in baht. Type digits such as 150000 or 150,000.50.</source>
        <translation>“{value}” ไม่ใช่จำนวนเงินบาท กรุณาพิมพ์ตัวเลข เช่น 150000 หรือ 150,000.50</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>the file does not exist (a part of its folder path is a file)</source>
        <translation>ไม่มีไฟล์นี้ (ส่วนหนึ่งของเส้นทางโฟลเดอร์เป็นไฟล์)</translation>
    </message>
    <message>
        <source>does not exist ({system})</source>
        <translation>ไม่มีอยู่ ({system})</translation>
    </message>
    <message>
        <source>the folder does not exist (nothing was written)</source>
        <translation>ไม่มีโฟลเดอร์นี้ (ยังไม่ได้เขียนไฟล์ใด)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>ไม่มีสิทธิ์อ่านไฟล์</translation>
    </message>
    <message>
        <source>cannot read the file ({system})</source>
        <translation>อ่านไฟล์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the file cannot be read ({system})</source>
        <translation>อ่านไฟล์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the file is damaged or of another kind</source>
        <translation>ไฟล์เสียหายหรือเป็นไฟล์ชนิดอื่น</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>เป็นฐานข้อมูลของโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>the file is damaged ({system})</source>
        <translation>ไฟล์เสียหาย ({system})</translation>
    </message>
    <message>
        <source>the file is damaged (its copy of the template is unreadable)</source>
        <translation>ไฟล์เสียหาย (อ่านสำเนาแม่แบบในไฟล์ไม่ได้)</translation>
    </message>
    <message>
        <source>the workshop record is missing</source>
        <translation>ไม่พบข้อมูลหลักของการประชุมเชิงปฏิบัติการในไฟล์</translation>
    </message>
    <message>
        <source>the file was never finished being created</source>
        <translation>การสร้างไฟล์นี้ไม่เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>made by an older version; open it to upgrade it</source>
        <translation>สร้างด้วยโปรแกรมรุ่นเก่า กรุณาเปิดไฟล์เพื่อปรับรุ่น</translation>
    </message>
    <message>
        <source>the file needs upgrading and cannot be opened read-only</source>
        <translation>ไฟล์ต้องปรับรุ่นก่อน จึงเปิดแบบอ่านอย่างเดียวไม่ได้</translation>
    </message>
    <message>
        <source>the disk is full; your earlier edits are safe in the file</source>
        <translation>ดิสก์เต็ม ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังปลอดภัยในไฟล์</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>ดิสก์เต็ม ยังไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>the disk reported an error ({system})</source>
        <translation>ดิสก์แจ้งข้อผิดพลาด ({system})</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written (read-only or no permission)</source>
        <translation>เขียนไฟล์หรือโฟลเดอร์ของไฟล์ไม่ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <source>the folder cannot be written (read-only or no permission)</source>
        <translation>เขียนลงโฟลเดอร์ไม่ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <source>the folder cannot be written ({system})</source>
        <translation>เขียนลงโฟลเดอร์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the file is in use by another program or window</source>
        <translation>ไฟล์กำลังถูกใช้งานโดยโปรแกรมหรือหน้าต่างอื่น</translation>
    </message>
    <message>
        <source>the file is being opened by another program at the same moment; try again</source>
        <translation>โปรแกรมอื่นกำลังเปิดไฟล์นี้ในขณะเดียวกัน กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>cannot mark the file as open ({system})</source>
        <translation>บันทึกสถานะว่าไฟล์เปิดอยู่ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>already exists; choose another name (nothing was overwritten)</source>
        <translation>มีอยู่แล้ว กรุณาเลือกชื่ออื่น (ไม่มีไฟล์ใดถูกเขียนทับ)</translation>
    </message>
    <message>
        <source>cannot create the file ({system})</source>
        <translation>สร้างไฟล์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>cannot write the file ({system})</source>
        <translation>เขียนไฟล์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>cannot write the PDF ({system})</source>
        <translation>เขียนไฟล์ PDF ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>cannot write the copy ({system})</source>
        <translation>เขียนสำเนาไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the compact copy did not verify ({system}); nothing was written</source>
        <translation>ตรวจสอบสำเนาแบบย่อขนาดไม่ผ่าน ({system}) ยังไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>is the open workshop itself; choose another name for the copy (nothing was written)</source>
        <translation>คือไฟล์การประชุมที่เปิดอยู่ กรุณาตั้งชื่ออื่นสำหรับสำเนา (ยังไม่ได้เขียนไฟล์ใด)</translation>
    </message>
    <message>
        <source>cannot write the restored copy ({system})</source>
        <translation>เขียนไฟล์ที่กู้คืนไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>cannot write to the backup folder ({system}); the workshop itself is safe</source>
        <translation>เขียนลงโฟลเดอร์ไฟล์สำรองไม่ได้ ({system}) ข้อมูลการประชุมเชิงปฏิบัติการยังปลอดภัย</translation>
    </message>
    <message>
        <source>cannot make a backup copy before upgrading ({system}); the file was not changed</source>
        <translation>สำรองไฟล์ก่อนปรับรุ่นไม่ได้ ({system}) ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>cannot create the application&apos;s folder ({system})</source>
        <translation>สร้างโฟลเดอร์ของโปรแกรมไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the workshop is open read-only</source>
        <translation>การประชุมเชิงปฏิบัติการนี้เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the workshop has changed since this step; it cannot be undone</source>
        <translation>การประชุมเชิงปฏิบัติการเปลี่ยนไปหลังจากขั้นตอนนี้แล้ว จึงเลิกทำไม่ได้</translation>
    </message>
    <message>
        <source>the evidence file {file} is damaged (its content does not match the checksum recorded when it was attached)</source>
        <translation>ไฟล์หลักฐาน {file} เสียหาย (เนื้อหาไม่ตรงกับค่าตรวจสอบที่บันทึกไว้เมื่อแนบไฟล์)</translation>
    </message>
    <message>
        <source>made by a newer version of PMQA Workshop (file format {found}; this version reads up to {supported}). Install the newer version to open it; the file was not changed.</source>
        <translation>สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า (รูปแบบไฟล์รุ่น {found} แต่โปรแกรมรุ่นนี้อ่านได้ถึงรุ่น {supported}) กรุณาติดตั้งโปรแกรมรุ่นใหม่เพื่อเปิดไฟล์นี้ ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>the data is inconsistent ({system})</source>
        <translation>ข้อมูลไม่สอดคล้องกัน ({system})</translation>
    </message>
    <message>
        <source>This item is no longer there: it was removed or changed meanwhile.</source>
        <translation>ไม่พบรายการนี้แล้ว อาจถูกลบหรือเปลี่ยนแปลงไปในระหว่างนี้</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB; it is not a workshop export</source>
        <translation>ไฟล์มีขนาดเกิน 200 MB จึงไม่ใช่ไฟล์ส่งออกของการประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>ไฟล์ไม่ใช่ข้อความแบบ UTF-8 (ไบต์ที่ {byte})</translation>
    </message>
    <message>
        <source>this is not valid JSON ({system})</source>
        <translation>รูปแบบ JSON ไม่ถูกต้อง ({system})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>โครงสร้าง JSON ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>this is not a PMQA workshop export</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของการประชุมเชิงปฏิบัติการ PMQA</translation>
    </message>
    <message>
        <source>made by a newer version of the application (format {found}); this version reads format {supported}</source>
        <translation>สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า (รูปแบบรุ่น {found}) โปรแกรมรุ่นนี้อ่านได้ถึงรูปแบบรุ่น {supported}</translation>
    </message>
    <message>
        <source>the value here does not fit the workshop export format ({system})</source>
        <translation>ค่าในตำแหน่งนี้ไม่ตรงตามรูปแบบไฟล์ส่งออก ({system})</translation>
    </message>
    <message>
        <source>refers to a row that is not in the file ({table} {id})</source>
        <translation>อ้างถึงรายการที่ไม่มีในไฟล์ ({table} {id})</translation>
    </message>
    <message>
        <source>level {level} is not on the maturity scale</source>
        <translation>ระดับ {level} ไม่อยู่ในเกณฑ์ระดับการพัฒนา</translation>
    </message>
    <message>
        <source>the group voted for this initiative twice</source>
        <translation>กลุ่มลงคะแนนให้ข้อเสนอนี้ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the group scored this item twice</source>
        <translation>กลุ่มประเมินรายการนี้ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>{value!r} appears twice in its pillar</source>
        <translation>{value!r} ปรากฏซ้ำสองครั้งในมิติเดียวกัน</translation>
    </message>
    <message>
        <source>{value!r} is used twice</source>
        <translation>{value!r} ถูกใช้ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the evidence&apos;s content is not encoded correctly</source>
        <translation>เนื้อหาของไฟล์หลักฐานเข้ารหัสไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the evidence&apos;s content is not the size its row states</source>
        <translation>ขนาดของเนื้อหาไฟล์หลักฐานไม่ตรงกับขนาดที่ระบุไว้</translation>
    </message>
    <message>
        <source>the evidence&apos;s content does not match its checksum</source>
        <translation>เนื้อหาของไฟล์หลักฐานไม่ตรงกับค่าตรวจสอบที่ระบุไว้</translation>
    </message>
    <message>
        <source>the file is too large for a template ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>ไฟล์มีขนาดใหญ่เกินกว่าจะเป็นแม่แบบ ({size:.1f} MB ขนาดสูงสุดที่รับได้คือ {limit} MB)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (invalid byte at position {byte})</source>
        <translation>ไฟล์ไม่ใช่ข้อความแบบ UTF-8 (พบไบต์ที่ไม่ถูกต้องที่ตำแหน่ง {byte})</translation>
    </message>
    <message>
        <source>the field “{field}” appears twice in the same group of fields</source>
        <translation>ช่อง “{field}” ปรากฏซ้ำสองครั้งในกลุ่มข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <source>this is not valid JSON (line {line}, column {column}: {system})</source>
        <translation>รูปแบบ JSON ไม่ถูกต้อง (บรรทัดที่ {line} คอลัมน์ที่ {column}: {system})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a template</source>
        <translation>โครงสร้าง JSON ซ้อนกันลึกเกินกว่าจะเป็นแม่แบบได้</translation>
    </message>
    <message>
        <source>a template is a JSON object ({{...}}), but this file holds another kind of data</source>
        <translation>แม่แบบต้องเป็นกลุ่มข้อมูล JSON ({{...}}) แต่ไฟล์นี้เก็บข้อมูลชนิดอื่น</translation>
    </message>
    <message>
        <source>this is not a workshop template: the “{field}” field is missing</source>
        <translation>ไฟล์นี้ไม่ใช่แม่แบบการประชุมเชิงปฏิบัติการ เนื่องจากไม่มีช่อง “{field}”</translation>
    </message>
    <message>
        <source>this is not a workshop template: “{field}” should be “{expected}”</source>
        <translation>ไฟล์นี้ไม่ใช่แม่แบบการประชุมเชิงปฏิบัติการ เนื่องจากช่อง “{field}” ควรเป็น “{expected}”</translation>
    </message>
    <message>
        <source>made for a newer version of the application (format {found}); this version reads template format {supported}</source>
        <translation>แม่แบบนี้จัดทำสำหรับโปรแกรมรุ่นที่ใหม่กว่า (รูปแบบรุ่น {found}) โปรแกรมรุ่นนี้อ่านแม่แบบได้ถึงรูปแบบรุ่น {supported}</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>ไม่มีช่องข้อมูลนี้ ซึ่งแม่แบบต้องมี</translation>
    </message>
    <message>
        <source>this field is not part of the template format (check its spelling)</source>
        <translation>ช่องข้อมูลนี้ไม่อยู่ในรูปแบบของแม่แบบ (กรุณาตรวจสอบการสะกด)</translation>
    </message>
    <message>
        <source>should be a group of fields ({{...}})</source>
        <translation>ควรเป็นกลุ่มข้อมูล ({{...}})</translation>
    </message>
    <message>
        <source>should be a list ([...])</source>
        <translation>ควรเป็นรายการ ([...])</translation>
    </message>
    <message>
        <source>should be a text in quotes</source>
        <translation>ควรเป็นข้อความในเครื่องหมายคำพูด</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>ควรเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>ควรเป็นตัวเลข</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>ควรเป็น true หรือ false</translation>
    </message>
    <message>
        <source>should be a pair of texts, Thai and English, both filled in</source>
        <translation>ควรเป็นข้อความภาษาไทยและภาษาอังกฤษ โดยกรอกให้ครบทั้งสองภาษา</translation>
    </message>
    <message>
        <source>should be {rule}</source>
        <translation>ควรเป็น {rule}</translation>
    </message>
    <message>
        <source>{value} is not a time: write hours and minutes on the 24-hour clock, such as 08:30</source>
        <translation>{value} ไม่ใช่เวลาที่ถูกต้อง กรุณาระบุชั่วโมงและนาทีแบบ 24 ชั่วโมง เช่น 08:30</translation>
    </message>
    <message>
        <source>{value} cannot be an id: use lowercase English letters, digits and hyphens (-), starting with a letter or digit, at most 64 characters</source>
        <translation>{value} ใช้เป็นรหัสไม่ได้ กรุณาใช้อักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีดกลาง (-) โดยขึ้นต้นด้วยตัวอักษรหรือตัวเลข และยาวไม่เกิน 64 ตัวอักษร</translation>
    </message>
    <message>
        <source>{value} cannot be a key: use lowercase English letters, digits, hyphens (-) and underscores (_), starting with a letter or digit</source>
        <translation>{value} ใช้เป็นรหัสอ้างอิงไม่ได้ กรุณาใช้อักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข ขีดกลาง (-) และขีดล่าง (_) โดยขึ้นต้นด้วยตัวอักษรหรือตัวเลข</translation>
    </message>
    <message>
        <source>{value} is not valid here ({rule})</source>
        <translation>ใช้ค่า {value} ที่ตำแหน่งนี้ไม่ได้ ({rule})</translation>
    </message>
    <message>
        <source>is too long (at most {limit:,} characters)</source>
        <translation>ข้อความยาวเกินไป (ไม่เกิน {limit:,} ตัวอักษร)</translation>
    </message>
    <message>
        <source>{value} is not allowed here; use one of: {choices}</source>
        <translation>ใช้ค่า {value} ที่ตำแหน่งนี้ไม่ได้ กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>should be {value}</source>
        <translation>ควรเป็น {value}</translation>
    </message>
    <message>
        <source>needs at least 1 item, found {count}</source>
        <translation>ต้องมีอย่างน้อย 1 รายการ แต่พบ {count} รายการ</translation>
    </message>
    <message>
        <source>needs at least {limit} items, found {count}</source>
        <translation>ต้องมีอย่างน้อย {limit} รายการ แต่พบ {count} รายการ</translation>
    </message>
    <message>
        <source>may have at most {limit} items, found {count}</source>
        <translation>มีได้ไม่เกิน {limit} รายการ แต่พบ {count} รายการ</translation>
    </message>
    <message>
        <source>should be at least {limit}, not {value}</source>
        <translation>ควรมีค่าอย่างน้อย {limit} แต่พบ {value}</translation>
    </message>
    <message>
        <source>should be at most {limit}, not {value}</source>
        <translation>ควรมีค่าไม่เกิน {limit} แต่พบ {value}</translation>
    </message>
    <message>
        <source>the value here does not fit the template format ({system})</source>
        <translation>ค่าที่ตำแหน่งนี้ไม่ตรงตามรูปแบบของแม่แบบ ({system})</translation>
    </message>
    <message>
        <source>the text contains a broken character; type it again</source>
        <translation>ข้อความมีอักขระที่เสียหาย กรุณาพิมพ์ข้อความนี้ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>{value} is used twice: each must have its own {field} (the first is {first})</source>
        <translation>{value} ถูกใช้ซ้ำ แต่ละรายการต้องมี {field} ของตนเอง (รายการแรกที่ใช้คือ {first})</translation>
    </message>
    <message>
        <source>{value} is missing; each of these must appear once: {choices}</source>
        <translation>ไม่มี {value} ค่าต่อไปนี้ต้องมีค่าละหนึ่งครั้ง: {choices}</translation>
    </message>
    <message>
        <source>must be greater than the value of the level before it ({previous}): levels go from lowest to highest</source>
        <translation>ต้องมีค่ามากกว่าระดับก่อนหน้า ({previous}) เนื่องจากระดับต้องเรียงจากต่ำไปสูง</translation>
    </message>
    <message>
        <source>only group work and report-back items can be tied to a pillar</source>
        <translation>ผูกกับมิติได้เฉพาะรายการระดมความคิดกลุ่มและรายการนำเสนอผลงานกลุ่มเท่านั้น</translation>
    </message>
    <message>
        <source>there is no pillar {value}; the pillars are: {choices}</source>
        <translation>ไม่มีมิติ {value} มิติที่มีอยู่คือ {choices}</translation>
    </message>
    <message>
        <source>an id uses lowercase English letters, digits and hyphens (-) only, at most 64, starting with a letter or digit</source>
        <translation>รหัสใช้ได้เฉพาะอักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีดกลาง (-) ยาวไม่เกิน 64 ตัวอักษร และขึ้นต้นด้วยตัวอักษรหรือตัวเลข</translation>
    </message>
    <message>
        <source>the file cannot be written ({system})</source>
        <translation>บันทึกไฟล์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>the built-in template cannot be changed; duplicate it and edit the copy</source>
        <translation>แม่แบบที่ติดตั้งมากับโปรแกรมแก้ไขไม่ได้ กรุณาทำสำเนาแล้วแก้ไขที่สำเนา</translation>
    </message>
    <message>
        <source>the folder cannot be read ({system})</source>
        <translation>อ่านโฟลเดอร์ไม่ได้ ({system})</translation>
    </message>
    <message>
        <source>only the template shipped with the application may be marked as built-in</source>
        <translation>ระบุว่าเป็นแม่แบบที่ติดตั้งมากับโปรแกรมได้เฉพาะแม่แบบที่มากับโปรแกรมเท่านั้น</translation>
    </message>
    <message>
        <source>the id {value} is already used by the built-in template</source>
        <translation>รหัส {value} ถูกใช้แล้วโดยแม่แบบที่ติดตั้งมากับโปรแกรม</translation>
    </message>
    <message>
        <source>the id {value} is already used by {file}</source>
        <translation>รหัส {value} ถูกใช้แล้วในไฟล์ {file}</translation>
    </message>
    <message>
        <source>Choose at least one workshop file to combine.</source>
        <translation>กรุณาเลือกไฟล์การประชุมเชิงปฏิบัติการอย่างน้อยหนึ่งไฟล์เพื่อรวม</translation>
    </message>
    <message>
        <source>{file} is also one of the files to combine; choose another name for the combined file.</source>
        <translation>{file} เป็นหนึ่งในไฟล์ที่จะนำมารวม กรุณาตั้งชื่ออื่นให้ไฟล์ที่รวมแล้ว</translation>
    </message>
    <message>
        <source>{file}: its record of combined offices is unreadable ({system}); nothing was written.</source>
        <translation>{file}: อ่านบันทึกหน่วยงานที่รวมไว้ไม่ได้ ({system}) ยังไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>The files could not be combined: their data is inconsistent ({system}); nothing was written.</source>
        <translation>รวมไฟล์ไม่ได้ เนื่องจากข้อมูลไม่สอดคล้องกัน ({system}) ยังไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>{host} is not an IP address: choose one of this computer&apos;s addresses.</source>
        <translation>{host} ไม่ใช่ที่อยู่ IP กรุณาเลือกที่อยู่หนึ่งของเครื่องนี้</translation>
    </message>
    <message>
        <source>Choose one of this computer&apos;s addresses, not every address ({host}).</source>
        <translation>กรุณาเลือกที่อยู่หนึ่งของเครื่องนี้ ไม่ใช่ทุกที่อยู่ ({host})</translation>
    </message>
    <message>
        <source>Room input cannot listen at {host}, port {port} ({system}): choose another address or port (another program may be using it).</source>
        <translation>เปิดรับความเห็นที่ {host} พอร์ต {port} ไม่ได้ ({system}) กรุณาเลือกที่อยู่หรือพอร์ตอื่น (อาจมีโปรแกรมอื่นใช้อยู่)</translation>
    </message>
    <message>
        <source>Room input did not start in time; try again.</source>
        <translation>การรับความเห็นจากห้องเริ่มทำงานไม่ทันเวลา กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Room input stopped as it started; try again.</source>
        <translation>การรับความเห็นจากห้องหยุดทำงานขณะเริ่มต้น กรุณาลองใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>Start follow-up</source>
        <translation>เริ่มการติดตามผล</translation>
    </message>
    <message>
        <source>Add checkpoint</source>
        <translation>เพิ่มรอบการติดตาม</translation>
    </message>
    <message>
        <source>Edit checkpoint</source>
        <translation>แก้ไขรอบการติดตาม</translation>
    </message>
    <message>
        <source>Remove checkpoint</source>
        <translation>ลบรอบการติดตาม</translation>
    </message>
    <message>
        <source>Edit progress</source>
        <translation>แก้ไขความก้าวหน้า</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <source>Rename evidence</source>
        <translation>เปลี่ยนชื่อหลักฐาน</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>นำหลักฐานออก</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่มดำเนินการ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <source>No update</source>
        <translation>ยังไม่รายงาน</translation>
    </message>
</context>
<context>
    <name>FollowupExports</name>
    <message>
        <source>Follow-up &amp;report (PDF)…</source>
        <translation>รายงานผลการติดตาม (PDF) (&amp;R)…</translation>
    </message>
    <message>
        <source>Save the follow-up report of the chosen checkpoint as a PDF</source>
        <translation>บันทึกรายงานผลการติดตามของรอบที่เลือกเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation>ตารางคำนวณ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the progress at the chosen checkpoint as a spreadsheet (.xlsx or .csv) or as a Word table (.docx)</source>
        <translation>บันทึกผลการดำเนินงาน ณ รอบการติดตามที่เลือกเป็นตารางคำนวณ (.xlsx หรือ .csv) หรือเป็นตารางในเอกสาร Word (.docx)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the follow-up as a spreadsheet or Word</source>
        <translation>บันทึกผลการติดตามเป็นตารางคำนวณหรือเอกสาร Word</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>Save the follow-up report</source>
        <translation>บันทึกรายงานผลการติดตาม</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>รอบการติดตาม (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Add checkpoint…</source>
        <translation>เพิ่มรอบ (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a checkpoint with its date</source>
        <translation>เพิ่มรอบการติดตามพร้อมวันที่</translation>
    </message>
    <message>
        <source>&amp;Edit checkpoint…</source>
        <translation>แก้ไขรอบ (&amp;E)…</translation>
    </message>
    <message>
        <source>Rename the chosen checkpoint or change its date</source>
        <translation>เปลี่ยนชื่อหรือวันที่ของรอบการติดตามที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Remove checkpoint</source>
        <translation>ลบรอบ (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen checkpoint with the progress reported at it</source>
        <translation>ลบรอบการติดตามที่เลือก พร้อมความก้าวหน้าที่รายงานไว้ในรอบนั้น</translation>
    </message>
    <message>
        <source>Previous checkpoint</source>
        <translation>รอบการติดตามก่อนหน้า</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>รอบการติดตามถัดไป</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>แนบหลักฐาน…</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>นำหลักฐานออก</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>ความก้าวหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>At a &amp;glance</source>
        <translation>สรุปภาพรวม (&amp;G)</translation>
    </message>
    <message>
        <source>Follow-up reports the development plan&apos;s progress: build the plan first.</source>
        <translation>การติดตามผลรายงานความก้าวหน้าของแผนพัฒนา จึงต้องจัดทำแผนพัฒนาก่อน</translation>
    </message>
    <message>
        <source>Go to Plan</source>
        <translation>ไปที่แผนพัฒนา</translation>
    </message>
    <message>
        <source>Start follow-up: the plan&apos;s progress is reported at checkpoints, by default the four quarters of fiscal year %1 (the 6- and 12-month reviews among them). You can add, rename and redate them afterwards.</source>
        <translation>เริ่มการติดตามผล: รายงานความก้าวหน้าของแผนตามรอบการติดตาม ซึ่งตั้งต้นเป็นสี่ไตรมาสของปีงบประมาณ %1 (รวมรอบ 6 เดือนและรอบ 12 เดือน) เพิ่ม เปลี่ยนชื่อ หรือเปลี่ยนวันที่ได้ภายหลัง</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>เริ่มการติดตามผล</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Rename evidence</source>
        <translation>เปลี่ยนชื่อหลักฐาน</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <source>Items at each checkpoint</source>
        <translation>รายการในแต่ละรอบการติดตาม</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ส่วนของแผน</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>short header</comment>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>short header</comment>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <source>Delayed</source>
        <comment>short header</comment>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>short header</comment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No update</source>
        <comment>short header</comment>
        <translation>ไม่รายงาน</translation>
    </message>
    <message>
        <source>Spent / planned (baht)</source>
        <translation>ใช้จ่าย / งบ (บาท)</translation>
    </message>
    <message>
        <source>Items of %1 at each checkpoint</source>
        <translation>รายการของ %1 ในแต่ละรอบการติดตาม</translation>
    </message>
    <message>
        <source>No checkpoint yet.</source>
        <translation>ยังไม่มีรอบการติดตาม</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>ทุกรายการ</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>มิติ: %1</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>ไม่ระบุมิติ</translation>
    </message>
    <message>
        <source>No PMQA category</source>
        <translation>ไม่ระบุหมวด PMQA</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): </source>
        <translation>
            <numerusform>%n รายการ: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 on track, %3 delayed, %4 cancelled, %5 without an update. Budget spent %6 of %7 baht planned.</source>
        <translation>แล้วเสร็จ %1 เป็นไปตามแผน %2 ล่าช้า %3 ยกเลิก %4 ยังไม่รายงาน %5 ใช้งบประมาณไป %6 บาท จากที่วางแผนไว้ %7 บาท</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Alt+%1 or Ctrl+%1</source>
        <translation>Alt+%1 หรือ Ctrl+%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · สมาชิก %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>สี %1</translation>
    </message>
</context>
<context>
    <name>GroupsEditorWidget</name>
    <message>
        <source>Groups</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>ชื่อกลุ่มใหม่</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>เพิ่มกลุ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>เปลี่ยนชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>สี (&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move the group up (Ctrl+Up)</source>
        <translation>เลื่อนกลุ่มขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <source>Move the group down (Ctrl+Down)</source>
        <translation>เลื่อนกลุ่มลง (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>ลบกลุ่ม (&amp;R)</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>ชื่อสมาชิกใหม่</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>เพิ่มสมาชิก (&amp;M)</translation>
    </message>
    <message>
        <source>Remove m&amp;ember</source>
        <translation>ลบสมาชิก (&amp;E)</translation>
    </message>
    <message>
        <source>Move the group up</source>
        <translation>เลื่อนกลุ่มขึ้น</translation>
    </message>
    <message>
        <source>Move the group down</source>
        <translation>เลื่อนกลุ่มลง</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>ลบกลุ่ม</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>สมาชิกของ %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่ม %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>เพิ่มกลุ่ม %1</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>เปลี่ยนชื่อกลุ่ม %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>สีของ %1</translation>
    </message>
    <message>
        <source>Change group colour</source>
        <translation>เปลี่ยนสีกลุ่ม</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>ย้ายลำดับกลุ่ม</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>ลบกลุ่ม %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>เพิ่มสมาชิก %1</translation>
    </message>
    <message>
        <source>Rename member %1</source>
        <translation>เปลี่ยนชื่อสมาชิก %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>ลบสมาชิก %1</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>PMQA 4.0 Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA 4.0</translation>
    </message>
    <message>
        <source>Run an organization development workshop towards Government 4.0 and the PMQA 4.0 criteria, and print the development plan.</source>
        <translation>จัดการประชุมเชิงปฏิบัติการเพื่อพัฒนาองค์การสู่ระบบราชการ ๔.๐ ตามเกณฑ์ PMQA 4.0 และพิมพ์แผนพัฒนาองค์การ</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>สร้างการประชุมเชิงปฏิบัติการใหม่…</translation>
    </message>
    <message>
        <source>Create a workshop from a template (Ctrl+N)</source>
        <translation>สร้างการประชุมเชิงปฏิบัติการจากแม่แบบ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Open a workshop file (Ctrl+O)</source>
        <translation>เปิดไฟล์การประชุมเชิงปฏิบัติการ (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation>เปิดการประชุมเชิงปฏิบัติการตัวอย่าง</translation>
    </message>
    <message>
        <source>The Land Development Department workshop of 17 December 2561, filled in</source>
        <translation>การประชุมเชิงปฏิบัติการของกรมพัฒนาที่ดิน เมื่อวันที่ 17 ธันวาคม 2561 พร้อมข้อมูลครบถ้วน</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>แม่แบบ…</translation>
    </message>
    <message>
        <source>Duplicate, edit, import and export workshop templates</source>
        <translation>ทำสำเนา แก้ไข นำเข้า และส่งออกแม่แบบการประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Combine workshops…</source>
        <translation>รวมการประชุมเชิงปฏิบัติการ…</translation>
    </message>
    <message>
        <source>Combine the workshop files of several offices into one plan</source>
        <translation>รวมไฟล์การประชุมเชิงปฏิบัติการของหลายหน่วยงานเป็นแผนฉบับเดียว</translation>
    </message>
    <message>
        <source>Workshops in your library</source>
        <translation>การประชุมเชิงปฏิบัติการในคลังของคุณ</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>เปิดล่าสุด</translation>
    </message>
    <message>
        <source>No workshops yet. Start with “New workshop…” or open the demo.</source>
        <translation>ยังไม่มีการประชุมเชิงปฏิบัติการ เริ่มได้จาก “สร้างการประชุมเชิงปฏิบัติการใหม่…” หรือเปิดตัวอย่าง</translation>
    </message>
    <message>
        <source>The workshop library cannot be used: %1</source>
        <translation>ใช้คลังการประชุมเชิงปฏิบัติการไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ImpactEffortChart</name>
    <message numerus="yes">
        <source>%n initiative(s) scored for impact and effort</source>
        <translation>
            <numerusform>ให้คะแนนผลกระทบและความยากง่ายแล้ว %n ข้อเสนอ</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>ทำได้เร็ว ได้ผลมาก</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>โครงการใหญ่</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>งานเสริม</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>ลงแรงมาก ได้ผลน้อย</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>ความยาก →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>ผลกระทบ →</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>Initiative</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>%1
%2 left</source>
        <translation>%1
เหลือ %2</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>คะแนนโหวต</translation>
    </message>
    <message>
        <source>Impact
1–5</source>
        <translation>ผลกระทบ
1–5</translation>
    </message>
    <message>
        <source>Effort
1–5</source>
        <translation>ความยาก
1–5</translation>
    </message>
    <message>
        <source>Dots this group puts on each initiative; it has %1 in all.</source>
        <translation>คะแนนโหวตที่กลุ่มนี้ให้แต่ละข้อเสนอ (มีทั้งหมด %1 คะแนน)</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Will be combined</source>
        <translation>จะรวมหรือไม่</translation>
    </message>
    <message>
        <source>Cannot be combined: remove it</source>
        <translation>รวมไม่ได้: นำไฟล์นี้ออก</translation>
    </message>
    <message>
        <source>No: already included</source>
        <translation>ไม่รวม: มีอยู่แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Yes, except %n already included</source>
        <translation>
            <numerusform>รวม ยกเว้น %n รายการที่มีอยู่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>ItRequestDialog</name>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Request for the IT office</source>
        <translation>หนังสือขออนุญาตถึงฝ่ายเทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>บันทึกหนังสือขออนุญาต</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ItemProgressModel</name>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Project / activity</source>
        <translation>โครงการ / กิจกรรม</translation>
    </message>
    <message>
        <source>At this checkpoint</source>
        <translation>ในรอบนี้</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>ไม่ระบุหน่วยงาน</translation>
    </message>
    <message>
        <source>No update</source>
        <translation>ยังไม่รายงาน</translation>
    </message>
    <message>
        <source>Nothing reported at this checkpoint yet; as reported at %1</source>
        <translation>ยังไม่รายงานในรอบนี้ แสดงตามที่รายงานไว้ใน %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>สร้างการประชุมเชิงปฏิบัติการใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>เปิดการประชุมเชิงปฏิบัติการตัวอย่าง (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>แม่แบบ (&amp;T)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>บันทึกสำเนา (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ไฟล์สำรอง (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>ปิดการประชุมเชิงปฏิบัติการ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About PMQA Workshop</source>
        <translation>เกี่ยวกับโปรแกรม (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter view (projector)</source>
        <translation>หน้าจอนำเสนอบนโปรเจกเตอร์ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Room input (phones and laptops)…</source>
        <translation>&amp;รับความเห็นจากห้อง (โทรศัพท์และโน้ตบุ๊ก)…</translation>
    </message>
    <message>
        <source>&amp;High-contrast projector (white on black)</source>
        <translation>หน้าจอนำเสนอแบบความคมชัดสูง (อักษรขาวบนพื้นดำ) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1 (&amp;R)</translation>
    </message>
    <message>
        <source>PMQA 4.0 Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA 4.0</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Backup restored as %1</source>
        <translation>กู้คืนไฟล์สำรองเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>เปิดการประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Workshop files (*.pmqa)</source>
        <translation>ไฟล์การประชุมเชิงปฏิบัติการ (*.pmqa)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>บันทึกสำเนาไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>About PMQA Workshop</source>
        <translation>เกี่ยวกับโปรแกรมการประชุมเชิงปฏิบัติการ PMQA 4.0</translation>
    </message>
    <message>
        <source>PMQA 4.0 Workshop {version}
Facilitates organization development workshops towards Government 4.0 and the PMQA 4.0 criteria, entirely offline.</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA 4.0 รุ่น {version}
ช่วยดำเนินการการประชุมเชิงปฏิบัติการเพื่อพัฒนาองค์การสู่ระบบราชการ ๔.๐ ตามเกณฑ์ PMQA 4.0 ใช้งานได้โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This workshop was made by a newer version</source>
        <translation>ไฟล์นี้สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>{file} uses file format {found}; this version reads up to {supported}. Install the newer version of PMQA Workshop to open it. The file was not changed.</source>
        <translation>{file} ใช้รูปแบบไฟล์รุ่น {found} แต่โปรแกรมรุ่นนี้อ่านได้ถึงรุ่น {supported} กรุณาติดตั้งโปรแกรมรุ่นใหม่เพื่อเปิดไฟล์นี้ ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This is not a workshop file that can be opened</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์การประชุมเชิงปฏิบัติการที่เปิดได้</translation>
    </message>
    <message>
        <source>{file}: {reason}. The file was not changed.</source>
        <translation>{file}: {reason} ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The file could not be read or written</source>
        <translation>อ่านหรือเขียนไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>{file}: {detail}.</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>นำเข้าไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Please check this value</source>
        <translation>กรุณาตรวจสอบค่านี้</translation>
    </message>
    <message>
        <source>The action could not be completed</source>
        <translation>ดำเนินการไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>PMQA Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA</translation>
    </message>
    <message>
        <source>Everything entered so far is saved in the workshop file. Details for support were written to {file}.</source>
        <translation>ข้อมูลทั้งหมดที่บันทึกไว้ยังอยู่ครบในไฟล์การประชุมเชิงปฏิบัติการ รายละเอียดสำหรับผู้ดูแลระบบบันทึกไว้ที่ {file}</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>สร้างการประชุมเชิงปฏิบัติการใหม่</translation>
    </message>
    <message>
        <source> (your template)</source>
        <translation> (แม่แบบของคุณ)</translation>
    </message>
    <message>
        <source>e.g. Land Development Department</source>
        <translation>เช่น กรมพัฒนาที่ดิน</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อการประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Some template files could not be read and are not listed:</source>
        <translation>อ่านไฟล์แม่แบบบางไฟล์ไม่ได้ จึงไม่ได้แสดงในรายการ:</translation>
    </message>
    <message>
        <source>Please give the workshop a title.</source>
        <translation>กรุณาตั้งชื่อการประชุมเชิงปฏิบัติการ</translation>
    </message>
</context>
<context>
    <name>OfficeChooser</name>
    <message>
        <source>&amp;Show:</source>
        <translation>แสดง (&amp;S):</translation>
    </message>
    <message>
        <source>The agency as a whole</source>
        <translation>รวมทั้งองค์การ</translation>
    </message>
    <message>
        <source>Items of no office</source>
        <translation>รายการที่ไม่ระบุหน่วยงาน</translation>
    </message>
</context>
<context>
    <name>OfficeTable</name>
    <message>
        <source>Each office at this checkpoint (double-click one to show it above)</source>
        <translation>แต่ละหน่วยงานในรอบนี้ (ดับเบิลคลิกหน่วยงานเพื่อแสดงด้านบน)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Items of no office</source>
        <translation>รายการที่ไม่ระบุหน่วยงาน</translation>
    </message>
    <message>
        <source>The agency as a whole</source>
        <translation>รวมทั้งองค์การ</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message numerus="yes">
        <source>%n checkpoint(s) passed without a progress report: %1</source>
        <translation>
            <numerusform>มีรอบการติดตาม %n รอบที่เลยกำหนดแล้วแต่ยังไม่รายงานความก้าวหน้า: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Follow-up</source>
        <translation>ไปที่ติดตามผล</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Organization</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>วิทยากรกระบวนการ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n คำตอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>ประเมินตนเอง</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n คะแนน</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n ข้อเสนอ</numerusform>
        </translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>แผนพัฒนาองค์การ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Add the groups taking part (and their members) in Setup.</source>
        <translation>เพิ่มกลุ่มที่เข้าร่วม (และสมาชิก) ในขั้นข้อมูลการประชุม</translation>
    </message>
    <message>
        <source>Go to Setup</source>
        <translation>ไปที่ข้อมูลการประชุม</translation>
    </message>
    <message>
        <source>Type each group&apos;s answers to the pillars&apos; questions in Capture.</source>
        <translation>พิมพ์คำตอบของแต่ละกลุ่มต่อคำถามของแต่ละมิติในขั้นระดมความคิด</translation>
    </message>
    <message>
        <source>Go to Capture</source>
        <translation>ไปที่ระดมความคิด</translation>
    </message>
    <message>
        <source>Let each group rate the PMQA categories in Assess.</source>
        <translation>ให้แต่ละกลุ่มประเมินระดับของหมวด PMQA ในขั้นประเมินตนเอง</translation>
    </message>
    <message>
        <source>Go to Assess</source>
        <translation>ไปที่ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Turn the proposals into initiatives and vote in Prioritize.</source>
        <translation>สร้างข้อเสนอจากบัตรความคิดและลงคะแนนโหวตในขั้นจัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Go to Prioritize</source>
        <translation>ไปที่จัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Build the development plan from the ranked initiatives in Plan.</source>
        <translation>จัดทำแผนพัฒนาองค์การจากข้อเสนอที่จัดลำดับแล้วในขั้นแผนพัฒนา</translation>
    </message>
    <message>
        <source>Go to Plan</source>
        <translation>ไปที่แผนพัฒนา</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ขั้นต่อไป: %1</translation>
    </message>
    <message>
        <source>Every part of the day has content: print the plan in Report.</source>
        <translation>ทุกขั้นของการประชุมมีข้อมูลแล้ว: พิมพ์แผนในขั้นรายงาน</translation>
    </message>
    <message>
        <source>Go to Report</source>
        <translation>ไปที่รายงาน</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>e.g. 150,000</source>
        <translation>เช่น 150,000</translation>
    </message>
</context>
<context>
    <name>PlanItemForm</name>
    <message>
        <source>e.g. 150,000</source>
        <translation>เช่น 150,000</translation>
    </message>
    <message>
        <source>Choose a plan item in the list to see and edit all of it here.</source>
        <translation>เลือกรายการในแผนจากรายการด้านซ้าย เพื่อดูและแก้ไขรายละเอียดทั้งหมดที่นี่</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>รายการที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Add to &amp;plan</source>
        <translation>เพิ่มเข้าแผน (&amp;P)</translation>
    </message>
    <message>
        <source>Add the selected ranked initiatives to the plan</source>
        <translation>เพิ่มข้อเสนอที่เลือกจากรายการจัดลำดับเข้าแผน</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>เพิ่มรายการ (&amp;N)</translation>
    </message>
    <message>
        <source>Add a plan item by hand</source>
        <translation>เพิ่มรายการในแผนด้วยตนเอง</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>ลบรายการ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected plan items</source>
        <translation>ลบรายการที่เลือกออกจากแผน</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move the item up in the plan</source>
        <translation>เลื่อนรายการขึ้นในแผน</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <source>Move the item down in the plan</source>
        <translation>เลื่อนรายการลงในแผน</translation>
    </message>
    <message>
        <source>Plan &amp;order</source>
        <translation>เรียงตามลำดับในแผน (&amp;O)</translation>
    </message>
    <message>
        <source>Show the items in plan order</source>
        <translation>แสดงรายการตามลำดับในแผน</translation>
    </message>
    <message>
        <source>All &amp;columns</source>
        <translation>แสดงทุกคอลัมน์ (&amp;C)</translation>
    </message>
    <message>
        <source>Show every field as a column of one wide table, instead of the list and the form</source>
        <translation>แสดงทุกช่องข้อมูลเป็นคอลัมน์ในตารางกว้างตารางเดียว แทนรายการและแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Ranked initiatives (double-click or Ctrl+Shift+A adds to the plan)</source>
        <translation>ข้อเสนอที่จัดลำดับแล้ว (ดับเบิลคลิกหรือกด Ctrl+Shift+A เพื่อเพิ่มเข้าแผน)</translation>
    </message>
    <message numerus="yes">
        <source>Development plan: %n item(s)</source>
        <translation>
            <numerusform>แผนพัฒนาองค์การ: %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>total budget %1 baht</source>
        <translation>งบประมาณรวม %1 บาท</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>รายการที่ %1: %2</translation>
    </message>
    <message>
        <source>Every item is complete.</source>
        <translation>ทุกรายการกรอกข้อมูลครบแล้ว</translation>
    </message>
    <message>
        <source>The plan covers every pillar and PMQA category.</source>
        <translation>แผนครอบคลุมทุกมิติและทุกหมวดของเกณฑ์ PMQA</translation>
    </message>
    <message>
        <source>Pillars not covered:</source>
        <translation>มิติที่แผนยังไม่ครอบคลุม:</translation>
    </message>
    <message>
        <source>PMQA categories not covered:</source>
        <translation>หมวด PMQA ที่แผนยังไม่ครอบคลุม:</translation>
    </message>
    <message>
        <source>Add plan item</source>
        <translation>เพิ่มรายการในแผน</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>เพิ่มเข้าแผน</translation>
    </message>
    <message>
        <source>Edit plan item</source>
        <translation>แก้ไขรายการในแผน</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan item(s)</source>
        <translation>
            <numerusform>ลบรายการในแผน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Move plan item</source>
        <translation>ย้ายรายการในแผน</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Planned</source>
        <translation>ยังไม่เริ่มดำเนินการ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>เลื่อนออกไป</translation>
    </message>
    <message>
        <source>Development issue</source>
        <translation>ประเด็นการพัฒนา</translation>
    </message>
    <message>
        <source>Project / activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>PMQA category</source>
        <translation>หมวด PMQA</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Fiscal year (BE)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>no project or activity</source>
        <translation>ยังไม่ระบุโครงการหรือกิจกรรม</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>ยังไม่ระบุตัวชี้วัด</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ยังไม่ระบุค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>no fiscal year</source>
        <translation>ยังไม่ระบุปีงบประมาณ</translation>
    </message>
    <message>
        <source>no responsible unit</source>
        <translation>ยังไม่ระบุผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>ไตรมาส %1</translation>
    </message>
</context>
<context>
    <name>PresenterFollower</name>
    <message>
        <source>PMQA 4.0 Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ PMQA 4.0</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>หน้าจอนำเสนอ</translation>
    </message>
    <message>
        <source>Leave the presenter view</source>
        <translation>ออกจากหน้าจอนำเสนอ</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>First page (Ctrl+Home)</source>
        <translation>หน้าแรก (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Last page (Ctrl+End)</source>
        <translation>หน้าสุดท้าย (Ctrl+End)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>ย่อ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>ขยาย (Ctrl++)</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>ไปที่หน้า</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ทั้งหน้า</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0: fit width)</source>
        <translation>ขนาดการแสดงผล (Ctrl+0: พอดีความกว้าง)</translation>
    </message>
    <message>
        <source>Zoom in on the report</source>
        <translation>ขยายรายงาน</translation>
    </message>
    <message>
        <source>Zoom out of the report</source>
        <translation>ย่อรายงาน</translation>
    </message>
    <message>
        <source>Fit the report to the width</source>
        <translation>แสดงรายงานพอดีความกว้าง</translation>
    </message>
    <message>
        <source>First page of the report</source>
        <translation>ไปหน้าแรกของรายงาน</translation>
    </message>
    <message>
        <source>Last page of the report</source>
        <translation>ไปหน้าสุดท้ายของรายงาน</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>จาก %1</translation>
    </message>
</context>
<context>
    <name>PrioritizePanel</name>
    <message>
        <source>&amp;Make initiatives</source>
        <translation>สร้างข้อเสนอ (&amp;M)</translation>
    </message>
    <message>
        <source>Make an initiative from every “what we propose” card not yet used</source>
        <translation>สร้างข้อเสนอจากบัตรความคิด “เราเสนอให้ทำอะไร” ทุกใบที่ยังไม่ได้ใช้</translation>
    </message>
    <message>
        <source>&amp;Delete initiative</source>
        <translation>ลบข้อเสนอ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected initiatives</source>
        <translation>ลบข้อเสนอที่เลือก</translation>
    </message>
    <message>
        <source>Ranked: most dots first, then impact minus effort, then impact; equal ones share a rank (1=).</source>
        <translation>เรียงตามคะแนนโหวตมากที่สุดก่อน แล้วตามผลกระทบลบความยาก แล้วตามผลกระทบ ข้อที่เท่ากันได้ลำดับเดียวกัน (1=)</translation>
    </message>
    <message>
        <source>Impact and effort (numbers are ranks)</source>
        <translation>ผลกระทบและความยากง่าย (ตัวเลขคือลำดับ)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s).</source>
        <translation>
            <numerusform>%n ข้อเสนอ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each group has %n dot(s) to spend: select a group&apos;s cell and type a number.</source>
        <translation>
            <numerusform>แต่ละกลุ่มมี %n คะแนนโหวต เลือกช่องของกลุ่มแล้วพิมพ์ตัวเลข</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiatives yet: make one from each “what we propose” card, then let the groups vote.</source>
        <translation>ยังไม่มีข้อเสนอ: สร้างข้อเสนอจากบัตรความคิด “เราเสนอให้ทำอะไร” แต่ละใบ แล้วให้กลุ่มลงคะแนนโหวต</translation>
    </message>
    <message>
        <source>Make initiatives</source>
        <translation>สร้างข้อเสนอ</translation>
    </message>
    <message>
        <source>No initiatives yet, and no “what we propose” cards to make them from: capture the groups&apos; proposals first.</source>
        <translation>ยังไม่มีข้อเสนอ และยังไม่มีบัตรความคิด “เราเสนอให้ทำอะไร” ให้สร้างข้อเสนอได้: บันทึกข้อเสนอของกลุ่มในขั้นระดมความคิดก่อน</translation>
    </message>
    <message>
        <source>Go to Capture</source>
        <translation>ไปที่ระดมความคิด</translation>
    </message>
    <message>
        <source>Every “what we propose” card already has an initiative. Add proposals in Capture first.</source>
        <translation>บัตรความคิด “เราเสนอให้ทำอะไร” ทุกใบมีข้อเสนอแล้ว เพิ่มข้อเสนอในขั้นระดมความคิดก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Make %n initiative(s)</source>
        <translation>
            <numerusform>สร้างข้อเสนอ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>โหวต</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>แก้ไขข้อเสนอ</translation>
    </message>
    <message>
        <source>Score initiative</source>
        <translation>ให้คะแนนข้อเสนอ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation>
            <numerusform>ลบข้อเสนอ %n ข้อ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>No checkpoints or plan items yet</source>
        <translation>ยังไม่มีรอบการติดตามหรือรายการในแผน</translation>
    </message>
    <message>
        <source>%1% spent</source>
        <translation>ใช้งบ %1%</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Percent done</source>
        <translation>ร้อยละความก้าวหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;KPI actual</source>
        <translation>ผลตามตัวชี้วัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Budget spent (baht)</source>
        <translation>งบประมาณที่ใช้ (บาท) (&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>หมายเหตุ (&amp;O)</translation>
    </message>
    <message>
        <source>The KPI&apos;s value reached so far</source>
        <translation>ผลที่ได้ตามตัวชี้วัดถึงปัจจุบัน</translation>
    </message>
    <message>
        <source>e.g. 150,000</source>
        <translation>เช่น 150,000</translation>
    </message>
    <message>
        <source>Evidence (kept inside the workshop file)</source>
        <translation>หลักฐาน (เก็บไว้ในไฟล์การประชุม)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>แนบไฟล์ (&amp;A)…</translation>
    </message>
    <message>
        <source>Attach a file (a scan, photo or minutes) as evidence (Ctrl+Shift+A)</source>
        <translation>แนบไฟล์ (ภาพสแกน ภาพถ่าย หรือรายงานการประชุม) เป็นหลักฐาน (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>เปิด (&amp;E)</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>เปิดไฟล์ด้วยโปรแกรมของระบบ</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>เปลี่ยนชื่อ (&amp;N)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>นำออก (&amp;V)</translation>
    </message>
    <message>
        <source>Choose a plan item in the list to report its progress here.</source>
        <translation>เลือกรายการในแผนจากรายการด้านซ้าย เพื่อรายงานความก้าวหน้าที่นี่</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>ไม่มีตัวชี้วัด</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ไม่มีค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>KPI: %1 · target: %2</source>
        <translation>ตัวชี้วัด: %1 · ค่าเป้าหมาย: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>of %1 planned</source>
        <translation>จากที่วางแผน %1</translation>
    </message>
    <message>
        <source>Nothing reported at this checkpoint yet: the fields show the report of %1. Change any of them to report here.</source>
        <translation>ยังไม่รายงานในรอบนี้ ช่องต่าง ๆ แสดงตามที่รายงานไว้ใน %1 แก้ไขช่องใดก็ได้เพื่อรายงานในรอบนี้</translation>
    </message>
    <message>
        <source>Nothing reported for this item yet.</source>
        <translation>ยังไม่เคยรายงานความก้าวหน้าของรายการนี้</translation>
    </message>
    <message>
        <source>This workshop holds %1 of evidence; at most %2 MB in all and %3 MB a file.</source>
        <translation>การประชุมนี้เก็บหลักฐานไว้ %1 เก็บได้รวมไม่เกิน %2 MB และไม่เกินไฟล์ละ %3 MB</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>เลือกทั้งหมด (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ลดลง (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QuestionColumn</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>แสดง %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>RankedModel</name>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>คะแนนโหวต</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>ผลกระทบ</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>ความยากง่าย</translation>
    </message>
    <message>
        <source>In plan</source>
        <translation>อยู่ในแผน</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Tied: the same dots, impact and effort as another initiative</source>
        <translation>เสมอกัน: คะแนนโหวต ผลกระทบ และความยากง่ายเท่ากับข้อเสนออื่น</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stop preparing the report; the preview keeps the last one</source>
        <translation>หยุดจัดทำรายงาน ตัวอย่างจะแสดงรายงานฉบับล่าสุดที่ทำเสร็จไว้</translation>
    </message>
    <message>
        <source>Cancelled: the preview shows the last finished report.</source>
        <translation>ยกเลิกแล้ว ตัวอย่างแสดงรายงานฉบับล่าสุดที่ทำเสร็จ</translation>
    </message>
    <message>
        <source>Thai digits</source>
        <translation>เลขไทย</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>ปรับตัวอย่าง</translation>
    </message>
    <message>
        <source>Render the report again (Ctrl+R)</source>
        <translation>สร้างรายงานใหม่ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+Shift+E)</source>
        <translation>บันทึกรายงานเป็นไฟล์ PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>เปิดด้วยโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>พิมพ์รายงาน (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export plan as spreadsheet…</source>
        <translation>ส่งออกแผนเป็นตารางคำนวณ…</translation>
    </message>
    <message>
        <source>Export plan as Word…</source>
        <translation>ส่งออกแผนเป็นไฟล์ Word…</translation>
    </message>
    <message>
        <source>Save the plan table as a Word document (.docx) to paste into the agency&apos;s own documents</source>
        <translation>บันทึกตารางแผนเป็นเอกสาร Word (.docx) เพื่อนำไปวางในเอกสารของหน่วยงาน</translation>
    </message>
    <message>
        <source>Page numbers:</source>
        <translation>เลขหน้า:</translation>
    </message>
    <message>
        <source>Page 2 of 15, at the foot</source>
        <translation>หน้า ๒ จาก ๑๕ ท้ายหน้า</translation>
    </message>
    <message>
        <source>- 2 -, at the top (official letter)</source>
        <translation>- ๒ - กลางบนหน้า (แบบหนังสือราชการ)</translation>
    </message>
    <message>
        <source>Body text:</source>
        <translation>ขนาดตัวอักษร:</translation>
    </message>
    <message>
        <source>12 pt Sarabun matches the official 16 pt TH SarabunPSK page</source>
        <translation>Sarabun 12 พอยต์ ใกล้เคียงกับ TH SarabunPSK 16 พอยต์ของหนังสือราชการ</translation>
    </message>
    <message>
        <source>Sign-off titles:</source>
        <translation>ผู้ลงนาม:</translation>
    </message>
    <message>
        <source>Prepared by, Approved by</source>
        <translation>ผู้จัดทำ, ผู้เห็นชอบ</translation>
    </message>
    <message>
        <source>The titles above the signature blocks, separated by commas (at most four)</source>
        <translation>ตำแหน่งเหนือช่องลงนาม คั่นด้วยจุลภาค (ไม่เกินสี่ช่อง)</translation>
    </message>
    <message>
        <source>Update report preview</source>
        <translation>ปรับตัวอย่างรายงาน</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>บันทึกรายงานเป็น PDF</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>The workshop has changed: update the preview to see it.</source>
        <translation>ข้อมูลการประชุมเชิงปฏิบัติการมีการเปลี่ยนแปลง กดปรับตัวอย่างเพื่อดูผลล่าสุด</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>จัดทำรายงานไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>ไม่สามารถสั่งพิมพ์ได้</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>ส่งไปยังเครื่องพิมพ์แล้ว %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>ส่งออกแผน</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export plan as Word</source>
        <translation>ส่งออกแผนเป็นไฟล์ Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>RoomDock</name>
    <message>
        <source>Room input</source>
        <translation>รับความเห็นจากห้อง</translation>
    </message>
</context>
<context>
    <name>RoomGroupsModel</name>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>ประเมินแล้ว %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 of %2 dots</source>
        <translation>%1 จาก %2 จุด</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 of %2 groups have sent cards</source>
        <translation>%1 จาก %2 กลุ่มส่งบัตรความคิดแล้ว</translation>
    </message>
    <message>
        <source>%1 of %2 groups have scored</source>
        <translation>%1 จาก %2 กลุ่มประเมินแล้ว</translation>
    </message>
    <message>
        <source>%1 of %2 groups have voted</source>
        <translation>%1 จาก %2 กลุ่มลงคะแนนแล้ว</translation>
    </message>
    <message>
        <source>Start room input</source>
        <translation>เริ่มรับความเห็นจากห้อง</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the room&apos;s network</source>
        <translation>ที่อยู่ของโน้ตบุ๊กในเครือข่ายของห้อง</translation>
    </message>
    <message>
        <source>Show how to join on the projector</source>
        <translation>แสดงวิธีเข้าร่วมบนจอโปรเจกเตอร์</translation>
    </message>
    <message>
        <source>Request for the IT office…</source>
        <translation>หนังสือขออนุญาตถึงฝ่ายไอที…</translation>
    </message>
    <message>
        <source>Renew the group&apos;s code</source>
        <translation>เปลี่ยนรหัสของกลุ่ม</translation>
    </message>
    <message>
        <source>A new code for the selected group: devices that joined with the old one are shut out</source>
        <translation>ออกรหัสใหม่ให้กลุ่มที่เลือก อุปกรณ์ที่เข้าร่วมด้วยรหัสเดิมจะถูกตัดออก</translation>
    </message>
    <message>
        <source>Save code slips as PDF…</source>
        <translation>บันทึกบัตรรหัสกลุ่มเป็น PDF…</translation>
    </message>
    <message>
        <source>Hold cards from devices until I approve them</source>
        <translation>พักบัตรจากอุปกรณ์ไว้จนกว่าวิทยากรจะอนุมัติ</translation>
    </message>
    <message>
        <source>Groups see each other&apos;s cards</source>
        <translation>ให้กลุ่มเห็นบัตรของกลุ่มอื่น</translation>
    </message>
    <message>
        <source>Close input for this step</source>
        <translation>ปิดรับความเห็นในขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Before the room fills, test with your own phone: join the room&apos;s Wi-Fi, scan the code, type a group&apos;s code and add a card. The card appears on the capture board.</source>
        <translation>ก่อนผู้เข้าร่วมมาถึง ให้ทดสอบด้วยโทรศัพท์ของท่านเอง: เชื่อมต่อ Wi-Fi ของห้อง สแกนคิวอาร์โค้ด พิมพ์รหัสกลุ่ม แล้วเพิ่มบัตรหนึ่งใบ บัตรจะปรากฏบนกระดานระดมความคิด</translation>
    </message>
    <message>
        <source>This copy is installed for you alone, so Windows&apos; firewall may block phones: ask the IT office to allow the program (the request below), or install for all users.</source>
        <translation>โปรแกรมนี้ติดตั้งสำหรับผู้ใช้คนเดียว ไฟร์วอลล์ของ Windows อาจปิดกั้นโทรศัพท์ โปรดขอให้ฝ่ายไอทีอนุญาตโปรแกรม (หนังสือด้านล่าง) หรือติดตั้งแบบสำหรับผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <source>%1 (this computer only: a trial)</source>
        <translation>%1 (เครื่องนี้เท่านั้น: สำหรับทดลอง)</translation>
    </message>
    <message>
        <source>Room input is on: %1</source>
        <translation>เปิดรับความเห็นจากห้องแล้ว: %1</translation>
    </message>
    <message>
        <source>Room input is off. Groups cannot reach this laptop.</source>
        <translation>ปิดรับความเห็นจากห้องอยู่ กลุ่มยังเชื่อมต่อเครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>No phone has reached the laptop yet.</source>
        <translation>ยังไม่มีโทรศัพท์เครื่องใดเชื่อมต่อถึงโน้ตบุ๊กนี้</translation>
    </message>
    <message>
        <source>A device reached the laptop from %1 at %2.</source>
        <translation>มีอุปกรณ์เชื่อมต่อถึงโน้ตบุ๊กจาก %1 เมื่อเวลา %2 น.</translation>
    </message>
</context>
<context>
    <name>RoomSlips</name>
    <message>
        <source>Group code</source>
        <translation>รหัสกลุ่ม</translation>
    </message>
    <message>
        <source>Connect to the room&apos;s Wi-Fi, scan the code or open the address, and type the group code.</source>
        <translation>เชื่อมต่อ Wi-Fi ของห้อง สแกนคิวอาร์โค้ดหรือเปิดที่อยู่นี้ แล้วพิมพ์รหัสกลุ่ม</translation>
    </message>
    <message>
        <source>Save code slips</source>
        <translation>บันทึกบัตรรหัสกลุ่ม</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ลบ (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <source>Add a row after the current one (Ctrl+Ins)</source>
        <translation>เพิ่มแถวต่อจากแถวปัจจุบัน (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>Remove the current row (Delete in the list)</source>
        <translation>ลบแถวปัจจุบัน (กด Delete ในรายการ)</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>เลื่อนแถวปัจจุบันขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>เลื่อนแถวปัจจุบันลง (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>RunCard</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>รายการที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>หยุดเวลา</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
    <message>
        <source>Next: the end of the day</source>
        <translation>ถัดไป: จบการประชุม</translation>
    </message>
    <message>
        <source>Open run mode (Agenda step)</source>
        <translation>เปิดแท็บดำเนินการประชุม (ขั้นกำหนดการ)</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>&amp;Start the day</source>
        <translation>เริ่มการประชุม (&amp;S)</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous item (Ctrl+Left)</source>
        <translation>กลับไปรายการก่อนหน้า (Ctrl+Left)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>ถัดไป (&amp;N) ▶</translation>
    </message>
    <message>
        <source>End this item and start the next (Ctrl+Right)</source>
        <translation>จบรายการนี้และเริ่มรายการถัดไป (Ctrl+Right)</translation>
    </message>
    <message>
        <source>+5 &amp;min</source>
        <translation>+5 นาที (&amp;M)</translation>
    </message>
    <message>
        <source>Give this item five more minutes (Ctrl+E)</source>
        <translation>ขยายเวลารายการนี้อีก 5 นาที (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>เริ่มใหม่ทั้งหมด (&amp;R)…</translation>
    </message>
    <message>
        <source>Forget the run and the actual times recorded</source>
        <translation>ล้างสถานะการดำเนินการและเวลาจริงที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Pause or resume the timer</source>
        <translation>หยุดหรือเดินเวลาต่อ</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>รายการถัดไปในกำหนดการ</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>รายการก่อนหน้าในกำหนดการ</translation>
    </message>
    <message>
        <source>Extend the current item by 5 minutes</source>
        <translation>ขยายเวลารายการปัจจุบัน 5 นาที</translation>
    </message>
    <message>
        <source>Reset the day</source>
        <translation>เริ่มการประชุมใหม่ทั้งหมด</translation>
    </message>
    <message>
        <source>Forget where the day stands and the actual times recorded so far?</source>
        <translation>ต้องการล้างสถานะการประชุมวันนี้และเวลาจริงที่บันทึกไว้ทั้งหมดหรือไม่</translation>
    </message>
    <message>
        <source>▶ &amp;Resume</source>
        <translation>▶ เดินเวลาต่อ (&amp;R)</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ หยุดเวลา (&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume the timer (Space)</source>
        <translation>หยุดหรือเดินเวลาต่อ (Space)</translation>
    </message>
    <message>
        <source>The day is over. The actual times are in the agenda.</source>
        <translation>การประชุมจบแล้ว เวลาจริงบันทึกไว้ในกำหนดการ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>The day has not started. Start it when the room is ready.</source>
        <translation>ยังไม่เริ่มการประชุม เริ่มได้เมื่อห้องประชุมพร้อม</translation>
    </message>
    <message>
        <source>The current item was removed from the agenda; go on with Next.</source>
        <translation>รายการปัจจุบันถูกลบออกจากกำหนดการแล้ว กด “ถัดไป” เพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Item %1 of %2 · %3</source>
        <translation>รายการที่ %1 จาก %2 · %3</translation>
    </message>
    <message>
        <source>extended by %1 min</source>
        <translation>ขยายเวลาแล้ว %1 นาที</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>หยุดเวลา</translation>
    </message>
    <message>
        <source>+%1 over</source>
        <translation>เกินเวลา +%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
    <message>
        <source>Next: the end of the day</source>
        <translation>ถัดไป: จบการประชุม</translation>
    </message>
    <message>
        <source>Time is up for this item</source>
        <translation>หมดเวลาของรายการนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อการประชุม (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>หน่วยงาน (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>ส่วนราชการ/หน่วยย่อย (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>เวลาเริ่ม (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>สถานที่ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Facilitators
(one per line)</source>
        <translation>วิทยากรกระบวนการ (&amp;F)
(บรรทัดละหนึ่งคน)</translation>
    </message>
    <message>
        <source>O&amp;bjectives
(one per line)</source>
        <translation>วัตถุประสงค์ (&amp;B)
(บรรทัดละหนึ่งข้อ)</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>ภาษาของรายงาน (&amp;R)</translation>
    </message>
    <message>
        <source>Thai &amp;digits</source>
        <translation>เลขไทย (&amp;D)</translation>
    </message>
    <message>
        <source>Dots per &amp;group</source>
        <translation>จำนวนคะแนนโหวตต่อกลุ่ม (&amp;G)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Use Thai digits (๐๑๒…) in documents</source>
        <translation>ใช้เลขไทย (๐๑๒…) ในเอกสาร</translation>
    </message>
    <message>
        <source>How many dots each group may place when voting on initiatives</source>
        <translation>จำนวนคะแนนที่แต่ละกลุ่มลงได้เมื่อโหวตข้อเสนอ</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>แก้ไข%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>หน้าต่างหลัก</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ใช้ที่</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>แป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <source>Paused</source>
        <translation>หยุดพักเวลา</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>หมดเวลาแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Join from your phone or laptop</source>
        <translation>ร่วมส่งความเห็นจากโทรศัพท์หรือโน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>1. Connect to the room&apos;s Wi-Fi</source>
        <translation>๑. เชื่อมต่อ Wi-Fi ของห้อง</translation>
    </message>
    <message>
        <source>2. Scan the code, or open:</source>
        <translation>๒. สแกนคิวอาร์โค้ด หรือเปิด</translation>
    </message>
    <message>
        <source>3. Type your group&apos;s code from its slip</source>
        <translation>๓. พิมพ์รหัสกลุ่มจากบัตรที่ได้รับ</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>ข้อมูลการประชุม</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>บรรยายสรุป</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>ระดมความคิด</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Prioritize</source>
        <translation>จัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผนพัฒนา</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Similar initiatives across offices</source>
        <translation>ข้อเสนอที่คล้ายกันจากหลายหน่วยงาน</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>ไม่มีรายการเหลือให้ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>เก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>These initiatives from different offices (in any pillar) may be the same idea. Merge a pair to keep one of them, with the wording you choose, the dots of both and the plan items of both; or keep both.</source>
        <translation>ข้อเสนอเหล่านี้มาจากต่างหน่วยงาน (อาจอยู่ต่างมิติ) และอาจเป็นเรื่องเดียวกัน รวมคู่ใดก็ได้เพื่อเก็บไว้ข้อเสนอเดียวด้วยถ้อยคำที่เลือก พร้อมคะแนนโหวตและรายการในแผนของทั้งสอง หรือเก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>Merge, keep the first wording</source>
        <translation>รวม ใช้ถ้อยคำแรก</translation>
    </message>
    <message>
        <source>Merge, keep the second wording</source>
        <translation>รวม ใช้ถ้อยคำที่สอง</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1 (&amp;U)</translation>
    </message>
    <message>
        <source>Merge similar initiatives</source>
        <translation>รวมข้อเสนอที่คล้ายกัน</translation>
    </message>
    <message>
        <source>Keep both initiatives</source>
        <translation>เก็บข้อเสนอทั้งสอง</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>no pillar</source>
        <translation>ไม่ระบุมิติ</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n คะแนนโหวต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n รายการในแผน</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar initiative</source>
        <translation>ข้อเสนอที่คล้ายกัน</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>ความคล้าย</translation>
    </message>
    <message>
        <source>First office&apos;s initiative</source>
        <translation>ข้อเสนอของหน่วยงานแรก</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Edit template: %1</source>
        <translation>แก้ไขแม่แบบ: %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>ทั่วไป (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>วัตถุประสงค์ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>ประโยชน์ที่คาดว่าจะได้รับ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>คำถาม (&amp;Q)</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>กำหนดการ (&amp;D)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Check the template and save it (Ctrl+S)</source>
        <translation>ตรวจสอบแม่แบบแล้วบันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Raise the version when you change the content, e.g. 1.0 → 1.1</source>
        <translation>เมื่อแก้ไขเนื้อหา ให้เพิ่มเลขรุ่น เช่น 1.0 → 1.1</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>รหัสแม่แบบ</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>รุ่น (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย) (&amp;N)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>คำอธิบาย (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>คำอธิบาย (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Day &amp;starts at</source>
        <translation>เริ่มการประชุมเวลา (&amp;S)</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Question (Thai)</source>
        <translation>คำถาม (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>คำถาม (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Help (Thai)</source>
        <translation>คำแนะนำ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Help (English)</source>
        <translation>คำแนะนำ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>มิติ (&amp;P)</translation>
    </message>
    <message>
        <source>(no pillar)</source>
        <translation>(ไม่ระบุมิติ)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Title (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Pillar (group work)</source>
        <translation>มิติ (งานกลุ่ม)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Total: %1 minutes (%2 h %3 min), %4 – %5</source>
        <translation>รวม %1 นาที (%2 ชั่วโมง %3 นาที) เวลา %4 – %5</translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <translation>ยังไม่ได้บันทึก %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>วัตถุประสงค์ข้อ %1</translation>
    </message>
    <message>
        <source>Benefit %1</source>
        <translation>ประโยชน์ข้อ %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>คำถามที่ %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>help</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>กำหนดการรายการที่ %1</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Built-in · read-only</source>
        <translation>ติดตั้งมากับโปรแกรม · แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>แม่แบบของคุณ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>A workshop starts from a template. The built-in template cannot be changed: duplicate it and edit the copy. A workshop keeps its own copy of its template, so editing a template never changes workshops made before.</source>
        <translation>การประชุมเชิงปฏิบัติการทุกครั้งสร้างจากแม่แบบ แม่แบบที่ติดตั้งมากับโปรแกรมแก้ไขไม่ได้ ให้ทำสำเนาแล้วแก้ไขสำเนานั้น การประชุมเชิงปฏิบัติการแต่ละครั้งเก็บสำเนาแม่แบบของตนเองไว้ การแก้ไขแม่แบบจึงไม่กระทบการประชุมเชิงปฏิบัติการที่สร้างไว้ก่อนแล้ว</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>ทำสำเนา (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>ลบ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก (&amp;X)…</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected template</source>
        <translation>ทำสำเนาแม่แบบที่เลือกเพื่อนำไปแก้ไข</translation>
    </message>
    <message>
        <source>Edit the selected template (Enter); the built-in template is read-only</source>
        <translation>แก้ไขแม่แบบที่เลือก (Enter) แม่แบบที่ติดตั้งมากับโปรแกรมแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Delete the selected template file (Delete)</source>
        <translation>ลบไฟล์แม่แบบที่เลือก (Delete)</translation>
    </message>
    <message>
        <source>Add a template file someone shared with you</source>
        <translation>เพิ่มไฟล์แม่แบบที่ผู้อื่นแบ่งปันให้</translation>
    </message>
    <message>
        <source>Save the selected template as a file to share</source>
        <translation>บันทึกแม่แบบที่เลือกเป็นไฟล์เพื่อแบ่งปัน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>These files in your template folder cannot be used:</source>
        <translation>ไฟล์ต่อไปนี้ในโฟลเดอร์แม่แบบใช้งานไม่ได้:</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>บันทึกสำเนาไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Saved an editable copy: %1</source>
        <translation>บันทึกสำเนาสำหรับแก้ไขแล้ว: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>ลบแม่แบบ</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>ต้องการลบแม่แบบ “%1” หรือไม่</translation>
    </message>
    <message>
        <source>Workshops made from it keep their own copy and are not changed.</source>
        <translation>การประชุมเชิงปฏิบัติการที่สร้างจากแม่แบบนี้มีสำเนาของตนเอง จึงไม่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>The template could not be deleted</source>
        <translation>ลบแม่แบบไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>ลบแล้ว: %1</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>นำเข้าแม่แบบ</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>ไฟล์แม่แบบ (*.json)</translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation>นำเข้าแม่แบบไม่ได้</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>นำเข้าแล้ว: %1</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>ส่งออกแม่แบบ</translation>
    </message>
    <message>
        <source>The template could not be exported</source>
        <translation>ส่งออกแม่แบบไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
</context>
</TS>
