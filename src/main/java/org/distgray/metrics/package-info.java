/**
 * What a run measured and how it is shown: per-task and per-image records, phase times, the
 * per-executor summary, the live progress line, the end-of-run table, the JSON and CSV files
 * a notebook reads, and the HTML report with its charts. Plain data and formatting; the Spark
 * listener that feeds it lives in {@code org.distgray.spark}.
 */
package org.distgray.metrics;
