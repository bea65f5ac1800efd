// The few `chrome` APIs the tests call inside the extension's service worker.
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(details: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
};
