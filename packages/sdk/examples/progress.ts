import { VideoGen } from "@videogenapi/sdk";
import { saveVideo } from "@videogenapi/sdk/node";

const client = new VideoGen();

const job = await client.generate({ model: "kling_25", prompt: "A paper boat on a stream", duration: 5, resolution: "480p" });
const done = await client.wait(job, {
  timeout: 10 * 60_000,
  // Called once per change of status, phase or progress.
  onProgress: (g) => console.log(g.status === "in_progress" ? `${g.status} ${g.progress}%` : g.status),
});

let shown = -1;
await saveVideo(client, done, "boat.mp4", {
  onProgress: ({ loaded, total }) => {
    const percent = total ? Math.floor((100 * loaded) / total / 25) * 25 : 0;
    if (percent > shown) console.log(`downloaded ${(shown = percent)}% of ${total} bytes`);
  },
});
