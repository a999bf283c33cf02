// The checks of files before an upload (`file-types`, `max-file-size`, empty files): in the upload chunk, which
// is all that uses them. A rejection says why in data; the UI words it.
import { parseFileTypes } from '../restrictions.js';
import type { UploadFile } from './types.js';

export interface UploadRestrictions {
  /** Lower-case suffixes without a dot (`png`, `jpg`); empty or absent: any. */
  fileTypes?: readonly string[];
  /** Bytes; 0 or absent: no limit. */
  maxFileSize?: number;
}

type FileRejectionReason = 'file-type' | 'too-large' | 'empty';

export interface FileRejection {
  readonly file: UploadFile;
  readonly reason: FileRejectionReason;
  /** The file's suffix, lower-case, without the dot; empty when it has none. */
  readonly fileType: string;
  /** With `file-type`: what is allowed. */
  readonly allowedTypes?: readonly string[];
  /** With `too-large`: the limit in bytes. */
  readonly maxFileSize?: number;
}

/** Spellings of one format that editors use interchangeably. */
const ALIASES: Record<string, string> = { jpeg: 'jpg', tiff: 'tif', htm: 'html', mpeg: 'mpg' };
const canonical = (suffix: string): string => ALIASES[suffix] ?? suffix;

/** The lower-case suffix of a file name (`Logo.PNG` → `png`); empty without one. */
export function fileTypeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Why a file may not be uploaded (checked before any request), or `undefined` when it may. */
export function checkFile(file: UploadFile, restrictions: UploadRestrictions = {}): FileRejection | undefined {
  const fileType = fileTypeOf(file.name);
  const allowed = parseFileTypes(restrictions.fileTypes);
  if (allowed.length > 0 && !allowed.map(canonical).includes(canonical(fileType))) {
    return { file, reason: 'file-type', fileType, allowedTypes: allowed };
  }
  if (file.size === 0) return { file, reason: 'empty', fileType };
  const limit = restrictions.maxFileSize ?? 0;
  if (limit > 0 && file.size > limit) return { file, reason: 'too-large', fileType, maxFileSize: limit };
  return undefined;
}

export function checkFiles(files: Iterable<UploadFile>, restrictions: UploadRestrictions = {}): { accepted: UploadFile[]; rejected: FileRejection[] } {
  const accepted: UploadFile[] = [];
  const rejected: FileRejection[] = [];
  for (const file of files) {
    const rejection = checkFile(file, restrictions);
    if (rejection) rejected.push(rejection);
    else accepted.push(file);
  }
  return { accepted, rejected };
}
