import { RateLimitError, VideoGen } from "@videogenapi/sdk";

const client = new VideoGen();
const { usage } = await client.user();
console.log(`Used ${usage.current_month_usage} of ${usage.monthly_limit} generations this month`);

try {
  const job = await client.generate({ model: "kling_25", prompt: "A lighthouse at dawn", duration: 5 });
  console.log(`Submitted ${job.generation_id}`);
} catch (error) {
  // A short-term rate limit was retried already (after Retry-After); the monthly quota never is.
  if (!(error instanceof RateLimitError && error.isQuotaExceeded)) throw error;
  console.log(`Monthly quota used up: ${error.message}`);
  process.exitCode = 1;
}
