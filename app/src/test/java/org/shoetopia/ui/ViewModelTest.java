package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.checkout.PointOfSaleViewModel;
import org.shoetopia.ui.listings.ListingsViewModel;
import org.shoetopia.ui.login.LoginViewModel;
import org.shoetopia.ui.search.SearchViewModel;
import org.shoetopia.ui.shop.DashboardViewModel;
import org.shoetopia.ui.tax.TaxViewModel;

/** View models over the real services, without a screen: state, validation and what reaches the database. */
class ViewModelTest {
    private final BackgroundRunner runner = new SameThreadRunner();
    private final SessionModel session = new SessionModel();
    private Services app;
    private Fixtures given;

    @BeforeEach
    void emptyDatabase() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
    }

    private void signIn(Actor actor) {
        session.signIn(app.accounts().refresh(actor));
    }

    /** The till screen's model for the signed-in account. */
    private PointOfSaleViewModel till(DialogService dialogs) {
        return new PointOfSaleViewModel(
                app.carts(),
                app.checkout(),
                app.returns(),
                app.storedValue(),
                app.flashSales(),
                app.listings(),
                runner,
                session,
                dialogs);
    }

    /** The same, with dialogs that say yes and are cancelled when they ask. */
    private PointOfSaleViewModel till() {
        return till(new UiTest.RecordingDialogs());
    }

    /** A till with one unit of the listing rung up. */
    private PointOfSaleViewModel tillWith(ListingView listing) {
        PointOfSaleViewModel till = till();
        till.load();
        till.codeProperty().set(Long.toString(listing.listingId()));
        till.addCode();
        return till;
    }

    @Test
    void signUpRulesShowAsYouTypeAndABadFormIsNeverSent() {
        LoginViewModel model = new LoginViewModel(app.accounts(), runner, session);

        model.emailProperty().set("ada@");
        model.passwordProperty().set("short");
        model.signUp();

        assertThat(model.signUpErrors().of("email").get()).contains("valid email");
        assertThat(model.signUpErrors().of("password").get()).contains("at least 8");
        assertThat(model.signUpErrors().of("name").get()).contains("Enter your name");
        assertThat(session.current()).isNull();

        model.nameProperty().set("Ada");
        model.emailProperty().set("ada@example.com");
        model.passwordProperty().set("s3cret-pass");
        model.repeatPasswordProperty().set("s3cret-pass");
        model.signUp();

        assertThat(model.signUpErrors().isEmpty()).isTrue();
        assertThat(session.current().email()).isEqualTo("ada@example.com");
    }

    @Test
    void aTakenEmailShowsBesideTheFormAndKeepsWhatWasTyped() {
        app.accounts().signUp("Ada", "ada@example.com", Fixtures.PASSWORD);
        LoginViewModel model = new LoginViewModel(app.accounts(), runner, session);
        model.nameProperty().set("Other Ada");
        model.emailProperty().set("ada@example.com");
        model.passwordProperty().set("s3cret-pass");
        model.repeatPasswordProperty().set("s3cret-pass");

        model.signUp();

        assertThat(model.signUpErrors().form().get()).isEqualTo("An account with this email already exists");
        assertThat(model.nameProperty().get()).isEqualTo("Other Ada");
    }

    @Test
    void aRejectedListingKeepsTheFormAndNamesTheField() {
        Actor owner = given.owner();
        signIn(owner);
        ListingsViewModel model = new ListingsViewModel(app.listings(), runner, session, new UiTest.RecordingDialogs());
        model.brandProperty().set("Nike");
        model.styleProperty().set("Air Max 90");
        model.colorProperty().set(org.shoetopia.domain.Color.BLACK);
        model.genderProperty().set(org.shoetopia.domain.Gender.MEN);
        model.sizeProperty().set("10.5");
        model.priceProperty().set("12.345");

        model.create();

        assertThat(model.errors().of("price").get()).contains("at most two decimals");
        assertThat(model.priceProperty().get()).isEqualTo("12.345");
        assertThat(TableCounts.scalar(TestDatabases.get(TestDb.H2), "select count(*) from listings"))
                .isZero();
        // three bad fields: three messages after one try
        model.brandProperty().set(" ");
        model.sizeProperty().set("9,75");
        model.create();
        assertThat(model.errors().of("brand").get()).contains("must not be blank");
        assertThat(model.errors().of("size").get()).isNotEmpty();
        assertThat(model.errors().of("price").get()).contains("at most two decimals");

        model.brandProperty().set("Nike");
        model.sizeProperty().set("10.5");
        model.priceProperty().set("12.35");
        model.create();
        assertThat(model.shopListings())
                .singleElement()
                .satisfies(l -> assertThat(l.price().cents()).isEqualTo(1235));
    }

    @Test
    void aPriceSavedFromAStaleScreenSaysSoAndReloads() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 2);
        signIn(owner);
        ListingsViewModel model = new ListingsViewModel(app.listings(), runner, session, new UiTest.RecordingDialogs());
        model.load();
        model.selectedProperty().set(model.shopListings().get(0));
        app.listings().changePrice(owner, listing.listingId(), listing.detailsVersion(), "45.00");

        model.newPriceProperty().set("55.00");
        model.changePrice();

        assertThat(model.errors().form().get()).contains("another terminal");
        assertThat(model.shopListings().get(0).price().cents()).isEqualTo(4_500);
        assertThat(model.newPriceProperty().get()).isEqualTo("55.00");
    }

    @Test
    void theTillShowsChangeDueAndAFailedCheckoutKeepsTheCart() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.00", 1);
        signIn(owner);
        PointOfSaleViewModel model = till();

        model.codeProperty().set("12-3");
        model.addCode();
        assertThat(model.errors().of("code").get()).contains("listing number");
        model.codeProperty().set(listing.listingId() + "*1");
        model.addCode();
        model.cashTenderedProperty().set("50");
        assertThat(model.changeDueProperty().get()).isEqualTo("Change due $5.00");

        given.purchase(given.customer(), listing.listingId(), 1);
        model.checkout();

        assertThat(model.errors().form().get()).contains("sold out");
        assertThat(model.lines()).hasSize(1);
        model.paymentMethodProperty().set(PaymentMethod.CARD);
        model.cardLast4Property().set("42");
        model.checkout();
        assertThat(model.errors().of("cardLast4").get()).contains("last four digits");
    }

    @Test
    void anErrorGoesWhenItsCauseDoes() {
        Actor owner = given.owner();
        var one = given.listing(owner, "45.00", 1);
        var other = given.listing(owner, "20.00", 5);
        signIn(owner);
        PointOfSaleViewModel model = tillWith(one);
        model.cashTenderedProperty().set("10");
        model.checkout();
        assertThat(model.errors().of("cashTendered").get()).contains("less than the total");

        model.cashTenderedProperty().set("100");
        assertThat(model.errors().of("cashTendered").get()).isEmpty();

        model.setQuantity(model.lines().get(0), "2");
        assertThat(model.errors().isEmpty()).isFalse();
        model.codeProperty().set(Long.toString(other.listingId()));
        model.addCode();
        model.remove(model.lines().get(0)); // what was said about its quantity goes with the line
        assertThat(model.errors().isEmpty()).isTrue();
        assertThat(model.lines()).hasSize(1);
    }

    @Test
    void theChangeStaysInBigPrintAfterACashSaleUntilTheNextSaleStartsAndTakesTheReceiptAway() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.00", 5);
        signIn(owner);
        PointOfSaleViewModel model = tillWith(listing);
        model.cashTenderedProperty().set("50");
        model.checkout();

        assertThat(model.changeDueProperty().get()).isEqualTo("Change due $5.00");
        assertThat(model.receiptProperty().get()).isNotNull();

        model.codeProperty().set(Long.toString(listing.listingId()));
        model.addCode();
        assertThat(model.changeDueProperty().get()).isEmpty();
        assertThat(model.receiptProperty().get()).isNull();
        assertThat(model.receiptTextProperty().get()).isEmpty();
    }

    @Test
    void aTillWithAReceiptPrinterPrintsEachSaleThereAndOpensTheDrawerForCash() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.00", 5);
        signIn(owner);
        PointOfSaleViewModel model = till();
        try (java.net.ServerSocket printer = new java.net.ServerSocket(0)) {
            var received = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (var till = printer.accept()) {
                    return till.getInputStream().readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            model.useReceiptPrinter(java.util.Optional.of(
                    new org.shoetopia.receipt.ReceiptPrinter("127.0.0.1:" + printer.getLocalPort())));
            model.load();
            model.codeProperty().set(Long.toString(listing.listingId()));
            model.addCode();
            model.cashTenderedProperty().set("50");
            model.checkout();

            String hex = java.util.HexFormat.of().formatHex(received.get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(hex)
                    .contains(java.util.HexFormat.of()
                            .formatHex("Cash tendered".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                    .contains("1b7030"); // the drawer's pulse
        }
        assertThat(model.errors().form().get()).isEmpty();
    }

    @Test
    void storeCreditIsGivenOnlyAfterItsAmountIsConfirmed() {
        Actor owner = given.owner();
        String regular = given.emailOf(given.customer());
        signIn(owner);
        UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
        PointOfSaleViewModel model = till(dialogs);
        model.load();

        dialogs.forms.add(List.of(regular, "1500", "A late delivery"));
        dialogs.confirmAnswers.add(false); // 1500 was meant as 15.00
        model.giveStoreCredit();
        assertThat(dialogs.shown)
                .contains("Store credit: Give " + regular
                        + " $1,500.00 of store credit at this shop? They can pay with it at once.");
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Money.ZERO);

        dialogs.forms.add(List.of(regular, "15.00", "A late delivery"));
        model.giveStoreCredit();
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Money.ofCents(1_500));
    }

    @Test
    void aSaleHeldWhileTheNextCustomerIsServedIsRecalledOntoTheTill() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.00", 5);
        signIn(owner);
        UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
        PointOfSaleViewModel model = till(dialogs);
        model.load();
        model.codeProperty().set(Long.toString(listing.listingId()));
        model.addCode();

        dialogs.answers.add("Mrs Lee");
        model.holdSale();
        assertThat(model.lines()).isEmpty();

        dialogs.choices.add(0);
        model.recallSale();
        assertThat(dialogs.shown)
                .anySatisfy(shown -> assertThat(shown).contains("1 item").contains("(Mrs Lee)"));
        assertThat(model.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(1));

        model.recallSale();
        assertThat(model.errors().form().get()).isEqualTo("No sale of yours is on hold");
    }

    @Test
    void theTillTakesASaleInPartsByCardAndCashAndShowsWhatIsStillDue() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "80.00", 5);
        signIn(owner);
        PointOfSaleViewModel model = tillWith(listing);

        model.paymentMethodProperty().set(PaymentMethod.CARD);
        model.cardLast4Property().set("4242");
        model.tenderAmountProperty().set("90.00");
        model.addTender();
        assertThat(model.errors().of("tenderAmount").get()).contains("Only $80.00 is still due");
        model.tenderAmountProperty().set("50.00");
        model.addTender();
        assertThat(model.tenders()).extracting(PointOfSaleViewModel::describe).containsExactly("Visa **** 4242 $50.00");
        assertThat(model.stillDueProperty().get()).isEqualTo("Still due $30.00");

        model.paymentMethodProperty().set(PaymentMethod.CASH);
        model.cashTenderedProperty().set("40");
        assertThat(model.changeDueProperty().get()).isEqualTo("Change due $10.00");
        model.checkout();

        Receipt receipt = model.receiptProperty().get();
        assertThat(receipt.tenders())
                .extracting(Receipt.TenderLine::amount)
                .containsExactly(Fixtures.money("50.00"), Fixtures.money("30.00"));
        assertThat(receipt.changeDue()).isEqualTo(Fixtures.money("10.00"));
        assertThat(model.tenders()).isEmpty();
        assertThat(model.stillDueProperty().get()).isEmpty();
    }

    @Test
    void theTillChargesOnlyTheCartItShowsAndShowsAChangeMadeElsewhereFirst() {
        Actor owner = given.owner();
        var shown = given.listing(owner, "45.00", 5);
        var addedElsewhere = given.listing(owner, "30.00", 5);
        signIn(owner);
        PointOfSaleViewModel model = till();
        model.load();
        model.codeProperty().set(Long.toString(shown.listingId()));
        model.addCode();

        app.carts().add(owner, addedElsewhere.listingId(), 1); // the same account's other terminal
        model.checkout();

        assertThat(model.errors().form().get()).contains("changed on another terminal");
        assertThat(model.receiptProperty().get()).isNull();
        assertThat(model.lines()).as("the till now shows what it would charge").hasSize(2);
        model.checkout();
        assertThat(model.receiptProperty().get().total().cents()).isEqualTo(7500);
    }

    @Test
    void theTillAsksForAQuantityAndWhereToSaveTheReceipt(@TempDir Path folder) throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.00", 5);
        signIn(owner);
        var dialogs = new UiTest.RecordingDialogs();
        PointOfSaleViewModel model = till(dialogs);
        model.load();
        model.codeProperty().set(Long.toString(listing.listingId()));
        model.addCode();

        model.changeQuantity(model.lines().get(0)); // cancelled: nothing queued
        assertThat(model.lines().get(0).quantity()).isEqualTo(1);
        dialogs.answers.add("3");
        model.changeQuantity(model.lines().get(0));
        assertThat(model.lines().get(0).quantity()).isEqualTo(3);
        assertThat(dialogs.shown).last().asString().contains("Quantity", "[1]");

        model.paymentMethodProperty().set(PaymentMethod.CARD);
        model.cardBrandProperty().set("Visa");
        model.cardLast4Property().set("4242");
        model.checkout();
        Path chosen = folder.resolve("chosen.pdf");
        dialogs.chosenFiles.add(chosen);
        model.saveReceiptPdf();

        assertThat(dialogs.shown).contains("Receipt saved: " + chosen);
        assertThat(dialogs.shown)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Save the receipt: receipt-")
                        .endsWith(".pdf"));
        assertThat(Files.readAllBytes(chosen)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen)))
                .as("a receipt names a customer and the card's last digits")
                .isEqualTo("rw-------");
    }

    @Test
    void theDashboardReadsAsItsLabelsShowIt() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "1200.00", 5);
        app.flashSales().start(owner, 4, 10);
        given.purchase(given.customer(), listing.listingId(), 1);
        signIn(owner);
        DashboardViewModel model = new DashboardViewModel(
                app.shops(), app.accounts(), app.verification(), runner, session, java.util.Optional.empty());

        model.load();

        DashboardViewModel.Summary summary = model.summaryProperty().get();
        assertThat(summary.title()).endsWith("  ·  shop #" + listing.shopId());
        assertThat(summary.balance()).isEqualTo(Formats.money(Fixtures.money("1080.00")));
        assertThat(summary.unitsSold()).isEqualTo("1");
        assertThat(summary.promotion()).isEqualTo("none");
        assertThat(summary.flashSale()).isEqualTo("10% off, 3 of 4 units left");
        assertThat(summary.topTier()).isFalse();
        assertThat(model.sales()).hasSize(DashboardViewModel.CHART_DAYS);
        assertThat(model.sales().get(DashboardViewModel.CHART_DAYS - 1).dollars())
                .isEqualTo(1080.0);
        assertThat(model.sales().get(0).day()).matches("\\d{1,2}/\\d{1,2}");
    }

    @Test
    void theCatalogueAddsTheSelectedListingToTheCartTheTillShows() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "60.00", 2);
        Actor customer = given.customer();
        signIn(customer);
        SearchViewModel model = new SearchViewModel(app.search(), app.carts(), runner, session);
        model.search();

        model.addToCart(model.results().get(0));

        assertThat(app.carts().view(customer).lines())
                .singleElement()
                .satisfies(line -> assertThat(line.listing().listingId()).isEqualTo(listing.listingId()));
        assertThat(model.detailProperty().get()).contains("1 item(s), $60.00");
    }

    @Test
    void searchValidatesItsFiltersBeforeAsking() {
        SearchViewModel model = new SearchViewModel(app.search(), app.carts(), runner, session);
        model.minPriceProperty().set("90");
        model.maxPriceProperty().set("10");

        model.search();

        assertThat(model.errors().of("price").get()).contains("not be below");
        model.maxPriceProperty().set("");
        model.shopIdProperty().set("x1");
        model.search();
        assertThat(model.errors().of("shop").get()).contains("digits");
    }

    @Test
    void theOwnerSetsTaxRateByRateTheTillShowsItAndTheReportExportsIt(@TempDir Path folder) throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "120.00", 5);
        signIn(owner);
        var dialogs = new UiTest.RecordingDialogs();
        TaxViewModel tax = new TaxViewModel(app.shops(), app.returns(), runner, session, dialogs, ZoneOffset.UTC);
        tax.load();
        assertThat(tax.canEdit()).isTrue();

        tax.newNameProperty().set("NY State");
        tax.newPercentProperty().set("4.0001");
        tax.addRate();
        assertThat(tax.errors().of("taxRate").get()).contains("three decimals");
        assertThat(tax.rates()).isEmpty();
        tax.newPercentProperty().set("4");
        tax.newAppliesToProperty().set(TaxAppliesTo.FROM);
        tax.newThresholdProperty().set("110");
        tax.addRate();
        tax.newNameProperty().set("NYC");
        tax.newPercentProperty().set("4.875");
        tax.newAppliesToProperty().set(TaxAppliesTo.ALL);
        tax.newThresholdProperty().set("");
        tax.addRate();
        tax.newNameProperty().set("nyc");
        tax.newPercentProperty().set("1");
        tax.addRate();
        assertThat(tax.errors().of("taxRateName").get()).contains("two rates named");
        assertThat(tax.rates()).extracting(TaxRate::label).containsExactly("NY State 4% from 110.00", "NYC 4.875%");
        tax.registrationNumberProperty().set("NY-1");
        tax.save();
        assertThat(tax.noticeProperty().get()).isEqualTo("Tax settings saved");
        assertThat(dialogs.shown).anySatisfy(shown -> assertThat(shown).contains("standard NYC 4.875%"));
        assertThat(app.shops().taxSettings(owner).rates()).hasSize(2);

        PointOfSaleViewModel till = till(dialogs);
        till.load();
        till.codeProperty().set(Long.toString(listing.listingId()));
        till.addCode();
        // 120.00 x (4 % + 4.875 %) = 10.65
        assertThat(till.breakdownProperty().get()).isEqualTo("Subtotal $120.00 + tax $10.65");
        assertThat(till.totalProperty().get()).isEqualTo("$130.65");
        till.checkout();
        assertThat(till.receiptTextProperty().get()).contains("NY State 4% from 110.00 on 120.00", "Tax no. NY-1");

        tax.showReport();
        assertThat(tax.reportRows()).extracting(row -> row.netTax().cents()).containsExactly(480L, 585L);
        Path chosen = folder.resolve("tax.csv");
        dialogs.chosenFiles.add(chosen);
        tax.exportCsv();
        assertThat(Files.readString(chosen, StandardCharsets.UTF_8))
                .contains("NY State 4% from 110.00 (standard),120.00,4.80,0.00,0.00,120.00,4.80")
                .contains("Net tax,10.65");
    }

    @Test
    void aCashiersDiscountBeyondTheLimitAsksForAManagerOnTheSameTill() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        Actor manager = given.customer();
        given.hire(owner, cashier);
        given.hire(owner, manager);
        app.shops().setStaffRole(owner, manager.accountId(), org.shoetopia.domain.StaffRole.MANAGER);
        var listing = given.listing(owner, "100.00", 5);
        signIn(cashier);
        var dialogs = new UiTest.RecordingDialogs();
        PointOfSaleViewModel till = till(dialogs);
        till.load();
        till.codeProperty().set(Long.toString(listing.listingId()));
        till.addCode();

        dialogs.forms.add(List.of("% off", "15", "Price match"));
        till.discountLine(till.lines().get(0)); // beyond 10 %: the manager is asked, and cancels
        assertThat(dialogs.shown).last().asString().contains("Manager's approval", "limit of 10%");
        assertThat(till.errors().form().get()).contains("needs a manager's approval");
        assertThat(till.totalProperty().get()).isEqualTo("$100.00");

        dialogs.forms.add(List.of("% off", "15", "Price match"));
        dialogs.forms.add(List.of(app.accounts().view(manager).email(), Fixtures.PASSWORD));
        till.discountLine(till.lines().get(0));
        assertThat(till.totalProperty().get()).isEqualTo("$85.00");
        assertThat(till.breakdownProperty().get()).isEqualTo("Subtotal $100.00 − discounts $15.00");
        assertThat(till.discounts()).extracting(Receipt.DiscountLine::label).containsExactly("Price match: 15% off");

        till.removeDiscount(till.lines().get(0));
        assertThat(till.totalProperty().get()).isEqualTo("$100.00");
        dialogs.forms.add(List.of("amount off", "5", "Goodwill"));
        till.discountSale(); // 5 % of the sale: within the cashier's limit
        assertThat(till.totalProperty().get()).isEqualTo("$95.00");
    }
}
