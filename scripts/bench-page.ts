// The page side of `npm run bench` (bundled by scripts/bench.mjs): takes the file from a file input
// (backed by a file on disk, as when an editor picks one), times a plain single PUT of it and an
// upload through the engine, and samples the JS heap.
import { BrandworkzProvider } from '../src/api/providers/brandworkz/brandworkz-provider.js';
import { UploadEngine } from '../src/api/upload/upload-engine.js';

let file: File | undefined;

function heap(): number {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN;
}

/** The file chosen in the page's `<input type="file">`. */
function useChosenFile(): number {
  file = document.querySelector('input')?.files?.[0];
  if (!file) throw new Error('no file chosen');
  return file.size;
}

/** One PUT of the whole file to a single-upload URL: the baseline. */
async function plainPut(origin: string, token: string, folder: string): Promise<{ ms: number; status: number }> {
  if (!file) throw new Error('generate() first');
  const plan = (await (
    await fetch(`${origin}/v1.6/brandworkz_demo/createUploadPath`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fileName: 'plain.bin', fileSize: file.size, categoryGuid: folder, uploadType: 'single-upload' }),
    })
  ).json()) as { data: { uploadDetails: { url: string } } };
  const start = performance.now();
  const response = await fetch(plan.data.uploadDetails.url, { method: 'PUT', body: file.slice() });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

interface EngineRun {
  state: string;
  error?: string;
  partCount: number;
  partsMs: number;
  totalMs: number;
  baselineHeap: number;
  peakHeap: number;
  assetId?: string;
}

async function engineUpload(origin: string, token: string, folder: string): Promise<EngineRun> {
  if (!file) throw new Error('generate() first');
  const provider = new BrandworkzProvider({
    site: 'demo.brandworkz.com',
    discoveryUrl: origin,
    tokens: { getAccessToken: async () => token, refreshAccessToken: async () => token },
  });
  await provider.connect();
  const engine = new UploadEngine(provider.createUploader());
  const baselineHeap = heap();
  let peakHeap = baselineHeap;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, heap());
  }, 25);
  let partsDone = Number.NaN;
  const start = performance.now();
  engine.on('state', ({ item }) => {
    if (item.state === 'processing') partsDone = performance.now();
  });
  engine.add([file], { folderId: folder });
  await engine.whenIdle();
  const end = performance.now();
  clearInterval(sampler);
  const item = engine.items[0];
  return {
    state: item?.state ?? 'missing',
    ...(item?.error ? { error: item.error.message } : {}),
    partCount: item?.partCount ?? 0,
    partsMs: partsDone - start,
    totalMs: end - start,
    baselineHeap,
    peakHeap,
    ...(item?.asset ? { assetId: item.asset.id } : {}),
  };
}

declare global {
  interface Window {
    bench: { useChosenFile: typeof useChosenFile; plainPut: typeof plainPut; engineUpload: typeof engineUpload };
  }
}

window.bench = { useChosenFile, plainPut, engineUpload };
