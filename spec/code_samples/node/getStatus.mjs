import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

const generation = await client.status("gen_686717fe97bd3_055867");
if (generation.status === "completed") console.log(generation.video_url);
else if (generation.status === "failed") console.log(generation.error.code, generation.error.message);
else console.log(generation.status, `${generation.progress}%`);
