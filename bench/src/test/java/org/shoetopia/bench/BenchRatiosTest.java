package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The arithmetic the benchmark's ratios and warm-up rest on. */
class BenchRatiosTest {

    @Test
    void turnsGiveTheirMedianAndSpread() {
        Turns odd = Turns.of(0.91, 0.84, 0.97, 0.88, 0.90);
        assertThat(odd.median()).isEqualTo(0.90);
        assertThat(odd.min()).isEqualTo(0.84);
        assertThat(odd.max()).isEqualTo(0.97);
        assertThat(odd).hasToString("0.90 (0.84–0.97)");
        assertThat(Turns.of(1, 2, 3, 10).median()).isEqualTo(2.5);
        assertThat(Turns.of().median()).isNaN();
        assertThat(Turns.of(0.5, Double.POSITIVE_INFINITY, Double.NaN, 0.7).median())
                .isEqualTo(0.6);
    }

    @Test
    void turnsKeepTheirOwnCopy() {
        double[] values = {3, 1, 2};
        Turns turns = Turns.of(values);
        values[0] = 100;
        assertThat(turns.max()).isEqualTo(3);
    }

    @Test
    void aRatioIsMetByItsMedianAgainstItsTarget() {
        assertThat(Ratio.of("a", 1, Turns.of(0.80, 0.86, 0.90), ">= 0.85").met())
                .isTrue();
        assertThat(Ratio.of("a", 1, Turns.of(0.80, 0.84, 0.99), ">= 0.85").met())
                .isFalse();
        assertThat(Ratio.of("a", 1, Turns.of(1.10, 1.20, 1.14), "<= 1.15").met())
                .isTrue();
        assertThat(Ratio.of("a", 1, Turns.of(1.10, 1.20, 1.16), "<= 1.15").met())
                .isFalse();
        assertThat(Ratio.of("a", 1, Turns.of(1.0), "").met()).isNull();
        assertThat(Ratio.of("a", 16, Turns.of(0.8), ">= 0.85").line()).contains(" 16 ", "0.80", "NOT MET");
        assertThatThrownBy(() -> Ratio.meets(1, "= 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWarmUpIsSteadyWhenThreeWindowsAgreeWithinFivePerCentAndTheJitIsQuiet() {
        SteadyState state = new SteadyState(0);
        state.window(100, 500_000_000L, 0.01); // 5 ms a checkout: still compiling
        assertThat(state.steady()).isFalse();
        state.window(100, 200_000_000L, 0.01); // 2 ms
        state.window(100, 198_000_000L, 0.01); // two in agreement: a plateau may still fall
        assertThat(state.steady()).isFalse();
        state.window(100, 196_000_000L, 0.20); // three, but the JIT used a fifth of the window
        assertThat(state.steady()).isFalse();
        state.window(100, 190_000_000L, 0.01); // 1.98, 1.96, 1.90: each within 5 % of the one before
        assertThat(state.steady()).isTrue();
        assertThat(state.windows()).isEqualTo(5);
        assertThat(state.firstCpuMillis()).isEqualTo(5.0);
        assertThat(state.lastCpuMillis()).isEqualTo(1.9);
        state.window(100, 150_000_000L, 0.01); // it fell again: not steady
        assertThat(state.steady()).isFalse();
    }

    @Test
    void aWarmUpIsNotSteadyBeforeItRanTheCheckoutsTheJitWaitsFor() {
        SteadyState state = new SteadyState(1_000);
        for (int i = 0; i < 9; i++) {
            state.window(100, 200_000_000L, 0.0); // flat and quiet: a plateau on the first compiler's code
            assertThat(state.steady())
                    .as("after %d checkouts", state.checkouts())
                    .isFalse();
        }
        state.window(100, 200_000_000L, 0.0);
        assertThat(state.steady()).isTrue();
        assertThat(state.checkouts()).isEqualTo(1_000);
    }

    @Test
    void aWindowWithNoCheckoutIsNeverSteady() {
        SteadyState state = new SteadyState(0);
        state.window(0, 0, 0);
        state.window(0, 0, 0);
        assertThat(state.steady()).isFalse();
    }

    @Test
    void stealIsReadFromTheAllCoresLineOfProcStat() {
        var before = MachineFacts.CpuTicks.parse("cpu  100 0 50 800 10 0 0 40 0 0");
        var after = MachineFacts.CpuTicks.parse("cpu  200 0 100 1600 20 0 0 80 0 0");
        assertThat(before.total()).isEqualTo(1000);
        assertThat(before.stealShareUntil(after)).isEqualTo(0.04);
        assertThatThrownBy(() -> MachineFacts.CpuTicks.parse("cpu0 1 2 3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MachineFacts.cpuModel()).isNotBlank();
    }
}
