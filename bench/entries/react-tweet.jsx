// react-tweet as a client-rendered island per embed: each `.rt` placeholder carries its tweet as
// inline JSON (the recorded syndication response), and gets its own React 19 root.
import { createRoot } from 'react-dom/client';
import { EmbeddedTweet } from 'react-tweet';

for (const el of document.querySelectorAll('.rt')) {
  const tweet = JSON.parse(el.querySelector('script[type="application/json"]').textContent);
  createRoot(el).render(<EmbeddedTweet tweet={tweet} />);
}
