// Script-tag bundle: every element, self-registering.
import './entry-url.js';
import '../index.js';
