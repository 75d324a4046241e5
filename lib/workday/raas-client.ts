/**
 * Downloads a RaaS report and hands its rows over one at a time. The body is never held whole:
 * rows are parsed as bytes arrive, and when onRow returns a promise the socket waits for it
 * (backpressure), so the sync engine can batch rows into the database at its own pace.
 */
import type { ClientRequest, IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createGunzip, createInflate } from "node:zlib";
import { resolveAllowedAddress, type LookupFn } from "./address-guard";
import { Deadlines, resolveTimeouts, type RaasTimeouts } from "./deadlines";
import { problems, RaasError, scrubSecret } from "./problems";
import { problemFromBodyError, problemFromNetworkError, problemFromResponse, startRequest } from "./raas-request";
import { ReportParser } from "./report-parser";
import type { Problem, RawRow } from "./types";
import { parseRaasUrl } from "./url";

export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const PROGRESS_EVERY_MS = 250;

export interface StreamReportOptions {
  /** The ISU username, sent exactly as typed. */
  username: string;
  password: string;
  /** "host:port" entries (WORKDAY_EXTRA_HOSTS) allowed over http and on private addresses. */
  extraHosts?: readonly string[];
  timeouts?: Partial<RaasTimeouts>;
  /** Cap on the (decompressed) body; past it the download stops with too_large. */
  maxBytes?: number;
  /** Aborting rejects with the signal's reason, not a RaasError: the caller chose to stop. */
  signal?: AbortSignal;
  lookup?: LookupFn;
  onProgress?: (p: { rows: number; bytes: number }) => void;
}

export interface StreamReportResult {
  rows: number;
  bytes: number;
}

export type RowHandler = (row: RawRow, index: number) => void | Promise<void>;

/**
 * Fetches `url` and calls onRow for every row, in order. Throws RaasError (with `.problem`) for
 * anything Workday or the network did wrong; errors thrown by onRow propagate unchanged.
 */
export async function streamReport(url: string, opts: StreamReportOptions, onRow: RowHandler): Promise<StreamReportResult> {
  try {
    return await download(url, opts, onRow);
  } catch (err) {
    if (err instanceof RaasError) throw new RaasError(scrubSecret(err.problem, opts.password), { cause: err.cause });
    throw err;
  }
}

async function download(url: string, opts: StreamReportOptions, onRow: RowHandler): Promise<StreamReportResult> {
  const target = parseRaasUrl(url, { extraHosts: opts.extraHosts });
  if (!target.ok) throw new RaasError(target.problem);
  opts.signal?.throwIfAborted();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  // The first failure wins; everything after it (socket errors from our own destroy) is noise.
  let failure: Problem | null = null;
  let req: ClientRequest | null = null;
  let body: Readable | null = null;
  let wake: ((err: Error) => void) | null = null;
  const stop = (p: Problem | null, err?: Error) => {
    if (p && !failure) failure = p;
    const reason = err ?? new RaasError(failure ?? problems.serverError(null));
    wake?.(reason);
    body?.destroy(reason);
    req?.destroy(reason);
  };
  const deadlines = new Deadlines(resolveTimeouts(opts.timeouts), (p) => stop(p));
  const onAbort = () => stop(null, opts.signal!.reason instanceof Error ? opts.signal!.reason : new Error("aborted"));
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const fail = (err: unknown, fallback: (e: unknown) => Problem): never => {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (failure) throw new RaasError(failure, { cause: err });
    if (err instanceof RaasError) throw err;
    throw new RaasError(fallback(err), { cause: err });
  };

  try {
    deadlines.arm("connect");
    let res: IncomingMessage;
    try {
      const addr = await new Promise<Awaited<ReturnType<typeof resolveAllowedAddress>>>((resolve, reject) => {
        wake = reject;
        resolveAllowedAddress(target.host, target.port, opts).then(resolve, reject);
      });
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        wake = reject;
        const r = startRequest(target, addr, opts.username, opts.password);
        req = r;
        r.once("socket", (socket) => {
          if (!socket.connecting) return deadlines.arm("firstByte");
          socket.once(target.protocol === "https:" ? "secureConnect" : "connect", () => deadlines.arm("firstByte"));
        });
        r.once("response", resolve);
        // Kept for the whole download: our own destroy() can emit a late error after the response.
        r.on("error", reject);
        r.end();
      });
      wake = null;
    } catch (err) {
      return fail(err, (e) => problemFromNetworkError(e, target.host));
    }
    // Body errors surface through iteration below; this keeps a late one from going unhandled.
    res.on("error", () => {});
    deadlines.arm("idle");

    const statusProblem = await problemFromResponse(res, target, opts.username, maxBytes).catch((err) =>
      fail(err, problemFromBodyError),
    );
    if (failure) fail(null, problemFromBodyError);
    if (statusProblem) {
      stop(statusProblem);
      throw new RaasError(statusProblem);
    }

    const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
    body = encoding === "gzip" || encoding === "x-gzip" ? res.pipe(createGunzip()) : encoding === "deflate" ? res.pipe(createInflate()) : res;
    // Errors on the raw response must surface through the decoder we iterate.
    if (body !== res) res.on("error", (e) => body?.destroy(e));

    const parser = new ReportParser();
    let rows = 0;
    let bytes = 0;
    let lastProgress = 0;
    const emit = async (batch: RawRow[]) => {
      for (const row of batch) {
        const r = onRow(row, rows++);
        if (r && typeof (r as Promise<void>).then === "function") {
          deadlines.disarm();
          await r;
        }
      }
    };

    const it = body[Symbol.asyncIterator]();
    for (;;) {
      deadlines.arm("idle");
      let next: IteratorResult<Buffer>;
      try {
        next = await it.next();
      } catch (err) {
        return fail(err, problemFromBodyError);
      }
      deadlines.disarm();
      if (next.done) break;
      const chunk = next.value;
      bytes += chunk.length;
      if (bytes > maxBytes) {
        stop(problems.tooLarge(maxBytes));
        throw new RaasError(failure!);
      }
      await emit(parser.write(chunk));
      if (failure) fail(null, problemFromBodyError);
      opts.signal?.throwIfAborted();
      const now = Date.now();
      if (opts.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        opts.onProgress({ rows, bytes });
      }
    }
    // A reset socket can end the stream without an error event on some paths.
    if (!res.complete) fail(new Error("response ended early"), problemFromBodyError);
    await emit(parser.end());
    opts.onProgress?.({ rows, bytes });
    return { rows, bytes };
  } finally {
    deadlines.clear();
    opts.signal?.removeEventListener("abort", onAbort);
    const r = req as ClientRequest | null;
    if (r && !r.destroyed) r.destroy();
  }
}
