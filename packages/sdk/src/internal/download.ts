/**
 * A download as a ReadableStream: pulls from the response without buffering the file, counts bytes,
 * and when the connection breaks mid-file, asks again from the last byte with `Range`, up to
 * `maxRetries` times. No `If-Range`: the contract keeps a generation's file (and its ETag)
 * unchanged, so a resume meets the same file; a server that ignores `Range` (any answer but 206) is
 * an error rather than a file with its start twice.
 */
import { ConnectionError, UserAbortError, VideoGenError } from "../core/errors.ts";
import type { DownloadOptions } from "../core/types.ts";
import { maxRetries, send, type Context, type Settings } from "./transport.ts";

export async function download(s: Settings, url: string, o: DownloadOptions): Promise<ReadableStream<Uint8Array>> {
  let loaded = o.start ?? 0;
  let total: number | undefined;
  let resumes = 0;
  let ctx: Context;
  let reader: ReadableStreamDefaultReader<Uint8Array>;

  const open = async () => {
    const headers = new Headers(loaded ? { Range: `bytes=${loaded}-` } : {});
    ctx = { stream: true };
    const res = await send(s, { url, method: "GET", headers }, o, ctx);
    if (loaded && res.status !== 206) {
      ctx.release!();
      await res.body?.cancel();
      throw new VideoGenError(`Resume at byte ${loaded} got ${res.status}, not 206`);
    }
    // `Content-Range: bytes a-b/size` on a 206, else the whole `Content-Length`.
    total = +(res.headers.get("Content-Range")?.split("/")[1] ?? res.headers.get("Content-Length")!) || total;
    reader = res.body!.getReader();
  };
  await open();

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Loop until a chunk or the end: a pull that enqueues nothing is not called again.
      for (;;) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            ctx.release!();
            return controller.close();
          }
          loaded += value.byteLength;
          o.onProgress?.({ loaded, total });
          return controller.enqueue(value);
        } catch (e) {
          ctx.release!();
          if (o.signal?.aborted) throw new UserAbortError("Aborted by the caller", e);
          if (resumes++ >= maxRetries(o, s)) throw new ConnectionError(`Download broke at byte ${loaded}`, e);
          await open();
        }
      }
    },
    cancel(reason) {
      ctx.release!();
      return reader.cancel(reason);
    },
  });
}
