import { VideoAppeal } from './video-appeal.js';
import { define } from '../define-element.js';

define('video-appeal', VideoAppeal);

declare global {
  interface HTMLElementTagNameMap {
    'video-appeal': VideoAppeal;
  }
}

export { VideoAppeal };
