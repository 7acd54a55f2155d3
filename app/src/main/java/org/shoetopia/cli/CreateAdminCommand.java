package org.shoetopia.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.SchemaRoles;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The only way to make a platform admin: there is no built-in admin or default password. */
@Command(
        name = "create-admin",
        description = {
            "Creates a platform admin account (password asked, never an argument).",
            "The password is read from the console (asked twice) or, without one, from the first line of standard input."
        })
final class CreateAdminCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--email", required = true, description = "The admin's email address.")
    private String email;

    @Option(names = "--name", required = true, description = "The admin's name.")
    private String name;

    @Override
    public Integer call() throws IOException {
        DatabaseConfig config = parent.databaseConfig();
        if (SchemaRoles.of(config) == SchemaRoles.Login.APP) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "No account was created: the login %s may not make admins. Run create-admin with the"
                                    + " schema owner's login in SHOETOPIA_DB_USER and SHOETOPIA_DB_PASSWORD (README,"
                                    + " \"Database roles\").%n",
                            config.user());
            return 1;
        }
        String password = readPassword();
        if (password == null) {
            spec.commandLine().getErr().println("No password given; no account was created.");
            return 1;
        }
        try (Services services = Services.open(config, PasswordHasher.recommended(), Clock.systemUTC())) {
            services.accounts().createAdmin(name, email, password);
            spec.commandLine()
                    .getOut()
                    .println("Admin account created for " + email.strip().toLowerCase(Locale.ROOT));
            return 0;
        } catch (ShoetopiaException e) {
            spec.commandLine().getErr().println("No account was created: " + e.getMessage());
            return 1;
        }
    }

    @SuppressWarnings("SystemConsoleNull") // the app runs on Java 17, where a piped stdin has no console
    private String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", email);
            char[] again = console.readPassword("Same password again: ");
            try {
                if (first == null || !Arrays.equals(first, again)) {
                    spec.commandLine().getErr().println("The passwords differ.");
                    return null;
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
            }
        }
        var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
