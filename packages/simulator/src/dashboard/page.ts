/** The dashboard's HTML: static markup plus the models (read from the spec) and the development key. */
import { MODELS } from "../contract/models.ts";

/** JSON safe inside a <script> element. */
function embed(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function dashboardPage(devKey: string | undefined): string {
  const models = [...MODELS.values()].map((model) => ({ key: model.key, name: model.name, durations: model.durations, resolutions: model.resolutions }));
  const boot = { devKey: devKey ?? "", models };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>VideoGen simulator dashboard</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:16px 24px;color:#1d1d1f;background:#fafafa}
h1{font-size:20px;margin:0 0 12px}h2{font-size:15px;margin:0 0 8px}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin-bottom:12px}
.row{display:flex;flex-wrap:wrap;gap:12px;align-items:end}
label{display:flex;flex-direction:column;font-size:12px;color:#555;gap:2px}
input,select,button{font:inherit}input[type=number]{width:7em}
meter{width:240px;height:18px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;padding:6px;text-align:left;vertical-align:top}
.status{font-weight:600}.failed{color:#b00020}.completed{color:#0a7d32}
.timeline{font-size:12px;color:#444}video{width:240px;background:#000}
#error{color:#b00020;min-height:1.2em}
</style>
</head>
<body>
<h1>VideoGen simulator dashboard</h1>
<p id="error" role="alert"></p>
<section>
  <div class="row">
    <label>API key (sent as a header only)<input id="key" type="password" autocomplete="off" size="32"></label>
    <button id="use-key" type="button">Use key</button>
  </div>
</section>
<section>
  <h2>Usage this month</h2>
  <div class="row">
    <meter id="usage-meter" min="0" value="0"></meter>
    <span id="usage-text">…</span>
    <button id="reset-usage" type="button">Reset usage</button>
  </div>
</section>
<section>
  <h2>Simulator settings</h2>
  <form id="settings" class="row">
    <label>Speed (× real time)<input name="speed" type="number" min="0" step="any" required></label>
    <label>Failure rate (0–1)<input name="failure_rate" type="number" min="0" max="1" step="any" required></label>
    <label>Fault latency (ms)<input name="fault_latency_ms" type="number" min="0" max="60000" step="1" required></label>
    <label>Fault 5xx rate<input name="fault_error_rate" type="number" min="0" max="1" step="any" required></label>
    <label>Fault 429 rate<input name="fault_429_rate" type="number" min="0" max="1" step="any" required></label>
    <label>Fault drop rate<input name="fault_drop_rate" type="number" min="0" max="1" step="any" required></label>
    <button type="submit">Apply</button>
  </form>
</section>
<section>
  <h2>Submit a generation</h2>
  <form id="generate" class="row">
    <label>Model<select name="model"></select></label>
    <label>Prompt<input name="prompt" size="40" required value="A cat playing with a ball in a sunny garden"></label>
    <label>Duration (s)<select name="duration"></select></label>
    <label>Resolution<select name="resolution"></select></label>
    <label>Audio<input name="add_audio" type="checkbox"></label>
    <button type="submit">Generate</button>
  </form>
</section>
<section>
  <h2>Generations</h2>
  <table>
    <thead><tr><th>Generation</th><th>Status</th><th>Progress</th><th>Timeline (simulated s)</th><th>Request</th><th>Failure</th><th>Video</th></tr></thead>
    <tbody id="generations"></tbody>
  </table>
</section>
<script id="boot" type="application/json">${embed(boot)}</script>
<script src="/dashboard/app.js"></script>
</body>
</html>
`;
}
