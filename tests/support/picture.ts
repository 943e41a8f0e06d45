/** A picture served by the test server (examples/media), with every field an event's media may have. */
export const PICTURE = {
  src: '/examples/media/three-steps.svg',
  alt: 'Three dots on a line, the last in orange',
  caption: 'A diagram drawn for this test',
  credit: 'history-timeline contributors',
  link: 'https://example.org/three-steps',
  width: 640,
  height: 360,
};
