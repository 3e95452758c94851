// English messages every card uses: they ship in the bundle.
export default {
  viewOn: 'View on {platform}',
  /** A video's link out (<video-appeal>'s, and a card's whose post URL is a video's, see Platform.isVideo). */
  watchOn: 'Watch on {platform}',
  /**
   * Heard after viewOn's words, not shown: which post the link opens ("X post by Bana Alabed, 13
   * December 2016") and that it opens a new tab. In parentheses: the hidden text is a block, so the
   * name gets a space before it ("View on X (X post …)", not "View on X , X post …").
   */
  viewOnPost: '({post}; opens in a new tab)',
  /** The description of every other link in a card (aria-describedby): heard on it, not in its name. */
  newTab: 'opens in a new tab',
  /** Between the phrases of one name: "Lina Shamy, 0:39". */
  separator: ', ',
  post: 'Post',
  byline: '{platform} post by {name}',
  platformPost: '{platform} post',
  replyingTo: 'Replying to {handle}',
  quoted: 'Quoted post',
  platformVerified: 'Verified account on {platform}',
  image: 'Image',
  imageNoAlt: 'Image without description',
  video: 'Video',
  edited: 'edited',
  editedAt: 'Edited {date}',
  asOf: 'as of {date}',
  shares: { one: '# share', other: '# shares' },
  likes: { one: '# like', other: '# likes' },
  replies: { one: '# reply', other: '# replies' },
  quotes: { one: '# quote', other: '# quotes' },
  views: { one: '# view', other: '# views' },
  counts: 'Counts',
  /** Also shown without the newsroom chunk: a warned post whose chunk failed to load shows the warning alone. */
  warning: 'Content warning',
  /** Between a label and its text: "Content warning: Graphic" (French "Avertissement\u202F: …", a narrow no-break space). */
  labelSeparator: ': ',
};
