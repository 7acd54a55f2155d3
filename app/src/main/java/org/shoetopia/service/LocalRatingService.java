package org.shoetopia.service;

import java.time.Clock;
import java.util.List;
import org.shoetopia.api.Actor;
import org.shoetopia.api.RatingService;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;

/**
 * Customers rate shops they bought from and kept at least a unit of (a purchase refunded in full
 * does not count), 1–5 stars; a second rating replaces the first.
 */
public final class LocalRatingService implements RatingService {
    private final Database database;
    private final Clock clock;

    public LocalRatingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<ShopToRate> shopsToRate(Actor actor) {
        return database.inTransaction(tx -> tx.session()
                .createSelectionQuery("""
                select distinct sh.id, sh.storeName, r.stars from OrderLine ol join Order o on o.id = ol.orderId
                join Shop sh on sh.id = ol.shopId
                left join Rating r on r.shopId = sh.id and r.customerId = :customer
                where o.buyerId = :customer and ol.refundedQuantity < ol.quantity
                order by sh.storeName""", ShopToRate.class)
                .setParameter("customer", actor.accountId())
                .getResultList());
    }

    @Override
    public void rate(Actor actor, long shopId, int stars) {
        if (stars < 1 || stars > 5) {
            throw new ValidationException("stars", "A rating is 1 to 5 stars");
        }
        database.inTransaction(tx -> {
            Access.account(tx, actor);
            Shop shop = LocalShopService.shopOrThrow(tx, shopId);
            if (shop.getOwnerId() == actor.accountId()) {
                throw new ForbiddenException("You cannot rate your own shop");
            }
            boolean bought = tx.session()
                            .createSelectionQuery("""
                    select count(*) from OrderLine ol join Order o on o.id = ol.orderId
                    where o.buyerId = :customer and ol.shopId = :shop
                    and ol.refundedQuantity < ol.quantity""", Long.class)
                            .setParameter("customer", actor.accountId())
                            .setParameter("shop", shopId)
                            .getSingleResult()
                    > 0;
            if (!bought) {
                throw new ForbiddenException(
                        "You can rate a shop only after buying from it (and keeping what you bought)");
            }
            tx.sql().upsertRating(shopId, actor.accountId(), stars);
            Audit.record(tx, AuditKind.RATING, stars + " stars", actor.accountId(), shopId, clock.instant());
            return null;
        });
    }
}
