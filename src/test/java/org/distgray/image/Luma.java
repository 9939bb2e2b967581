package org.distgray.image;

/** The grayscale formula as the tests state it, written apart from {@link GrayscaleKernel}. */
final class Luma {
    private Luma() {
    }

    /**
     * BT.601 luma {@code floor(0.299 R + 0.587 G + 0.114 B + 0.5)} in exact integer arithmetic:
     * the weighted sum is {@code n / 1000} for the integer {@code n} below, so adding half and
     * flooring is {@code (n + 500) / 1000}.
     */
    static int of(int red, int green, int blue) {
        int n = 299 * red + 587 * green + 114 * blue;
        return (n + 500) / 1000;
    }
}
