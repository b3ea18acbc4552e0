// The Firefox profile prefs every e2e run needs: the loopback fixture server as the only
// proxy (nothing leaves the machine), plain http pages, no slow-script interruption, and the
// extension at a known moz-extension:// address.
export const EXTENSION_ID = 'gr-provenance@example.org';
export const UUID = '6f1d8c2e-4b7a-4c55-9a0e-2f3b1d7c9e41';

export function firefoxPrefs(serverPort: number): Record<string, string | number | boolean> {
  return {
    // Every request goes to the fixture server, which serves the fixture pages only.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': serverPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': serverPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The pages are http://: no upgrade attempt to https first.
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    // The hung-page check keeps a page busy for 18 s: no "slow script" interruption.
    'dom.max_script_run_time': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }),
  };
}
