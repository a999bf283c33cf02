// Runs in Node inside @web/test-runner (registered in web-test-runner.config.mjs): keyboard input for the
// WebDriver launcher (WebKit), where @web/test-runner-commands falls short. Its `sendKeys` hands a whole
// text to webdriverio's `keys()`, which presses every key down and then every key up — a chord, not
// typing: "banner" arrives as "baner" — and it has no key holds (`down`/`up`) for Shift+Tab or Ctrl+End.
// `webdriver-type` types one key after another, in one action sequence; `webdriver-chord` presses keys
// together (modifiers first).

interface KeyAction {
  down(key: string): KeyAction;
  up(key: string): KeyAction;
  perform(): Promise<unknown>;
}
interface KeysDriver {
  keys(value: string | string[]): Promise<unknown>;
  action(type: 'key'): KeyAction;
}

export interface WebdriverKeysPayload {
  type?: string;
  chord?: string[];
}

export function webdriverKeysPlugin() {
  return {
    name: 'webdriver-keys',
    async executeCommand({ command, payload, session }: { command: string; payload: unknown; session: { browser: { type: string; driver?: KeysDriver } } }) {
      if (command !== 'webdriver-type' && command !== 'webdriver-chord') return undefined;
      const driver = session.browser.driver;
      if (session.browser.type !== 'webdriver' || !driver) throw new Error(`${command} needs the WebDriver launcher.`);
      const { type, chord } = (payload ?? {}) as WebdriverKeysPayload;
      if (command === 'webdriver-type') {
        // One action sequence (one round trip, so typing is as quick as a user's), each key down then up.
        const typing = driver.action('key');
        for (const key of type ?? '') typing.down(key).up(key);
        await typing.perform();
      } else {
        await driver.keys(chord ?? []);
      }
      return true;
    },
  };
}
