package org.alongside.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long the shipped safe-sharing rules take over a long, dense reflection, once the JIT has
 * compiled the matcher (a running portal checks many texts). Run by benchmarks/safe-sharing-check.sh;
 * a benchmark rather than a test, because a timing depends on the machine and its load.
 */
public final class SafeSharingCheckBenchmark {

    private static final String SENTENCE =
            "I waited 3 weeks, felt 10 times better on 3 March 2024, and at my lowest I was 6 stone and took 30 tablets. ";

    private SafeSharingCheckBenchmark() {
    }

    /** At least {@code words} words of sentences that each hold six numbers, two of them to be picked out. */
    static String denseReflection(int words) {
        return SENTENCE.repeat(words / SENTENCE.split("\\s+").length + 1);
    }

    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        SafeSharingRules rules = SafeSharingRules.load(Path.of("courses", "safe-sharing-rules.yaml")).rules().orElseThrow();
        String reflection = denseReflection(words);
        for (int warmUp = 0; warmUp < 200; warmUp++) {
            rules.check(reflection);
        }
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < 201; run++) {
            long started = System.nanoTime();
            rules.check(reflection);
            nanos.add(System.nanoTime() - started);
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("RESULT words=%d runs=%d median_ms=%.2f p95_ms=%.2f max_ms=%.2f%n", reflection.split("\\s+").length,
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
