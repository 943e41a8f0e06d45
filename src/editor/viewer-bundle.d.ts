/** The viewer's one-file bundle, dist/history-timeline.js, as text (see `viewerBundle` in vite.config.ts). */
declare module 'virtual:history-timeline-bundle' {
  const code: string;
  export default code;
}
