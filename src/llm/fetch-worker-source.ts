/**
 * The code of the HTTP worker thread that `worker-fetch.ts` starts: plain
 * JavaScript, started with `new Worker(code, { eval: true })`, so it runs the
 * same from the TypeScript sources (tsx) and from the compiled `dist/`,
 * without a second entry file to locate at run time.
 *
 * It runs each request it is sent with the thread's own global `fetch` (the
 * same undici as the main thread's) and reads the whole body as text, so that
 * undici's parsing, the web streams and the socket writes cost this thread,
 * not the main one. Messages:
 * - in: `{ id, url, method, headers, body }` to send; `{ cancel: id }` to abort one;
 * - out: `{ id, status, statusText, headers, text }`; `{ id, status, statusText, headers, bodyError }`
 *   when the body broke off after the head (undici's `TypeError: terminated`);
 *   `{ id, error }` when the request failed before a response (`TypeError: fetch failed`).
 *   Errors travel as plain objects with their name, message, system-error fields and cause chain,
 *   since the structured clone would drop the fields callers classify them by.
 *   A cancelled request sends nothing back: the main side has already rejected it.
 */
export const FETCH_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const inFlight = new Map();
const FIELDS = ['code', 'errno', 'syscall', 'address', 'port', 'hostname'];
function plain(error, depth) {
  if (!(error instanceof Error) || depth > 5) return { name: 'Error', message: String(error) };
  const out = { name: error.name, message: error.message };
  for (const key of FIELDS) if (error[key] !== undefined) out[key] = error[key];
  if (error.cause !== undefined) out.cause = plain(error.cause, depth + 1);
  return out;
}
async function send(message) {
  const controller = new AbortController();
  inFlight.set(message.id, controller);
  try {
    const response = await fetch(message.url, { method: message.method, headers: message.headers, body: message.body, signal: controller.signal });
    const head = { id: message.id, status: response.status, statusText: response.statusText, headers: [...response.headers] };
    let text;
    try {
      text = await response.text();
    } catch (error) {
      if (!controller.signal.aborted) parentPort.postMessage({ ...head, bodyError: plain(error, 0) });
      return;
    }
    parentPort.postMessage({ ...head, text });
  } catch (error) {
    if (!controller.signal.aborted) parentPort.postMessage({ id: message.id, error: plain(error, 0) });
  } finally {
    inFlight.delete(message.id);
  }
}
parentPort.on('message', (message) => {
  if (message.cancel !== undefined) inFlight.get(message.cancel)?.abort();
  else void send(message);
});
`;
