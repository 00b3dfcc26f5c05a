/* The participant page of room input (docs/room.md). No library, no outside resource, no cookie.
 * Texts from the workshop go into the page as text nodes only (never as HTML).
 * What a device keeps in its own storage: its random id, its token and its group's code (to join
 * again after the laptop restarts room input), the language, drafts, and the requests not yet sent. */
"use strict";
(function () {
  // Every text of the page, Thai first, then English: [th, en].
  var TEXTS = {
    join: ["เข้าร่วมกลุ่ม", "Join your group"],
    code: ["รหัสกลุ่ม", "Group code"],
    joinHelp: ["พิมพ์รหัสกลุ่มจากบัตรที่วิทยากรแจก", "Type the code on your group's slip"],
    go: ["เข้าร่วม", "Join"],
    add: ["เพิ่มบัตร", "Add card"],
    addHint: ["พิมพ์คำตอบของกลุ่ม แล้วกด เพิ่มบัตร", "Type your group's answer, then Add card"],
    edit: ["แก้ไข", "Edit"],
    save: ["บันทึก", "Save"],
    cancel: ["ยกเลิก", "Cancel"],
    withdraw: ["ถอนบัตร", "Withdraw"],
    sending: ["กำลังส่ง…", "Sending…"],
    pending: ["รอวิทยากรอนุมัติ", "Waiting for approval"],
    hidden: ["วิทยากรซ่อนไว้", "Hidden by the facilitator"],
    typed: ["วิทยากรพิมพ์ให้", "Typed by the facilitator"],
    closed: ["ปิดรับแล้ว", "Closed"],
    yours: ["บัตรของกลุ่ม", "Your group's cards"],
    none: ["ยังไม่มีบัตร", "No cards yet"],
    assess: ["ประเมินระดับการพัฒนา", "Self-assessment"],
    reason: ["เหตุผล", "Reason"],
    level: ["ระดับ", "Level"],
    notScored: ["ยังไม่ประเมิน", "Not scored"],
    saved: ["บันทึกแล้ว", "Saved"],
    vote: ["ลงคะแนน (ติดจุด)", "Dot voting"],
    left: ["เหลือ {n} จาก {m} จุด", "{n} of {m} dots left"],
    noItems: ["ยังไม่มีข้อเสนอให้ลงคะแนน", "Nothing to vote on yet"],
    wait: ["รอสักครู่ วิทยากรจะเปิดให้ส่งความเห็นเร็ว ๆ นี้", "Please wait: the facilitator will open input shortly"],
    now: ["ขณะนี้", "Now"],
    online: ["เชื่อมต่อแล้ว", "Connected"],
    offline: ["ไม่ได้เชื่อมต่อ — สิ่งที่พิมพ์จะส่งเมื่อกลับมาออนไลน์", "Not connected: what you type is sent when the connection is back"],
    queued: ["รอส่ง {n} รายการ", "{n} waiting to send"],
    confirmWithdraw: ["ถอนบัตรนี้?", "Withdraw this card?"],
    other: ["กลุ่มอื่น", "Another group"],
    e_bad_code: ["ไม่พบกลุ่มที่ใช้รหัสนี้ ตรวจรหัสอีกครั้ง", "No group has this code; check it again"],
    e_slow_down: ["ส่งถี่เกินไป รอสักครู่แล้วลองใหม่", "Too fast; wait a moment and try again"],
    e_closed: ["วิทยากรปิดรับส่วนนี้แล้ว", "The facilitator has closed this"],
    e_step: ["หน้าจอเปลี่ยนไปแล้ว", "The screen has moved on"],
    e_gone: ["บัตรนี้ถูกย้าย รวม หรือลบไปแล้ว", "This card was moved, merged or removed"],
    e_not_yours: ["แก้ได้เฉพาะบัตรที่กลุ่มส่งจากอุปกรณ์", "You can change only the cards your group sent"],
    e_too_long: ["ข้อความยาวเกิน 500 ตัวอักษร", "Longer than 500 characters"],
    e_invalid: ["ข้อมูลไม่ถูกต้อง", "Not valid"],
    e_too_many: ["กลุ่มส่งบัตรในคำถามนี้ครบจำนวนแล้ว", "Your group has sent the most cards this question takes"],
    e_other: ["ส่งไม่สำเร็จ", "Not sent"],
    e_bad_token: ["อุปกรณ์นี้ต้องเข้าร่วมใหม่ด้วยรหัสกลุ่ม", "This device must join again with the group's code"],
    e_dots: ["จุดของกลุ่มหมดแล้ว", "Your group has no dots left"]
  };
  var store = window.localStorage, main = document.getElementById("main");
  var state = { lang: store.getItem("pmqa.lang") || "th", token: store.getItem("pmqa.token"),
                code: store.getItem("pmqa.code"), view: null, online: false, editing: null, source: null,
                queue: JSON.parse(store.getItem("pmqa.queue") || "[]"), flushing: false };

  function t(key, n, m) {
    var pair = TEXTS[key] || [key, key];
    return (state.lang === "en" ? pair[1] : pair[0]).replace("{n}", n).replace("{m}", m);
  }
  function pick(obj) { return (state.lang === "en" ? obj.en : obj.th) || obj.th || obj.en || ""; }
  function el(tag, props) {
    var node = document.createElement(tag), i, child;
    for (var k in props || {}) {
      if (k === "on") { for (var ev in props.on) node.addEventListener(ev, props.on[ev]); }
      else if (k === "text") node.textContent = props.text;
      else if (k === "cls") node.className = props.cls;
      else node.setAttribute(k, props[k]);
    }
    for (i = 2; i < arguments.length; i++) {
      child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  function randomId() {
    var bytes = new Uint8Array(16), out = "";
    window.crypto.getRandomValues(bytes);
    for (var i = 0; i < bytes.length; i++) out += ("0" + bytes[i].toString(16)).slice(-2);
    return out;
  }
  var device = store.getItem("pmqa.device") || randomId();
  store.setItem("pmqa.device", device);

  function toast(text) {
    var box = document.getElementById("toast");
    box.textContent = text; box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, 4000);
  }
  function errorText(body) { return t("e_" + ((body && body.error) || "other")); }

  // ------------------------------------------------------------------ talking to the laptop
  function request(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
                         cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { status: response.status, body: data };
        });
      });
  }
  function join(code) {
    return request("POST", "/api/join", { code: code, device: device }).then(function (r) {
      if (r.status !== 200) throw r;
      state.token = r.body.token; state.code = code;
      store.setItem("pmqa.token", state.token); store.setItem("pmqa.code", code);
      listen(); flush();
      return r;
    });
  }
  function forget() {
    state.token = null; state.view = null;
    store.removeItem("pmqa.token");
    if (state.source) { state.source.close(); state.source = null; }
    render();
  }
  function rejoin() {  // the token is no longer known (room input restarted, or the code renewed)
    if (!state.code) { forget(); return Promise.resolve(); }
    return join(state.code).catch(function (r) {
      if (r && r.status === 403) { store.removeItem("pmqa.code"); state.code = null; forget(); toast(t("e_bad_token")); }
    });
  }
  function setOnline(online) {
    state.online = online; showNet();
    if (online) flush();
  }
  function listen() {
    if (state.source) state.source.close();
    if (!state.token) return;
    var source = new EventSource("/api/events?token=" + encodeURIComponent(state.token));
    state.source = source;
    source.addEventListener("view", function (e) {
      setOnline(true);
      if (e.data === state.viewText) return;  // the same again (a reconnect): nothing to draw
      state.viewText = e.data;
      state.view = JSON.parse(e.data);
      render();
    });
    source.addEventListener("bye", function () { source.close(); setOnline(false); setTimeout(check, 1500); });
    source.onerror = function () {
      setOnline(false);
      if (source.readyState === EventSource.CLOSED) setTimeout(check, 2000);
    };
  }
  function check() {  // after the stream closed: joined still? then listen again, else join again
    if (!state.token) return;
    request("GET", "/api/state").then(function (r) {
      if (r.status === 401) return rejoin();
      listen();
    }, function () { setTimeout(check, 3000); });
  }

  // ------------------------------------------------------------------ the queue: nothing typed is lost
  function saveQueue() { store.setItem("pmqa.queue", JSON.stringify(state.queue)); showNet(); }
  function send(action, body) {
    body.key = randomId();  // the idempotency key: sent again, it is done once
    state.queue.push({ action: action, body: body });
    saveQueue(); render(); flush();
  }
  function flush() {
    if (state.flushing || !state.queue.length || !state.token) return;
    state.flushing = true;
    var item = state.queue[0];
    request("POST", "/api/" + item.action, item.body).then(function (r) {
      state.flushing = false;
      if (r.status === 401) { rejoin(); return; }
      if (r.status === 429 || r.status >= 500) { setTimeout(flush, 2500); return; }
      state.queue.shift(); saveQueue();
      if (r.status !== 200) toast(r.status === 422 && item.action === "vote" ? t("e_dots") : errorText(r.body));
      render(); flush();
    }, function () {  // no connection: keep it, try again
      state.flushing = false; setOnline(false); setTimeout(flush, 3000);
    });
  }

  // ------------------------------------------------------------------ drawing
  function showNet() {
    var net = document.getElementById("net"), n = state.queue.length;
    if (!state.token && !n) { net.textContent = ""; net.className = ""; return; }  // nothing to connect yet
    net.textContent = (state.online ? t("online") : t("offline")) + (n ? " · " + t("queued", n) : "");
    net.className = state.online ? "" : "off";
  }
  function header() {
    var v = state.view, group = v && v.group;
    document.getElementById("group").textContent = group ? group.name : "";
    document.getElementById("chip").style.background = group && group.color ? group.color : "transparent";
    if (group && group.color) document.documentElement.style.setProperty("--group", group.color);
    document.getElementById("lang").textContent = state.lang === "th" ? "English" : "ไทย";
    document.documentElement.lang = state.lang;
    showNet();
  }
  function render() {  // drawn again on every update; what is being typed, and where, stays
    var active = document.activeElement, focused = active && active.id, typed = {};
    var caret = focused && active.selectionStart !== undefined ? [active.selectionStart, active.selectionEnd] : null;
    main.querySelectorAll("textarea, input[type=text]").forEach(function (f) { if (f.id) typed[f.id] = f.value; });
    header();
    main.textContent = "";
    if (!state.token) main.appendChild(joinScreen());
    else if (!state.view) main.appendChild(el("p", { cls: "muted wait", text: t("sending") }));
    else main.appendChild(({ capture: capture, assess: assess, prioritize: prioritize }[state.view.step] || waiting)(state.view));
    for (var id in typed) { var field = document.getElementById(id); if (field && !field.disabled) field.value = typed[id]; }
    var again = focused && document.getElementById(focused);
    if (again) { again.focus(); if (caret && again.setSelectionRange) again.setSelectionRange(caret[0], caret[1]); }
  }
  function joinScreen() {
    var input = el("input", { type: "text", id: "code", autocomplete: "off", autocapitalize: "characters",
                              maxlength: "12", "aria-label": t("code"), cls: "big" });
    var form = el("form", { cls: "box", on: { submit: function (e) {
      e.preventDefault();
      join(input.value.trim().toUpperCase()).catch(function (r) { toast(r && r.body ? errorText(r.body) : t("offline")); });
    } } }, el("h1", { text: t("join") }), el("p", { cls: "muted", text: t("joinHelp") }), input,
      el("div", { cls: "row" }, el("button", { type: "submit", id: "join", cls: "grow", text: t("go") })));
    var fromSlip = (location.hash || "").replace("#", "");
    if (fromSlip) input.value = fromSlip.toUpperCase();
    return form;
  }
  function waiting(v) {
    return el("div", { cls: "wait" }, el("h1", { text: v.title || "" }),
      v.agenda ? el("p", {}, el("strong", { text: t("now") + ": " }), v.agenda) : null,
      el("p", { cls: "muted", text: t("wait") }));
  }
  function draftKey(q) { return "pmqa.draft." + q; }
  function capture(v) {
    var wrap = el("div", {}, el("h1", { text: pick(v.pillar) }));
    v.questions.forEach(function (q) {
      var closed = v.closed || q.closed;
      var box = el("section", { cls: "box" }, el("h2", { text: pick(q) }),
        closed ? el("p", { cls: "closed", text: t("closed") }) : null);
      var mine = v.cards.filter(function (c) { return c.q === q.id; });
      mine.forEach(function (c) { box.appendChild(cardView(c, closed)); });
      state.queue.forEach(function (item) {
        if (item.action === "add" && item.body.question === q.id)
          box.appendChild(el("div", { cls: "card sending" }, item.body.text, el("span", { cls: "tag", text: t("sending") })));
      });
      if (!mine.length) box.appendChild(el("p", { cls: "muted", text: t("none") }));
      if (!closed) box.appendChild(addForm(q));
      wrap.appendChild(box);
    });
    return wrap;
  }
  function addForm(q) {
    var area = el("textarea", { id: "new-" + q.id, maxlength: "500", rows: "2", "aria-label": t("addHint"),
                                placeholder: t("addHint") });
    area.value = store.getItem(draftKey(q.id)) || "";
    area.addEventListener("input", function () { store.setItem(draftKey(q.id), area.value); });
    function submit() {
      var text = area.value.trim();
      if (!text) return;
      store.removeItem(draftKey(q.id));
      area.value = "";
      send("add", { question: q.id, text: text });
    }
    area.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    return el("div", {}, area, el("div", { cls: "row" },
      el("button", { type: "button", id: "add-" + q.id, cls: "grow", text: t("add"), on: { click: submit } })));
  }
  function cardView(c, closed) {
    var tag = !c.mine ? (c.group || t("other")) : c.state === "pending" ? t("pending") : c.state === "hidden" ? t("hidden")
      : !c.editable ? t("typed") : "";
    var node = el("div", { cls: "card" + (c.mine ? "" : " other"), "data-id": String(c.id) });
    if (state.editing === c.id) {
      var area = el("textarea", { id: "edit-" + c.id, maxlength: "500" });
      area.value = c.text;
      node.appendChild(area);
      node.appendChild(el("div", { cls: "acts" },
        el("button", { type: "button", text: t("save"), on: { click: function () {
          state.editing = null;
          if (area.value.trim() && area.value.trim() !== c.text) send("edit", { id: c.id, text: area.value.trim() });
          else render();
        } } }),
        el("button", { type: "button", cls: "quiet", text: t("cancel"), on: { click: function () { state.editing = null; render(); } } })));
      return node;
    }
    node.appendChild(document.createTextNode(c.text));
    if (tag) node.appendChild(el("span", { cls: "tag", text: tag }));
    if (c.editable && !closed) node.appendChild(el("div", { cls: "acts" },
      el("button", { type: "button", cls: "quiet", text: t("edit"), on: { click: function () { state.editing = c.id; render(); } } }),
      el("button", { type: "button", cls: "quiet", text: t("withdraw"), on: { click: function () {
        if (window.confirm(t("confirmWithdraw"))) send("withdraw", { id: c.id });
      } } })));
    return node;
  }
  function assess(v) {
    var wrap = el("div", {}, el("h1", { text: t("assess") }), v.closed ? el("p", { cls: "closed", text: t("closed") }) : null);
    v.categories.forEach(function (c) {
      var current = v.scores[String(c.id)] || { level: null, reason: "" };
      var name = "level-" + c.id, levels = el("div", { cls: "levels", role: "radiogroup" });
      v.levels.forEach(function (m) {
        var input = el("input", { type: "radio", name: name, value: String(m.value) });
        input.checked = current.level === m.value; input.disabled = v.closed;
        levels.appendChild(el("label", {}, input, pick(m)));
      });
      var reason = el("textarea", { id: "reason-" + c.id, maxlength: "1000", rows: "2", "aria-label": t("reason"),
                                    placeholder: t("reason") });
      reason.value = current.reason || ""; reason.disabled = v.closed;
      var save = el("button", { type: "button", text: t("save"), on: { click: function () {
        var chosen = levels.querySelector("input:checked");
        reason.id = "";  // drawn again from what the laptop saved
        send("score", { category: c.id, level: chosen ? Number(chosen.value) : null, reason: reason.value.trim() });
      } } });
      save.disabled = v.closed;
      wrap.appendChild(el("section", { cls: "box" }, el("h2", { text: c.number + ". " + pick(c) }), levels, reason,
        el("div", { cls: "row" }, el("span", { cls: "grow " + (current.level ? "saved" : "muted"),
          text: current.level ? t("saved") : t("notScored") }), save)));
    });
    return wrap;
  }
  function prioritize(v) {
    var spent = 0;
    for (var k in v.dots) spent += v.dots[k];
    var wrap = el("div", {}, el("h1", { text: t("vote") }),
      el("p", { cls: "headline", id: "left", text: t("left", v.allowance - spent, v.allowance) }),
      v.closed ? el("p", { cls: "closed", text: t("closed") }) : null);
    if (!v.initiatives.length) wrap.appendChild(el("p", { cls: "muted", text: t("noItems") }));
    v.initiatives.forEach(function (i) {
      var dots = v.dots[String(i.id)] || 0;
      function change(step) { return function () { send("vote", { initiative: i.id, dots: dots + step }); }; }
      var minus = el("button", { type: "button", cls: "quiet", "aria-label": "−", text: "−", on: { click: change(-1) } });
      var plus = el("button", { type: "button", "aria-label": "+", text: "+", on: { click: change(1) } });
      minus.disabled = v.closed || dots <= 0; plus.disabled = v.closed || spent >= v.allowance;
      wrap.appendChild(el("section", { cls: "box" }, el("div", { cls: "row" }, el("span", { cls: "grow", text: i.title }),
        el("span", { cls: "dots" }, minus, el("output", { text: String(dots) }), plus))));
    });
    return wrap;
  }

  document.getElementById("lang").addEventListener("click", function () {
    state.lang = state.lang === "th" ? "en" : "th";
    store.setItem("pmqa.lang", state.lang);
    render();
  });
  window.addEventListener("online", flush);
  render();
  if (state.token) { listen(); flush(); }
})();
