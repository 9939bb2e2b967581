package org.distgray.hdfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.distgray.cli.Cli;
import org.distgray.testing.CliRun;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A truncated PNG on HDFS among good images: one stderr line names it by its full URI, it gets
 * no output (not even a temporary file), the good images are converted and the exit is 1.
 */
@ExtendWith(SharedSpark.class)
class HdfsBadFileTest {
    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    @ParameterizedTest(name = "extra arguments {0}")
    @MethodSource("org.distgray.hdfs.Modes#extraArguments")
    void truncatedPngIsReportedAndTheRestConverted(List<String> extra) throws IOException {
        Path root = HDFS.freshFolder();
        Path in = new Path(root, "in");
        Path out = new Path(root, "out");
        Map<String, byte[]> good = new LinkedHashMap<>();
        good.put("first.png", TestImages.png(TestImages.random(100, 64, false, 5)));
        good.put("sub/second.jpg", TestImages.jpeg(TestImages.structured(160, 120)));
        for (Map.Entry<String, byte[]> file : good.entrySet()) {
            HDFS.write(new Path(in, file.getKey()), file.getValue());
        }
        Path bad = new Path(in, "sub/cut.png");
        HDFS.write(bad, TestImages.truncated(
                TestImages.png(TestImages.random(160, 120, false, 6)), 0.5));

        CliRun run = CliRun.of(List.of(in.toString(), "-o", out.toString(),
                "--format", "png", "--quiet"), extra);

        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith(bad + ": "), line);
        assertTrue(line.contains("truncated"), line);
        assertEquals(List.of("first.png", "sub/second.png"), HDFS.filesUnder(out),
                "no output, empty or temporary file, for the bad input");
        ImageTree.assertConverted(good, name -> HDFS.read(new Path(out, name)));
    }
}
