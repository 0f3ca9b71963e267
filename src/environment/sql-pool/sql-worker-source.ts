/**
 * The code a SQL worker process runs, as a string for `node -e`. It is plain
 * JavaScript rather than a compiled module because the same text must run
 * under tsx, vitest and the built package alike, and a child given a `.ts`
 * path runs under none of them without a loader; nor does `tsc` copy a `.cjs`
 * file into `dist/`.
 *
 * A worker keeps a few read-only databases open, keyed by the image they were
 * opened from, and runs one query at a time. Results are capped here, in the
 * worker, so an oversized result never crosses into the parent: cells are
 * cut to `maxCellChars`, and rows stop once the result passes
 * `maxResultBytes` (measured as JSON). The parent has already checked the
 * statement with the read guard; `query_only` is defence in depth.
 *
 * A worker leaves when its parent does. An idle one sees the IPC channel close;
 * a busy one is inside SQLite and sees nothing, so a watchdog thread kills the
 * process once it has been handed to another parent, else a runaway query
 * would outlive a parent that was itself killed.
 */

/**
 * The worker's source text. Its arguments (after `--`) are the resolved path
 * of better-sqlite3 and the parent's pid.
 */
export const SQL_WORKER_SOURCE = String.raw`
const { Worker } = require('node:worker_threads');
const [sqlitePath, parentPid] = process.argv.slice(1);
const watchdog = new Worker(
  "setInterval(() => { if (process.ppid !== " + Number(parentPid) + ") process.kill(process.pid, 'SIGKILL'); }, 500);",
  { eval: true },
);
watchdog.unref();
process.on('disconnect', () => process.exit(0));
const Database = require(sqlitePath);
const open = new Map();
const KEEP = 4;
// The date today() answers for the job being run; a database is shared by episodes with different dates.
let today;

function plain(value) {
  if (Buffer.isBuffer(value)) return "x'" + value.toString('hex') + "'";
  if (typeof value === 'bigint') return Number(value);
  return value;
}

// Columns declared JSON come back as the values they hold, as on the main thread (sqlite-session.ts).
function parsedJson(value) {
  if (typeof value !== 'string') return plain(value);
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function uniqueColumns(names) {
  const seen = new Map();
  return names.map((name) => {
    const n = (seen.get(name) || 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : name + '_' + n;
  });
}

// The image the parent sent for the next job, which has not opened it yet.
let sent;

function database(key) {
  let db = open.get(key);
  if (db) {
    open.delete(key);
    open.set(key, db);
    return db;
  }
  const image = sent && sent.key === key ? sent.image : undefined;
  sent = undefined;
  if (!image) return undefined;
  db = new Database(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  db.pragma('query_only = ON');
  db.function('today', { deterministic: false }, () => {
    if (today === undefined) throw new Error('no such function: today');
    return today;
  });
  open.set(key, db);
  while (open.size > KEEP) {
    const [oldest, old] = open.entries().next().value;
    open.delete(oldest);
    old.close();
  }
  return db;
}

function run(job) {
  today = job.today;
  const db = database(job.key);
  if (!db) return { id: job.id, missing: true };
  const stmt = db.prepare(job.sql);
  if (!stmt.readonly || !stmt.reader) throw Object.assign(new Error('only read-only queries run here'), { code: 'SQLITE_READONLY' });
  const meta = stmt.columns();
  const columns = uniqueColumns(meta.map((c) => c.name));
  const json = meta.map((c) => typeof c.type === 'string' && c.type.toUpperCase() === 'JSON');
  const rows = [];
  let total = 0;
  let bytes = 2;
  let cutCells = 0;
  let byteStop = false;
  for (const raw of stmt.raw(true).iterate(job.params)) {
    total++;
    if (rows.length < job.maxRows && !byteStop) {
      const row = {};
      for (let i = 0; i < columns.length; i++) {
        let value = json[i] ? parsedJson(raw[i]) : plain(raw[i]);
        if (typeof value === 'string' && value.length > job.maxCellChars) {
          value = value.slice(0, job.maxCellChars) + ' [… ' + (value.length - job.maxCellChars) + ' more characters cut]';
          cutCells++;
        }
        row[columns[i]] = value;
      }
      const size = JSON.stringify(row).length + 1;
      if (bytes + size > job.maxResultBytes) byteStop = true;
      else {
        bytes += size;
        rows.push(row);
      }
    } else if (!job.countAll) {
      break;
    }
  }
  const set = { columns, rows, truncated: total > rows.length };
  if (job.countAll) set.total = total;
  const notes = [];
  if (byteStop) notes.push('the result passed ' + job.maxResultBytes + ' bytes, so only the first ' + rows.length + ' rows are shown');
  if (cutCells) notes.push(cutCells + ' cell(s) were cut to ' + job.maxCellChars + ' characters');
  if (notes.length) set.note = notes.join('; ') + '.';
  return { id: job.id, ok: true, set };
}

// Jobs and replies cross as JSON text, which the channel's advanced serialization carries far
// cheaper than the objects themselves; only an image crosses as an object, for its Buffer.
// A reply the parent can no longer take (it has gone) is dropped; 'disconnect' ends the process.
// A job's reply carries the worker's CPU time so far (ms): the parent's time limit counts the CPU a query has
// used since, so that a loaded machine, which can keep a quick query off the CPU for seconds, does not stop it.
function reply(message) {
  if (!process.connected) return;
  if (message.id !== undefined) {
    const used = process.cpuUsage();
    message.cpu = Math.round((used.user + used.system) / 1000);
  }
  process.send(JSON.stringify(message));
}

reply({ ready: true });
process.on('message', (message) => {
  if (typeof message !== 'string') {
    sent = message;
    return;
  }
  const job = JSON.parse(message);
  try {
    reply(run(job));
  } catch (error) {
    const code = typeof error.code === 'string' ? error.code : '';
    const message = error instanceof RangeError && /more than one statement/.test(error.message)
      ? 'only one statement may be run at a time'
      : String(error.message || error);
    reply({ id: job.id, ok: false, code, message, range: error instanceof RangeError });
  }
});
`;
