package org.distgray.testing;

/** Text in the form {@code submit/bench} writes its CSV, for tests of what reads it. */
public final class BenchCsv {
    /** The header line bench writes. */
    public static final String HEADER = "workload,k,master,images,megapixels,wall_ms,"
            + "images_per_s,mp_per_s,speedup,efficiency,convert_ms,convert_speedup,"
            + "convert_efficiency";

    /** The band workload on local[1] and local[2]: two runs. */
    public static final String BAND_ON_TWO_CORES = String.join("\n", HEADER,
            "band,1,local[1],1,33.2,2000,0.50,16.6,1.000,1.000,1200,1.000,1.000",
            "band,2,local[2],1,33.2,1300,0.77,25.5,1.538,0.769,700,1.714,0.857", "");

    private BenchCsv() {
    }
}
