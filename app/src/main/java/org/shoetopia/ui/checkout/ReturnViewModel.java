package org.shoetopia.ui.checkout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ReturnService;
import org.shoetopia.api.ReturnService.PriceWithoutReceipt;
import org.shoetopia.api.ReturnService.RefundReceipt;
import org.shoetopia.api.ReturnService.ReturnLine;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.api.ReturnService.ReturnWithoutReceipt;
import org.shoetopia.api.ReturnService.ReturnableLine;
import org.shoetopia.api.ReturnService.Sale;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.receipt.ReceiptPdf;
import org.shoetopia.receipt.ReceiptPrinter;
import org.shoetopia.receipt.RefundReceiptLayout;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;

/**
 * A return by receipt at the till: the receipt number (typed, or scanned from its barcode), what
 * comes back and in what state, why, and whether the customer takes store credit; then the refund
 * receipt, printed on the receipt printer (which opens the drawer when cash goes back) or saved.
 */
public final class ReturnViewModel {
    static final String RESTOCK = "Back on the shelf";
    static final String DAMAGED = "Damaged: not for sale";
    static final String TO_TENDERS = "Back the way they paid";
    static final String TO_CREDIT = "As store credit";
    static final String TO_SALE = "Toward the sale on the till (exchange)";

    /** The till's sale a return can pay toward instead of giving the money back: an exchange. */
    public interface SaleOnTheTill {
        boolean hasSale();

        /** Holds the return to be posted with the sale's checkout; {@code credit} is what it gives back now. */
        void payTowardSale(ReturnRequest request, Money credit, String description);
    }

    private final ReturnService returns;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final Optional<ReceiptPrinter> printer;
    private final SaleOnTheTill till;

    public ReturnViewModel(
            ReturnService returns,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs,
            Optional<ReceiptPrinter> printer,
            SaleOnTheTill till) {
        this.returns = returns;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.printer = printer;
        this.till = till;
    }

    /** Asks for the receipt number, then for what comes back; with none, for the shoe (a return without a receipt). */
    public void startReturn() {
        dialogs.ask(
                        "Return",
                        "Scan the receipt's barcode or type its number; leave it empty if the customer has no receipt",
                        "Receipt number",
                        "")
                .map(String::strip)
                .ifPresent(typed -> {
                    if (typed.isEmpty()) {
                        startWithoutReceipt();
                        return;
                    }
                    long orderNumber;
                    try {
                        orderNumber = Long.parseLong(typed);
                    } catch (NumberFormatException e) {
                        dialogs.showError(
                                "Return", "A receipt number is the number under its barcode (\"" + typed + "\")");
                        return;
                    }
                    Actor actor = session.actor();
                    runner.call(() -> returns.lookUp(actor, orderNumber))
                            .onSuccess(sale -> chooseLines(actor, sale))
                            .onFailure(failure -> dialogs.showError("Return", failure.getMessage()))
                            .start();
                });
    }

    private void chooseLines(Actor actor, Sale sale) {
        List<ReturnableLine> open =
                sale.lines().stream().filter(line -> line.returnable() > 0).toList();
        if (open.isEmpty()) {
            dialogs.showInfo("Return", "Everything of receipt " + sale.orderNumber() + " has come back already");
            return;
        }
        List<FormField> fields = new ArrayList<>();
        for (ReturnableLine line : open) {
            // The count first: a long description is cut at its end on a narrow display.
            fields.add(FormField.text("Up to " + line.returnable() + " of " + line.description(), ""));
        }
        fields.add(FormField.choice("The shoes", List.of(RESTOCK, DAMAGED)));
        fields.add(FormField.text("Why", ""));
        boolean exchange = till != null && till.hasSale();
        fields.add(FormField.choice(
                "Money", exchange ? List.of(TO_TENDERS, TO_CREDIT, TO_SALE) : List.of(TO_TENDERS, TO_CREDIT)));
        fields.add(FormField.text("Customer's email, for store credit", ""));
        String paid = String.join(
                ", ",
                sale.tenders().stream()
                        .map(tender -> tender.label() + " " + Formats.money(tender.amount()))
                        .toList());
        dialogs.form(
                        "Return of receipt " + sale.orderNumber(),
                        "Sold " + Formats.dateTime(sale.soldAt())
                                + (sale.customerName() == null ? "" : " to " + sale.customerName()) + ", paid by "
                                + paid + ". How many of each come back?",
                        fields)
                .ifPresent(answer -> {
                    ReturnRequest request;
                    try {
                        request = request(sale, open, answer, null, null);
                    } catch (ValidationException e) {
                        dialogs.showError("Return", e.getMessage());
                        return;
                    }
                    if (TO_SALE.equals(answer.get(open.size() + 2))) {
                        payTowardSale(actor, sale, request);
                    } else {
                        post(actor, request, true);
                    }
                });
    }

