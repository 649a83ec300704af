package se.sodertalje.euportal.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.programme.CostCategory;

/**
 * Draws a control's sample from a report's lines. Every method is a function of the lines alone
 * (taken in the order of their dates and ids), so a draw can be reproduced from what was recorded:
 * a random draw shuffles with {@link Random} seeded by the recorded seed, whose algorithm Java
 * specifies, and takes the first lines.
 */
public final class Sampler {

    /** A line as a draw sees it. */
    public record Candidate(UUID id, LocalDate spentOn, CostCategory category, String supplier, BigDecimal eligible) {
    }

    private static final Comparator<Candidate> BY_DATE = Comparator.comparing(Candidate::spentOn)
            .thenComparing(Candidate::id);

    private Sampler() {
    }

    public static List<UUID> random(Collection<Candidate> lines, long seed, int size) {
        List<Candidate> ordered = new ArrayList<>(lines);
        ordered.sort(BY_DATE);
        Collections.shuffle(ordered, new Random(seed));
        return ordered.stream().limit(size).map(Candidate::id).toList();
    }

    public static List<UUID> largest(Collection<Candidate> lines, int size) {
        return lines.stream().sorted(Comparator.comparing(Candidate::eligible).reversed().thenComparing(BY_DATE))
                .limit(size).map(Candidate::id).toList();
    }

    public static List<UUID> category(Collection<Candidate> lines, CostCategory category) {
        return lines.stream().filter(l -> l.category() == category).sorted(BY_DATE).map(Candidate::id).toList();
    }

    /** Every line of the supplier, its name compared without case and surrounding spaces. */
    public static List<UUID> supplier(Collection<Candidate> lines, String supplier) {
        String wanted = normal(supplier);
        return lines.stream().filter(l -> normal(l.supplier()).equals(wanted)).sorted(BY_DATE).map(Candidate::id).toList();
    }

    public static List<UUID> manual(Collection<Candidate> lines, Set<UUID> ids) {
        return lines.stream().filter(l -> ids.contains(l.id())).sorted(BY_DATE).map(Candidate::id).toList();
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
