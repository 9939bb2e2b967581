/**
 * The command line: parsing and checking options before Spark starts (a typo costs no cluster
 * time), building the Spark session, running the conversion, printing the table and writing the
 * metrics file, and mapping the outcome to the exit status (0 all converted, 1 some failed,
 * 2 usage error).
 */
package org.distgray.cli;
