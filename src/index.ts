export * from './components/history-timeline';
