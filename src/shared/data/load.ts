import { readDataFile, sizeProblem } from './read.js';
import type { VropData } from './types.js';
import { warnOnce } from '../warn.js';

/** Limits for a data file; tests shorten them. The size limit is read.ts's `MAX_DATA_BYTES`. */
export const dataLimits = {
  /** How long a request may take before the defaults stay for good. */
  timeLimitMs: 8000,
  /** How long a widget keeps its space blank before it shows the defaults meanwhile. */
  waitMs: 1500,
};

export type DataErrorReason = 'missing' | 'timeout' | 'too-large' | 'not-json' | 'version' | 'invalid';

/** Why a data file was not used: the `detail` of `vrop-data-error`. */
export class DataError extends Error {
  constructor(
    readonly url: string,
    readonly reason: DataErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The body's bytes, refusing a file over the limit as soon as that is known: from its
 * `Content-Length`, else once that many bytes have arrived. The caller then aborts the request,
 * so the rest of a large file is never downloaded.
 */
async function readBody(response: Response, fail: (problem: string) => DataError): Promise<ArrayBuffer> {
  const declared = sizeProblem(Number(response.headers.get('content-length')));
  if (declared) throw fail(declared);
  // Only a 204 or 205 has no body: reading it throws, and the file counts as missing.
  const reader = (response.body as ReadableStream<Uint8Array<ArrayBuffer>>).getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let size = 0, read; !(read = await reader.read()).done; chunks.push(read.value)) {
    const over = sizeProblem((size += read.value.length));
    if (over) throw fail(over);
  }
  return new Blob(chunks).arrayBuffer();
}

async function fetchData(url: string): Promise<Partial<VropData>> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), dataLimits.timeLimitMs);
  const fail = (reason: DataErrorReason, message: string) => new DataError(url, reason, message);
  let body: ArrayBuffer;
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'omit' });
    if (!response.ok) throw fail('missing', `the server answered ${response.status}`);
    body = await readBody(response, (problem) => fail('too-large', problem));
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw abort.signal.aborted
      ? fail('timeout', `no answer within ${dataLimits.timeLimitMs / 1000} s`)
      : fail('missing', 'it could not be fetched');
  } finally {
    clearTimeout(timer);
    // Whatever was not read is not downloaded (a refused file, an error page).
    abort.abort();
  }
  const file = readDataFile(body);
  if (!file.ok) throw fail(file.reason, file.problems.slice(0, 5).join('; '));
  return file.sections;
}

const requests = new Map<string, Promise<Partial<VropData>>>();

/**
 * The sections of the data file at `src` (each widget puts them over its built-in ones): one
 * request per address per page, shared by every widget, and one console warning when it cannot
 * be used.
 */
export function loadData(src: string): Promise<Partial<VropData>> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchData(url);
    request.catch((error: DataError) =>
      warnOnce(`The data file ${url} was not used: ${error.message}. Showing the built-in data.`),
    );
    requests.set(url, request);
  }
  return request;
}

/** Test helper: forget earlier requests. */
export function resetDataRequests(): void {
  requests.clear();
}
