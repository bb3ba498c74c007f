// Server processes in their own process group (code-server and the VS Code server leave children behind otherwise),
// stopped as a group at the end: normally, on failure, on Ctrl-C (SIGINT), SIGTERM and SIGHUP.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';

const cleanups = new Set();
let signalHandlersInstalled = false;

/** Registers fn to run once at exit or on a signal (after which the process exits 130/143). Returns an unregister. */
export function onCleanup(fn) {
  installSignalHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/**
 * Runs every registered cleanup now, last registered first (each at most once). Synchronous work only: it also runs
 * from 'exit'.
 */
export function runCleanups() {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    try {
      fn();
    } catch (error) {
      console.error('[natolex] cleanup failed:', error);
    }
  }
}

function installSignalHandlers() {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  process.on('exit', runCleanups);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      console.error(`\n[natolex] ${signal}: stopping everything this script started`);
      runCleanups();
      process.exit(code);
    });
  }
}

/**
 * Spawns command as the leader of a new session and process group (like `setsid`), output to logFile, and
 * registers a cleanup that kills the whole group. Returns { child, pgid, stop(), exited }.
 */
export function spawnGroup(command, args, { env, cwd, logFile }) {
  const logFd = openSync(logFile, 'a');
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const pgid = child.pid;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  exited.then(() => (running = false));
  const unregister = onCleanup(() => killGroup(pgid, 'SIGKILL'));

  /** SIGTERM to the group, then SIGKILL to whatever is left (children outlive their leader) after graceMs. */
  async function stop(graceMs = 3000) {
    unregister();
    if (running) {
      killGroup(pgid, 'SIGTERM');
      await Promise.race([exited, delay(graceMs)]);
    }
    killGroup(pgid, 'SIGKILL');
  }
  return { child, pgid, exited, stop, isRunning: () => running };
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error; // ESRCH: the group is already gone
  }
}

/** Resolves after ms. With unref, the pending timer does not keep the process alive (for timeouts in a race). */
export function delay(ms, { unref = false } = {}) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (unref) timer.unref();
  });
}

/** A TCP port on 127.0.0.1 that is free right now (the OS picks one). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether port can be bound on 127.0.0.1 right now. */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Polls url until it answers 2xx; fails early if the server process exits, or after timeoutMs. */
export async function waitForHttp(url, { timeoutMs, server, logFile }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.isRunning()) throw new Error(`the server exited before answering ${url}; its log: ${logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(200);
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000}s; its log: ${logFile}`);
}
