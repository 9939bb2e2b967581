/**
 * One run from start to end: for each input, read, decode, convert on the cluster, encode and
 * write, timing each phase and turning every failure into a one-line reason while the other
 * inputs go on. It calls the image, storage and Spark layers; it owns no pixels and no Spark
 * settings of its own.
 */
package org.distgray.run;
