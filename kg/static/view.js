// kg's graph view: plain JavaScript, no library, nothing fetched.
// Positions come from kg (the same layout as `kg draw -o graph.png`); this
// script draws them on a canvas and adds zoom, pan, search, a legend that
// hides classes, names that never overlap, and the evidence on hover.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, N = nodes.length;
  var colour = {}, hidden = {};
  data.classes.forEach(function (c) { colour[c.name] = c.colour; });
  var canvas = document.getElementById("graph"), ctx = canvas.getContext("2d");
  var tip = document.getElementById("tip"), search = document.getElementById("search");
  var found = document.getElementById("found");
  var view = { scale: 1, x: 0, y: 0 }, fitScale = 1, W = 0, H = 0;
  var matches = null, hover = null, pending = false, drag = null;
  var baseRadius = Math.max(2.5, Math.min(9, 140 / Math.sqrt(N + 1)));
  var adjacent = nodes.map(function () { return []; });
  edges.forEach(function (e, j) { adjacent[e.s].push(j); adjacent[e.t].push(j); });

  function sx(n) { return n.x * view.scale + view.x; }
  function sy(n) { return n.y * view.scale + view.y; }
  function zoom() { return Math.min(3, Math.sqrt(view.scale / fitScale)); }
  function radius(n) { return baseRadius * (1 + 0.45 * Math.log1p(n.deg)) * zoom(); }
  function shown(i) { return !hidden[nodes[i].cls]; }
  function text(n) {
    var t = n.cls === "Event" ? n.type + ": " + n.label : n.label;
    return t.length > 40 ? t.slice(0, 39) + "\u2026" : t;
  }

  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    if (!N) { minX = minY = -1; maxX = maxY = 1; }
    var w = Math.max(maxX - minX, 0.2), h = Math.max(maxY - minY, 0.2);
    fitScale = view.scale = Math.min((W - 80) / w, (H - 80) / h);
    view.x = W / 2 - (minX + maxX) / 2 * view.scale;
    view.y = H / 2 - (minY + maxY) / 2 * view.scale;
  }

  function resize() {
    var dpr = window.devicePixelRatio || 1;
    W = window.innerWidth; H = Math.max(100, window.innerHeight - 41);
    canvas.width = W * dpr; canvas.height = H * dpr;
    canvas.style.width = W + "px"; canvas.style.height = H + "px";
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  function lit(i) { // is node i highlighted by the search or the hover?
    if (hover && hover.node === i) return true;
    if (hover && hover.node !== undefined) {
      return adjacent[hover.node].some(function (j) { return edges[j].s === i || edges[j].t === i; });
    }
    return matches ? matches.has(i) : false;
  }
  function dimmed(i) {
    if (hover && hover.node !== undefined) return !lit(i);
    return matches ? !matches.has(i) : false;
  }

  function draw() {
    pending = false;
    ctx.clearRect(0, 0, W, H);
    var drawnEdges = 0, drawnNodes = 0, many = edges.length > 800;
    ctx.lineWidth = many ? 0.6 : 1;
    edges.forEach(function (e, j) {
      if (!shown(e.s) || !shown(e.t)) return;
      var a = nodes[e.s], b = nodes[e.t];
      var on = hover && (hover.edge === j || hover.node === e.s || hover.node === e.t);
      var off = !on && (dimmed(e.s) && dimmed(e.t) || (hover && hover.node !== undefined));
      ctx.strokeStyle = on ? "rgba(38,50,56,0.9)" : off ? "rgba(96,125,139,0.06)" : many ? "rgba(96,125,139,0.22)" : "rgba(96,125,139,0.55)";
      ctx.beginPath(); ctx.moveTo(sx(a), sy(a)); ctx.lineTo(sx(b), sy(b)); ctx.stroke();
      drawnEdges++;
    });
    nodes.forEach(function (n, i) {
      if (!shown(i)) return;
      var r = radius(n), x = sx(n), y = sy(n);
      ctx.globalAlpha = dimmed(i) ? 0.15 : 0.95;
      ctx.fillStyle = colour[n.cls] || "#78909c";
      ctx.beginPath();
      if (n.cls === "Event") ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      else ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fill();
      if (lit(i) || n.centre) { ctx.lineWidth = 2; ctx.strokeStyle = "#212121"; ctx.stroke(); }
      drawnNodes++;
    });
    ctx.globalAlpha = 1;
    names();
    if (hover && hover.edge !== undefined) roleLabel(edges[hover.edge]);
    document.getElementById("drawn-nodes").textContent = String(drawnNodes);
    document.getElementById("drawn-edges").textContent = String(drawnEdges);
    document.body.setAttribute("data-drawn-nodes", String(drawnNodes));
  }

  function names() { // most connected first; a name that would overlap another name or a node is left out
    var budget = N <= 30 ? N : Math.min(400, Math.round(30 * view.scale / fitScale));
    var boxes = [], count = 0, h = 15;
    if (N <= 400) nodes.forEach(function (n, i) { // the nodes themselves are in the way
      if (!shown(i)) return;
      var r = radius(n), x = sx(n), y = sy(n);
      boxes.push([x - r, y - r, x + r, y + r]);
    });
    ctx.font = "12px system-ui, sans-serif"; ctx.textBaseline = "bottom"; ctx.textAlign = "left";
    function free(box) {
      if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H - 22) return false; // whole, and above the footer
      for (var k = 0; k < boxes.length; k++) {
        var b = boxes[k];
        if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) return false;
      }
      return true;
    }
    var placed = {};
    function place(i, force) {
      if (placed[i]) return;
      var n = nodes[i], t = text(n), w = ctx.measureText(t).width + 6;
      var x = sx(n), y = sy(n), r = radius(n) + 2;
      var options = [[x - w / 2, y - r - h], [x - w / 2, y + r], [x + r, y - h / 2], [x - r - w, y - h / 2]];
      var box = null;
      for (var k = 0; k < options.length && !box; k++) {
        var b = [options[k][0], options[k][1], options[k][0] + w, options[k][1] + h];
        if (free(b)) box = b;
      }
      if (!box && force) box = [options[0][0], options[0][1], options[0][0] + w, options[0][1] + h];
      if (!box) return;
      boxes.push(box); count++; placed[i] = true;
      ctx.fillStyle = "rgba(255,255,255,0.85)"; ctx.fillRect(box[0], box[1], w, h);
      ctx.fillStyle = dimmed(i) ? "#b0bec5" : "#212121"; ctx.fillText(t, box[0] + 3, box[3] - 1);
    }
    var first = [];
    nodes.forEach(function (n, i) { if (shown(i) && (lit(i) || n.centre)) first.push(i); });
    first.slice(0, 60).forEach(function (i) { place(i, hover && hover.node === i); });
    for (var i = 0; i < N && count < budget + first.length; i++) if (shown(i) && !dimmed(i)) place(i, false);
  }

  function roleLabel(e) {
    var a = nodes[e.s], b = nodes[e.t], x = (sx(a) + sx(b)) / 2, y = (sy(a) + sy(b)) / 2;
    ctx.font = "bold 12px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    var w = ctx.measureText(e.role).width + 8;
    ctx.fillStyle = "#fff"; ctx.fillRect(x - w / 2, y - 8, w, 16);
    ctx.fillStyle = "#263238"; ctx.fillText(e.role, x, y);
  }

  function redraw() { if (!pending) { pending = true; window.requestAnimationFrame(draw); } }

  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    for (var i = 0; i < N; i++) {
      if (!shown(i)) continue;
      var n = nodes[i], dx = sx(n) - px, dy = sy(n) - py, d = dx * dx + dy * dy, r = radius(n) + 3;
      if (d <= r * r && d < bestD) { best = i; bestD = d; }
    }
    return best;
  }
  function edgeAt(px, py) {
    var best = null, bestD = 25;
    edges.forEach(function (e, j) {
      if (!shown(e.s) || !shown(e.t)) return;
      var ax = sx(nodes[e.s]), ay = sy(nodes[e.s]), bx = sx(nodes[e.t]), by = sy(nodes[e.t]);
      var vx = bx - ax, vy = by - ay, len = vx * vx + vy * vy;
      var t = len ? Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len)) : 0;
      var dx = ax + t * vx - px, dy = ay + t * vy - py, d = dx * dx + dy * dy;
      if (d < bestD) { best = j; bestD = d; }
    });
    return best;
  }

  function line(parent, key, value) {
    if (!value) return;
    var div = document.createElement("div"), k = document.createElement("span");
    k.className = "k"; k.textContent = key + " ";
    div.appendChild(k); div.appendChild(document.createTextNode(value)); parent.appendChild(div);
  }
  function evidence(parent, sentence) {
    sentence.split(" | ").slice(0, 3).forEach(function (s) {
      if (!s) return;
      var q = document.createElement("q"); q.textContent = s; parent.appendChild(q);
    });
  }
  function showTip(px, py) {
    tip.textContent = "";
    var head = document.createElement("strong");
    if (hover.node !== undefined) {
      var n = nodes[hover.node];
      head.textContent = n.label; tip.appendChild(head);
      line(tip, "class", n.cls === "Event" ? "Event (" + n.type + ")" : n.cls);
      line(tip, "links", String(n.deg));
      line(tip, "document", n.doc);
      if (n.sentence) evidence(tip, n.sentence);
      else {
        var docs = {};
        adjacent[hover.node].forEach(function (j) { docs[edges[j].doc] = 1; });
        line(tip, "documents", Object.keys(docs).sort().slice(0, 8).join(", "));
      }
      line(tip, "id", n.id);
    } else {
      var e = edges[hover.edge];
      head.textContent = text(nodes[e.s]) + " \u2192 " + e.role + " \u2192 " + nodes[e.t].label;
      tip.appendChild(head);
      line(tip, "document", e.doc);
      evidence(tip, e.sentence);
    }
    tip.hidden = false;
    var x = Math.min(px + 14, W - tip.offsetWidth - 8), y = py + 41 + 14;
    if (y + tip.offsetHeight > window.innerHeight) y = py + 41 - tip.offsetHeight - 10;
    tip.style.left = Math.max(4, x) + "px"; tip.style.top = Math.max(44, y) + "px";
  }

  canvas.addEventListener("mousemove", function (ev) {
    var px = ev.offsetX, py = ev.offsetY;
    if (drag) {
      view.x = drag.vx + px - drag.px; view.y = drag.vy + py - drag.py; redraw(); return;
    }
    var i = nodeAt(px, py), j = i === null ? edgeAt(px, py) : null;
    hover = i !== null ? { node: i } : j !== null ? { edge: j } : null;
    if (hover) showTip(px, py); else tip.hidden = true;
    redraw();
  });
  canvas.addEventListener("mouseleave", function () { hover = null; tip.hidden = true; redraw(); });
  canvas.addEventListener("mousedown", function (ev) {
    drag = { px: ev.offsetX, py: ev.offsetY, vx: view.x, vy: view.y };
    canvas.classList.add("dragging"); tip.hidden = true;
  });
  window.addEventListener("mouseup", function () { drag = null; canvas.classList.remove("dragging"); });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var f = Math.exp(-ev.deltaY * 0.0015), s = Math.max(fitScale / 4, Math.min(fitScale * 200, view.scale * f));
    view.x = ev.offsetX - (ev.offsetX - view.x) * s / view.scale;
    view.y = ev.offsetY - (ev.offsetY - view.y) * s / view.scale;
    view.scale = s; redraw();
  }, { passive: false });
  canvas.addEventListener("dblclick", function () { fit(); redraw(); });

  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches = null;
    if (q) {
      matches = new Set();
      nodes.forEach(function (n, i) {
        if (n.label.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase() === q) matches.add(i);  // names, or a whole IRI
      });
    }
    found.textContent = matches ? matches.size + " found" : "";
    redraw();
  });
  function centre(i) {
    var n = nodes[i];
    view.scale = Math.max(view.scale, fitScale * 4);
    view.x = W / 2 - n.x * view.scale; view.y = H / 2 - n.y * view.scale;
  }
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { search.value = ""; search.dispatchEvent(new Event("input")); return; }
    if (ev.key !== "Enter" || !matches || !matches.size) return;
    centre(Math.min.apply(null, Array.from(matches)));  // the most connected match
    redraw();
  });

  // A link can open the page on a search (#search=Netflix) or a node (#node=IRI, its details shown).
  function fromLink() {
    var hash = decodeURIComponent(window.location.hash.slice(1)), m;
    if ((m = /^search=(.*)$/.exec(hash))) {
      search.value = m[1]; search.dispatchEvent(new Event("input"));
      if (matches && matches.size) centre(Math.min.apply(null, Array.from(matches)));
    } else if ((m = /^node=(.*)$/.exec(hash))) {
      var i = nodes.findIndex(function (n) { return n.id === m[1]; });
      if (i < 0) return;
      centre(i); hover = { node: i }; showTip(sx(nodes[i]), sy(nodes[i]));
    }
  }
  window.addEventListener("hashchange", function () { hover = null; tip.hidden = true; fromLink(); redraw(); });

  var legend = document.getElementById("legend");
  data.classes.forEach(function (c) {
    var div = document.createElement("div"), dot = document.createElement("i");
    var count = nodes.filter(function (n) { return n.cls === c.name; }).length;
    dot.style.background = c.colour;
    if (c.name === "Event") dot.className = "square";
    div.appendChild(dot); div.appendChild(document.createTextNode(c.name + " (" + count + ")"));
    div.title = "click: hide or show";
    div.addEventListener("click", function () {
      hidden[c.name] = !hidden[c.name]; div.classList.toggle("off", !!hidden[c.name]); redraw();
    });
    legend.appendChild(div);
  });

  window.addEventListener("resize", function () { resize(); redraw(); });  // keep the user's zoom
  resize(); fit(); fromLink(); draw();
})();
