// The document page's "add a missed claim" form: selecting text in the article fills in the
// selection's start and end offsets (each highlighted piece carries its own start offset).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("add-claim");
  const text = document.getElementById("text");
  if (!form || !text) return;
  const offset = (node, within) => {
    let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    while (el && !(el.dataset && el.dataset.start !== undefined)) el = el.parentElement;
    return el ? Number(el.dataset.start) + within : null;
  };
  document.addEventListener("selectionchange", () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !text.contains(sel.anchorNode)) return;
    const a = offset(sel.anchorNode, sel.anchorOffset);
    const b = offset(sel.focusNode, sel.focusOffset);
    if (a === null || b === null) return;
    form.elements.start.value = Math.min(a, b);
    form.elements.end.value = Math.max(a, b);
  });
});
