// Vimeo: label, icon, URL patterns, profile pages and the privacy policy named in consent notices.
import { simple } from './common.js';

export const vimeo = {
  ...simple(
    'vimeo',
    'Vimeo',
    'M22 7.4c-.1 2-1.5 4.6-4.1 8C15.2 18.9 13 20.6 11 20.6c-1.2 0-2.1-1.1-2.9-3.2L6.5 11C5.9 8.9 5.3 7.9 4.6 7.9L3 8.8 2 7.6l3-2.6c1.3-1.2 2.4-1.8 3-1.8 1.6-.2 2.6.9 3 3.2l.9 4.8c.5 2.1 1 3.2 1.6 3.2.4 0 1.1-.7 2-2.1s1.4-2.5 1.5-3.3c.1-1.2-1.2-2.2-3-1.5 1-3.3 3-4.9 5.9-4.8 2.1.1 3.1 1.4 3 4.1Z',
    ['vimeo.com'],
    'https://vimeo.com/privacy',
    'https://vimeo.com/',
  ),
  // Vimeo shows account names, not "@" handles.
  handle: undefined,
};
