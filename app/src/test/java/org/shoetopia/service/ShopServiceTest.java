package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ShopService;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class ShopServiceTest extends ServiceTest {

    ShopServiceTest(Backend backend) {
        super(backend);
    }

    @Test
    void anAccountCreatesOneShopWithAUniqueCaseInsensitiveName() {
        Actor owner = given.customer();
        long shopId = app.shops().createShop(owner, "  Sole   Street ");

        assertThat(app.accounts().refresh(owner).ownedShopId()).isEqualTo(shopId);
        assertThat(app.shops().dashboard(owner).storeName()).isEqualTo("Sole Street");
        assertRejectedWritingNothing(
                ConflictException.class,
                "already have a shop",
                () -> app.shops().createShop(owner, "Second Shop"));
        Actor other = given.customer();
        assertRejectedWritingNothing(
                ConflictException.class,
                "shop with this name already exists",
                () -> app.shops().createShop(other, "SOLE STREET"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "store name must not be blank",
                () -> app.shops().createShop(other, "  \t "));
    }

    @Test
    void theOwnerInvitesByEmailTheAccountAcceptsAndTheOwnerRemovesIt() {
        Actor owner = given.owner();
        Actor cashier =
                app.accounts().signUp("Cass", "cass@example.com", "s3cret-pass").actor();

        var invitation = app.shops().inviteStaff(owner, " CASS@example.com");

        assertThat(invitation.name()).isEqualTo("Cass");
        assertThat(app.shops().staff(owner))
                .as("not a cashier until it accepts")
                .isEmpty();
        assertThat(app.accounts().refresh(cashier).staffShopId()).isNull();
        assertThat(app.shops().openInvitations(owner)).containsExactly(invitation);
        assertThat(app.shops().invitationsToMe(cashier))
                .extracting(ShopService.StaffInvitationView::storeName)
                .containsExactly(app.shops().dashboard(owner).storeName());
        assertRejectedWritingNothing(
                ConflictException.class,
                "open invitation from your shop already",
                () -> app.shops().inviteStaff(owner, "cass@example.com"));
        Actor stranger = given.customer();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no longer open",
                () -> app.shops().acceptInvitation(stranger, invitation.invitationId()));

        var added = app.shops().acceptInvitation(cashier, invitation.invitationId());

        assertThat(added.email()).isEqualTo("cass@example.com");
        assertThat(app.shops().staff(owner))
                .extracting(ShopService.StaffMember::email)
                .containsExactly("cass@example.com");
        assertThat(app.accounts().refresh(cashier).staffShopId()).isEqualTo(given.shopOf(owner));
        assertThat(app.shops().openInvitations(owner)).isEmpty();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no longer open",
                () -> app.shops().acceptInvitation(cashier, invitation.invitationId()));
        assertRejectedWritingNothing(
                ConflictException.class, "already a cashier", () -> app.shops().inviteStaff(owner, "cass@example.com"));
        assertRejectedWritingNothing(
                NotFoundException.class, "no account uses", () -> app.shops().inviteStaff(owner, "nobody@example.com"));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only a shop owner",
                () -> app.shops().inviteStaff(cashier, "someone@example.com"));
        assertRejectedWritingNothing(
                ConflictException.class,
                "cashier cannot also own",
                () -> app.shops().createShop(cashier, "Cass Shoes"));

        app.shops().removeStaff(owner, cashier.accountId());

        assertThat(app.shops().staff(owner)).isEmpty();
        assertRejectedWritingNothing(
                ForbiddenException.class, "owner or cashiers", () -> app.shops().dashboard(cashier));
    }

    @Test
    void anInvitationDeclinedOrWithdrawnMakesNoCashierAndCanBeSentAgain() {
        Actor owner = given.owner();
        Actor invited = given.customer();
        String email = app.accounts().view(invited).email();

        var first = app.shops().inviteStaff(owner, email);
        app.shops().declineInvitation(invited, first.invitationId());
        assertThat(app.shops().invitationsToMe(invited)).isEmpty();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no longer open",
                () -> app.shops().withdrawInvitation(owner, first.invitationId()));

        var second = app.shops().inviteStaff(owner, email);
        Actor otherOwner = given.owner();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no longer open",
                () -> app.shops().withdrawInvitation(otherOwner, second.invitationId()));
        app.shops().withdrawInvitation(owner, second.invitationId());
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no longer open",
                () -> app.shops().acceptInvitation(invited, second.invitationId()));

        assertThat(app.shops().staff(owner)).isEmpty();
        assertThat(app.accounts().refresh(invited).staffShopId()).isNull();
        assertThat(app.shops().auditTrail(owner, 10))
                .extracting(ShopService.AuditEntry::kind)
                .contains(
                        AuditKind.STAFF_INVITED,
                        AuditKind.STAFF_INVITATION_DECLINED,
                        AuditKind.STAFF_INVITATION_WITHDRAWN);
    }

    @Test
    void anAccountThatOpenedAShopCannotAcceptAnInvitationItHad() {
        Actor owner = given.owner();
        Actor invited = given.customer();
        var invitation =
                app.shops().inviteStaff(owner, app.accounts().view(invited).email());
        app.shops().createShop(invited, "Invited's Own Shoes");

        assertRejectedWritingNothing(
                NotFoundException.class,
                "lapsed when its account opened a shop",
                () -> app.shops().acceptInvitation(invited, invitation.invitationId()));
        assertThat(app.shops().openInvitations(owner))
                .as("it left the owner's list")
                .isEmpty();
    }

    @Test
    void anotherShopsOwnerCannotBeAddedOrRemoved() {
        Actor owner = given.owner();
        Actor otherOwner = given.owner();
        String otherEmail = app.accounts().view(otherOwner).email();

        assertRejectedWritingNothing(
                ConflictException.class, "owns a shop", () -> app.shops().inviteStaff(owner, otherEmail));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "not on your shop's staff",
                () -> app.shops().removeStaff(owner, otherOwner.accountId()));
    }

    @Test
    void theDashboardShowsBalanceRatingVerificationTierAndSale() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "80.00", 10);
        Actor buyer = given.customer();
        given.purchase(buyer, listing.listingId(), 2);
        app.ratings().rate(buyer, listing.shopId(), 4);
        app.flashSales().start(owner, 5, 20);

        var dashboard = app.shops().dashboard(owner);

        assertThat(dashboard.balance()).isEqualTo(Money.ofCents(16_000));
        assertThat(dashboard.unitsSold()).isEqualTo(2);
        assertThat(dashboard.ratingCount()).isEqualTo(1);
        assertThat(dashboard.ratingAverage()).isEqualTo(4.0);
        assertThat(dashboard.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(dashboard.promotionTier()).isZero();
        assertThat(dashboard.activeSale())
                .hasValueSatisfying(sale -> assertThat(sale.unitsLeft()).isEqualTo(5));
    }

    @Test
    void promotionIsPaidFromTheBalanceAndOnlyGoesUp() {
        Actor owner = given.owner();
        assertRejectedWritingNothing(
                ConflictException.class, "balance", () -> app.shops().buyPromotion(owner, 1));
        var listing = given.listing(owner, "20.00", 5);
        given.purchase(given.customer(), listing.listingId(), 1);

        assertThat(app.shops().promotionTiers())
                .extracting(ShopService.TierOffer::price)
                .containsExactly(Money.ofCents(500), Money.ofCents(750), Money.ofCents(1000));
        app.shops().buyPromotion(owner, 2);

        var dashboard = app.shops().dashboard(owner);
        assertThat(dashboard.promotionTier()).isEqualTo(2);
        assertThat(dashboard.balance()).isEqualTo(Money.ofCents(2000 - 750));
        assertRejectedWritingNothing(
                ConflictException.class, "can only go up", () -> app.shops().buyPromotion(owner, 1));
        assertRejectedWritingNothing(
                ValidationException.class, "tier 1, 2 or 3", () -> app.shops().buyPromotion(owner, 4));
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from balance_ledger where reason = 'promotion' and amount_cents = -750"))
                .isEqualTo(1);
    }

    @Test
    void cashiersAndCustomersCannotBuyPromotionOrStartSales() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        Actor customer = given.customer();

        for (Actor notOwner : new Actor[] {cashier, customer}) {
            assertRejectedWritingNothing(
                    ForbiddenException.class,
                    "only a shop owner",
                    () -> app.shops().buyPromotion(notOwner, 1));
            assertRejectedWritingNothing(
                    ForbiddenException.class,
                    "only a shop owner",
                    () -> app.flashSales().start(notOwner, 5, 10));
            assertRejectedWritingNothing(
                    ForbiddenException.class,
                    "only a shop owner",
                    () -> app.shops().inviteStaff(notOwner, "x@example.com"));
        }
    }

    @Test
    void theOwnerReadsWhoChangedMoneyAndStockAndOthersCannot() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var listing = given.listing(owner, "40.00", 5);
        app.listings().adjustStock(cashier, listing.listingId(), -1, "damaged");
        Receipt receipt = given.purchase(given.customer(), listing.listingId(), 2);
        app.orders().refund(cashier, receipt.lines().get(0).orderLineId(), 1, true, "wrong size");

        var trail = app.shops().auditTrail(owner, 50);

        assertThat(trail)
                .extracting(ShopService.AuditEntry::kind)
                .containsSubsequence(
                        AuditKind.ORDER_REFUND,
                        AuditKind.CHECKOUT,
                        AuditKind.LISTING_ADJUSTED,
                        AuditKind.LISTING_CREATED,
                        AuditKind.STAFF_ADDED);
        assertThat(trail)
                .filteredOn(entry -> entry.kind() == AuditKind.LISTING_ADJUSTED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.who())
                        .isEqualTo(app.accounts().view(cashier).name()));
        assertRejectedWritingNothing(
                ForbiddenException.class, "only a shop owner", () -> app.shops().auditTrail(cashier, 50));
    }

    @Test
    void aRenameFromAStaleScreenIsRefusedAndTakenNamesStayTaken() {
        Actor owner = given.owner();
        Actor other = given.owner();
        String othersName = app.shops().dashboard(other).storeName();
        long seen = app.shops().dashboard(owner).detailsVersion();

        app.shops().renameShop(owner, seen, "Sole Street");
        assertRejectedWritingNothing(
                ConflictException.class,
                "changed on another terminal",
                () -> app.shops().renameShop(owner, seen, "Heel Street"));
        long now = app.shops().dashboard(owner).detailsVersion();
        assertRejectedWritingNothing(
                ConflictException.class,
                "already exists",
                () -> app.shops().renameShop(owner, now, othersName.toUpperCase(Locale.ROOT)));
        assertThat(app.shops().dashboard(owner).storeName()).isEqualTo("Sole Street");
    }
}