    /** Asks what the lines give back now and hands the return to the till, to go with its sale's checkout. */
    private void payTowardSale(Actor actor, Sale sale, ReturnRequest request) {
        int units = request.lines().stream().mapToInt(ReturnLine::quantity).sum();
        runner.call(() -> returns.quote(actor, request))
                .onSuccess(credit -> till.payTowardSale(
                        request,
                        credit,
                        "receipt " + sale.orderNumber() + ", " + units + (units == 1 ? " item" : " items") + " back"))
                .onFailure(failure -> dialogs.showError("Exchange", failure.getMessage()))
                .start();
    }

    /** Asks for the shoe, shows what it comes back at, then for how many, why and whose credit. */
    private void startWithoutReceipt() {
        dialogs.ask(
                        "Return without a receipt",
                        "Scan the shoe's barcode or type its listing number",
                        "Listing number",
                        "")
                .map(String::strip)
                .filter(typed -> !typed.isEmpty())
                .ifPresent(typed -> {
                    long listingId;
                    try {
                        listingId = Long.parseLong(typed);
                    } catch (NumberFormatException e) {
                        dialogs.showError("Return", "A listing number is digits only (\"" + typed + "\")");
                        return;
                    }
                    Actor actor = session.actor();
                    runner.call(() -> returns.priceWithoutReceipt(actor, listingId))
                            .onSuccess(price -> askWithoutReceipt(actor, price))
                            .onFailure(failure -> dialogs.showError("Return", failure.getMessage()))
                            .start();
                });
    }

    private void askWithoutReceipt(Actor actor, PriceWithoutReceipt price) {
        dialogs.form(
                        "Return without a receipt",
                        price.description() + " comes back at " + Formats.money(price.unitPrice())
                                + " a pair, the lowest it sold for in the last " + ReturnService.DAYS_PRICED_BACK
                                + " days (receipt " + price.soldOnReceipt() + "), as store credit only."
                                + " A manager approves it.",
                        List.of(
                                FormField.text("How many", "1"),
                                FormField.choice("The shoes", List.of(RESTOCK, DAMAGED)),
                                FormField.text("Why", ""),
                                FormField.text("Customer's email", "")))
                .ifPresent(answer -> {
                    int quantity;
                    try {
                        quantity = Integer.parseInt(answer.get(0).strip());
                    } catch (NumberFormatException e) {
                        dialogs.showError("Return", "Type how many come back (\"" + answer.get(0) + "\")");
                        return;
                    }
                    postWithoutReceipt(
                            actor,
                            new ReturnWithoutReceipt(
                                    price.listingId(),
                                    quantity,
                                    RESTOCK.equals(answer.get(1)),
                                    answer.get(2),
                                    answer.get(3),
                                    null,
                                    null));
                });
    }

