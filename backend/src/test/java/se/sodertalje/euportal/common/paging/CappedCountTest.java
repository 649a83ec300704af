package se.sodertalje.euportal.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/**
 * The total of a list whose page is full: exact up to {@link CappedCount#LIMIT}, the planner's figure
 * above it; a whole table (no filter) asks the planner first and counts only when its figure is small.
 * generate_series gives the planner its exact size, so each case is known beforehand.
 */
@QuarkusTest
class CappedCountTest {

    @Inject
    EntityManager em;

    private static PageParams firstPageOf20() {
        PageParams paging = new PageParams();
        paging.page = 0;
        paging.size = 20;
        return paging;
    }

    @Test
    @Transactional
    void aShortListIsCountedExactly() {
        assertEquals(new CappedCount.Total(700, false),
                CappedCount.of(em, "generate_series(1, 700) g", new Filters(), firstPageOf20(), 20));
    }

    @Test
    @Transactional
    void aWholeTableFarAboveTheLimitTakesThePlannersFigureWithoutCounting() {
        assertEquals(new CappedCount.Total(5000, true),
                CappedCount.of(em, "generate_series(1, 5000) g", new Filters(), firstPageOf20(), 20));
    }

    @Test
    @Transactional
    void justAboveTheLimitItIsCountedUpToTheLimitAndThenEstimated() {
        assertEquals(new CappedCount.Total(1500, true),
                CappedCount.of(em, "generate_series(1, 1500) g", new Filters(), firstPageOf20(), 20));
    }

    @Test
    @Transactional
    void aFilteredListIsCountedUpToTheLimitWhateverThePlannerThinks() {
        // The planner guesses a third of 5 000 for "g < :n"; the count finds 300.
        Filters filters = new Filters().add("g < :n", "n", 301);
        assertEquals(new CappedCount.Total(300, false),
                CappedCount.of(em, "generate_series(1, 5000) g", filters, firstPageOf20(), 20));
    }
}
