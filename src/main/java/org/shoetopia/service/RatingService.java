package org.shoetopia.service;

import java.time.Clock;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;

/** Customers rate shops they bought from, 1–5 stars; a second rating replaces the first. */
public final class RatingService {
    private final Database database;
    private final Clock clock;

    public RatingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void rate(Actor actor, long shopId, int stars) {
        if (stars < 1 || stars > 5) {
            throw new ValidationException("stars", "A rating is 1 to 5 stars");
        }
        database.inTransaction(tx -> {
            Access.account(tx, actor);
            Shop shop = ShopService.shopOrThrow(tx, shopId);
            if (shop.getOwnerId() == actor.accountId()) {
                throw new ForbiddenException("You cannot rate your own shop");
            }
            boolean bought = tx.session().createSelectionQuery("""
                    select count(*) from OrderLine ol join Order o on o.id = ol.orderId
                    where o.buyerId = :customer and ol.shopId = :shop""", Long.class)
                    .setParameter("customer", actor.accountId()).setParameter("shop", shopId)
                    .getSingleResult() > 0;
            if (!bought) {
                throw new ForbiddenException("You can rate a shop only after buying from it");
            }
            tx.call((sql, connection) -> {
                sql.upsertRating(connection, shopId, actor.accountId(), stars);
                return null;
            });
            Audit.record(tx, "rating", stars + " stars", actor.accountId(), shopId, clock.instant());
            return null;
        });
    }
}
