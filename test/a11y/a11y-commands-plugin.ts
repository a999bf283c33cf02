// Runs in Node inside @web/test-runner (registered in web-test-runner.config.mjs): test commands that
// need Chromium's DevTools protocol. `a11y-media` emulates media features puppeteer refuses (forced-colors);
// `a11y-tree` returns the page's accessibility tree as a screen reader gets it (shadow DOM included).
import type { CDPSession, Page } from 'puppeteer-core';

export interface MediaPayload {
  colorScheme?: 'light' | 'dark' | '';
  reducedMotion?: 'reduce' | 'no-preference' | '';
  forcedColors?: 'active' | 'none' | '';
}

/** One node of Chromium's accessibility tree, with its properties flattened to values. */
export interface AxNode {
  id: string;
  role: string;
  name: string;
  /** e.g. `focused`, `expanded`, `selected`, `checked`, `level`, `live`, `busy`, `valuetext`. */
  properties: Record<string, string | number | boolean>;
  parentId?: string | undefined;
  childIds: string[];
  /** Text of the node's static text descendants, in order (what a live region says). */
  text: string;
}

interface CdpAxValue {
  type: string;
  value?: unknown;
  relatedNodes?: Array<{ backendDOMNodeId: number }>;
}
interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: CdpAxValue;
  name?: CdpAxValue;
  value?: CdpAxValue;
  properties?: Array<{ name: string; value: CdpAxValue }>;
  parentId?: string;
  childIds?: string[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  return session;
}

/** A CDP AXValue's value as text (roles, names and values are strings or numbers; anything else is no text). */
const axText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/** Flattens Chromium's tree: ignored nodes are dropped and their children lifted to the nearest kept ancestor. */
function flatten(raw: CdpAxNode[]): AxNode[] {
  const byId = new Map(raw.map((node) => [node.nodeId, node]));
  const kept = new Map<string, AxNode>();
  const textOf = (node: CdpAxNode): string => {
    if (node.role?.value === 'StaticText') return axText(node.name?.value);
    return (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter((child) => child !== undefined)
      .map(textOf)
      .filter(Boolean)
      .join(' ');
  };
  const visit = (node: CdpAxNode, parentId: string | undefined): string[] => {
    const children = (id: string | undefined) =>
      (node.childIds ?? []).flatMap((childId) => {
        const child = byId.get(childId);
        return child ? visit(child, id) : [];
      });
    if (node.ignored) return children(parentId);
    const properties: AxNode['properties'] = {};
    for (const property of node.properties ?? []) {
      const value = property.value.value;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[property.name] = value;
    }
    if (node.value?.value !== undefined) properties['value'] = axText(node.value.value);
    const entry: AxNode = {
      id: node.nodeId,
      role: axText(node.role?.value),
      name: axText(node.name?.value),
      properties,
      parentId,
      childIds: [],
      text: textOf(node).replace(/\s+/g, ' ').trim(),
    };
    kept.set(entry.id, entry);
    entry.childIds = children(entry.id);
    return [entry.id];
  };
  const root = raw.find((node) => !node.parentId);
  if (root) visit(root, undefined);
  return [...kept.values()];
}

export function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({
      command,
      payload,
      session,
    }: {
      command: string;
      payload: unknown;
      session: { id: string; browser: { type: string; getPage?: (id: string) => Page } };
    }) {
      if (command !== 'a11y-media' && command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.getPage) throw new Error(`${command} needs Chromium through puppeteer.`);
      const client = await cdp(session.browser.getPage(session.id));
      if (command === 'a11y-media') {
        const media = (payload ?? {}) as MediaPayload;
        const features = [
          { name: 'prefers-color-scheme', value: media.colorScheme ?? '' },
          { name: 'prefers-reduced-motion', value: media.reducedMotion ?? '' },
          { name: 'forced-colors', value: media.forcedColors ?? '' },
        ];
        await client.send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      const { nodes } = (await client.send('Accessibility.getFullAXTree')) as unknown as { nodes: CdpAxNode[] };
      return flatten(nodes);
    },
  };
}
