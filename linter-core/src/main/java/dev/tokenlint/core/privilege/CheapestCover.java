package dev.tokenlint.core.privilege;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The exact cheapest set of scopes that hits every one of a list of alternative sets (a
 * weighted hitting set), found by branch and bound.
 *
 * <p>Order of preference between covers: lower total cost, then fewer scopes, then the smaller
 * sum of the scopes' positions in id order (so lexically earlier ids win), then the first one
 * found in the deterministic search order. These are folded into one integer weight per scope so
 * that the search can prune on a single number and equal-cost ties never multiply the work.
 *
 * <p>Why it stays fast: duplicate sets and supersets of other sets are dropped first (hitting
 * {a} already hits {a, b}), the search always branches on the uncovered set with the fewest
 * usable scopes (singletons are forced moves), and a lower bound from pairwise disjoint
 * uncovered sets prunes the rest. Sets in real catalogs hold one to three alternatives.
 */
final class CheapestCover {

    /** Weight of one unit of cost; dominates any count and rank component. */
    private static final long COST_UNIT = 1_000_000_000_000L;
    /** Weight of one scope in the cover; dominates any sum of ranks. */
    private static final long SCOPE_UNIT = 1_000_000L;

    private final String[] scopes;
    private final long[] weight;
    private final BitSet[] sets;
    private BitSet best;
    private long bestWeight;

    private CheapestCover(List<String> universe, long[] weight, BitSet[] sets) {
        this.scopes = universe.toArray(String[]::new);
        this.weight = weight;
        this.sets = sets;
    }

    /**
     * The cheapest cover of {@code alternativeSets}; empty when there are no sets.
     *
     * @param alternativeSets each a non-empty set of scope ids, any one of which suffices
     * @param cost            the cost of a scope, at least 1
     */
    static SortedSet<String> of(Collection<? extends Set<String>> alternativeSets, ToIntFunction<String> cost) {
        List<Set<String>> minimal = minimalSets(alternativeSets);
        if (minimal.isEmpty()) {
            return new TreeSet<>();
        }
        TreeSet<String> byId = new TreeSet<>();
        minimal.forEach(byId::addAll);
        List<String> ids = new ArrayList<>(byId);
        long[] w = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            w[i] = Math.max(1, cost.applyAsInt(ids.get(i))) * COST_UNIT + SCOPE_UNIT + i;
        }
        // Index scopes cheapest first, so the first branch tried is the likeliest optimum.
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> w[i]));
        List<String> universe = new ArrayList<>();
        long[] weight = new long[ids.size()];
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < order.length; k++) {
            universe.add(ids.get(order[k]));
            weight[k] = w[order[k]];
            index.put(ids.get(order[k]), k);
        }
        BitSet[] sets = new BitSet[minimal.size()];
        for (int s = 0; s < sets.length; s++) {
            sets[s] = new BitSet(universe.size());
            for (String id : minimal.get(s)) {
                sets[s].set(index.get(id));
            }
        }
        CheapestCover search = new CheapestCover(universe, weight, sets);
        search.run();
        TreeSet<String> out = new TreeSet<>();
        search.best.stream().forEach(i -> out.add(search.scopes[i]));
        return out;
    }

    /** Distinct sets that are not supersets of another set, in a stable order. */
    private static List<Set<String>> minimalSets(Collection<? extends Set<String>> input) {
        LinkedHashSet<SortedSet<String>> distinct = new LinkedHashSet<>();
        for (Set<String> s : input) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("an alternative set must not be empty");
            }
            distinct.add(new TreeSet<>(s));
        }
        List<SortedSet<String>> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingInt((SortedSet<String> s) -> s.size()).thenComparing(String::valueOf));
        List<Set<String>> kept = new ArrayList<>();
        for (SortedSet<String> candidate : sorted) {
            boolean implied = false;
            for (Set<String> k : kept) {
                if (candidate.containsAll(k)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private void run() {
        // Greedy start: a valid cover gives the search an upper bound from the first node.
        BitSet greedy = new BitSet();
        for (BitSet s : sets) {
            if (!s.intersects(greedy)) {
                greedy.set(s.nextSetBit(0));
            }
        }
        best = greedy;
        bestWeight = weightOf(greedy);
        search(new BitSet(), new BitSet(), 0L);
    }

    private void search(BitSet chosen, BitSet excluded, long current) {
        int branchSet = -1;
        int fewest = Integer.MAX_VALUE;
        for (int s = 0; s < sets.length; s++) {
            if (sets[s].intersects(chosen)) {
                continue;
            }
            BitSet usable = usable(s, excluded);
            int n = usable.cardinality();
            if (n == 0) {
                return; // this set can no longer be hit
            }
            if (n < fewest) {
                fewest = n;
                branchSet = s;
            }
        }
        if (branchSet < 0) {
            if (current < bestWeight) {
                best = (BitSet) chosen.clone();
                bestWeight = current;
            }
            return;
        }
        if (current + lowerBound(chosen, excluded) >= bestWeight) {
            return;
        }
        BitSet usable = usable(branchSet, excluded);
        BitSet localExcluded = (BitSet) excluded.clone();
        for (int e = usable.nextSetBit(0); e >= 0; e = usable.nextSetBit(e + 1)) {
            chosen.set(e);
            search(chosen, localExcluded, current + weight[e]);
            chosen.clear(e);
            // Later branches never pick e: covers with e were all explored in this branch.
            localExcluded.set(e);
        }
    }

    private BitSet usable(int set, BitSet excluded) {
        BitSet u = (BitSet) sets[set].clone();
        u.andNot(excluded);
        return u;
    }

    /** Sum of the cheapest usable scope of pairwise disjoint uncovered sets: each needs its own scope. */
    private long lowerBound(BitSet chosen, BitSet excluded) {
        long bound = 0;
        BitSet used = new BitSet();
        for (int s = 0; s < sets.length; s++) {
            if (sets[s].intersects(chosen)) {
                continue;
            }
            BitSet u = usable(s, excluded);
            if (u.intersects(used)) {
                continue;
            }
            used.or(u);
            long cheapest = Long.MAX_VALUE;
            for (int e = u.nextSetBit(0); e >= 0; e = u.nextSetBit(e + 1)) {
                cheapest = Math.min(cheapest, weight[e]);
            }
            bound += cheapest;
        }
        return bound;
    }

    private long weightOf(BitSet chosen) {
        long total = 0;
        for (int e = chosen.nextSetBit(0); e >= 0; e = chosen.nextSetBit(e + 1)) {
            total += weight[e];
        }
        return total;
    }
}
