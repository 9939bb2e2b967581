package org.distgray.hdfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.distgray.cli.Cli;
import org.distgray.storage.AtomicWriter;
import org.distgray.testing.CliRun;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A folder tree on HDFS converted to a local folder given as a {@code file:} URI: read through
 * one file system, written through another, mirrored pixel for pixel.
 */
@ExtendWith(SharedSpark.class)
class HdfsToLocalTest {
    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    @TempDir
    java.nio.file.Path dir;

    @ParameterizedTest(name = "extra arguments {0}")
    @MethodSource("org.distgray.hdfs.Modes#extraArguments")
    void folderTreeIsWrittenLocally(List<String> extra) throws IOException {
        Path in = new Path(HDFS.freshFolder(), "in");
        ImageTree.writeTo(HDFS, in);
        java.nio.file.Path out = dir.resolve("out");
        String outUri = out.toUri().toString();
        assertTrue(outUri.startsWith("file:"), outUri);

        CliRun run = CliRun.of(List.of(in.toString(), "-o", outUri, "--format", "png",
                "--quiet"), extra);

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(ImageTree.outputNames(), localFiles(out));
        ImageTree.assertConverted(ImageTree.FILES, name -> Files.readAllBytes(out.resolve(name)));
        assertTrue(HDFS.filesUnder(HDFS.path("/")).stream()
                .noneMatch(name -> name.endsWith(AtomicWriter.TEMP_SUFFIX)));
    }

    /** Every file below {@code folder}, hidden ones included, as sorted relative paths. */
    private static List<String> localFiles(java.nio.file.Path folder) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
