package dev.tokenlint.core.privilege;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CheapestCoverTest {

    @Test
    void emptyInputNeedsNothing() {
        assertThat(CheapestCover.of(List.of(), id -> 1)).isEmpty();
    }

    @Test
    void findsTheOptimumWhereGreedyFails() {
        // Greedy by "most sets per cost" takes x (hits 3 sets) then needs a, b and c too.
        Map<String, Integer> cost = Map.of("x", 3, "a", 2, "b", 2, "c", 2);
        List<Set<String>> sets = List.of(Set.of("x", "a"), Set.of("x", "b"), Set.of("x", "c"), Set.of("a"));

        assertThat(CheapestCover.of(sets, cost::get)).containsExactly("a", "x");
    }

    @Test
    void preferFewerScopesAtEqualCost() {
        Map<String, Integer> cost = Map.of("ab", 2, "a", 1, "b", 1);
        List<Set<String>> sets = List.of(Set.of("ab", "a"), Set.of("ab", "b"));

        assertThat(CheapestCover.of(sets, cost::get)).containsExactly("ab");
    }

    @Test
    void equalCostTiesBreakTowardsEarlierIds() {
        List<Set<String>> sets = List.of(Set.of("zeta", "alpha"), Set.of("zeta", "alpha", "beta"));

        assertThat(CheapestCover.of(sets, id -> 1)).containsExactly("alpha");
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Set<String>> sets = new ArrayList<>(List.of(Set.of("a", "b"), Set.of("b", "c"), Set.of("c", "d"),
                Set.of("d", "a")));
        SortedSet<String> first = CheapestCover.of(sets, id -> 1);
        java.util.Collections.reverse(sets);

        assertThat(CheapestCover.of(sets, id -> 1)).isEqualTo(first).containsExactly("a", "c");
    }

    @Test
    void staysExactForManyCallsWithManyEqualCostCovers() {
        // 60 pairwise-disjoint pairs of equal cost plus 60 sets that chain them: 2^60 covers of
        // equal cost exist, so the search must prune ties rather than enumerate them.
        List<Set<String>> sets = new ArrayList<>();
        Map<String, Integer> cost = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            String a = String.format("s%03da", i);
            String b = String.format("s%03db", i);
            cost.put(a, 2);
            cost.put(b, 2);
            sets.add(Set.of(a, b));
            if (i > 0) {
                sets.add(Set.of(a, String.format("s%03db", i - 1)));
            }
        }

        SortedSet<String> cover = CheapestCover.of(sets, cost::get);

        assertThat(cover).hasSize(60);
        for (Set<String> s : sets) {
            assertThat(s).as("hit %s", s).containsAnyOf(cover.toArray(String[]::new));
        }
    }

    @Test
    void matchesBruteForceOnSmallRandomInstances() {
        java.util.Random random = new java.util.Random(42);
        String[] ids = {"a", "b", "c", "d", "e", "f", "g"};
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> cost = new HashMap<>();
            for (String id : ids) {
                cost.put(id, 1 + random.nextInt(5));
            }
            List<Set<String>> sets = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int s = 0; s < n; s++) {
                Set<String> set = new TreeSet<>();
                int size = 1 + random.nextInt(3);
                while (set.size() < size) {
                    set.add(ids[random.nextInt(ids.length)]);
                }
                sets.add(set);
            }

            SortedSet<String> cover = CheapestCover.of(sets, cost::get);

            assertThat(total(cover, cost)).as("round %d: %s with %s", round, sets, cost)
                    .isEqualTo(bruteForceMinimum(ids, sets, cost));
        }
    }

    private static int total(Set<String> chosen, Map<String, Integer> cost) {
        return chosen.stream().mapToInt(cost::get).sum();
    }

    private static int bruteForceMinimum(String[] ids, List<Set<String>> sets, Map<String, Integer> cost) {
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << ids.length; mask++) {
            Set<String> chosen = new TreeSet<>();
            for (int i = 0; i < ids.length; i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(ids[i]);
                }
            }
            boolean covers = sets.stream().allMatch(s -> s.stream().anyMatch(chosen::contains));
            if (covers) {
                best = Math.min(best, total(chosen, cost));
            }
        }
        return best;
    }
}
