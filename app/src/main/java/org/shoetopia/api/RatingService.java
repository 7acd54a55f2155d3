package org.shoetopia.api;

import java.util.List;

/** Customers rate shops they bought from, 1–5 stars; a second rating replaces the first. */
public interface RatingService {
    /** A shop the customer bought from, and their current rating of it (null if none). */
    public record ShopToRate(long shopId, String storeName, Integer myStars) {}

    /** The shops the actor bought from, with the stars they gave each so far. */
    List<ShopToRate> shopsToRate(Actor actor);

    void rate(Actor actor, long shopId, int stars);
}
