/**
 * Batches at the scale users run them, through submit/distgray as separate processes: a
 * thousand images in nested folders, killed midway and resumed, checked image by image.
 */
package org.distgray.batch;
