// Well-known acronyms: ones the audience knows, so they need no first-use definition. NATO drafts do not spell out
// NATO (the issue's own finding: flagging it in every NATO document is noise), so the default is ["NATO"]; a
// workspace that writes for another audience sets the list, and [] (one switch) turns the exemption off.
export const DEFAULT_WELL_KNOWN: readonly string[] = Object.freeze(['NATO']);
