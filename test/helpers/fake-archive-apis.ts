// In-memory `permissions` and registered content scripts for WXT's fakeBrowser, which leaves
// them unimplemented: optional host permissions granted or taken back, onAdded / onRemoved
// fired, scripts registered by id.
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (p: { origins?: string[] }) => void;
type Registered = { id: string; matches?: string[]; js?: string[] };

export interface FakeArchiveApis {
  granted: Set<string>;
  registered: Map<string, Registered>;
  /** The answer the next permissions.request gives (the user's choice in the prompt). */
  answer: boolean;
  requests: { origins?: string[] }[];
  grant(origins: string[]): void;
  revoke(origins: string[]): void;
}

export function installArchiveApis(): FakeArchiveApis {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const state: FakeArchiveApis = {
    granted: new Set(),
    registered: new Map(),
    answer: true,
    requests: [],
    grant(origins) {
      origins.forEach((o) => state.granted.add(o));
      added.forEach((l) => l({ origins }));
    },
    revoke(origins) {
      origins.forEach((o) => state.granted.delete(o));
      removed.forEach((l) => l({ origins }));
    },
  };
  const event = (list: Listener[]) => ({
    addListener: (l: Listener) => void list.push(l),
    removeListener: (l: Listener) => void list.splice(list.indexOf(l), 1),
    hasListener: (l: Listener) => list.includes(l),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => state.granted.has(o)),
    request: async (p: { origins?: string[] }) => {
      state.requests.push(p);
      if (state.answer) state.grant(p.origins ?? []);
      return state.answer;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async (f?: { ids?: string[] }) => [...state.registered.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
    registerContentScripts: async (scripts: Registered[]) => scripts.forEach((s) => state.registered.set(s.id, s)),
    unregisterContentScripts: async (f?: { ids?: string[] }) => (f?.ids ?? [...state.registered.keys()]).forEach((id) => state.registered.delete(id)),
  });
  return state;
}
