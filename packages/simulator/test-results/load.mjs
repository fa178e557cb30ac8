import autocannon from "autocannon";
const [url, method, duration] = process.argv.slice(2);
const body = JSON.stringify({ model: "kling_25", prompt: "A cat playing with a ball in a sunny garden", duration: 5 });
const r = await autocannon({ url, method, connections: 50, duration: Number(duration), headers: { authorization: "Bearer lt_dev_videogen_local", "content-type": "application/json" }, ...(method === "POST" ? { body } : {}) });
console.log(method, "rps", r.requests.average, "p99", r.latency.p99, "non2xx", r.non2xx);
