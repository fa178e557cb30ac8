import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

const { user, plan, usage } = await client.user();
console.log(user.email, plan.name, `${usage.current_month_usage}/${usage.monthly_limit}, resets ${usage.resets_at}`);
