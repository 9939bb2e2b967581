package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vector kernel's formula with a shift for the division, against the integer formula. */
class ShiftFormulaTest {
    /** BT.601 becomes {@code (2508194 R + 4924113 G + 956302 B + 4194304) >>> 23}. */
    @Test
    void bt601Constants() {
        ShiftFormula formula = new ShiftFormula(GrayMethod.BT601);
        assertEquals(23, formula.shift());
        assertEquals(2508194, formula.red());
        assertEquals(4924113, formula.green());
        assertEquals(956302, formula.blue());
        assertEquals(4194304, formula.bias());
    }

    /** Every colour, and no sum reaches the sign bit, where the shift would go wrong. */
    @ParameterizedTest
    @EnumSource(value = GrayMethod.class, names = {"BT601", "BT709", "AVERAGE"})
    void everyColourGivesTheFormulasValue(GrayMethod method) {
        ShiftFormula formula = new ShiftFormula(method);
        long white = 255L * (formula.red() + formula.green() + formula.blue()) + formula.bias();
        assertEquals(true, white < 1L << 31, method + ": white sums to " + white);
        for (int r = 0; r < 256; r++) {
            for (int g = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++) {
                    int expected = (method.redWeight() * r + method.greenWeight() * g
                            + method.blueWeight() * b + method.bias()) / method.divisor();
                    if (formula.gray(r, g, b) != expected) {
                        assertEquals(expected, formula.gray(r, g, b),
                                method + " r=" + r + " g=" + g + " b=" + b);
                    }
                }
            }
        }
    }

    @Test
    void luminanceHasNoShiftFormula() {
        assertThrows(IllegalArgumentException.class, () -> new ShiftFormula(GrayMethod.LUMINANCE));
    }
}
