package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;

/**
 * Every role × operation pair that must be refused — customer, cashier, owner of another shop,
 * admin — is refused by the service layer itself and writes nothing.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AccessMatrixTest extends ServiceTest {

    AccessMatrixTest(Backend backend) {
        super(backend);
    }

    private record Refusal(String who, String operation, Class<? extends ShoetopiaException> as, Executable call) {}

    @Test
    void everyOperationOutsideARolesRightsIsRefused() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var listing = given.listing(owner, "50.00", 10);
        Actor buyer = given.customer();
        Receipt receipt = given.purchase(buyer, listing.listingId(), 1);
        long lineId = receipt.lines().get(0).orderLineId();
        Actor stranger = given.customer();
        Actor otherOwner = given.owner();
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", "admin-pass-1"));
        var ownersOnly = List.of(
                new Object[] {"customer", stranger}, new Object[] {"cashier", cashier}, new Object[] {"admin", admin});

        List<Refusal> refusals = new ArrayList<>();
        for (Object[] role : ownersOnly) {
            String who = (String) role[0];
            Actor actor = (Actor) role[1];
            refusals.add(new Refusal(
                    who,
                    "invite staff",
                    ForbiddenException.class,
                    () -> app.shops().inviteStaff(actor, "x@example.com")));
            refusals.add(new Refusal(
                    who,
                    "remove staff",
                    ForbiddenException.class,
                    () -> app.shops().removeStaff(actor, cashier.accountId())));
            refusals.add(new Refusal(
                    who,
                    "start flash sale",
                    ForbiddenException.class,
                    () -> app.flashSales().start(actor, 5, 10)));
            refusals.add(new Refusal(
                    who,
                    "end flash sale",
                    ForbiddenException.class,
                    () -> app.flashSales().end(actor)));
            refusals.add(new Refusal(
                    who,
                    "buy promotion",
                    ForbiddenException.class,
                    () -> app.shops().buyPromotion(actor, 1)));
            refusals.add(new Refusal(
                    who,
                    "apply for verification",
                    ForbiddenException.class,
                    () -> app.verification().apply(actor)));
            refusals.add(new Refusal(
                    who,
                    "appoint a manager",
                    ForbiddenException.class,
                    () -> app.shops().setStaffRole(actor, cashier.accountId(), StaffRole.MANAGER)));
        }
        for (Object[] role : List.of(
                new Object[] {"customer", stranger},
                new Object[] {"buyer", buyer},
                new Object[] {"admin", admin},
                new Object[] {"other shop's owner", otherOwner})) {
            String who = (String) role[0];
            Actor actor = (Actor) role[1];
            var refusedAs = ForbiddenException.class;
            refusals.add(new Refusal(
                    who, "restock", refusedAs, () -> app.listings().adjustStock(actor, listing.listingId(), 5, null)));
            refusals.add(
                    new Refusal(who, "delist", refusedAs, () -> app.listings().delist(actor, listing.listingId())));
            refusals.add(
                    new Refusal(who, "refund", refusedAs, () -> app.orders().refund(actor, lineId, 1, true, "x")));
            refusals.add(new Refusal(
                    who, "stock history", refusedAs, () -> app.listings().stockHistory(actor, listing.listingId())));
            refusals.add(new Refusal(
                    who,
                    "change the price",
                    refusedAs,
                    () -> app.listings().changePrice(actor, listing.listingId(), listing.detailsVersion(), "1.00")));
        }
        refusals.add(new Refusal(
                "cashier",
                "change the price",
                ForbiddenException.class,
                () -> app.listings().changePrice(cashier, listing.listingId(), listing.detailsVersion(), "1.00")));
        for (Object[] role : List.of(new Object[] {"customer", stranger}, new Object[] {"admin", admin})) {
            Actor actor = (Actor) role[1];
            refusals.add(new Refusal(
                    (String) role[0], "create listing", ForbiddenException.class, () -> given.listing(actor, "10", 1)));
            refusals.add(new Refusal(
                    (String) role[0],
                    "dashboard",
                    ForbiddenException.class,
                    () -> app.shops().dashboard(actor)));
            refusals.add(new Refusal(
                    (String) role[0],
                    "advance status",
                    ForbiddenException.class,
                    () -> app.orders().advanceStatus(actor, receipt.orderId())));
        }
        refusals.add(new Refusal(
                "other shop's owner",
                "advance status",
                NotFoundException.class,
                () -> app.orders().advanceStatus(otherOwner, receipt.orderId())));
        refusals.add(new Refusal(
                "other shop's owner",
                "remove another shop's cashier",
                NotFoundException.class,
                () -> app.shops().removeStaff(otherOwner, cashier.accountId())));
        refusals.add(new Refusal(
                "other shop's owner",
                "see the receipt",
                ForbiddenException.class,
                () -> app.orders().receipt(otherOwner, receipt.orderId())));
        refusals.add(new Refusal(
                "customer",
                "see someone else's receipt",
                ForbiddenException.class,
                () -> app.orders().receipt(stranger, receipt.orderId())));
        for (Object[] role : List.of(
                new Object[] {"customer", stranger}, new Object[] {"cashier", cashier}, new Object[] {"owner", owner
                })) {
            Actor actor = (Actor) role[1];
            refusals.add(new Refusal(
                    (String) role[0],
                    "review verification",
                    ForbiddenException.class,
                    () -> app.verification().pending(actor)));
            refusals.add(new Refusal(
                    (String) role[0],
                    "decide verification",
                    ForbiddenException.class,
                    () -> app.verification().decide(actor, 1, true, null)));
        }
        refusals.add(new Refusal(
                "owner",
                "rate own shop",
                ForbiddenException.class,
                () -> app.ratings().rate(owner, listing.shopId(), 5)));
        refusals.add(new Refusal(
                "customer",
                "rate without buying",
                ForbiddenException.class,
                () -> app.ratings().rate(stranger, listing.shopId(), 5)));

        for (Refusal refusal : refusals) {
            var error = assertRejectedWritingNothing(refusal.as(), "", refusal.call());
            assertThat(error.getMessage())
                    .as(refusal.who() + " / " + refusal.operation())
                    .isNotBlank();
        }
        assertThat(refusals).hasSizeGreaterThan(40);
    }
}
