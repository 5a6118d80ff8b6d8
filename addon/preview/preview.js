// Regrets add-on preview: renders the card JSON the backend returns and posts Gmail-shaped events.
// Demo only: tokens come from /_demo/token, which exists only in `regrets serve --demo` (loopback only).
"use strict";

// state.order: the thread ids in the order first listed. The list keeps it: Gmail's listing puts a thread with a
// new draft first, and a list that jumps under the pointer after a click is worse than a slightly stale order.
const state = { info: null, thread: null, stack: [], order: [], threads: [] };
const $ = (sel) => document.querySelector(sel);

// Known icons are drawn from the bundled images (addon/static/icons), never from emoji that need a font.
function iconImg(icon) {
  const img = el("img");
  img.alt = "";
  img.src = icon.iconUrl || `/static/icons/${String(icon.knownIcon || "").toLowerCase()}.svg`;
  if (icon.knownIcon) img.dataset.icon = icon.knownIcon;
  return img;
}
const ALLOWED_TAGS = { B: [], I: [], U: [], BR: [], FONT: ["color"], A: ["href"], STRONG: [], EM: [] };

// The simple HTML card text may hold (<b>, <font color>, <a href>...), everything else reduced to text.
function safeHtml(html) {
  const doc = new DOMParser().parseFromString(`<div>${html || ""}</div>`, "text/html");
  const out = document.createElement("span");
  const copy = (src, dst) => {
    for (const node of src.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) { dst.appendChild(document.createTextNode(node.textContent)); continue; }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const attrs = ALLOWED_TAGS[node.tagName];
      if (!attrs) { copy(node, dst); continue; }
      const el = document.createElement(node.tagName === "FONT" ? "span" : node.tagName);
      for (const a of attrs) {
        const v = node.getAttribute(a);
        if (!v) continue;
        if (a === "color" && /^#[0-9a-fA-F]{3,8}$/.test(v)) el.style.color = v;
        if (a === "href" && /^(https?:|mailto:|tel:)/.test(v)) { el.setAttribute("href", v); el.setAttribute("target", "_blank"); }
      }
      copy(node, el);
      dst.appendChild(el);
    }
  };
  copy(doc.body.firstChild, out);
  return out;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function toast(text) {
  const t = $("#toast");
  t.textContent = text;
  t.classList.add("show");
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.classList.remove("show"); t.textContent = ""; }, 8000);
}

function clearToast() {
  clearTimeout(toast.timer);
  $("#toast").classList.remove("show");
  $("#toast").textContent = "";
}

// ---- rendering --------------------------------------------------------------------------------------------------
function renderButton(b) {
  const btn = el("button", "gbutton" + (b.type === "FILLED" ? " filled" : ""), b.text || "");
  btn.type = "button";
  if (b.disabled) btn.disabled = true;
  const click = b.onClick || {};
  if (click.action) {
    btn.dataset.function = click.action.function;
    btn.addEventListener("click", () => runAction(click.action, btn));
  } else if (click.openLink) {
    btn.addEventListener("click", () => window.open(click.openLink.url, "_blank"));
  }
  return btn;
}

function renderSelection(s) {
  const box = el("div", "ginput gselection");
  box.dataset.name = s.name;
  // onChangeAction: Gmail posts the form as it now is, and the card comes back redrawn (e.g. the button label)
  const changed = s.onChangeAction ? () => runAction(s.onChangeAction, null) : null;
  if (s.label) box.appendChild(el("label", null, s.label));
  const items = s.items || [];
  if (s.type === "DROPDOWN") {
    const sel = el("select");
    sel.name = s.name;
    for (const it of items) {
      const o = el("option", null, it.text);
      o.value = it.value;
      if (it.selected) o.selected = true;
      sel.appendChild(o);
    }
    if (changed) sel.addEventListener("change", changed);
    box.appendChild(sel);
  } else {
    const kind = s.type === "RADIO_BUTTON" ? "radio" : "checkbox";
    for (const it of items) {
      const lab = el("label", "opt");
      const inp = el("input");
      inp.type = kind; inp.name = s.name; inp.value = it.value; inp.checked = !!it.selected;
      if (changed) inp.addEventListener("change", changed);
      lab.appendChild(inp);
      lab.appendChild(document.createTextNode(" " + it.text));
      box.appendChild(lab);
    }
  }
  return box;
}

