/**
 * The command against a real HDFS: a MiniDFSCluster on 127.0.0.1 in the test JVM and the shared
 * local Spark session. Folder trees of PNGs and JPEGs converted from {@code hdfs://} to
 * {@code hdfs://} and to {@code file:}, a bad file among good ones, and the cluster itself
 * starting on loopback only and stopping without a trace. Each conversion test runs once per
 * entry of {@link org.distgray.hdfs.Modes#extraArguments()}.
 */
package org.distgray.hdfs;
