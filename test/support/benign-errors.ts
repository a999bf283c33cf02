// "ResizeObserver loop completed with undelivered notifications" is reported by the
// browser when observed boxes change size again in the frame they were measured
// (here: the virtualiser laying out a newly loaded page while the scrollbar
// appears). The spec calls it benign (w3c/csswg-drafts#5488) and the next frame
// delivers the notifications; mocha would count it as an uncaught error. Every
// other error still fails the test. Engine-neutral, unlike @lit-labs/virtualizer's
// setupIgnoreWindowResizeObserverLoopErrors, which throws on the error as Firefox reports it.
before(() => {
  const mochaHandler = window.onerror;
  window.onerror = function onError(message, ...rest) {
    const text = typeof message === 'string' ? message : ((message as Partial<ErrorEvent> | null)?.message ?? '');
    if (typeof text === 'string' && text.includes('ResizeObserver loop')) return true;
    return mochaHandler ? mochaHandler.call(this, message, ...rest) : false;
  };
});
