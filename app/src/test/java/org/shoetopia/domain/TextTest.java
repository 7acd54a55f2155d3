package org.shoetopia.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextTest {

    /** The one-pass check must tidy exactly as the regex it stands in for, whatever the whitespace. */
    @Property(tries = 2000)
    void tidyCollapsesWhitespaceAsTheRegexDoes(
            @ForAll
                    @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'Z', '.'})
                    @CharRange(from = 'a', to = 'c')
                    String text) {
        assertThat(Text.tidy(text)).isEqualTo(text.strip().replaceAll("\\s+", " "));
    }

    @Test
    void tidyKeepsTidyTextAndCollapsesTheRest() {
        assertThat(Text.tidy("Nike Air Max")).isEqualTo("Nike Air Max");
        assertThat(Text.tidy("  Nike \t Air\n\nMax  ")).isEqualTo("Nike Air Max");
        assertThat(Text.tidy("a\tb")).isEqualTo("a b");
        assertThat(Text.tidy(null)).isEmpty();
        assertThat(Text.tidy("   ")).isEmpty();
    }

    @Test
    void wordsAreCapitalisedAsPostgresInitcapDoes() {
        assertThat(Text.capitalisedWords("new balance")).isEqualTo("New Balance");
        assertThat(Text.capitalisedWords("gel-kayano 30")).isEqualTo("Gel-Kayano 30");
        assertThat(Text.capitalisedWords("o'neill 2xl")).isEqualTo("O'Neill 2xl");
        assertThat(Text.capitalisedWords("école")).isEqualTo("École");
        assertThat(Text.capitalisedWords("")).isEmpty();
    }
}
