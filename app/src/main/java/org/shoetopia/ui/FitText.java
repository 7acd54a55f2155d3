package org.shoetopia.ui;

import java.util.ArrayList;
import java.util.List;
import org.shoetopia.api.Fit.BrandSize;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.SizeChart;

/** A customer's fit in one line, as the till and the account screen show it. */
public final class FitText {
    private FitText() {}

    /**
     * "Foot 26.5 cm (men's US 8.5, women's US 10) · wide · takes Nike 10.5 wide · here: brooks
     * men's US 10.5 2E"; empty when nothing is known.
     */
    public static String of(FitView fit) {
        if (fit == null || fit.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (fit.footLengthMm() != null) {
            int mm = fit.footLengthMm();
            List<String> sizes = new ArrayList<>();
            for (Gender scale : List.of(Gender.MEN, Gender.WOMEN)) {
                new SizeChart.SizeQuery("cm", mm)
                        .usSize(scale)
                        .ifPresent(size -> sizes.add(SizeChart.scaleName(scale) + " US " + size));
            }
            parts.add("Foot " + mm / 10 + "." + mm % 10 + " cm"
                    + (sizes.isEmpty() ? "" : " (" + String.join(", ", sizes) + ")"));
        }
        if (fit.width() != null) {
            parts.add(fit.width().code().replace('_', ' '));
        }
        if (fit.sizesNote() != null) {
            parts.add("takes " + fit.sizesNote());
        }
        if (!fit.takenHere().isEmpty()) {
            List<String> taken = new ArrayList<>();
            for (BrandSize size : fit.takenHere()) {
                taken.add(size.brand() + " "
                        + SizeChart.label(size.gender(), size.size(), size.width())
                                .replaceFirst(" · UK .*", ""));
            }
            parts.add("here: " + String.join(", ", taken));
        }
        return String.join(" · ", parts);
    }
}
