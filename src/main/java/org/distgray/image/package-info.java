/**
 * Pure image code: recognising, checking and decoding JPEG and PNG files, the grayscale kernel,
 * splitting a picture into bands of rows, and encoding the result. Nothing here knows about Spark
 * or about where the bytes come from, so every piece can be tested and benchmarked on its own.
 */
package org.distgray.image;
