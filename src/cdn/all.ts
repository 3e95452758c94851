// Script-tag bundle: every element, self-registering.
import '../index.js';
