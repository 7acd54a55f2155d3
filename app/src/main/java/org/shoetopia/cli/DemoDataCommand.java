package org.shoetopia.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Fit;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Fills a small, realistic store so a first start is not empty. Passwords are random and printed once. */
@Command(
        name = "demo-data",
        description = {
            "Adds a small demo store so a first start is not empty.",
            "An owner, a cashier, customers, listings, a running flash sale, orders and ratings.",
            "Prints the demo accounts' random passwords once."
        })
final class DemoDataCommand implements Callable<Integer> {
    static final String OWNER_EMAIL = "owner@demo.shoetopia.app";
    private static final String CASHIER_EMAIL = "cashier@demo.shoetopia.app";
    private static final List<ListingForm> STOCK = List.of(
            new ListingForm("Nike", "black", "Air Max 90", "10", "new", "men", "129.99", "8"),
            new ListingForm("Nike", "white", "Air Force 1", "9", "new", "women", "109.99", "12"),
            new ListingForm("Adidas", "white", "Samba OG", "10.5", "new", "unisex", "99.95", "10"),
            new ListingForm("Adidas", "green", "Gazelle", "8", "new", "women", "94.50", "6"),
            new ListingForm("New Balance", "grey", "990v6", "11", "new", "men", "199.99", "4"),
            new ListingForm("Vans", "black", "Old Skool", "7", "new", "youth", "59.99", "15"),
            new ListingForm("Converse", "red", "Chuck 70 Hi", "9.5", "new", "unisex", "84.99", "9"),
            new ListingForm("Dr. Martens", "burgundy", "1460 Smooth", "8.5", "new", "women", "169.00", "5"),
            new ListingForm("Birkenstock", "brown", "Boston Suede", "10", "used", "unisex", "74.00", "2"),
            new ListingForm("Asics", "blue", "Gel-Kayano 30", "10.5", "new", "men", "159.95", "7"),
            new ListingForm("Salomon", "beige", "XT-6", "9", "new", "unisex", "189.99", "3"),
            new ListingForm("Clarks", "beige", "Wallabee", "11.5", "used", "men", "65.00", "1"),
            new ListingForm("Puma", "pink", "Suede Classic", "6.5", "new", "women", "69.99", "11"),
            new ListingForm("Timberland", "yellow", "6-Inch Premium Boot", "12", "new", "men", "198.00", "6"));

