// Loads the picker exactly as a host's redirect page would.
import '../../src/index.js';
