package org.hermit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void returnsResultsInIndexOrderWhateverTheThreadCount() {
        for (int threads : new int[] {1, 2, 5}) {
            try (Workers workers = Workers.of(threads)) {
                assertThat(workers.mapToDouble(1000, i -> i * 0.5)).containsExactly(
                        java.util.stream.IntStream.range(0, 1000).mapToDouble(i -> i * 0.5).toArray());
                assertThat(workers.map(5, i -> "r" + i)).containsExactly("r0", "r1", "r2", "r3", "r4");
            }
        }
    }

    @Test
    void spreadsTasksOverSeveralThreads() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (Workers workers = Workers.of(3)) {
            workers.mapToDouble(300, i -> {
                names.add(Thread.currentThread().getName());
                sleepBriefly();
                return i;
            });
        }
        assertThat(names).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("hermit-analysis-"));
    }

    @Test
    void rethrowsTheFailureOfTheLowestFailingIndex() {
        try (Workers workers = Workers.of(4)) {
            assertThatThrownBy(() -> workers.mapToDouble(1000, i -> {
                if (i == 200 || i == 900) {
                    throw new IllegalStateException("task " + i);
                }
                return i;
            })).isInstanceOf(IllegalStateException.class).hasMessage("task 200");
        }
    }

    @Test
    void zeroThreadsMeansEveryProcessor() {
        assertThat(Workers.resolve(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Workers.resolve(3)).isEqualTo(3);
        try (Workers workers = Workers.of(-1)) {
            assertThat(workers.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(workers.map(0, i -> i)).isEqualTo(List.of());
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
