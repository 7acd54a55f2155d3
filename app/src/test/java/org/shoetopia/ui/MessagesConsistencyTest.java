package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every %key an FXML file or the code uses exists, and every key in messages.properties is used. */
class MessagesConsistencyTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:nav|main|app)\\.[a-zA-Z0-9.]+)\"");

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> used = new HashSet<>();
        collect(Path.of("fxml"), FXML_KEY, used);
        collect(Path.of("src/main/java/org/shoetopia/ui"), CODE_KEY, used);
        collect(Path.of("src/main/java/org/shoetopia/app"), CODE_KEY, used); // the splash's messages
        Set<String> defined = new Messages(Locale.ENGLISH).bundle().keySet();

        assertThat(defined).as("keys used but missing from messages.properties").containsAll(used);
        assertThat(used).as("keys in messages.properties that nothing uses").containsAll(defined);
    }

    private static void collect(Path folder, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
    }
}