function renderTextInput(t) {
  const box = el("div", "ginput gtext");
  const lab = el("label", null, t.label || "");
  const inp = el("input");
  inp.type = "text"; inp.name = t.name; inp.placeholder = t.hintText || ""; inp.value = t.value || "";
  lab.appendChild(inp);
  box.appendChild(lab);
  return box;
}

function renderWidget(w) {
  const box = el("div", "gwidget");
  if (w.textParagraph) {
    box.classList.add("gparagraph");
    box.appendChild(safeHtml(w.textParagraph.text));
  } else if (w.decoratedText) {
    const d = w.decoratedText;
    box.classList.add("gdecorated");
    const icon = el("div", "gicon");
    if (d.startIcon) icon.appendChild(iconImg(d.startIcon));
    const body = el("div", "gbody");
    if (d.topLabel) body.appendChild(el("div", "gtop")).appendChild(safeHtml(d.topLabel));
    body.appendChild(el("div", "gtext")).appendChild(safeHtml(d.text));
    if (d.bottomLabel) body.appendChild(el("div", "gbottom")).appendChild(safeHtml(d.bottomLabel));
    if (d.button) body.appendChild(renderButton(d.button));
    box.appendChild(icon); box.appendChild(body);
  } else if (w.buttonList) {
    box.classList.add("gbuttons");
    for (const b of w.buttonList.buttons || []) box.appendChild(renderButton(b));
  } else if (w.selectionInput) {
    box.appendChild(renderSelection(w.selectionInput));
  } else if (w.textInput) {
    box.appendChild(renderTextInput(w.textInput));
  } else if (w.divider) {
    box.appendChild(el("hr"));
  } else if (w.image) {
    const img = el("img"); img.src = w.image.imageUrl; img.alt = w.image.altText || ""; box.appendChild(img);
  } else {
    box.appendChild(el("em", "hint", "(widget not shown in the preview: " + Object.keys(w).join(",") + ")"));
  }
  return box;
}

function renderCard(card) {
  const root = el("div", "gcard");
  root.dataset.name = card.name || "";
  if (card.header) {
    const h = el("div", "gheader");
    h.appendChild(el("div", "gtitle", card.header.title || ""));
    if (card.header.subtitle) h.appendChild(el("div", "gsubtitle", card.header.subtitle));
    root.appendChild(h);
  }
  for (const s of card.sections || []) root.appendChild(renderSection(s));
  if (card.fixedFooter) {
    const f = el("div", "gsection gfooter");
    for (const k of ["primaryButton", "secondaryButton"]) if (card.fixedFooter[k]) f.appendChild(renderButton(card.fixedFooter[k]));
    root.appendChild(f);
  }
  return root;
}

// A collapsible section shows its first uncollapsibleWidgetsCount widgets and a toggle for the rest, as Gmail does.
function renderSection(s) {
  const sec = el("div", "gsection");
  if (s.header) sec.appendChild(el("div", "gsection-header", s.header));
  const widgets = (s.widgets || []).map(renderWidget);
  const shown = s.collapsible ? (s.uncollapsibleWidgetsCount || 0) : widgets.length;
  widgets.forEach((w, i) => { if (i >= shown) w.hidden = true; sec.appendChild(w); });
  if (shown < widgets.length) {
    // Gmail's own control: a chevron (no words, so it suits a card in either language)
    const toggle = el("button", "gtoggle");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-label", "Show more");
    const img = iconImg({ knownIcon: "EXPAND_MORE" });
    toggle.appendChild(img);
    toggle.addEventListener("click", () => {
      const open = widgets[shown].hidden;
      widgets.slice(shown).forEach((w) => { w.hidden = !open; });
      toggle.setAttribute("aria-expanded", String(open));
      toggle.setAttribute("aria-label", open ? "Show less" : "Show more");
      img.src = `/static/icons/${open ? "expand_less" : "expand_more"}.svg`;
    });
    sec.appendChild(toggle);
  }
  return sec;
}

