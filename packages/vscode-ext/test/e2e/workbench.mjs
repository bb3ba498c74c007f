// Page helpers for the VS Code web workbench (code-server 4.139.1 / VS Code 1.139.1), driven by playwright-core.
// They act like a user (Explorer clicks, mouse hover, F1) and read what is rendered.

const EDITOR = '.editor-instance .monaco-editor';

/** The rendered editor uses U+00A0 for spaces. */
export function normalizeSpaces(text) {
  return text.replace(/\u00a0/g, ' ');
}

export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** Clicks a file in the Explorer and waits until the editor shows text from it. */
export async function openFromExplorer(page, fileName, expectedText) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator(`${EDITOR} .view-lines`, { hasText: expectedText }).first().waitFor({ timeout: 30_000 });
}

/** The screen rectangle of the first rendered occurrence of word in the editor (measured on the text node). */
export async function wordBox(page, word) {
  const box = await page.evaluate(
    ({ selector, word }) => {
      for (const line of document.querySelectorAll(`${selector} .view-line`)) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent.replace(/\u00a0/g, ' ');
          const match = new RegExp(`\\b${word}\\b`).exec(text);
          if (!match) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + word.length);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height };
        }
      }
      return null;
    },
    { selector: EDITOR, word },
  );
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  return box;
}

/**
 * Moves the mouse onto word until a hover containing expected renders, lets other providers finish loading, and
 * returns the text of every hover part.
 */
export async function hoverWord(page, word, expected) {
  const box = await wordBox(page, word);
  const contents = page.locator('.monaco-hover-content');
  let text = '';
  for (let attempt = 0; attempt < 8 && !text.includes(expected); attempt++) {
    await page.mouse.move(box.x + 1, box.y - 20); // leave the word so the next move starts a new hover
    await page.mouse.move(box.x + box.width / 2 + (attempt % 3), box.y + box.height / 2);
    await contents.filter({ hasText: expected }).first().waitFor({ timeout: 3_000 }).catch(() => {});
    text = normalizeSpaces((await contents.allInnerTexts()).join('\n'));
  }
  for (let i = 0; i < 20 && /Loading\.\.\./.test(text); i++) {
    await page.waitForTimeout(150);
    text = normalizeSpaces((await contents.allInnerTexts()).join('\n'));
  }
  return text;
}

/** Opens the command palette (F1) and runs the command whose label contains label. */
export async function runCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Types query into the open QuickPick, waits for a row containing expectedRow, and returns the row texts. */
export async function typeIntoQuickPick(page, query, expectedRow) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(query);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: expectedRow }).first().waitFor({ timeout: 15_000 });
  return (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map(normalizeSpaces);
}

export async function isQuickPickOpen(page) {
  return page.locator('.quick-input-widget').isVisible();
}

/**
 * The document lines the editor renders, top to bottom, with wrapped segments joined back together. View lines are
 * absolutely positioned (DOM order is not line order); a segment without a line number in the margin continues the
 * line above it.
 */
export async function visibleEditorLines(page) {
  const lines = await page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    if (!editor) return [];
    const topOf = (element) => Math.round(parseFloat(element.style.top) || 0);
    const numbered = new Set(
      [...editor.querySelectorAll('.margin-view-overlays > div')]
        .filter((margin) => /\d/.test(margin.querySelector('.line-numbers')?.textContent ?? ''))
        .map(topOf),
    );
    const segments = [...editor.querySelectorAll('.view-lines .view-line')]
      .map((line) => ({ top: topOf(line), text: line.textContent ?? '' }))
      .sort((a, b) => a.top - b.top);
    const joined = [];
    for (const segment of segments) {
      if (numbered.has(segment.top) || joined.length === 0) joined.push(segment.text);
      else joined[joined.length - 1] += segment.text;
    }
    return joined;
  }, EDITOR);
  return lines.map(normalizeSpaces);
}

/** Puts the cursor at the end of the document in the active editor. */
export async function moveCursorToDocumentEnd(page) {
  await page.locator(`${EDITOR} .view-lines`).first().click();
  await page.keyboard.press('Control+End');
}

/** Waits until the Output panel shows text matching pattern; returns what it shows. */
export async function waitForOutputPanel(page, pattern, timeout = 15_000) {
  const view = page.locator('.part.panel .monaco-editor .view-lines');
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = normalizeSpaces((await view.allInnerTexts().catch(() => [])).join('\n'));
    if (pattern.test(text)) return text;
    await page.waitForTimeout(250);
  }
  throw new Error(`the Output panel does not show ${pattern}; it shows: ${JSON.stringify(text.slice(0, 400))}`);
}

/**
 * Waits for the natolex status-bar item to show a count of loaded entries (activation and the first glossary load
 * are done; in the web-worker host that can take a while on a busy machine). Returns its text.
 */
export async function waitForEntryCount(page, timeout = 90_000) {
  // The book icon: the demo's glossary loads without errors (with errors the item shows a warning icon instead, like
  // the Problems item, so it could not be told apart by its icon).
  const item = page.locator('.statusbar-item:has(.codicon-book)').filter({ hasText: /^\s*\d+/ }).first();
  await item.waitFor({ timeout });
  return normalizeSpaces(await item.innerText()).trim();
}
