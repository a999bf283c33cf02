/** The package version, also used in postMessage protocol messages. */
export const version = '0.1.0';
