// Every acronym of the bundled corpus whose concept the seed describes shows that description wherever it is looked
// up: `describeConcept(lookup(acronym).concept)` of the built package is the concept's definition, else its first
// context. Each row names a phrase of the seed that must be in it, and whether the seed defines the concept (says
// what it is) or only shows it in use (CURATION.md, "Definitions and contexts").
import { describe, expect, test } from 'vitest';
import { createLexicon, describeConcept, lookup } from '@natolex/data';

type Kind = 'definition' | 'context';

const DESCRIBED: ReadonlyArray<readonly [acronym: string, phrase: string, kind: Kind]> = [
  ['KFOR', 'to provide an international security presence as the prerequisite for peace and reconstruction of Kosovo', 'definition'],
  ['IFOR', 'NATO’s first peacekeeping operation', 'definition'],
  ['SFOR', 'One year later, it was replaced by a NATO-led Stabilisation Force (SFOR).', 'context'],
  ['ISAF', 'a UN-mandated force', 'definition'],
  ['EADRCC', 'is a regional coordination mechanism, supporting and complementing the UN efforts', 'definition'],
  ['UN OCHA', 'retains the primary role in the coordination of international disaster-relief operations', 'definition'],
  ['JCMB', 'overseeing the implementation of the internationally endorsed Afghanistan Compact', 'definition'],
  ['AMIS', 'which is trying to end the continuing violence in the Darfur region', 'definition'],
  ['DEEP', 'provides expertise on how to build, develop and reform educational institutions', 'definition'],
  ['AMISOM', 'by providing airlift support to AU member states willing to deploy on this mission', 'context'],
  ['IPCP', 'This IPCP forms the basis of its cooperation with NATO', 'context'],
  ['PARP', 'aims to attain interoperability between elements of its armed forces and those of NATO Allies', 'context'],
  ['NUC', 'the 1997 Charter on a Distinctive Partnership, which established the NATO-Ukraine Commission (NUC)', 'context'],
  ['NTM-I', 'NATO provided assistance in training and equipping Iraqi security forces', 'context'],
  ['UN CTC', 'established in accordance with UN Security Council Resolution (UNSCR) 1373', 'context'],
  ['UNSCR', 'UN Security Council Resolutions have provided the mandate for NATO’s operations', 'context'],
  ['UNMIK', 'KFOR has worked closely with the UN Interim Administration Mission in Kosovo (UNMIK)', 'context'],
  ['UNAMA', 'other international actors that are supporting governance, reconstruction and development', 'context'],
  ['SPS', 'has received grant awards for over 50 projects for scientific and environmental collaboration', 'context'],
  ['PfP', 'Under the PfP programme, NATO and Uzbekistan are developing practical cooperation', 'context'],
  ['EAPC', 'Dialogue takes place within the framework of the Euro-Atlantic Partnership Council (EAPC).', 'context'],
  ['UN', 'share a commitment to maintaining international peace and security', 'context'],
  ['NATO', 'share a commitment to maintaining international peace and security', 'context'],
  ['SOFA', 'Uzbekistan signs the PfP Status of Forces Agreement (SOFA) with the Allies.', 'context'],
];

describe('acronym lookups describe their concept in the seed’s words', () => {
  test.each(DESCRIBED)('%s', (acronym, phrase, kind) => {
    const found = lookup(acronym);
    expect(found, `lookup('${acronym}')`).toBeDefined();
    expect(found!.term.text).toBe(acronym);
    const description = describeConcept(found!.concept);
    expect(description).toMatchObject({ kind, language: 'en' });
    expect(description!.text).toContain(phrase);
  });

  test('every acronym of the corpus belongs to a concept that has a description', () => {
    const acronyms = createLexicon().concepts.flatMap((concept) =>
      concept.terms.filter((term) => term.type === 'acronym' || term.type === 'abbreviation').map((term) => [term.text, concept] as const),
    );
    expect(acronyms.length).toBeGreaterThanOrEqual(32);
    const undescribed = acronyms.filter(([, concept]) => describeConcept(concept) === undefined).map(([text]) => text);
    expect(undescribed).toEqual([]);
    // The table above covers most of them, so a description that disappears is caught by name.
    expect(new Set(DESCRIBED.map(([acronym]) => acronym)).size).toBeGreaterThanOrEqual(15);
  });
});
