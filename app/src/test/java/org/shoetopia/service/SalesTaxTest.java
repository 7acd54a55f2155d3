package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ShopService.TaxReport;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/** Sales tax and VAT at checkout, on receipts, in refunds and in the tax report, exact to the cent. */
@ParameterizedClass
@EnumSource(Backend.class)
class SalesTaxTest extends ServiceTest {

    SalesTaxTest(Backend backend) {
        super(backend);
    }

    /** New York City: 8.875 % in three rates, none on footwear under 110.00 a pair. */
    private static final TaxSettings NEW_YORK = new TaxSettings(
            false,
            TaxRounding.PER_LINE,
            "NY-12-3456789",
            List.of(
                    TaxRate.parse("NY State", "standard", "4", "from", "110"),
                    TaxRate.parse("NYC", "standard", "4.5", "from", "110"),
                    TaxRate.parse("MCTD", "standard", "0.375", "from", "110")));

    private ListingView listing(Actor seller, String style, String price, int quantity, String category) {
        return app.listings().create(seller, Fixtures.form("Nike", "black", style, price, quantity, category));
    }

    private Receipt sell(Actor cashier, List<ListingView> listings, int quantity) {
        listings.forEach(listing -> app.carts().add(cashier, listing.listingId(), quantity));
        var shown = app.carts().view(cashier);
        Receipt receipt = app.checkout().checkout(cashier, shown.seen(), Payment.cash(null), null);
        assertThat(receipt.total()).isEqualTo(shown.estimatedTotal());
        assertThat(receipt.taxes()).isEqualTo(shown.estimatedTaxes());
        return receipt;
    }

