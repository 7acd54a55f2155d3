package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.api.VerificationService;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/**
 * Attacks on rules that span two rows: values a listing copies from its shop while the shop changes,
 * and "owner of one shop or cashier of one, never both" while both are asked for at once. Two
 * terminals on separate pools; the tables are checked after every round.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ShopRulesRaceTest extends ServiceTest {
    private static final int ROUNDS = 12;

    private ShoetopiaApi otherTerminal;

    ShopRulesRaceTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void aSecondTerminal() throws Exception {
        otherTerminal = otherTerminal();
    }

    @Test
    void aListingCreatedWhileItsShopBuysAPromotionTierCarriesTheNewTier() {
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            Actor owner = given.owner();
            ListingView stocked = given.listing(owner, "20.00", 5);
            given.purchase(given.customer(), stocked.listingId(), 1); // a balance to pay for tier 1
            long delayNanos = delay(round);
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.listings().create(owner, Fixtures.form("Asics", "blue", "Gel " + racer, "50.00", 2));
                }
                LockSupport.parkNanos(delayNanos);
                return otherTerminal.shops().buyPromotion(owner, 1);
            });
            outcome.failureMessages().forEach(message -> anomalies.add("round " + round + ": " + message));
            if (listingsDisagreeingWithTheirShop() > 0) {
                anomalies.add("round " + round + ": a listing kept the shop's old tier");
            }
        }
        assertThat(anomalies).isEmpty();
    }

    @Test
    void aListingCreatedWhileItsShopIsVerifiedCarriesTheVerifiedFlag() {
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", Fixtures.PASSWORD));
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            Actor owner = given.owner();
            long shopId = given.shopOf(owner);
            ListingView stocked = given.listing(owner, "20.00", 50);
            for (int rater = 0; rater < VerificationService.MIN_RATINGS; rater++) {
                Actor customer = given.customer();
                given.purchase(customer, stocked.listingId(), 1);
                app.ratings().rate(customer, shopId, 5);
            }
            app.verification().apply(owner);
            long applicationId = app.verification().pending(admin).get(0).applicationId();
            long delayNanos = delay(round);
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.listings().create(owner, Fixtures.form("Asics", "blue", "Nimbus", "50.00", 2));
                }
                LockSupport.parkNanos(delayNanos);
                otherTerminal.verification().decide(admin, applicationId, true, null);
                return null;
            });
            outcome.failureMessages().forEach(message -> anomalies.add("round " + round + ": " + message));
            if (listingsDisagreeingWithTheirShop() > 0) {
                anomalies.add("round " + round + ": a listing of a verified shop is not marked verified");
            }
        }
        assertThat(anomalies).isEmpty();
    }

    @Test
    void twoTerminalsBuyingPromotionAtOnceNeverSpendMoreThanTheBalance() {
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            Actor owner = given.owner();
            ListingView stocked = given.listing(owner, "9.00", 5);
            given.purchase(given.customer(), stocked.listingId(), 1); // $9.00: tier 1 ($5) or tier 2 ($7.50), not both
            var outcome = Race.run(
                    2, racer -> (racer == 0 ? app : otherTerminal).shops().buyPromotion(owner, racer + 1));
            if (outcome.successes().size() != 1) {
                anomalies.add("round " + round + ": " + outcome.successes().size() + " purchases "
                        + outcome.failureMessages());
            }
            if (app.shops().dashboard(owner).balance().cents() < 0) {
                anomalies.add("round " + round + ": the balance went below zero");
            }
        }
        assertThat(anomalies).isEmpty();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void anAccountNeverBothOwnsAShopAndSellsForAnother() {
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS * 2; r++) {
            int round = r;
            Actor owner = given.owner();
            Actor newcomer = given.account("newcomer");
            String email = app.accounts().view(newcomer).email();
            long invitation = app.shops().inviteStaff(owner, email).invitationId();
            long delayNanos = delay(round);
            int shopNumber = round;
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.shops().createShop(newcomer, "Newcomer's " + shopNumber);
                }
                LockSupport.parkNanos(delayNanos);
                return otherTerminal.shops().acceptInvitation(newcomer, invitation);
            });
            if (outcome.successes().size() != 1) {
                anomalies.add("round " + round + ": " + outcome.successes().size() + " of the two succeeded "
                        + outcome.failureMessages());
            }
            outcome.failures().stream()
                    .filter(e -> !(e instanceof ConflictException
                            || e instanceof NotFoundException)) // lost: owns a shop, or it lapsed
                    .forEach(e -> anomalies.add("round " + round + ": " + e));
        }
        assertThat(anomalies).isEmpty();
        assertThat(TableCounts.scalar(
                        database, "select count(*) from shop_staff st join shops s on s.owner_id = st.account_id"))
                .isZero();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    /** Listings whose copies of their shop's tier or verified flag, or their shoe's colour, differ from the source. */
    private long listingsDisagreeingWithTheirShop() {
        return TableCounts.scalar(database, """
                select count(*) from listings l join shops s on s.id = l.shop_id join shoes sh on sh.id = l.shoe_id
                where l.shop_promotion_tier <> s.promotion_tier or l.color <> sh.color
                   or l.shop_verified <> (s.verification_status = 'verified')""");
    }

    /** The second racer starts 0 to 5 ms after the first, spread over the rounds. */
    private static long delay(int round) {
        return TimeUnit.MICROSECONDS.toNanos(round * 5_000L / ROUNDS);
    }
}
