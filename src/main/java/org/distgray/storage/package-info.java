/**
 * Files, through Hadoop's FileSystem API so that {@code file:}, {@code hdfs:} and {@code s3a:}
 * paths all work the same: finding the inputs an argument names, mapping each to its output, and
 * writing outputs atomically. Knows nothing of pixels or of Spark.
 */
package org.distgray.storage;
