package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.shoetopia.support.Fixtures.money;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ShiftService.CountLine;
import org.shoetopia.api.ShiftService.RateTotal;
import org.shoetopia.api.ShiftService.ShiftReport;
import org.shoetopia.api.ShiftService.TenderTotal;
import org.shoetopia.api.ShiftService.ZReportSummary;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.receipt.ShiftReportLayout;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** A cashier's day at the till: a shift from its float to its blind count and Z report. */
@ParameterizedClass
@EnumSource(Backend.class)
class ShiftTest extends ServiceTest {

    ShiftTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private ListingView shoe;

    /** A shop whose new cashier has not opened a shift yet. */
    @BeforeEach
    void aShopAndItsCashierBeforeTheShift() {
        owner = given.owner();
        cashier = hiredWithoutAShift();
        shoe = given.listing(owner, "80.00", 100);
    }

    private Actor hiredWithoutAShift() {
        Actor hired = given.customer();
        var invitation = local.shops().inviteStaff(owner, given.emailOf(hired));
        local.shops().acceptInvitation(hired, invitation.invitationId());
        return hired;
    }

    private Receipt sell(Payment payment) {
        app.carts().add(cashier, shoe.listingId(), 1);
        return app.checkout().checkout(cashier, payment, null);
    }

    @Test
    void aTillSellsNothingWithoutAnOpenShiftAndWritesNothing() {
        app.carts().add(cashier, shoe.listingId(), 1);

        assertRejectedWritingNothing(
                ConflictException.class,
                "Open a shift",
                () -> app.checkout().checkout(cashier, Payment.card("Visa", "4242"), null));
        assertThat(app.shifts().current(cashier)).isNull();
    }

    @Test
    void anOnlineOrderNeedsNoShift() {
        Actor customer = given.customer();
        app.carts().add(customer, shoe.listingId(), 1);

        assertThat(app.checkout()
                        .checkout(customer, Payment.card("Visa", "4242"), null)
                        .total())
                .isEqualTo(money("80.00"));
    }

