// Whether a drag carries files: the picker's drop target asks before the dropzone's code is loaded.
export function dataTransferHasFiles(data: DataTransfer | null | undefined): boolean {
  return !!data && Array.from(data.types).includes('Files');
}
