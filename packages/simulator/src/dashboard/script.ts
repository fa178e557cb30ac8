/**
 * The dashboard's script, served at /dashboard/app.js: plain browser JavaScript, no framework. It
 * polls the public API (with the key as a Bearer header, never in a URL) every 500 ms and updates
 * each generation's row in place, so a playing video is never replaced.
 */
export const dashboardScript = String.raw`"use strict";
(() => {
  const boot = JSON.parse(document.getElementById("boot").textContent);
  const $ = (id) => document.getElementById(id);
  const STORAGE = "videogen-dashboard-key";
  let key = sessionStorage.getItem(STORAGE) || boot.devKey;
  let speed = 1;
  /** Per generation: the statuses seen, with the wall-clock time each was first seen. */
  const seen = new Map();
  $("key").value = key;

  // Polling clears only its own errors, so an action's error stays until the next action.
  let errorFrom = "";
  const showError = (text, from = "action") => {
    if (!text && from === "poll" && errorFrom === "action") return;
    errorFrom = text ? from : "";
    $("error").textContent = text || "";
  };
  async function api(path, init = {}) {
    const response = await fetch(path, { ...init, headers: { authorization: "Bearer " + key, ...(init.headers || {}) } });
    const body = await response.json().catch(() => ({}));
    // A 400 lists every problem in error.errors; show them all.
    const error = body.error;
    const text = error && (error.errors ? error.errors.map((problem) => problem.message).join(" ") : error.message);
    if (!response.ok) throw new Error(text || response.status + " " + response.statusText);
    return body;
  }

  $("use-key").addEventListener("click", () => {
    key = $("key").value.trim();
    sessionStorage.setItem(STORAGE, key);
    seen.clear();
    $("generations").replaceChildren();
    refresh();
  });

  // The generate form: durations and resolutions follow the chosen model (from the spec).
  const form = $("generate");
  for (const model of boot.models) form.model.add(new Option(model.name + " (" + model.key + ")", model.key));
  const fill = (select, values) => select.replaceChildren(...values.map((value) => new Option(String(value), String(value))));
  const chooseModel = () => {
    const model = boot.models.find((m) => m.key === form.model.value);
    fill(form.duration, model.durations);
    fill(form.resolution, model.resolutions);
  };
  form.model.addEventListener("change", chooseModel);
  chooseModel();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { model: form.model.value, prompt: form.prompt.value, duration: Number(form.duration.value), resolution: form.resolution.value };
    if (form.add_audio.checked) body.add_audio = true;
    try {
      const answer = await api("/v1/generate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      showError("");
      // Show the new row at once, as pending: the next poll may already find it further on.
      const row = render(answer);
      if (!row.isConnected) $("generations").prepend(row);
      refresh();
    } catch (error) { showError("Generate: " + error.message); }
  });

  $("reset-usage").addEventListener("click", async () => {
    try { showUsage(await api("/_simulator/usage/reset", { method: "POST" })); showError(""); }
    catch (error) { showError("Reset usage: " + error.message); }
  });

  const settings = $("settings");
  settings.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = {};
    for (const input of settings.querySelectorAll("input")) values[input.name] = Number(input.value);
    try { showSettings(await api("/_simulator/settings", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(values) })); showError(""); }
    catch (error) { showError("Settings: " + error.message); }
  });
  function showSettings(values) {
    speed = values.speed;
    for (const input of settings.querySelectorAll("input")) input.value = String(values[input.name]);
  }

  function showUsage(usage) {
    $("usage-meter").max = usage.monthly_limit;
    $("usage-meter").value = usage.current_month_usage;
    $("usage-text").textContent = usage.current_month_usage + " / " + usage.monthly_limit + " generations";
  }

  /** Records when this page first saw each status, in simulated seconds since creation at the speed of that moment. */
  function note(id, status, created) {
    const list = seen.get(id) || [];
    if (!list.length || list[list.length - 1].status !== status) {
      // A generation first seen already finished (e.g. on page load) has no observed timeline.
      const final = status === "completed" || status === "failed";
      const sim = !list.length && final ? null : Math.max(0, Math.round(((Date.now() - created) * speed) / 1000));
      list.push({ status, sim });
    }
    seen.set(id, list);
    return list;
  }

  const cell = (row, name) => row.querySelector("[data-cell=" + name + "]");
  function rowFor(generation) {
    let row = document.querySelector("tr[data-id='" + CSS.escape(generation.generation_id) + "']");
    if (row) return row;
    row = document.createElement("tr");
    row.dataset.id = generation.generation_id;
    for (const name of ["id", "status", "progress", "timeline", "request", "failure", "video"]) {
      const td = document.createElement("td");
      td.dataset.cell = name;
      row.append(td);
    }
    cell(row, "id").textContent = generation.generation_id;
    const g = generation;
    cell(row, "request").textContent = g.model.key + ", " + g.duration + " s, " + g.resolution + (g.add_audio ? ", audio" : "") + ": " + g.prompt;
    return row;
  }

  function render(generation) {
    const row = rowFor(generation);
    const status = generation.status + (generation.phase ? " (" + generation.phase + ")" : "");
    const statusCell = cell(row, "status");
    statusCell.textContent = status;
    statusCell.className = "status " + generation.status;
    cell(row, "progress").textContent = generation.status === "completed" ? "100%" : generation.progress === undefined ? "" : generation.progress + "%";
    const created = Date.parse(generation.created_at);
    const steps = note(generation.generation_id, generation.status, created);
    cell(row, "timeline").textContent = steps.map((step) => step.status + (step.sim === null ? "" : " " + step.sim + " s")).join(" → ");
    cell(row, "timeline").className = "timeline";
    cell(row, "failure").textContent = generation.error ? generation.error.code + ": " + generation.error.message : "";
    const videoCell = cell(row, "video");
    if (generation.status === "completed" && !videoCell.firstChild) {
      const video = document.createElement("video");
      video.controls = true;
      video.preload = "metadata";
      video.muted = !generation.add_audio;
      video.src = generation.video_url;
      videoCell.append(video);
    }
    return row;
  }

  let busy = false;
  async function refresh() {
    if (busy || !key) return;
    busy = true;
    try {
      const [list, user] = await Promise.all([api("/v1/generations?limit=50"), api("/v1/user")]);
      const rows = list.generations.map(render);
      const body = $("generations");
      rows.forEach((row, index) => { if (body.children[index] !== row) body.insertBefore(row, body.children[index] || null); });
      while (body.children.length > rows.length) body.lastChild.remove();
      showUsage(user.usage);
      showError("", "poll");
    } catch (error) { showError(error.message, "poll"); }
    finally { busy = false; }
  }

  api("/_simulator/settings").then(showSettings, (error) => showError("Settings: " + error.message));
  refresh();
  setInterval(refresh, 500);
})();
`;
