// An attacker's page on another origin (test/embedding/picker-page-attack.test.ts): it frames or opens the
// real picker.html with the URL it is told, and keeps every message that reaches it. The test asks for them.
const received = [];
let opened = null;
window.addEventListener('message', (event) => {
  const command = event.data && event.data.command;
  if (command === 'frame') {
    const frame = document.createElement('iframe');
    frame.src = event.data.url;
    frame.style.cssText = 'width: 900px; height: 600px';
    document.body.append(frame);
  } else if (command === 'open') {
    opened = window.open(event.data.url, 'dam-picker-attack-popup', 'popup,width=900,height=600');
    event.source.postMessage({ attackerOpened: opened !== null }, event.origin);
  } else if (command === 'received') {
    event.source.postMessage({ attackerReceived: received }, event.origin);
  } else if (command === 'close') {
    opened?.close();
  } else {
    received.push({ origin: event.origin, data: event.data });
  }
});
window.parent.postMessage({ attackerReady: true }, '*');
