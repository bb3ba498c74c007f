// Forms chosen to make a matcher slow, for the linearity case of the bench: the longest allowed forms sharing one
// long prefix (every word of the text starts a walk that reads a whole form's worth of tokens), and forms whose
// tokens all share one hash ("Aa" and "BB" do). The same text at 1× and 4× must cost about 1× and 4×.
const MAX_FORM_TOKENS = 64;

export function pathologicalLexicon() {
  const words = (MAX_FORM_TOKENS + 1) / 2; // 32 words = 63 tokens
  const prefix = Array.from({ length: words - 1 }, () => 'a').join(' ');
  const acronyms = Array.from({ length: 200 }, (_, index) => ({ id: `p.long${index}`, form: `${prefix} b${index}`, expansion: 'x' }));
  for (let mask = 0; mask < 1 << 12; mask++) {
    let form = '';
    for (let bit = 0; bit < 12; bit++) form += mask & (1 << bit) ? 'Aa' : 'BB';
    acronyms.push({ id: `p.collide${mask}`, form, expansion: 'x' });
  }
  return { $schema: 'urn:natolex:schema:lexicon:1', name: 'pathological', acronyms };
}

/** About `bytes` of "a a a …" runs broken by colliding words that are not forms and by the forms' last words. */
export function pathologicalText(bytes) {
  const unit = `${'a '.repeat(200)}AaAaAaAaAaAaAaAaAaAaAaBb BBBBBBBBBBBBBBBBBBBBBBBB b7 `;
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
