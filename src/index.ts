export * from './timeline/history-timeline';
