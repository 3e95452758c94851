// Paul Irish's lite-youtube-embed: light-DOM YouTube facade plus its stylesheet.
import 'lite-youtube-embed';
import 'lite-youtube-embed/src/lite-yt-embed.css';
