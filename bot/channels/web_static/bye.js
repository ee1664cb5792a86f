// The neutral page a quick exit lands on: one plain line, no trace of the conversation.
"use strict";
(() => {
  try { sessionStorage.clear(); } catch (_) { /* storage may be disabled */ }
  const chosen = new URLSearchParams(location.search).get("l");
  const language = chosen || navigator.language || "";
  fetch(`/ui/${encodeURIComponent(language || "default")}.json`, { cache: "no-store" })
    .then((r) => r.json())
    .then((ui) => {
      document.documentElement.lang = ui.locale;
      document.title = ui.messages["web-bye-title"] || "";
      document.getElementById("line").textContent = ui.messages["web-bye-text"] || "";
    })
    .catch(() => {});
})();
