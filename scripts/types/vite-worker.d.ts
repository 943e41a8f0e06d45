// For the library's type build only (tsconfig.build.json has no vite/client types): the inline
// worker import the story loader uses. Vite's own client types say the same for the rest.
declare module '*?worker&inline' {
  const WorkerFactory: new (options?: { name?: string }) => Worker;
  export default WorkerFactory;
}