function showTop() {
  const host = $("#card");
  host.innerHTML = "";
  const top = state.stack[state.stack.length - 1];
  if (top) host.appendChild(renderCard(top));
  const nav = $("#card-stack-nav");
  nav.innerHTML = "";
  if (state.stack.length > 1) {
    const back = el("button", "gbutton");
    back.appendChild(iconImg({ knownIcon: "ARROW_BACK" }));
    back.appendChild(document.createTextNode("Back"));
    back.addEventListener("click", () => { state.stack.pop(); showTop(); });
    nav.appendChild(back);
  }
}

// ---- talking to the backend -------------------------------------------------------------------------------------
async function token(url) {
  const r = await fetch("/_demo/token", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url }) });
  const j = await r.json();
  if (!r.ok) throw new Error(j.error || "no token");
  return j.token;
}

function baseEvent() {
  const tz = $("#tz").value;
  const offset = -new Date().getTimezoneOffset() * 60000;
  const ev = {
    commonEventObject: { hostApp: "GMAIL", platform: "WEB", userLocale: $("#locale").value,
      timeZone: { id: tz, offset } },
    authorizationEventObject: { userOAuthToken: "demo-user-oauth-token" },
  };
  if (state.thread) {
    ev.gmail = { messageId: state.thread.eventMessageId, threadId: state.thread.eventThreadId,
      accessToken: "demo-gmail-access-token" };
  }
  return ev;
}

function formInputs() {
  const inputs = {};
  const host = $("#card");
  for (const sel of host.querySelectorAll("select")) {
    inputs[sel.name] = { stringInputs: { value: [sel.value] } };
  }
  for (const inp of host.querySelectorAll("input")) {
    if (inp.type === "text") {
      if (inp.value) inputs[inp.name] = { stringInputs: { value: [inp.value] } };
    } else if (inp.checked) {
      inputs[inp.name] = inputs[inp.name] || { stringInputs: { value: [] } };
      inputs[inp.name].stringInputs.value.push(inp.value);
    }
  }
  return inputs;
}

async function post(url, event) {
  const base = state.info.baseUrl;
  if (!url.startsWith(base + "/")) throw new Error("the card points outside this add-on: " + url);
  const t = await token(url);
  const r = await fetch(url.slice(base.length), { method: "POST",
    headers: { "Content-Type": "application/json", "Authorization": "Bearer " + t }, body: JSON.stringify(event) });
  const j = await r.json().catch(() => ({}));
  $("#raw-json").textContent = JSON.stringify(j, null, 2);
  if (!r.ok) throw new Error(`HTTP ${r.status}: ${j.reason || j.error || "error"}`);
  return j;
}

async function handleResponse(j, thread) {
  const ra = j.renderActions || j;
  const action = ra.action || {};
  for (const nav of action.navigations || []) {
    if (nav.pushCard) state.stack.push(nav.pushCard);
    else if (nav.updateCard) { state.stack.pop(); state.stack.push(nav.updateCard); }
    else if (nav.popToRoot) state.stack.splice(1);
    else if (nav.pop) state.stack.pop();
  }
  if ((action.navigations || []).length) showTop();
  if (action.notification) toast(action.notification.text);
  if (action.link) toast("Link: " + action.link.url);
  const gm = ra.hostAppAction && ra.hostAppAction.gmailAction;
  if (gm && gm.openCreatedDraftActionMarkup) {
    await showDraft(gm.openCreatedDraftActionMarkup.draftId, thread);
    await loadThreads();  // the draft count changes; the order does not
  }
  if (j.header && j.sections) { state.stack = [j]; showTop(); } // a bare card
}

// An answer that arrives after the user opened another thread belongs to the old one: it is dropped.
async function runAction(action, btn) {
  const thread = state.thread;
  const ev = baseEvent();
  ev.commonEventObject.formInputs = formInputs();
  ev.commonEventObject.parameters = Object.fromEntries((action.parameters || []).map((p) => [p.key, p.value]));
  if (btn) btn.disabled = true;
  try {
    const j = await post(action.function, ev);
    if (isCurrent(thread)) await handleResponse(j, thread);
  } catch (e) {
    if (isCurrent(thread)) toast(e.message);
  } finally {
    if (btn) btn.disabled = false;
  }
}

function isCurrent(thread) {
  return !!thread && !!state.thread && state.thread.threadId === thread.threadId;
}

function markActive() {
  for (const li of document.querySelectorAll("#threads li")) {
    li.classList.toggle("active", !!state.thread && li.dataset.threadId === state.thread.threadId);
  }
}

