package org.shoetopia.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.shoetopia.cli.ShoetopiaCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The entry point of {@code shoetopia.jar}: no arguments opens the desktop app, anything else is the
 * command line. A plain class, not the JavaFX Application, so the jar starts without a module path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            try {
                javafx.application.Application.launch(DesktopApp.class);
            } catch (RuntimeException | LinkageError cannotOpen) {
                Optional<String> why = WindowStartFailure.explain(cannotOpen);
                if (why.isEmpty()) {
                    throw cannotOpen;
                }
                err.println(why.get());
                System.exit(1);
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        System.exit(ShoetopiaCommand.run(args, System.getenv(), out, err));
    }
}
