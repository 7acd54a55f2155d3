package org.shoetopia.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.VerificationService;
import org.shoetopia.domain.ApplicationStatus;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.VerificationApplication;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/**
 * Shop verification: a shop that sold at least 5 units and has at least 5 ratings averaging 3 or
 * more may apply; a platform admin approves or rejects with a reason.
 */
public final class LocalVerificationService implements VerificationService {
    private final Database database;
    private final Clock clock;

    public LocalVerificationService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Eligibility eligibility(Actor actor) {
        return database.inTransaction(
                tx -> eligibility(tx, Access.ownedShop(tx, actor).getId()));
    }

    @Override
    public void apply(Actor actor) {
        database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            tx.session().lock(shop, LockMode.PESSIMISTIC_WRITE);
            tx.session().refresh(shop);
            switch (shop.getVerificationStatus()) {
                case VERIFIED -> throw new ConflictException("The shop is already verified");
                case PENDING -> throw new ConflictException("An application is already waiting for review");
                default -> {}
            }
            Eligibility eligibility = eligibility(tx, shop.getId());
            if (!eligibility.eligible()) {
                throw new ConflictException("Not eligible yet: " + String.join("; ", eligibility.unmet()));
            }
            Instant now = clock.instant();
            tx.session().persist(new VerificationApplication(shop.getId(), actor.accountId(), now));
            shop.setVerification(VerificationStatus.PENDING, null);
            Audit.record(
                    tx, AuditKind.VERIFICATION_APPLIED, "shop " + shop.getId(), actor.accountId(), shop.getId(), now);
            return null;
        });
    }

    @Override
    public List<ApplicationView> pending(Actor admin) {
        return database.inTransaction(tx -> {
            Access.requireAdmin(tx, admin);
            return tx
                    .session()
                    .createSelectionQuery(
                            "from VerificationApplication where status = :pending order by appliedAt",
                            VerificationApplication.class)
                    .setParameter("pending", ApplicationStatus.PENDING)
                    .getResultList()
                    .stream()
                    .map(application -> {
                        Eligibility stats = eligibility(tx, application.getShopId());
                        return new ApplicationView(
                                application.getId(),
                                application.getShopId(),
                                tx.session()
                                        .find(Shop.class, application.getShopId())
                                        .getStoreName(),
                                application.getAppliedAt(),
                                stats.unitsSold(),
                                stats.ratingCount(),
                                stats.ratingAverage());
                    })
                    .toList();
        });
    }

    @Override
    public void decide(Actor admin, long applicationId, boolean approve, String reason) {
        String why = approve && (reason == null || reason.isBlank())
                ? null
                : Text.required("reason", "Reason", reason, MAX_REASON);
        database.inTransaction(tx -> {
            Access.requireAdmin(tx, admin);
            VerificationApplication application =
                    tx.session().find(VerificationApplication.class, applicationId, LockMode.PESSIMISTIC_WRITE);
            if (application == null) {
                throw new NotFoundException("No application " + applicationId);
            }
            Instant now = clock.instant();
            application.decide(approve, why, admin.accountId(), now);
            Shop shop = tx.session().find(Shop.class, application.getShopId(), LockMode.PESSIMISTIC_WRITE);
            shop.setVerification(approve ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED, why);
            tx.session()
                    .createMutationQuery("update Listing set shopVerified = :verified where shopId = :shop")
                    .setParameter("verified", approve)
                    .setParameter("shop", shop.getId())
                    .executeUpdate();
            Audit.record(
                    tx,
                    approve ? AuditKind.VERIFICATION_APPROVED : AuditKind.VERIFICATION_REJECTED,
                    "application " + applicationId,
                    admin.accountId(),
                    shop.getId(),
                    now);
            return null;
        });
    }

    private static Eligibility eligibility(Tx tx, long shopId) {
        ShopStats stats = ShopStats.of(tx, shopId);
        List<String> unmet = new ArrayList<>();
        if (stats.unitsSold() < MIN_UNITS_SOLD) {
            unmet.add("sell at least " + MIN_UNITS_SOLD + " units (sold " + stats.unitsSold() + ")");
        }
        if (stats.ratingCount() < MIN_RATINGS) {
            unmet.add("have at least " + MIN_RATINGS + " ratings (have " + stats.ratingCount() + ")");
        }
        if (stats.ratingCount() == 0 || stats.ratingAverage() < MIN_AVERAGE) {
            unmet.add(String.format("average at least %.1f stars (average %.2f)", MIN_AVERAGE, stats.ratingAverage()));
        }
        return new Eligibility(stats.unitsSold(), stats.ratingCount(), stats.ratingAverage(), List.copyOf(unmet));
    }
}
