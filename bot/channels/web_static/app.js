// The web chat page: one websocket per conversation, every word from /ui/<locale>.json.
// Message text is only ever set with textContent, never parsed as HTML.
"use strict";
(() => {
  const TOKEN_KEY = "wh-session"; // sessionStorage only: gone when the tab closes, never a cookie
  const MONGOLIAN = /[\u1800-\u18AF]/;

  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const statusLine = $("status");
  const form = $("composer");
  const input = $("text");
  const fileInput = $("file");

  let ui = {};
  let locale = "";
  let ws = null;
  let backoff = 500;
  let exiting = false;
  let statusKey = "web-connecting";
  let maxUploadBytes = Infinity;
  let maxMessageBytes = Infinity;
  const pending = new Map(); // client id -> frame, until the server acknowledges it
  // Frames the server could not record (its database was down): sent again, same id, after a pause.
  const retries = new Map(); // client id -> { timer, delay }
  let notRecordedShown = false; // the "not saved yet" line is shown once per outage, not per retry
  const seen = new Set(); // outbox ids already shown (the outbox delivers at least once)

  const t = (id) => (Object.prototype.hasOwnProperty.call(ui, id) ? ui[id] : "");

  function newId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function storedToken() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch (_) { return ""; }
  }

  function storeToken(token) {
    try { sessionStorage.setItem(TOKEN_KEY, token); } catch (_) { /* private mode: the tab keeps it in memory */ }
  }

  // ---- words ------------------------------------------------------------------------------

  async function loadUi(tag) {
    try {
      // Never wait long: the page (and its quick exit) shows once the words are in or this gives up.
      const response = await fetch(`/ui/${encodeURIComponent(tag || "default")}.json`, {
        cache: "no-store",
        signal: AbortSignal.timeout(4000),
      });
      const body = await response.json();
      ui = body.messages || {};
      locale = body.locale || "";
      if (body.max_upload_bytes) maxUploadBytes = body.max_upload_bytes;
    } catch (_) {
      return; // keep the words we have
    }
    document.documentElement.lang = locale;
    applyUi();
  }

  function applyUi() {
    document.title = t("web-title");
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
    for (const el of document.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
    for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
    showStatus(statusKey);
  }

  function showStatus(key) {
    statusKey = key;
    statusLine.hidden = !key;
    statusLine.textContent = key ? t(key) : "";
  }

  // ---- bubbles ----------------------------------------------------------------------------

  // After "danger now" the numbers to call stay on screen while the bot's answers come in below
  // them (they would push the numbers off a phone's screen); her next action lets the log follow.
  let held = null;

  function scrollDown() {
    if (held && held.isConnected) {
      const gap = parseFloat(getComputedStyle(log).paddingTop) || 0;
      log.scrollTop += held.getBoundingClientRect().top - log.getBoundingClientRect().top - gap;
      return;
    }
    held = null;
    log.scrollTop = log.scrollHeight;
  }

  function follow() {
    held = null;
  }

  function mongolianShare(text) {
    let letters = 0;
    let mongolian = 0;
    for (const ch of text) {
      if (/\p{L}/u.test(ch)) {
        letters += 1;
        if (MONGOLIAN.test(ch)) mongolian += 1;
      }
    }
    return letters ? mongolian / letters : 0;
  }

  function bubble(who, text, label) {
    const el = document.createElement("div");
    el.className = `bubble ${who}`;
    if (label) el.setAttribute("aria-label", label);
    log.append(el);
    // Only text that is mostly traditional Mongolian is marked (and, when long, set
    // vertically): a Chinese account quoting one Mongolian line must stay readable.
    const share = mongolianShare(text);
    if (share > 0.6) el.lang = "mn-Mong-CN";
    if (share > 0.9 && text.length > 120) {
      el.classList.add("long");
      vertical.set(el, text);
      layOutPages(el);
    } else {
      fill(el, text);
    }
    scrollDown();
    return el;
  }

  // A case reference never breaks across lines ("HLB-2026-" / "000001"), and the emergency
  // numbers in the bot's words are links she can tap to call. Everything else stays plain text.
  const REFERENCE = /HLB-\d{4}-\d{6}/u;
  const EMERGENCY_NUMBERS = ["110", "120", "12338"];
  const SPECIAL = new RegExp(
    `(${REFERENCE.source})|(?<![\\d./:-])(${EMERGENCY_NUMBERS.join("|")})(?!\\d)`,
    "gu",
  );

  function fill(el, text) {
    el.replaceChildren();
    const calls = el.closest(".bot") !== null; // her own words are never turned into links
    let at = 0;
    for (const match of text.matchAll(SPECIAL)) {
      const [token, reference, number] = match;
      if (number && !calls) continue;
      el.append(text.slice(at, match.index), reference ? unbroken(reference) : callLink(number, number, "tel"));
      at = match.index + token.length;
    }
    el.append(text.slice(at));
  }

  function unbroken(text) {
    const span = document.createElement("span");
    span.className = "nowrap";
    span.textContent = text;
    return span;
  }

  function callLink(number, label, className) {
    const link = document.createElement("a");
    link.className = className;
    link.href = `tel:${number}`;
    link.textContent = label;
    return link;
  }

  // Vertical text needs a height to wrap its columns at, and then grows sideways: a long text
  // would run off a phone's screen. It is cut, between words, into pages that each fit the
  // bubble; the pages stack downwards, so she reads columns left to right, then the next page.
  const vertical = new WeakMap(); // bubble -> its whole text, to lay it out again on resize

  function layOutPages(el) {
    const words = vertical.get(el).split(/(?<=\s)/u); // each piece keeps its trailing space
    el.replaceChildren();
    let start = 0;
    while (start < words.length) {
      const page = document.createElement("div");
      page.className = "page";
      el.append(page);
      const fits = (end) => {
        fill(page, words.slice(start, end).join(""));
        return page.scrollWidth <= page.clientWidth + 1;
      };
      // The longest run of words from `start` that fits (one word at least, whatever its size).
      let low = start + 1;
      let high = words.length;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (fits(middle)) low = middle;
        else high = middle - 1;
      }
      fits(low);
      start = low;
    }
  }

  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      for (const el of log.querySelectorAll(".bubble.long")) if (vertical.has(el)) layOutPages(el);
    }, 150);
  });

  function buttonsFor(rows, owner) {
    const box = document.createElement("div");
    box.className = "buttons";
    for (const row of rows) {
      const line = document.createElement("div");
      line.className = "row";
      for (const item of row) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "choice";
        button.textContent = String(item.label);
        if (mongolianShare(button.textContent) > 0.6) button.lang = "mn-Mong-CN";
        button.addEventListener("click", () => {
          follow();
          for (const b of box.querySelectorAll("button")) b.disabled = true;
          bubble("me", String(item.label), t("web-you"));
          send({ type: "action", action: String(item.action) });
        });
        line.append(button);
      }
      box.append(line);
    }
    owner.after(box);
    scrollDown();
  }

  // Pictures (the supervisors' charts) come inline as data: URIs, each in a figure after the
  // message, its title as the alternative text; anything but a PNG or JPEG data URI is left out.
  const IMAGE_SRC = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/u;

  function imagesFor(images, owner) {
    let last = owner;
    for (const item of images) {
      const src = String(item.src || "");
      if (!IMAGE_SRC.test(src)) continue;
      const figure = document.createElement("figure");
      figure.className = "chart";
      const img = document.createElement("img");
      img.alt = String(item.title || "");
      img.addEventListener("load", scrollDown);
      img.src = src;
      figure.append(img);
      last.after(figure);
      last = figure;
    }
    return last;
  }

  function showMessage(message) {
    if (message.id !== null && message.id !== undefined) {
      if (seen.has(message.id)) return;
      seen.add(message.id);
    }
    if (message.clear) log.replaceChildren();
    if (message.remove_buttons) for (const box of log.querySelectorAll(".buttons")) box.remove();
    const images = message.images || [];
    if (!message.text && !(message.buttons || []).length && !images.length) return;
    const el = bubble("bot", String(message.text || ""), t("web-bot"));
    const last = images.length ? imagesFor(images, el) : el;
    if ((message.buttons || []).length) buttonsFor(message.buttons, last);
  }

  function showError(text) {
    if (text) bubble("error", String(text));
  }

  function showEmergency() {
    const el = bubble("bot urgent", t("web-danger-local"));
    const calls = document.createElement("div");
    calls.className = "calls";
    for (const number of EMERGENCY_NUMBERS) calls.append(callLink(number, t(`web-call-${number}`), "call"));
    el.append(calls);
    held = el;
    scrollDown();
  }

  // ---- the socket -------------------------------------------------------------------------

  function trySend(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) {
      ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function send(frame, el) {
    frame.id = newId();
    pending.set(frame.id, frame);
    trySend(frame);
    if (el) Object.defineProperty(frame, "el", { value: el, enumerable: false }); // not sent
  }

  function connect() {
    if (exiting) return;
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${location.host}/ws`);
    ws = socket;
    socket.addEventListener("open", () => {
      // An empty page (a reload) asks for the current question again; a reconnect keeps its bubbles.
      const resume = !log.querySelector(".bubble");
      socket.send(JSON.stringify({ type: "hello", token: storedToken(), language: navigator.language || "", resume }));
    });
    socket.addEventListener("message", (event) => {
      let data;
      try { data = JSON.parse(event.data); } catch (_) { return; }
      onFrame(data);
    });
    socket.addEventListener("close", () => {
      if (ws !== socket || exiting) return;
      ws = null;
      showStatus("web-reconnecting");
      setTimeout(connect, backoff + Math.random() * 250);
      backoff = Math.min(backoff * 2, 15000);
    });
  }

  function onFrame(data) {
    switch (data.type) {
      case "session":
        storeToken(data.token);
        if (data.max_upload_bytes) maxUploadBytes = data.max_upload_bytes;
        if (data.max_message_bytes) maxMessageBytes = data.max_message_bytes;
        backoff = 500;
        showStatus("");
        // Anything not acknowledged before the drop goes again with the same id:
        // the server deduplicates by it.
        for (const frame of pending.values()) trySend(frame);
        break;
      case "message":
        showMessage(data);
        break;
      case "locale":
        if (data.locale && data.locale !== locale) loadUi(data.locale);
        break;
      case "ack":
        acknowledged(data.id);
        break;
      case "error":
        if (data.retry && data.id && pending.has(data.id)) {
          // Not recorded: her words stay on the page and go again by themselves.
          resendLater(data.id);
          if (!notRecordedShown) showError(data.text);
          notRecordedShown = true;
          break;
        }
        if (data.id) restoreRefused(data.id);
        showError(data.text);
        break;
      default:
        break;
    }
  }

  // ---- what she does ----------------------------------------------------------------------

  function sendText() {
    const text = input.value;
    if (!text.trim()) return;
    if (new TextEncoder().encode(text).length > maxMessageBytes) {
      showError(t("web-error-too-large")); // her text stays in the box, to be split
      return;
    }
    input.value = "";
    follow();
    const el = bubble("me", text, t("web-you"));
    send({ type: "text", text }, el);
  }

  function acknowledged(id) {
    const frame = pending.get(id);
    pending.delete(id);
    const retry = retries.get(id);
    if (retry) {
      clearTimeout(retry.timer);
      retries.delete(id);
    }
    if (frame && frame.el) frame.el.classList.remove("waiting");
    if (!retries.size) notRecordedShown = false;
  }

  function resendLater(id) {
    const frame = pending.get(id);
    const before = retries.get(id);
    const delay = Math.min(before ? before.delay * 2 : 1000, 15000);
    if (before) clearTimeout(before.timer);
    if (frame.el) frame.el.classList.add("waiting");
    const timer = setTimeout(() => {
      if (pending.has(id)) trySend(frame); // on a closed socket, the next "session" frame sends it
    }, delay + Math.random() * 250);
    retries.set(id, { timer, delay });
  }

  function restoreRefused(id) {
    // The server refused a message: mark its bubble and give her the text back, nothing lost.
    const frame = pending.get(id);
    pending.delete(id);
    if (!frame || frame.type !== "text") return;
    if (frame.el) frame.el.classList.add("failed");
    if (!input.value) input.value = frame.text;
  }

  async function upload(file) {
    const token = storedToken();
    const id = newId();
    const body = new FormData();
    body.append("token", token);
    body.append("id", id);
    if (file.size > maxUploadBytes) {
      // Tell the server what it was without sending the bytes over her mobile data.
      body.append("too_large", "1");
      body.append("size", String(file.size));
      body.append("file", new Blob([], { type: file.type }), file.name);
    } else {
      body.append("file", file, file.name);
    }
    follow();
    const mine = bubble("me", file.name, t("web-you"));
    const tag = document.createElement("span");
    tag.className = "file-label";
    tag.textContent = t("web-file-label");
    mine.prepend(tag);
    showStatus("web-uploading");
    try {
      // Token and id in headers too: the server checks them before it reads a byte of the file.
      const headers = { "X-Session-Token": token, "X-Upload-Id": id };
      let delay = 1000;
      let said = false;
      for (;;) {
        const response = await fetch("/upload", { method: "POST", body, headers, cache: "no-store" });
        const answer = await response.json().catch(() => ({}));
        if (response.status === 503 && answer.retry && !exiting) {
          // Not recorded: the file stays with the page and goes again, same id (counted once).
          mine.classList.add("waiting");
          if (!said) showError(answer.text);
          said = true;
          await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * 250));
          delay = Math.min(delay * 2, 15000);
          continue;
        }
        mine.classList.remove("waiting");
        if (!response.ok) showError(answer.text || t("web-error-upload-failed"));
        break;
      }
    } catch (_) {
      showError(t("web-error-upload-failed"));
    } finally {
      showStatus(ws && ws.readyState === WebSocket.OPEN ? "" : "web-reconnecting");
    }
  }

  function quickExit() {
    exiting = true;
    const token = storedToken();
    const id = newId();
    try {
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "action", action: "exit", id }));
    } catch (_) { /* leaving anyway */ }
    try {
      // The page is about to go: a beacon survives the navigation; same id, so it counts once.
      if (token && navigator.sendBeacon) navigator.sendBeacon("/exit", new URLSearchParams({ token, id }));
    } catch (_) { /* leaving anyway */ }
    try { sessionStorage.clear(); } catch (_) { /* nothing stored */ }
    pending.clear();
    for (const retry of retries.values()) clearTimeout(retry.timer);
    retries.clear();
    seen.clear();
    document.title = "";
    document.body.replaceChildren();
    // The browser's own blank page replaces this entry: no entry of the tab's history names the
    // service (its address, a title or her language), and the tab looks like a new one.
    // A browser that refuses it gets the neutral page of this site instead.
    setTimeout(() => location.replace("/bye"), 1500);
    location.replace("about:blank");
  }

  for (const gesture of ["wheel", "touchmove"]) log.addEventListener(gesture, follow, { passive: true });
  $("exit").addEventListener("click", quickExit);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.isComposing) quickExit(); // not while an input method is open
  });
  $("danger").addEventListener("click", () => {
    showEmergency();
    send({ type: "action", action: "danger" });
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    sendText();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendText();
    }
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (file) upload(file);
  });

  loadUi(navigator.language || "").then(() => {
    document.body.classList.add("ready");
    connect();
  });
})();
