// A stand-in for picker.html that the test drives: it says `ready` to the origin in its query, then
// posts whatever message it is told to (and to whichever target origin), navigates or closes itself.
const params = new URLSearchParams(location.search);
const host = window.opener ?? window.parent;
window.addEventListener('message', (event) => {
  const command = event.data && event.data.command;
  if (command === 'post') host.postMessage(event.data.message, event.data.targetOrigin);
  else if (command === 'navigate') location.href = event.data.url;
  else if (command === 'close') window.close();
});
if (params.get('origin')) host.postMessage({ type: 'dam-picker:ready', version: 1, query: location.search }, params.get('origin'));
