// Shared by the tests: the corpus as a schema 2 document, a termbase fixture written here (not copied from
// anywhere), and the TBX-Basic RELAX NG oracle through xmllint.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Concept, Lexicon } from '@natolex/schema';
import { toConceptLexicon } from '../src/upgrade.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built corpus of @natolex/data (schema 2; a schema 1 build is upgraded). */
export function corpus(): Lexicon {
  const file = path.join(REPO, 'packages/data/dist/lexicon.json');
  // Read as a file, not imported: this package sits below @natolex/data and does not depend on it.
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build -w @natolex/data\` first`);
  return toConceptLexicon(JSON.parse(readFileSync(file, 'utf8')));
}

/** The released lexicon (schema 1, the 0.x release), as stored for the release check. */
export function releasedV1(): unknown {
  return JSON.parse(readFileSync(path.join(REPO, 'packages/data/released/lexicon.json'), 'utf8'));
}

/** What a round trip must keep of a concept: id, subject field, terms with statuses and languages, definitions. */
export function essentials(concept: Concept): unknown {
  return {
    id: concept.id,
    subjectField: concept.subjectField,
    terms: concept.terms.map(({ id, text, type, status, language, note }) => ({ id, text, type, status, language, note })),
    definitions: (concept.definitions ?? []).map(({ text, language, provenance }) => ({ text, language, quotes: (provenance ?? []).map((item) => [item.source, item.quote]) })),
    contexts: (concept.contexts ?? []).map(({ text, language }) => ({ text, language })),
    notes: concept.notes,
  };
}

/**
 * A bilingual termbase in TBX v3 DCA style, as a termbase tool would export it: English and French, all four
 * statuses, acronym / full form pairs, definitions and contexts in both languages, a source in the back matter.
 */
export function bilingualTbx(): string {
  const term = (text: string, type: string, status: string, extra = '') =>
    `<termSec><term>${text}</term><termNote type="termType">${type}</termNote><termNote type="administrativeStatus">${status}</termNote>${extra}</termSec>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
  <tbxHeader><fileDesc><titleStmt><title>Team termbase</title></titleStmt><sourceDesc><p>Written by the test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <descrip type="subjectField">mission</descrip>
        <ref type="crossReference" target="c2">related</ref>
        <langSec xml:lang="en">
          <descripGrp><descrip type="definition">A team that reviews drafts.</descrip><adminGrp><admin type="source" target="src-handbook">Team handbook</admin><note>reviews drafts</note></adminGrp></descripGrp>
          <descripGrp><descrip type="context">The DRT met on Monday.</descrip></descripGrp>
          ${term('Drafting Review Team', 'fullForm', 'preferredTerm-admn-sts', '<note>Capitalised.</note>')}
          ${term('DRT', 'acronym', 'preferredTerm-admn-sts')}
          ${term('Draft Review Team', 'variant', 'admittedTerm-admn-sts')}
          ${term('Review Cell', 'fullForm', 'supersededTerm-admn-sts')}
          ${term('RC', 'acronym', 'deprecatedTerm-admn-sts')}
        </langSec>
        <langSec xml:lang="fr">
          <descrip type="definition">Une équipe qui relit les projets.</descrip>
          ${term('Équipe de relecture des projets', 'fullForm', 'preferredTerm-admn-sts')}
          ${term('ERP', 'acronym', 'preferredTerm-admn-sts')}
          ${term('Cellule de relecture', 'fullForm', 'deprecatedTerm-admn-sts')}
          ${term('Équipe de relecture', 'shortForm', 'admittedTerm-admn-sts')}
        </langSec>
      </conceptEntry>
      <conceptEntry id="c2">
        <langSec xml:lang="en">
          ${term('Plain Language Unit', 'fullForm', 'preferredTerm-admn-sts')}
          ${term('PLU', 'abbreviation', 'admittedTerm-admn-sts')}
        </langSec>
        <langSec xml:lang="fr">
          <descripGrp><descrip type="context">L’unité a relu le texte.</descrip></descripGrp>
          ${term('Unité de langage clair', 'fullForm', 'preferredTerm-admn-sts')}
        </langSec>
      </conceptEntry>
    </body>
    <back><refObjectSec type="source"><refObject id="src-handbook"><item type="title">Team handbook</item><item type="URL">https://example.org/handbook</item></refObject></refObjectSec></back>
  </text>
</tbx>
`;
}

export const TBX_BASIC_RNG = path.resolve(REPO, '../shared/standards/tbx-basic/TBXcoreStructV03_TBX-Basic_integrated.rng');

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  return undefined;
}

/**
 * xmllint, from Debian's libxml2-utils: installed with apt-get when missing and we are root (as .ci/run does);
 * otherwise an error that says what to install. Never a silent skip.
 */
export function ensureXmllint(): string {
  const found = onPath('xmllint');
  if (found) return found;
  const command = 'apt-get update && apt-get install -y libxml2-utils';
  if (!onPath('apt-get') || process.getuid?.() !== 0) throw new Error(`xmllint is needed to validate the TBX export against TBX-Basic; install it (Debian/Ubuntu: sudo sh -c '${command}')`);
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'libxml2-utils']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 540_000 });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${(result.stderr ?? '').trim().slice(-500)}`);
  }
  const installed = onPath('xmllint');
  if (!installed) throw new Error('apt-get installed libxml2-utils but xmllint is not on PATH');
  return installed;
}

/** xmllint --noout --relaxng on a file: '' when valid, else its messages. */
export function relaxNgProblems(xmllint: string, file: string): string {
  const result = spawnSync(xmllint, ['--noout', '--nonet', '--relaxng', TBX_BASIC_RNG, file], { encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`;
}
