// Runs in Node inside @web/test-runner (registered in web-test-runner.config.mjs): keyboard input for the
// WebDriver launcher (WebKit), where @web/test-runner-commands falls short. Its `sendKeys` hands a whole
// text to webdriverio's `keys()`, which presses every key down and then every key up — a chord, not
// typing: "banner" arrives as "baner" — and it has no key holds (`down`/`up`) for Shift+Tab or Ctrl+End.
// `webdriver-type` types one key after another; `webdriver-chord` presses keys together (modifiers first).

interface KeysDriver {
  keys(value: string | string[]): Promise<unknown>;
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
        for (const key of type ?? '') await driver.keys(key);
      } else {
        await driver.keys(chord ?? []);
      }
      return true;
    },
  };
}
