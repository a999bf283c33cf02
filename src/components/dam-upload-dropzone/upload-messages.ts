// Wording of <dam-upload-dropzone>: sizes, percentages, per-file status, rejections and
// failures, all through the localisation layer.
import { msg, str } from '@lit/localize';
import type { DamError } from '../../api/errors.js';
import type { FileRejection } from '../../api/upload/file-checks.js';
import type { UploadItem } from '../../api/upload/types.js';
import { formatCount, numberFormat } from '../../internal/numbers.js';
import { errorText } from '../error-text.js';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export class UploadFormat {
  readonly #locale: string;

  constructor(locale: string) {
    this.#locale = locale;
  }

  /** `1.5 MB`, in the page's language (1 KB = 1024 bytes, as file managers count). */
  bytes(value: number): string {
    let unit = 0;
    let amount = value;
    while (amount >= 1024 && unit < UNITS.length - 1) {
      amount /= 1024;
      unit++;
    }
    return numberFormat(this.#locale, {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: unit === 0 ? 'long' : 'short', // "12 bytes", "1.5 MB"
      maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(amount);
  }

  /** `42 %` in the page's language; 0–100 in, whole percent out (never 100 before the end). */
  percent(value: number): string {
    const whole = value >= 100 ? 1 : Math.floor(value) / 100;
    return numberFormat(this.#locale, { style: 'percent', maximumFractionDigits: 0 }).format(whole);
  }

  /** A count in the page's language (digits and grouping). */
  count(value: number): string {
    return formatCount(value, this.#locale);
  }

  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.#locale, { type: 'disjunction' }).format(items);
  }
}

/** Why an upload failed, for the person uploading: upload-specific advice, else the picker's error text (with the DAM's own words when it refused the file). */
export function failureText(error: DamError | undefined): string {
  switch (error?.code) {
    case 'network':
      return msg('Upload interrupted. Check your connection; it resumes where it stopped.');
    case 'unauthorized':
      return msg('Your session has expired. Sign in again, then retry.');
    case 'forbidden':
      return msg('The upload link was refused or has expired. Retry to get a new one.');
    case 'rate-limited':
    case 'service-unavailable':
      return msg('The DAM is busy. Retry in a moment.');
    default:
      return error ? errorText(error) : msg('Upload failed.');
  }
}

export function statusText(item: UploadItem, format: UploadFormat): string {
  switch (item.state) {
    case 'queued':
      return msg('Waiting…');
    case 'uploading':
      return msg(str`${format.bytes(item.bytesSent)} of ${format.bytes(item.size)} (${format.percent(item.percent)})`);
    case 'processing':
      return msg('Processing…');
    case 'done':
      // Deduplication: the DAM kept its identical asset, which is the result.
      return item.alreadyInDam && item.asset ? msg(str`Already in the DAM as “${item.asset.title}”`) : msg('Uploaded');
    case 'cancelled':
      return msg('Cancelled');
    case 'failed':
      return failureText(item.error);
  }
}

export function rejectionText(rejection: FileRejection, format: UploadFormat): string {
  const name = rejection.file.name;
  switch (rejection.reason) {
    case 'file-type': {
      const allowed = format.list((rejection.allowedTypes ?? []).map((type) => type.toUpperCase()));
      return msg(str`${name} was not uploaded: only ${allowed} files are allowed here.`);
    }
    case 'too-large':
      return msg(
        str`${name} was not uploaded: it is ${format.bytes(rejection.file.size)}, larger than the limit of ${format.bytes(rejection.maxFileSize ?? 0)}.`,
      );
    case 'empty':
      return msg(str`${name} was not uploaded: the file is empty.`);
  }
}