    @Test
    void theZReportCountsTheShiftsSalesTendersDrawerMovesAndWhatTheCountFound() {
        app.shops()
                .setTaxSettings(
                        owner,
                        new TaxSettings(
                                false,
                                TaxRounding.PER_LINE,
                                "NY-1",
                                List.of(TaxRate.parse("NY State", "standard", "4", null, null))));
        var opened = app.shifts().open(cashier, "Till 2", money("50.00"));
        assertThat(opened.terminal()).isEqualTo("Till 2");
        assertThat(opened.openingFloat()).isEqualTo(money("50.00"));

        Receipt cash = sell(Payment.cash(money("100.00"))); // 83.20, change 16.80
        sell(Payment.of(Tender.card(money("40.00"), "Visa", "4242"), Tender.cash(null)));
        app.shifts().payIn(cashier, money("10.00"), "Change from the bank");
        app.shifts().payOut(cashier, money("5.00"), "Window cleaner");
        app.orders().refund(cashier, cash.lines().get(0).orderLineId(), 1, true, "Too small");

        assertRejectedWritingNothing(
                ForbiddenException.class, "blind", () -> app.shifts().xReport(cashier, null, null));
        ShiftReport x = app.shifts().xReport(cashier, given.emailOf(owner), Fixtures.PASSWORD);
        assertThat(x.zNumber()).isNull();
        assertThat(x.salesCount()).isEqualTo(2);
        assertThat(x.sales()).isEqualTo(money("166.40"));
        assertThat(x.tax()).isEqualTo(money("6.40"));
        assertThat(x.taxByRate()).containsExactly(new RateTotal("NY State 4%", money("160.00"), money("6.40")));
        assertThat(x.tenders())
                .containsExactly(
                        new TenderTotal(PaymentMethod.CASH, 2, money("126.40")),
                        new TenderTotal(PaymentMethod.CARD, 1, money("40.00")));
        assertThat(x.refundsCount()).isEqualTo(1);
        assertThat(x.refunds()).isEqualTo(money("83.20"));
        // The refund of the cash sale went back in cash, from the drawer.
        assertThat(x.cashRefunds()).isEqualTo(money("83.20"));
        // 50.00 float + 126.40 cash kept − 83.20 cash refunded + 10.00 paid in − 5.00 paid out
        assertThat(x.expectedCash()).isEqualTo(money("98.20"));
        assertThat(x.countedCash()).isNull();
        assertThat(x.drawerMoves())
                .extracting(m -> m.reason())
                .containsExactly("Change from the bank", "Window cleaner");

        // 98.20 expected; the count finds 97.20: 1.00 short.
        ShiftReport z = app.shifts().close(cashier, new CashCount(Map.of(50_00, 1, 20_00, 2, 5_00, 1, 2_00, 1, 10, 2)));
        assertThat(z.zNumber()).isEqualTo(1);
        assertThat(z.closedAt()).isNotNull();
        assertThat(z.countedCash()).isEqualTo(money("97.20"));
        assertThat(z.overShort()).isEqualTo(org.shoetopia.domain.Money.ofCents(-100));
        assertThat(z.count()).first().isEqualTo(new CountLine(money("50.00"), 1, money("50.00")));
        assertThat(z.salesCount()).isEqualTo(2);
        assertThat(app.shifts().current(cashier)).isNull();

        // Read again later, it is the same report.
        ShiftReport again = app.shifts().zReport(owner, 1);
        assertThat(again).usingRecursiveComparison().ignoringFields("printedAt").isEqualTo(z);
        assertThat(app.shifts().zReports(owner))
                .extracting(ZReportSummary::zNumber, ZReportSummary::overShort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, org.shoetopia.domain.Money.ofCents(-100)));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void giftCardsSoldAreShownApartFromTheShoesInTheZReport() {
        app.shifts().open(cashier, "Till 2", money("50.00"));
        app.carts().addGiftCard(cashier, money("25.00"));
        sell(Payment.cash(null));

        ShiftReport z = app.shifts().close(cashier, new CashCount(Map.of(100_00, 1, 50_00, 1, 5_00, 1)));

        assertThat(z.sales()).isEqualTo(money("105.00"));
        assertThat(z.giftCardsSold()).isEqualTo(money("25.00"));
        assertThat(String.join("\n", ShiftReportLayout.lines(z, java.time.ZoneOffset.UTC)))
                .contains("of which gift cards sold");
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aClosedShiftTakesNoMoreSalesAndItsZReportIsNotRunTwice() {
        app.shifts().open(cashier, "Till 2", money("0.00"));
        sell(Payment.cash(null));
        app.shifts().close(cashier, new CashCount(Map.of(50_00, 1, 20_00, 1, 10_00, 1)));

        assertRejectedWritingNothing(
                ConflictException.class, "Open a shift", () -> app.shifts().close(cashier, new CashCount(Map.of())));
        app.carts().add(cashier, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ConflictException.class,
                "Open a shift",
                () -> app.checkout().checkout(cashier, Payment.cash(null), null));

        // Hand-over: the next shift on the same till is Z report 2 of the shop.
        app.shifts().open(cashier, "Till 2", money("20.00"));
        assertThat(app.shifts().close(cashier, new CashCount(Map.of(20_00, 1))).zNumber())
                .isEqualTo(2);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aTerminalAndACashierHaveOneOpenShiftEach() {
        app.shifts().open(cashier, "Till 2", money("0.00"));
        Actor second = hiredWithoutAShift();

        assertRejectedWritingNothing(
                ConflictException.class,
                "Till 2 already has an open shift",
                () -> app.shifts().open(second, "Till 2", money("0.00")));
        assertRejectedWritingNothing(
                ConflictException.class, "still open", () -> app.shifts().open(cashier, "Till 3", money("0.00")));
    }

    @Test
    void aManagerClosesTheShiftACashierLeftOpenSoTheTillCanOpenAgain() {
        app.shifts().open(cashier, "Till 2", money("20.00"));
        sell(Payment.cash(null));

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner or a manager",
                () -> app.shifts().closeAt(cashier, "Till 2", new CashCount(Map.of())));
        assertRejectedWritingNothing(
                ConflictException.class,
                "has no open shift",
                () -> app.shifts().closeAt(owner, "Till 9", new CashCount(Map.of())));
        ShiftReport z = app.shifts().closeAt(owner, "Till 2", new CashCount(Map.of(100_00, 1)));

        assertThat(z.cashierName()).isEqualTo(app.accounts().view(cashier).name());
        assertThat(z.overShort()).isEqualTo(money("0.00"));
        assertThat(app.shifts().current(cashier)).isNull();
        assertThat(app.shifts().open(cashier, "Till 2", money("0.00")).terminal())
                .isEqualTo("Till 2");
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void openingTheDrawerWithNoSaleNeedsAManager() {
        app.shifts().open(cashier, "Till 2", money("0.00"));

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "manager",
                () -> app.shifts().noSale(cashier, "Customer needs change", "", ""));
        assertThrows(
                AuthenticationException.class,
                () -> app.shifts().noSale(cashier, "Customer needs change", given.emailOf(owner), "wrong password"));
        app.shifts().noSale(cashier, "Customer needs change", given.emailOf(owner), Fixtures.PASSWORD);

        assertThat(app.shifts()
                        .xReport(cashier, given.emailOf(owner), Fixtures.PASSWORD)
                        .noSales())
                .isEqualTo(1);
        app.shifts().noSale(owner, "Checking the float", null, null); // the owner on their own word
    }

    @Test
    void badShiftInputIsRefusedWritingNothing() {
        assertRejectedWritingNothing(
                ValidationException.class, "Terminal name", () -> app.shifts().open(cashier, " ", money("0.00")));
        assertRejectedWritingNothing(
                ValidationException.class,
                "float",
                () -> app.shifts().open(cashier, "Till 2", org.shoetopia.domain.Money.ofCents(-100)));
        assertRejectedWritingNothing(
                ValidationException.class, "at most", () -> app.shifts().open(cashier, "Till 2", money("100000.01")));
        assertRejectedWritingNothing(
                ConflictException.class,
                "Open a shift",
                () -> app.shifts().payIn(cashier, money("1.00"), "float top-up"));
        app.shifts().open(cashier, "Till 2", money("20.00"));
        assertRejectedWritingNothing(
                ValidationException.class, "more than 0.00", () -> app.shifts().payIn(cashier, money("0.00"), "x"));
        assertRejectedWritingNothing(
                ValidationException.class, "Why", () -> app.shifts().payOut(cashier, money("1.00"), " "));
        assertRejectedWritingNothing(
                ValidationException.class,
                "At most 10000.00",
                () -> app.shifts().payOut(cashier, money("10000.01"), "Supplier"));
        assertThrows(ValidationException.class, () -> new CashCount(Map.of(3_00, 1)));
        assertThrows(ValidationException.class, () -> new CashCount(Map.of(1_00, -1)));
        assertRejectedWritingNothing(
                ValidationException.class, "Count", () -> app.shifts().close(cashier, null));
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from shifts where closed_at is null and cashier_id = ?",
                        cashier.accountId()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheShopsOwnerAndManagersReadItsZReports() {
        app.shifts().open(cashier, "Till 2", money("0.00"));
        app.shifts().close(cashier, new CashCount(Map.of()));

        assertThat(app.shifts().zReport(cashier, 1).cashierName()).isNotBlank(); // their own
        assertThrows(ForbiddenException.class, () -> app.shifts().zReports(cashier));
        Actor rival = given.owner();
        assertThrows(
                org.shoetopia.domain.NotFoundException.class, () -> app.shifts().zReport(rival, 1));
    }
}
