// What <dam-picker> shares with the elements inside it through @lit/context, for the elements that read it.
// The context is defined once (one key), in the picker's folder for now.
export { damContext, type DamContextValue } from '../components/dam-picker/dam-picker.context.js';
