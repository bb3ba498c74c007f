// The UI end-to-end check: what a writer sees in code-server with the packed VSIX installed, on the demo workspace.
// 1. open the draft from the Explorer, hover an acronym, read the rendered hover (expansion expected);
// 2. run "natolex: Insert Cited Passage…" from the command palette, answer its QuickPick, read the inserted text
//    (a `>` blockquote with a footnote, the default format) from the editor and from the saved file;
// 3. run "natolex: Show What Was Loaded" and read, in the Output panel, the extension host natolex runs in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hoverWord,
  isQuickPickOpen,
  moveCursorToDocumentEnd,
  openFromExplorer,
  runCommand,
  typeIntoQuickPick,
  visibleEditorLines,
  waitForEntryCount,
  waitForOutputPanel,
  waitForWorkbench,
} from './workbench.mjs';

export const EXPECTATIONS = {
  draft: 'draft.md',
  draftText: 'Briefing note',
  hoverWord: 'NUC',
  // the hover's heading (acronym — expansion); the first-use diagnostic shown with it also names the expansion
  hoverExpansion: 'NUC — NATO-Ukraine Commission',
  commandLabel: 'natolex: Insert Cited Passage',
  passageQuery: 'Charter on a Distinctive Partnership',
  passageRow: 'relations with Ukraine', // the topic of the passage, as the QuickPick labels it
  passageText: 'Charter on a Distinctive Partnership',
  outputCommandLabel: 'natolex: Show What Was Loaded',
};

/**
 * Runs the checks on page (a workbench with workspaceDir open). Each stage throws an Error naming the stage and
 * what was seen instead. Screenshots go to screenshotsDir as hover.png, insert-cited-passage-pick.png and
 * insert-cited-passage.png.
 */
export async function runUiChecks(page, { workspaceDir, screenshotsDir, log, host = 'node' }) {
  const expect = EXPECTATIONS;
  await stage('workbench loads with the Explorer', () => waitForWorkbench(page));
  await stage(`open ${expect.draft} from the Explorer`, () => openFromExplorer(page, expect.draft, expect.draftText));
  log(`opened ${expect.draft}`);
  const entries = await stage('the status bar shows how many entries natolex loaded', () => waitForEntryCount(page));
  log(`status bar: ${JSON.stringify(entries)} entries`);

  const hover = await stage(`hover ${expect.hoverWord}`, () => hoverWord(page, expect.hoverWord, expect.hoverExpansion));
  log(`hover on ${expect.hoverWord}: ${JSON.stringify(hover.slice(0, 300))}`);
  if (!hover.includes(expect.hoverExpansion)) {
    throw new Error(`the hover on ${expect.hoverWord} does not show "${expect.hoverExpansion}"; it shows: ${JSON.stringify(hover)}`);
  }
  await page.screenshot({ path: join(screenshotsDir, 'hover.png') });

  await page.mouse.move(5, 5);
  await stage('put the cursor at the end of the draft', () => moveCursorToDocumentEnd(page));
  await stage(`run "${expect.commandLabel}…" from the command palette`, () => runCommand(page, expect.commandLabel));
  const rows = await stage(`search passages for "${expect.passageQuery}"`, () => typeIntoQuickPick(page, expect.passageQuery, expect.passageRow));
  log(`QuickPick shows ${rows.length} passages; first: ${JSON.stringify(rows[0]?.slice(0, 160))}`);
  if (!rows[0]?.includes(expect.passageRow)) {
    throw new Error(`the first passage found for "${expect.passageQuery}" is not from "${expect.passageRow}": ${JSON.stringify(rows.slice(0, 3))}`);
  }
  await page.screenshot({ path: join(screenshotsDir, 'insert-cited-passage-pick.png') });
  await page.keyboard.press('Enter');
  await stage('answer the format pick, if shown', () => answerFormatPick(page));

  await stage('read the inserted passage in the editor', () => waitForInsertedPassage(page, expect.passageText));
  await page.keyboard.press('Control+End'); // the footnote definition goes to the end of the document
  await page.waitForTimeout(300);
  const lines = await visibleEditorLines(page);
  const quoteLine = lines.findIndex((line) => line.startsWith('>') && line.includes(expect.passageText));
  const inserted = quoteLine < 0 ? lines : lines.slice(quoteLine);
  log(`editor shows the insertion:\n    ${inserted.join('\n    ').trimEnd()}`);
  await stage('find the blockquote and its footnote in the editor', () => assertQuotedWithFootnote(inserted.join('\n'), expect.passageText));
  await page.screenshot({ path: join(screenshotsDir, 'insert-cited-passage.png') });

  await page.keyboard.press('Control+S');
  await stage('save the draft', () => waitForSavedInsertion(join(workspaceDir, expect.draft), expect.passageText));
  log('saved draft has the blockquote, its footnote reference and the footnote definition');

  await stage(`run "${expect.outputCommandLabel}" from the command palette`, () => runCommand(page, expect.outputCommandLabel));
  const hostLine = new RegExp(`natolex in the ${host} extension host; bundled corpus`);
  const output = await stage(`read "natolex in the ${host} extension host" in the Output panel`, () => waitForOutputPanel(page, hostLine));
  log(`Output panel: ${JSON.stringify(output.split('\n').find((line) => hostLine.test(line)))}`);
}

/** Runs fn; a failure is rethrown naming the stage. */
async function stage(name, fn) {
  try {
    return await fn();
  } catch (error) {
    throw new Error(`UI check failed at "${name}": ${error.message.split('\n')[0]}`, { cause: error });
  }
}

/** A second QuickPick (the citation format) may follow; prefer the blockquote-with-footnote entry. */
async function answerFormatPick(page) {
  await page.waitForTimeout(700);
  if (!(await isQuickPickOpen(page))) return;
  const footnoteRow = page.locator('.quick-input-list .monaco-list-row', { hasText: /footnote|blockquote/i }).first();
  if (await footnoteRow.isVisible()) await footnoteRow.click();
  else await page.keyboard.press('Enter');
}

async function waitForInsertedPassage(page, passageText) {
  const deadline = Date.now() + 15_000;
  let lines = [];
  while (Date.now() < deadline) {
    lines = await visibleEditorLines(page);
    if (lines.some((line) => line.startsWith('>') && line.includes(passageText))) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`no "> …${passageText}…" line in the editor; visible lines: ${JSON.stringify(lines)}`);
}

/** Polls the file until it holds the blockquote with its footnote (the save is asynchronous). */
async function waitForSavedInsertion(path, passageText) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return assertQuotedWithFootnote(readFileSync(path, 'utf8'), passageText);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`after saving, ${path}: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A `>` blockquote with the passage, a footnote reference [^n] in it and the definition "[^n]: …" below. */
export function assertQuotedWithFootnote(markdown, passageText) {
  const lines = markdown.split('\n');
  const quoteIndex = lines.findIndex((line) => line.startsWith('>') && line.includes(passageText));
  if (quoteIndex < 0) throw new Error(`no blockquote line containing "${passageText}" in:\n${markdown}`);
  const quote = lines.slice(quoteIndex).join('\n').split(/\n(?!>)/)[0];
  const reference = /\[\^([^\]\s]+)\]/.exec(quote);
  if (!reference) throw new Error(`the blockquote has no footnote reference [^n]:\n${quote}`);
  const definition = lines.find((line) => line.startsWith(`[^${reference[1]}]:`) && line.length > `[^${reference[1]}]: `.length);
  if (!definition) throw new Error(`no footnote definition "[^${reference[1]}]: …" in the document`);
  return { quote, definition };
}
