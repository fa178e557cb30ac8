/**
 * The matrix's one assertion, made from outside the runtime under test: the run created exactly one
 * generation and it completed, the bytes the runtime downloaded are as many as the server's
 * Content-Length for that video, and they start like an MP4 (an `ftyp` box at byte 4).
 */

/** Every generation the simulator holds for the key (it starts with seeded examples). */
export async function listGenerations({ baseUrl, apiKey }) {
  const all = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${baseUrl}/v1/generations?page=${page}&limit=100`, { headers: { Authorization: `Bearer ${apiKey}` } });
    if (!response.ok) throw new Error(`GET /v1/generations answered ${response.status}`);
    const { generations, pagination } = await response.json();
    all.push(...generations);
    if (!pagination.has_more) return all;
  }
}

/** @param {Set<string>} before  ids of the generations that existed before the run */
export async function verifyVideo(sim, before, bytes) {
  const created = (await listGenerations(sim)).filter((g) => !before.has(g.generation_id));
  if (created.length !== 1) throw new Error(`expected the run to create exactly 1 generation, it created ${created.length}`);
  const [generation] = created;
  if (generation.status !== "completed") throw new Error(`generation ${generation.generation_id} is ${generation.status}, not completed`);

  const head = await fetch(generation.video_url, { method: "HEAD" });
  const contentLength = Number(head.headers.get("content-length"));
  if (!head.ok || !(contentLength > 0)) throw new Error(`HEAD ${generation.video_url} answered ${head.status}, Content-Length ${head.headers.get("content-length")}`);

  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.length !== contentLength) throw new Error(`downloaded ${data.length} bytes, the server's Content-Length is ${contentLength}`);
  const box = new TextDecoder().decode(data.subarray(4, 8));
  if (box !== "ftyp") throw new Error(`not an MP4: bytes 4-8 are ${JSON.stringify(box)}, expected "ftyp"`);
  return { id: generation.generation_id, bytes: data.length };
}
