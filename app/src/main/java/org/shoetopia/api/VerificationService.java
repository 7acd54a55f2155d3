package org.shoetopia.api;

import java.time.Instant;
import java.util.List;

/**
 * Shop verification: a shop that sold at least 5 units and has at least 5 ratings averaging 3 or
 * more may apply; a platform admin approves or rejects with a reason.
 */
public interface VerificationService {
    int MIN_UNITS_SOLD = 5;

    int MIN_RATINGS = 5;

    double MIN_AVERAGE = 3.0;

    int MAX_REASON = 500;

    public record Eligibility(long unitsSold, long ratingCount, double ratingAverage, List<String> unmet) {
        public boolean eligible() {
            return unmet.isEmpty();
        }
    }

    public record ApplicationView(
            long applicationId,
            long shopId,
            String storeName,
            Instant appliedAt,
            long unitsSold,
            long ratingCount,
            double ratingAverage) {}

    Eligibility eligibility(Actor actor);

    void apply(Actor actor);

    List<ApplicationView> pending(Actor admin);

    /** Approves or rejects; a rejection needs a reason the shop will read. */
    void decide(Actor admin, long applicationId, boolean approve, String reason);
}
