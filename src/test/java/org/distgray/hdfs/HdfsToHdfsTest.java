package org.distgray.hdfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.distgray.cli.Cli;
import org.distgray.storage.AtomicWriter;
import org.distgray.testing.CliRun;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A folder tree on HDFS converted to a folder on the same HDFS: the output mirrors every
 * sub-folder, every pixel is the formula, and no temporary file is left anywhere.
 */
@ExtendWith(SharedSpark.class)
class HdfsToHdfsTest {
    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    @ParameterizedTest(name = "extra arguments {0}")
    @MethodSource("org.distgray.hdfs.Modes#extraArguments")
    void folderTreeIsMirroredPixelForPixel(List<String> extra) throws IOException {
        Path root = HDFS.freshFolder();
        Path in = new Path(root, "in");
        Path out = new Path(root, "out");
        ImageTree.writeTo(HDFS, in);

        CliRun run = CliRun.of(List.of(in.toString(), "-o", out.toString(),
                "--format", "png", "--quiet"), extra);

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertEquals("", run.err());
        int count = ImageTree.FILES.size();
        assertTrue(run.out().contains(count + " of " + count + " images converted"), run.out());
        assertEquals(ImageTree.outputNames(), HDFS.filesUnder(out));
        ImageTree.assertConverted(ImageTree.FILES, name -> HDFS.read(new Path(out, name)));
        assertEquals(ImageTree.inputNames(), HDFS.filesUnder(in), "inputs left as they were");
        assertTrue(HDFS.filesUnder(HDFS.path("/")).stream()
                .noneMatch(name -> name.endsWith(AtomicWriter.TEMP_SUFFIX)));
    }
}
