// The script tag's entry for a `<dam-picker-dialog>` the page writes itself: only the dialog (and Lit), so that
// its methods (`show()`, `close()`) work while the picker inside stays unloaded until the dialog opens.
import { DamPickerDialog } from '../components/dam-picker-dialog/dam-picker-dialog.js';

if (!customElements.get('dam-picker-dialog')) customElements.define('dam-picker-dialog', DamPickerDialog);
