// The ego graph: the actor in the middle, its posts, co-members and event partners around it,
// drawn by cytoscape (bundled from npm by scripts/build-web). A click on a node opens its page.
"use strict";
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("graph");
  if (!box || typeof cytoscape === "undefined") return;
  const response = await fetch(box.dataset.src);
  if (!response.ok) { box.textContent = "تعذّر تحميل الشبكة"; return; }
  const graph = await response.json();
  const elements = graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type,
    centre: n.centre ? 1 : 0 } }));
  graph.edges.forEach((e, i) => elements.push({ data: { id: "e" + i, source: e.source,
    target: e.target, kind: e.kind, label: e.label } }));
  const colours = { post: "#0b5d7a", "co-member": "#d08a2b", event: "#7b4fa3" };
  const cy = cytoscape({
    container: box, elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-family": "Noto Naskh Arabic, serif",
        "font-size": 12, "text-valign": "bottom", "text-margin-y": 4, width: 18, height: 18,
        "background-color": "#8fb8c9" } },
      { selector: "node[type = 'ORG']", style: { shape: "round-rectangle", "background-color": "#d4ecf7",
        "border-width": 1, "border-color": "#0b5d7a" } },
      { selector: "node[centre = 1]", style: { width: 30, height: 30, "background-color": "#0b5d7a",
        "font-weight": "bold" } },
      { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "line-color": "#aab3bb" } },
      ...Object.entries(colours).map(([kind, colour]) => ({ selector: `edge[kind = '${kind}']`,
        style: { "line-color": colour } })),
    ],
  });
  cy.on("tap", "node", (evt) => {
    const node = evt.target.data();
    window.location.href = "/entities/" + encodeURIComponent(node.id);
  });
  box.dataset.ready = String(cy.nodes().length);
});
