/** One byte range of `bytes=start-end`, `bytes=start-` or `bytes=-suffix` (the spec's pattern). */
import { ApiError } from "./errors.ts";

export function parseRange(header: string, size: number): { start: number; end: number } {
  const [, first = "", last = ""] = /^bytes=(\d*)-(\d*)$/.exec(header) ?? [];
  let start: number;
  let end: number;
  if (first === "") {
    const suffix = Number(last);
    start = Math.max(0, size - suffix);
    end = size - 1;
    if (suffix === 0) throw unsatisfiable(header, size, "asks for no bytes");
  } else {
    start = Number(first);
    end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== "" && Number(last) < start) throw unsatisfiable(header, size, "ends before it starts");
  }
  if (start >= size) throw unsatisfiable(header, size, `starts past the end of the ${size}-byte file`);
  return { start, end };
}

function unsatisfiable(header: string, size: number, why: string): ApiError {
  const shown = header.length > 60 ? `${header.slice(0, 57)}...` : header;
  return new ApiError("range_not_satisfiable", `Range ${shown} ${why}.`, "Range", { "content-range": `bytes */${size}` });
}
