import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

const page = await client.list({ page: 1, limit: 10 });
console.log(`${page.pagination.total} generations`);

// Or every generation, page after page:
for await (const generation of client.list({ limit: 100 })) {
  console.log(generation.generation_id, generation.status);
}
