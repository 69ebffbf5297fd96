/*
 * flow-explorer replay player: plays the recorded run(s) in the JSON block #replay-data
 * (format flow-explorer-replay/1, written by org.flowexplorer.core.replay.ReplayData):
 *   title; palette {categorical[8], viridis[256], target, uniform};
 *   chapters[]: title, caption, question, dataset, dim, particles, targets, total_steps,
 *     pause_reason, open_frame, config (JSON text), view {yaw, pitch}, modes | null, target_points, positions,
 *     frames {step[], sigma[], mmd2[], sliced_w2[], modes_covered[], in_mode_fraction[], rule[]},
 *     rules[] {flow, formula, update, since, params [[symbol, value]], changed[]}.
 *   Point blocks {count, max_error, lo[d], scale[d], data}: data is base64 of 16-bit little-endian
 *   codes q, frame after frame, point after point; a coordinate is lo[c] + q * scale[c].
 * Text from the data reaches the page only through textContent, never as markup.
 */
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('replay-data').textContent);
  const el = (id) => document.getElementById(id);
  const view = el('view');
  const chart = el('chart');
  const state = { chapter: 0, frame: 0, playing: false, colour: 'mode', targets: true, yaw: 0, pitch: 0 };
  let ch = null; // the decoded chapter on show
  let shown = null; // the positions drawn last (test hook)

  function num(x, digits) {
    if (x === null || x === undefined || !isFinite(x)) return '–';
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e5)) return x.toExponential((digits || 3) - 1);
    return String(Number(x.toPrecision(digits || 3)));
  }

  function bytes(b64) {
    const s = atob(b64);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  function block(b) {
    return { lo: b.lo, scale: b.scale, d: b.lo.length, count: b.count, maxError: b.max_error, bytes: bytes(b.data) };
  }

  /** Coordinates of points first .. first+count-1 of a point block (all its frames in a row). */
  function decode(b, first, count) {
    const d = b.d;
    const out = new Float64Array(count * d);
    const base = 2 * first * d;
    for (let k = 0; k < out.length; k++) {
      const o = base + 2 * k;
      out[k] = b.lo[k % d] + (b.bytes[o] | (b.bytes[o + 1] << 8)) * b.scale[k % d];
    }
    return out;
  }

  function load(index) {
    const src = data.chapters[index];
    const c = { src: src, index: index, n: src.particles, d: src.dim, frames: src.frames.step.length };
    c.pos = block(src.positions);
    c.targets = decode(block(src.target_points), 0, src.target_points.count);
    c.modes = src.modes ? decode(block(src.modes), 0, src.modes.count) : null;
    c.cache = new Map();
    state.chapter = index;
    state.yaw = src.view.yaw;
    state.pitch = src.view.pitch;
    if (state.colour === 'mode' && !c.modes) state.colour = 'uniform';
    ch = c;
    c.speedRef = speedReference();
    showChapter();
    seek(src.open_frame);
  }

  function positions(f) {
    if (!ch.cache.has(f)) {
      if (ch.cache.size > 8) ch.cache.clear();
      ch.cache.set(f, decode(ch.pos, f * ch.n, ch.n));
    }
    return ch.cache.get(f);
  }

  /** Distance per simulation step of each particle since the previous frame. */
  function speeds(f) {
    const out = new Float64Array(ch.n);
    if (f === 0) return out;
    const a = positions(f - 1), b = positions(f), d = ch.d;
    const steps = Math.max(1, ch.src.frames.step[f] - ch.src.frames.step[f - 1]);
    for (let i = 0; i < ch.n; i++) {
      let q = 0;
      for (let c = 0; c < d; c++) q += (b[i * d + c] - a[i * d + c]) ** 2;
      out[i] = Math.sqrt(q) / steps;
    }
    return out;
  }

  /** The 95th percentile of the speeds of up to 20 frames: one runaway particle does not darken the rest. */
  function speedReference() {
    const all = [];
    const every = Math.max(1, Math.floor(ch.frames / 20));
    for (let f = 1; f < ch.frames; f += every) all.push(...speeds(f));
    all.sort((x, y) => x - y);
    return all.length ? all[Math.floor(0.95 * (all.length - 1))] || 1 : 1;
  }

  function colours(f, p) {
    const pal = data.palette, n = ch.n, d = ch.d, out = new Array(n);
    if (state.colour === 'speed') {
      const s = speeds(f);
      for (let i = 0; i < n; i++) out[i] = pal.viridis[Math.min(255, Math.round(255 * s[i] / ch.speedRef))];
    } else if (state.colour === 'mode' && ch.modes) {
      const k = ch.modes.length / d;
      for (let i = 0; i < n; i++) {
        let best = 0, bestD = Infinity;
        for (let m = 0; m < k; m++) {
          let q = 0;
          for (let c = 0; c < d; c++) q += (p[i * d + c] - ch.modes[m * d + c]) ** 2;
          if (q < bestD) { bestD = q; best = m; }
        }
        out[i] = pal.categorical[best % pal.categorical.length];
      }
    } else {
      out.fill(pal.uniform);
    }
    return out;
  }

  /** Screen x, y of data point i of coords p (3D: turned by yaw about y, then pitch about x). */
  function projector(w, h) {
    const d = ch.d, cy = Math.cos(state.yaw), sy = Math.sin(state.yaw), cp = Math.cos(state.pitch), sp = Math.sin(state.pitch);
    const flat = (p, i, out) => {
      const x = p[i * d], y = d > 1 ? p[i * d + 1] : 0, z = d > 2 ? p[i * d + 2] : 0;
      if (d < 3) { out[0] = x; out[1] = y; return; }
      const x1 = cy * x + sy * z, z1 = -sy * x + cy * z;
      out[0] = x1; out[1] = cp * y - sp * z1;
    };
    const box = bounds(flat);
    const scale = Math.min(w, h) * (1 - 2 * 0.06) / Math.max(box.w, box.h, 1e-9);
    return (p, i, out) => {
      flat(p, i, out);
      out[0] = w / 2 + (out[0] - box.cx) * scale;
      out[1] = h / 2 - (out[1] - box.cy) * scale;
    };
  }

  /** Fitted to the targets and the first frame; in 3D a bounding circle, the same at every angle. */
  function bounds(flat) {
    const sets = [[ch.targets, ch.targets.length / ch.d], [positions(0), ch.n]];
    const q = [0, 0];
    if (ch.d >= 3) {
      let c = [0, 0, 0], r = 0, n = 0;
      for (const [p, k] of sets) for (let i = 0; i < k; i++) { for (let a = 0; a < 3; a++) c[a] += p[i * ch.d + a]; n++; }
      c = c.map((v) => v / n);
      for (const [p, k] of sets) for (let i = 0; i < k; i++) {
        r = Math.max(r, Math.hypot(p[i * ch.d] - c[0], p[i * ch.d + 1] - c[1], p[i * ch.d + 2] - c[2]));
      }
      flat(c, 0, q);
      return { cx: q[0], cy: q[1], w: 2 * r, h: 2 * r };
    }
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const [p, k] of sets) for (let i = 0; i < k; i++) {
      flat(p, i, q);
      x0 = Math.min(x0, q[0]); x1 = Math.max(x1, q[0]); y0 = Math.min(y0, q[1]); y1 = Math.max(y1, q[1]);
    }
    return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 };
  }

  function fitCanvas(c) {
    const r = window.devicePixelRatio || 1, w = Math.max(1, Math.round(c.clientWidth * r)), h = Math.max(1, Math.round(c.clientHeight * r));
    if (c.width !== w || c.height !== h) { c.width = w; c.height = h; }
    return r;
  }

  function drawView() {
    const ratio = fitCanvas(view), w = view.width, h = view.height, g = view.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, w, h);
    const project = projector(w, h);
    const radius = Math.max(1.2, Math.min(4, Math.min(w, h) / ratio / 320)) * ratio;
    if (state.targets) {
      g.globalAlpha = 0.35;
      g.fillStyle = data.palette.target;
      dots(g, ch.targets, ch.targets.length / ch.d, null, project, radius * 0.8);
      g.globalAlpha = 1;
    }
    const p = positions(state.frame);
    shown = p;
    dots(g, p, ch.n, colours(state.frame, p), project, radius);
  }

  /** Draws points grouped by colour, one path per colour. */
  function dots(g, p, k, col, project, r) {
    const groups = new Map(), q = [0, 0];
    for (let i = 0; i < k; i++) {
      const key = col ? col[i] : g.fillStyle;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(i);
    }
    for (const [colour, idx] of groups) {
      g.fillStyle = colour;
      g.beginPath();
      for (const i of idx) {
        project(p, i, q);
        g.moveTo(q[0] + r, q[1]);
        g.arc(q[0], q[1], r, 0, 2 * Math.PI);
      }
      g.fill();
    }
  }

  const SERIES = [
    { key: 'mmd2', label: 'MMD²', colour: '#0072b2', log: true },
    { key: 'sliced_w2', label: 'sliced W2', colour: '#d55e00', log: true },
    { key: 'in_mode_fraction', label: 'in-mode fraction', colour: '#009e73', log: false },
  ];

  function drawChart() {
    const ratio = fitCanvas(chart), w = chart.width, h = chart.height, g = chart.getContext('2d'), fr = ch.src.frames;
    const pad = 6 * ratio, total = Math.max(1, ch.src.total_steps);
    const x = (step) => pad + (w - 2 * pad) * step / total;
    g.clearRect(0, 0, w, h);
    g.strokeStyle = '#d0d7de';
    g.lineWidth = ratio;
    for (let k = 1; k < 4; k++) { g.beginPath(); g.moveTo(pad, h * k / 4); g.lineTo(w - pad, h * k / 4); g.stroke(); }
    for (const s of SERIES) {
      const v = fr[s.key].map((y) => (y === null ? null : s.log ? Math.log10(Math.max(y, 1e-12)) : y));
      const ok = v.filter((y) => y !== null);
      if (!ok.length) continue;
      const lo = s.log ? Math.min(...ok) : 0, hi = s.log ? Math.max(...ok) : 1, span = Math.max(hi - lo, 1e-9);
      const y = (u) => h - pad - (h - 2 * pad) * (u - lo) / span;
      g.strokeStyle = s.colour;
      g.lineWidth = 1.5 * ratio;
      g.beginPath();
      v.forEach((u, i) => { if (u !== null) (i ? g.lineTo : g.moveTo).call(g, x(fr.step[i]), y(u)); });
      g.stroke();
      if (v[state.frame] !== null) {
        g.fillStyle = s.colour;
        g.beginPath();
        g.arc(x(fr.step[state.frame]), y(v[state.frame]), 3 * ratio, 0, 2 * Math.PI);
        g.fill();
      }
    }
    g.strokeStyle = '#1f2328';
    g.lineWidth = ratio;
    g.beginPath();
    g.moveTo(x(fr.step[state.frame]), 0);
    g.lineTo(x(fr.step[state.frame]), h);
    g.stroke();
  }

  function showReadout() {
    const fr = ch.src.frames, f = state.frame, rule = ch.src.rules[fr.rule[f]];
    const eta = Number((rule.params.find((e) => e[0] === 'η') || [0, 'NaN'])[1]);
    const lines = ['step ' + fr.step[f] + ' / ' + ch.src.total_steps + ' · frame ' + (f + 1) + ' / ' + ch.frames,
      'σ ' + num(fr.sigma[f], 4) + ' · ε = ησ² = ' + num(eta * fr.sigma[f] * fr.sigma[f])];
    if (fr.modes_covered[f] !== null) {
      lines.push('modes ' + fr.modes_covered[f] + ' / ' + ch.modes.length / ch.d + ' · in-mode ' + num(fr.in_mode_fraction[f]));
    }
    if (f === ch.frames - 1 && ch.src.pause_reason) lines.push('paused: ' + ch.src.pause_reason);
    el('readout').textContent = lines.join('\n');
    el('legend').replaceChildren(...SERIES.filter((s) => fr[s.key][f] !== null).map((s) => {
      const item = document.createElement('span');
      item.style.borderColor = s.colour;
      item.textContent = s.label + (s.log ? ' (log) ' : ' ') + num(fr[s.key][f]);
      return item;
    }));
    el('flow').textContent = rule.flow;
    el('formula').textContent = rule.formula;
    el('formula').hidden = !rule.formula;
    el('update').textContent = rule.update;
    const dl = el('params');
    dl.replaceChildren();
    for (const [symbol, value] of rule.params) {
      const dt = document.createElement('dt'), dd = document.createElement('dd');
      dt.textContent = symbol;
      dd.textContent = value;
      if (rule.changed.includes(symbol)) dd.className = 'changed';
      dl.append(dt, dd);
    }
    el('since').textContent = rule.changed.length
      ? 'changed at step ' + rule.since + ': ' + rule.changed.join(', ')
      : 'as configured at step 0';
  }

  function showChapter() {
    const src = ch.src, many = data.chapters.length > 1;
    el('slides').hidden = !many;
    el('slide-no').textContent = 'slide ' + (ch.index + 1) + ' / ' + data.chapters.length;
    el('back').disabled = ch.index === 0;
    el('next').disabled = ch.index === data.chapters.length - 1;
    el('lesson').hidden = !(many || src.caption || src.question);
    el('chapter-title').textContent = src.title;
    el('caption').textContent = src.caption;
    el('question').textContent = src.question;
    el('config').textContent = src.config;
    el('scrub').max = String(ch.frames - 1);
    el('colour').querySelector('option[value="mode"]').disabled = !ch.modes;
    el('colour').value = state.colour;
    view.classList.toggle('orbit', ch.d >= 3);
    el('hint').textContent = (ch.d >= 3 ? 'drag to orbit · double-click resets · ' : '')
      + 'Space play/pause · ←/→ frame · Home/End' + (many ? ' · PageUp/PageDown slide' : '');
    el('note').textContent = 'N = ' + ch.n + ' particles, M = ' + src.targets + ' targets (' + src.dataset + '), '
      + ch.frames + (ch.frames === 1 ? ' frame' : ' frames') + ' of ' + src.total_steps + ' steps. Positions are stored as 16-bit fixed point: '
      + 'every coordinate shown is within ' + num(ch.pos.maxError, 2) + ' of the simulated one.';
  }

  function seek(f) {
    state.frame = Math.max(0, Math.min(ch.frames - 1, f));
    el('scrub').value = String(state.frame);
    drawView();
    drawChart();
    showReadout();
  }

  function setPlaying(on) {
    state.playing = on;
    el('play').textContent = on ? '⏸ Pause' : '▶ Play';
    if (on) {
      if (state.frame >= ch.frames - 1) seek(0);
      let last = performance.now(), due = 0;
      const tick = (now) => {
        if (!state.playing) return;
        due += (now - last) / 1000 * Number(el('speed').value);
        last = now;
        if (due >= 1) {
          const steps = Math.floor(due);
          due -= steps;
          seek(state.frame + steps);
          if (state.frame >= ch.frames - 1) { setPlaying(false); return; }
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }
  }

  function chapter(i) {
    if (i >= 0 && i < data.chapters.length && i !== state.chapter) {
      setPlaying(false);
      load(i);
    }
  }

  el('play').addEventListener('click', () => setPlaying(!state.playing));
  el('prev').addEventListener('click', () => { setPlaying(false); seek(state.frame - 1); });
  el('fwd').addEventListener('click', () => { setPlaying(false); seek(state.frame + 1); });
  el('scrub').addEventListener('input', (e) => { setPlaying(false); seek(Number(e.target.value)); });
  el('colour').addEventListener('change', (e) => { state.colour = e.target.value; drawView(); });
  el('show-targets').addEventListener('change', (e) => { state.targets = e.target.checked; drawView(); });
  el('back').addEventListener('click', () => chapter(state.chapter - 1));
  el('next').addEventListener('click', () => chapter(state.chapter + 1));
  chart.addEventListener('click', (e) => {
    const r = chart.getBoundingClientRect(), step = (e.clientX - r.left) / r.width * ch.src.total_steps;
    let best = 0;
    ch.src.frames.step.forEach((s, i) => { if (Math.abs(s - step) < Math.abs(ch.src.frames.step[best] - step)) best = i; });
    setPlaying(false);
    seek(best);
  });
  let drag = null;
  view.addEventListener('pointerdown', (e) => { if (ch.d >= 3) { drag = [e.clientX, e.clientY]; view.setPointerCapture(e.pointerId); } });
  view.addEventListener('pointermove', (e) => {
    if (!drag) return;
    state.yaw += (e.clientX - drag[0]) * 0.01;
    state.pitch = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, state.pitch + (e.clientY - drag[1]) * 0.01));
    drag = [e.clientX, e.clientY];
    drawView();
  });
  view.addEventListener('pointerup', () => { drag = null; });
  view.addEventListener('dblclick', () => { state.yaw = ch.src.view.yaw; state.pitch = ch.src.view.pitch; drawView(); });
  document.addEventListener('keydown', (e) => {
    const t = e.target, clicker = e.key === 'PageDown' || e.key === 'PageUp';
    if (!clicker && (t.tagName === 'SELECT' || (t.id === 'scrub' && e.key !== ' '))) return; // their own keys
    const keys = {
      ' ': () => setPlaying(!state.playing),
      ArrowRight: () => { setPlaying(false); seek(state.frame + 1); },
      ArrowLeft: () => { setPlaying(false); seek(state.frame - 1); },
      Home: () => seek(0),
      End: () => seek(ch.frames - 1),
      PageDown: () => chapter(state.chapter + 1),
      PageUp: () => chapter(state.chapter - 1),
    };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });
  new ResizeObserver(() => { if (ch) { drawView(); drawChart(); } }).observe(document.body);

  el('title').textContent = data.title;
  load(0);

  /** Read-only hook for automated tests: what is on show, in data coordinates. */
  window.flowReplay = Object.freeze({
    chapters: () => data.chapters.length,
    frames: () => ch.frames,
    state: () => ({ chapter: state.chapter, frame: state.frame, step: ch.src.frames.step[state.frame], playing: state.playing }),
    positions: () => Array.from(shown),
    dim: () => ch.d,
    maxError: () => ch.pos.maxError,
  });
})();
