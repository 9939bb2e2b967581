package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vector kernel's division by multiply and shift is exact for every sum a method makes. */
class ExactDivisionTest {
    /**
     * For BT.601 ({@code x / 1000}) the multiplier is 8389 and the shift 23; without the step
     * back, 21999 would give 22: the correction is needed even there.
     */
    @Test
    void bt601MultipliesBy8389ShiftsBy23AndNeedsTheStepBack() {
        ExactDivision division = new ExactDivision(GrayMethod.BT601);
        assertEquals(8389, division.multiplier());
        assertEquals(23, division.shift());
        assertEquals(22, (21_999 * 8389) >>> 23);
        assertEquals(21, division.divide(21_999));
    }

    /** Every weighted sum from black to white plus the bias, and no sum overflows 31 bits. */
    @ParameterizedTest
    @EnumSource(value = GrayMethod.class, names = {"BT601", "BT709", "AVERAGE"})
    void everySumOfTheMethodDividesExactly(GrayMethod method) {
        ExactDivision division = new ExactDivision(method);
        int largest = 255 * (method.redWeight() + method.greenWeight() + method.blueWeight())
                + method.bias();
        assertEquals(true, (long) largest * division.multiplier() < 1L << 31, method.name());
        for (int x = 0; x <= largest; x++) {
            if (division.divide(x) != x / method.divisor()) {
                assertEquals(x / method.divisor(), division.divide(x), method + " x=" + x);
            }
        }
    }
}