    private void postWithoutReceipt(Actor actor, ReturnWithoutReceipt request) {
        runner.call(() -> returns.returnWithoutReceipt(actor, request))
                .onSuccess(this::done)
                .onFailure(failure -> {
                    if (needsAManager(failure) && request.managerEmail() == null) {
                        dialogs.askManager("Manager's approval", failure.getMessage())
                                .ifPresent(manager -> postWithoutReceipt(
                                        actor, request.approvedBy(manager.email(), manager.password())));
                    } else {
                        dialogs.showError("Return", failure.getMessage());
                    }
                })
                .start();
    }

    /** Whether a return was refused only for want of a manager's approval. */
    static boolean needsAManager(Throwable failure) {
        return failure instanceof ForbiddenException && failure.getMessage().contains("a manager approves it");
    }

    /** The request the form's answers make: lines with a quantity typed, then state, reason, money, email. */
    static ReturnRequest request(
            Sale sale, List<ReturnableLine> open, List<String> answer, String managerEmail, String managerPassword) {
        List<ReturnLine> lines = new ArrayList<>();
        boolean restock = RESTOCK.equals(answer.get(open.size()));
        for (int i = 0; i < open.size(); i++) {
            String typed = answer.get(i).strip();
            if (typed.isEmpty()) {
                continue;
            }
            int quantity;
            try {
                quantity = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                throw new ValidationException(
                        "quantity", open.get(i).description() + ": type how many come back (\"" + typed + "\")");
            }
            if (quantity != 0) {
                lines.add(new ReturnLine(open.get(i).orderLineId(), quantity, restock));
            }
        }
        if (lines.isEmpty()) {
            throw new ValidationException("lines", "Type how many come back of at least one line");
        }
        return new ReturnRequest(
                sale.orderNumber(),
                lines,
                answer.get(open.size() + 1),
                TO_CREDIT.equals(answer.get(open.size() + 2)),
                answer.get(open.size() + 3),
                managerEmail,
                managerPassword);
    }

    private void post(Actor actor, ReturnRequest request, boolean mayAskAManager) {
        runner.call(() -> returns.returnItems(actor, request))
                .onSuccess(this::done)
                .onFailure(failure -> {
                    if (mayAskAManager && needsAManager(failure)) {
                        askAManager(actor, request, failure.getMessage());
                    } else {
                        dialogs.showError("Return", failure.getMessage());
                    }
                })
                .start();
    }

    private void askAManager(Actor actor, ReturnRequest request, String why) {
        dialogs.askManager("Manager's approval", why)
                .ifPresent(manager -> post(actor, request.approvedBy(manager.email(), manager.password()), false));
    }

    private void done(RefundReceipt refund) {
        List<String> lines = RefundReceiptLayout.lines(refund, ZoneId.systemDefault());
        boolean cashBack = refund.moneyBack().stream().anyMatch(back -> back.method() == PaymentMethod.CASH);
        printer.ifPresent(to -> print(to, lines, cashBack));
        List<String> choices =
                printer.isPresent() ? List.of("Print again", "Save PDF", "Close") : List.of("Save PDF", "Close");
        dialogs.showDocument(RefundReceiptLayout.title(refund), lines, choices)
                .map(choices::get)
                .ifPresent(choice -> {
                    if (choice.equals("Print again")) {
                        printer.ifPresent(to -> print(to, lines, false));
                    } else if (choice.equals("Save PDF")) {
                        dialogs.chooseFileToSave(
                                        "Save the refund receipt", "refund-" + refund.returnId() + ".pdf", "pdf")
                                .ifPresent(file -> runner.call(() -> OwnerOnly.write(
                                                file, ReceiptPdf.of(RefundReceiptLayout.title(refund), lines)))
                                        .onSuccess(path -> dialogs.showInfo("Refund receipt saved", path.toString()))
                                        .onFailure(failure ->
                                                dialogs.showError("Refund receipt not saved", failure.getMessage()))
                                        .start());
                    }
                });
    }

    private void print(ReceiptPrinter to, List<String> lines, boolean openDrawer) {
        runner.run(() -> to.print(lines, openDrawer))
                .onFailure(failure -> dialogs.showError("Print", failure.getMessage()))
                .start();
    }
}
