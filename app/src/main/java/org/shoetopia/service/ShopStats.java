package org.shoetopia.service;

import jakarta.persistence.Tuple;
import org.shoetopia.domain.Money;
import org.shoetopia.persistence.Tx;

/** Aggregates over a shop's ledgers and ratings, read in the caller's transaction. */
record ShopStats(Money balance, long unitsSold, long ratingCount, double ratingAverage) {

    static ShopStats of(Tx tx, long shopId) {
        var session = tx.session();
        Long balance = session.createSelectionQuery(
                        "select coalesce(sum(amountCents), 0) from BalanceEntry where shopId = :shop", Long.class)
                .setParameter("shop", shopId)
                .getSingleResult();
        Long units = session.createSelectionQuery(
                        "select coalesce(sum(quantity - refundedQuantity), 0) from OrderLine where shopId = :shop",
                        Long.class)
                .setParameter("shop", shopId)
                .getSingleResult();
        Tuple ratings = session.createSelectionQuery(
                        "select count(*) as count, coalesce(avg(stars), 0) as average from Rating where shopId = :shop",
                        Tuple.class)
                .setParameter("shop", shopId)
                .getSingleResult();
        return new ShopStats(
                Money.ofCents(balance),
                units,
                ratings.get("count", Long.class),
                ratings.get("average", Number.class).doubleValue());
    }
}
