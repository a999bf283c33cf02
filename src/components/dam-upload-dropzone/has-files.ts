// What a drag carries: the picker's drop target asks before the dropzone's code is loaded.
export function dataTransferHasFiles(data: DataTransfer | null | undefined): boolean {
  return !!data && Array.from(data.types).includes('Files');
}

/**
 * The files of a drop, and how many folders were dropped (they can not be uploaded). Read while
 * the drop event is dispatched: afterwards the browser empties the DataTransfer, but the Files stay.
 */
export function filesOf(data: DataTransfer): { files: File[]; folders: number } {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (items.length === 0) return { files: Array.from(data.files), folders: 0 };
  const files: File[] = [];
  let folders = 0;
  for (const item of items) {
    if (item.webkitGetAsEntry?.()?.isDirectory) folders++;
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return { files, folders };
}
