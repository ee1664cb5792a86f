// The neutral page a quick exit falls back to when the browser refuses its own blank page: one
// plain line, no trace of the conversation. Its tab is titled as the browser titles a new tab, in
// the browser's language (not the chat's, which would say who she is and is not in the address).
"use strict";
(() => {
  try { sessionStorage.clear(); } catch (_) { /* storage may be disabled */ }
  const language = navigator.language || "";
  fetch(`/ui/${encodeURIComponent(language || "default")}.json`, { cache: "no-store" })
    .then((r) => r.json())
    .then((ui) => {
      document.documentElement.lang = ui.locale;
      document.title = ui.messages["web-blank-tab-title"] || "";
      document.getElementById("line").textContent = ui.messages["web-bye-text"] || "";
    })
    .catch(() => {});
})();
