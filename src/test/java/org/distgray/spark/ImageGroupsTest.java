package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch is cut into tasks by weight: every image once, heaviest first, at most eight per task,
 * several tasks per slot, so the last tasks to run are light ones.
 */
class ImageGroupsTest {
    @Test
    void everyImageOnceHeaviestFirstAndAtMostEightPerTask() {
        long[] weights = new Random(5).longs(44, 500_000, 9_000_000).toArray();

        List<List<Integer>> groups = ImageGroups.plan(weights, 2);

        List<Integer> all = new ArrayList<>();
        groups.forEach(all::addAll);
        assertEquals(IntStream.range(0, 44).boxed().toList(), all.stream().sorted().toList());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(weights[all.get(i - 1)] >= weights[all.get(i)], "heaviest first at " + i);
        }
        assertTrue(groups.stream().allMatch(g -> g.size() <= ImageGroups.MAX_IMAGES_PER_TASK));
        assertTrue(groups.size() >= 2 * 4, "several tasks per slot: " + groups.size());
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        long target = total / (2 * ImageGroups.TASKS_PER_SLOT);
        for (List<Integer> group : groups) {
            long weight = group.stream().mapToLong(i -> weights[i]).sum();
            long lightest = weights[group.get(group.size() - 1)];
            assertTrue(weight - lightest < target, "a group closes once it reaches the target");
        }
    }

    @Test
    void manyEqualImagesGoEightToATask() {
        long[] weights = new long[1000];
        Arrays.fill(weights, 1_000);

        List<List<Integer>> groups = ImageGroups.plan(weights, 2);

        assertEquals(125, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.size() == 8));
    }

    @Test
    void fewImagesRunOneEachAndUnknownSizesStillCount() {
        assertEquals(List.of(List.of(1), List.of(0), List.of(2)),
                ImageGroups.plan(new long[] {5, 9, 0}, 2));
        assertEquals(List.of(List.of(0)), ImageGroups.plan(new long[] {0}, 64));
        assertThrows(IllegalArgumentException.class, () -> ImageGroups.plan(new long[0], 2));
    }
}
