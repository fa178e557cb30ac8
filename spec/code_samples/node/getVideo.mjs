import { VideoGen } from "@videogenapi/sdk";
import { saveVideo } from "@videogenapi/sdk/node";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

// Streams to disk without buffering; `resume` continues a partial file with a Range request.
const bytes = await saveVideo(client, "gen_686717fe97bd3_055867", "cat.mp4", { resume: true });
console.log(`saved ${bytes} bytes`);
