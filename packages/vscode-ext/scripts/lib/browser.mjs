// Headless Chromium (Debian's, not a Playwright download) driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--no-sandbox', // runs as root in CI containers
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // lets the page on http://127.0.0.1 talk to its own server without a local-network permission prompt
  '--disable-features=LocalNetworkAccessChecks,LocalNetworkAccessChecksWebSockets',
];

/**
 * Launches Chromium with a profile in profileDir (a persistent context: Playwright rejects --user-data-dir in
 * args) and returns { context, page }.
 */
export async function launchBrowser({ executablePath, profileDir, viewport = { width: 1280, height: 800 } }) {
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, viewport, args: CHROMIUM_FLAGS });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
