// Telegram: label, icon, and @channel profiles.
import { simple } from './simple.js';

export const telegram = simple(
  'telegram',
  'Telegram',
  'M22 4.3 18.7 19.4c-.2 1-1 1.3-1.7.8l-4.8-3.5-2.3 2.2c-.4.4-.9.7-1 .5l.3-4.9 9-8c.4-.4-.2-.5-.7-.2L6.5 13.2 2 11.7c-1-.3-1-1 .2-1.5L20.6 3c1-.4 1.7.2 1.4 1.3Z',
  'https://t.me/',
);
