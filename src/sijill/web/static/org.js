// The board's date slider: each stop is a date on which a post began or ended; moving it
// fetches that date's board (server-rendered) and puts the date in the URL so it can be shared.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const slider = document.getElementById("board-slider");
  if (!slider) return;
  const dates = JSON.parse(slider.dataset.dates || "[]");
  const out = document.getElementById("board-date");
  const board = document.getElementById("board");
  const org = slider.dataset.org;
  const dateAt = (i) => (i < dates.length ? dates[i] : "");
  let pending = 0;
  slider.addEventListener("input", () => { out.textContent = dateAt(+slider.value) || "الآن"; });
  slider.addEventListener("change", async () => {
    const on = dateAt(+slider.value);
    const ticket = ++pending;
    const query = on ? "?on=" + encodeURIComponent(on) : "";
    const response = await fetch("/orgs/" + encodeURIComponent(org) + "/board" + query);
    if (!response.ok || ticket !== pending) return;
    board.innerHTML = await response.text();  // the server escaped every value in it
    history.replaceState(null, "", "/orgs/" + encodeURIComponent(org) + query);
  });
});
