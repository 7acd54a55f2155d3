package org.shoetopia.bench;

import java.util.concurrent.Callable;
import org.shoetopia.persistence.Database;
import org.shoetopia.service.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        description = {
            "Fills an empty database at the original system's scale.",
            "At --scale 1: 200,000 accounts, 100,000 shops, 200,000 listings, 50,000 checkouts, 40,000 ratings.",
            "Reproducible from --seed; PostgreSQL COPY, so about a million rows take seconds."
        })
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    private BenchTool parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--scale",
            defaultValue = "1.0",
            description = "Fraction of the full size (default ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        if (scale <= 0 || scale > 10) {
            spec.commandLine().getErr().println("--scale must be above 0 and at most 10");
            return 2;
        }
        String password = DataGenerator.passwordFor(seed);
        try (Database database = Database.open(parent.databaseConfig())) {
            var result = new DataGenerator(
                            database.dataSource(),
                            database.kind(),
                            spec.commandLine().getOut())
                    .generate(
                            DataGenerator.Sizes.at(scale),
                            seed,
                            PasswordHasher.recommended().hash(password));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s%nGenerated accounts (user1@generated.shoetopia.app …) sign in with"
                                    + " the password %s%n",
                            result.sizes(), password);
            return 0;
        }
    }
}