    @Test
    void usSalesTaxIsAddedAtTheTillOnlyToPairsFromTheThreshold() {
        Actor owner = given.owner();
        app.shops().setTaxSettings(owner, NEW_YORK);
        var dear = listing(owner, "Dear", "120", 5, null);
        var cheap = listing(owner, "Cheap", "99", 5, null);

        Receipt receipt = sell(owner, List.of(dear, cheap), 1);

        // 120.00 x 4 % = 4.80, x 4.5 % = 5.40, x 0.375 % = 0.45; the 99.00 pair pays none.
        assertThat(receipt.taxes())
                .extracting(Receipt.TaxLine::label, Receipt.TaxLine::taxable, Receipt.TaxLine::tax)
                .containsExactly(
                        tuple("NY State 4% from 110.00", money("120"), money("4.80")),
                        tuple("NYC 4.5% from 110.00", money("120"), money("5.40")),
                        tuple("MCTD 0.375% from 110.00", money("120"), money("0.45")));
        assertThat(receipt.subtotal()).isEqualTo(money("219"));
        assertThat(receipt.taxAdded()).isEqualTo(money("10.65"));
        assertThat(receipt.total()).isEqualTo(money("229.65"));
        assertThat(receipt.taxNumbers()).extracting(Receipt.TaxNumber::number).containsExactly("NY-12-3456789");
        assertReprintOf(receipt, app.orders().receipt(owner, receipt.orderId()));
        // A reprint shows the number the shop had when it sold.
        app.shops()
                .setTaxSettings(owner, new TaxSettings(false, TaxRounding.PER_LINE, "NY-99-0000000", NEW_YORK.rates()));
        assertThat(app.orders().receipt(owner, receipt.orderId()).taxNumbers())
                .extracting(Receipt.TaxNumber::number)
                .containsExactly("NY-12-3456789");
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void vatIncludedInPricesIsTakenOutOfThemPerCategory() {
        Actor owner = given.owner();
        app.shops()
                .setTaxSettings(
                        owner,
                        new TaxSettings(
                                true,
                                TaxRounding.PER_LINE,
                                "GB 123 4567 89",
                                List.of(
                                        TaxRate.parse("VAT", "standard", "20", null, null),
                                        TaxRate.parse("VAT", "reduced", "5", null, null))));
        var adults = listing(owner, "Adults", "60", 5, "standard");
        var children = listing(owner, "Children", "21", 5, "reduced");
        var exempt = listing(owner, "Exempt", "15", 5, "exempt");

        Receipt receipt = sell(owner, List.of(adults, children, exempt), 1);

        assertThat(receipt.total()).isEqualTo(money("96"));
        assertThat(receipt.taxAdded()).isEqualTo(money("0"));
        assertThat(receipt.taxes())
                .extracting(
                        Receipt.TaxLine::label,
                        Receipt.TaxLine::included,
                        Receipt.TaxLine::taxable,
                        Receipt.TaxLine::tax)
                .containsExactly(
                        tuple("VAT 20%", true, money("50"), money("10")),
                        tuple("VAT 5%", true, money("20"), money("1")));
        assertThat(receipt.lines())
                .extracting(Receipt.Line::lineTotal, Receipt.Line::tax, Receipt.Line::gross)
                .containsExactly(
                        tuple(money("60"), money("10"), money("60")),
                        tuple(money("21"), money("1"), money("21")),
                        tuple(money("15"), money("0"), money("15")));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void refundsGiveBackTaxInProportionAddingUpToWhatWasChargedAndTheReportDeductsThem() {
        Actor owner = given.owner();
        app.shops()
                .setTaxSettings(
                        owner,
                        new TaxSettings(
                                false,
                                TaxRounding.PER_LINE,
                                null,
                                List.of(TaxRate.parse("Sales tax", "standard", "8.875", null, null))));
        var shoe = listing(owner, "Runner", "10", 5, null);
        Receipt receipt = sell(owner, List.of(shoe), 3);
        // 30.00 x 8.875 % = 2.6625: 2.66 on the line.
        assertThat(receipt.total()).isEqualTo(money("32.66"));
        long line = receipt.lines().get(0).orderLineId();

        // One unit's share, cumulatively rounded: 0.89, then 1.77 - 0.89 = 0.88, then the rest, 0.89.
        assertThat(app.orders().refund(owner, line, 1, true, "too small").amount())
                .isEqualTo(money("10.89"));
        assertThat(app.orders().refund(owner, line, 1, true, "too small").amount())
                .isEqualTo(money("10.88"));
        assertThat(app.orders().refund(owner, line, 1, true, "too small").amount())
                .isEqualTo(money("10.89"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TaxReport report = app.shops().taxReport(owner, today.minusDays(1), today.plusDays(1), ZoneOffset.UTC);
        assertThat(report.rates()).singleElement().satisfies(rate -> {
            assertThat(rate.label()).isEqualTo("Sales tax 8.875% (standard)");
            assertThat(rate.taxableSales()).isEqualTo(money("30"));
            assertThat(rate.taxOnSales()).isEqualTo(money("2.66"));
            assertThat(rate.taxableRefunded()).isEqualTo(money("30"));
            assertThat(rate.netTax()).isEqualTo(money("0"));
        });
        assertThat(report.grossSales()).isEqualTo(money("32.66"));
        assertThat(report.grossRefunded()).isEqualTo(money("32.66"));
        assertThat(report.netTax()).isEqualTo(money("0"));
        assertThat(app.shops()
                        .taxReport(owner, today.plusDays(2), today.plusDays(3), ZoneOffset.UTC)
                        .rates())
                .isEmpty();
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void perReceiptRoundingRoundsEachRateOnceAndSpreadsItOverTheLines() {
        Actor owner = given.owner();
        TaxRate rate = TaxRate.parse("Sales tax", "standard", "8.875", null, null);
        app.shops().setTaxSettings(owner, new TaxSettings(false, TaxRounding.PER_LINE, null, List.of(rate)));
        var one = listing(owner, "One", "0.50", 5, null);
        var two = listing(owner, "Two", "0.50", 5, null);
        // 0.50 x 8.875 % = 0.044375 a line: 0.04 each per line, 0.09 once over the receipt.
        assertThat(sell(owner, List.of(one, two), 1).taxAdded()).isEqualTo(money("0.08"));

        app.shops().setTaxSettings(owner, new TaxSettings(false, TaxRounding.PER_RECEIPT, null, List.of(rate)));
        Receipt receipt = sell(owner, List.of(one, two), 1);
        assertThat(receipt.taxAdded()).isEqualTo(money("0.09"));
        assertThat(receipt.lines()).extracting(Receipt.Line::tax).containsExactly(money("0.05"), money("0.04"));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void badRatesAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> TaxRate.parse("VAT", "standard", "100.001", null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 100 %");
        assertThatThrownBy(() -> TaxRate.parse("VAT", "standard", "8.8755", null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("three decimals");
        assertThatThrownBy(() -> TaxRate.parse("VAT", "standard", "0", null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> TaxRate.parse(" ", "standard", "5", null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Rate name");
        assertThatThrownBy(() -> TaxRate.parse("VAT", "exempt", "5", null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("standard or the reduced");
        assertThatThrownBy(() -> TaxRate.parse("State", "standard", "4", "from", ""))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> TaxRate.parse("State", "standard", "4", "sometimes", "110"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("all, below, from, above");
        assertThatThrownBy(() -> new TaxSettings(
                        true,
                        TaxRounding.PER_LINE,
                        null,
                        List.of(
                                TaxRate.parse("A", "standard", "5", null, null),
                                TaxRate.parse("B", "standard", "5", null, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("one rate");
        assertThatThrownBy(() -> new TaxSettings(
                        false,
                        TaxRounding.PER_LINE,
                        null,
                        List.of(
                                TaxRate.parse("A", "standard", "5", null, null),
                                TaxRate.parse("a", "standard", "6", null, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("two rates named");
        assertThat(TaxRate.parse("NYC", "standard", "8,875", null, null).rateThousandths())
                .isEqualTo(8875);
    }

    @Test
    void onlyTheOwnerSetsTaxAndOnlyOwnerOrManagerSeeItOrChangeAListingsCategory() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        Actor manager = given.customer();
        given.hire(owner, cashier);
        given.hire(owner, manager);
        app.shops().setStaffRole(owner, manager.accountId(), StaffRole.MANAGER);
        app.shops().setTaxSettings(owner, NEW_YORK);
        var shoe = listing(owner, "Runner", "120", 5, null);

        assertRejectedWritingNothing(
                ForbiddenException.class, "owner", () -> app.shops().setTaxSettings(manager, TaxSettings.NONE));
        assertRejectedWritingNothing(
                ForbiddenException.class, "owner", () -> app.shops().setTaxSettings(cashier, TaxSettings.NONE));
        assertRejectedWritingNothing(
                ForbiddenException.class, "manager", () -> app.shops().taxSettings(cashier));
        assertThat(app.shops().taxSettings(manager)).isEqualTo(NEW_YORK);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "manager",
                () -> app.listings().changeTaxCategory(cashier, shoe.listingId(), "exempt"));
        assertRejectedWritingNothing(
                ForbiddenException.class, "manager", () -> listing(cashier, "Other", "50", 1, "exempt"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "Tax category",
                () -> app.listings().changeTaxCategory(manager, shoe.listingId(), "luxury"));

        assertThat(app.listings()
                        .changeTaxCategory(manager, shoe.listingId(), "exempt")
                        .taxCategory())
                .isEqualTo(TaxCategory.EXEMPT);
        assertThat(sell(cashier, List.of(shoe), 1).total()).isEqualTo(money("120"));
        assertThat(app.shops().auditTrail(owner, 50))
                .extracting(entry -> entry.kind().code())
                .contains("shop.tax_settings_changed", "listing.tax_category_changed");
    }

    @Test
    void aTaxReportCoversAValidPeriod() {
        Actor owner = given.owner();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertRejectedWritingNothing(
                ValidationException.class,
                "on or after",
                () -> app.shops().taxReport(owner, today, today.minusDays(1), ZoneOffset.UTC));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at most 366",
                () -> app.shops().taxReport(owner, today.minusDays(400), today, ZoneOffset.UTC));
        TaxReport empty = app.shops().taxReport(owner, today, today, ZoneOffset.UTC);
        assertThat(empty.rates()).isEmpty();
        assertThat(empty.grossSales()).isEqualTo(money("0"));
    }
}
