package org.shoetopia.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.shoetopia.persistence.DatabaseKind;
import org.shoetopia.persistence.SchemaRoles;
import org.shoetopia.server.ApiServer;
import org.shoetopia.server.ServerCertificate;
import org.shoetopia.server.ServerConfig;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "server",
        description = {
            "Runs the Shoetopia server: the service layer over HTTPS for tills that hold no database login.",
            "Settings from server.properties in the data folder and the environment (see the README).",
            "On first start without a key store it makes a self-signed certificate and prints its fingerprint."
        })
final class ServerCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        ServerConfig config = ServerConfig.load(parent.dataFolder(), parent.environment());
        ServerCertificate certificate = ServerCertificate.of(config);
        Services services = Services.open(config.database(), PasswordHasher.recommended(), Clock.systemUTC());
        if (config.database().kind() == DatabaseKind.POSTGRESQL
                && SchemaRoles.of(config.database()) != SchemaRoles.Login.APP) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "Warning: the database login %s can change the schema and rewrite every table. Give the"
                                    + " server a login in the role %s instead (README, \"Database roles\").%n",
                            config.database().user(), SchemaRoles.APP);
        }
        ApiServer server = ApiServer.start(config, services, certificate, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            services.close();
                            stopped.countDown();
                        },
                        "server-shutdown"));
        out.printf(
                "Shoetopia server listening on https://%s:%d (%s)%n",
                config.host(), server.port(), config.database().url());
        out.printf("Certificate SHA-256 fingerprint (compare it on each till): %s%n", certificate.fingerprint());
        out.flush();
        stopped.await();
        return 0;
    }
}
