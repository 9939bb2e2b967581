/**
 * Batches at the scale users run them, through submit/distgray as separate processes: a
 * thousand images in nested folders, killed midway and resumed, checked image by image; and the
 * metrics files such runs leave when they are killed or Spark gives up on a job.
 */
package org.distgray.batch;
