/**
 * One run from start to end: output names settled first, the mode chosen, then for each input
 * read, decode, convert (its bands across the cluster, or the whole image on the executor that
 * read it), encode and write, timing each phase and turning every failure into a one-line reason
 * while the other inputs go on. It calls the image, storage and Spark layers and has no Spark
 * settings of its own.
 */
package org.distgray.run;
