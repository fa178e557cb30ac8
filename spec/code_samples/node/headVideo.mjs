import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

const { size, etag } = await client.videoInfo("gen_686717fe97bd3_055867");
console.log(size, etag);
