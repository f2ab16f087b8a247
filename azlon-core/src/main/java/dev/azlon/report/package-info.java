/**
 * API. The reports a run and a batch leave: report.html, summary.md and summary.json; index.html
 * and JUnit XML for a batch.
 */
package dev.azlon.report;
