// bluesky-post-embed as its README says to use it: the element plus its stylesheet and light theme.
import 'bluesky-post-embed';
import 'bluesky-post-embed/style.css';
import 'bluesky-post-embed/themes/light.css';
