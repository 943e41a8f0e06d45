export * from './timeline/history-timeline';
export * from './model/index';
