/* routes-map.js: incidents layer, time filter and offline basemap of a routes map (MIT). */
(function () {
  "use strict";
  var R = window.routesMap = window.routesMap || {};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function safeHref(url) {
    return /^https?:\/\/[^\s]+$/i.test(url) ? url : "";
  }

  function sourceNode(src) {
    var href = safeHref(src);
    if (!href) { return document.createTextNode(src); }
    var a = el("a", src);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // Month index (year * 12 + month - 1) → "YYYY-MM".
  function fmt(m) {
    var y = Math.floor(m / 12), mo = m - y * 12 + 1;
    return y + "-" + (mo < 10 ? "0" : "") + mo;
  }

  // An incident's span [s, e] in month indices; s === null: undated (always shown);
  // s < 0: month e (0-11) of an unknown year, shown when the range covers that month.
  function inRange(s, e, lo, hi) {
    if (s === null) { return true; }
    if (s < 0) { return hi - lo >= 11 || ((e - (lo % 12)) + 12) % 12 <= hi - lo; }
    return s <= hi && e >= lo;
  }
  R.inRange = inRange;

  R.basemap = function (map, data, style) {
    var pane = map.createPane("routesBase");
    pane.style.zIndex = 250;
    return L.geoJSON(data, {
      pane: "routesBase",
      interactive: false,
      style: function () { return style; },
      attribution: "Countries: Natural Earth (public domain)"
    });
  };

  R.incidents = function (map, group, D) {
    var rows = D.rows, n = rows.length, icons = {}, markers = new Array(n);

    function icon(t, slot, approx) {
      var key = t + ":" + slot + ":" + approx;
      if (!icons[key]) {
        var dx = 0, dy = 0;
        if (slot > 0) {
          var ring = 1 + Math.floor((slot - 1) / 6), a = ((slot - 1) % 6) * Math.PI / 3 + ring * 0.5;
          dx = 15 * ring * Math.cos(a);
          dy = 15 * ring * Math.sin(a);
        }
        icons[key] = L.divIcon({
          html: D.svgs[t],
          className: "routes-incident routes-" + D.types[t] + (approx ? " routes-approx" : ""),
          iconSize: [20, 20],
          iconAnchor: [10 - dx, 10 - dy]
        });
      }
      return icons[key];
    }

    function label(r) {
      return D.types[r[2]] + " · " + D.places[r[3]] + " · " + (r[4] === null ? "date unknown" : r[4]);
    }

    function popup(layer) {
      var r = rows[layer._routesIndex], div = el("div", null, "routes-popup");
      var t = D.types[r[2]];
      div.appendChild(el("b", t.charAt(0).toUpperCase() + t.slice(1)));
      if (r[8]) { div.appendChild(document.createTextNode(" ")); div.appendChild(el("i", "(alleged)")); }
      div.appendChild(el("br"));
      div.appendChild(document.createTextNode(
        D.places[r[3]] + " · " + (r[4] === null ? "date unknown" : r[4]) + " "));
      div.appendChild(el("small", "(" + r[5] + ")"));
      if (r[12] === 2) { div.appendChild(el("br")); div.appendChild(el("small", "Place inferred from the context of the article")); }
      if (r[12] === 3) { div.appendChild(el("br")); div.appendChild(el("small", "Only the country or region is known")); }
      if (r[12] === 4) { div.appendChild(el("br")); div.appendChild(el("small", "Drawn at the centre of its town: the quarter's own position is not known")); }
      r[10].forEach(function (kv) {
        div.appendChild(el("br"));
        div.appendChild(document.createTextNode(kv[0] + ": " + kv[1]));
      });
      r[9].slice(0, 3).forEach(function (qi) {
        var q = D.quotes[qi], bq = el("blockquote", null, "routes-quote"), sm = el("small");
        bq.appendChild(document.createTextNode("“" + q[0] + "”"));
        bq.appendChild(el("br"));
        sm.appendChild(sourceNode(D.sources[q[1]]));
        sm.appendChild(document.createTextNode(" [" + q[2] + "–" + q[3] + "]"));
        bq.appendChild(sm);
        div.appendChild(bq);
      });
      if (r[9].length > 3) { div.appendChild(el("small", "… and " + (r[9].length - 3) + " more")); }
      return div;
    }

    for (var i = 0; i < n; i++) {
      var r = rows[i];
      var m = L.marker([r[0], r[1]], {
        icon: icon(r[2], D.clustered ? 0 : r[11], r[12] !== 1), keyboard: true, title: label(r),
        alt: label(r)
      });
      m._routesIndex = i;
      m.bindPopup(popup, {maxWidth: 360});
      markers[i] = m;
    }

    var state = {total: n, visible: n, lo: D.tmin, hi: D.tmax};
    function show(list) {
      group.clearLayers();
      if (group.addLayers) { group.addLayers(list); } else { list.forEach(function (x) { group.addLayer(x); }); }
      state.visible = list.length;
    }
    function filter(lo, hi) {
      var list = [];
      for (var j = 0; j < n; j++) {
        if (inRange(rows[j][6], rows[j][7], lo, hi)) { list.push(markers[j]); }
      }
      state.lo = lo;
      state.hi = hi;
      show(list);
    }
    show(markers);
    state.filter = filter;
    R.state = state;

    if (D.tmin !== null && D.tmax > D.tmin) {
      var ctl = L.control({position: "bottomright"});
      ctl.onAdd = function () {
        var box = L.DomUtil.create("div", "routes-time leaflet-control leaflet-bar");
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", "Time filter: show incidents between two months");
        box.appendChild(el("b", "Incidents between"));
        var inputs = [], outs = [];
        ["From", "To"].forEach(function (name, k) {
          var row = el("label", null, "routes-time-row"), inp = el("input"), out = el("output");
          row.appendChild(el("span", name));
          inp.type = "range";
          inp.min = D.tmin;
          inp.max = D.tmax;
          inp.step = 1;
          inp.value = k === 0 ? D.tmin : D.tmax;
          inp.className = "routes-time-" + name.toLowerCase();
          inp.setAttribute("aria-label", name + " month");
          out.textContent = fmt(+inp.value);
          row.appendChild(inp);
          row.appendChild(out);
          box.appendChild(row);
          inputs.push(inp);
          outs.push(out);
        });
        var note = el("small", null, "routes-time-note");
        box.appendChild(note);
        function update() {
          var lo = +inputs[0].value, hi = +inputs[1].value;
          if (lo > hi) { var tmp = lo; lo = hi; hi = tmp; }
          outs[0].textContent = fmt(+inputs[0].value);
          outs[1].textContent = fmt(+inputs[1].value);
          inputs.forEach(function (x) { x.setAttribute("aria-valuetext", fmt(+x.value)); });
          filter(lo, hi);
          note.textContent = state.visible + " of " + n + " shown (undated always)";
        }
        inputs.forEach(function (x) { L.DomEvent.on(x, "input change", update); });
        note.textContent = n + " of " + n + " shown (undated always)";
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      ctl.addTo(map);
    }
    setTimeout(function () { R.ready = true; window.routesReady = true; }, 0);
    return state;
  };
})();
