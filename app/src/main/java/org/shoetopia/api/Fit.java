package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.Width;

/** A customer's fit as a shoe shop uses it: what they measure, and the sizes they took. */
public final class Fit {
    private Fit() {}

    /** The fit as typed: foot length in centimetres ("26.5"), width code, sizes taken elsewhere; blanks clear. */
    public record FitForm(String footLengthCm, String width, String sizesNote) {}

    /** A size the customer took in a brand at this shop, the last time they did. */
    public record BrandSize(String brand, Gender gender, ShoeSize size, Width width, Instant lastBought) {}

    /**
     * The fit a customer keeps on their account, each part null when not known, and (at a shop's
     * till) the sizes they took in each brand at that shop.
     */
    public record FitView(Integer footLengthMm, Width width, String sizesNote, List<BrandSize> takenHere) {
        public static final FitView NONE = new FitView(null, null, null, List.of());

        public boolean isEmpty() {
            return footLengthMm == null && width == null && sizesNote == null && takenHere.isEmpty();
        }
    }
}
