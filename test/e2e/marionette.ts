// A minimal Marionette client (Firefox's own remote protocol, on loopback): enough to install
// a temporary add-on, open pages and run scripts, including in the browser chrome, where a
// test can open the popup page in a background tab. No extra dependency (no geckodriver).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Marionette {
  #socket!: Socket;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #handshake!: Promise<void>;

  static async connect(port: number): Promise<Marionette> {
    const m = new Marionette();
    for (let attempt = 0; ; attempt++) {
      try {
        await m.#open(port);
        return m;
      } catch (err) {
        if (attempt > 100) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  #open(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let greeted: () => void;
      this.#handshake = new Promise((r) => (greeted = r));
      socket.once('error', reject);
      socket.on('data', (chunk: Buffer) => this.#receive(chunk, greeted));
      socket.once('connect', () => {
        this.#socket = socket;
        socket.on('error', () => undefined); // 'close' follows, and settles what waits
        socket.on('close', () => {
          for (const waiter of this.#pending.values()) waiter.reject(new Error('marionette: the browser closed the connection'));
          this.#pending.clear();
        });
        void this.#handshake.then(resolve);
      });
    });
  }

  // Packets are "<byte length>:<json>"; the first one is the server's greeting.
  #receive(chunk: Buffer, greeted: () => void): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'));
      if (this.#buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        greeted();
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const waiter = this.#pending.get(id);
      this.#pending.delete(id);
      if (error) waiter?.reject(new Error(`${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  }

  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.#socket.destroyed) return Promise.reject(new Error('marionette: the connection is closed'));
    const id = this.#nextId++;
    const body = JSON.stringify([0, id, command, params]);
    this.#socket.write(`${Buffer.byteLength(body)}:${body}`);
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Runs `script` (a function body; `arguments` holds args) in the current context. */
  async run<T>(script: string, args: unknown[] = []): Promise<T> {
    return (await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
  }

  close(): void {
    this.#socket?.destroy();
  }
}

export interface Firefox {
  marionette: Marionette;
  /** Settles when the browser has exited (stopped here, or closed by its user). */
  exited: Promise<void>;
  /** Quits the browser and removes its profile. */
  stop(): Promise<void>;
}

/** Firefox (headless unless told otherwise) with a throwaway profile holding `prefs`, and Marionette on `port`. */
export async function launchFirefox(executable: string, port: number, prefs: Record<string, string | number | boolean>, { headless = true } = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'gr-provenance-ff-'));
  const all = { ...QUIET_PREFS, ...prefs, 'marionette.port': port };
  writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const args = [...(headless ? ['--headless'] : []), '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile];
  const child: ChildProcess = spawn(executable, args, { stdio: 'ignore' });
  const exited = new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
  let marionette: Marionette;
  try {
    const early = exited.then(() => Promise.reject(new Error(`${executable} exited at start (exit ${child.exitCode})${headless ? '' : '; is there a display?'}`)));
    marionette = await Promise.race([Marionette.connect(port), early]);
    // The fixture server's certificate is made for the run: accepted for this session only.
    await marionette.send('WebDriver:NewSession', { acceptInsecureCerts: true });
  } catch (err) {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    marionette,
    exited,
    async stop() {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Nothing in the background: no updates, telemetry, first-run pages or prefetching.
const QUIET_PREFS = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'app.normandy.enabled': false,
  'browser.region.update.enabled': false,
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.server': '',
  // Remote settings (blocklists, certificate data): a data: address, never fetched from the net.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};
