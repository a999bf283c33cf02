// The product names of the DAMs, apart from their adapters: a heading can name the DAM before its
// adapter's chunk has arrived.
export const BRANDWORKZ_LABEL = 'Brandworkz';
export const BYNDER_LABEL = 'Bynder';
