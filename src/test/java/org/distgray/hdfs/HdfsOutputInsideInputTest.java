package org.distgray.hdfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.distgray.cli.Cli;
import org.distgray.testing.CliRun;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hdfs://.../in -o hdfs://.../in/gray} run twice: the second run finds the outputs of the
 * first, skips them and converts nothing; the output tree is never an input, on HDFS as on a
 * local disk.
 */
@ExtendWith(SharedSpark.class)
class HdfsOutputInsideInputTest {
    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    @ParameterizedTest(name = "extra arguments {0}")
    @MethodSource("org.distgray.hdfs.Modes#extraArguments")
    void rerunSkipsTheOutputsAndGoesNoDeeper(List<String> extra) throws IOException {
        Path in = new Path(HDFS.freshFolder(), "in");
        Path gray = new Path(in, "gray");
        ImageTree.writeTo(HDFS, in);
        List<String> args = List.of(in.toString(), "-o", gray.toString(), "--format", "png",
                "--quiet");
        int count = ImageTree.FILES.size();

        CliRun first = CliRun.of(args, extra);
        assertEquals(Cli.EXIT_OK, first.exit(), first.err());
        CliRun second = CliRun.of(args, extra);

        assertEquals(Cli.EXIT_OK, second.exit(), second.err());
        assertTrue(second.out().contains("0 of " + count + " images converted, " + count
                + " skipped, 0 failed"), second.out());
        assertEquals(ImageTree.outputNames(), HDFS.filesUnder(gray), "no gray/gray");
        ImageTree.assertConverted(ImageTree.FILES, name -> HDFS.read(new Path(gray, name)));
        List<String> everything = new ArrayList<>(ImageTree.inputNames());
        ImageTree.outputNames().forEach(name -> everything.add("gray/" + name));
        assertEquals(everything.stream().sorted().toList(), HDFS.filesUnder(in));
    }
}
