// English messages of <video-appeal> (play button, consent notice, transcript, link-out): the video
// element's module adds them (addEnglish) when it is imported, so the quote elements' bundle has none.
export default {
  play: 'Play video: {title}',
  transcript: 'Transcript',
  jumpTo: 'Play from {time}',
  consent: 'Playing this video loads it from {provider}, which may receive data about you.',
  privacyPolicy: "{provider}'s privacy policy",
};