async function openThread(t) {
  state.thread = t;
  markActive();
  clearToast();
  state.stack = [];
  $("#card").innerHTML = '<p class="hint">Loading…</p>';
  // the draft pane shows this thread's draft (the newest), or says it has none
  if (t.draftIds.length) await showDraft(t.draftIds[t.draftIds.length - 1], t);
  else showNoDraft();
  try {
    const j = await post(state.info.endpoints["/on-message"], baseEvent());
    if (isCurrent(t)) await handleResponse(j, t);
  } catch (e) {
    if (!isCurrent(t)) return;
    $("#card").innerHTML = "";
    $("#card").appendChild(el("p", "error", e.message));
  }
}

function showNoDraft() {
  const host = $("#draft");
  host.innerHTML = "";
  host.appendChild(el("p", "hint", "No draft in this conversation yet. Created drafts open here for review, as " +
    "Gmail would open them."));
}

async function showDraft(draftId, thread) {
  const r = await fetch("/_demo/drafts/" + encodeURIComponent(draftId));
  const d = await r.json();
  if (!isCurrent(thread)) return;
  const host = $("#draft");
  host.innerHTML = "";
  if (!r.ok) { host.appendChild(el("p", "error", d.error)); return; }
  const box = el("div", "draft-view");
  box.dataset.draftId = d.draftId;
  box.dataset.threadId = d.threadId;
  const hs = el("div", "draft-headers");
  for (const [k, v] of Object.entries(d.headers)) {
    const row = el("div", "draft-header");
    row.dataset.header = k;
    row.appendChild(el("span", null, k + ":"));
    row.appendChild(document.createTextNode(" " + v));
    hs.appendChild(row);
  }
  const meta = el("div", "draft-meta hint", `Draft ${d.draftId} in thread ${d.threadId} · labels: ${d.labelIds.join(", ")}`);
  box.appendChild(hs); box.appendChild(meta);
  box.appendChild(el("pre", "draft-body", d.text));
  host.appendChild(box);
}

async function loadThreads() {
  const r = await fetch("/_demo/threads");
  const j = await r.json();
  for (const t of j.threads) if (!state.order.includes(t.threadId)) state.order.push(t.threadId);
  const rank = (t) => state.order.indexOf(t.threadId);
  state.threads = j.threads.slice().sort((a, b) => rank(a) - rank(b));
  const ul = $("#threads");
  ul.innerHTML = "";
  for (const t of state.threads) {
    if (state.thread && t.threadId === state.thread.threadId) state.thread = t;
    const li = el("li");
    li.dataset.threadId = t.threadId;
    li.appendChild(el("div", "subj", t.subject));
    li.appendChild(el("div", "meta", `${t.from} · ${t.messages} message(s)` + (t.drafts ? ` · ${t.drafts} draft(s)` : "")));
    li.appendChild(el("div", "snip", t.snippet.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")));
    li.addEventListener("click", () => openThread(state.threads.find((x) => x.threadId === t.threadId)));
    ul.appendChild(li);
  }
  markActive();
}

async function init() {
  state.info = await (await fetch("/_demo/info")).json();
  $("#demo-note").textContent = `Local demo on ${state.info.baseUrl} (loopback only; test tokens accepted only in ` +
    `demo mode) · mailbox of ${state.info.owner} · demo clock ${state.info.now}`;
  const zones = ["Europe/Vienna", "Asia/Jakarta", "America/New_York", "Europe/London", "UTC", "Asia/Makassar",
    "America/Los_Angeles", "Australia/Sydney"];
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (mine && !zones.includes(mine)) zones.unshift(mine);
  for (const z of zones) { const o = el("option", null, z); o.value = z; if (z === mine) o.selected = true; $("#tz").appendChild(o); }
  // the card's language follows the user's locale (commonEventObject.userLocale): pick one to see either
  const locales = [["en-US", "English"], ["id-ID", "Bahasa Indonesia"]];
  const browser = (navigator.language || "en-US").toLowerCase().startsWith("id") ? "id-ID" : "en-US";
  for (const [code, name] of locales) {
    const o = el("option", null, name); o.value = code; if (code === browser) o.selected = true; $("#locale").appendChild(o);
  }
  await loadThreads();
}

init();
