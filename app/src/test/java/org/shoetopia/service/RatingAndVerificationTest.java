package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class RatingAndVerificationTest extends ServiceTest {

    RatingAndVerificationTest(Backend backend) {
        super(backend);
    }

    @Test
    void onlyBuyersRateAShopAndASecondRatingReplacesTheFirst() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50", 5);
        Actor buyer = given.customer();
        Actor stranger = given.customer();

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only after buying",
                () -> app.ratings().rate(buyer, listing.shopId(), 5));
        given.purchase(buyer, listing.listingId(), 1);
        app.ratings().rate(buyer, listing.shopId(), 2);
        app.ratings().rate(buyer, listing.shopId(), 4);

        var ratings = app.search().shopRatings(listing.shopId(), 10);
        assertThat(ratings.count()).isEqualTo(1);
        assertThat(ratings.average()).isEqualTo(4.0);
        assertRejectedWritingNothing(
                ValidationException.class, "1 to 5", () -> app.ratings().rate(buyer, listing.shopId(), 6));
        assertRejectedWritingNothing(
                ValidationException.class, "1 to 5", () -> app.ratings().rate(buyer, listing.shopId(), 0));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only after buying",
                () -> app.ratings().rate(stranger, listing.shopId(), 5));
        assertRejectedWritingNothing(
                ForbiddenException.class, "own shop", () -> app.ratings().rate(owner, listing.shopId(), 5));
        assertRejectedWritingNothing(
                NotFoundException.class, "no such shop", () -> app.ratings().rate(buyer, 987_654, 5));
    }

    @Test
    void aPurchaseRefundedInFullGivesNoRightToRate() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50", 5);
        Actor buyer = given.customer();
        var receipt = given.purchase(buyer, listing.listingId(), 2);
        long line = receipt.lines().get(0).orderLineId();
        app.orders().refund(owner, line, 1, true, "one was the wrong size");
        assertThat(app.ratings().shopsToRate(buyer)).hasSize(1);

        app.orders().refund(owner, line, 1, true, "returned the other too");

        assertThat(app.ratings().shopsToRate(buyer)).isEmpty();
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only after buying",
                () -> app.ratings().rate(buyer, listing.shopId(), 1));
        given.purchase(buyer, listing.listingId(), 1);
        app.ratings().rate(buyer, listing.shopId(), 4);
    }

    /** Sells 5 units to 5 buyers who each rate the shop {@code stars}. */
    private void makeEligible(long listingId, long shopId, int stars) {
        for (int i = 0; i < 5; i++) {
            Actor buyer = given.customer();
            given.purchase(buyer, listingId, 1);
            app.ratings().rate(buyer, shopId, stars);
        }
    }

    @Test
    void aShopAppliesWhenEligibleAndAnAdminApprovesIt() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50", 20);
        var notYet = assertRejectedWritingNothing(
                ConflictException.class,
                "not eligible yet",
                () -> app.verification().apply(owner));
        assertThat(notYet.getMessage()).contains("sell at least 5 units", "at least 5 ratings");
        makeEligible(listing.listingId(), listing.shopId(), 4);
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", "admin-pass-1"));

        assertThat(app.verification().eligibility(owner).eligible()).isTrue();
        app.verification().apply(owner);
        assertRejectedWritingNothing(
                ConflictException.class,
                "already waiting",
                () -> app.verification().apply(owner));
        var pending = app.verification().pending(admin);
        assertThat(pending).singleElement().satisfies(application -> {
            assertThat(application.unitsSold()).isEqualTo(5);
            assertThat(application.ratingAverage()).isEqualTo(4.0);
        });
        app.verification().decide(admin, pending.get(0).applicationId(), true, null);

        assertThat(app.shops().dashboard(owner).verification()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(app.search().search(SearchCriteria.any().verifiedOnly(true)).total())
                .isEqualTo(1);
        assertRejectedWritingNothing(
                ConflictException.class,
                "already decided",
                () -> app.verification().decide(admin, pending.get(0).applicationId(), false, "changed my mind"));
    }

    @Test
    void aRejectionCarriesAReasonTheShopSeesAndLowRatingsAreNotEligible() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50", 20);
        makeEligible(listing.listingId(), listing.shopId(), 3);
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", "admin-pass-1"));
        app.verification().apply(owner);
        long applicationId = app.verification().pending(admin).get(0).applicationId();

        assertRejectedWritingNothing(
                ValidationException.class,
                "reason must not be blank",
                () -> app.verification().decide(admin, applicationId, false, " "));
        app.verification().decide(admin, applicationId, false, "Photos of the shop front are missing");

        var dashboard = app.shops().dashboard(owner);
        assertThat(dashboard.verification()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(dashboard.verificationReason()).isEqualTo("Photos of the shop front are missing");

        Actor lowRated = given.owner();
        var other = given.listing(lowRated, "50", 20);
        makeEligible(other.listingId(), other.shopId(), 2);
        assertThat(app.verification().eligibility(lowRated).unmet())
                .singleElement()
                .asString()
                .contains("average");
    }

    @Test
    void onlyAdminsReviewApplications() {
        Actor owner = given.owner();
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "platform admin",
                () -> app.verification().pending(owner));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "platform admin",
                () -> app.verification().decide(owner, 1, true, null));
        assertThat(TableCounts.scalar(database, "select count(*) from verification_applications"))
                .isZero();
    }
}
