// English messages of the newsroom layer (labels, translation, content warning, status, platform
// note): they load with the newsroom chunk (src/render/newsroom.ts), the only code that uses them.
// (The content warning's label and separator are in en-base.ts: a warned post shows them when
// this chunk fails to load.)
export default {
  verified: 'Verified by the newsroom',
  unverified: 'Not independently verified',
  disputed: 'Disputed',
  verificationBy: '{by}, {date}',
  translation: 'Newsroom translation',
  translationBy: 'Translation: {by}',
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  reveal: 'Show post',
  deleted: 'This post has since been deleted.',
  suspended: 'The account behind this post has since been suspended.',
  withheld: 'This post has since been withheld.',
  protected: 'This post is now only visible to approved followers.',
  unavailable: 'This post is no longer available.',
  deletedVideo: 'This video has since been deleted.',
  suspendedVideo: 'The account behind this video has since been suspended.',
  withheldVideo: 'This video has since been withheld.',
  protectedVideo: 'This video is now only visible to approved followers.',
  unavailableVideo: 'This video is no longer available.',
  revealVideo: 'Show video',
  archived: 'Archived copy of {date}',
  archivedNoDate: 'Archived copy',
  platformNote: 'Context added by {source}',
};
