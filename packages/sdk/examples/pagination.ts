import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen();

// One page: await it.
const page = await client.list({ page: 1, limit: 10 });
console.log(`Page 1: ${page.generations.length} of ${page.pagination.total} generations, ${page.pagination.total_pages} pages`);

// Every page, newest first: for await fetches the next page when this one runs out.
const byStatus: Record<string, number> = {};
for await (const g of client.list({ limit: 10 })) byStatus[g.status] = (byStatus[g.status] ?? 0) + 1;
console.log(`All pages: ${JSON.stringify(byStatus)}`);
