package org.shoetopia.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ReturnLine;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.service.Services;

/** Builds test data through the real services, so fixtures obey every rule the product does. */
public final class Fixtures {
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Services app;

    /** The return a customer brings most often: units of the sale's first line, back on the shelf, money back as paid. */
    public static ReturnRequest returnOf(Receipt sale, int units) {
        return new ReturnRequest(
                sale.orderNumber(),
                java.util.List.of(new ReturnLine(sale.lines().get(0).orderLineId(), units, true)),
                "Too small",
                false,
                null,
                null,
                null);
    }

    public Fixtures(Services app) {
        this.app = app;
    }

    public Actor customer() {
        return account("customer");
    }

    public Actor account(String role) {
        int n = SEQUENCE.incrementAndGet();
        return app.accounts()
                .signUp(role + " " + n, role + n + "@example.com", PASSWORD)
                .actor();
    }

    /** A new account that owns a new shop, with a shift open at its till (a float of 100.00). */
    public Actor owner() {
        Actor owner = account("owner");
        app.shops().createShop(owner, "Shop " + SEQUENCE.incrementAndGet());
        openShift(owner);
        return owner;
    }

    /** The owner invites the account and it accepts: it is the shop's cashier, its shift open at a till. */
    public void hire(Actor owner, Actor cashier) {
        var invitation =
                app.shops().inviteStaff(owner, app.accounts().view(cashier).email());
        app.shops().acceptInvitation(cashier, invitation.invitationId());
        openShift(cashier);
    }

    /** Opens the seller's shift at a till of their own, with 100.00 of float. */
    public void openShift(Actor seller) {
        app.shifts().open(seller, "Till " + seller.accountId(), money("100.00"));
    }

    public long shopOf(Actor seller) {
        return app.accounts().refresh(seller).sellingShopId();
    }

    public ListingView listing(Actor seller, String price, int quantity) {
        return app.listings()
                .create(seller, form("Nike", "black", "Air Max " + SEQUENCE.incrementAndGet(), price, quantity));
    }

    public static ListingForm form(String brand, String color, String style, String price, int quantity) {
        return form(brand, color, style, price, quantity, null);
    }

    /** The same, of a tax category ("standard", "reduced", "exempt"; null: standard). */
    public static ListingForm form(
            String brand, String color, String style, String price, int quantity, String taxCategory) {
        return new ListingForm(
                brand, color, style, "10.5", "new", "men", price, Integer.toString(quantity), taxCategory);
    }

    /** The buyer puts {@code quantity} of the listing in their cart and pays cash. */
    public Receipt purchase(Actor buyer, long listingId, int quantity) {
        app.carts().add(buyer, listingId, quantity);
        return app.checkout().checkout(buyer, Payment.cash(null), null);
    }

    /** The seller sells a gift card for {@code amount} at their till, for cash; the card's code. */
    public String giftCard(Actor seller, String amount) {
        app.carts().addGiftCard(seller, money(amount));
        return app.checkout()
                .checkout(seller, Payment.cash(null), null)
                .giftCardsSold()
                .get(0)
                .code();
    }

    public String emailOf(Actor account) {
        return app.accounts().view(account).email();
    }

    public static Money money(String amount) {
        return Money.parse("amount", "Amount", amount);
    }
}
