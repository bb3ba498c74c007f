import { describe, expect, it } from 'vitest';
import { extensionHosts, reportedHost, selectHosts } from './extension-hosts.mjs';

describe('extension hosts', () => {
  const hosts = extensionHosts('/ext', 'natolex.natolex');

  it('puts natolex in the web worker with the remote.extensionKind user setting, and loads the bundled suite there', () => {
    expect(hosts['web-worker'].settings).toEqual({ 'remote.extensionKind': { 'natolex.natolex': ['web'] } });
    expect(hosts['web-worker'].testsEntry).toBe('/ext/dist/test/web/suite.cjs');
    expect(hosts.node.settings).toEqual({});
  });

  it('runs both hosts by default, or the one asked for', () => {
    expect(selectHosts(undefined, hosts).map((host) => host.name)).toEqual(['node', 'web-worker']);
    expect(selectHosts('web-worker', hosts).map((host) => host.name)).toEqual(['web-worker']);
    expect(() => selectHosts('electron', hosts)).toThrow(/--host takes node, web-worker, all/);
  });

  it('reads the host the suite reports, and nothing from other lines', () => {
    expect(reportedHost(['[info] starting', 'natolex suite host: web-worker', '  3 passing'])).toBe('web-worker');
    expect(reportedHost(['the natolex suite host: node was expected'])).toBeUndefined();
  });
});
