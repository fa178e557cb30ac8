// A keep-alive loopback server answering GET /v1/user like the contract, for the overhead benchmark.
import { createServer } from "node:http";

const body = JSON.stringify({
  success: true,
  user: { id: "usr_1", email: "a@example.com", name: "A", created_at: "2025-01-01T00:00:00Z" },
  plan: { key: "free", name: "Free" },
  usage: { current_month_usage: 1, monthly_limit: 100, remaining: 99, resets_at: "2025-02-01T00:00:00Z" },
});
const server = createServer({ keepAliveTimeout: 60_000 }, (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.stdin.on("end", () => process.exit(0)).resume(); // exits with its parent