    private static final List<SizeRunForm> SIZE_RUNS = List.of(
            new SizeRunForm(
                    "Brooks",
                    "blue",
                    "Ghost 16",
                    "new",
                    "men",
                    "139.95",
                    null,
                    "8",
                    "12",
                    true,
                    List.of("medium", "wide", "extra wide"),
                    "2"),
            new SizeRunForm(
                    "Clarks",
                    "brown",
                    "Desert Boot",
                    "new",
                    "women",
                    "149.00",
                    null,
                    "6",
                    "9",
                    true,
                    List.of("narrow", "medium"),
                    "1"));

    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // progress on the error stream, so what stays on standard output is the result alone
        Progress progress = new Progress(spec.commandLine().getErr(), 5);
        progress.step("Opening the database");
        try (Services services =
                Services.open(parent.databaseConfig(), PasswordHasher.recommended(), Clock.systemUTC())) {
            String ownerPassword = randomPassword();
            Actor owner;
            try {
                owner = services.accounts()
                        .signUp("Morgan Reyes", OWNER_EMAIL, ownerPassword)
                        .actor();
            } catch (ConflictException alreadyThere) {
                out.println("The demo store is already there (" + OWNER_EMAIL + ").");
                return 0;
            }
            progress.step("The shop, its tax and its staff");
            long shopId = services.shops().createShop(owner, "Sole Street Shoes");
            // A New York City shop: 8.875 % sales tax, none on footwear under 110.00 a pair.
            services.shops()
                    .setTaxSettings(
                            owner,
                            new TaxSettings(
                                    false,
                                    TaxRounding.PER_LINE,
                                    "NY-12-3456789",
                                    List.of(
                                            TaxRate.parse("NY State", "standard", "4", "from", "110"),
                                            TaxRate.parse("NYC", "standard", "4.5", "from", "110"),
                                            TaxRate.parse("MCTD", "standard", "0.375", "from", "110"))));
            String cashierPassword = randomPassword();
            Actor cashier = services.accounts()
                    .signUp("Sam Okafor", CASHIER_EMAIL, cashierPassword)
                    .actor();
            long invitation = services.shops().inviteStaff(owner, CASHIER_EMAIL).invitationId();
            services.shops().acceptInvitation(cashier, invitation); // the demo's cashier agrees at once
            progress.step("Listings (" + STOCK.size() + ") and styles in size runs (" + SIZE_RUNS.size() + ")");
            List<ListingView> listings = STOCK.stream()
                    .map(form -> services.listings().create(owner, form))
                    .toList();
            // Two styles as a shoe shop stocks them: every size of the run, in the widths it is made in.
            List<List<ListingView>> runs = SIZE_RUNS.stream()
                    .map(run -> services.listings().createSizeRun(owner, run))
                    .toList();
            int runSkus = runs.stream().mapToInt(List::size).sum();
            // What a pair cost the shop, for the stock's value at cost.
            services.listings().changeStyleCost(owner, runs.get(0).get(0).listingId(), "62.00");
            services.listings().changeStyleCost(owner, runs.get(1).get(0).listingId(), "71.50");
            List<ListingView> ghost = runs.get(0);

            String[] customers = {"Priya Shah", "Jonas Berg", "Lea Martin", "Tom Akers", "Ana Costa", "Kenji Ito"};
            progress.step("Customers, their orders and ratings (" + customers.length + ")");
            for (int i = 0; i < customers.length; i++) {
                String email = customers[i].toLowerCase(Locale.ROOT).replace(' ', '.') + "@demo.shoetopia.app";
                Actor customer = services.accounts()
                        .signUp(customers[i], email, randomPassword())
                        .actor();
                services.carts().add(customer, listings.get(i % listings.size()).listingId(), 1);
                services.carts()
                        .add(
                                customer,
                                listings.get((i * 5 + 2) % listings.size()).listingId(),
                                1);
                // and a pair of the running shoe, in the middle of its run, as its size curve shows
                services.carts()
                        .add(customer, ghost.get(ghost.size() / 2 - 4 + i * 2).listingId(), 1);
                services.checkout()
                        .checkout(
                                customer,
                                i % 2 == 0
                                        ? Payment.card("Visa", String.format("%04d", 4242 + i))
                                        : Payment.cash(Money.ofCents(50_000)),
                                null);
                services.ratings().rate(customer, shopId, 3 + i % 3);
                if (i == 0) { // a regular who keeps her fit on her account
                    services.accounts().saveMyFit(customer, new Fit.FitForm("26.4", "wide", "Hoka 9.5 wide"));
                }
            }
            progress.step("A flash sale, a cashier's shift, a gift card and store credit");
            services.flashSales().start(owner, 10, 20);
            // A gift card sold at the till in a shift of the cashier's, closed with its count (Z report
            // 1), and store credit for a regular, to pay with.
            services.shifts().open(cashier, "Till 1", Money.ofCents(10_000));
            services.carts().addGiftCard(cashier, Money.ofCents(5_000));
            String giftCard = services.checkout()
                    .checkout(cashier, Payment.cash(null), null)
                    .giftCardsSold()
                    .get(0)
                    .code();
            services.shifts().close(cashier, new CashCount(Map.of(100_00, 1, 20_00, 2, 10_00, 1)));
            String regular = "priya.shah@demo.shoetopia.app";
            services.storedValue().issueStoreCredit(owner, regular, Money.ofCents(2_000), "Welcome back");

            out.println("Demo store \"Sole Street Shoes\" created with " + listings.size() + " listings, "
                    + SIZE_RUNS.size() + " styles in size runs (" + runSkus + " sizes), " + customers.length
                    + " orders, New York City sales tax and a flash sale (10 units at 20% off).");
            out.println("Sign in as the owner:   " + OWNER_EMAIL + "  password: " + ownerPassword);
            out.println("Sign in as the cashier: " + CASHIER_EMAIL + "  password: " + cashierPassword);
            out.println("A 50.00 gift card to pay with: " + giftCard + "; " + regular + " has 20.00 of store credit.");
            out.println("These passwords and the gift card's code are shown only now.");
            return 0;
        }
    }

    /** "[2/5] The shop…" lines, so a run of several seconds shows it is working and where. */
    private static final class Progress {
        private final PrintWriter err;
        private final int steps;
        private int done;

        Progress(PrintWriter err, int steps) {
            this.err = err;
            this.steps = steps;
        }

        void step(String what) {
            done++;
            err.println("[" + done + "/" + steps + "] " + what + "…");
            err.flush();
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
