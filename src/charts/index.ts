// Charts as every reader gets them: one accessible image per chart, and its text (a summary and a table
// with the same numbers). Shared by the server's published charts and the workbench's.
export { plotChart, chartSvg } from './plotChart.js';
export { bucketChartText, controlChartText, dailyChartText, daysWithoutRelease, longDay, longWindow, type ChartBucket, type ChartText } from './chartText.js';
